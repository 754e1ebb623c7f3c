"""Portable SQL pieces: LEAST/GREATEST (SQLite spells them MIN/MAX with several args)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, case, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction


class least(GenericFunction[float]):
    type = Float()
    inherit_cache = True


class greatest(GenericFunction[float]):
    type = Float()
    inherit_cache = True


@compiles(least, "sqlite")
def _least_sqlite(element: least, compiler: SQLCompiler, **kw: Any) -> str:
    return f"min({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


def overlap(start: Any, end: Any, t0: float, t1: float) -> Any:
    """Seconds of [start, end) inside [t0, t1), never negative. Arguments must not be NULL."""
    return greatest(least(end, t1) - greatest(start, t0), 0.0)


def count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))
