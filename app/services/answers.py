"""Answers as knowledge items: the autosave of an interview's answers, split into parts and
tagged with the person's knowledge areas.

A PUT names questions; the parts of each named question become exactly the entries sent, the
other questions stay as they are, so an autosave of one field never loses another.

>>> split = [AnswerEntry(12, "Bis 15.3.: Meldung"), AnswerEntry(12, "Bis 30.6.", area_ids=(4,))]
>>> save_answers(state, session, expert, 7, split)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db.capture_models import Interview, InterviewAnswer, KnowledgeArea
from app.db.models import utcnow
from app.services import audit, publishing
from app.services.auth import Caller
from app.services.interviews import PUBLISHED, clear_confirmation, editable_interview
from app.services.publishing import CaptureState
from search.errors import InvalidRequest


@dataclass(frozen=True)
class AnswerEntry:
    """One knowledge item as sent: `part` None = its place among the question's entries;
    `area_ids` None = keep the areas this part had."""

    question_id: int
    text: str
    part: int | None = None
    area_ids: tuple[int, ...] | None = None


def _parts(entries: Sequence[AnswerEntry]) -> dict[int, dict[int, AnswerEntry]]:
    """The entries per question and part; a part named twice is refused."""
    by_question: dict[int, dict[int, AnswerEntry]] = {}
    for entry in entries:
        parts = by_question.setdefault(entry.question_id, {})
        part = len(parts) if entry.part is None else entry.part
        if part in parts:
            raise InvalidRequest(
                "answer_part_duplicate", field="answers", question_id=entry.question_id, part=part
            )
        parts[part] = entry
    return by_question


def _check_references(
    session: Session, interview: Interview, by_question: dict[int, dict[int, AnswerEntry]]
) -> dict[int, KnowledgeArea]:
    """Questions must be the interview's, areas its person's; the areas named, by id."""
    own = {q.id for q in interview.questions}
    unknown = sorted(set(by_question) - own)
    if unknown:
        raise InvalidRequest("interview_question_unknown", field="answers", ids=unknown)
    wanted = {a for parts in by_question.values() for e in parts.values() for a in e.area_ids or ()}
    areas = {a.id: a for a in interview.person.areas if a.id in wanted}
    foreign = sorted(wanted - set(areas))
    if foreign:
        raise InvalidRequest("interview_area_unknown", field="answers", ids=foreign)
    return areas


def _apply(
    interview: Interview,
    question_id: int,
    parts: dict[int, AnswerEntry],
    areas: dict[int, KnowledgeArea],
    who: str,
) -> tuple[bool, bool]:
    """Make the question's parts exactly `parts` (empty text removes); (text changed, any)."""
    existing = {a.part: a for a in interview.answers if a.question_id == question_id}
    text_changed = changed = False
    for part in sorted(set(existing) | set(parts)):
        row, entry = existing.get(part), parts.get(part)
        text = entry.text.strip() if entry is not None else ""
        if row is None and not text:
            continue
        if row is None:
            row = InterviewAnswer(question_id=question_id, part=part, text="")
            interview.answers.append(row)
        new_areas = (
            row.areas
            if entry is None or entry.area_ids is None
            else [areas[a] for a in dict.fromkeys(entry.area_ids)]
        )
        if not text:
            new_areas = []
        moved_text = row.text != text
        if not moved_text and [a.id for a in row.areas] == [a.id for a in new_areas]:
            continue
        text_changed, changed = text_changed or moved_text, True
        row.text, row.areas, row.updated_by, row.updated_at = text, new_areas, who, utcnow()
        if not text and row.document_id is None:
            interview.answers.remove(row)  # never published: nothing for publishing to remove
    return text_changed, changed


def save_answers(
    state: CaptureState,
    session: Session,
    caller: Caller,
    interview_id: int,
    entries: Sequence[AnswerEntry],
) -> Interview:
    """Replace the parts of each question named (the others stay: autosave loses nothing).

    An emptied part that was published keeps its row with empty text, so publishing removes
    its document. A text change after confirmation clears it (not when published: the edit is
    re-published at once)."""
    interview = editable_interview(session, caller, interview_id)
    by_question = _parts(entries)
    areas = _check_references(session, interview, by_question)
    text_changed = changed = False
    for question_id, parts in by_question.items():
        text, any_change = _apply(interview, question_id, parts, areas, caller.username)
        text_changed, changed = text_changed or text, changed or any_change
    if not changed:
        return interview
    if text_changed and interview.status != PUBLISHED:
        clear_confirmation(interview)
    interview.updated_at = utcnow()
    session.flush()
    detail = {"questions": sorted(by_question), "published": interview.status == PUBLISHED}
    audit.record(session, caller, "interview_answers_saved", f"interview:{interview.id}", detail)
    if interview.status == PUBLISHED:
        publishing.publish(state, session, interview, caller)
    return interview
