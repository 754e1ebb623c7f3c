"""Key investment projects under parallel approval (重点投资项目并联审批): a project,
its approval items (事项) by stage, their history, and the director's 督办.

Nothing is deleted: a project ends as 终止, an item returned for corrections (退回补正)
starts again; every change is a ``project_step`` row (append-only) and raises the
project's ``revision``.
"""

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Project(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)        # 项目代码
    name: Mapped[str] = mapped_column(String(200))
    investor: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[float | None] = mapped_column(Float)                 # 万元
    lead: Mapped[str] = mapped_column(String(100), default="")         # 牵头人
    status: Mapped[str] = mapped_column(String(16))                    # active|started|paused|ended
    start_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(64), default="")          # the template it came from
    revision: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[float] = mapped_column(Float)


class ProjectItem(Base):
    """One approval item of a project: its stage, what it waits for, its time limits,
    the window's case number when there is one, and where it stands."""

    __tablename__ = "project_item"
    __table_args__ = (UniqueConstraint("project_id", "key"),
                      Index("ix_project_item_case", "case_no"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    key: Mapped[str] = mapped_column(String(32))       # 事项编号, unique within the project
    name: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    stage: Mapped[int] = mapped_column(Integer)                        # 1 立项 … 4 施工许可
    depends_on: Mapped[str] = mapped_column(Text, default="[]")         # JSON list of keys
    promised_days: Mapped[int] = mapped_column(Integer)                # working days
    legal_days: Mapped[int] = mapped_column(Integer)
    case_no: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))     # pending|active|returned|done
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    missing: Mapped[str] = mapped_column(Text, default="")             # 退回补正: what is missing


class ProjectStep(Base):
    """One step in a project's history: who, when, what (``changes`` as JSON), a note."""

    __tablename__ = "project_step"
    __table_args__ = (Index("ix_project_step_project", "project_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("project_item.id"))
    at: Mapped[float] = mapped_column(Float)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str | None] = mapped_column(Text)


class Supervision(Base):
    """A 督办: the director asks someone to act on an item by a date; the answer is
    recorded when it comes."""

    __tablename__ = "project_supervision"
    __table_args__ = (Index("ix_project_supervision_project", "project_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("project_item.id"))
    at: Mapped[float] = mapped_column(Float)
    actor: Mapped[str] = mapped_column(String(100))
    to_whom: Mapped[str] = mapped_column(String(200))
    what: Mapped[str] = mapped_column(Text)
    by_date: Mapped[dt.date] = mapped_column(Date)
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[float | None] = mapped_column(Float)
    answered_by: Mapped[str | None] = mapped_column(String(100))
