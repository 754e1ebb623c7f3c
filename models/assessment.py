"""Titles the director awards from a month's or a quarter's ranking (红旗窗口,
党员先锋示范岗, 巾帼文明示范岗). A title is never deleted: withdrawing one keeps the
row with who withdrew it, when and why; both steps are audited."""

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class AssessmentTitle(Base):
    __tablename__ = "assessment_title"

    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(String(8), index=True)      # 2026-11 or 2026Q4
    kind: Mapped[str] = mapped_column(String(24))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("service_window.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    awarded_at: Mapped[float] = mapped_column(Float)
    awarded_by: Mapped[str] = mapped_column(String(100))
    withdrawn_at: Mapped[float | None] = mapped_column(Float, nullable=True)
    withdrawn_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    withdrawn_note: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
