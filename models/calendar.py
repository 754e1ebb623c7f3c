"""Office-entered calendar days for years the chinese-calendar package does not cover."""

import datetime as dt

from sqlalchemy import Boolean, Date, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class CalendarDay(Base):
    """A holiday (``workday`` false) or an official make-up working day (true)."""

    __tablename__ = "calendar_day"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(100), default="")
