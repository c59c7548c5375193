"""Retriever-side fusion: weighted RRF, the per-document cap, and both on a real edge store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.analyzer import GermanSparseEncoder
from search.embedders import HashEmbedder
from search.retriever import Retriever, diversify, weighted_rrf, within_share
from search.store_edge import EdgeStore
from search.types import (
    Chunk,
    DocumentMeta,
    IndexedChunk,
    ScoredChunk,
    SearchFilter,
    StoreQuery,
    chunk_id_for,
)


def _scored(chunk_id: str, document_id: str = "d") -> ScoredChunk:
    chunk = Chunk(chunk_id, document_id, 0, chunk_id, f"/{document_id}", DocumentMeta())
    return ScoredChunk(chunk, 0.0)


def test_rrf_prefers_chunks_both_lists_agree_on() -> None:
    a, b, c = _scored("a"), _scored("b"), _scored("c")
    fused = weighted_rrf([[a, b], [c, b]], [1.0, 1.0], k=60, top_k=3)
    assert [s.chunk.id for s in fused] == ["b", "a", "c"]
    assert fused[0].score == 1 / 62 + 1 / 62


def test_rrf_weight_decides_between_the_lists() -> None:
    a, c = _scored("a"), _scored("c")
    assert weighted_rrf([[a], [c]], [0.5, 1.0], 60, 2)[0].chunk.id == "c"
    assert weighted_rrf([[a], [c]], [2.0, 1.0], 60, 2)[0].chunk.id == "a"
    assert len(weighted_rrf([[a], [c]], [1.0, 1.0], 60, 1)) == 1


def test_diversify_moves_a_documents_extra_chunks_behind_others() -> None:
    items = [_scored("a1", "A"), _scored("a2", "A"), _scored("a3", "A"), _scored("b1", "B")]
    assert [s.chunk.id for s in diversify(items, 2)] == ["a1", "a2", "b1", "a3"]
    assert [s.chunk.id for s in diversify(items, 1)] == ["a1", "b1", "a2", "a3"]


@given(st.lists(st.sampled_from("ABCDE"), max_size=30), st.integers(1, 4))
def test_diversify_keeps_every_chunk_and_the_order_of_documents(docs: list[str], cap: int) -> None:
    items = [_scored(f"{d}{i}", d) for i, d in enumerate(docs)]
    out = diversify(items, cap)
    assert sorted(s.chunk.id for s in out) == sorted(s.chunk.id for s in items)
    first_seen = list(dict.fromkeys(s.chunk.document_id for s in out))
    assert first_seen == list(dict.fromkeys(docs))
    counts: dict[str, int] = {}
    extra = []
    for s in out:
        counts[s.chunk.document_id] = counts.get(s.chunk.document_id, 0) + 1
        extra.append(counts[s.chunk.document_id] > cap)
    assert extra == sorted(extra)  # no document's extra chunk comes before another's first ones


def _index(tmp_path: Path) -> tuple[EdgeStore, GermanSparseEncoder, HashEmbedder]:
    encoder, embedder = GermanSparseEncoder(), HashEmbedder(dim=32)
    texts = {
        "urlaub": [
            "Urlaubsantrag im Personalportal stellen.",
            "Urlaub genehmigt die Amtsleitung.",
            "Resturlaub verfällt am 31. März.",
        ],
        "bau": ["Bauantrag beim Bauordnungsamt einreichen, Urlaub der Sachbearbeitung beachten."],
    }
    items = []
    for doc, parts in texts.items():
        for pos, text in enumerate(parts):
            chunk = Chunk(
                chunk_id_for(doc, pos, text), doc, pos, text, f"/{doc}.md", DocumentMeta(title=doc)
            )
            dense = tuple(float(x) for x in embedder.embed_documents([text])[0])
            items.append(IndexedChunk(chunk, dense, encoder.encode_document(text)))
    store = EdgeStore(tmp_path / "index", dim=32)
    store.upsert(items)
    return store, encoder, embedder


def test_weighted_hybrid_and_document_cap_on_a_real_store(tmp_path: Path) -> None:
    store, encoder, embedder = _index(tmp_path)
    try:
        native = Retriever(embedder, encoder, store).search_chunks("Urlaub", top_k=4)
        weighted = Retriever(embedder, encoder, store, dense_weight=0.5)
        found = weighted.search_chunks("Urlaub", top_k=4)
        assert {s.chunk.id for s in found} == {s.chunk.id for s in native}
        assert all(x.score >= y.score for x, y in zip(found, found[1:], strict=False))
        capped = Retriever(embedder, encoder, store, dense_weight=0.5, max_per_document=1)
        top_two = capped.search_chunks("Urlaub", top_k=2)
        assert {s.chunk.document_id for s in top_two} == {"urlaub", "bau"}
        assert len(capped.search_chunks("Urlaub", top_k=3)) == 3
        adaptive = Retriever(embedder, encoder, store, fusion="adaptive", max_per_document=1)
        assert adaptive.search_chunks("Urlaub", top_k=0) == []
        assert {s.chunk.document_id for s in adaptive.search_chunks("Urlaub", 2)} == {
            "urlaub",
            "bau",
        }
    finally:
        store.close()


class _CountingStore(EdgeStore):
    """Counts the chunks read by id."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.read: list[str] = []

    def get_chunks(self, chunk_ids: Sequence[str]) -> list[Chunk]:
        self.read += chunk_ids
        return super().get_chunks(chunk_ids)


@pytest.mark.parametrize(
    ("layout", "cap"),
    [("AAAAAAAAAAAABBBBCCCC", 2), ("ABCABCABCABC", 1), ("AAAAAAAAAAAAAAAAAAA", 2), ("AB", 2)],
)
def test_adaptive_fusion_reads_only_the_chunks_it_shows(
    tmp_path: Path, layout: str, cap: int
) -> None:
    # every chunk matches both lists; the layout names the document of each chunk
    encoder, embedder = GermanSparseEncoder(), HashEmbedder(dim=32)
    items = []
    for pos, doc in enumerate(layout):
        text = f"Urlaub beantragen, Schritt {pos} im Amt {doc}."
        chunk = Chunk(chunk_id_for(doc, pos, text), doc, pos, text, f"/{doc}.md", DocumentMeta())
        dense = tuple(float(x) for x in embedder.embed_documents([text])[0])
        items.append(IndexedChunk(chunk, dense, encoder.encode_document(text)))
    question, top_k = "Urlaub beantragen", 4
    store = _CountingStore(tmp_path / "index", dim=32)
    try:
        store.upsert(items)
        retriever = Retriever(embedder, encoder, store, fusion="adaptive", max_per_document=cap)
        found = retriever.search_chunks(question, top_k=top_k)
        reads = list(store.read)
        dense, sparse = retriever._query_vector(question), retriever._sparse_query(question, "")
        pool, _ = retriever._adaptive_hybrid(question, dense, sparse, SearchFilter(), 30, 30)
        whole = retriever._read(pool, {})  # the whole fused pool, read at once
        expected = diversify(whole, cap)[:top_k]
        assert [(s.chunk.id, s.score) for s in found] == [(s.chunk.id, s.score) for s in expected]
        decided = next(
            n
            for n in range(top_k, len(whole) + top_k, top_k)
            if n >= len(whole) or len(within_share(whole[:n], cap)) >= top_k
        )
        # one read: the texts that set the weight and the first top_k; then top_k at a time
        # until the order is decided; no chunk twice
        by_sparse = store.rank(StoreQuery(None, sparse, SearchFilter(), 30, "sparse"))
        first = [r.chunk_id for r in by_sparse[:3]]
        assert sorted(reads) == sorted(set(first) | {s.chunk.id for s in whole[:decided]})
    finally:
        store.close()
