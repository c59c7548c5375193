"""Retriever on a real Qdrant Edge store and the real analyzer (hash embedder for speed)."""

from datetime import date

import pytest

from search.analyzer import GermanSparseEncoder
from search.embedders import HashEmbedder
from search.retriever import Retriever
from search.store_edge import EdgeStore
from search.types import Chunk, DocumentMeta, IndexedChunk, SearchFilter, chunk_id_for

ROWS = [
    (
        "Urlaubsanträge stellen Sie im Personalportal.",
        "Personalamt",
        "prozessbeschreibung",
        date(2025, 3, 1),
        (),
    ),
    (
        "Der Bauantrag wird bei der Bauordnung eingereicht.",
        "Bauordnung",
        "prozessbeschreibung",
        date(2024, 1, 5),
        (),
    ),
    (
        "Eingruppierung nach TVöD prüft das Personalamt.",
        "Personalamt",
        "vermerk",
        date(2023, 6, 1),
        ("personalamt",),
    ),
    (
        "Grabstellen verlängert die Friedhofsverwaltung.",
        "Friedhofsverwaltung",
        "merkblatt",
        date(2022, 2, 2),
        (),
    ),
]


@pytest.fixture
def retriever(tmp_path):
    embedder, encoder = HashEmbedder(dim=32), GermanSparseEncoder()
    store = EdgeStore(tmp_path / "q", dim=32)
    items = []
    for i, (text, dept, kind, updated, groups) in enumerate(ROWS):
        meta = DocumentMeta(
            title=f"Dok {i}", department=dept, doc_type=kind, updated=updated, access_groups=groups
        )
        chunk = Chunk(
            chunk_id_for(f"d{i}", 0, text),
            f"d{i}",
            0,
            text,
            f"/share/d{i}.md",
            meta,
            ("Abschnitt",),
        )
        items.append(
            IndexedChunk(
                chunk, tuple(embedder.embed_documents([text])[0]), encoder.encode_document(text)
            )
        )
    store.upsert(items)
    yield Retriever(embedder, encoder, store)
    store.close()


def test_compound_part_finds_and_marks_the_compound(retriever):
    hits = retriever.search("Urlaub", top_k=1, mode="sparse")
    assert hits[0].document_id == "d0"
    assert "<mark>Urlaubsanträge</mark>" in hits[0].snippet
    assert hits[0].heading_path == ("Abschnitt",) and hits[0].source == "/share/d0.md"


def test_filters_restrict_hits(retriever):
    only_bau = retriever.search("Antrag", filter=SearchFilter(departments=("Bauordnung",)))
    assert {h.document_id for h in only_bau} == {"d1"}
    recent = retriever.search("Antrag Personalamt", filter=SearchFilter(date_from=date(2024, 1, 1)))
    assert {h.document_id for h in recent} <= {"d0", "d1"}
    public = retriever.search("Eingruppierung TVöD", filter=SearchFilter(access_groups=()))
    assert "d2" not in {h.document_id for h in public}
    hr = retriever.search(
        "Eingruppierung TVöD", filter=SearchFilter(access_groups=("personalamt",))
    )
    assert hr[0].document_id == "d2"


def test_blank_query_returns_nothing(retriever):
    assert retriever.search("   ") == []


def test_a_hit_names_the_expert_and_the_question_it_answers(retriever):
    text = "Die Friedhofsgebühren kündigt man dem Rat im Oktober an, sonst gilt der alte Satz."
    meta = DocumentMeta(
        title="Interview Erika Alt: Welche Fristen hängen am Ratszyklus?",
        doc_type="interview",
        expert="Erika Alt",
        question="Welche Fristen hängen am Ratszyklus?",
    )
    chunk = Chunk(chunk_id_for("d9", 0, text), "d9", 0, text, "/share/d9.md", meta)
    vectors = retriever.embedder.embed_documents([text])[0], retriever.sparse.encode_document(text)
    retriever.store.upsert([IndexedChunk(chunk, tuple(vectors[0]), vectors[1])])
    interview, other = (
        retriever.search("Friedhofsgebühren Oktober", top_k=1)[0],
        retriever.search("Bauantrag", top_k=1)[0],
    )
    assert (interview.document_id, interview.expert) == ("d9", "Erika Alt")
    assert interview.question == "Welche Fristen hängen am Ratszyklus?"
    assert (other.expert, other.question) == (None, None)
