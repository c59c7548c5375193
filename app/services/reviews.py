"""Knowledge stays true ("Stand prüfen"): every document — published interview answers are
documents too — has an owner and a review interval; it is overdue when
`(reviewed_at or ingested_at) + review_months < today`. Owners see their overdue items, HR and
admins all of them; marking one reviewed restarts its interval. When an owner leaves (the exit
date passed, or `leave`), their documents pass to their successor's user, once, audited.

>>> review_due(row, today=date(2027, 3, 1))   # ingested 2026-01-15, every 12 months
True
>>> hand_over_departed(session, today=date(2027, 3, 1))
[HandedOver(person_id=3, from_user=7, to_user=9, documents=4)]
"""

from __future__ import annotations

import calendar
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.capture_models import Person
from app.db.models import DocumentRecord, utcnow
from app.services import audit
from app.services.access import can_edit, can_see
from app.services.auth import Caller
from search.errors import AccessDenied, NotFound


def add_months(day: date, months: int) -> date:
    """`day` shifted by `months`, the day clamped to the month's length.

    >>> add_months(date(2026, 1, 31), 1), add_months(date(2026, 11, 15), 14)
    (datetime.date(2026, 2, 28), datetime.date(2028, 1, 15))
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def due_on(row: DocumentRecord) -> date:
    """The day the document's content should have been checked again by."""
    since = row.reviewed_at or row.ingested_at
    return add_months(since.date(), row.review_months)


def review_due(row: DocumentRecord, today: date) -> bool:
    return due_on(row) < today


def due_dates(session: Session, document_ids: Iterable[str]) -> dict[str, date]:
    """The day each of `document_ids` falls due (one query for four columns; unknown ids are
    left out)."""
    ids = sorted(set(document_ids))
    if not ids:
        return {}
    columns = (
        DocumentRecord.id,
        DocumentRecord.reviewed_at,
        DocumentRecord.ingested_at,
        DocumentRecord.review_months,
    )
    rows = session.execute(select(*columns).where(DocumentRecord.id.in_(ids)))
    return {
        id_: add_months((reviewed or ingested).date(), months)
        for id_, reviewed, ingested, months in rows
    }


class DueDates:
    """Due days of documents for the `review_due` flag of search hits, read from the registry at
    most once per `seconds` per document: the registry read per search cost a quarter of the
    service's throughput under load (20 clients: 93 -> 134 searches/s without it, 2026-12-02).
    Days are kept, not flags, so a document falls due at midnight without a read. Changes made
    here (`forget` after the commit of a review) hold at once; made elsewhere (a re-ingest by the
    job runner, another API process), after at most `seconds` (setting review_cache_seconds;
    0 reads on every search)."""

    def __init__(
        self,
        seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        max_entries: int = 50_000,
    ) -> None:
        self.seconds = seconds
        self.clock = clock
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._days: dict[str, tuple[date | None, float]] = {}  # id -> (due day, read at)

    def due(self, session: Session, document_ids: Iterable[str], today: date) -> set[str]:
        """Which of `document_ids` are overdue (unknown ids are not); one query for those not
        read within `seconds`, none when all were."""
        now = self.clock()
        wanted = set(document_ids)
        with self._lock:
            known = {
                i: found[0]
                for i in wanted
                if (found := self._days.get(i)) is not None and now - found[1] < self.seconds
            }
        missing = wanted - known.keys()
        if missing:
            read = due_dates(session, missing)
            fresh = {i: read.get(i) for i in missing}
            with self._lock:
                if len(self._days) + len(fresh) > self.max_entries:
                    self._days.clear()
                self._days.update((i, (day, now)) for i, day in fresh.items())
            known.update(fresh)
        return {i for i, day in known.items() if day is not None and day < today}

    def forget(self, document_id: str) -> None:
        with self._lock:
            self._days.pop(document_id, None)


def overdue(
    session: Session, caller: Caller, today: date, owner_id: int | None = None
) -> list[DocumentRecord]:
    """The caller's own overdue documents; HR and admins: every overdue one they may see,
    or those of `owner_id`. Longest overdue first."""
    if caller.role not in ("hr", "admin"):
        owner_id = caller.id
    query = select(DocumentRecord).options(selectinload(DocumentRecord.owner))
    if owner_id is not None:
        query = query.where(DocumentRecord.owner_id == owner_id)
    rows = [
        row
        for row in session.scalars(query)
        if review_due(row, today)
        and (row.owner_id == caller.id or can_see(caller, row.access_groups))
    ]
    return sorted(rows, key=lambda r: (due_on(r), r.title, r.id))


def may_review(caller: Caller, row: DocumentRecord) -> bool:
    """Its owner, editors who may change it, HR and admins."""
    if row.owner_id == caller.id or caller.role in ("hr", "admin"):
        return True
    return can_edit(caller, row.access_groups, row.owner_id)


def mark_reviewed(
    session: Session,
    caller: Caller,
    document_id: str,
    review_months: int | None = None,
    address: str = "",
) -> DocumentRecord:
    """The content is checked and still true: the interval starts again (optionally a new one).
    A document the caller may not see is 404, one they see but may not review 403."""
    row = session.get(DocumentRecord, document_id)
    if row is None or not (row.owner_id == caller.id or can_see(caller, row.access_groups)):
        raise NotFound("document_not_found", id=document_id)
    if not may_review(caller, row):
        raise AccessDenied("document_review_denied", id=document_id, role=caller.role)
    row.reviewed_at = utcnow()
    if review_months is not None:
        row.review_months = review_months
    detail = {"title": row.title, "review_months": row.review_months}
    audit.record(session, caller, "document_reviewed", f"document:{row.id}", detail, address)
    session.flush()
    return row


@dataclass(frozen=True)
class HandedOver:
    person_id: int
    from_user: int
    to_user: int
    documents: int


def successor_user(person: Person, today: date) -> int | None:
    """The account of the person's successor (the first one still there, if theirs left too)."""
    seen = {person.id}
    current = person.successor
    while current is not None and current.id not in seen:
        gone = current.exit_date is not None and current.exit_date < today
        if current.user_id is not None and not gone:
            return current.user_id
        seen.add(current.id)
        current = current.successor
    return None


def hand_over(
    session: Session, person: Person, today: date, actor: Caller | None = None, address: str = ""
) -> HandedOver | None:
    """Pass a departed person's documents to their successor's user, once. Nothing happens
    (and it is tried again later) while the person has no account or the successor none."""
    to_user = successor_user(person, today)
    if person.handed_over_at is not None or person.user_id is None or to_user is None:
        return None
    rows = list(
        session.scalars(select(DocumentRecord).where(DocumentRecord.owner_id == person.user_id))
    )
    for row in rows:
        row.owner_id = to_user
    person.handed_over_at = utcnow()
    detail = {"person": person.name, "from_user": person.user_id, "to_user": to_user}
    detail["documents"] = [r.id for r in rows]
    audit.record(session, actor, "documents_handed_over", f"person:{person.id}", detail, address)
    return HandedOver(person.id, person.user_id, to_user, len(rows))


def hand_over_departed(session: Session, today: date) -> list[HandedOver]:
    """Every person whose exit date has passed and whose documents are not yet passed on."""
    query = select(Person).where(
        Person.exit_date.is_not(None), Person.exit_date < today, Person.handed_over_at.is_(None)
    )
    done = [hand_over(session, p, today) for p in session.scalars(query.order_by(Person.exit_date))]
    session.flush()
    return [d for d in done if d is not None]


def leave(
    session: Session, caller: Caller, person_id: int, today: date, address: str = ""
) -> tuple[Person, HandedOver | None]:
    """HR records that someone has left today (an exit date still ahead moves to today) and
    their documents pass to the successor's user."""
    caller.require("hr")
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person_not_found", id=person_id)
    if person.exit_date is None or person.exit_date > today:
        person.exit_date = today
    audit.record(
        session, caller, "person_left", f"person:{person.id}", {"exit_date": str(today)}, address
    )
    done = hand_over(session, person, today, caller, address)
    session.flush()
    return person, done
