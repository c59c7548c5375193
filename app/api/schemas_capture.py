"""Request and response models of the people, knowledge-area and guide routes (the interviews' are
in schemas_interviews.py); never an ORM object. Examples feed the OpenAPI document."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from app.db.capture_models import Guide, KnowledgeArea, Person
from app.services.auth import Caller
from app.services.guides import current_version
from app.services.people import AnswerRef, relation, visible_documents

NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]
Scale = Annotated[int, Field(ge=1, le=5, description="1 (low) to 5 (high)")]
Short = Annotated[str, Field(max_length=200, pattern=NO_NUL)]
Horizon = Literal["", "woche", "monat", "jahr"]
Status = Literal[
    "geplant", "geführt", "in Prüfung", "freigegeben", "veröffentlicht", "zurückgezogen"
]
DocumentId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class PersonCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Erika Muster",
                    "department": "Kämmerei",
                    "role": "Sachbearbeiterin Haushalt",
                    "exit_date": "2027-06-30",
                    "successor_id": 7,
                    "contact": "Zimmer 204, -312",
                    "username": "e.muster",
                }
            ]
        }
    )
    name: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    department: Short | None = None
    role: Short = ""
    exit_date: date | None = None
    successor_id: Id | None = None
    contact: str = Field("", max_length=1000, pattern=NO_NUL)
    user_id: Id | None = Field(None, description="The account the person logs in with.")
    username: str | None = Field(None, max_length=64, pattern=NO_NUL, description="Or its name.")


class PersonUpdate(BaseModel):
    """Only the fields sent change; null clears exit_date, successor_id, user_id."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"exit_date": "2027-03-31", "successor_id": 9}]}
    )
    name: str | None = Field(None, min_length=1, max_length=200, pattern=NO_NUL)
    department: Short | None = None
    role: Short | None = None
    exit_date: date | None = None
    successor_id: Id | None = None
    contact: str | None = Field(None, max_length=1000, pattern=NO_NUL)
    user_id: Id | None = None
    username: str | None = Field(None, max_length=64, pattern=NO_NUL)


class AreaCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Jahresabschluss",
                    "description": "Abschlussbuchungen, Anlagenbuchhaltung, Prüfbericht",
                    "criticality": 5,
                    "uniqueness": 4,
                    "documented": 2,
                }
            ]
        }
    )
    name: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    description: str = Field("", max_length=4000, pattern=NO_NUL)
    criticality: Scale = Field(description="5 = the office stops without it")
    uniqueness: Scale = Field(description="5 = nobody else can do it")
    documented: Scale = Field(description="5 = fully written down")


class AreaUpdate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"documented": 3}]})
    name: str | None = Field(None, min_length=1, max_length=200, pattern=NO_NUL)
    description: str | None = Field(None, max_length=4000, pattern=NO_NUL)
    criticality: Scale | None = None
    uniqueness: Scale | None = None
    documented: Scale | None = None


class AreaDocuments(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"document_ids": ["3f2a9c0d1b7e4a55a1c2d3e4f5061728"]}]}
    )
    document_ids: list[DocumentId] = Field(max_length=500)


class DocumentRef(BaseModel):
    id: str
    title: str


class AnswerRefPublic(BaseModel):
    interview_id: int
    answer_id: int
    question: str
    status: str


class AreaPublic(BaseModel):
    id: int
    person_id: int
    name: str
    description: str
    criticality: int
    uniqueness: int
    documented: int
    documents: list[DocumentRef]
    answers: list[AnswerRefPublic] = Field(description="Interview answers tagged with the area.")

    @classmethod
    def of(cls, area: KnowledgeArea, caller: Caller, answers: list[AnswerRef]) -> AreaPublic:
        return cls(
            id=area.id,
            person_id=area.person_id,
            name=area.name,
            description=area.description,
            criticality=area.criticality,
            uniqueness=area.uniqueness,
            documented=area.documented,
            documents=[
                DocumentRef(id=d.id, title=d.title) for d in visible_documents(caller, area)
            ],
            answers=[AnswerRefPublic(**vars(a)) for a in answers],
        )


class PersonPublic(BaseModel):
    id: int
    name: str
    department: str | None
    role: str
    exit_date: date | None
    successor_id: int | None
    successor: str | None = Field(description="The successor's name.")
    contact: str
    user_id: int | None
    username: str | None
    relation: str = Field(description="How the caller stands to the person: manager|self|successor")
    areas: list[AreaPublic]

    @classmethod
    def of(
        cls, person: Person, caller: Caller, answers: dict[int, list[AnswerRef]] | None = None
    ) -> PersonPublic:
        return cls(
            id=person.id,
            name=person.name,
            department=person.department,
            role=person.role,
            exit_date=person.exit_date,
            successor_id=person.successor_id,
            successor=person.successor.name if person.successor else None,
            contact=person.contact,
            user_id=person.user_id,
            username=person.user.username if person.user else None,
            relation=relation(caller, person) or "",
            areas=[AreaPublic.of(a, caller, (answers or {}).get(a.id, [])) for a in person.areas],
        )


class PeoplePublic(BaseModel):
    people: list[PersonPublic]


class GuideQuestionIn(BaseModel):
    key: str = Field("", max_length=64, pattern=NO_NUL, description="Empty: frage-<n>.")
    text: str = Field(min_length=1, max_length=2000, pattern=NO_NUL)
    hint: str = Field("", max_length=4000, pattern=NO_NUL)
    horizon: Horizon = Field("", description="When the successor needs it; '' = split by lines.")


class GuideQuestionPublic(BaseModel):
    key: str
    text: str
    hint: str
    horizon: str


_QUESTION_EXAMPLE: dict[str, JsonValue] = {
    "key": "fristen",
    "text": "Welche Fristen der Friedhofsverwaltung haben Sie im Blick?",
    "hint": "Ruhefristen, Grabnutzungsrechte, Gebührenbescheide",
    "horizon": "woche",
}


class GuideCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Leitfaden Friedhofsverwaltung",
                    "description": "Ergänzung für die Friedhofsverwaltung",
                    "for_role": "Friedhofsverwaltung",
                    "questions": [_QUESTION_EXAMPLE],
                    "note": "Erste Fassung",
                }
            ]
        }
    )
    name: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    description: str = Field("", max_length=4000, pattern=NO_NUL)
    for_role: Short = Field("", description="The role it is for; '' = every role.")
    questions: list[GuideQuestionIn] = Field(min_length=1, max_length=100)
    note: str = Field("", max_length=2000, pattern=NO_NUL)


class GuideVersionCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"questions": [_QUESTION_EXAMPLE], "note": "gekürzt"}]}
    )
    questions: list[GuideQuestionIn] = Field(min_length=1, max_length=100)
    note: str = Field("", max_length=2000, pattern=NO_NUL)


class GuideVersionPublic(BaseModel):
    id: int
    version: int
    note: str
    created_by: str
    created_at: datetime


class GuidePublic(BaseModel):
    id: int
    name: str
    description: str
    for_role: str
    is_default: bool
    version: int = Field(description="The current version, used for new interviews.")
    version_id: int
    questions: list[GuideQuestionPublic]
    versions: list[GuideVersionPublic]

    @classmethod
    def of(cls, guide: Guide) -> GuidePublic:
        version = current_version(guide)
        return cls(
            id=guide.id,
            name=guide.name,
            description=guide.description,
            for_role=guide.for_role,
            is_default=guide.is_default,
            version=version.version,
            version_id=version.id,
            questions=[GuideQuestionPublic(**q) for q in version.questions],
            versions=[
                GuideVersionPublic(
                    id=v.id,
                    version=v.version,
                    note=v.note,
                    created_by=v.created_by,
                    created_at=v.created_at,
                )
                for v in guide.versions
            ],
        )


class GuidesPublic(BaseModel):
    guides: list[GuidePublic]
