"""``halldesk import FILE`` and ``halldesk import --watch DIR`` (docs/spec/cli.md)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

from app.db import Database
from app.errors import UserError
from app.imports.columns import KINDS
from app.imports.run import ImportRejected, import_file
from app.io.xlsx import MAX_REPORTED
from app.security.commands import identity
from app.security.permissions import require

EXIT_OK, EXIT_USAGE = 0, 2
WATCH_SECONDS = 30.0


def add_parser(sub: Any, open_db: Callable[[argparse.Namespace], Database]) -> None:
    p = sub.add_parser("import", help="import a queue, evaluation or case export "
                       "(.xlsx, .xls, .csv) from the vendor's system")
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--mapping", metavar="NAME|FILE.toml")
    p.add_argument("--encoding", metavar="ENC")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--skip-bad", action="store_true",
                   help="import the good rows, write the bad ones to FILE.rejects.csv")
    p.add_argument("--watch", metavar="DIR",
                   help="import every file dropped into DIR (moved to done/ or failed/)")
    p.add_argument("--once", action="store_true",
                   help="with --watch: import what is there now and stop")
    p.set_defaults(run=lambda args: cmd_import(args, open_db))


def cmd_import(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], Database]
               ) -> int:
    if (args.file is None) == (args.watch is None):
        raise UserError("Give either a FILE to import or --watch DIR, not both or neither.")
    db = open_db(args)
    actor, role = identity(db)
    with db.read() as session:
        require(session, actor, role, "events.ingest")
    if args.watch is not None:
        return _watch(db, args, actor)
    try:
        report = import_file(db, args.file, actor=actor, kind=args.kind,
                             mapping=args.mapping, encoding=args.encoding,
                             dry_run=args.dry_run, skip_bad=args.skip_bad)
    except ImportRejected as rejected:
        print(str(rejected), file=sys.stderr)
        for problem in rejected.report.problems[:MAX_REPORTED]:
            print(f"  {problem.describe()}", file=sys.stderr)
        hidden = len(rejected.report.problems) - MAX_REPORTED
        if hidden > 0:
            print(f"  … and {hidden} more.", file=sys.stderr)
        return EXIT_USAGE
    print(report.line())
    if report.rejects is not None or (report.dry_run and report.problems):
        for problem in report.problems[:MAX_REPORTED]:
            print(f"  {problem.describe()}", file=sys.stderr)
    return EXIT_OK


def _watch(db: Database, args: argparse.Namespace, actor: str) -> int:
    from app.imports.watch import scan

    while True:
        for outcome in scan(db, args.watch, actor=actor, mapping=args.mapping):
            print(outcome.line(), flush=True)
        if args.once:
            return EXIT_OK
        time.sleep(WATCH_SECONDS)
