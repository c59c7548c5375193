"""The document registry: one row per indexed document, mirroring the ingest manifest.

The manifest beside the store stays the record of what the store holds (it is written only after
a document's chunks are stored, so it never claims more than the store has); the registry adds
what the service knows — owner, the stored original, when and how — and is brought in line with
the manifest after every ingest and on start (`sync`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import DocumentRecord, utcnow
from ingest.manifest import Manifest
from ingest.metadata import prettify_filename
from search.protocols import Store
from search.types import DocumentMeta


@dataclass(frozen=True)
class Original:
    """An uploaded original as stored content-addressed under the data folder."""

    path: str
    filename: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Synced:
    added: int
    removed: int


def record(
    session: Session,
    document_id: str,
    source: str,
    meta: DocumentMeta,
    chunks: int,
    owner_id: int | None = None,
    original: Original | None = None,
) -> DocumentRecord:
    """Insert or update the registry row of a document just (re)indexed."""
    row = session.get(DocumentRecord, document_id)
    if row is None:
        row = DocumentRecord(id=document_id, source=source, owner_id=owner_id)
        session.add(row)
    row.source = source
    _apply_meta(row, meta)
    row.chunks = chunks
    row.ingested_at = row.updated_at = utcnow()
    if owner_id is not None and row.owner_id is None:
        row.owner_id = owner_id
    if original is not None:
        row.original_path, row.filename = original.path, original.filename
        row.sha256, row.size = original.sha256, original.size
    elif not row.filename:
        row.filename = source.replace("\\", "/").rsplit("/", 1)[-1]
    return row


def _apply_meta(row: DocumentRecord, meta: DocumentMeta) -> None:
    row.title = meta.title or prettify_filename(Path(row.source))
    row.department = meta.department
    row.doc_type = meta.doc_type
    row.author = meta.author or meta.expert
    row.tags = list(meta.tags)
    row.access_groups = list(meta.access_groups)


def first_chunk_meta(store: Store, document_id: str) -> DocumentMeta | None:
    ids = sorted(store.chunk_ids(document_id))
    chunks = store.get_chunks(ids[:1]) if ids else []
    return chunks[0].meta if chunks else None


def sync(session: Session, manifest: Manifest, store: Store) -> Synced:
    """Add rows for documents the manifest has and the registry lacks (metadata from the
    store's payload); drop rows of documents the manifest no longer has."""
    entries = {e.document_id: e for e in manifest.all()}
    rows = {r.id: r for r in session.scalars(select(DocumentRecord))}
    added = removed = 0
    for document_id, entry in entries.items():
        if document_id in rows:
            rows[document_id].chunks = entry.chunks
            continue
        meta = first_chunk_meta(store, document_id)
        if meta is not None:
            record(session, document_id, entry.source, meta, entry.chunks)
            added += 1
    for document_id, row in rows.items():
        if document_id not in entries:
            session.delete(row)
            removed += 1
    return Synced(added, removed)
