"""Sample knowledge-capture data from `*.capture.yaml` files: people, knowledge areas with the
documents that cover them, and interviews in every status, published ones into the search.

`make run` loads `corpus/wissenssicherung/` after indexing the corpus, so the risk overview, the
expert directory and the half-year plan show something real on first start. Loading is
idempotent: a person already present (same name) is left as it is, with their interviews.

>>> loaded = load_samples(state, [Path("corpus/wissenssicherung")], Path("corpus"), admin)
>>> loaded.people, loaded.published
(14, 3)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.capture_models import Interview, InterviewAnswer, KnowledgeArea, Person, StatusChange
from app.db.models import DocumentRecord
from app.services import guides, interviews, publishing, registry
from app.services.auth import Caller
from ingest.discovery import CAPTURE_SUFFIX
from search.errors import InvalidRequest
from search.types import document_id_for


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SampleArea(_Strict):
    name: str = Field(min_length=1, max_length=200)
    description: str = ""
    criticality: int = Field(ge=1, le=5)
    uniqueness: int = Field(ge=1, le=5)
    documented: int = Field(ge=1, le=5)
    documents: list[str] = []  # paths under the corpus folder


class SamplePerson(_Strict):
    key: str
    name: str = Field(min_length=1, max_length=200)
    department: str | None = None
    role: str = ""
    exit_date: date | None = None
    successor: str | None = None  # another person's key
    contact: str = ""
    areas: list[SampleArea] = []


class SampleAnswer(_Strict):
    text: str
    areas: list[str] = []  # names of the person's areas


class SampleInterview(_Strict):
    person: str  # a person's key
    status: str = "geplant"
    interviewer: str = ""
    held: date | None = None
    scheduled_for: date | None = None
    access: list[str] = []
    answers: dict[str, SampleAnswer] = {}  # by the guide's question key


class SampleFile(_Strict):
    people: list[SamplePerson] = []
    interviews: list[SampleInterview] = []


@dataclass(frozen=True)
class Loaded:
    people: int
    areas: int
    interviews: int
    published: int


def sample_files(paths: Sequence[Path]) -> list[Path]:
    """The `*.capture.yaml` files named or under the folders named, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in path.rglob(f"*{CAPTURE_SUFFIX}") if p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise InvalidRequest("capture_sample_missing", file=str(path))
    return sorted(found)


def read_sample(path: Path) -> SampleFile:
    """One sample file, checked: a mistake names the file and the field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return SampleFile.model_validate(data)
    except yaml.YAMLError as exc:
        raise InvalidRequest(
            "capture_sample_invalid", file=path.name, field="-", reason=str(exc)
        ) from None
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"])
        raise InvalidRequest(
            "capture_sample_invalid", file=path.name, field=field, reason=error["msg"]
        ) from None


def load_samples(
    state: publishing.CaptureState, paths: Sequence[Path], corpus: Path, caller: Caller
) -> Loaded:
    """Load every sample file under `paths`; documents are linked by their path under `corpus`."""
    files = [(path, read_sample(path)) for path in sample_files(paths)]
    totals = [0, 0, 0, 0]
    with state.db.session() as session:
        registry.sync(session, state.services.manifest, state.services.store)
        session.commit()
        guides.ensure_default_guide(session)
        for _path, sample in files:
            people = _people(session, sample.people, corpus, totals)
            for item in sample.interviews:
                if item.person in people:
                    _interview(state, session, people[item.person], item, caller, totals)
            session.commit()
    return Loaded(*totals)


def _people(
    session: Session, items: Sequence[SamplePerson], corpus: Path, totals: list[int]
) -> dict[str, Person]:
    """The new people of a file by key (people already present are skipped), successors set."""
    new: dict[str, Person] = {}
    known = {p.name: p for p in session.scalars(select(Person))}
    for item in items:
        if item.name in known:
            continue
        person = Person(
            name=item.name,
            department=item.department,
            role=item.role,
            exit_date=item.exit_date,
            contact=item.contact,
        )
        person.areas = [_area(session, a, corpus) for a in item.areas]
        session.add(person)
        new[item.key] = known[item.name] = person
        totals[0] += 1
        totals[1] += len(item.areas)
    by_key = {i.key: known[i.name] for i in items}
    for item in items:
        if item.key in new and item.successor:
            if item.successor not in by_key:
                raise InvalidRequest(
                    "capture_sample_invalid",
                    file="-",
                    field=f"{item.key}.successor",
                    reason=item.successor,
                )
            new[item.key].successor = by_key[item.successor]
    session.flush()
    return new


def _area(session: Session, item: SampleArea, corpus: Path) -> KnowledgeArea:
    area = KnowledgeArea(
        name=item.name,
        description=item.description,
        criticality=item.criticality,
        uniqueness=item.uniqueness,
        documented=item.documented,
    )
    for relative in item.documents:
        source = os.path.realpath(corpus / relative)
        row = session.get(DocumentRecord, document_id_for(source))
        if row is not None:
            area.documents.append(row)
    return area


def _at(day: date | None) -> datetime:
    return datetime.combine(day, time(10), tzinfo=UTC) if day else datetime.now(UTC)


def _interview(
    state: publishing.CaptureState,
    session: Session,
    person: Person,
    item: SampleInterview,
    caller: Caller,
    totals: list[int],
) -> None:
    version = guides.default_guide(session).versions[-1]
    interview = interviews.new_interview(session, person, version, caller)
    interview.interviewer, interview.scheduled_for = item.interviewer, item.scheduled_for
    interview.access_groups = list(item.access)
    areas = {a.name: a for a in person.areas}
    by_key = {q.key: q for q in interview.questions}
    for key, answer in item.answers.items():
        if key not in by_key:
            raise InvalidRequest(
                "capture_sample_invalid", file="-", field=f"answers.{key}", reason=key
            )
        interview.answers.append(
            InterviewAnswer(
                question=by_key[key],
                part=0,
                text=answer.text,
                updated_by=caller.username,
                areas=[areas[n] for n in answer.areas if n in areas],
            )
        )
    _walk(interview, item, caller)
    session.flush()
    totals[2] += 1
    if interview.status == "veröffentlicht":
        publishing.publish(state, session, interview, caller)
        totals[3] += 1


def _walk(interview: Interview, item: SampleInterview, caller: Caller) -> None:
    """Record the way from "geplant" to the sample's status, as it would have been taken."""
    path = interviews.path_to(item.status)
    for before, after in zip(path, path[1:], strict=False):
        if after == "freigegeben":
            interview.confirmed_at = _at(item.held)
            interview.confirmed_by = caller.username
        note = "Beispieldaten" if after != "geführt" else f"Interview: {item.interviewer}"
        interview.changes.append(
            StatusChange(
                from_status=before,
                to_status=after,
                user_id=caller.id,
                username=caller.username,
                note=note,
                at=_at(item.held),
            )
        )
    interview.status = path[-1]


def as_json(loaded: Loaded) -> dict[str, Any]:
    return {
        "people": loaded.people,
        "areas": loaded.areas,
        "interviews": loaded.interviews,
        "published": loaded.published,
    }
