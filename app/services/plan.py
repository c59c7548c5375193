"""The half-year plan per department ("Sicherungsplan"): which knowledge areas to capture in
which half-year (H1 = January–June, H2 = July–December), with the measure the risk calls for,
the interviews to schedule, the documents to write or review, and the progress against it.

Timing: capture must be finished in the half-year *before* the one the holder leaves in, so the
successor has time to take over; when that half-year is already past (the exit lies in the
current half-year, or has passed), the area is due now and flagged overdue. People without an
exit date are not scheduled. An area is done when it is captured (a published interview answer
is tagged with it) or documented >= 4.

>>> plan = department_plan(session, caller, today=date(2026, 12, 1), department="Kämmerei")
>>> [(h.label, len(h.items)) for h in plan.half_years]
[('2026-H2', 2), ('2027-H1', 3)]
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.db.models import DocumentRecord
from app.services import overview, reviews
from app.services.access import can_see
from app.services.auth import Caller
from app.services.overview import AreaRow, InterviewRef, PersonRow

WRITE_UP_TO = 2  # documented <= this: documents must be written
DONE_FROM = 4  # documented >= this (or captured): the area is done
SCHEDULE = ("full_interview", "targeted_interview")  # the measures that need an interview
CLOSED = ("zurückgezogen",)  # a retracted interview no longer counts as scheduled


@dataclass(frozen=True, order=True)
class HalfYear:
    year: int
    half: int  # 1 = January–June, 2 = July–December

    @classmethod
    def of(cls, day: date) -> HalfYear:
        return cls(day.year, 1 if day.month <= 6 else 2)

    @property
    def label(self) -> str:
        return f"{self.year}-H{self.half}"

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    def previous(self) -> HalfYear:
        return HalfYear(self.year, 1) if self.half == 2 else HalfYear(self.year - 1, 2)


def capture_by(exit_date: date, today: date) -> tuple[HalfYear, bool]:
    """The half-year capture must be finished in, and whether its ideal one is already past.

    >>> capture_by(date(2027, 8, 31), date(2026, 12, 1))
    (HalfYear(year=2027, half=1), False)
    >>> capture_by(date(2027, 3, 31), date(2026, 12, 1))
    (HalfYear(year=2026, half=2), False)
    >>> capture_by(date(2026, 12, 20), date(2026, 12, 1))
    (HalfYear(year=2026, half=2), True)
    """
    ideal, now = HalfYear.of(exit_date).previous(), HalfYear.of(today)
    return (now, True) if ideal < now else (ideal, False)


@dataclass(frozen=True)
class DocumentDue:
    id: str
    title: str
    due_on: date


@dataclass(frozen=True)
class PlanItem:
    """One knowledge area to capture: when, how, and what is still to do."""

    row: AreaRow
    due: HalfYear
    overdue: bool
    interview: InterviewRef | None
    schedule_interview: bool
    write_documents: bool
    review_documents: tuple[DocumentDue, ...]
    done: bool

    @property
    def late(self) -> bool:
        return self.overdue and not self.done


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    overdue: int  # late and not done

    @property
    def share(self) -> float:
        return round(self.done / self.total, 3) if self.total else 1.0


@dataclass(frozen=True)
class PlanHalf:
    half: HalfYear
    items: tuple[PlanItem, ...]

    @property
    def label(self) -> str:
        return self.half.label

    @property
    def progress(self) -> Progress:
        return progress_of(self.items)


@dataclass(frozen=True)
class Plan:
    department: str | None
    today: date
    half_years: tuple[PlanHalf, ...]

    @property
    def items(self) -> list[PlanItem]:
        return [i for h in self.half_years for i in h.items]

    @property
    def progress(self) -> Progress:
        return progress_of(self.items)

    def progress_by_department(self) -> dict[str, Progress]:
        grouped: dict[str, list[PlanItem]] = defaultdict(list)
        for item in self.items:
            grouped[overview.department_name(item.row.person)].append(item)
        return {name: progress_of(grouped[name]) for name in sorted(grouped)}


def progress_of(items: list[PlanItem] | tuple[PlanItem, ...]) -> Progress:
    return Progress(len(items), sum(i.done for i in items), sum(i.late for i in items))


def is_done(row: AreaRow) -> bool:
    return row.captured or row.area.documented >= DONE_FROM


def documents_to_review(caller: Caller, row: AreaRow, today: date) -> tuple[DocumentDue, ...]:
    """The area's linked documents (that the caller may see) overdue for review."""
    linked: list[DocumentRecord] = row.area.documents
    return tuple(
        DocumentDue(d.id, d.title, reviews.due_on(d))
        for d in linked
        if can_see(caller, d.access_groups) and reviews.review_due(d, today)
    )


def plan_item(caller: Caller, person: PersonRow, row: AreaRow, today: date) -> PlanItem:
    assert person.person.exit_date is not None
    due, overdue = capture_by(person.person.exit_date, today)
    interview = person.interview
    scheduled = interview is not None and interview.status not in CLOSED
    done = is_done(row)
    return PlanItem(
        row=row,
        due=due,
        overdue=overdue,
        interview=interview,
        schedule_interview=not done and not scheduled and row.risk.action in SCHEDULE,
        write_documents=not done and row.area.documented <= WRITE_UP_TO,
        review_documents=documents_to_review(caller, row, today),
        done=done,
    )


def department_plan(
    session: Session, caller: Caller, today: date, department: str | None = None
) -> Plan:
    """The plan of `department` (every department when None), half-year by half-year; within
    one, overdue and riskiest first."""
    caller.require("hr")
    halves: dict[HalfYear, list[PlanItem]] = defaultdict(list)
    for person in overview.person_rows(session, today, department):
        if person.person.exit_date is None:
            continue
        for row in person.areas:
            item = plan_item(caller, person, row, today)
            halves[item.due].append(item)
    return Plan(
        department,
        today,
        tuple(PlanHalf(h, tuple(sorted(halves[h], key=_item_order))) for h in sorted(halves)),
    )


def _item_order(item: PlanItem) -> tuple[bool, bool, int, str, str]:
    row = item.row
    return (not item.late, item.done, -row.risk.score, row.person.name, row.area.name)
