"""The query log and what is learned from it: every search logged, feedback on a passage, a
question reported to the department ("Frage an die Fachabteilung weitergeben"), and the gap
analysis over the log (`app/services/gaps.py`).

Who sees which logged question. A question's wording may itself be confidential: someone in the
personnel office asks about a colleague's case, and the text could quote anything they can read.
So an entry counts for an analyst only when **every group the asker had when asking is one of
the analyst's groups** (`set(entry.groups) <= set(caller.groups)`; an asker without groups is
visible to every analyst). The analyst could then have read everything the asker could, and the
question reveals nothing beyond it. The rule holds for every role, admins included, like the
document rule in `app/services/access.py`; an entry hidden by it contributes to nothing shown —
not a variant, a count, a reason, a department or `queries_total`.

>>> result = logged_search(writer.add, services, caller, "Sonderurlaub beantragen", 5, None)
>>> report_gap(session, caller, "Sonderurlaub beantragen", ["Personalamt"], "").reported
True
>>> gap_report(session, services.sparse, analyst, days=90, low_score=0.5).queries_total
1
"""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.compose import Services
from app.db.models import Feedback, QueryLogEntry, utcnow
from app.services import access
from app.services.auth import Caller
from app.services.gaps import Analyzer, AskedQuery, Gap, find_gaps, wording_key
from app.services.search import SearchResult, search
from search.errors import NotFound
from search.protocols import Store
from search.types import Chunk, SearchFilter

REPORT_MATCH = timedelta(hours=24)  # a report marks the caller's own search of this long ago


@dataclass(frozen=True)
class GapReport:
    gaps: list[Gap]
    queries_total: int  # the visible questions of the window (after the department filter)


def filters_json(where: SearchFilter) -> dict[str, Any]:
    """The filters the caller chose, as logged (the access part is logged as `groups`)."""
    data: dict[str, Any] = {
        "departments": list(where.departments),
        "doc_types": list(where.doc_types),
        "tags": list(where.tags),
    }
    for name in ("date_from", "date_to"):
        value = getattr(where, name)
        if value is not None:
            data[name] = value.isoformat()
    return data


def logged_search(
    write_log: Callable[[QueryLogEntry], None],
    services: Services,
    caller: Caller,
    query: str,
    top_k: int | None,
    where: SearchFilter | None,
) -> SearchResult:
    """Search as `caller` (their groups go into the store's query) and log the search."""
    base = where or SearchFilter()
    started = time.perf_counter()
    result = search(services, query, top_k, access.store_filter(caller, base), hints=False)
    latency_ms = (time.perf_counter() - started) * 1000
    best = max((h.score for h in result.hits), default=None)
    write_log(
        QueryLogEntry(
            user_id=caller.id,
            query=query,
            filters=filters_json(base),
            hits=len(result.hits),
            best_score=best,
            latency_ms=latency_ms,
            groups=list(caller.groups),
            created_at=utcnow(),  # when it was asked, not when the writer thread stores it
        )
    )
    return result


def record_feedback(
    session: Session,
    store: Store,
    caller: Caller,
    chunk_id: str,
    query: str,
    helpful: bool,
    comment: str = "",
) -> Feedback:
    """Feedback on a passage the caller can see; an unknown or hidden one is 404 alike, so a
    chunk id never tells whether a hidden document exists."""
    chunk = _visible_chunk(store, caller, chunk_id)
    row = Feedback(
        user_id=caller.id,
        chunk_id=chunk.id,
        document_id=chunk.document_id,
        query=query,
        helpful=helpful,
        comment=comment,
    )
    session.add(row)
    session.flush()
    return row


def _visible_chunk(store: Store, caller: Caller, chunk_id: str) -> Chunk:
    try:
        uuid.UUID(chunk_id)  # the store's point ids; anything else would be a store error
    except ValueError:
        raise NotFound("chunk_not_found", id=chunk_id[:80]) from None
    found = store.get_chunks([chunk_id])
    if not found or not access.can_see(caller, found[0].meta.access_groups):
        raise NotFound("chunk_not_found", id=chunk_id)
    return found[0]


def report_gap(
    session: Session, caller: Caller, query: str, departments: Sequence[str], comment: str
) -> QueryLogEntry:
    """Mark the caller's latest search of this wording (within a day) as reported to
    `departments`; without one, log the report as a question that found nothing."""
    since = utcnow() - REPORT_MATCH
    recent = session.scalars(
        select(QueryLogEntry)
        .where(QueryLogEntry.user_id == caller.id, QueryLogEntry.created_at >= since)
        .order_by(QueryLogEntry.id.desc())
    )
    key = wording_key(query)
    entry = next((e for e in recent if wording_key(e.query) == key), None)
    if entry is None:
        entry = QueryLogEntry(
            user_id=caller.id,
            query=query,
            filters={},
            hits=0,
            latency_ms=0.0,
            groups=list(caller.groups),
        )
        session.add(entry)
    entry.reported = True
    entry.comment = comment
    entry.filters = {**entry.filters, "reported_to": sorted(set(departments))}
    session.flush()
    return entry


def visible_entry(caller: Caller, asker_groups: Sequence[str]) -> bool:
    """The rule of this module: every group the asker had is one of the caller's."""
    return set(asker_groups) <= set(caller.groups)


def gap_report(
    session: Session,
    analyzer: Analyzer,
    caller: Caller,
    days: int,
    low_score: float,
    department: str | None = None,
    limit: int = 50,
) -> GapReport:
    """The gaps among the questions of the last `days` the caller may see (see module doc)."""
    asked = asked_queries(session, caller, utcnow() - timedelta(days=days))
    if department:
        asked = [a for a in asked if department in a.departments]
    return GapReport(find_gaps(asked, analyzer, low_score, limit), len(asked))


def asked_queries(session: Session, caller: Caller, since: datetime) -> list[AskedQuery]:
    """The visible logged questions since `since`, flagged by not-helpful feedback."""
    entries = [
        e
        for e in session.scalars(
            select(QueryLogEntry)
            .where(QueryLogEntry.created_at >= since)
            .order_by(QueryLogEntry.created_at, QueryLogEntry.id)
        )
        if visible_entry(caller, e.groups)
    ]
    flagged = _not_helpful(session, entries, since)
    return [_asked(e, e.id in flagged) for e in entries]


def _not_helpful(session: Session, entries: Sequence[QueryLogEntry], since: datetime) -> set[int]:
    """Ids of the entries a not-helpful feedback belongs to: the same user's latest search of
    the same wording at or before the feedback."""
    by_asker: dict[tuple[int | None, str], list[QueryLogEntry]] = defaultdict(list)
    for entry in entries:
        by_asker[(entry.user_id, wording_key(entry.query))].append(entry)
    flagged: set[int] = set()
    feedback = session.scalars(
        select(Feedback).where(Feedback.helpful.is_(False), Feedback.created_at >= since)
    )
    for row in feedback:
        earlier = [
            e
            for e in by_asker.get((row.user_id, wording_key(row.query)), [])
            if e.created_at <= row.created_at
        ]
        if earlier:
            flagged.add(earlier[-1].id)
    return flagged


def _asked(entry: QueryLogEntry, not_helpful: bool) -> AskedQuery:
    filters = entry.filters or {}
    departments = filters.get("reported_to") or filters.get("departments") or []
    return AskedQuery(
        query=entry.query,
        departments=tuple(departments),
        hits=entry.hits,
        best_score=entry.best_score,
        asked_at=entry.created_at,
        not_helpful=not_helpful,
        reported=entry.reported,
    )
