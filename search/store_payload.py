"""Backend-neutral store helpers: the payload layout, filter conditions and the search plan.

Both store backends (embedded edge, server) write the same payload and build their filters from the
same neutral conditions, so a filter means the same thing whichever backend answers it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, TypeVar

from search.errors import StoreError
from search.types import Chunk, DocumentMeta, IndexedChunk, SearchFilter, StoreQuery

DENSE = "dense"
SPARSE = "sparse"
# Marker in the `access` field of chunks without access groups, so "public OR shared group" is
# one match-any condition on one indexed keyword field.
PUBLIC = "*public*"
RRF_K = 60  # the usual constant from Cormack et al.; set explicitly so both backends agree
# HNSW beam width of dense searches. Qdrant's default (ef_construct, 100) cost 0.006 hybrid
# nDCG@10 on legalquad_de (6.8k chunks) against exact search and varied with each graph build;
# 512 equalled exact there (research/RESULTS.md). Below the full-scan threshold Qdrant
# searches exactly anyway.
DENSE_HNSW_EF = 512
UPSERT_BATCH = 256
SCROLL_PAGE = 1024

KEYWORD_FIELDS = ("document_id", "department", "doc_type", "tags", "access")
INTEGER_FIELDS = ("date",)  # YYYYMMDD as an integer: readable and range-filterable

SearchPlan = Literal["hybrid", "dense", "sparse", "none"]
T = TypeVar("T")


@dataclass(frozen=True)
class AnyOf:
    """The field (a keyword or a keyword list) holds at least one of `values`."""

    key: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Between:
    """The integer field lies in [gte, lte]; a missing bound does not restrict."""

    key: str
    gte: int | None
    lte: int | None


Condition = AnyOf | Between


def date_key(day: date) -> int:
    """A date as the integer the `date` field stores.

    >>> date_key(date(2024, 3, 7))
    20240307
    """
    return day.year * 10_000 + day.month * 100 + day.day


def chunk_date(meta: DocumentMeta) -> date | None:
    """The date a date-range filter compares against: `updated`, else `created`."""
    return meta.updated or meta.created


def chunk_to_payload(chunk: Chunk) -> dict[str, Any]:
    """Everything a hit shows and every field a filter uses, as a JSON-able dict."""
    return {
        "document_id": chunk.document_id,
        "position": chunk.position,
        "text": chunk.text,
        "embed_text": chunk.embed_text,
        "source": chunk.source,
        "heading_path": list(chunk.heading_path),
        "page": chunk.page,
        "timestamp": chunk.timestamp,
        "speaker": chunk.speaker,
        "ocr_confidence": chunk.ocr_confidence,
        **meta_payload(chunk.meta),
    }


def meta_payload(meta: DocumentMeta) -> dict[str, Any]:
    """The payload fields a document's metadata sets on each of its chunks, with the derived
    `date` and `access` fields, so a metadata change rewrites them together."""
    day = chunk_date(meta)
    return {
        "title": meta.title,
        "department": meta.department,
        "doc_type": meta.doc_type,
        "author": meta.author,
        "expert": meta.expert,
        "question": meta.question,
        "created": meta.created.isoformat() if meta.created else None,
        "updated": meta.updated.isoformat() if meta.updated else None,
        "tags": list(meta.tags),
        "access_groups": list(meta.access_groups),
        "language": meta.language,
        "date": date_key(day) if day else None,
        "access": list(meta.access_groups) or [PUBLIC],
    }


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def payload_to_chunk(point_id: object, payload: dict[str, Any]) -> Chunk:
    """Rebuild the Chunk a payload was written from (the point id is the chunk id)."""
    meta = DocumentMeta(
        title=payload.get("title") or "",
        department=payload.get("department"),
        doc_type=payload.get("doc_type") or "dokument",
        author=payload.get("author"),
        expert=payload.get("expert"),
        question=payload.get("question"),
        created=_day(payload.get("created")),
        updated=_day(payload.get("updated")),
        tags=tuple(payload.get("tags") or ()),
        access_groups=tuple(payload.get("access_groups") or ()),
        language=payload.get("language") or "de",
    )
    return Chunk(
        id=str(point_id),
        document_id=payload["document_id"],
        position=int(payload.get("position") or 0),
        text=payload.get("text") or "",
        source=payload.get("source") or "",
        meta=meta,
        heading_path=tuple(payload.get("heading_path") or ()),
        page=payload.get("page"),
        timestamp=payload.get("timestamp"),
        speaker=payload.get("speaker"),
        embed_text=payload.get("embed_text") or "",
        ocr_confidence=payload.get("ocr_confidence"),
    )


def filter_conditions(flt: SearchFilter | None) -> list[Condition]:
    """The conditions (all must hold) a SearchFilter stands for; empty fields add none."""
    if flt is None:
        return []
    conditions: list[Condition] = [
        AnyOf(key, values)
        for key, values in (
            ("department", flt.departments),
            ("doc_type", flt.doc_types),
            ("tags", flt.tags),
            ("document_id", flt.document_ids),
        )
        if values
    ]
    if flt.date_from or flt.date_to:
        low = date_key(flt.date_from) if flt.date_from else None
        high = date_key(flt.date_to) if flt.date_to else None
        conditions.append(Between("date", low, high))
    if flt.access_groups is not None:
        conditions.append(AnyOf("access", (PUBLIC, *flt.access_groups)))
    return conditions


def search_plan(query: StoreQuery) -> SearchPlan:
    """Which vectors a query can really use: a sparse query without terms falls back to dense."""
    has_dense = query.dense is not None and len(query.dense) > 0
    has_sparse = query.sparse is not None and len(query.sparse.indices) > 0
    if query.mode == "dense" or (query.mode == "hybrid" and not has_sparse):
        return "dense" if has_dense else "none"
    if query.mode == "sparse" or not has_dense:
        return "sparse" if has_sparse else "none"
    return "hybrid"


def check_query_dim(query: StoreQuery, plan: SearchPlan, dim: int) -> None:
    """A dense query of the wrong size is the caller's bug: say so before the backend does."""
    if query.dense is not None and plan in ("hybrid", "dense") and len(query.dense) != dim:
        raise StoreError("query_dim_mismatch", dim=len(query.dense), index_dim=dim)


def check_item_dim(item: IndexedChunk, dim: int) -> None:
    if len(item.dense) != dim:
        raise StoreError(
            "chunk_dim_mismatch", chunk_id=item.chunk.id, dim=len(item.dense), index_dim=dim
        )


def batched(items: Sequence[T], size: int = UPSERT_BATCH) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
