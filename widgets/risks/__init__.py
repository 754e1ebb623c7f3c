"""The integrity risk register tab (廉政风险点)."""
