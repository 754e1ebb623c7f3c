"""Acknowledged live alerts: who acknowledged which alert, and when."""

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class AlertAck(Base):
    """An alert is identified by a stable key (kind, subject and when it began)."""

    __tablename__ = "alert_ack"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    acked_by: Mapped[str] = mapped_column(String(100))
    acked_at: Mapped[float] = mapped_column(Float)
