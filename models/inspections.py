"""Inspection rounds (巡查): who walked the hall when, a result per visited window and
checklist item, the photos taken, and the history of every change.

A round, a visit and a result are never deleted: a result set by mistake is set
again (its history keeps the old value) or voided by the director with a reason.
``inspection_finding`` holds every result (pass, fail, not checked); a *finding* in
the sense of docs/spec/records.md is a result whose outcome is ``fail``.
"""

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

# The outcomes a result's ``outcome`` column holds (a voided result keeps its outcome
# and is marked voided; VOIDED names that state for the rules and labels).
PASS, FAIL, UNCHECKED, VOIDED = "pass", "fail", "unchecked", "voided"


class InspectionRound(Base):
    """One walk through the hall. ``window_id``/``item_id`` are where the inspector
    is now (kept so an interrupted round resumes at the same window and item)."""

    __tablename__ = "inspection_round"
    __table_args__ = (Index("ix_inspection_round_started", "started_at"),
                      Index("ix_inspection_round_open", "inspector", "ended_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)            # XC-20260915-01
    inspector: Mapped[str] = mapped_column(String(100))                  # acting account
    started_at: Mapped[float] = mapped_column(Float)
    ended_at: Mapped[float | None] = mapped_column(Float)
    window_id: Mapped[int | None] = mapped_column(ForeignKey("service_window.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_item.id"))
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[float] = mapped_column(Float)


class InspectionVisit(Base):
    """A window visited in a round, with what the inspector saw on arrival."""

    __tablename__ = "inspection_visit"
    __table_args__ = (UniqueConstraint("round_id", "window_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("inspection_round.id"))
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"), index=True)
    visited_at: Mapped[float] = mapped_column(Float)
    state: Mapped[str | None] = mapped_column(String(16))          # live state then
    staff: Mapped[str | None] = mapped_column(String(100))         # staff on duty then


class InspectionFinding(Base):
    """The result of one checklist item at one visited window.

    ``observed_at`` is when the outcome was last set: a failure counts against the
    window in the period it falls in (docs/spec/figures.md, Assessment)."""

    __tablename__ = "inspection_finding"
    __table_args__ = (
        UniqueConstraint("visit_id", "item_id"),
        CheckConstraint("outcome IN ('pass', 'fail', 'unchecked', 'voided')", name="outcome"),
        Index("ix_inspection_finding_window", "window_id", "observed_at", "outcome"),
        Index("ix_inspection_finding_round", "round_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("inspection_round.id"))
    visit_id: Mapped[int] = mapped_column(ForeignKey("inspection_visit.id"))
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_item.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    observed_at: Mapped[float] = mapped_column(Float)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[float] = mapped_column(Float)


class InspectionPhoto(Base):
    """A photo taken for a result, kept in the database (so it travels with backups
    and is seen from every workstation of a shared PostgreSQL hall). A newer photo of
    the same result is shown; the older ones stay."""

    __tablename__ = "inspection_photo"
    __table_args__ = (Index("ix_inspection_photo_finding", "finding_id", "added_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("inspection_finding.id"))
    added_at: Mapped[float] = mapped_column(Float)
    added_by: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class InspectionStep(Base):
    """One change in a round's history: who, when, what (``changes`` as JSON)."""

    __tablename__ = "inspection_step"
    __table_args__ = (Index("ix_inspection_step_round", "round_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("inspection_round.id"))
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("inspection_finding.id"))
    at: Mapped[float] = mapped_column(Float)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))
    changes: Mapped[str | None] = mapped_column(Text)
