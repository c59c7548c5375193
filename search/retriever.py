"""Hybrid retrieval: embed the query, encode its terms, fuse the dense and the sparse list, and
turn scored chunks into hits with marked snippets.

Fusion: `fusion="adaptive"` (the product's default) asks the store for the two lists and fuses
them here (search/fusion.py: DBSF with a dense weight set per query from how many of the query's
words the top sparse hits contain); `"dbsf"` and `"rrf"` let the store fuse them itself.

With a thesaurus the sparse query also carries the official and abbreviated names of what the
query asks for ("Perso" -> "Personalausweis"), at a lower weight than the words typed; the dense
query is the text as typed. With `fusion="rrf"` and a `dense_weight` other than 1 the retriever
asks the store for the dense and the sparse list and fuses them itself by weighted RRF (same k as
the stores); under DBSF `dense_weight` has no effect. `max_per_document` moves a document's extra
chunks behind other documents' chunks (scores then no longer fall monotonically).
Measured on eval/datasets/amtswissen_de: research/RESULTS.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from search.fusion import AdaptiveFusion, fuse
from search.protocols import Embedder, SparseEncoder, Store
from search.thesaurus import Expansion, Thesaurus
from search.types import (
    Chunk,
    Fusion,
    Hit,
    RankedId,
    ScoredChunk,
    SearchFilter,
    SearchMode,
    SparseVector,
    StoreQuery,
)

RRF_K = 60  # as the stores use for their own fusion
RetrieverFusion = Literal["adaptive", "dbsf", "rrf"]


def weighted_rrf(
    ranked_lists: Sequence[Sequence[ScoredChunk]], weights: Sequence[float], k: float, top_k: int
) -> list[ScoredChunk]:
    """Fuse ranked lists by weighted reciprocal rank: score = sum of weight / (k + rank).

    >>> a, b = scored("a"), scored("b")
    >>> [s.chunk.id for s in weighted_rrf([[a, b], [b]], [1.0, 2.0], k=60, top_k=2)]
    ['b', 'a']
    """
    scores: dict[str, float] = {}
    chunks: dict[str, ScoredChunk] = {}
    for ranked, weight in zip(ranked_lists, weights, strict=True):
        for rank, item in enumerate(ranked, 1):
            scores[item.chunk.id] = scores.get(item.chunk.id, 0.0) + weight / (k + rank)
            chunks.setdefault(item.chunk.id, item)
    best = sorted(scores, key=lambda cid: -scores[cid])[:top_k]
    return [ScoredChunk(chunks[cid].chunk, scores[cid]) for cid in best]


def add_expansion(base: SparseVector, extra: SparseVector, weight: float) -> SparseVector:
    """`base` plus the terms of `extra` scaled by `weight`; a term in both keeps its base value.

    >>> add_expansion(SparseVector((1,), (1.0,)), SparseVector((1, 2), (1.0, 1.0)), 0.5)
    SparseVector(indices=(1, 2), values=(1.0, 0.5))
    """
    values = {i: v * weight for i, v in zip(extra.indices, extra.values, strict=True)}
    values.update(zip(base.indices, base.values, strict=True))
    indices = tuple(sorted(values))
    return SparseVector(indices, tuple(values[i] for i in indices))


def diversify(items: Sequence[ScoredChunk], per_document: int) -> list[ScoredChunk]:
    """Same chunks, but a document's chunks beyond the first `per_document` move behind the rest.

    Keeps one document from filling the whole result list; nothing is dropped.
    """
    first = within_share(items, per_document)
    kept = {item.chunk.id for item in first}
    return first + [item for item in items if item.chunk.id not in kept]


def within_share(items: Sequence[ScoredChunk], per_document: int) -> list[ScoredChunk]:
    """The chunks among the first `per_document` of their document, in order."""
    seen: dict[str, int] = {}
    first: list[ScoredChunk] = []
    for item in items:
        count = seen[item.chunk.document_id] = seen.get(item.chunk.document_id, 0) + 1
        if count <= per_document:
            first.append(item)
    return first


class Retriever:
    """Answer a German question with the best passages and their sources.

    >>> retriever = Retriever(embedder, encoder, store, thesaurus=Thesaurus(), max_per_document=2)
    >>> retriever.warm_up()
    >>> hits = retriever.search("Wie beantrage ich Urlaub?", top_k=5,
    ...                         filter=SearchFilter(departments=("Personalamt",)))
    """

    def __init__(
        self,
        embedder: Embedder,
        sparse: SparseEncoder,
        store: Store,
        prefetch_limit: int = 30,
        thesaurus: Thesaurus | None = None,
        expansion_weight: float = 0.5,
        dense_weight: float = 1.0,
        max_per_document: int = 0,
        fusion: RetrieverFusion = "dbsf",
        query_cache: int = 0,
        adaptive: AdaptiveFusion | None = None,
    ) -> None:
        self.embedder = embedder
        self.sparse = sparse
        self.store = store
        self.prefetch_limit = prefetch_limit
        self.thesaurus = thesaurus
        self.expansion_weight = expansion_weight
        self.dense_weight = dense_weight
        self.max_per_document = max_per_document
        self.fusion = fusion
        self.adaptive = adaptive or AdaptiveFusion()
        # repeated questions skip the model: the vector is the one it gave the first time
        embed = self._embed_query
        self._query_vector = lru_cache(maxsize=query_cache)(embed) if query_cache else embed
        # the terms of a top sparse hit, for the adaptive fusion's coverage (a pure function of
        # the text; hits repeat across questions, and analysing three costs ~0.4 ms per search)
        self._text_terms = lru_cache(maxsize=4096)(self._analyze_text)

    def warm_up(self) -> None:
        self.embedder.warm_up()
        self.store.warm_up()
        if self.thesaurus is not None:
            self.thesaurus.warm_up()

    def expansion(self, query: str) -> Expansion:
        """Thesaurus terms for `query` (none without a thesaurus)."""
        return self.thesaurus.expansion(query) if self.thesaurus else Expansion()

    def search_chunks(
        self,
        query: str,
        top_k: int = 10,
        filter: SearchFilter | None = None,
        mode: SearchMode = "hybrid",
    ) -> list[ScoredChunk]:
        extra = " ".join(self.expansion(query).terms)
        dense = self._query_vector(query) if mode != "sparse" else None
        sparse = self._sparse_query(query, extra) if mode != "dense" else None
        pool = max(self.prefetch_limit, top_k)
        wanted = pool if self.max_per_document > 0 else top_k
        where = filter or SearchFilter()
        if mode == "hybrid" and self.fusion == "adaptive":
            ranked, known = self._adaptive_hybrid(query, dense, sparse, where, pool, top_k)
            return self._read_diverse(ranked, top_k, known)
        if mode == "hybrid" and self.fusion == "rrf" and self.dense_weight != 1.0:
            found = self._weighted_hybrid(dense, sparse, where, wanted, pool)
        else:
            store_fusion: Fusion = "rrf" if self.fusion == "rrf" else "dbsf"
            request = StoreQuery(dense, sparse, where, wanted, mode, pool, store_fusion)
            found = self.store.search(request)
        if self.max_per_document > 0:
            found = diversify(found, self.max_per_document)
        return found[:top_k]

    def _analyze_text(self, text: str) -> frozenset[str]:
        return frozenset(self.sparse.analyze(text))

    def _embed_query(self, query: str) -> tuple[float, ...]:
        return tuple(float(x) for x in self.embedder.embed_query(query))

    def _weighted_hybrid(
        self,
        dense: tuple[float, ...] | None,
        sparse: SparseVector | None,
        where: SearchFilter,
        top_k: int,
        limit: int,
    ) -> list[ScoredChunk]:
        """Hybrid with the dense list counted `dense_weight` times the sparse one (RRF, k=60)."""
        by_dense = self._dense_list(dense, where, limit)
        by_sparse = self._sparse_list(sparse, where, limit)
        return weighted_rrf([by_dense, by_sparse], [self.dense_weight, 1.0], RRF_K, top_k)

    def _adaptive_hybrid(
        self,
        query: str,
        dense: tuple[float, ...] | None,
        sparse: SparseVector | None,
        where: SearchFilter,
        limit: int,
        shown: int,
    ) -> tuple[list[RankedId], dict[str, Chunk]]:
        """The store's dense and sparse lists (top `limit` each, ids only), fused by
        `self.adaptive`, and the chunks read on the way: the first sparse hits (their texts set
        the weight) with the first `shown` of the fusion under either weight, in one read."""
        by_dense = self.store.rank(StoreQuery(dense, None, where, limit, "dense"))
        if sparse is None or not sparse.indices:
            return by_dense, {}  # only stopwords: the stores' hybrid falls back to dense too
        by_sparse = self.store.rank(StoreQuery(None, sparse, where, limit, "sparse"))
        first = [r.chunk_id for r in by_sparse[: self.adaptive.coverage_hits]]
        fused = {a: fuse(by_dense, by_sparse, a, limit) for a in self.adaptive.weights}
        wanted = dict.fromkeys(first + [r.chunk_id for f in fused.values() for r in f[:shown]])
        known = {chunk.id: chunk for chunk in self.store.get_chunks(list(wanted))}
        texts = [known[c].text for c in first if c in known]
        weight = self.adaptive.dense_weight(self.sparse.analyze(query), texts, self._text_terms)
        return fused[weight], known

    def _read_diverse(
        self, ranked: Sequence[RankedId], top_k: int, known: dict[str, Chunk]
    ) -> list[ScoredChunk]:
        """`diversify(chunks of ranked)[:top_k]`, reading `top_k` chunks at a time until that is
        decided (once `top_k` chunks are within their document's share, later ones cannot
        come before them): mostly no read beyond the `known` chunks."""
        found: list[ScoredChunk] = []
        if top_k <= 0:
            return found
        for start in range(0, len(ranked), top_k):
            found += self._read(ranked[start : start + top_k], known)
            if self.max_per_document <= 0:
                return found[:top_k]
            if len(within_share(found, self.max_per_document)) >= top_k:
                break
        return diversify(found, self.max_per_document)[:top_k] if found else []

    def _read(self, ranked: Sequence[RankedId], known: dict[str, Chunk]) -> list[ScoredChunk]:
        """The chunks of `ranked`, in order, read unless `known` (one gone since it was ranked
        is left out)."""
        missing = [r.chunk_id for r in ranked if r.chunk_id not in known]
        chunks = (
            {**known, **{c.id: c for c in self.store.get_chunks(missing)}} if missing else known
        )
        return [ScoredChunk(chunks[r.chunk_id], r.score) for r in ranked if r.chunk_id in chunks]

    def _dense_list(
        self, dense: tuple[float, ...] | None, where: SearchFilter, limit: int
    ) -> list[ScoredChunk]:
        return self.store.search(StoreQuery(dense, None, where, limit, "dense"))

    def _sparse_list(
        self, sparse: SparseVector | None, where: SearchFilter, limit: int
    ) -> list[ScoredChunk]:
        return self.store.search(StoreQuery(None, sparse, where, limit, "sparse"))

    def _sparse_query(self, query: str, extra: str) -> SparseVector:
        vector = self.sparse.encode_query(query)
        if not extra or self.expansion_weight <= 0:
            return vector
        return add_expansion(vector, self.sparse.encode_query(extra), self.expansion_weight)

    def search(
        self,
        query: str,
        top_k: int = 10,
        filter: SearchFilter | None = None,
        mode: SearchMode = "hybrid",
    ) -> list[Hit]:
        if not query.strip():
            return []
        scored = self.search_chunks(query, top_k, filter, mode)
        marked = " ".join((query, *self.expansion(query).terms))
        return [self._to_hit(item, marked) for item in scored]

    def _to_hit(self, item: ScoredChunk, query: str) -> Hit:
        chunk = item.chunk
        return Hit(
            chunk_id=chunk.id,
            document_id=chunk.document_id,
            title=chunk.meta.title,
            source=chunk.source,
            heading_path=chunk.heading_path,
            page=chunk.page,
            timestamp=chunk.timestamp,
            speaker=chunk.speaker,
            department=chunk.meta.department,
            doc_type=chunk.meta.doc_type,
            score=item.score,
            snippet=self.sparse.highlight(chunk.text, query),
            text=chunk.text,
            expert=chunk.meta.expert,
            question=chunk.meta.question,
        )
