"""Guides as use cases on a real (SQLite) database: the default guide is there once with the
keys and horizons the handover plan builds on, questions are checked, versions count up and a
planned interview keeps the version it was planned with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.capture_models import Guide, Person
from app.db.models import User
from app.db.session import Database
from app.services import guides
from app.services.auth import Caller
from app.services.guides import GuideQuestion
from app.services.interviews import plan_interview
from search.errors import AccessDenied, Conflict, InvalidRequest

HR = Caller(1, "personal", "hr", ())
READER = Caller(2, "leser", "reader", ())
HORIZONS = {
    "aufgaben": "monat",
    "fristen": "woche",
    "praxis": "monat",
    "faelle": "jahr",
    "ausfall": "woche",
    "nebensysteme": "monat",
    "kontakte": "woche",
    "ablage": "woche",
    "fehler": "jahr",
    "einarbeitung": "",
}


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    database = Database(f"sqlite:///{tmp_path / 'amtswissen.sqlite'}")
    database.migrate()
    with database.session() as session:
        session.add(User(id=HR.id, username=HR.username, password_hash="-", role="hr"))
        session.flush()
        yield session
    database.close()


def test_the_default_guide_is_created_once_with_the_keys_and_horizons(session: Session):
    first = guides.ensure_default_guide(session)
    second = guides.ensure_default_guide(session)
    assert first.id == second.id
    assert session.scalar(select(func.count()).select_from(Guide)) == 1
    assert first.name == "Wissensstafette – Experteninterview vor dem Ruhestand"
    assert first.is_default
    version = guides.current_version(first)
    assert version.version == 1
    assert {q["key"]: q["horizon"] for q in version.questions} == HORIZONS
    assert list(HORIZONS) == [q["key"] for q in version.questions]
    assert all("?" in q["text"] and len(q["hint"]) > 40 for q in version.questions)
    einarbeitung = version.questions[-1]
    assert all(word in einarbeitung["hint"] for word in ("Woche:", "Monat:", "Jahr:"))


@pytest.mark.parametrize(
    ("questions", "code"),
    [
        ([], "guide_questions_empty"),
        ([GuideQuestion("a", "Eins?"), GuideQuestion("a", "Zwei?")], "guide_question_key_invalid"),
        ([GuideQuestion("Leer Zeichen", "Eins?")], "guide_question_key_invalid"),
        ([GuideQuestion("a", "   ")], "guide_question_text_empty"),
        ([GuideQuestion("a", "Eins?", horizon="quartal")], "guide_horizon_invalid"),
    ],
)
def test_questions_are_checked(questions: list[GuideQuestion], code: str):
    with pytest.raises(InvalidRequest) as raised:
        guides.check_questions(questions)
    assert raised.value.code == code and raised.value.params["field"] == "questions"


def test_questions_without_a_key_get_one_by_position():
    stored = guides.check_questions([GuideQuestion("", " Eins? "), GuideQuestion("b", "Zwei?")])
    assert stored == [
        {"key": "frage-1", "text": "Eins?", "hint": "", "horizon": ""},
        {"key": "b", "text": "Zwei?", "hint": "", "horizon": ""},
    ]


def test_hr_creates_role_specific_guides_and_versions(session: Session):
    guides.ensure_default_guide(session)
    guide = guides.create_guide(
        session,
        HR,
        "Friedhof",
        [GuideQuestion("ruhefristen", "Welche Ruhefristen?")],
        for_role="Friedhofsverwaltung",
    )
    assert guide.for_role == "Friedhofsverwaltung" and not guide.is_default
    with pytest.raises(Conflict):
        guides.create_guide(session, HR, "Friedhof", [GuideQuestion("x", "X?")])
    with pytest.raises(AccessDenied):
        guides.create_guide(session, READER, "Anders", [GuideQuestion("x", "X?")])
    with pytest.raises(AccessDenied):
        guides.add_version(session, READER, guide.id, [GuideQuestion("x", "X?")], "")
    guides.add_version(session, HR, guide.id, [GuideQuestion("neu", "Neu?")], "kürzer")
    current = guides.current_version(guide)
    assert (current.version, current.note, current.created_by) == (2, "kürzer", "personal")
    assert [g.name for g in guides.list_guides(session)][0] != "Friedhof"  # default first
    with pytest.raises(InvalidRequest) as raised:
        guides.version_for(session, 999)
    assert raised.value.params["field"] == "guide_id"


def test_an_interview_keeps_the_version_it_was_planned_with(session: Session):
    person = Person(name="Erika Muster")
    session.add(person)
    session.flush()
    default = guides.ensure_default_guide(session)
    before = plan_interview(session, HR, person.id)
    guides.add_version(session, HR, default.id, [GuideQuestion("fristen", "Nur Fristen?")], "")
    after = plan_interview(session, HR, person.id)
    assert before.guide_version.version == 1 and after.guide_version.version == 2
    assert len(before.questions) == 10 and before.questions[1].key == "fristen"
    assert [q.text for q in after.questions] == ["Nur Fristen?"]
    session.expire_all()
    assert len(before.questions) == 10


def test_the_way_to_a_status_follows_the_flow():
    from app.services.interviews import path_to

    assert path_to("geplant") == ["geplant"]
    assert path_to("freigegeben") == ["geplant", "geführt", "in Prüfung", "freigegeben"]
    assert path_to("zurückgezogen")[-2:] == ["veröffentlicht", "zurückgezogen"]
    with pytest.raises(InvalidRequest):
        path_to("archiviert")
