"""Accounts, roles and the audit chain."""
