"""``import``: the vendor systems' own exports (.xlsx, .xls, .csv) into the database."""

from __future__ import annotations

from app.cli.context import Context
from app.cli.registry import arg, command
from app.imports.columns import KINDS


@command("import", "import a queue, evaluation or case export (.xlsx, .xls, .csv) from the "
         "vendor's system, or watch a drop folder",
         arg("file", metavar="FILE", nargs="?"),
         arg("--kind", choices=KINDS),
         arg("--mapping", metavar="NAME|FILE.toml"),
         arg("--encoding", metavar="ENC"),
         arg("--dry-run", action="store_true", help="check and report, write nothing"),
         arg("--skip-bad", action="store_true",
             help="import the good rows, write the bad ones to FILE.rejects.csv"),
         arg("--watch", metavar="DIR",
             help="import every file dropped into DIR (moved to done/ or failed/)"),
         arg("--once", action="store_true", help="with --watch: import what is there, stop"))
def import_(ctx: Context) -> int:
    from app.imports.commands import run_import

    db = ctx.open()
    actor, role = ctx.identity(db)
    return run_import(db, ctx.args, actor, role)
