"""The briefing tab (季度工作简报)."""
