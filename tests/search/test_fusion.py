"""Adaptive score fusion: worked examples, and neither list may drag a strong other list down."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.analyzer import GermanSparseEncoder
from search.embedders import HashEmbedder
from search.fusion import AdaptiveFusion, dbsf_normalise, fuse, term_coverage
from search.protocols import Store
from search.retriever import Retriever
from search.store_edge import EdgeStore
from search.store_server import ServerStore
from search.types import Chunk, DocumentMeta, IndexedChunk, ScoredChunk, chunk_id_for

FUSION = AdaptiveFusion(lexical_weight=0.4, paraphrase_weight=0.95, coverage_below=0.5)


def hit(chunk_id: str, score: float, text: str = "") -> ScoredChunk:
    chunk = Chunk(chunk_id, chunk_id, 0, text or chunk_id, f"/{chunk_id}", DocumentMeta())
    return ScoredChunk(chunk, score)


def ids(items: list[ScoredChunk]) -> list[str]:
    return [s.chunk.id for s in items]


def texts(items: list[ScoredChunk]) -> list[str]:
    return [s.chunk.text for s in items[: FUSION.coverage_hits]]


def test_dbsf_maps_three_standard_deviations_to_the_unit_interval() -> None:
    values = dbsf_normalise([4.0, 2.0, 0.0])  # mean 2, sd 2: [-4, 8] -> [0, 1]
    assert values == pytest.approx([8 / 12, 6 / 12, 4 / 12])
    assert dbsf_normalise([]) == []
    assert dbsf_normalise([1.0, 1.0]) == [0.5, 0.5]


def test_fuse_worked_example_and_equal_weights_are_plain_dbsf() -> None:
    dense = [hit("a", 0.90), hit("b", 0.85), hit("c", 0.80)]
    sparse = [hit("c", 12.0), hit("x", 3.0), hit("y", 2.0)]
    fused = fuse(dense, sparse, 0.5, 5)
    # c: dense 0.5 - 1/6 = 0.333 + sparse (12 - mean 5.67 + 3 sd 16.5) / 33 = 0.692 -> 1.025
    assert ids(fused) == ["c", "a", "b", "x", "y"]
    assert fused[0].score == pytest.approx(2 * 0.5 * (1 / 3) + 2 * 0.5 * (0.6919), abs=1e-3)
    assert ids(fuse(dense, sparse, 1.0, 3)) == ["a", "b", "c"]  # dense alone
    assert ids(fuse(dense, sparse, 0.0, 1)) == ["c"]  # sparse alone


def test_scores_are_the_equal_weight_evidence_whatever_the_order() -> None:
    dense = [hit("a", 0.90), hit("b", 0.85), hit("c", 0.80)]
    sparse = [hit("c", 12.0), hit("x", 3.0), hit("y", 2.0)]
    equal = {s.chunk.id: s.score for s in fuse(dense, sparse, 0.5, 5)}
    dense_heavy = fuse(dense, sparse, 0.95, 5)
    assert ids(dense_heavy)[:3] == ["a", "b", "c"]  # ordered by the weights ...
    assert {s.chunk.id: s.score for s in dense_heavy} == pytest.approx(equal)  # ... scored 1:1


def test_term_coverage_is_the_best_single_text() -> None:
    assert term_coverage(["a", "b", "c", "d"], ["a b", "c d a"], str.split) == 0.75
    assert term_coverage([], ["x"], str.split) == 1.0
    assert term_coverage(["a"], [], str.split) == 0.0


def test_weak_sparse_list_does_not_pull_a_strong_dense_ranking_down() -> None:
    # A paraphrased question ("Was kostet mein Vierbeiner im Jahr?"): the right answer (r) shares
    # no word with it and leads the dense list; the sparse list only brings texts that share "Jahr".
    terms = ["kostet", "vierbeiner", "jahr"]
    dense = [hit("r", 0.91, "Die Hundesteuer beträgt 96 Euro"), hit("s", 0.86), hit("t", 0.85)]
    dense += [hit(f"d{i}", 0.84 - i / 1000) for i in range(10)]
    sparse = [hit("s", 9.0, "jahr"), hit("t", 8.5, "jahr"), hit("u", 8.0, "jahr")]
    sparse += [hit(f"s{i}", 2.0 - i / 10) for i in range(10)]
    assert ids(fuse(dense, sparse, 0.5, 3))[0] != "r"  # plain DBSF: the weak list wins
    assert FUSION.dense_weight(terms, texts(sparse), str.split) == 0.95
    assert (
        ids(fuse(dense, sparse, FUSION.dense_weight(terms, texts(sparse), str.split), 3))[0] == "r"
    )


def test_weak_dense_list_does_not_pull_a_strong_sparse_ranking_down() -> None:
    # Worded like the texts (the top sparse hit holds every query term): the lexical weight lets
    # the sparse list's clear winner through although dense ranks it fifth.
    terms = ["urlaubsantrag", "urlaub", "antrag"]
    dense = [hit(f"d{i}", 0.88 - i / 100) for i in range(4)] + [hit("w", 0.84)]
    dense += [hit(f"e{i}", 0.83 - i / 1000) for i in range(10)]
    sparse = [hit("w", 20.0, "urlaubsantrag urlaub antrag")]
    sparse += [hit(f"s{i}", 3.0 - i / 10, "urlaub") for i in range(12)]
    assert FUSION.dense_weight(terms, texts(sparse), str.split) == 0.4
    assert (
        ids(fuse(dense, sparse, FUSION.dense_weight(terms, texts(sparse), str.split), 3))[0] == "w"
    )
    assert ids(fuse(dense, sparse, 0.95, 3))[0] == "d0"  # dense-heavy weights would bury it


def _filled(store: Store, encoder: GermanSparseEncoder, embedder: HashEmbedder) -> Store:
    texts = [
        "Urlaubsantrag im Personalportal stellen.",
        "Urlaub genehmigt die Amtsleitung.",
        "Resturlaub verfällt am 31. März.",
        "Bauantrag beim Bauordnungsamt einreichen, Urlaub der Sachbearbeitung beachten.",
        "Die Hundesteuer zahlt, wer einen Hund hält.",
    ]
    items = []
    for pos, text in enumerate(texts):
        chunk = Chunk(
            chunk_id_for("d", pos, text), f"d{pos}", pos, text, f"/d{pos}.md", DocumentMeta()
        )
        dense = tuple(float(x) for x in embedder.embed_documents([text])[0])
        items.append(IndexedChunk(chunk, dense, encoder.encode_document(text)))
    store.upsert(items)
    return store


def _rounded(items: list[ScoredChunk]) -> dict[str, float]:
    return {s.chunk.id: round(s.score, 3) for s in items}


@pytest.mark.parametrize("backend", ["edge", "server"])
def test_adaptive_fusion_at_equal_weights_matches_the_stores_dbsf(
    backend: str, tmp_path: Path
) -> None:
    encoder, embedder = GermanSparseEncoder(), HashEmbedder(dim=32)
    store: Store = (
        EdgeStore(tmp_path / "index", dim=32)
        if backend == "edge"
        else ServerStore(None, None, "chunks", dim=32, location=":memory:")
    )
    try:
        _filled(store, encoder, embedder)
        equal = AdaptiveFusion(lexical_weight=0.5, paraphrase_weight=0.5)
        ours = Retriever(embedder, encoder, store, fusion="adaptive", adaptive=equal)
        native = Retriever(embedder, encoder, store, fusion="dbsf")
        for question in ("Urlaub beantragen", "Wer zahlt Hundesteuer?", "Bauantrag"):
            mine, theirs = ours.search_chunks(question, 5), native.search_chunks(question, 5)
            assert _rounded(mine) == _rounded(theirs), question  # equal scores may swap places
            assert mine[0].chunk.id == theirs[0].chunk.id
        unknown = "zzzz unbekannt"  # no indexed term: both fall back to the dense list
        assert _rounded(ours.search_chunks(unknown, 3)) == _rounded(
            native.search_chunks(unknown, 3)
        )
    finally:
        store.close()
