"""The successor's handover plan ("Einarbeitung"), generated from the person's interviews.

Source: interviews in status "freigegeben" or "veröffentlicht" — their answers were confirmed by
the expert and passed review; planned, unreviewed and retracted interviews are left out. Each
non-empty answer (each part of a split answer) is one item in the bucket of its question's
horizon (woche | monat | jahr; none: monat). The "einarbeitung" answer is split by its lines
"Woche:", "Monat:", "Jahr:" (or "Erste Woche", "Erster Monat", "Erstes Jahr"), one item per
line; lines before the first label go to the first month. Every item links the answer (and its
published document) and the documents linked to the answer's knowledge areas, and has a stable
key (a hash of the answer id and, for "einarbeitung" lines, bucket and text) for its tick.

Visible to HR and admins, the person's own user and their successor's user (others: 404);
ticked by the successor's user, HR and admins.

>>> plan = handover_plan(session, caller, person_id=3)
>>> [(s.horizon, len(s.items)) for s in plan.sections]
[('woche', 4), ('monat', 5), ('jahr', 3)]
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.capture_models import HandoverTick, Interview, InterviewAnswer, KnowledgeArea, Person
from app.db.models import DocumentRecord
from app.services.access import can_see
from app.services.auth import Caller
from search.errors import AccessDenied, NotFound

SOURCE_STATUSES = ("freigegeben", "veröffentlicht")
HORIZONS = {"woche": "Erste Woche", "monat": "Erster Monat", "jahr": "Erstes Jahr"}
DEFAULT_HORIZON = "monat"
SPLIT_KEY = "einarbeitung"
_LABEL = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:im\s+)?(?:erste[rnms]?\s+)?(woche|monat|jahr))\s*[:\-–]\s*(.*)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s*")


@dataclass(frozen=True)
class Item:
    key: str
    horizon: str
    title: str  # the question
    text: str
    interview_id: int
    answer_id: int
    answer_document_id: str | None
    areas: tuple[KnowledgeArea, ...]
    documents: tuple[DocumentRecord, ...]
    tick: HandoverTick | None


@dataclass(frozen=True)
class Section:
    horizon: str
    items: tuple[Item, ...]

    @property
    def title(self) -> str:
        return HORIZONS[self.horizon]


@dataclass(frozen=True)
class HandoverPlan:
    person: Person
    interviews: tuple[Interview, ...]
    sections: tuple[Section, ...]

    @property
    def total(self) -> int:
        return sum(len(s.items) for s in self.sections)

    @property
    def done(self) -> int:
        return sum(i.tick is not None for s in self.sections for i in s.items)


def item_key(answer_id: int, horizon: str = "", text: str = "") -> str:
    """Stable across re-generation: an answer's key survives edits of its text; an
    "einarbeitung" line's key is that of its bucket and wording."""
    raw = f"{answer_id}\x1f{horizon}\x1f{' '.join(text.split()).casefold()}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def split_einarbeitung(text: str) -> list[tuple[str, str]]:
    """(horizon, line) for each non-empty line, by the labels before it.

    >>> split_einarbeitung("Woche: Fristenkalender lesen\\nErster Monat:\\n- Kasse abschließen")
    [('woche', 'Fristenkalender lesen'), ('monat', 'Kasse abschließen')]
    """
    horizon, out = DEFAULT_HORIZON, []
    for line in text.splitlines():
        label = _LABEL.match(line)
        if label:
            horizon, line = label.group(1).lower(), label.group(2)
        line = _BULLET.sub("", line).strip()
        if line:
            out.append((horizon, line))
    return out


def visible_person(session: Session, caller: Caller, person_id: int) -> Person:
    """The person if the caller may see their handover plan, else 404 as if unknown."""
    person = session.get(Person, person_id)
    if person is None or not may_see(caller, person):
        raise NotFound("person_not_found", id=person_id)
    return person


def is_successor(caller: Caller, person: Person) -> bool:
    return person.successor is not None and person.successor.user_id == caller.id


def may_see(caller: Caller, person: Person) -> bool:
    own = person.user_id is not None and person.user_id == caller.id
    return caller.role in ("hr", "admin") or own or is_successor(caller, person)


def source_interviews(session: Session, person: Person) -> list[Interview]:
    query = (
        select(Interview)
        .where(Interview.person_id == person.id, Interview.status.in_(SOURCE_STATUSES))
        .options(
            selectinload(Interview.answers).selectinload(InterviewAnswer.question),
            selectinload(Interview.answers)
            .selectinload(InterviewAnswer.areas)
            .selectinload(KnowledgeArea.documents),
        )
        .order_by(Interview.id)
    )
    return list(session.scalars(query))


def answer_items(caller: Caller, interview: Interview, answer: InterviewAnswer) -> list[Item]:
    if not answer.text.strip():
        return []
    question = answer.question
    areas = tuple(answer.areas)
    docs = {d.id: d for a in areas for d in a.documents if can_see(caller, d.access_groups)}
    base = (interview.id, answer.id, answer.document_id, areas, tuple(docs.values()))
    if question.key == SPLIT_KEY:
        return [
            Item(item_key(answer.id, h, line), h, HORIZONS[h], line, *base, None)
            for h, line in split_einarbeitung(answer.text)
        ]
    horizon = question.horizon if question.horizon in HORIZONS else DEFAULT_HORIZON
    return [Item(item_key(answer.id), horizon, question.text, answer.text.strip(), *base, None)]


def _ordered(answers: list[InterviewAnswer]) -> list[InterviewAnswer]:
    return sorted(answers, key=lambda a: (a.question.position, a.part, a.id))


def plan_items(caller: Caller, interviews: list[Interview]) -> list[Item]:
    items = [
        item
        for interview in interviews
        for answer in _ordered(interview.answers)
        for item in answer_items(caller, interview, answer)
    ]
    unique = {item.key: item for item in reversed(items)}  # a repeated line counts once
    return [item for item in items if unique[item.key] is item]


def ticks(session: Session, person: Person) -> dict[str, HandoverTick]:
    rows = session.scalars(select(HandoverTick).where(HandoverTick.person_id == person.id))
    return {t.key: t for t in rows}


def handover_plan(session: Session, caller: Caller, person_id: int) -> HandoverPlan:
    """The plan in three sections (first week, month, year), each item with its tick."""
    person = visible_person(session, caller, person_id)
    interviews = source_interviews(session, person)
    done = ticks(session, person)
    items = [_with_tick(i, done.get(i.key)) for i in plan_items(caller, interviews)]
    sections = tuple(Section(h, tuple(i for i in items if i.horizon == h)) for h in HORIZONS)
    return HandoverPlan(person, tuple(interviews), sections)


def _with_tick(item: Item, tick: HandoverTick | None) -> Item:
    return replace(item, tick=tick)


@dataclass(frozen=True)
class PlanRef:
    person: Person
    relation: str  # successor | self | hr
    total: int
    done: int


def visible_plans(session: Session, caller: Caller) -> list[PlanRef]:
    """The plans the caller may open, for the Einarbeitung page: of the people they succeed
    (empty while no interview is released), and, once an interview is released or published,
    their own and (HR and admins) everyone's."""
    people = session.scalars(
        select(Person).options(selectinload(Person.successor)).order_by(Person.name)
    )
    out = []
    for person in people:
        relation = _relation(caller, person)
        if relation is None:
            continue
        plan = handover_plan(session, caller, person.id)
        if relation == "successor" or plan.interviews:
            out.append(PlanRef(person, relation, plan.total, plan.done))
    return out


def _relation(caller: Caller, person: Person) -> str | None:
    if is_successor(caller, person):
        return "successor"
    if person.user_id is not None and person.user_id == caller.id:
        return "self"
    return "hr" if caller.role in ("hr", "admin") else None


def set_tick(session: Session, caller: Caller, person_id: int, key: str, done: bool) -> Item:
    """Tick (or untick) one item of the plan; only its successor's user, HR and admins."""
    plan = handover_plan(session, caller, person_id)
    if not (caller.role in ("hr", "admin") or is_successor(caller, plan.person)):
        raise AccessDenied("handover_tick_denied", id=person_id)
    item = next((i for s in plan.sections for i in s.items if i.key == key), None)
    if item is None:
        raise NotFound("handover_item_not_found", key=key)
    if done and item.tick is None:
        tick = HandoverTick(person_id=person_id, key=key, done_by=caller.username)
        session.add(tick)
        session.flush()
        return _with_tick(item, tick)
    if not done and item.tick is not None:
        session.delete(item.tick)
        session.flush()
        return _with_tick(item, None)
    return item
