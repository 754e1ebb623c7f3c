"""The director's text of a quarterly briefing (问题与下步打算), kept with the quarter
so that a reprint carries the same words."""

from sqlalchemy import Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class BriefingNote(Base):
    """One quarter's "problems and next steps"; every change is audited."""

    __tablename__ = "briefing_note"

    quarter: Mapped[str] = mapped_column(String(8), primary_key=True)   # e.g. 2026Q3
    text: Mapped[str] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[float] = mapped_column(Float)
    updated_by: Mapped[str] = mapped_column(String(100))
