"""Declarative base with a naming convention, so migrations name constraints the same
way on SQLite and PostgreSQL.

Times are stored as UTC epoch seconds (``float``): the figures are sums and
differences of times, and plain numbers let one SQL text do that arithmetic on both
SQLite and PostgreSQL. Local calendar dates (ticket day, case due date) are stored as
``Date`` in the hall's time zone.
"""

from sqlalchemy import MetaData
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
