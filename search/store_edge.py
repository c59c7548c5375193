"""The embedded store: a Qdrant Edge shard in a local folder, owned by one process at a time."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import qdrant_edge as qe

from search.errors import StoreError
from search.store_payload import (
    DENSE,
    DENSE_HNSW_EF,
    INTEGER_FIELDS,
    KEYWORD_FIELDS,
    RRF_K,
    SCROLL_PAGE,
    SPARSE,
    AnyOf,
    Between,
    Condition,
    batched,
    check_item_dim,
    check_query_dim,
    chunk_to_payload,
    filter_conditions,
    payload_to_chunk,
    search_plan,
)
from search.types import (
    Chunk,
    IndexedChunk,
    ScoredChunk,
    SearchFilter,
    SparseVector,
    StoreQuery,
    StoreStats,
)

# With the default target (derived from the CPU count, 2 here) every optimize() merges all segments
# and rebuilds one big HNSW graph, so indexing in steps costs quadratic time. Allowing a few more
# segments lets each step index only the points it added.
TARGET_SEGMENTS = 8


class EdgeStore:
    """Hybrid store in an embedded Qdrant Edge shard; the folder is created or reopened.

    >>> store = EdgeStore(Path("data/index"), dim=384)
    >>> store.warm_up()
    >>> store.upsert(indexed_chunks)
    >>> store.search(StoreQuery(dense=q, sparse=s, top_k=5))
    >>> store.close()   # builds pending HNSW indexes, flushes, releases the folder lock

    Qdrant Edge has no background optimizer: new points are searched brute force until
    `optimize()` runs. It runs after every `optimize_after` written points and on `close()`.
    Writes go to the shard's write-ahead log and are flushed before `upsert`/`delete_*` return.
    """

    def __init__(self, path: Path, dim: int, optimize_after: int = 20_000) -> None:
        self.path = Path(path)
        self.dim = dim
        self.optimize_after = optimize_after
        self._shard: qe.EdgeShard | None = None
        self._unoptimized = 0
        self._lock = threading.RLock()  # one opener, one writer at a time; reads run freely

    # --- lifecycle -------------------------------------------------------------------------

    def warm_up(self) -> None:
        with self._lock:
            if self._shard is None:
                self._shard = self._load()

    def _load(self) -> qe.EdgeShard:
        self._check_persisted_dim()
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            shard = qe.EdgeShard.load(str(self.path), self._config())
        except Exception as exc:
            raise self._open_error(exc) from exc
        try:
            existing = set(shard.info().payload_schema)
            for name, schema in _index_schemas().items():
                if name not in existing:
                    operation = qe.UpdateOperation.create_field_index(name, schema)
                    _run(lambda op=operation: shard.update(op))
        except Exception:
            shard.close()  # release the folder lock
            raise
        return shard

    def optimize(self) -> bool:
        """Build HNSW indexes for new points, merge segments; blocks. True if anything changed."""
        with self._lock:
            changed = bool(_run(self._open().optimize))
            _run(self._open().flush)
            self._unoptimized = 0
        return changed

    def close(self) -> None:
        with self._lock:
            if self._shard is None:
                return
            self.optimize()  # also indexes points a killed earlier run left unindexed; fast if none
            self._shard.close()
            self._shard = None

    # --- writes ----------------------------------------------------------------------------

    def upsert(self, items: Sequence[IndexedChunk]) -> None:
        shard = self._open()
        with self._lock:
            for batch in batched(items):
                points = [_point(item, self.dim) for item in batch]
                _run(lambda p=points: shard.update(qe.UpdateOperation.upsert_points(p)))
            shard.flush()
            self._unoptimized += len(items)
        if self._unoptimized >= self.optimize_after:
            self.optimize()

    def delete_documents(self, document_ids: Sequence[str]) -> None:
        if document_ids:
            where = _must([AnyOf("document_id", tuple(document_ids))])
            self._write(qe.UpdateOperation.delete_points_by_filter(where))

    def delete_chunks(self, chunk_ids: Sequence[str]) -> None:
        if chunk_ids:
            self._write(qe.UpdateOperation.delete_points(list(chunk_ids)))

    # --- reads -----------------------------------------------------------------------------

    def chunk_ids(self, document_id: str) -> set[str]:
        where = _must([AnyOf("document_id", (document_id,))])
        return {str(record.id) for record in self._scroll(where)}

    def document_ids(self) -> set[str]:
        return {str(value) for value in self._facet("document_id")}

    def get_chunks(self, chunk_ids: Sequence[str]) -> list[Chunk]:
        if not chunk_ids:
            return []
        records = _run(lambda: self._open().retrieve(list(chunk_ids), True, False))
        by_id = {str(r.id): payload_to_chunk(r.id, r.payload or {}) for r in records}
        return [by_id[cid] for cid in (str(c).lower() for c in chunk_ids) if cid in by_id]

    def search(self, query: StoreQuery) -> list[ScoredChunk]:
        request = self._request(query)
        if request is None:
            return []
        points = _run(lambda: self._open().query(request))
        return [ScoredChunk(payload_to_chunk(p.id, p.payload or {}), p.score) for p in points]

    def count(self, filter: SearchFilter | None = None) -> int:
        where = _filter(filter_conditions(filter))
        return _run(lambda: self._open().count(qe.CountRequest(exact=True, filter=where)))

    def stats(self) -> StoreStats:
        return StoreStats(
            documents=len(self._facet("document_id")),
            chunks=self.count(),
            chunks_by_department={str(k): v for k, v in self._facet("department").items()},
            chunks_by_doc_type={str(k): v for k, v in self._facet("doc_type").items()},
        )

    # --- helpers ---------------------------------------------------------------------------

    def _open(self) -> qe.EdgeShard:
        if self._shard is None:
            self.warm_up()
        assert self._shard is not None
        return self._shard

    def _write(self, operation: qe.UpdateOperation) -> None:
        shard = self._open()
        with self._lock:
            _run(lambda: shard.update(operation))
            shard.flush()

    def _scroll(self, where: qe.Filter | None) -> list[qe.Record]:
        records: list[qe.Record] = []
        offset: Any = None
        while True:
            request = qe.ScrollRequest(offset=offset, limit=SCROLL_PAGE, filter=where)
            page, offset = _run(lambda r=request: self._open().scroll(r))
            records.extend(page)
            if offset is None:
                return records

    def _facet(self, key: str) -> dict[Any, int]:
        # a field has at most one distinct value per point: this limit returns them all
        request = qe.FacetRequest(key=key, limit=max(1, self.count()), exact=True)
        response = _run(lambda: self._open().facet(request))
        # exact facets keep deleted values with count 0 (seen in qdrant-edge 0.9)
        return {hit.value: hit.count for hit in response.hits if hit.count > 0}

    def _request(self, query: StoreQuery) -> qe.QueryRequest | None:
        plan = search_plan(query)
        if plan == "none":
            return None
        check_query_dim(query, plan, self.dim)
        where = _filter(filter_conditions(query.filter))
        if plan == "hybrid":
            prefetches = [
                qe.Prefetch(
                    limit=query.prefetch_limit,
                    query=_nearest(query, name),
                    filter=where,
                    params=_params(name),
                )
                for name in (DENSE, SPARSE)
            ]
            # the stub's ScoringQueryType omits the Fusion variants
            fusion: Any = qe.Fusion.Dbsf() if query.fusion == "dbsf" else qe.Fusion.Rrf(k=RRF_K)
            return qe.QueryRequest(
                limit=query.top_k, query=fusion, prefetches=prefetches, with_payload=True
            )
        vector_name = DENSE if plan == "dense" else SPARSE
        return qe.QueryRequest(
            limit=query.top_k,
            query=_nearest(query, vector_name),
            filter=where,
            params=_params(vector_name),
            with_payload=True,
        )

    def _config(self) -> qe.EdgeConfig:
        return qe.EdgeConfig(
            vectors={DENSE: qe.EdgeVectorParams(size=self.dim, distance=qe.Distance.Cosine)},
            sparse_vectors={SPARSE: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)},
            optimizers=qe.EdgeOptimizersConfig(default_segment_number=TARGET_SEGMENTS),
        )

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
            return StoreError(
                f"index folder {self.path} is locked by another process (another amtswissen "
                "server or CLI run?); stop it or use another data dir"
            )
        if "incompatible" in message.lower():
            return StoreError(f"index folder {self.path} does not fit dim {self.dim}: {message}")
        return StoreError(f"cannot open index folder {self.path}: {message}")


def _dim_error(where: object, stored: int, wanted: int) -> StoreError:
    return StoreError(
        f"index {where} holds {stored}-dim vectors but the embedder makes {wanted}-dim ones: "
        "the embedder was switched; re-index (amtswissen reindex) or use another data dir"
    )


def _index_schemas() -> dict[str, qe.PayloadSchemaType]:
    schemas = {name: qe.PayloadSchemaType.Keyword for name in KEYWORD_FIELDS}
    schemas.update({name: qe.PayloadSchemaType.Integer for name in INTEGER_FIELDS})
    return schemas


def _point(item: IndexedChunk, dim: int) -> qe.Point:
    check_item_dim(item, dim)
    vectors: dict[str, Any] = {DENSE: list(item.dense)}
    if item.sparse.indices:
        vectors[SPARSE] = _sparse(item.sparse)
    return qe.Point(item.chunk.id, vectors, chunk_to_payload(item.chunk))


def _sparse(vector: SparseVector) -> qe.SparseVector:
    return qe.SparseVector(list(vector.indices), [float(v) for v in vector.values])


def _params(name: str) -> qe.SearchParams | None:
    return qe.SearchParams(hnsw_ef=DENSE_HNSW_EF) if name == DENSE else None


def _nearest(query: StoreQuery, name: str) -> qe.Query:
    if name == DENSE:
        assert query.dense is not None
        return qe.Query.Nearest(list(query.dense), using=DENSE)
    assert query.sparse is not None
    return qe.Query.Nearest(_sparse(query.sparse), using=SPARSE)


def _condition(cond: Condition) -> qe.FieldCondition:
    if isinstance(cond, AnyOf):
        return qe.FieldCondition(key=cond.key, match=qe.MatchAny(list(cond.values)))
    assert isinstance(cond, Between)
    bounds = qe.RangeFloat(gte=cond.gte, lte=cond.lte)
    return qe.FieldCondition(key=cond.key, range=bounds)


def _must(conditions: list[Condition]) -> qe.Filter:
    return qe.Filter(must=[_condition(c) for c in conditions])


def _filter(conditions: list[Condition]) -> qe.Filter | None:
    return _must(conditions) if conditions else None


def _run(call: Any) -> Any:
    """Call the shard; its errors are bare `Exception`s, ours are StoreErrors."""
    try:
        return call()
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(f"edge store: {exc}") from exc
