"""Alembic environment: runs on the engine HallDesk hands over (see app.db.migrate)."""

from alembic import context

from models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["connection_engine"]
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A batch migration copies a table and drops the old one; with foreign keys
            # enforced, dropping a table other rows point at (window_session) fails on
            # any database holding data. The pragma only takes outside a transaction;
            # the keys are checked after the migration instead.
            connection.connection.dbapi_connection.execute(
                "PRAGMA foreign_keys=OFF")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration left broken references: {broken[:5]}")
        connection.commit()
        if sqlite:
            connection.connection.dbapi_connection.execute(
                "PRAGMA foreign_keys=ON")


run_migrations_online()
