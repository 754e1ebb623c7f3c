"""The hall's fixed facts, loaded from the hall file (docs/spec/hall.md)."""

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Hall(Base):
    """The one hall this database describes (a single row)."""

    __tablename__ = "hall"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    # The unit the quarterly briefing is issued by (e.g. 区政务服务管理办公室).
    issuing_unit: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Raised by every change made in the settings tab (optimistic concurrency).
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Department(Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Window(Base):
    __tablename__ = "service_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    floor: Mapped[int] = mapped_column(Integer, default=1)
    row: Mapped[int | None] = mapped_column(Integer)
    col: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200), default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # The window's service items (事项), a JSON array of names in display order.
    services: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    on_duty: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    off_duty: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class StaffWindow(Base):
    """A window a staff member serves at (the roster's 窗口 column)."""

    __tablename__ = "staff_window"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id"), primary_key=True)


class ChecklistItem(Base):
    """An inspection checklist item with its own deduction (docs/spec/records.md)."""

    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    deduction: Mapped[float] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Setting(Base):
    """A hall-wide setting kept in the database (deductions and the like), as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
