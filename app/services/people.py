"""People whose knowledge matters and the knowledge areas they hold, one transaction each.

Who may see a person: hr and admins (who also change them), the person's own account, and the
account of their successor (read only). Everyone else is told the person does not exist (404).

>>> person = create_person(session, hr, PersonFields("Erika Muster", "Kämmerei", exit_date=...))
>>> area = add_area(session, hr, person.id, AreaFields("Jahresabschluss", 5, 5, 1))
>>> set_area_documents(session, hr, area.id, ["3f2a9c0d…"])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app.db.capture_models import (
    Interview,
    InterviewAnswer,
    InterviewQuestion,
    KnowledgeArea,
    Person,
    answer_areas,
)
from app.db.models import DocumentRecord, User, utcnow
from app.services import audit
from app.services.access import can_see
from app.services.auth import Caller
from search.errors import Conflict, InvalidRequest, NotFound

PERSON_FIELDS = frozenset(
    {"name", "department", "role", "exit_date", "successor_id", "contact", "user_id", "username"}
)
AREA_FIELDS = frozenset({"name", "description", "criticality", "uniqueness", "documented"})
SCALES = ("criticality", "uniqueness", "documented")


@dataclass(frozen=True)
class PersonFields:
    """A new person; `user_id` or `username` links the account they log in with."""

    name: str
    department: str | None = None
    role: str = ""
    exit_date: date | None = None
    successor_id: int | None = None
    contact: str = ""
    user_id: int | None = None
    username: str | None = None


@dataclass(frozen=True)
class AreaFields:
    """A knowledge area: 1-5 how critical, how unique (5 = nobody else), how documented."""

    name: str
    criticality: int
    uniqueness: int
    documented: int
    description: str = ""


def is_manager(caller: Caller) -> bool:
    """hr and admins manage people, guides and interviews."""
    return caller.role in ("hr", "admin")


def relation(caller: Caller, person: Person) -> str | None:
    """How the caller stands to `person`: "manager", "self", "successor" or None (a stranger)."""
    if is_manager(caller):
        return "manager"
    if person.user_id is not None and person.user_id == caller.id:
        return "self"
    successor = person.successor
    if successor is not None and successor.user_id is not None and successor.user_id == caller.id:
        return "successor"
    return None


def visible_person(session: Session, caller: Caller, person_id: int) -> Person:
    """The person if the caller may see them; otherwise, as if unknown, `person_not_found`."""
    person = session.get(Person, person_id)
    if person is None or relation(caller, person) is None:
        raise NotFound("person_not_found", id=person_id)
    return person


def managed_person(session: Session, caller: Caller, person_id: int) -> Person:
    """The person for a change: 404 for strangers, 403 for who only sees them, hr passes."""
    person = visible_person(session, caller, person_id)
    caller.require("hr")
    return person


def list_people(session: Session, caller: Caller, department: str | None = None) -> list[Person]:
    """Everyone for hr; for anyone else the people they are or succeed."""
    query = select(Person).order_by(Person.name, Person.id)
    if department:
        query = query.where(Person.department == department)
    if not is_manager(caller):
        successor = aliased(Person)
        query = query.outerjoin(successor, Person.successor_id == successor.id).where(
            or_(Person.user_id == caller.id, successor.user_id == caller.id)
        )
    return list(session.scalars(query))


def _text(
    values: dict[str, Any], name: str, required: bool = False, nullable: bool = False
) -> None:
    """Strip a text field that is being set; null means empty (or None where the column may)."""
    if name not in values:
        return
    value = str(values[name] or "").strip()
    if required and not value:
        raise InvalidRequest("capture_field_empty", field=name)
    values[name] = value or (None if nullable else "")


def _account(session: Session, values: dict[str, Any], person_id: int | None) -> None:
    """`username` (or `user_id`) as the linked account's id; one account links one person."""
    username = values.pop("username", None)
    if username:
        values["user_id"] = session.scalar(select(User.id).where(User.username == username))
        if values["user_id"] is None:
            raise InvalidRequest("person_user_unknown", field="username", user=username)
    user_id = values.get("user_id")
    if user_id is None:
        return
    if session.get(User, user_id) is None:
        raise InvalidRequest("person_user_unknown", field="user_id", user=user_id)
    other = session.scalar(select(Person).where(Person.user_id == user_id, Person.id != person_id))
    if other is not None:
        raise Conflict("person_user_taken", user=username or user_id, person=other.name)


def _successor(session: Session, values: dict[str, Any], person_id: int | None) -> None:
    successor_id = values.get("successor_id")
    if successor_id is None:
        return
    if successor_id == person_id:
        raise InvalidRequest("person_successor_self", field="successor_id")
    if session.get(Person, successor_id) is None:
        raise InvalidRequest("person_successor_unknown", field="successor_id", id=successor_id)


def _person_values(
    session: Session, values: dict[str, Any], person_id: int | None
) -> dict[str, Any]:
    _text(values, "name", required=True)
    for name in ("role", "contact"):
        _text(values, name)
    _text(values, "department", nullable=True)
    _account(session, values, person_id)
    _successor(session, values, person_id)
    return values


def _logged(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}


def create_person(session: Session, caller: Caller, fields: PersonFields) -> Person:
    caller.require("hr")
    values = _person_values(session, asdict(fields), None)
    person = Person(**values)
    session.add(person)
    session.flush()
    audit.record(session, caller, "person_created", f"person:{person.id}", _logged(values))
    return person


def update_person(
    session: Session, caller: Caller, person_id: int, changes: Mapping[str, Any]
) -> Person:
    """Change the given fields only (`changes` holds what the request set, None clears)."""
    person = managed_person(session, caller, person_id)
    values = _person_values(
        session, {k: v for k, v in changes.items() if k in PERSON_FIELDS}, person_id
    )
    for name, value in values.items():
        setattr(person, name, value)
    person.updated_at = utcnow()
    session.flush()
    audit.record(session, caller, "person_changed", f"person:{person.id}", _logged(values))
    return person


def _area_values(values: dict[str, Any]) -> dict[str, Any]:
    _text(values, "name", required=True)
    _text(values, "description")
    for name in SCALES:
        if name in values and not (isinstance(values[name], int) and 1 <= values[name] <= 5):
            raise InvalidRequest("risk_scale_invalid", field=name, value=values[name])
    return values


def add_area(session: Session, caller: Caller, person_id: int, fields: AreaFields) -> KnowledgeArea:
    person = managed_person(session, caller, person_id)
    values = _area_values(asdict(fields))
    area = KnowledgeArea(person=person, **values)
    session.add(area)
    session.flush()
    audit.record(
        session, caller, "area_created", f"area:{area.id}", {"person": person.id, **values}
    )
    return area


def managed_area(session: Session, caller: Caller, area_id: int) -> KnowledgeArea:
    """The area for a change: as its person (404 for strangers, 403 for who only sees it)."""
    area = session.get(KnowledgeArea, area_id)
    if area is None or relation(caller, area.person) is None:
        raise NotFound("area_not_found", id=area_id)
    caller.require("hr")
    return area


def update_area(
    session: Session, caller: Caller, area_id: int, changes: Mapping[str, Any]
) -> KnowledgeArea:
    area = managed_area(session, caller, area_id)
    values = _area_values({k: v for k, v in changes.items() if k in AREA_FIELDS})
    for name, value in values.items():
        setattr(area, name, value)
    area.updated_at = utcnow()
    audit.record(session, caller, "area_changed", f"area:{area.id}", values)
    return area


def delete_area(session: Session, caller: Caller, area_id: int) -> None:
    area = managed_area(session, caller, area_id)
    audit.record(session, caller, "area_deleted", f"area:{area.id}", {"name": area.name})
    session.delete(area)
    session.flush()


def set_area_documents(
    session: Session, caller: Caller, area_id: int, document_ids: Sequence[str]
) -> KnowledgeArea:
    """Link exactly these documents (all must be visible to the caller); links to documents the
    caller cannot see stay, so one hr clerk cannot undo what another with other groups linked."""
    area = managed_area(session, caller, area_id)
    wanted = list(dict.fromkeys(document_ids))
    found = {
        row.id: row
        for row in session.scalars(select(DocumentRecord).where(DocumentRecord.id.in_(wanted)))
        if can_see(caller, row.access_groups)
    }
    missing = [d for d in wanted if d not in found]
    if missing:
        raise InvalidRequest("area_documents_unknown", field="document_ids", ids=", ".join(missing))
    hidden = [d for d in area.documents if not can_see(caller, d.access_groups)]
    area.documents = [*hidden, *(found[d] for d in wanted)]
    area.updated_at = utcnow()
    audit.record(session, caller, "area_documents_set", f"area:{area.id}", {"documents": wanted})
    return area


def visible_documents(caller: Caller, area: KnowledgeArea) -> list[DocumentRecord]:
    """The area's documents the caller may see (titles of the others are not theirs to read)."""
    return [d for d in area.documents if can_see(caller, d.access_groups)]


@dataclass(frozen=True)
class AnswerRef:
    """An interview answer tagged with a knowledge area."""

    interview_id: int
    answer_id: int
    question: str
    status: str


def area_answers(session: Session, caller: Caller, person: Person) -> dict[int, list[AnswerRef]]:
    """Per area of `person`, the interview answers (with text) tagged with it; the successor
    learns only of published ones (the others' interviews are not theirs to know of)."""
    query = (
        select(
            answer_areas.c.area_id,
            InterviewAnswer.interview_id,
            InterviewAnswer.id,
            InterviewQuestion.text,
            Interview.status,
        )
        .join(InterviewAnswer, InterviewAnswer.id == answer_areas.c.answer_id)
        .join(InterviewQuestion, InterviewQuestion.id == InterviewAnswer.question_id)
        .join(Interview, Interview.id == InterviewAnswer.interview_id)
        .where(Interview.person_id == person.id, InterviewAnswer.text != "")
        .order_by(InterviewAnswer.id)
    )
    if relation(caller, person) not in ("manager", "self"):
        query = query.where(Interview.status == "veröffentlicht")
    found: dict[int, list[AnswerRef]] = {}
    for area_id, interview_id, answer_id, question, status in session.execute(query):
        found.setdefault(area_id, []).append(AnswerRef(interview_id, answer_id, question, status))
    return found
