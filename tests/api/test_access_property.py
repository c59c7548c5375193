"""Property: random documents, groups, users and queries — no user ever gets a hit, document,
chunk, original or gap-analytics entry outside their groups, through any route.

Each test builds one app (hash embedder, SQLite) and one population of users: every subset of
three groups once, roles spread so that each role meets several group sets and an admin has no
group at all (creating users per example would spend the time on argon2). Hypothesis then grows
the index with random documents (random access groups, one of them a group nobody has; German
words from a small vocabulary) through the app's own pipeline, and asks as random users. The
truth the answers are checked against is what the test ingested, not what the store says.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import registry
from app.services.gaps import wording_key
from tests.api.conftest import Api

GROUPS = ("personalamt", "bauamt", "kaemmerei")
NOBODYS = "archiv"  # a document group no user has
ROLES = ("admin", "reader", "editor", "hr", "hr", "admin", "reader", "editor")
DEPARTMENTS = ("Personalamt", "Bauordnung", "Kämmerei")
WORDS = [
    "Antrag",
    "Urlaub",
    "Sonderurlaub",
    "Personalakte",
    "Abmahnung",
    "Bauantrag",
    "Baugenehmigung",
    "Grundsteuer",
    "Hundesteuer",
    "Rechnung",
    "Frist",
    "Widerspruch",
    "Gebühr",
    "Formular",
    "Zuständigkeit",
    "Vertretung",
    "Dienstreise",
    "Beihilfe",
    "Stellenplan",
    "Haushalt",
    "Mahnung",
    "Bescheid",
    "Prüfung",
    "Unterlagen",
    "Kollege",
    "Vorgang",
]
ANALYSTS = ("editor", "hr", "admin")
EXAMPLES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass
class User:
    name: str
    role: str
    groups: frozenset[str]
    headers: dict[str, str]

    def sees(self, access: frozenset[str]) -> bool:
        return not access or bool(access & self.groups)


@dataclass
class World:
    """The app, its users, and the truth about every document ingested so far."""

    api: Api
    folder: Path
    users: list[User]
    access: dict[str, frozenset[str]] = field(default_factory=dict)  # file name → groups
    document_of: dict[str, str] = field(default_factory=dict)  # document id → file name
    chunks: dict[str, str] = field(default_factory=dict)  # chunk id → file name
    asked: list[tuple[User, str]] = field(default_factory=list)  # every logged search

    def ingest(self, docs: list[tuple[frozenset[str], str, str]]) -> None:
        state = self.api.state()
        for access, department, text in docs:
            name = f"d{len(self.access)}.md"
            (self.folder / name).write_text(f"# {name}\n\n{text}\n", encoding="utf-8")
            overrides: dict[str, Any] = {"department": department, "access_groups": sorted(access)}
            with state.write_lock:
                report = state.services.pipeline().run([self.folder / name], overrides)
                assert report.ok == 1, report
            self.access[name] = access
        with state.write_lock, state.db.session() as session:
            registry.sync(session, state.services.manifest, state.services.store)
        for entry in state.services.manifest.all():
            name = Path(entry.source).name
            self.document_of[entry.document_id] = name
            for chunk_id in state.services.store.chunk_ids(entry.document_id):
                self.chunks[chunk_id] = name

    def visible(self, user: User, name: str) -> bool:
        return user.sees(self.access[name])

    def search(self, user: User, query: str, departments: list[str]) -> list[dict[str, Any]]:
        body = {"query": query, "top_k": 20, "filters": {"departments": departments}}
        response = self.api.client.post("/search", json=body, headers=user.headers)
        assert response.status_code == 200, response.text
        self.asked.append((user, query))
        hits: list[dict[str, Any]] = response.json()["hits"]
        return hits


@pytest.fixture
def world(api: Api, tmp_path: Path) -> World:
    users = []
    subsets = [frozenset(c) for n in range(4) for c in itertools.combinations(GROUPS, n)]
    for index, (groups, role) in enumerate(zip(subsets, ROLES, strict=True)):
        name = f"u{index}-{role}"
        users.append(User(name, role, groups, api.user(name, role, tuple(sorted(groups)))))
    folder = tmp_path / "docs"
    folder.mkdir()
    return World(api, folder, users)


access_groups = st.frozensets(st.sampled_from((*GROUPS, NOBODYS)), max_size=2)
texts = st.lists(st.sampled_from(WORDS), min_size=3, max_size=25).map(" ".join)
documents = st.lists(
    st.tuples(access_groups, st.sampled_from(DEPARTMENTS), texts), min_size=0, max_size=3
)
queries = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
filters = st.lists(st.sampled_from(DEPARTMENTS), max_size=1)
users = st.integers(0, len(ROLES) - 1)


@EXAMPLES
@given(docs=documents, who=users, query=queries, departments=filters)
def test_search_finds_only_what_the_caller_may_see(world, docs, who, query, departments):
    world.ingest(docs)
    user = world.users[who]
    for hit in world.search(user, query, departments):
        name = Path(hit["source"]).name
        assert world.visible(user, name), (user, hit["source"], world.access[name])
        assert world.chunks[hit["chunk_id"]] == name


@EXAMPLES
@given(docs=documents, who=users, pick=st.integers(min_value=0), helpful=st.booleans())
def test_feedback_accepts_exactly_the_visible_chunks(world, docs, who, pick, helpful):
    world.ingest(docs)
    if not world.chunks:
        return
    user = world.users[who]
    chunk_id = sorted(world.chunks)[pick % len(world.chunks)]
    body = {"chunk_id": chunk_id, "query": "Antrag", "helpful": helpful, "comment": ""}
    response = world.api.client.post("/feedback", json=body, headers=user.headers)
    expected = 201 if world.visible(user, world.chunks[chunk_id]) else 404
    assert response.status_code == expected, (user, chunk_id, response.text)


@EXAMPLES
@given(
    docs=documents,
    askers=st.lists(st.tuples(users, queries, filters, st.booleans()), min_size=1, max_size=4),
    who=users,
)
def test_gap_analytics_shows_only_questions_of_shared_groups(world, docs, askers, who):
    world.ingest(docs)
    for asker, query, departments, report in askers:
        user = world.users[asker]
        world.search(user, query, departments)
        if report:  # marks the search just made: no new log entry
            body = {"query": query, "departments": list(DEPARTMENTS[:1]), "comment": ""}
            response = world.api.client.post("/analytics/gaps", json=body, headers=user.headers)
            assert response.status_code == 201, response.text
    analyst = world.users[who]
    response = world.api.client.get("/analytics/gaps", headers=analyst.headers)
    if analyst.role not in ANALYSTS:
        assert response.status_code == 403
        return
    assert response.status_code == 200, response.text
    visible = [q for u, q in world.asked if u.groups <= analyst.groups]
    wordings = {wording_key(q) for q in visible}
    result = response.json()
    assert result["queries_total"] == len(visible)
    for gap in result["gaps"]:
        assert {wording_key(v) for v in gap["variants"]} <= wordings, (analyst, gap)
    assert sum(g["count"] for g in result["gaps"]) <= len(visible)


@EXAMPLES
@given(docs=documents, who=users)
def test_the_document_list_holds_only_visible_documents(world, docs, who):
    world.ingest(docs)
    user = world.users[who]
    response = world.api.client.get("/documents", params={"limit": 200}, headers=user.headers)
    assert response.status_code == 200, response.text
    listed = {d["id"] for d in response.json()["documents"]}
    expected = {d for d, name in world.document_of.items() if world.visible(user, name)}
    assert len(expected) <= 200 and listed == expected
    assert response.json()["total"] == len(expected)


@EXAMPLES
@given(docs=documents, who=users, pick=st.integers(min_value=0), original=st.booleans())
def test_a_document_and_its_original_open_only_when_visible(world, docs, who, pick, original):
    world.ingest(docs)
    if not world.document_of:
        return
    user = world.users[who]
    document_id = sorted(world.document_of)[pick % len(world.document_of)]
    name = world.document_of[document_id]
    path = f"/documents/{document_id}" + ("/original" if original else "")
    response = world.api.client.get(path, headers=user.headers)
    if not world.visible(user, name):
        assert response.status_code == 404, (user, name, response.text)
        assert name not in response.text
    elif not original:
        assert response.status_code == 200, response.text
        chunk_ids = {c["chunk_id"] for c in response.json()["chunks_list"]}
        assert chunk_ids == {c for c, n in world.chunks.items() if n == name}
    else:  # ingested from files that still exist: the original is that file
        assert response.status_code == 200, response.text
