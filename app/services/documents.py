"""Documents as use cases, one transaction each: list, open, download, change, delete, count.

Visibility is the one access rule (`app.services.access`), applied inside the SQL query for lists
and counts. A document the caller may not see does not exist for them (404, never 403). Changes
and deletions touch the store, the manifest and the registry under the app's write lock, the
store first: a failure after it leaves the manifest and store as the truth that `registry.sync`
brings the registry back to.

>>> page, total = list_documents(session, caller, DocumentQuery(department="Personalamt"))
>>> delete_document(session, services, lock, caller, page[0].id)
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.compose import Services
from app.db.models import DocumentRecord, utcnow
from app.services import audit
from app.services.access import can_edit, can_see
from app.services.auth import Caller
from app.services.document_query import DocumentQuery, query_conditions, visible_to
from app.services.published_files import interview_of
from app.services.registry import first_chunk_meta
from app.services.users import find_groups
from app.settings import Settings
from ingest.metadata import FIELD_ALIASES
from search.errors import AccessDenied, Conflict, InvalidRequest, NotFound
from search.types import Chunk, DocumentMeta

Lock = AbstractContextManager[Any]


@dataclass(frozen=True)
class DocumentChange:
    """What a PATCH changes; None leaves a field as it is."""

    title: str | None = None
    department: str | None = None
    doc_type: str | None = None
    tags: Sequence[str] | None = None
    access_groups: Sequence[str] | None = None


@dataclass(frozen=True)
class Stats:
    documents: int
    chunks: int
    by_department: dict[str, int]  # chunks per Fachbereich, as the CLI counts them
    by_doc_type: dict[str, int]


@dataclass(frozen=True)
class OriginalFile:
    path: Path
    filename: str
    media_type: str


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def list_documents(
    session: Session, caller: Caller, query: DocumentQuery
) -> tuple[list[DocumentRecord], int]:
    """One page of the documents the caller may see, newest change first, and how many match."""
    where = [visible_to(caller, _dialect(session)), *query_conditions(query, _dialect(session))]
    total = session.scalar(select(func.count()).select_from(DocumentRecord).where(*where)) or 0
    rows = session.scalars(
        select(DocumentRecord)
        .where(*where)
        .order_by(DocumentRecord.updated_at.desc(), DocumentRecord.id)
        .limit(query.limit)
        .offset(query.offset)
    )
    return list(rows), total


def stats(session: Session, caller: Caller) -> Stats:
    """Documents and chunks the caller may see, in total and per Fachbereich and type."""
    visible = visible_to(caller, _dialect(session))
    documents, chunks = session.execute(
        select(func.count(), func.coalesce(func.sum(DocumentRecord.chunks), 0)).where(visible)
    ).one()
    return Stats(
        documents,
        int(chunks),
        _chunks_by(session, DocumentRecord.department, visible),
        _chunks_by(session, DocumentRecord.doc_type, visible),
    )


def _chunks_by(session: Session, column: Any, visible: Any) -> dict[str, int]:
    rows = session.execute(
        select(column, func.sum(DocumentRecord.chunks))
        .where(visible, column.is_not(None))
        .group_by(column)
    )
    return {str(key): int(count) for key, count in rows}


def visible_document(session: Session, caller: Caller, document_id: str) -> DocumentRecord:
    """The document if the caller may see it; otherwise, as if unknown, `document_not_found`."""
    row = session.get(DocumentRecord, document_id)
    if row is None or not can_see(caller, row.access_groups):
        raise NotFound("document_not_found", id=document_id)
    return row


def _audit_opening(
    session: Session, caller: Caller, row: DocumentRecord, view: str, address: str
) -> None:
    if row.access_groups:  # every opening of a document that is not public
        detail = {"title": row.title, "view": view, "access_groups": list(row.access_groups)}
        audit.record(session, caller, "document_opened", f"document:{row.id}", detail, address)


def open_document(
    session: Session, services: Services, caller: Caller, document_id: str, address: str = ""
) -> tuple[DocumentRecord, list[Chunk]]:
    """The document's registry entry and its chunks in reading order."""
    row = visible_document(session, caller, document_id)
    store = services.store
    chunks = sorted(store.get_chunks(sorted(store.chunk_ids(row.id))), key=lambda c: c.position)
    _audit_opening(session, caller, row, "chunks", address)
    return row, chunks


def original_path(settings: Settings, row: DocumentRecord) -> Path | None:
    """The stored original (under the data folder), else the indexed file if it still exists."""
    if row.original_path:
        path = Path(row.original_path)
        path = path if path.is_absolute() else settings.data_dir / path
        inside = path.resolve().is_relative_to(settings.data_dir.resolve())
        return path if inside and path.is_file() else None
    source = Path(row.source)
    return source if source.is_absolute() and source.is_file() else None


def open_original(
    session: Session, settings: Settings, caller: Caller, document_id: str, address: str = ""
) -> OriginalFile:
    row = visible_document(session, caller, document_id)
    path = original_path(settings, row)
    if path is None:
        raise NotFound("original_missing", id=document_id)
    _audit_opening(session, caller, row, "original", address)
    filename = row.filename or path.name
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return OriginalFile(path, filename, media_type)


def _editable(
    session: Session, caller: Caller, document_id: str, unseen_admin: bool = False
) -> DocumentRecord:
    """The document if the caller may change it: 404 when they cannot see it (an admin may
    delete what they cannot see: `unseen_admin`), 403 when they see it but may not edit."""
    row = session.get(DocumentRecord, document_id)
    seen = row is not None and can_see(caller, row.access_groups)
    if row is None or not (seen or (unseen_admin and caller.is_admin)):
        raise NotFound("document_not_found", id=document_id)
    if not can_edit(caller, row.access_groups, row.owner_id):
        raise AccessDenied("document_edit_denied", id=document_id, role=caller.role)
    return row


def _not_from_an_interview(settings: Settings, row: DocumentRecord) -> None:
    """A published interview answer or transcript changes with its interview (edit, retract):
    its access groups are the ones chosen at release, and a re-publish would not undo a
    change made here."""
    interview = interview_of(settings, row.source)
    if interview is not None:
        raise Conflict("document_from_interview", id=row.id, interview=interview)


def _fields(session: Session, change: DocumentChange) -> dict[str, Any]:
    """The change as normalised DocumentMeta fields (groups must exist)."""
    fields: dict[str, Any] = {}
    for name in ("title", "department"):
        value = getattr(change, name)
        if value is not None:
            if not value.strip():
                raise InvalidRequest("document_field_empty", field=name)
            fields[name] = value.strip()
    if change.doc_type is not None:
        if not change.doc_type.strip():
            raise InvalidRequest("document_field_empty", field="doc_type")
        fields["doc_type"] = change.doc_type.strip().lower()
    if change.tags is not None:
        fields["tags"] = tuple(dict.fromkeys(t.strip() for t in change.tags if t.strip()))
    if change.access_groups is not None:
        groups = find_groups(session, change.access_groups)
        fields["access_groups"] = tuple(g.name for g in groups)
    return fields


def _overrides(old: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """The manifest entry's overrides with `fields` in place of any alias of the same field."""
    kept = {k: v for k, v in old.items() if FIELD_ALIASES.get(str(k).lower()) not in fields}
    return {**kept, **{k: list(v) if isinstance(v, tuple) else v for k, v in fields.items()}}


def _rewrite_manifest(services: Services, source: str, fields: dict[str, Any]) -> None:
    entry = services.manifest.get(source)
    if entry is not None:  # a later re-index applies the new metadata again
        overrides = _overrides(dict(entry.overrides), fields)
        services.manifest.record(replace(entry, overrides=overrides))


def _apply_row(row: DocumentRecord, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        setattr(row, name, list(value) if isinstance(value, tuple) else value)
    row.updated_at = utcnow()


def update_document(
    session: Session,
    services: Services,
    lock: Lock,
    caller: Caller,
    document_id: str,
    change: DocumentChange,
    address: str = "",
) -> DocumentRecord:
    """Change metadata and access groups in the registry, on every chunk and in the manifest."""
    with lock:
        row = _editable(session, caller, document_id)
        _not_from_an_interview(services.settings, row)
        fields = _fields(session, change)
        if fields:
            meta = first_chunk_meta(services.store, row.id) or DocumentMeta()
            services.store.set_document_meta(row.id, replace(meta, **fields))
            _rewrite_manifest(services, row.source, fields)
            _audit_change(session, caller, row, fields, address)
            _apply_row(row, fields)
        session.commit()
    return row


def _audit_change(
    session: Session, caller: Caller, row: DocumentRecord, fields: dict[str, Any], address: str
) -> None:
    target = f"document:{row.id}"
    groups = fields.get("access_groups")
    if groups is not None and list(groups) != list(row.access_groups):
        detail = {"title": row.title, "old": list(row.access_groups), "new": list(groups)}
        audit.record(session, caller, "access_changed", target, detail, address)
    other = {k: list(v) if isinstance(v, tuple) else v for k, v in fields.items()}
    other.pop("access_groups", None)
    if other:
        audit.record(session, caller, "document_changed", target, other, address)


def delete_document(
    session: Session,
    services: Services,
    lock: Lock,
    caller: Caller,
    document_id: str,
    address: str = "",
) -> None:
    """Remove the chunks (the next search cannot find them), the manifest entry, the stored
    original and the registry entry; the audit log names who."""
    with lock:
        row = _editable(session, caller, document_id, unseen_admin=True)
        _not_from_an_interview(services.settings, row)
        services.store.delete_documents([row.id])
        services.manifest.remove(row.source)
        _remove_original(session, services.settings, row)
        detail = {"title": row.title, "source": row.source, "by": caller.username}
        audit.record(session, caller, "document_deleted", f"document:{row.id}", detail, address)
        session.delete(row)
        session.commit()


def _remove_original(session: Session, settings: Settings, row: DocumentRecord) -> None:
    """Delete the stored original if it lives in the originals folder (never a share's file)
    and no other document was stored from the same bytes."""
    if not row.original_path:
        return
    path = Path(row.original_path)
    path = (path if path.is_absolute() else settings.data_dir / path).resolve()
    if not path.is_relative_to(settings.originals_path.resolve()):
        return
    shared = session.scalar(
        select(func.count()).where(
            DocumentRecord.original_path == row.original_path, DocumentRecord.id != row.id
        )
    )
    if not shared:
        path.unlink(missing_ok=True)
