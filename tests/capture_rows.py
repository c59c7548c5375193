"""Knowledge-capture rows written straight into the database for tests (people, areas, an
interview with questions and answers), while the routes that create them are built elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.db.capture_models import (
    Guide,
    GuideVersion,
    Interview,
    InterviewAnswer,
    InterviewQuestion,
    KnowledgeArea,
    Person,
)
from app.db.models import DocumentRecord


def person(
    session: Session, name: str, department: str | None, exit_date: date | None, **fields: object
) -> Person:
    row = Person(name=name, department=department, exit_date=exit_date, **fields)
    session.add(row)
    session.flush()
    return row


def area(
    session: Session,
    holder: Person,
    name: str,
    criticality: int,
    uniqueness: int,
    documented: int,
    **fields: object,
) -> KnowledgeArea:
    row = KnowledgeArea(
        person_id=holder.id,
        name=name,
        criticality=criticality,
        uniqueness=uniqueness,
        documented=documented,
        **fields,
    )
    session.add(row)
    session.flush()
    session.refresh(holder)
    return row


def guide_version(session: Session) -> GuideVersion:
    guide = session.query(Guide).filter_by(name="Testleitfaden").one_or_none()
    if guide is None:
        guide = Guide(name="Testleitfaden")
        guide.versions.append(GuideVersion(version=1, questions=[]))
        session.add(guide)
        session.flush()
    return guide.versions[0]


def interview(
    session: Session,
    holder: Person,
    status: str,
    answers: Sequence[tuple[str, str, str, list[KnowledgeArea]]] = (),
    access_groups: list[str] | None = None,
) -> Interview:
    """An interview of `holder` in `status`; `answers` = (key, horizon, text, areas) per question."""
    row = Interview(
        person_id=holder.id,
        guide_version_id=guide_version(session).id,
        status=status,
        access_groups=access_groups or [],
    )
    session.add(row)
    session.flush()
    for position, (key, horizon, text, areas) in enumerate(answers):
        question = InterviewQuestion(
            interview_id=row.id, position=position, key=key, text=f"Frage {key}", horizon=horizon
        )
        session.add(question)
        session.flush()
        answer = InterviewAnswer(interview_id=row.id, question_id=question.id, text=text)
        answer.areas = list(areas)
        session.add(answer)
    session.flush()
    return row


def document(
    session: Session,
    document_id: str,
    title: str,
    ingested_at: datetime,
    access_groups: list[str] | None = None,
    **fields: object,
) -> DocumentRecord:
    row = DocumentRecord(
        id=document_id,
        source=f"/srv/{document_id}.md",
        title=title,
        access_groups=access_groups or [],
        ingested_at=ingested_at,
        **fields,
    )
    session.add(row)
    session.flush()
    return row
