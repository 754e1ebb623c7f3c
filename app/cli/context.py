"""What a command handler is given: its arguments, the database it opens (closed by
``run`` when the command ends), who runs it and the hall's zone."""

from __future__ import annotations

import argparse
import zoneinfo
from dataclasses import dataclass, field

from sqlalchemy import select

from app import db as dbmod
from app.errors import UserError


@dataclass
class Context:
    args: argparse.Namespace
    opened: list[dbmod.Database] = field(default_factory=list)
    identities: dict[int, tuple[str, str]] = field(default_factory=dict)


    @property
    def url(self) -> str:
        return dbmod.resolve_url(self.args.db)

    def open(self, require_schema: bool = True) -> dbmod.Database:
        """The command's database, integrity-checked first; ``run`` disposes it."""
        from app import integrity

        url = self.url
        # Every page read (quick_check) except for ingest, which the queue-system adapter
        # runs every few seconds; a damaged page it meets is still one sentence (``run``).
        integrity.check(url, full=self.args.command_path != ("ingest",))
        db = dbmod.open_database(url, require_schema=require_schema)
        self.opened.append(db)
        return db

    def identity(self, db: dbmod.Database) -> tuple[str, str]:
        """(actor, role) of this run: the account --user/--token name, authenticated
        once per database and kept here (app.security.cli_auth; never the
        environment)."""
        from app.security.cli_auth import Credentials, authenticate

        known = self.identities.get(id(db))
        if known is None:
            a = self.args
            known = authenticate(db, Credentials(
                getattr(a, "auth_user", None), bool(getattr(a, "auth_password_stdin", False)),
                getattr(a, "auth_token", None)))
            self.identities[id(db)] = known
        return known

    def hall_tz(self, db: dbmod.Database) -> zoneinfo.ZoneInfo:
        from models import Hall

        with db.read() as session:
            hall = session.scalars(select(Hall)).first()
        if hall is None:
            raise UserError("The database has no hall yet; run `halldesk init --hall FILE` "
                            "first.")
        return zoneinfo.ZoneInfo(hall.timezone)

    def close(self) -> None:
        for db in self.opened:
            db.dispose()
        self.opened.clear()
