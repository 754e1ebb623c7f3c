"""HallDesk core: everything that is not Qt widgets and not table definitions."""
