"""The embedded store: a Qdrant Edge shard in a local folder, owned by one process at a time."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import qdrant_edge as qe

from search.errors import StoreError
from search.store_base import StoreBase, query_vector
from search.store_payload import (
    DENSE,
    INTEGER_FIELDS,
    KEYWORD_FIELDS,
    RRF_K,
    SCROLL_PAGE,
    SPARSE,
)
from search.store_tuning import IndexTuning
from search.types import IndexedChunk, SparseVector, StoreQuery

# With the default target (derived from the CPU count, 2 here) every optimize() merges all segments
# and rebuilds one big HNSW graph, so indexing in steps costs quadratic time. Allowing a few more
# segments lets each step index only the points it added.
TARGET_SEGMENTS = 8


class EdgeStore(StoreBase[qe.Filter, qe.QueryRequest]):
    """Hybrid store in an embedded Qdrant Edge shard; the folder is created or reopened.

    >>> store = EdgeStore(Path("data/index"), dim=384)
    >>> store.warm_up()
    >>> store.upsert(indexed_chunks)
    >>> store.search(StoreQuery(dense=q, sparse=s, top_k=5))
    >>> store.close()   # builds pending HNSW indexes, flushes, releases the folder lock

    Qdrant Edge has no background optimizer: new points are searched brute force until
    `optimize()` runs. It runs after every `optimize_after` written points and on `close()`.
    Writes go to the shard's write-ahead log and are flushed before `upsert`/`delete_*` return.
    `tuning` sets quantisation, on-disk vectors and HNSW parameters (search/store_tuning.py); a
    folder built with other settings opens and keeps its segments, new segments follow `tuning`.
    """

    def __init__(
        self,
        path: Path,
        dim: int,
        optimize_after: int = 20_000,
        tuning: IndexTuning | None = None,
    ) -> None:
        self.path = Path(path)
        self.dim = dim
        self.optimize_after = optimize_after
        self.tuning = tuning or IndexTuning()
        self.hnsw_ef = self.tuning.search_ef(0)  # set by the store's size when it opens
        self._shard: qe.EdgeShard | None = None
        self._unoptimized = 0
        self._lock = threading.RLock()  # one opener, one writer at a time; reads run freely

    # --- lifecycle -------------------------------------------------------------------------

    def warm_up(self) -> None:
        with self._lock:
            if self._shard is None:
                self._shard = self._load()
                self._tune_search()

    def _tune_search(self) -> None:
        """The dense search beam for the store's current size (IndexTuning.search_ef)."""
        self.hnsw_ef = self.tuning.search_ef(self._count(None))

    def _load(self) -> qe.EdgeShard:
        self._check_persisted_dim()
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            shard = qe.EdgeShard.load(str(self.path), self._config())
        except Exception as exc:
            raise self._open_error(exc) from exc
        try:
            existing = set(_run(shard.info).payload_schema)
            for name, schema in self._index_schemas().items():
                if name not in existing:
                    operation = qe.UpdateOperation.create_field_index(name, schema)
                    _run(lambda op=operation: shard.update(op))
        except Exception:
            _run(shard.close)  # release the folder lock
            raise
        return shard

    def optimize(self) -> bool:
        """Build HNSW indexes for new points, merge segments; blocks. True if anything changed."""
        with self._lock:
            changed = bool(_run(self._open().optimize))
            _run(self._open().flush)
            self._unoptimized = 0
            self._tune_search()
        return changed

    def close(self) -> None:
        with self._lock:
            if self._shard is None:
                return
            try:  # also indexes points a killed earlier run left unindexed; fast if none
                self.optimize()
            finally:  # a failed optimize still releases the folder
                shard, self._shard = self._shard, None
                _run(shard.close)

    # --- writes ----------------------------------------------------------------------------

    def upsert(self, items: Sequence[IndexedChunk]) -> None:
        shard = self._open()
        with self._lock:
            super().upsert(items)
            _run(shard.flush)
            self._unoptimized += len(items)
        if self._unoptimized >= self.optimize_after:
            self.optimize()

    # --- primitives for the base -----------------------------------------------------------

    def _open(self) -> qe.EdgeShard:
        if self._shard is None:
            self.warm_up()
        assert self._shard is not None
        return self._shard

    def _write(self, operation: qe.UpdateOperation) -> None:
        shard = self._open()
        with self._lock:
            _run(lambda: shard.update(operation))
            _run(shard.flush)

    def _upsert_points(self, points: list[qe.Point]) -> None:
        shard = self._open()  # the caller holds the lock and flushes once after all batches
        _run(lambda: shard.update(qe.UpdateOperation.upsert_points(points)))

    def _delete_where(self, where: qe.Filter) -> None:
        self._write(qe.UpdateOperation.delete_points_by_filter(where))

    def _delete_ids(self, ids: list[str]) -> None:
        self._write(qe.UpdateOperation.delete_points(list(ids)))

    def _set_payload_where(self, where: qe.Filter, payload: dict[str, Any]) -> None:
        self._write(qe.UpdateOperation.set_payload_by_filter(where, payload))

    def _retrieve(self, ids: list[str]) -> list[qe.Record]:
        return _run(lambda: self._open().retrieve(list(ids), True, False))

    def _scroll_page(self, where: qe.Filter | None, offset: Any) -> tuple[list[qe.Record], Any]:
        request = qe.ScrollRequest(offset=offset, limit=SCROLL_PAGE, filter=where)
        return _run(lambda: self._open().scroll(request))

    def _facet_hits(self, key: str, limit: int) -> list[Any]:
        request = qe.FacetRequest(key=key, limit=limit, exact=True)
        return _run(lambda: self._open().facet(request)).hits

    def _count(self, where: qe.Filter | None) -> int:
        return _run(lambda: self._open().count(qe.CountRequest(exact=True, filter=where)))

    def _query(self, request: qe.QueryRequest, top_k: int) -> list[Any]:
        return _run(lambda: self._open().query(request))

    def _search_params(self, hnsw_ef: int) -> qe.SearchParams:
        if not self.tuning.quantized:
            return qe.SearchParams(hnsw_ef=hnsw_ef)
        rescore = qe.QuantizationSearchParams(rescore=True, oversampling=self.tuning.oversampling)
        return qe.SearchParams(hnsw_ef=hnsw_ef, quantization=rescore)

    def _prefetch(self, query: StoreQuery, name: str, where: qe.Filter | None) -> qe.Prefetch:
        return qe.Prefetch(
            limit=query.prefetch_limit,
            query=_nearest(query, name),
            filter=where,
            params=self._params(name),
        )

    def _fused(self, query: StoreQuery, prefetches: list[Any], payload: bool) -> qe.QueryRequest:
        # the stub's ScoringQueryType omits the Fusion variants
        fusion: Any = qe.Fusion.Dbsf() if query.fusion == "dbsf" else qe.Fusion.Rrf(k=RRF_K)
        return qe.QueryRequest(
            limit=query.top_k, query=fusion, prefetches=prefetches, with_payload=payload
        )

    def _single(
        self, query: StoreQuery, name: str, where: qe.Filter | None, payload: bool
    ) -> qe.QueryRequest:
        return qe.QueryRequest(
            limit=query.top_k,
            query=_nearest(query, name),
            filter=where,
            params=self._params(name),
            with_payload=payload,
        )

    def _point(self, point_id: str, vectors: dict[str, Any], payload: dict[str, Any]) -> qe.Point:
        return qe.Point(point_id, vectors, payload)

    def _sparse(self, vector: SparseVector) -> qe.SparseVector:
        return _sparse(vector)

    def _match_any(self, key: str, values: list[str]) -> qe.FieldCondition:
        return qe.FieldCondition(key=key, match=qe.MatchAny(values))

    def _range(self, key: str, gte: int | None, lte: int | None) -> qe.FieldCondition:
        return qe.FieldCondition(key=key, range=qe.RangeFloat(gte=gte, lte=lte))

    def _all_of(self, conditions: list[Any]) -> qe.Filter:
        return qe.Filter(must=conditions)

    # --- opening ---------------------------------------------------------------------------

    def _config(self) -> qe.EdgeConfig:
        return qe.EdgeConfig(
            vectors={DENSE: self._dense_params()},
            sparse_vectors={SPARSE: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)},
            optimizers=qe.EdgeOptimizersConfig(
                default_segment_number=TARGET_SEGMENTS,
                indexing_threshold=self.tuning.indexing_threshold_kb,
            ),
        )

    def _dense_params(self) -> qe.EdgeVectorParams:
        tuning = self.tuning
        hnsw = qe.HnswIndexConfig(
            m=tuning.hnsw_m,
            ef_construct=tuning.hnsw_ef_construct,
            full_scan_threshold=tuning.full_scan_threshold_kb,
        )
        quantization = (
            # Pinned: the graph walks this copy on every search, it must never be paged out
            qe.ScalarQuantizationConfig(type=qe.ScalarType.Int8, memory=qe.Memory.Pinned)
            if tuning.quantized
            else None
        )
        return qe.EdgeVectorParams(
            size=self.dim,
            distance=qe.Distance.Cosine,
            memory=qe.Memory.Cold if tuning.vectors_on_disk else qe.Memory.Cached,
            quantization_config=quantization,
            hnsw_config=hnsw,
        )

    def _index_schemas(self) -> dict[str, Any]:
        """Payload indexes; only the fields searches filter on get HNSW filter links."""
        linked = self.tuning.filter_hnsw_fields
        schemas: dict[str, Any] = {
            name: qe.KeywordIndexParams(enable_hnsw=name in linked) for name in KEYWORD_FIELDS
        }
        date_range = qe.IntegerIndexParams(lookup=False, range=True, enable_hnsw=False)
        schemas.update({name: date_range for name in INTEGER_FIELDS})
        return schemas

    def _check_persisted_dim(self) -> None:
        config_file = self.path / "edge_config.json"
        if not config_file.is_file():
            return
        try:
            size = json.loads(config_file.read_text())["vectors"][DENSE]["size"]
        except (ValueError, KeyError, TypeError):
            return  # unreadable: let the shard's own compatibility check decide
        if size != self.dim:
            raise _dim_error(self.path, size, self.dim)

    def _open_error(self, exc: Exception) -> StoreError:
        message = str(exc)
        if "WouldBlock" in message:
            # our own data-folder lock (app/datadir.py) comes first; this is the engine's
            return StoreError("index_locked_by_engine", path=str(self.path))
        return StoreError("index_unreadable", path=str(self.path), detail=message)


def _dim_error(where: object, stored: int, wanted: int) -> StoreError:
    return StoreError("index_dim_mismatch", where=str(where), stored=stored, expected=wanted)


def _sparse(vector: SparseVector) -> qe.SparseVector:
    return qe.SparseVector(list(vector.indices), [float(v) for v in vector.values])


def _nearest(query: StoreQuery, name: str) -> qe.Query:
    return qe.Query.Nearest(query_vector(query, name, list, _sparse), using=name)


def _run(call: Any) -> Any:
    """Call the shard; its errors are bare `Exception`s, ours are StoreErrors."""
    try:
        return call()
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError("store_failed", where="edge", detail=str(exc)) from exc
