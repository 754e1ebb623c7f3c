"""The integrity risk register (廉政风险点): points, their history and their links.

A point is never deleted: it is retired with a reason. Each change adds a
``risk_step`` row (append-only) and raises the point's ``revision``; a link to a
complaint-ledger entry or an inspection finding is closed with a reason, not removed.
"""

import datetime as dt

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class RiskPoint(Base):
    """A risk point as it stands now (its history is in ``risk_step``)."""

    __tablename__ = "risk_point"
    __table_args__ = (
        CheckConstraint("likelihood BETWEEN 1 AND 5", name="likelihood"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact"),
        CheckConstraint("grade BETWEEN 1 AND 3", name="grade"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)           # 编号
    category: Mapped[str] = mapped_column(String(16))                    # 类别 (key)
    risk_type: Mapped[str] = mapped_column(String(16))                   # 风险类型 (key)
    post: Mapped[str] = mapped_column(String(100))                       # 岗位
    procedure: Mapped[str] = mapped_column(String(200))                  # 程序环节
    description: Mapped[str] = mapped_column(Text)                       # 风险描述
    likelihood: Mapped[int] = mapped_column(Integer)                     # 发生概率 1–5
    impact: Mapped[int] = mapped_column(Integer)                         # 影响程度 1–5
    # The grade in force: the score's grade, one higher when escalated (1 = 一级, high).
    grade: Mapped[int] = mapped_column(Integer)
    escalation_reason: Mapped[str | None] = mapped_column(Text)          # 升级理由
    measures: Mapped[str] = mapped_column(Text)                          # 防控措施
    responsible: Mapped[str] = mapped_column(String(100))                # 责任人
    # 责任单位; NULL is the hall's own office (中心本级: 中心负责人, 财务岗, 采购岗 …).
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"),
                                                      index=True)
    phase: Mapped[str] = mapped_column(String(16))                       # 阶段 (key)
    approved_by: Mapped[str | None] = mapped_column(String(100))         # 审定人
    approved_at: Mapped[float | None] = mapped_column(Float)             # 审定时间
    # The last review (评估) or approval; a substantiated complaint linked after it flags.
    reviewed_at: Mapped[float | None] = mapped_column(Float)
    next_review: Mapped[dt.date | None] = mapped_column(Date)            # 下次评估日期
    retired_at: Mapped[float | None] = mapped_column(Float)
    retired_reason: Mapped[str | None] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[float] = mapped_column(Float)


class RiskStep(Base):
    """One step in a point's history: who, when, what (``changes`` as JSON), a note."""

    __tablename__ = "risk_step"
    __table_args__ = (Index("ix_risk_step_point", "risk_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk_point.id"))
    at: Mapped[float] = mapped_column(Float)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str | None] = mapped_column(Text)


class RiskLink(Base):
    """A point linked to a complaint-ledger entry or an inspection finding.

    ``kind`` says which target column is set. Findings (issue 6) have no table yet, so
    ``finding_id`` carries no foreign key; the service checks it once the table exists.
    """

    __tablename__ = "risk_link"
    __table_args__ = (
        CheckConstraint("(kind = 'complaint' AND complaint_id IS NOT NULL AND finding_id IS NULL)"
                        " OR (kind = 'finding' AND finding_id IS NOT NULL "
                        "AND complaint_id IS NULL)", name="target"),
        Index("ix_risk_link_point", "risk_id"),
        Index("ix_risk_link_complaint", "complaint_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk_point.id"))
    kind: Mapped[str] = mapped_column(String(16))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    finding_id: Mapped[int | None] = mapped_column(Integer)
    linked_at: Mapped[float] = mapped_column(Float)
    linked_by: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")
    unlinked_at: Mapped[float | None] = mapped_column(Float)
    unlinked_by: Mapped[str | None] = mapped_column(String(100))
    unlink_reason: Mapped[str | None] = mapped_column(Text)
