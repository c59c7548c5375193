"""Interview guides (Leitfäden) and their versions; the default guide is created on start-up.

A guide's questions live in versions: a new version never changes an interview already planned,
which copied its questions from the version it was held with.

>>> guide = ensure_default_guide(session)            # idempotent
>>> add_version(session, hr, guide.id, [GuideQuestion("fristen", "Welche Fristen …?")], "kürzer")
>>> current_version(guide).version
2
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.capture_models import Guide, GuideVersion
from app.services import audit, guide_default
from app.services.auth import Caller
from search.errors import Conflict, InvalidRequest, NotFound

HORIZONS = ("", "woche", "monat", "jahr")
KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_QUESTIONS = 100


@dataclass(frozen=True)
class GuideQuestion:
    """One question of a guide version; `key` names it for the handover plan."""

    key: str
    text: str
    hint: str = ""
    horizon: str = ""


def current_version(guide: Guide) -> GuideVersion:
    return guide.versions[-1]


def check_questions(questions: Sequence[GuideQuestion]) -> list[dict[str, str]]:
    """The questions as stored: stripped, keyed (`frage-3` when none is given), checked."""
    if not questions:
        raise InvalidRequest("guide_questions_empty", field="questions")
    if len(questions) > MAX_QUESTIONS:
        raise InvalidRequest("guide_questions_too_many", field="questions", limit=MAX_QUESTIONS)
    stored: list[dict[str, str]] = []
    for position, question in enumerate(questions, start=1):
        key = question.key.strip().lower() or f"frage-{position}"
        if not KEY.match(key) or any(q["key"] == key for q in stored):
            raise InvalidRequest("guide_question_key_invalid", field="questions", key=key[:80])
        if not question.text.strip():
            raise InvalidRequest("guide_question_text_empty", field="questions", key=key)
        if question.horizon not in HORIZONS:
            raise InvalidRequest(
                "guide_horizon_invalid", field="questions", key=key, horizon=question.horizon[:40]
            )
        stored.append(
            {
                "key": key,
                "text": question.text.strip(),
                "hint": question.hint.strip(),
                "horizon": question.horizon,
            }
        )
    return stored


def _find_default(session: Session) -> Guide | None:
    return session.scalar(select(Guide).where(Guide.is_default).order_by(Guide.id).limit(1))


def ensure_default_guide(session: Session) -> Guide:
    """The default guide, created with its first version when missing (start-up, sample load)."""
    found = _find_default(session)
    if found is not None:
        return found
    guide = Guide(name=guide_default.NAME, description=guide_default.DESCRIPTION, is_default=True)
    guide.versions.append(
        GuideVersion(
            version=1,
            questions=[dict(q) for q in guide_default.QUESTIONS],
            note=guide_default.NOTE,
            created_by="system",
        )
    )
    try:
        with session.begin_nested():  # another process may create it at the same moment
            session.add(guide)
    except IntegrityError:
        pass
    return _find_default(session) or guide


default_guide = ensure_default_guide  # the default guide, there whenever it is asked for


def list_guides(session: Session) -> list[Guide]:
    """The default guide first, then the others by name."""
    return list(session.scalars(select(Guide).order_by(Guide.is_default.desc(), Guide.name)))


def get_guide(session: Session, guide_id: int) -> Guide:
    guide = session.get(Guide, guide_id)
    if guide is None:
        raise NotFound("guide_not_found", id=guide_id)
    return guide


def create_guide(
    session: Session,
    caller: Caller,
    name: str,
    questions: Sequence[GuideQuestion],
    description: str = "",
    for_role: str = "",
    note: str = "",
) -> Guide:
    """A new (for example role-specific) guide with its first version."""
    caller.require("hr")
    name = name.strip()
    if not name:
        raise InvalidRequest("capture_field_empty", field="name")
    if session.scalar(select(Guide.id).where(Guide.name == name)):
        raise Conflict("guide_exists", name=name)
    stored = check_questions(questions)
    guide = Guide(name=name, description=description.strip(), for_role=for_role.strip())
    guide.versions.append(
        GuideVersion(version=1, questions=stored, note=note.strip(), created_by=caller.username)
    )
    session.add(guide)
    session.flush()
    audit.record(session, caller, "guide_created", f"guide:{guide.id}", {"name": name})
    return guide


def add_version(
    session: Session, caller: Caller, guide_id: int, questions: Sequence[GuideQuestion], note: str
) -> Guide:
    """The guide's next version; interviews planned with an earlier one keep theirs."""
    caller.require("hr")
    guide = get_guide(session, guide_id)
    stored = check_questions(questions)
    number = current_version(guide).version + 1
    guide.versions.append(
        GuideVersion(
            version=number, questions=stored, note=note.strip(), created_by=caller.username
        )
    )
    session.flush()
    audit.record(session, caller, "guide_version_added", f"guide:{guide.id}", {"version": number})
    return guide


def version_for(session: Session, guide_id: int | None) -> GuideVersion:
    """The current version of the guide named, or of the default guide."""
    if guide_id is None:
        return current_version(ensure_default_guide(session))
    guide = session.get(Guide, guide_id)
    if guide is None:
        raise InvalidRequest("guide_unknown", field="guide_id", id=guide_id)
    return current_version(guide)


def questions_of(version: GuideVersion) -> list[GuideQuestion]:
    return [
        GuideQuestion(**{k: str(q.get(k, "")) for k in asdict(GuideQuestion("", ""))})
        for q in version.questions
    ]
