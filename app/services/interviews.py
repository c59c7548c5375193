"""Interviews as use cases: plan, list, open, confirm, move the status (answers: answers.py).

Who: hr and admins do everything; the expert (the account linked to the interview's person) sees
their own interviews, edits answers while editable and confirms them; everyone else is told the
interview does not exist (404). Status changes follow `TRANSITIONS` only; each is recorded with
who and when. Publishing and retracting go through `app.services.publishing`; the caller commits.

>>> interview = plan_interview(session, hr, person_id=3, guide_id=None)
>>> answers.save_answers(state, session, expert, interview.id, [AnswerEntry(q, "Bis 15.3.")])
>>> confirm(session, expert, interview.id)
>>> change_status(state, session, hr, interview.id, "in Prüfung")
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.capture_models import (
    GuideVersion,
    Interview,
    InterviewAnswer,
    InterviewQuestion,
    Person,
    StatusChange,
)
from app.db.models import Group, utcnow
from app.services import audit, guides, publishing
from app.services.auth import Caller
from app.services.people import is_manager, relation
from app.services.publishing import CaptureState
from search.errors import Conflict, InvalidRequest, NotFound

PLANNED, HELD, REVIEW, RELEASED, PUBLISHED, RETRACTED = (
    "geplant",
    "geführt",
    "in Prüfung",
    "freigegeben",
    "veröffentlicht",
    "zurückgezogen",
)
STATUSES = (PLANNED, HELD, REVIEW, RELEASED, PUBLISHED, RETRACTED)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    PLANNED: (HELD,),
    HELD: (REVIEW,),
    REVIEW: (HELD, RELEASED),
    RELEASED: (REVIEW, PUBLISHED),
    PUBLISHED: (RETRACTED,),
    RETRACTED: (REVIEW,),
}
EDITABLE = (PLANNED, HELD, REVIEW, PUBLISHED)
CONFIRMABLE = (HELD, REVIEW)
ACCESS_AT = (RELEASED, PUBLISHED)  # the statuses a request may choose access groups for


def is_expert(caller: Caller, interview: Interview) -> bool:
    return interview.person.user_id is not None and interview.person.user_id == caller.id


def visible_interview(
    session: Session, caller: Caller, interview_id: int, lock: bool = False
) -> Interview:
    """The interview for hr and its expert; for anyone else, as if unknown, 404. `lock` holds
    its row until commit (PostgreSQL), so two autosaves of one interview run one after the
    other instead of both inserting the same new answer."""
    interview = session.get(
        Interview, interview_id, with_for_update=True if lock else None, populate_existing=lock
    )
    if interview is None or relation(caller, interview.person) not in ("manager", "self"):
        raise NotFound("interview_not_found", id=interview_id)
    return interview


def path_to(status: str) -> list[str]:
    """The statuses an interview passes from "geplant" to `status` by the shortest way.

    >>> path_to("zurückgezogen")[-3:]
    ['freigegeben', 'veröffentlicht', 'zurückgezogen']
    """
    ways: dict[str, list[str]] = {PLANNED: [PLANNED]}
    queue = [PLANNED]
    while queue:
        current = queue.pop(0)
        for following in TRANSITIONS[current]:
            if following not in ways:
                ways[following] = [*ways[current], following]
                queue.append(following)
    if status not in ways:
        raise InvalidRequest("interview_status_unknown", field="status", status=status)
    return ways[status]


def new_interview(
    session: Session, person: Person, version: GuideVersion, caller: Caller
) -> Interview:
    """A planned interview of `person` with the questions of `version` copied (in the session)."""
    interview = Interview(
        person=person,
        guide_version=version,
        title=f"Experteninterview {person.name}",
        created_by=caller.id,
    )
    for position, question in enumerate(guides.questions_of(version)):
        interview.questions.append(
            InterviewQuestion(
                position=position,
                key=question.key,
                text=question.text,
                hint=question.hint,
                horizon=question.horizon,
            )
        )
    session.add(interview)
    return interview


def plan_interview(
    session: Session,
    caller: Caller,
    person_id: int,
    guide_id: int | None = None,
    title: str = "",
    scheduled_for: date | None = None,
    interviewer: str = "",
) -> Interview:
    """A planned interview with the questions of the guide's current version (default guide)."""
    caller.require("hr")
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidRequest("interview_person_unknown", field="person_id", id=person_id)
    version = guides.version_for(session, guide_id)
    interview = new_interview(session, person, version, caller)
    interview.title = title.strip() or interview.title
    interview.scheduled_for, interview.interviewer = scheduled_for, interviewer.strip()
    session.flush()
    detail = {"person": person.id, "guide_version": version.id}
    audit.record(session, caller, "interview_planned", f"interview:{interview.id}", detail)
    return interview


def list_interviews(
    session: Session, caller: Caller, person_id: int | None = None, status: str | None = None
) -> list[Interview]:
    """All interviews for hr, the caller's own for everyone else; newest first."""
    query = select(Interview).join(Person, Interview.person_id == Person.id)
    if not is_manager(caller):
        query = query.where(Person.user_id == caller.id)
    if person_id is not None:
        query = query.where(Interview.person_id == person_id)
    if status is not None:
        query = query.where(Interview.status == status)
    return list(session.scalars(query.order_by(Interview.created_at.desc(), Interview.id.desc())))


def editable_interview(
    session: Session, caller: Caller, interview_id: int, lock: bool = True
) -> Interview:
    """The interview if the caller may change its content now (409 in freigegeben and after)."""
    interview = visible_interview(session, caller, interview_id, lock)
    if interview.status not in EDITABLE:
        raise Conflict("interview_not_editable", status=interview.status, editable=list(EDITABLE))
    return interview


def clear_confirmation(interview: Interview) -> None:
    interview.confirmed_at = None
    interview.confirmed_by = ""


def filled_answers(interview: Interview) -> list[InterviewAnswer]:
    """The knowledge items with text, in question order and part order."""
    order = {q.id: q.position for q in interview.questions}
    rows = [a for a in interview.answers if a.text]
    return sorted(rows, key=lambda a: (order.get(a.question_id, 0), a.part))


def confirm(session: Session, caller: Caller, interview_id: int) -> Interview:
    """The expert confirms what was recorded (hr or an admin on their behalf, recorded so)."""
    interview = visible_interview(session, caller, interview_id, lock=True)
    if interview.status not in CONFIRMABLE:
        raise Conflict(
            "interview_confirm_invalid", status=interview.status, allowed=list(CONFIRMABLE)
        )
    if not filled_answers(interview):
        raise Conflict("interview_no_answers")
    interview.confirmed_at = utcnow()
    interview.confirmed_by = caller.username
    detail = {"on_behalf": not is_expert(caller, interview)}
    audit.record(session, caller, "interview_confirmed", f"interview:{interview.id}", detail)
    return interview


def _access_groups(session: Session, names: Sequence[str]) -> list[str]:
    wanted = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    known = set(session.scalars(select(Group.name).where(Group.name.in_(wanted))))
    missing = [n for n in wanted if n not in known]
    if missing:
        raise InvalidRequest("group_unknown", field="access", groups=", ".join(missing))
    return wanted


def _check_transition(interview: Interview, wanted: str) -> None:
    allowed = TRANSITIONS.get(interview.status, ())
    if wanted not in allowed:
        raise Conflict(
            "interview_transition_invalid",
            current=interview.status,
            wanted=wanted,
            allowed=list(allowed),
        )
    if wanted == RELEASED and interview.confirmed_at is None:
        raise Conflict("interview_not_confirmed")


def change_status(
    state: CaptureState,
    session: Session,
    caller: Caller,
    interview_id: int,
    wanted: str,
    access: Sequence[str] | None = None,
    note: str = "",
) -> Interview:
    """Move the interview one allowed step; publish on →veröffentlicht, retract on
    →zurückgezogen. `access` (release and publish only; None keeps the chosen groups)."""
    interview = visible_interview(session, caller, interview_id, lock=True)
    caller.require("hr")
    _check_transition(interview, wanted)
    if access is not None and wanted not in ACCESS_AT:
        raise InvalidRequest("interview_access_not_here", field="access", status=wanted)
    if access is not None:
        interview.access_groups = _access_groups(session, access)
    previous, interview.status, interview.updated_at = interview.status, wanted, utcnow()
    interview.changes.append(
        StatusChange(
            from_status=previous,
            to_status=wanted,
            user_id=caller.id,
            username=caller.username,
            note=note.strip(),
        )
    )
    session.flush()
    detail = {"from": previous, "to": wanted, "access": list(interview.access_groups)}
    audit.record(session, caller, "interview_status_changed", f"interview:{interview.id}", detail)
    if wanted == PUBLISHED:
        publishing.publish(state, session, interview, caller)
    elif wanted == RETRACTED:
        publishing.retract(state, session, interview, caller)
    return interview
