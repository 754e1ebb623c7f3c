"""Attendance (考勤): the fingerprint clock's punches as imported, and the days of leave,
business trips and rest the office enters (docs/spec/records.md, Attendance)."""

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

LEAVE_KINDS = ("leave", "trip", "rest")          # 请假, 出差, 公休


class AttendancePunch(Base):
    """One punch of the clock: a staff member at a moment (UTC epoch seconds, as every
    time is stored) and the hall's local date of it; ``batch`` is the sha256 of the
    file it came in. The same punch imported again is the same row."""

    __tablename__ = "attendance_punch"
    __table_args__ = (
        UniqueConstraint("staff_id", "ts"),
        Index("ix_attendance_punch_day", "day", "staff_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    ts: Mapped[float] = mapped_column(Float)
    day: Mapped[dt.date] = mapped_column(Date)
    batch: Mapped[str] = mapped_column(String(64))


class AttendanceLeave(Base):
    """A day a staff member is away with the office's leave: ``kind`` one of
    ``LEAVE_KINDS``, with a note, who entered it and when."""

    __tablename__ = "attendance_leave"
    __table_args__ = (UniqueConstraint("staff_id", "day"),
                      Index("ix_attendance_leave_day", "day"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(String(200), default="")
    entered_by: Mapped[str] = mapped_column(String(100))
    entered_at: Mapped[float] = mapped_column(Float)
