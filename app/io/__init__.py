"""Files in and out: spreadsheets (openpyxl, read through defusedxml)."""
