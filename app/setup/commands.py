"""The command-line ends of the settings tab: ``calendar import|export`` and ``hall
export`` (app/cli.py only wires them)."""

from __future__ import annotations

import argparse
import sys

from app.db import Database
from app.io.xlsx import MAX_REPORTED, SheetRejected

EXIT_OK, EXIT_USAGE = 0, 2


def run(name: str, db: Database, args: argparse.Namespace, *, actor: str, role: str) -> int:
    if name == "calendar_import":
        from app.setup.calendar_file import import_calendar

        try:
            change = import_calendar(db, args.file, actor=actor, role=role)
        except SheetRejected as rejected:
            print(str(rejected), file=sys.stderr)
            for problem in rejected.problems[:MAX_REPORTED]:
                print(f"  {problem.describe()}", file=sys.stderr)
            return EXIT_USAGE
        print(f"{change.days} days entered; {change.due_dates_moved} due dates and "
              f"{change.complaint_deadlines_moved} complaint deadlines counted again.")
        return EXIT_OK
    if name == "calendar_export":
        from app.setup.calendar_file import export_calendar

        n = export_calendar(db, args.file, actor=actor, role=role, year=args.year)
        print(f"{n} days written to {args.file}.")
        return EXIT_OK
    if name == "hall_export":
        from app.setup.hall_export import export_hall

        path = export_hall(db, args.file, actor=actor, role=role)
        print(f"Hall file written to {path}.")
        return EXIT_OK
    raise AssertionError(name)
