"""The audit log: logins, user and group changes, uploads, deletions, access changes and every
opening of a document that is not public. Written in the same transaction as the change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import AuditEvent

if TYPE_CHECKING:
    from app.services.auth import Caller


def record(
    session: Session,
    actor: Caller | None,
    action: str,
    target: str,
    detail: dict[str, Any] | None = None,
    address: str = "",
) -> None:
    session.add(
        AuditEvent(
            user_id=actor.id if actor else None,
            username=actor.username if actor else "",
            action=action,
            target=target,
            detail=detail or {},
            address=address[:64],
        )
    )


def events(session: Session, limit: int, offset: int) -> tuple[list[AuditEvent], int]:
    """The newest events first, one page, and how many there are."""
    rows = session.scalars(
        select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit).offset(offset)
    )
    total = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return list(rows), total
