"""The server store: a collection on a Qdrant server or cluster (or qdrant-client's local mode)."""

from __future__ import annotations

from typing import Any

from qdrant_client import QdrantClient, models

from search.errors import StoreError
from search.store_base import StoreBase, index_schemas, query_vector
from search.store_payload import DENSE, RRF_K, SCROLL_PAGE, SPARSE
from search.types import SparseVector, StoreQuery


class ServerStore(StoreBase[models.Filter, dict[str, Any]]):
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
            raise StoreError("store_unreachable", where=self._where(), detail=str(exc)) from exc
        self._client = client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

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
            raise StoreError("store_unreachable", where=self._where(), detail=str(exc)) from exc

    def _check_dim(self, client: QdrantClient) -> None:
        params = client.get_collection(self.collection).config.params
        vectors = params.vectors if isinstance(params.vectors, dict) else {}
        if DENSE not in vectors or SPARSE not in (params.sparse_vectors or {}):
            raise StoreError("collection_foreign", collection=self.collection, where=self._where())
        stored = vectors[DENSE].size
        if stored != self.dim:
            raise StoreError(
                "index_dim_mismatch", where=self._where(), stored=stored, expected=self.dim
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
        wanted = index_schemas(models.PayloadSchemaType.KEYWORD, models.PayloadSchemaType.INTEGER)
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
            raise StoreError("store_failed", where=self._where(), detail=str(exc)) from exc

    # --- primitives for the base -----------------------------------------------------------

    def _upsert_points(self, points: list[models.PointStruct]) -> None:
        self._call(lambda: self._open().upsert(self.collection, points, wait=True))

    def _delete_where(self, where: models.Filter) -> None:
        selector = models.FilterSelector(filter=where)
        self._call(lambda: self._open().delete(self.collection, selector, wait=True))

    def _delete_ids(self, ids: list[str]) -> None:
        selector = models.PointIdsList(points=list(ids))
        self._call(lambda: self._open().delete(self.collection, selector, wait=True))

    def _set_payload_where(self, where: models.Filter, payload: dict[str, Any]) -> None:
        selector = models.FilterSelector(filter=where)
        self._call(lambda: self._open().set_payload(self.collection, payload, selector, wait=True))

    def _retrieve(self, ids: list[str]) -> list[models.Record]:
        return self._call(lambda: self._open().retrieve(self.collection, ids, with_payload=True))

    def _scroll_page(
        self, where: models.Filter | None, offset: Any
    ) -> tuple[list[models.Record], Any]:
        return self._call(
            lambda: self._open().scroll(
                self.collection, scroll_filter=where, limit=SCROLL_PAGE, offset=offset
            )
        )

    def _facet_hits(self, key: str, limit: int) -> list[models.FacetValueHit]:
        response = self._call(
            lambda: self._open().facet(self.collection, key, limit=limit, exact=True)
        )
        return response.hits

    def _count(self, where: models.Filter | None) -> int:
        result = self._call(
            lambda: self._open().count(self.collection, count_filter=where, exact=True)
        )
        return int(result.count)

    def _query(self, request: dict[str, Any], top_k: int) -> list[models.ScoredPoint]:
        response = self._call(
            lambda: self._open().query_points(self.collection, limit=top_k, **request)
        )
        return response.points

    def _query_arguments(self, query: StoreQuery) -> dict[str, Any] | None:
        """The keyword arguments `query_points` gets for a query (besides its limit)."""
        return self._request(query)

    def _search_params(self, hnsw_ef: int) -> models.SearchParams:
        return models.SearchParams(hnsw_ef=hnsw_ef)

    def _prefetch(
        self, query: StoreQuery, name: str, where: models.Filter | None
    ) -> models.Prefetch:
        return models.Prefetch(
            query=query_vector(query, name, _floats, _sparse),
            using=name,
            filter=where,
            limit=query.prefetch_limit,
            params=self._params(name),
        )

    def _fused(self, query: StoreQuery, prefetches: list[Any], payload: bool) -> dict[str, Any]:
        fused: Any = (
            models.FusionQuery(fusion=models.Fusion.DBSF)
            if query.fusion == "dbsf"
            else models.RrfQuery(rrf=models.Rrf(k=RRF_K))
        )
        return {"prefetch": prefetches, "query": fused, "with_payload": payload}

    def _single(
        self, query: StoreQuery, name: str, where: models.Filter | None, payload: bool
    ) -> dict[str, Any]:
        return {
            "query": query_vector(query, name, _floats, _sparse),
            "using": name,
            "query_filter": where,
            "search_params": self._params(name),
            "with_payload": payload,
        }

    def _point(
        self, point_id: str, vectors: dict[str, Any], payload: dict[str, Any]
    ) -> models.PointStruct:
        return models.PointStruct(id=point_id, vector=vectors, payload=payload)

    def _sparse(self, vector: SparseVector) -> models.SparseVector:
        return _sparse(vector)

    def _match_any(self, key: str, values: list[str]) -> models.FieldCondition:
        return models.FieldCondition(key=key, match=models.MatchAny(any=values))

    def _range(self, key: str, gte: int | None, lte: int | None) -> models.FieldCondition:
        return models.FieldCondition(key=key, range=models.Range(gte=gte, lte=lte))

    def _all_of(self, conditions: list[Any]) -> models.Filter:
        return models.Filter(must=conditions)


def _floats(vector: tuple[float, ...]) -> list[float]:
    return [float(v) for v in vector]


def _sparse(vector: SparseVector) -> models.SparseVector:
    return models.SparseVector(
        indices=list(vector.indices), values=[float(v) for v in vector.values]
    )
