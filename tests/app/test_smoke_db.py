from sqlalchemy import func, select

from app.db import Database
from models import Window


def test_small_hall_loaded(db: Database) -> None:
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Window)) == 3
