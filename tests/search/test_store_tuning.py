"""The embedded store's scale settings reach the shard, and quantised search still answers exactly.

`make bench-scale` chose the defaults (eval/results/bench_scale.md); these tests keep the
settings wired: the persisted shard config shows the int8 quantisation, on-disk vectors and HNSW
parameters, searches ask for rescoring, and on a small indexed set the quantised, rescored
top 10 is the brute-force top 10.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from search.store_edge import EdgeStore
from search.store_payload import DENSE_HNSW_EF
from search.store_tuning import LARGE_STORE_EF, IndexTuning
from search.types import Chunk, DocumentMeta, IndexedChunk, SearchFilter, SparseVector, StoreQuery

DIM = 32
EMPTY = SparseVector((), ())


def persisted(store: EdgeStore) -> dict[str, Any]:
    config: dict[str, Any] = json.loads((store.path / "edge_config.json").read_text())
    return config


def items(vectors: np.ndarray) -> list[IndexedChunk]:
    out = []
    for i, vec in enumerate(vectors):
        meta = DocumentMeta(title=f"t{i}", department=("A", "B")[i % 2])
        chunk = Chunk(f"00000000-0000-4000-8000-{i:012d}", f"doc{i // 4}", i % 4, "x", "s", meta)
        out.append(IndexedChunk(chunk, tuple(float(x) for x in vec), EMPTY))
    return out


def test_int8_tuning_reaches_the_shard_config(tmp_path: Path) -> None:
    tuning = IndexTuning(quantization="int8", vectors_on_disk=True)
    store = EdgeStore(tmp_path / "index", dim=DIM, tuning=tuning)
    try:
        store.warm_up()
        dense = persisted(store)["vectors"]["dense"]
        assert dense["quantization_config"] == {"scalar": {"type": "int8", "memory": "pinned"}}
        assert dense["memory"] == "cold"  # original vectors on disk, read for rescoring
        assert (dense["hnsw_config"]["m"], dense["hnsw_config"]["ef_construct"]) == (16, 100)
    finally:
        store.close()


def test_default_tuning_keeps_floats_cached_with_its_own_hnsw(tmp_path: Path) -> None:
    tuning = IndexTuning(hnsw_m=8, hnsw_ef=64)
    store = EdgeStore(tmp_path / "index", dim=DIM, tuning=tuning)
    try:
        store.warm_up()
        dense = persisted(store)["vectors"]["dense"]
        assert dense.get("quantization_config") is None
        assert dense["memory"] == "cached"
        assert dense["hnsw_config"]["m"] == 8
        params = store._search_params(store.hnsw_ef)
        assert (params.hnsw_ef, params.quantization) == (64, None)
    finally:
        store.close()


def test_a_large_store_searches_with_the_smaller_beam_unless_one_is_set(tmp_path: Path) -> None:
    """The beam follows the store's size when it opens and after each optimise; a set
    `hnsw_ef` always wins. (LARGE_STORE_CHUNKS is 500k; here it is 10.)"""
    vectors = np.random.default_rng(3).normal(size=(12, DIM)).astype(np.float32)
    store = EdgeStore(tmp_path / "index", dim=DIM, tuning=IndexTuning(large_store_chunks=10))
    try:
        store.warm_up()
        assert store.hnsw_ef == DENSE_HNSW_EF  # empty
        store.upsert(items(vectors[:8]))
        store.optimize()
        assert store.hnsw_ef == DENSE_HNSW_EF
        store.upsert(items(vectors))
        store.optimize()
        assert store.hnsw_ef == LARGE_STORE_EF
        found = store.search(StoreQuery(tuple(map(float, vectors[0])), None, top_k=1, mode="dense"))
        assert found[0].chunk.id == items(vectors)[0].chunk.id
    finally:
        store.close()
    fixed = IndexTuning(large_store_chunks=10, hnsw_ef=300)
    reopened = EdgeStore(tmp_path / "index", dim=DIM, tuning=IndexTuning(large_store_chunks=10))
    pinned = EdgeStore(tmp_path / "other", dim=DIM, tuning=fixed)
    try:
        reopened.warm_up()
        assert reopened.hnsw_ef == LARGE_STORE_EF  # read from the folder's size on opening
        pinned.warm_up()
        pinned.upsert(items(vectors))
        pinned.optimize()
        assert pinned.hnsw_ef == 300
    finally:
        reopened.close()
        pinned.close()


def test_searches_rescore_quantised_candidates(tmp_path: Path) -> None:
    tuning = IndexTuning(quantization="int8", oversampling=3.0)
    store = EdgeStore(tmp_path / "index", dim=DIM, tuning=tuning)
    params = store._search_params(store.hnsw_ef)
    assert params.quantization is not None
    assert (params.quantization.rescore, params.quantization.oversampling) == (True, 3.0)


def test_only_searched_filter_fields_get_hnsw_links(tmp_path: Path) -> None:
    store = EdgeStore(tmp_path / "index", dim=DIM)
    try:
        store.warm_up()
        schema = store._open().info().payload_schema
        linked = {name for name, info in schema.items() if getattr(info.params, "enable_hnsw", 0)}
        assert linked == {"access", "department", "doc_type"}
        assert "document_id" in schema and "date" in schema  # still indexed for exact filters
    finally:
        store.close()


@pytest.mark.parametrize("department", [None, "A"])
def test_quantised_rescored_hnsw_top10_equals_exact(tmp_path: Path, department: str | None) -> None:
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(1500, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    # 1 KB thresholds: every optimised segment gets an int8 copy and an HNSW graph over it
    tuning = IndexTuning(
        "int8", vectors_on_disk=True, full_scan_threshold_kb=1, indexing_threshold_kb=1
    )
    store = EdgeStore(tmp_path / "index", dim=DIM, tuning=tuning)
    try:
        store.upsert(items(vectors))
        store.optimize()
        assert list((tmp_path / "index").rglob("quantized.data"))  # the int8 copy was built
        assert store._open().info().indexed_vectors_count == len(vectors)
        mask = np.ones(len(vectors), bool) if department is None else np.arange(1500) % 2 == 0
        flt = SearchFilter(departments=(department,)) if department else SearchFilter()
        for query in rng.normal(size=(20, DIM)).astype(np.float32):
            scores = np.where(mask, vectors @ query / np.linalg.norm(query), -np.inf)
            exact = [f"00000000-0000-4000-8000-{i:012d}" for i in np.argsort(-scores)[:10]]
            found = store.search(StoreQuery(tuple(map(float, query)), None, flt, 10, "dense"))
            assert [hit.chunk.id for hit in found] == exact
    finally:
        store.close()
