"""Qt views only: the main window with its tabs, one package per tab."""
