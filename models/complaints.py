"""The complaint ledger (投诉台账): one row per entry plus its full history.

An entry is never deleted. Each step (registration, verification, appeal, ruling,
rectification, follow-up, closing, correction, voiding) adds a ``complaint_step`` row
and raises the entry's ``revision``; a correction keeps the values it replaced.
"""

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Complaint(Base):
    """A ledger entry as it stands now (its history is in ``complaint_step``)."""

    __tablename__ = "complaint"
    __table_args__ = (
        Index("ix_complaint_registered", "registered_at"),
        # Deductions of a period, window by window (app.figures.stats).
        Index("ix_complaint_window_substantiated", "window_id", "substantiated_at", "source",
              "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)          # 编号
    source: Mapped[str] = mapped_column(String(16))                      # 来源
    state: Mapped[str] = mapped_column(String(16))                       # 状态
    registered_at: Mapped[float] = mapped_column(Float)                  # 登记时间 (UTC s)
    registered_on: Mapped[dt.date] = mapped_column(Date)                 # local date
    window_id: Mapped[int | None] = mapped_column(ForeignKey("service_window.id"))
    citizen_name: Mapped[str | None] = mapped_column(String(100))        # 投诉人
    citizen_phone: Mapped[str | None] = mapped_column(String(32))        # 联系电话
    content: Mapped[str] = mapped_column(Text)                           # 投诉内容
    rating: Mapped[int | None] = mapped_column(Integer)                  # of an evaluation
    # The evaluation event an automatic entry was opened from (one entry per event).
    evaluation_event_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    finding: Mapped[str | None] = mapped_column(Text)                    # 核实结论 (cause)
    rectification: Mapped[str | None] = mapped_column(Text)              # 整改措施
    follow_up: Mapped[str | None] = mapped_column(Text)                  # 回访结果
    satisfaction: Mapped[str | None] = mapped_column(String(24))         # 回访满意度
    category: Mapped[str | None] = mapped_column(String(32))             # 投诉类别
    handler: Mapped[str | None] = mapped_column(String(64))              # 承办人 (account)
    verify_due: Mapped[dt.date] = mapped_column(Date)
    rectify_due: Mapped[dt.date | None] = mapped_column(Date)
    substantiated_at: Mapped[float | None] = mapped_column(Float)
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[float] = mapped_column(Float)


class ComplaintStep(Base):
    """One step in an entry's history: who, when, what, and a note.

    ``changes`` (JSON) holds a correction's old and new values; personal data in it
    is shown masked to every role but the director, like the entry itself.
    """

    __tablename__ = "complaint_step"
    __table_args__ = (Index("ix_complaint_step_complaint", "complaint_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"))
    at: Mapped[float] = mapped_column(Float)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str | None] = mapped_column(Text)
