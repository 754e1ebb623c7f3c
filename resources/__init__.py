"""Package data: the demo hall, style sheet, translations."""
