"""The interfaces every backend implements; callers depend on these, never on a backend class."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from search.types import (
    Chunk,
    Document,
    DocumentMeta,
    IndexedChunk,
    RankedId,
    ScoredChunk,
    SearchFilter,
    SparseVector,
    StoreQuery,
    StoreStats,
)


@runtime_checkable
class Embedder(Protocol):
    """Dense text embedder with asymmetric query/document encoding.

    >>> emb.warm_up()
    >>> vectors = emb.embed_documents(["Urlaubsantrag stellen"])  # (1, emb.dim), L2-normalised
    >>> q = emb.embed_query("Wie beantrage ich Urlaub?")           # (emb.dim,)
    """

    name: str
    space: str  # embedding space ("" = only this model); the same space may share an index

    @property
    def dim(self) -> int: ...

    @property
    def max_tokens(self) -> int:
        """Longest input (in model tokens, prefix included) the model accepts without truncation."""
        ...

    def warm_up(self) -> None: ...

    def count_tokens(self, text: str) -> int: ...

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


@runtime_checkable
class SparseEncoder(Protocol):
    """Turns text into sparse term vectors (document side and query side)."""

    def warm_up(self) -> None: ...

    def encode_document(self, text: str) -> SparseVector: ...

    def encode_query(self, text: str) -> SparseVector: ...

    def analyze(self, text: str) -> list[str]: ...

    def highlight(self, text: str, query: str, max_chars: int = 300) -> str: ...


@runtime_checkable
class Store(Protocol):
    """A hybrid (dense + sparse) vector store for chunks.

    >>> store.warm_up()             # opens or creates the collection for `dim`
    >>> store.upsert(indexed_chunks)
    >>> store.search(StoreQuery(dense=q, sparse=s, top_k=5))
    """

    def warm_up(self) -> None: ...

    def upsert(self, items: Sequence[IndexedChunk]) -> None: ...

    def delete_documents(self, document_ids: Sequence[str]) -> None: ...

    def delete_chunks(self, chunk_ids: Sequence[str]) -> None: ...

    def set_document_meta(self, document_id: str, meta: DocumentMeta) -> None:
        """Rewrite a document's metadata on all its chunks (access groups included)."""
        ...

    def chunk_ids(self, document_id: str) -> set[str]: ...

    def document_ids(self) -> set[str]: ...

    def chunk_counts(self) -> dict[str, int]:
        """Chunks per document id."""
        ...

    def document_sources(self) -> dict[str, str]:
        """The source path of each stored document (a full scan, for repair)."""
        ...

    def get_chunks(self, chunk_ids: Sequence[str]) -> list[Chunk]: ...

    def search(self, query: StoreQuery) -> list[ScoredChunk]: ...

    def rank(self, query: StoreQuery) -> list[RankedId]:
        """What `search` finds, as chunk ids with scores, without reading the chunks: a search
        costs a tenth then (reading 30 payloads is most of a search's time in qdrant-edge), so
        lists to fuse are ranked and only the fused chunks read (`get_chunks`)."""
        ...

    def count(self, filter: SearchFilter | None = None) -> int: ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...


@runtime_checkable
class Converter(Protocol):
    """Turns one file into a Document; raises ConversionError with a clear reason."""

    extensions: tuple[str, ...]

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document: ...


@runtime_checkable
class Chunker(Protocol):
    def run(self, document: Document) -> list[Chunk]: ...
