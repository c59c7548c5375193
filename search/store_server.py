"""The server store: a collection on a Qdrant server or cluster (or qdrant-client's local mode)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qdrant_client import QdrantClient, models

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


class ServerStore:
    """Hybrid store in a Qdrant server collection; `location` (":memory:", a folder) runs locally.

    >>> store = ServerStore("http://localhost:6333", None, "amtswissen", dim=384)
    >>> store.warm_up()                  # creates the collection and payload indexes if missing
    >>> store.search(StoreQuery(dense=q, sparse=s, top_k=5))
    """

    def __init__(
        self,
        url: str | None,
        api_key: str | None,
        collection: str,
        dim: int,
        location: str | None = None,
        timeout: int = 30,
    ) -> None:
        self.url = url
        self.api_key = api_key
        self.collection = collection
        self.dim = dim
        self.location = location
        self.timeout = timeout
        self._client: QdrantClient | None = None

    # --- lifecycle -------------------------------------------------------------------------

    def warm_up(self) -> None:
        if self._client is not None:
            return
        client = self._connect()
        try:
            if client.collection_exists(self.collection):
                self._check_dim(client)
            else:
                self._create_collection(client)
            self._ensure_indexes(client)
        except StoreError:
            client.close()
            raise
        except Exception as exc:
            client.close()
            raise StoreError(
                f"cannot open collection {self.collection!r} at {self._where()} "
                f"(is the Qdrant server running and the API key right?): {exc}"
            ) from exc
        self._client = client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # --- writes ----------------------------------------------------------------------------

    def upsert(self, items: Sequence[IndexedChunk]) -> None:
        for batch in batched(items):
            points = [_point(item, self.dim) for item in batch]
            self._call(lambda p=points: self._open().upsert(self.collection, p, wait=True))

    def delete_documents(self, document_ids: Sequence[str]) -> None:
        if document_ids:
            where = _must([AnyOf("document_id", tuple(document_ids))])
            selector = models.FilterSelector(filter=where)
            self._call(lambda: self._open().delete(self.collection, selector, wait=True))

    def delete_chunks(self, chunk_ids: Sequence[str]) -> None:
        if chunk_ids:
            selector = models.PointIdsList(points=list(chunk_ids))
            self._call(lambda: self._open().delete(self.collection, selector, wait=True))

    # --- reads -----------------------------------------------------------------------------

    def chunk_ids(self, document_id: str) -> set[str]:
        where = _must([AnyOf("document_id", (document_id,))])
        return {str(record.id) for record in self._scroll(where)}

    def document_ids(self) -> set[str]:
        return {str(value) for value in self._facet("document_id")}

    def get_chunks(self, chunk_ids: Sequence[str]) -> list[Chunk]:
        if not chunk_ids:
            return []
        records = self._call(
            lambda: self._open().retrieve(self.collection, list(chunk_ids), with_payload=True)
        )
        by_id = {str(r.id): payload_to_chunk(r.id, r.payload or {}) for r in records}
        return [by_id[cid] for cid in (str(c).lower() for c in chunk_ids) if cid in by_id]

    def search(self, query: StoreQuery) -> list[ScoredChunk]:
        arguments = self._query_arguments(query)
        if arguments is None:
            return []
        response = self._call(
            lambda: self._open().query_points(
                self.collection, limit=query.top_k, with_payload=True, **arguments
            )
        )
        return [
            ScoredChunk(payload_to_chunk(p.id, p.payload or {}), p.score) for p in response.points
        ]

    def count(self, filter: SearchFilter | None = None) -> int:
        where = _filter(filter_conditions(filter))
        result = self._call(
            lambda: self._open().count(self.collection, count_filter=where, exact=True)
        )
        return int(result.count)

    def stats(self) -> StoreStats:
        return StoreStats(
            documents=len(self._facet("document_id")),
            chunks=self.count(),
            chunks_by_department={str(k): v for k, v in self._facet("department").items()},
            chunks_by_doc_type={str(k): v for k, v in self._facet("doc_type").items()},
        )

    # --- helpers ---------------------------------------------------------------------------

    def _where(self) -> str:
        return self.location or self.url or "?"

    def _connect(self) -> QdrantClient:
        try:
            if self.location == ":memory:":
                return QdrantClient(location=":memory:")
            if self.location is not None:
                return QdrantClient(path=self.location)
            return QdrantClient(url=self.url, api_key=self.api_key, timeout=self.timeout)
        except Exception as exc:
            raise StoreError(f"cannot connect to Qdrant at {self._where()}: {exc}") from exc

    def _check_dim(self, client: QdrantClient) -> None:
        params = client.get_collection(self.collection).config.params
        vectors = params.vectors if isinstance(params.vectors, dict) else {}
        if DENSE not in vectors or SPARSE not in (params.sparse_vectors or {}):
            raise StoreError(
                f"collection {self.collection!r} at {self._where()} was not made by Amtswissen "
                f"(needs vectors {DENSE!r} and {SPARSE!r}); choose another collection name"
            )
        stored = vectors[DENSE].size
        if stored != self.dim:
            raise StoreError(
                f"collection {self.collection!r} holds {stored}-dim vectors but the embedder makes "
                f"{self.dim}-dim ones: the embedder was switched; re-index into a new collection "
                "(amtswissen reindex) or use another collection name"
            )

    def _create_collection(self, client: QdrantClient) -> None:
        client.create_collection(
            self.collection,
            vectors_config={
                DENSE: models.VectorParams(size=self.dim, distance=models.Distance.COSINE)
            },
            sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
        )

    def _ensure_indexes(self, client: QdrantClient) -> None:
        if self.location is not None:
            return  # local mode ignores payload indexes (and warns about them)
        existing = client.get_collection(self.collection).payload_schema or {}
        wanted = {name: models.PayloadSchemaType.KEYWORD for name in KEYWORD_FIELDS}
        wanted.update({name: models.PayloadSchemaType.INTEGER for name in INTEGER_FIELDS})
        for name, schema in wanted.items():
            if name not in existing:
                client.create_payload_index(self.collection, name, schema, wait=True)

    def _open(self) -> QdrantClient:
        if self._client is None:
            self.warm_up()
        assert self._client is not None
        return self._client

    def _call(self, call: Any) -> Any:
        try:
            return call()
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"Qdrant at {self._where()}: {exc}") from exc

    def _scroll(self, where: models.Filter | None) -> list[models.Record]:
        records: list[models.Record] = []
        offset: Any = None
        while True:
            page, offset = self._call(
                lambda o=offset: self._open().scroll(
                    self.collection, scroll_filter=where, limit=SCROLL_PAGE, offset=o
                )
            )
            records.extend(page)
            if offset is None:
                return records

    def _facet(self, key: str) -> dict[Any, int]:
        limit = max(1, self.count())  # at most one distinct value per point: returns them all
        response = self._call(
            lambda: self._open().facet(self.collection, key, limit=limit, exact=True)
        )
        # exact facets keep deleted values with count 0 (seen in qdrant-edge 0.9)
        return {hit.value: hit.count for hit in response.hits if hit.count > 0}

    def _query_arguments(self, query: StoreQuery) -> dict[str, Any] | None:
        plan = search_plan(query)
        if plan == "none":
            return None
        check_query_dim(query, plan, self.dim)
        where = _filter(filter_conditions(query.filter))
        if plan == "hybrid":
            prefetch = [
                models.Prefetch(
                    query=_vector(query, name),
                    using=name,
                    filter=where,
                    limit=query.prefetch_limit,
                    params=_params(name),
                )
                for name in (DENSE, SPARSE)
            ]
            fused: Any = (
                models.FusionQuery(fusion=models.Fusion.DBSF)
                if query.fusion == "dbsf"
                else models.RrfQuery(rrf=models.Rrf(k=RRF_K))
            )
            return {"prefetch": prefetch, "query": fused}
        name = DENSE if plan == "dense" else SPARSE
        return {
            "query": _vector(query, name),
            "using": name,
            "query_filter": where,
            "search_params": _params(name),
        }


def _params(name: str) -> models.SearchParams | None:
    return models.SearchParams(hnsw_ef=DENSE_HNSW_EF) if name == DENSE else None


def _point(item: IndexedChunk, dim: int) -> models.PointStruct:
    check_item_dim(item, dim)
    vectors: dict[str, Any] = {DENSE: list(item.dense)}
    if item.sparse.indices:
        vectors[SPARSE] = _sparse(item.sparse)
    return models.PointStruct(
        id=item.chunk.id, vector=vectors, payload=chunk_to_payload(item.chunk)
    )


def _sparse(vector: SparseVector) -> models.SparseVector:
    return models.SparseVector(
        indices=list(vector.indices), values=[float(v) for v in vector.values]
    )


def _vector(query: StoreQuery, name: str) -> Any:
    if name == DENSE:
        assert query.dense is not None
        return [float(v) for v in query.dense]
    assert query.sparse is not None
    return _sparse(query.sparse)


def _condition(cond: Condition) -> models.FieldCondition:
    if isinstance(cond, AnyOf):
        return models.FieldCondition(key=cond.key, match=models.MatchAny(any=list(cond.values)))
    assert isinstance(cond, Between)
    return models.FieldCondition(key=cond.key, range=models.Range(gte=cond.gte, lte=cond.lte))


def _must(conditions: list[Condition]) -> models.Filter:
    return models.Filter(must=[_condition(c) for c in conditions])


def _filter(conditions: list[Condition]) -> models.Filter | None:
    return _must(conditions) if conditions else None
