"""The store base: every read, write and query plan written once over a few backend primitives.

A backend (embedded edge shard, Qdrant server) supplies its point, filter and request types and
the calls that touch its engine; the base turns chunks into points, filters into conditions,
queries into plans and records back into chunks, so both backends answer a query the same way.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from search.store_payload import (
    DENSE,
    DENSE_HNSW_EF,
    INTEGER_FIELDS,
    KEYWORD_FIELDS,
    SPARSE,
    AnyOf,
    Between,
    Condition,
    batched,
    check_item_dim,
    check_query_dim,
    chunk_to_payload,
    filter_conditions,
    meta_payload,
    payload_to_chunk,
    search_plan,
)
from search.types import (
    Chunk,
    DocumentMeta,
    IndexedChunk,
    RankedId,
    ScoredChunk,
    SearchFilter,
    SparseVector,
    StoreQuery,
    StoreStats,
)

F = TypeVar("F")  # the backend's filter
R = TypeVar("R")  # the backend's query request
T = TypeVar("T")  # a backend's payload schema type


class Record(Protocol):
    """A stored point as a backend returns it (the id is the chunk id)."""

    @property
    def id(self) -> Any: ...

    @property
    def payload(self) -> dict[str, Any] | None: ...


class ScoredRecord(Record, Protocol):
    @property
    def score(self) -> float: ...


class FacetHit(Protocol):
    @property
    def value(self) -> Any: ...

    @property
    def count(self) -> int: ...


def index_schemas(keyword: T, integer: T) -> dict[str, T]:
    """The payload indexes every backend creates, in its own schema type."""
    schemas = {name: keyword for name in KEYWORD_FIELDS}
    schemas.update({name: integer for name in INTEGER_FIELDS})
    return schemas


def query_vector(
    query: StoreQuery,
    name: str,
    dense: Callable[[tuple[float, ...]], Any],
    sparse: Callable[[SparseVector], Any],
) -> Any:
    """The query's vector for the named index, in the backend's dense or sparse type."""
    if name == DENSE:
        assert query.dense is not None
        return dense(query.dense)
    assert query.sparse is not None
    return sparse(query.sparse)


class StoreBase(ABC, Generic[F, R]):
    """The Store protocol over backend primitives; a backend subclasses it and fills them in.

    >>> class MyStore(StoreBase[MyFilter, MyRequest]):
    ...     def _scroll_page(self, where, offset): ...   # and the other abstract primitives
    """

    dim: int
    hnsw_ef: int = DENSE_HNSW_EF  # beam of every dense search; a backend may tune it

    # --- primitives every backend supplies --------------------------------------------------

    @abstractmethod
    def _upsert_points(self, points: list[Any]) -> None: ...

    @abstractmethod
    def _delete_where(self, where: F) -> None: ...

    @abstractmethod
    def _delete_ids(self, ids: list[str]) -> None: ...

    @abstractmethod
    def _set_payload_where(self, where: F, payload: dict[str, Any]) -> None:
        """Set these payload fields (others stay) on every point matching `where`."""

    @abstractmethod
    def _retrieve(self, ids: list[str]) -> Sequence[Record]: ...

    @abstractmethod
    def _scroll_page(self, where: F | None, offset: Any) -> tuple[Sequence[Record], Any]:
        """One page of points and the offset of the next (None after the last)."""

    @abstractmethod
    def _facet_hits(self, key: str, limit: int) -> Sequence[FacetHit]: ...

    @abstractmethod
    def _count(self, where: F | None) -> int: ...

    @abstractmethod
    def _query(self, request: R, top_k: int) -> Sequence[ScoredRecord]: ...

    @abstractmethod
    def _search_params(self, hnsw_ef: int) -> Any: ...

    @abstractmethod
    def _prefetch(self, query: StoreQuery, name: str, where: F | None) -> Any: ...

    @abstractmethod
    def _fused(self, query: StoreQuery, prefetches: list[Any], payload: bool) -> R: ...

    @abstractmethod
    def _single(self, query: StoreQuery, name: str, where: F | None, payload: bool) -> R: ...

    @abstractmethod
    def _point(self, point_id: str, vectors: dict[str, Any], payload: dict[str, Any]) -> Any: ...

    @abstractmethod
    def _sparse(self, vector: SparseVector) -> Any: ...

    @abstractmethod
    def _match_any(self, key: str, values: list[str]) -> Any: ...

    @abstractmethod
    def _range(self, key: str, gte: int | None, lte: int | None) -> Any: ...

    @abstractmethod
    def _all_of(self, conditions: list[Any]) -> F: ...

    # --- writes -----------------------------------------------------------------------------

    def upsert(self, items: Sequence[IndexedChunk]) -> None:
        for batch in batched(items):
            self._upsert_points([self._to_point(item) for item in batch])

    def delete_documents(self, document_ids: Sequence[str]) -> None:
        if document_ids:
            self._delete_where(self._must([AnyOf("document_id", tuple(document_ids))]))

    def delete_chunks(self, chunk_ids: Sequence[str]) -> None:
        if chunk_ids:
            self._delete_ids(list(chunk_ids))

    def set_document_meta(self, document_id: str, meta: DocumentMeta) -> None:
        """Rewrite the metadata fields (and the derived `access` and `date`) of every chunk of
        the document in place; texts and vectors stay, so nothing is embedded again."""
        where = self._must([AnyOf("document_id", (document_id,))])
        self._set_payload_where(where, meta_payload(meta))

    # --- reads ------------------------------------------------------------------------------

    def chunk_ids(self, document_id: str) -> set[str]:
        where = self._must([AnyOf("document_id", (document_id,))])
        return {str(record.id) for record in self._scroll(where)}

    def document_ids(self) -> set[str]:
        return {str(value) for value in self._facet("document_id")}

    def chunk_counts(self) -> dict[str, int]:
        """Chunks per document id, in one exact facet (the reconcile step compares these)."""
        return {str(value): count for value, count in self._facet("document_id").items()}

    def document_sources(self) -> dict[str, str]:
        """The source of each stored document, read from the payload (a full scan: for repair)."""
        sources: dict[str, str] = {}
        for record in self._scroll(None):
            payload = record.payload or {}
            sources.setdefault(str(payload.get("document_id")), str(payload.get("source")))
        return sources

    def get_chunks(self, chunk_ids: Sequence[str]) -> list[Chunk]:
        if not chunk_ids:
            return []
        records = self._retrieve(list(chunk_ids))
        by_id = {str(r.id): payload_to_chunk(r.id, r.payload or {}) for r in records}
        return [by_id[cid] for cid in (str(c).lower() for c in chunk_ids) if cid in by_id]

    def search(self, query: StoreQuery) -> list[ScoredChunk]:
        request = self._request(query)
        if request is None:
            return []
        points = self._query(request, query.top_k)
        return [ScoredChunk(payload_to_chunk(p.id, p.payload or {}), p.score) for p in points]

    def rank(self, query: StoreQuery) -> list[RankedId]:
        request = self._request(query, payload=False)
        if request is None:
            return []
        return [RankedId(str(p.id), p.score) for p in self._query(request, query.top_k)]

    def count(self, filter: SearchFilter | None = None) -> int:
        return self._count(self._filter(filter_conditions(filter)))

    def stats(self) -> StoreStats:
        return StoreStats(
            documents=len(self._facet("document_id")),
            chunks=self.count(),
            chunks_by_department={str(k): v for k, v in self._facet("department").items()},
            chunks_by_doc_type={str(k): v for k, v in self._facet("doc_type").items()},
        )

    # --- shared mapping ---------------------------------------------------------------------

    def _to_point(self, item: IndexedChunk) -> Any:
        check_item_dim(item, self.dim)
        vectors: dict[str, Any] = {DENSE: list(item.dense)}
        if item.sparse.indices:
            vectors[SPARSE] = self._sparse(item.sparse)
        return self._point(item.chunk.id, vectors, chunk_to_payload(item.chunk))

    def _scroll(self, where: F | None) -> list[Record]:
        records: list[Record] = []
        offset: Any = None
        while True:
            page, offset = self._scroll_page(where, offset)
            records.extend(page)
            if offset is None:
                return records

    def _facet(self, key: str) -> dict[Any, int]:
        limit = max(1, self.count())  # at most one distinct value per point: returns them all
        # exact facets keep deleted values with count 0 (seen in qdrant-edge 0.9)
        return {hit.value: hit.count for hit in self._facet_hits(key, limit) if hit.count > 0}

    def _request(self, query: StoreQuery, payload: bool = True) -> R | None:
        """The backend request a query stands for, with or without the points' payloads; None
        when it has no usable vector."""
        plan = search_plan(query)
        if plan == "none":
            return None
        check_query_dim(query, plan, self.dim)
        where = self._filter(filter_conditions(query.filter))
        if plan == "hybrid":
            prefetches = [self._prefetch(query, name, where) for name in (DENSE, SPARSE)]
            return self._fused(query, prefetches, payload)
        return self._single(query, DENSE if plan == "dense" else SPARSE, where, payload)

    def _params(self, name: str) -> Any:
        """Search params of one prefetch or search: the wide HNSW beam on dense, none on sparse."""
        return self._search_params(self.hnsw_ef) if name == DENSE else None

    def _condition(self, cond: Condition) -> Any:
        if isinstance(cond, AnyOf):
            return self._match_any(cond.key, list(cond.values))
        assert isinstance(cond, Between)
        return self._range(cond.key, cond.gte, cond.lte)

    def _must(self, conditions: list[Condition]) -> F:
        return self._all_of([self._condition(c) for c in conditions])

    def _filter(self, conditions: list[Condition]) -> F | None:
        return self._must(conditions) if conditions else None
