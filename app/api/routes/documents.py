"""The document registry over HTTP: list, open, download, change, delete; index statistics.

A document the caller may not see answers 404 on every route, so its existence is not revealed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import FileResponse

from app.api.deps import AppState, CurrentUser, SessionDep, StateDep, client_address
from app.api.schemas import StatsPublic
from app.api.schemas_documents import (
    NO_NUL,
    DocumentDetail,
    DocumentPublic,
    DocumentsPublic,
    DocumentUpdate,
)
from app.services import documents, registry
from app.services.document_query import MAX_LIMIT, DocumentQuery

router = APIRouter(tags=["Dokumente"])
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]")
# ids are hashes (hex); anything else names no document
DocumentId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


@router.get("/documents", response_model=DocumentsPublic)
def list_documents(
    session: SessionDep,
    caller: CurrentUser,
    department: Annotated[str | None, Query(max_length=200, pattern=NO_NUL)] = None,
    doc_type: Annotated[str | None, Query(max_length=64, pattern=NO_NUL)] = None,
    tag: Annotated[str | None, Query(max_length=100, pattern=NO_NUL)] = None,
    q: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL, description="Title contains")
    ] = None,
    changed_since: Annotated[date | None, Query(description="YYYY-MM-DD")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> DocumentsPublic:
    query = DocumentQuery(department, doc_type, tag, q, changed_since, limit, offset)
    rows, total = documents.list_documents(session, caller, query)
    return DocumentsPublic(
        documents=[DocumentPublic.of(r) for r in rows], total=total, limit=limit, offset=offset
    )


@router.get("/documents/{document_id}", response_model=DocumentDetail)
def get_document(
    document_id: DocumentId,
    request: Request,
    state: StateDep,
    session: SessionDep,
    caller: CurrentUser,
) -> DocumentDetail:
    address = client_address(request)
    row, chunks = documents.open_document(session, state.services, caller, document_id, address)
    return DocumentDetail.of_chunks(row, chunks)


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback name and the exact name per RFC 5987 (umlauts).

    >>> content_disposition("Überstunden.pdf")
    'attachment; filename="Uberstunden.pdf"; filename*=UTF-8\\'\\'%C3%9Cberstunden.pdf'
    """
    name = filename.replace("\\", "/").rsplit("/", 1)[-1] or "original"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    fallback = _UNSAFE.sub("_", ascii_name).strip() or "original"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


@router.get(
    "/documents/{document_id}/original",
    response_class=FileResponse,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def get_original(
    document_id: DocumentId,
    request: Request,
    state: StateDep,
    session: SessionDep,
    caller: CurrentUser,
) -> FileResponse:
    original = documents.open_original(
        session, state.settings, caller, document_id, client_address(request)
    )
    headers = {
        "Content-Disposition": content_disposition(original.filename),
        "X-Content-Type-Options": "nosniff",
    }
    return FileResponse(original.path, media_type=original.media_type, headers=headers)


@router.patch("/documents/{document_id}", response_model=DocumentPublic)
def update_document(
    document_id: DocumentId,
    body: DocumentUpdate,
    request: Request,
    state: StateDep,
    session: SessionDep,
    caller: CurrentUser,
) -> DocumentPublic:
    change = documents.DocumentChange(
        body.title, body.department, body.doc_type, body.tags, body.access_groups
    )
    row = documents.update_document(
        session,
        state.services,
        state.write_lock,
        caller,
        document_id,
        change,
        client_address(request),
    )
    return DocumentPublic.of(row)


@router.delete("/documents/{document_id}", status_code=204)
def delete_document(
    document_id: DocumentId,
    request: Request,
    state: StateDep,
    session: SessionDep,
    caller: CurrentUser,
) -> Response:
    documents.delete_document(
        session, state.services, state.write_lock, caller, document_id, client_address(request)
    )
    return Response(status_code=204)


@router.get("/stats", response_model=StatsPublic)
def stats(session: SessionDep, caller: CurrentUser) -> StatsPublic:
    """What the caller may see: documents, chunks, chunks per Fachbereich and type."""
    result = documents.stats(session, caller)
    return StatsPublic(
        documents=result.documents,
        chunks=result.chunks,
        by_department=result.by_department,
        by_doc_type=result.by_doc_type,
    )


def sync_registry(state: AppState) -> None:
    """Start-up hook: rows for documents a CLI ingest added, none for ones removed meanwhile."""
    with state.write_lock, state.db.session() as session:
        registry.sync(session, state.services.manifest, state.services.store)
