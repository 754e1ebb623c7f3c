"""The public display of completed cases (main.py --display)."""
