"""Hybrid retrieval: embed the query, encode its terms, let Qdrant fuse dense and sparse by RRF,
and turn scored chunks into hits with marked snippets.
"""

from __future__ import annotations

from collections.abc import Callable

from search.protocols import Embedder, SparseEncoder, Store
from search.types import Hit, ScoredChunk, SearchFilter, SearchMode, StoreQuery

QueryRewriter = Callable[[str], str]


class Retriever:
    """Answer a German question with the best passages and their sources.

    >>> retriever = Retriever(embedder, encoder, store)
    >>> hits = retriever.search("Wie beantrage ich Urlaub?", top_k=5,
    ...                         filter=SearchFilter(departments=("Personalamt",)))
    """

    def __init__(
        self,
        embedder: Embedder,
        sparse: SparseEncoder,
        store: Store,
        prefetch_limit: int = 50,
        expand_query: QueryRewriter | None = None,
    ) -> None:
        self.embedder = embedder
        self.sparse = sparse
        self.store = store
        self.prefetch_limit = prefetch_limit
        self.expand_query = expand_query

    def warm_up(self) -> None:
        self.embedder.warm_up()
        self.store.warm_up()

    def search_chunks(
        self,
        query: str,
        top_k: int = 10,
        filter: SearchFilter | None = None,
        mode: SearchMode = "hybrid",
    ) -> list[ScoredChunk]:
        sparse_text = self.expand_query(query) if self.expand_query else query
        dense = (
            tuple(float(x) for x in self.embedder.embed_query(query)) if mode != "sparse" else None
        )
        sparse = self.sparse.encode_query(sparse_text) if mode != "dense" else None
        return self.store.search(
            StoreQuery(
                dense=dense,
                sparse=sparse,
                filter=filter or SearchFilter(),
                top_k=top_k,
                mode=mode,
                prefetch_limit=max(self.prefetch_limit, top_k),
            )
        )

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
        return [self._to_hit(item, query) for item in scored]

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
        )
