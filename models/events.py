"""The event feed as received (``raw_event``) and the state derived from it."""

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, partial_index


class RawEvent(Base):
    """Every accepted event, kept verbatim, keyed by its ``id`` for idempotency.

    On SQLite the table is WITHOUT ROWID: the id is the only key, so each event costs
    one B-tree insert, not two.
    """

    __tablename__ = "raw_event"
    __table_args__ = ({"sqlite_with_rowid": False},)

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ts: Mapped[float] = mapped_column(Float)
    body: Mapped[str] = mapped_column(Text)


class FeedStatus(Base):
    """One row: when the feed last delivered and the newest event time seen."""

    __tablename__ = "feed_status"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_batch_at: Mapped[float] = mapped_column(Float)
    last_event_ts: Mapped[float] = mapped_column(Float)
    events: Mapped[int] = mapped_column(Integer)


class Ticket(Base):
    """A queue ticket; ``number`` is unique within its local ``day``."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("day", "number"),
        # Covers every period query, window by window (``window_id IN (...)`` seeks
        # each window's range in order, so grouping needs no sort); unserved tickets
        # are the NULL window.
        Index("ix_ticket_window_issued", "window_id", "issued_at", "started_at",
              "finished_at", "abandoned_at"),
        # Services under way (at most one per window).
        partial_index("ix_ticket_serving", "window_id",
                      where="started_at IS NOT NULL AND finished_at IS NULL"),
        # Tickets still waiting (few), which the day's end abandons.
        partial_index("ix_ticket_waiting", "day",
                      where="started_at IS NULL AND abandoned_at IS NULL"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(64))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    issued_at: Mapped[float] = mapped_column(Float)
    called_at: Mapped[float | None] = mapped_column(Float)
    call_window_id: Mapped[int | None] = mapped_column(ForeignKey("service_window.id"))
    started_at: Mapped[float | None] = mapped_column(Float)
    finished_at: Mapped[float | None] = mapped_column(Float)
    window_id: Mapped[int | None] = mapped_column(ForeignKey("service_window.id"))
    abandoned_at: Mapped[float | None] = mapped_column(Float)
    # Ended by the day's end (docs/spec/events.md, Day boundary), not by an event: a
    # service never finished, or a ticket still waiting when a later day began.
    day_end: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class WindowSession(Base):
    """A window open from ``window_opened`` until ``window_closed`` (null while open)."""

    __tablename__ = "window_session"
    __table_args__ = (
        Index("ix_window_session_window_opened", "window_id", "opened_at"),
        partial_index("ix_window_session_open", "window_id", where="closed_at IS NULL"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[float] = mapped_column(Float)
    closed_at: Mapped[float | None] = mapped_column(Float)
    day_end: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # taken from a queue export's first call and last finish (app/imports), not from
    # window_opened/window_closed events the queue system sent
    estimated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class WindowPause(Base):
    """A pause (暂停) inside a session; a window closed while paused ends the pause."""

    __tablename__ = "window_pause"
    __table_args__ = (
        Index("ix_window_pause_window_started", "window_id", "started_at"),
        partial_index("ix_window_pause_open", "window_id", where="ended_at IS NULL"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("window_session.id"))
    started_at: Mapped[float] = mapped_column(Float)
    ended_at: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(String(200))
    day_end: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class WindowFeed(Base):
    """A window's feed clocks: the time of its latest queue event (opened, paused,
    resumed, closed, a ticket called, started or finished there) and of its latest
    ``evaluator`` event. An event earlier than its clock is refused, whichever batch
    brings it, so that the stored state never depends on how events were batched."""

    __tablename__ = "window_feed"

    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"), primary_key=True)
    queue_ts: Mapped[float | None] = mapped_column(Float)
    device_ts: Mapped[float | None] = mapped_column(Float)


class EvaluatorSpan(Base):
    """A span during which a window's evaluation device was ON (off is the default)."""

    __tablename__ = "evaluator_span"
    __table_args__ = (
        Index("ix_evaluator_span_window_on", "window_id", "on_at"),
        partial_index("ix_evaluator_span_open", "window_id", where="off_at IS NULL"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    on_at: Mapped[float] = mapped_column(Float)
    off_at: Mapped[float | None] = mapped_column(Float)


class Evaluation(Base):
    """A citizen's rating (1 非常不满意 … 5 非常满意) given at a window."""

    __tablename__ = "evaluation"
    __table_args__ = (Index("ix_evaluation_window_ts", "window_id", "ts", "rating"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64))  # unique through raw_event
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    ts: Mapped[float] = mapped_column(Float)
    rating: Mapped[int] = mapped_column(Integer)
    ticket: Mapped[str | None] = mapped_column(String(64))
    comment: Mapped[str | None] = mapped_column(Text)


class Case(Base):
    """A case (办件) from acceptance (受理) to completion (办结)."""

    __tablename__ = "service_case"
    __table_args__ = (
        Index("ix_service_case_window_accepted", "window_id", "accepted_at"),
        Index("ix_service_case_window_completed", "window_id", "completed_at", "completed_on",
              "due_date"),
        Index("ix_service_case_window_due", "window_id", "due_date", "completed_on"),
        # Open cases only: the live cards look at these every second.
        partial_index("ix_service_case_open", "window_id", "due_date",
                      where="completed_on IS NULL"),
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
