"""Hybrid retrieval: embed the query, encode its terms, let Qdrant fuse dense and sparse by RRF,
and turn scored chunks into hits with marked snippets.

With a thesaurus the sparse query also carries the official and abbreviated names of what the
query asks for ("Perso" -> "Personalausweis"), at a lower weight than the words typed.
"""

from __future__ import annotations

from collections.abc import Callable

from search.protocols import Embedder, SparseEncoder, Store
from search.thesaurus import Expansion, Thesaurus
from search.types import Hit, ScoredChunk, SearchFilter, SearchMode, SparseVector, StoreQuery

QueryRewriter = Callable[[str], str]


def add_expansion(base: SparseVector, extra: SparseVector, weight: float) -> SparseVector:
    """`base` plus the terms of `extra` scaled by `weight`; a term in both keeps its base value.

    >>> add_expansion(SparseVector((1,), (1.0,)), SparseVector((1, 2), (1.0, 1.0)), 0.5)
    SparseVector(indices=(1, 2), values=(1.0, 0.5))
    """
    values = {i: v * weight for i, v in zip(extra.indices, extra.values, strict=True)}
    values.update(zip(base.indices, base.values, strict=True))
    indices = tuple(sorted(values))
    return SparseVector(indices, tuple(values[i] for i in indices))


class Retriever:
    """Answer a German question with the best passages and their sources.

    >>> retriever = Retriever(embedder, encoder, store, thesaurus=Thesaurus())
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
        thesaurus: Thesaurus | None = None,
        expansion_weight: float = 0.5,
        expand_dense: bool = False,
    ) -> None:
        self.embedder = embedder
        self.sparse = sparse
        self.store = store
        self.prefetch_limit = prefetch_limit
        self.expand_query = expand_query
        self.thesaurus = thesaurus
        self.expansion_weight = expansion_weight
        self.expand_dense = expand_dense

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
        dense_text = f"{query} {extra}" if extra and self.expand_dense else query
        dense = (
            tuple(float(x) for x in self.embedder.embed_query(dense_text))
            if mode != "sparse"
            else None
        )
        sparse = self._sparse_query(query, extra) if mode != "dense" else None
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

    def _sparse_query(self, query: str, extra: str) -> SparseVector:
        text = self.expand_query(query) if self.expand_query else query
        vector = self.sparse.encode_query(text)
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
        )
