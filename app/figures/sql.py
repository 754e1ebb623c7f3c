"""SQL pieces shared by every query of app/figures: portable LEAST/GREATEST (SQLite
spells them MIN/MAX with several args) and the one definition of each ticket and
evaluation figure that more than one view counts (docs/spec/figures.md), so the live
snapshot, ``stats`` and the briefing count them with the same text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, and_, case, func
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


# -- the figures' definitions, as expressions over models.Ticket / models.Evaluation --
GOOD_RATING = 3     # 3–5 are good evaluations (satisfaction); 1–2 bad


def finished(ticket: Any, by: Any | None = None) -> Any:
    """A ticket served: its service finished (by ``by``, when the count is of a moment)."""
    done = ticket.finished_at.is_not(None)
    return done if by is None else and_(done, ticket.finished_at <= by)


def served(ticket: Any, by: Any | None = None) -> Any:
    """served: tickets whose service finished (by ``by``)."""
    return count_if(finished(ticket, by))


def started(ticket: Any, by: Any | None = None) -> Any:
    """A ticket whose service started (by ``by``): the end of its wait."""
    begun = ticket.started_at.is_not(None)
    return begun if by is None else and_(begun, ticket.started_at <= by)


def wait_s(ticket: Any) -> Any:
    """A ticket's wait: from issue until its service started."""
    return ticket.started_at - ticket.issued_at


def waits_started(ticket: Any, by: Any | None = None) -> tuple[Any, Any]:
    """avg_wait_s's numerator and denominator: the waits of started tickets, summed,
    and their count."""
    cond = started(ticket, by)
    return func.sum(case((cond, wait_s(ticket)), else_=None)), count_if(cond)


def good(evaluation: Any) -> Any:
    """A good evaluation (satisfaction's numerator)."""
    return evaluation.rating >= GOOD_RATING
