"""Health (no login), index statistics, the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import AdminUser, CurrentUser, SessionDep, StateDep
from app.api.schemas import AuditEventPublic, AuditPublic, Health, StatsPublic
from app.services import audit

router = APIRouter(tags=["System"])


@router.get("/health", response_model=Health)
def health() -> Health:
    return Health()


@router.get("/stats", response_model=StatsPublic)
def stats(state: StateDep, caller: CurrentUser) -> StatsPublic:
    result = state.services.store.stats()
    return StatsPublic(
        documents=result.documents,
        chunks=result.chunks,
        by_department=result.chunks_by_department,
        by_doc_type=result.chunks_by_doc_type,
    )


@router.get("/audit", response_model=AuditPublic)
def audit_log(
    session: SessionDep,
    caller: AdminUser,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> AuditPublic:
    events, total = audit.events(session, limit, offset)
    return AuditPublic(events=[AuditEventPublic.of(e) for e in events], total=total)
