"""The event feed as received (``raw_event``) and the state derived from it."""

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class RawEvent(Base):
    """Every accepted event, kept verbatim (canonical JSON) for idempotency and audit."""

    __tablename__ = "raw_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    ts: Mapped[float] = mapped_column(Float)
    type: Mapped[str] = mapped_column(String(24))
    body: Mapped[str] = mapped_column(Text)


class Ticket(Base):
    """A queue ticket; ``number`` is unique within its local ``day``."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("day", "number"),
        Index("ix_ticket_issued_at", "issued_at"),
        Index("ix_ticket_started_at", "started_at"),
        Index("ix_ticket_finished_at", "finished_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(32))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    issued_at: Mapped[float] = mapped_column(Float)
    called_at: Mapped[float | None] = mapped_column(Float)
    call_window_id: Mapped[int | None] = mapped_column(ForeignKey("service_window.id"))
    started_at: Mapped[float | None] = mapped_column(Float)
    finished_at: Mapped[float | None] = mapped_column(Float)
    window_id: Mapped[int | None] = mapped_column(ForeignKey("service_window.id"))
    abandoned_at: Mapped[float | None] = mapped_column(Float)


class WindowSession(Base):
    """A window open from ``window_opened`` until ``window_closed`` (null while open)."""

    __tablename__ = "window_session"
    __table_args__ = (Index("ix_window_session_window_opened", "window_id", "opened_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[float] = mapped_column(Float)
    closed_at: Mapped[float | None] = mapped_column(Float)


class WindowPause(Base):
    """A pause (暂停) inside a session; a window closed while paused ends the pause."""

    __tablename__ = "window_pause"
    __table_args__ = (Index("ix_window_pause_window_started", "window_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("window_session.id"))
    started_at: Mapped[float] = mapped_column(Float)
    ended_at: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(String(200))


class EvaluatorSpan(Base):
    """A span during which a window's evaluation device was ON (off is the default)."""

    __tablename__ = "evaluator_span"
    __table_args__ = (Index("ix_evaluator_span_window_on", "window_id", "on_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    on_at: Mapped[float] = mapped_column(Float)
    off_at: Mapped[float | None] = mapped_column(Float)


class Evaluation(Base):
    """A citizen's rating (1 非常不满意 … 5 非常满意) given at a window."""

    __tablename__ = "evaluation"
    __table_args__ = (Index("ix_evaluation_ts", "ts"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    ts: Mapped[float] = mapped_column(Float)
    rating: Mapped[int] = mapped_column(Integer)
    ticket: Mapped[str | None] = mapped_column(String(32))
    comment: Mapped[str | None] = mapped_column(Text)


class Case(Base):
    """A case (办件) from acceptance (受理) to completion (办结)."""

    __tablename__ = "service_case"
    __table_args__ = (
        Index("ix_service_case_accepted_at", "accepted_at"),
        Index("ix_service_case_completed_at", "completed_at"),
        Index("ix_service_case_due_date", "due_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_no: Mapped[str] = mapped_column(String(64), unique=True)
    item: Mapped[str] = mapped_column(String(200))
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    applicant: Mapped[str | None] = mapped_column(String(200))
    legal_days: Mapped[int] = mapped_column(Integer)
    promised_days: Mapped[int] = mapped_column(Integer)
    accepted_at: Mapped[float] = mapped_column(Float)
    accepted_on: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    completed_at: Mapped[float | None] = mapped_column(Float)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str | None] = mapped_column(String(16))
