"""The Alembic migrations create exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from app.db.models import Base
from app.db.session import Database


def test_migrations_and_models_agree(database_url):
    db = Database(database_url)
    try:
        db.migrate()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables and "alembic_version" in tables
    finally:
        db.close()


def test_migrating_twice_is_a_no_op_and_keeps_data(database_url):
    from app.db.models import Group

    db = Database(database_url)
    try:
        db.migrate()
        with db.session() as session:
            session.add(Group(name="personalamt"))
        db.migrate()
        with db.session() as session:
            assert [g.name for g in session.query(Group)] == ["personalamt"]
    finally:
        db.close()
