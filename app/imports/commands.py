"""What ``halldesk import FILE`` and ``halldesk import --watch DIR`` do (docs/spec/cli.md);
app/cli/imports.py registers the command."""

from __future__ import annotations

import argparse
import sys
import time

from app.db import Database
from app.errors import UserError
from app.i18n import echo
from app.imports.run import import_file
from app.io.xlsx import MAX_REPORTED

EXIT_OK = 0
WATCH_SECONDS = 30.0


def run_import(db: Database, args: argparse.Namespace, actor: str, role: str) -> int:
    if (args.file is None) == (args.watch is None):
        raise UserError("Give either a FILE to import or --watch DIR, not both or neither.")
    if args.watch is not None:
        from app.imports.watch import scan

        while True:
            for outcome in scan(db, args.watch, actor=actor, role=role, mapping=args.mapping):
                echo(outcome.line(), flush=True)
            if args.once:
                return EXIT_OK
            time.sleep(WATCH_SECONDS)
    report = import_file(db, args.file, actor=actor, role=role, kind=args.kind,
                         mapping=args.mapping, encoding=args.encoding,
                         dry_run=args.dry_run, skip_bad=args.skip_bad)
    echo(report.line())
    for problem in report.problems[:MAX_REPORTED]:   # the rows skipped (--skip-bad)
        echo(f"  {problem.describe()}", file=sys.stderr)
    return EXIT_OK
