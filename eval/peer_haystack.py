"""The peer side by side: what a team would otherwise assemble with Haystack 2 — BM25 plus the same
e5 vectors, fused by Haystack's reciprocal rank fusion joiner — on the chunks our pipeline produced.

Haystack's parts run as shipped (InMemoryDocumentStore with its default BM25L and tokenizer,
InMemoryBM25Retriever, InMemoryEmbeddingRetriever, DocumentJoiner); only the vectors are ours, so
the row compares retrieval and fusion, not embedding models. Nothing here touches the network:
Haystack's telemetry and auto tracing are switched off before it is imported, and no Haystack
embedder (those download models) is used. Haystack is imported only when a peer is built, so the
report can read `PEER_NOTE` without loading it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from search.protocols import Embedder
from search.types import Chunk

if TYPE_CHECKING:
    from haystack import Document, Pipeline
    from haystack.document_stores.in_memory import InMemoryDocumentStore

PEER_MODES = ("haystack",)
RRF_K = 61  # Haystack's constant: 60 from the RRF paper, +1 for 0-based ranks
PEER_NOTE = (
    "`haystack` is the peer a team would otherwise assemble: a Haystack 2 pipeline "
    "(haystack-ai 2.31.0) of InMemoryBM25Retriever and InMemoryEmbeddingRetriever, both at "
    "depth 100, joined by DocumentJoiner(join_mode='reciprocal_rank_fusion'), on the same chunks "
    "and the same e5 chunk vectors as the default index (queries embedded by our embedder with "
    "e5's 'query: ' prefix, precomputed in batches like the dense rows). Its BM25 is Haystack's "
    "out of the box: InMemoryDocumentStore defaults (BM25L, lowercase + regex (?u)\\b\\w+\\b, no "
    "stopwords, no stemming; BM25L gives every chunk without a query word the same small "
    "positive score, so its list is padded to 100 with them in write order); telemetry off, "
    "no network. Its latency is Haystack's pure-Python in-memory store scanning every chunk."
)


def _quiet_haystack() -> None:
    """Haystack reads these once, when it is first imported: no usage statistics, no tracing."""
    os.environ["HAYSTACK_TELEMETRY_ENABLED"] = "False"
    os.environ["HAYSTACK_AUTO_TRACE_ENABLED"] = "false"


def query_embedder_component(embedder: Embedder) -> Any:
    """Our embedder as a Haystack component: the query vector exactly as the product computes it
    (`embed_query`, which adds e5's "query: " prefix), instead of a Haystack embedder that would
    download its own model."""
    _quiet_haystack()
    from haystack import component

    @component
    class QueryEmbedder:
        def __init__(self, embedder: Embedder) -> None:
            self.embedder = embedder

        @component.output_types(embedding=list[float])
        def run(self, text: str) -> dict[str, list[float]]:
            return {"embedding": [float(x) for x in self.embedder.embed_query(text)]}

    return QueryEmbedder(embedder)


def build_pipeline(store: InMemoryDocumentStore, embedder: Embedder, depth: int) -> Pipeline:
    """BM25 and embedding retrievers over one store, joined by RRF, each list `depth` deep."""
    from haystack import Pipeline
    from haystack.components.joiners import DocumentJoiner
    from haystack.components.retrievers.in_memory import (
        InMemoryBM25Retriever,
        InMemoryEmbeddingRetriever,
    )

    pipeline = Pipeline()
    pipeline.add_component("query_embedder", query_embedder_component(embedder))
    pipeline.add_component("bm25", InMemoryBM25Retriever(store, top_k=depth))
    pipeline.add_component("dense", InMemoryEmbeddingRetriever(store, top_k=depth))
    joiner = DocumentJoiner(join_mode="reciprocal_rank_fusion", top_k=depth)
    pipeline.add_component("joiner", joiner)
    pipeline.connect("query_embedder.embedding", "dense.query_embedding")
    pipeline.connect("bm25.documents", "joiner.documents")
    pipeline.connect("dense.documents", "joiner.documents")
    return pipeline


class HaystackPeer:
    """The Haystack pipeline over our chunks; `search` returns chunk sources (files) best first.

    >>> peer = HaystackPeer(cached_embedder, depth=100)
    >>> peer.build(chunks)            # vectors from the embedder (the eval cache: no re-embedding)
    >>> peer.search("Urlaub beantragen")
    ['/abs/corpus/personalamt/urlaub.md', ...]
    """

    def __init__(self, embedder: Embedder, depth: int = 100) -> None:
        _quiet_haystack()
        from haystack.document_stores.in_memory import InMemoryDocumentStore

        self.embedder = embedder
        self.depth = depth
        self.store = InMemoryDocumentStore()  # every default: what a team gets out of the box
        self.pipeline = build_pipeline(self.store, embedder, depth)

    def build(self, chunks: Sequence[Chunk]) -> int:
        """Write the chunks with their vectors (as the product embedded them); the count written."""
        from haystack import Document
        from haystack.document_stores.types import DuplicatePolicy

        vectors = self.embedder.embed_documents([c.text_for_embedding for c in chunks])
        documents = [
            Document(
                id=c.id,
                content=c.text_for_embedding,
                embedding=[float(x) for x in vector],
                meta={"source": c.source},
            )
            for c, vector in zip(chunks, vectors, strict=True)
        ]
        return int(self.store.write_documents(documents, policy=DuplicatePolicy.OVERWRITE))

    def ranked(self, query: str) -> list[Document]:
        """The joiner's fused list, best first, with its RRF scores."""
        data = {"query_embedder": {"text": query}, "bm25": {"query": query}}
        out = self.pipeline.run(data)
        return list(out["joiner"]["documents"])

    def search(self, query: str) -> list[str]:
        return [str(d.meta["source"]) for d in self.ranked(query)]

    def close(self) -> None:
        """Free the documents (Haystack keeps in-memory stores in a module-level registry)."""
        self.store.delete_all_documents()
        self.store.shutdown()
