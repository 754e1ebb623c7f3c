"""Login, first start, password change and the idle lock."""
