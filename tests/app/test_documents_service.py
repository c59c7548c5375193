"""The document use cases on both databases: the SQL access condition agrees with the one rule
(`can_see`) for any groups, filters and counts, and manifest overrides keep one key per field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.db.models import DocumentRecord
from app.db.session import Database
from app.services.access import can_see
from app.services.auth import Caller
from app.services.document_query import DocumentQuery
from app.services.documents import _overrides, list_documents, stats

GROUPS = ["personalamt", "bauamt", "Kämmerei", "o'neil", "a b", "x.y-z"]


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    database.migrate()
    yield database
    database.close()


def row(number: int, groups: list[str], **fields: object) -> DocumentRecord:
    values: dict[str, object] = {
        "id": f"doc{number:04d}",
        "source": f"/share/{number}.md",
        "title": f"Dokument {number}",
        "access_groups": groups,
        "tags": [],
        "chunks": 1,
    }
    values.update(fields)
    return DocumentRecord(**values)


def caller(groups: tuple[str, ...]) -> Caller:
    return Caller(1, "probe", "reader", groups)


def visible_ids(session: Session, who: Caller) -> set[str]:
    rows, total = list_documents(session, who, DocumentQuery(limit=200))
    assert total == len(rows)
    return {r.id for r in rows}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    documents=st.lists(st.lists(st.sampled_from(GROUPS), max_size=3, unique=True), max_size=8),
    groups=st.lists(st.sampled_from(GROUPS), max_size=3, unique=True),
)
def test_the_sql_condition_is_the_access_rule(
    db: Database, documents: list[list[str]], groups: list[str]
) -> None:
    who = caller(tuple(groups))
    with db.session() as session:
        session.add_all(row(i, g) for i, g in enumerate(documents))
        session.flush()
        expected = {f"doc{i:04d}" for i, g in enumerate(documents) if can_see(who, g)}
        assert visible_ids(session, who) == expected
        assert stats(session, who).documents == len(expected)
        session.rollback()


def test_filters_order_pages_and_counts(db: Database) -> None:
    now = datetime.now(UTC)
    with db.session() as session:
        session.add_all(
            [
                row(
                    1,
                    [],
                    title="Überstunden",
                    department="Personalamt",
                    tags=["zeit"],
                    updated_at=now - timedelta(days=40),
                    chunks=3,
                ),
                row(
                    2,
                    ["bauamt"],
                    title="Bauantrag",
                    department="Bauordnung",
                    doc_type="prozess",
                    tags=["bau", "antrag"],
                    updated_at=now - timedelta(days=1),
                    chunks=5,
                ),
                row(
                    3,
                    [],
                    title="Urlaubsantrag 100%",
                    department="Personalamt",
                    doc_type="prozess",
                    tags=["antrag"],
                    updated_at=now,
                    chunks=2,
                ),
            ]
        )
        session.flush()
        anyone, bau = caller(()), caller(("bauamt",))

        def ids(who: Caller, **filters: object) -> list[str]:
            rows, _ = list_documents(session, who, DocumentQuery(**filters))  # type: ignore[arg-type]
            return [r.id for r in rows]

        assert ids(bau) == ["doc0003", "doc0002", "doc0001"]  # newest change first
        assert ids(anyone, tag="antrag") == ["doc0003"]
        assert ids(bau, tag="antrag") == ["doc0003", "doc0002"]
        assert ids(bau, q="überSTUNDEN") == ["doc0001"]
        assert ids(bau, q="100%") == ["doc0003"] and ids(bau, q="1_0") == []
        assert ids(bau, doc_type="PROZESS", department="Personalamt") == ["doc0003"]
        assert ids(bau, changed_since=(now - timedelta(days=10)).date()) == ["doc0003", "doc0002"]
        assert ids(bau, changed_since=date(2999, 1, 1)) == []
        assert ids(bau, limit=1, offset=1) == ["doc0002"]
        assert list_documents(session, bau, DocumentQuery(limit=1))[1] == 3

        counted = stats(session, anyone)
        assert (counted.documents, counted.chunks) == (2, 5)
        assert counted.by_department == {"Personalamt": 5}
        assert counted.by_doc_type == {"dokument": 3, "prozess": 2}
        assert stats(session, bau).by_department == {"Personalamt": 5, "Bauordnung": 5}


def test_overrides_keep_one_key_per_field() -> None:
    old = {"fachbereich": "Alt", "zugriff": ["personalamt"], "autor": "M. Muster"}
    new = _overrides(old, {"department": "Neu", "access_groups": ()})
    assert new == {"autor": "M. Muster", "department": "Neu", "access_groups": []}
