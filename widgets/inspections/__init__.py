"""Inspections: the on-site inspection mode and the inspections tab."""
