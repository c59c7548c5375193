"""POST /search, POST /feedback, POST and GET /analytics/gaps through the real app."""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.models import Feedback, QueryLogEntry
from app.services import registry
from search.types import Hit
from tests.api.conftest import Api

PUBLIC = "# Sonderurlaub\n\nSonderurlaub beantragen Beschäftigte schriftlich beim Personalamt.\n"
SECRET = "# Personalakte\n\nDie Personalakte Müller liegt im Stahlschrank des Personalamts.\n"
PROTECTED = [
    ("post", "/search", {"query": "Urlaub"}),
    ("post", "/feedback", {"chunk_id": "x", "query": "q", "helpful": True}),
    ("post", "/analytics/gaps", {"query": "Urlaub"}),
    ("get", "/analytics/gaps", None),
]


def ingest(api: Api, folder: Path, files: dict[str, str], access: tuple[str, ...] = ()) -> None:
    """Index `files` (name → Markdown) through the app's own pipeline, then sync the registry."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    state = api.state()
    overrides: dict[str, Any] = {"department": "Personalamt", "access_groups": list(access)}
    with state.write_lock:
        report = state.services.pipeline().run(paths, overrides)
        assert report.ok == len(paths), report
        with state.db.session() as session:
            registry.sync(session, state.services.manifest, state.services.store)


def search(api: Api, headers: dict[str, str], query: str, **body: Any) -> Any:
    return api.client.post("/search", json={"query": query, **body}, headers=headers)


def with_documents(api: Api, tmp_path: Path) -> Api:
    """A public document and one of the group `personalamt`."""
    ingest(api, tmp_path / "docs", {"urlaub.md": PUBLIC})
    ingest(api, tmp_path / "hr", {"akte.md": SECRET}, access=("personalamt",))
    return api


@pytest.fixture
def indexed(api: Api, tmp_path: Path) -> Api:
    return with_documents(api, tmp_path)


@pytest.fixture
def indexed_both(api_both: Api, tmp_path: Path) -> Api:
    """`indexed` once on SQLite and once on PostgreSQL."""
    return with_documents(api_both, tmp_path)


@pytest.mark.parametrize(("method", "path", "body"), PROTECTED)
def test_every_route_refuses_without_a_valid_token(api: Api, method: str, path: str, body: Any):
    for headers in ({}, {"Authorization": "Bearer aw_falsch"}):
        response = api.client.request(method, path, json=body, headers=headers)
        assert response.status_code == 401, (path, response.text)
        assert response.headers["content-type"] == "application/problem+json"


def test_a_search_returns_exactly_the_cli_hit_fields(indexed: Api):
    reader = indexed.user("rita")
    response = search(indexed, reader, "Sonderurlaub beantragen", top_k=3)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"hits"}
    assert body["hits"], "the public document is found"
    fields = {f.name for f in dataclasses.fields(Hit)} | {"review_due"}  # the API adds it
    for hit in body["hits"]:
        assert set(hit) == fields
        assert isinstance(hit["heading_path"], list)
    assert "<mark>" in body["hits"][0]["snippet"]


def test_a_document_of_a_group_is_found_only_by_its_members(indexed: Api):
    outsider = indexed.user("otto", "admin")  # admins too read only their groups' documents
    member = indexed.user("hanna", "hr", ("personalamt",))
    titles = {
        who: {
            h["title"] for h in search(indexed, headers, "Personalakte Stahlschrank").json()["hits"]
        }
        for who, headers in (("outsider", outsider), ("member", member))
    }
    assert "Personalakte" in titles["member"]
    assert "Personalakte" not in titles["outsider"]


@pytest.mark.parametrize(
    "body",
    [
        {"query": ""},
        {"query": "   "},
        {"query": "x" * 5000},
        {"query": "Urlaub", "top_k": 0},
        {"query": "Urlaub", "top_k": 101},
        {"query": "Urlaub", "filters": {"date_from": "01.02.2024"}},
        {"query": "Urlaub", "filters": {"date_from": 20240101}},
        {"query": "Urlaub", "filters": {"date_from": "2024-03-01", "date_to": "2024-01-01"}},
        {"query": "Urlaub", "filters": {"department": ["Personalamt"]}},  # a typo'd key
    ],
)
def test_invalid_searches_are_422_and_not_logged(api: Api, body: dict[str, Any]):
    reader = api.user("rita")
    response = api.client.post("/search", json=body, headers=reader)
    assert response.status_code == 422, response.text
    assert response.json()["code"] in ("request_invalid", "query_too_long")
    assert log_rows(api) == []


def test_an_unknown_department_is_an_empty_result_not_an_error(indexed: Api):
    reader = indexed.user("rita")
    filters = {"departments": ["Persnalamt"], "date_from": "2020-01-01"}
    response = search(indexed, reader, "Sonderurlaub", filters=filters)
    assert response.status_code == 200, response.text
    assert response.json() == {"hits": []}


def log_rows(api: Api) -> list[QueryLogEntry]:
    api.state().extras["query_log"].flush()  # rows are written off the request path
    with api.state().db.session() as session:
        rows = list(session.scalars(select(QueryLogEntry).order_by(QueryLogEntry.id)))
        session.expunge_all()
        return rows


def test_every_search_is_logged_with_the_askers_groups(indexed_both: Api):
    member = indexed_both.user("hanna", "hr", ("personalamt",))
    search(
        indexed_both, member, "Sonderurlaub beantragen", filters={"departments": ["Personalamt"]}
    )
    search(indexed_both, member, "Hundesteuer Zweithund")
    first, second = log_rows(indexed_both)
    assert (first.query, first.groups, first.filters["departments"]) == (
        "Sonderurlaub beantragen",
        ["personalamt"],
        ["Personalamt"],
    )
    assert first.hits >= 1 and first.best_score is not None and first.latency_ms > 0
    assert first.user_id is not None and first.user_id == second.user_id
    assert second.query == "Hundesteuer Zweithund"


def test_feedback_on_a_visible_passage_is_stored(indexed_both: Api):
    reader = indexed_both.user("rita")
    hit = search(indexed_both, reader, "Sonderurlaub").json()["hits"][0]
    body = {
        "chunk_id": hit["chunk_id"],
        "query": "Sonderurlaub",
        "helpful": False,
        "comment": "alt",
    }
    response = indexed_both.client.post("/feedback", json=body, headers=reader)
    assert response.status_code == 201, response.text
    with indexed_both.state().db.session() as session:
        row = session.get_one(Feedback, response.json()["id"])
        assert (row.chunk_id, row.document_id, row.helpful) == (
            hit["chunk_id"],
            hit["document_id"],
            False,
        )


def test_feedback_on_a_hidden_or_unknown_passage_is_the_same_404(indexed: Api):
    member = indexed.user("hanna", "hr", ("personalamt",))
    outsider = indexed.user("rita")
    hidden = search(indexed, member, "Personalakte Stahlschrank").json()["hits"][0]
    assert hidden["title"] == "Personalakte"
    answers = []
    for chunk_id in (hidden["chunk_id"], "0b3c1f0e-5d7a-5e1b-9a55-3c2f4d1e6a70", "../../etc"):
        body = {"chunk_id": chunk_id, "query": "Akte", "helpful": True}
        response = indexed.client.post("/feedback", json=body, headers=outsider)
        assert response.status_code == 404, response.text
        answers.append(response.json()["code"])
    assert set(answers) == {"chunk_not_found"}
    with indexed.state().db.session() as session:
        assert session.scalars(select(Feedback)).all() == []


def gaps(api: Api, headers: dict[str, str], **params: Any) -> Any:
    response = api.client.get("/analytics/gaps", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_gap_analytics_is_for_editors_hr_and_admins(api: Api):
    response = api.client.get("/analytics/gaps", headers=api.user("rita"))
    assert response.status_code == 403
    assert response.json()["code"] == "role_required"
    for role in ("editor", "hr", "admin"):
        assert set(gaps(api, api.user(f"u-{role}", role))) == {"gaps", "queries_total"}


def test_questions_that_found_nothing_good_become_gaps(indexed_both: Api):
    reader = indexed_both.user("rita")
    search(indexed_both, reader, "Wie hoch ist die Hundesteuer?")
    search(indexed_both, reader, "Hundesteuer wie hoch", filters={"departments": ["Steueramt"]})
    hit = search(indexed_both, reader, "Sonderurlaub").json()["hits"][0]
    body = {"chunk_id": hit["chunk_id"], "query": "Sonderurlaub", "helpful": False, "comment": ""}
    assert indexed_both.client.post("/feedback", json=body, headers=reader).status_code == 201
    report = {"query": "Parkausweis Anwohner", "departments": ["Ordnungsamt"], "comment": "fehlt"}
    assert (
        indexed_both.client.post("/analytics/gaps", json=report, headers=reader).status_code == 201
    )

    result = gaps(indexed_both, indexed_both.user("edith", "editor"))
    assert result["queries_total"] == 4
    by_query = {g["query"]: g for g in result["gaps"]}
    assert by_query["Hundesteuer wie hoch"]["reasons"]["no_hits"] == 1
    assert by_query["Sonderurlaub"]["reasons"]["not_helpful"] == 1
    parking = by_query["Parkausweis Anwohner"]
    assert (parking["departments"], parking["reasons"]["reported"]) == (["Ordnungsamt"], 1)
    only = gaps(indexed_both, indexed_both.user("otto", "hr"), department="Ordnungsamt")
    assert ([g["query"] for g in only["gaps"]], only["queries_total"]) == (
        ["Parkausweis Anwohner"],
        1,
    )
    assert set(parking) == {"query", "variants", "count", "departments", "reasons", "last_asked"}


def test_reporting_marks_the_search_just_made(indexed: Api):
    reader = indexed.user("rita")
    search(indexed, reader, "Hundesteuer Zweithund")
    report = {"query": "hundesteuer zweithund ", "departments": ["Steueramt"], "comment": "bitte"}
    response = indexed.client.post("/analytics/gaps", json=report, headers=reader)
    assert response.status_code == 201
    (row,) = log_rows(indexed)
    assert (row.id, row.reported, row.comment) == (response.json()["id"], True, "bitte")
    assert row.filters["reported_to"] == ["Steueramt"]


def test_a_question_asked_inside_a_group_stays_with_the_group(indexed_both: Api):
    asker = indexed_both.user("hanna", "hr", ("personalamt",))
    nowhere = {"departments": ["Steueramt"]}  # no such documents: no hits, a gap
    search(indexed_both, asker, "Abmahnung Kollege Meier Trunkenheit", filters=nowhere)
    colleague = indexed_both.user("paul", "hr", ("personalamt", "bauamt"))
    outsider = indexed_both.user("edith", "editor", ("bauamt",))
    admin = indexed_both.user("olga", "admin")
    seen = {
        name: [v for g in gaps(indexed_both, headers)["gaps"] for v in g["variants"]]
        for name, headers in (("colleague", colleague), ("outsider", outsider), ("admin", admin))
    }
    assert seen["colleague"] == ["Abmahnung Kollege Meier Trunkenheit"]
    assert seen["outsider"] == [] and seen["admin"] == []
    assert gaps(indexed_both, outsider)["queries_total"] == 0


def test_searches_run_side_by_side_while_a_job_writes(indexed: Api, tmp_path: Path):
    """4 searchers at once, and an ingest writing meanwhile: every search answers 200."""
    reader = indexed.user("rita")
    failures: list[str] = []
    stop = threading.Event()

    def searcher() -> None:
        while not stop.is_set():
            response = search(indexed, reader, "Sonderurlaub beantragen")
            if response.status_code != 200 or not response.json()["hits"]:
                failures.append(response.text)

    threads = [threading.Thread(target=searcher) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        files = {f"doc{i}.md": f"# Vorgang {i}\n\n{PUBLIC} Nummer {i}.\n" for i in range(30)}
        ingest(indexed, tmp_path / "more", files)
        time.sleep(0.2)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert failures == []
    assert len(log_rows(indexed)) >= 4
