"""Health (no login) and the audit log (index statistics: routes/documents.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import AdminUser, SessionDep
from app.api.schemas import AuditEventPublic, AuditPublic, Health
from app.services import audit

router = APIRouter(tags=["System"])


@router.get("/health", response_model=Health)
def health() -> Health:
    return Health()


@router.get("/audit", response_model=AuditPublic)
def audit_log(
    session: SessionDep,
    caller: AdminUser,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=2**31)] = 0,
) -> AuditPublic:
    events, total = audit.events(session, limit, offset)
    return AuditPublic(events=[AuditEventPublic.of(e) for e in events], total=total)
