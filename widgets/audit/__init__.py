"""The audit viewer tab (auditor and director)."""
