"""One frozen dataclass per concept: documents, chunks, vectors, queries and hits.

Ids are derived, never invented: a chunk id is a uuid5 of its document id, position and text,
so re-ingesting the same text produces the same point and is a no-op in the store.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

CHUNK_NAMESPACE = uuid.UUID("6f0d3c1e-8a51-5b8e-9d59-2a7c1f4e8b10")

SearchMode = Literal["hybrid", "dense", "sparse"]
Fusion = Literal["dbsf", "rrf"]  # distribution-based score fusion or reciprocal rank fusion


def document_id_for(source: str) -> str:
    """Stable document id for a source path or URI (hex, 16 chars).

    >>> document_id_for("/share/bauamt/antrag.md") == document_id_for("/share/bauamt/antrag.md")
    True
    """
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def chunk_id_for(document_id: str, position: int, text: str) -> str:
    """Stable chunk id (a uuid5 string, which Qdrant accepts as point id)."""
    return str(uuid.uuid5(CHUNK_NAMESPACE, f"{document_id}\x1f{position}\x1f{text}"))


@dataclass(frozen=True)
class DocumentMeta:
    """What a document is about and who may see it (front matter, sidecar or CLI flags)."""

    title: str = ""
    department: str | None = None  # Fachbereich
    doc_type: str = "dokument"  # e.g. prozess, dienstanweisung, interview, bpmn, email
    author: str | None = None
    expert: str | None = None  # for interviews: whose knowledge this is
    question: str | None = None  # for interview answers: the question the document answers
    created: date | None = None
    updated: date | None = None
    tags: tuple[str, ...] = ()
    access_groups: tuple[str, ...] = ()  # empty = visible to everyone
    language: str = "de"


@dataclass(frozen=True)
class Section:
    """A structural unit a converter found: a paragraph under a heading, a table, a speaker turn."""

    text: str
    heading_path: tuple[str, ...] = ()
    page: int | None = None  # 1-based PDF page
    timestamp: float | None = None  # seconds from the start of a recording
    speaker: str | None = None
    kind: str = "text"  # text | list | table | turn | question | step
    ocr_confidence: float | None = None  # mean OCR word confidence (0-100) of a scanned page


@dataclass(frozen=True)
class Document:
    """A converted file: metadata plus its sections in reading order."""

    id: str
    source: str
    meta: DocumentMeta
    sections: tuple[Section, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections)


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage with everything a hit must show and every field a filter uses."""

    id: str
    document_id: str
    position: int
    text: str
    source: str
    meta: DocumentMeta
    heading_path: tuple[str, ...] = ()
    page: int | None = None
    timestamp: float | None = None
    speaker: str | None = None
    embed_text: str = ""  # text given to the embedder (may carry title/heading context)
    ocr_confidence: float | None = None  # set when the text was read from a scan (0-100)

    @property
    def text_for_embedding(self) -> str:
        return self.embed_text or self.text


@dataclass(frozen=True)
class SparseVector:
    """Sparse vector: sorted unique term ids with their weights."""

    indices: tuple[int, ...]
    values: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.indices) != len(self.values):
            raise ValueError("sparse vector: indices and values differ in length")


@dataclass(frozen=True)
class IndexedChunk:
    """A chunk with its dense and sparse vectors, ready for the store."""

    chunk: Chunk
    dense: tuple[float, ...]
    sparse: SparseVector


@dataclass(frozen=True)
class SearchFilter:
    """Restrictions a search honours; empty fields do not restrict.

    `access_groups` are the caller's groups: chunks with no access groups are public, others are
    visible when they share at least one group with the caller.
    """

    departments: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    date_from: date | None = None  # compares against the document's `updated` (else `created`)
    date_to: date | None = None
    access_groups: tuple[str, ...] | None = None  # None = no access filtering (admin/CLI)
    document_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoreQuery:
    """A query as the store executes it: vectors already computed."""

    dense: tuple[float, ...] | None
    sparse: SparseVector | None
    filter: SearchFilter = field(default_factory=SearchFilter)
    top_k: int = 10
    mode: SearchMode = "hybrid"
    prefetch_limit: int = 30
    fusion: Fusion = "dbsf"


@dataclass(frozen=True)
class ScoredChunk:
    """What a store returns: a chunk and its (fused) score."""

    chunk: Chunk
    score: float

    @property
    def chunk_id(self) -> str:
        return self.chunk.id


@dataclass(frozen=True)
class RankedId:
    """A search result before its chunk is read (`Store.rank`): lists are fused on these, and
    only the fused chunks are read."""

    chunk_id: str
    score: float


@dataclass(frozen=True)
class Hit:
    """A search result as users see it."""

    chunk_id: str
    document_id: str
    title: str
    source: str
    heading_path: tuple[str, ...]
    page: int | None
    timestamp: float | None
    speaker: str | None
    department: str | None
    doc_type: str
    score: float
    snippet: str  # query terms marked as <mark>…</mark>
    text: str
    expert: str | None = None  # whose knowledge it is (interviews)
    question: str | None = None  # the interview question a published answer answers


@dataclass(frozen=True)
class StoreStats:
    """Counts for `amtswissen stats`."""

    documents: int
    chunks: int
    chunks_by_department: dict[str, int]
    chunks_by_doc_type: dict[str, int]
