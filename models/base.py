"""Declarative base with a naming convention, so migrations name constraints the same
way on SQLite and PostgreSQL.

Times are stored as UTC epoch seconds (``float``): the figures are sums and
differences of times, and plain numbers let one SQL text do that arithmetic on both
SQLite and PostgreSQL. Local calendar dates (ticket day, case due date) are stored as
``Date`` in the hall's time zone.
"""

from sqlalchemy import Index, MetaData, text
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Partial indexes: the SQLite option is given at once (the default database); the same
# condition for PostgreSQL is added when a PostgreSQL database is opened, because naming
# ``postgresql_where`` makes SQLAlchemy import its whole PostgreSQL dialect (and asyncio)
# at import time, a tenth of the application's start on a workstation that never uses it.
_POSTGRESQL_WHERE: list[tuple[Index, str]] = []


def partial_index(name: str, *columns: str, where: str) -> Index:
    """An index of the rows where ``where`` holds, on both backends."""
    index = Index(name, *columns, sqlite_where=text(where))
    _POSTGRESQL_WHERE.append((index, where))
    return index


def use_postgresql() -> None:
    """Give the partial indexes their PostgreSQL condition (idempotent); app.db calls it
    for a PostgreSQL URL, before anything reads the metadata for that database."""
    while _POSTGRESQL_WHERE:
        index, where = _POSTGRESQL_WHERE.pop()
        index.dialect_kwargs["postgresql_where"] = text(where)
