"""Request and response models of "Wer weiß was", the handover plan and "Stand prüfen"."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from app.api.schemas_overview import DocumentLink, InterviewLink
from app.db.capture_models import Person
from app.db.models import DocumentRecord
from app.services import reviews
from app.services.experts import Expert
from app.services.handover import HandoverPlan, Item, PlanRef, Section


class ContactPublic(BaseModel):
    person_id: int
    name: str
    department: str | None
    role: str
    contact: str

    @classmethod
    def of(cls, person: Person | None) -> ContactPublic | None:
        if person is None:
            return None
        return cls(
            person_id=person.id,
            name=person.name,
            department=person.department,
            role=person.role,
            contact=person.contact,
        )


class AreaLink(BaseModel):
    id: int
    name: str


class ExpertAnswerPublic(BaseModel):
    interview_id: int
    answer_id: int
    question: str
    document_id: str | None = Field(description="The published answer's document.")


class ExpertPublic(BaseModel):
    person_id: int | None = Field(description="None: an author who is no person on record.")
    name: str
    department: str | None
    role: str
    retired: bool = Field(description="Left already: the source of what they left.")
    contact: ContactPublic | None = Field(description="Whom to ask today (a successor if retired).")
    relevance: float
    areas: list[AreaLink]
    answers: list[ExpertAnswerPublic]
    documents: list[DocumentLink]
    exit_date: date | None = Field(None, description="HR and admins only.")
    risk_score: int | None = Field(None, description="HR and admins only.")

    @classmethod
    def of(cls, expert: Expert, personal: bool) -> ExpertPublic:
        person = expert.person
        return cls(
            person_id=person.id if person else None,
            name=expert.name,
            department=person.department if person else None,
            role=person.role if person else "",
            retired=expert.retired,
            contact=ContactPublic.of(expert.contact_person),
            relevance=round(expert.relevance, 3),
            areas=[AreaLink(id=i, name=n) for i, n in expert.areas.items()],
            answers=[ExpertAnswerPublic(**vars(a)) for a in expert.answers.values()],
            documents=[DocumentLink.of(d) for d in expert.documents.values()],
            exit_date=person.exit_date if personal and person else None,
            risk_score=expert.risk_score if personal else None,
        )


class ExpertsPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "topic": "Friedhofsgebühren",
                    "experts": [
                        {
                            "person_id": 4,
                            "name": "Erika Berg",
                            "retired": True,
                            "contact": {"person_id": 9, "name": "Jonas Weber"},
                            "areas": [{"id": 12, "name": "Gebühren Friedhof"}],
                        }
                    ],
                }
            ]
        }
    )
    topic: str | None
    experts: list[ExpertPublic]


class HandoverItemPublic(BaseModel):
    key: str = Field(description="Stable: POST /people/{id}/handover/{key} ticks it.")
    horizon: str = Field(description="woche | monat | jahr")
    title: str
    text: str
    interview_id: int
    answer_id: int
    answer_document_id: str | None
    areas: list[AreaLink]
    documents: list[DocumentLink]
    done: bool
    done_by: str | None
    done_at: datetime | None

    @classmethod
    def of(cls, item: Item) -> HandoverItemPublic:
        tick = item.tick
        return cls(
            key=item.key,
            horizon=item.horizon,
            title=item.title,
            text=item.text,
            interview_id=item.interview_id,
            answer_id=item.answer_id,
            answer_document_id=item.answer_document_id,
            areas=[AreaLink(id=a.id, name=a.name) for a in item.areas],
            documents=[DocumentLink.of(d) for d in item.documents],
            done=tick is not None,
            done_by=tick.done_by if tick else None,
            done_at=tick.done_at if tick else None,
        )


class HandoverSectionPublic(BaseModel):
    horizon: str
    title: str = Field(description="Erste Woche | Erster Monat | Erstes Jahr")
    items: list[HandoverItemPublic]

    @classmethod
    def of(cls, section: Section) -> HandoverSectionPublic:
        items = [HandoverItemPublic.of(i) for i in section.items]
        return cls(horizon=section.horizon, title=section.title, items=items)


class HandoverPublic(BaseModel):
    person_id: int
    person: str
    successor: ContactPublic | None
    interviews: list[InterviewLink]
    sections: list[HandoverSectionPublic]
    total: int
    done: int

    @classmethod
    def of(cls, plan: HandoverPlan) -> HandoverPublic:
        person = plan.person
        return cls(
            person_id=person.id,
            person=person.name,
            successor=ContactPublic.of(person.successor),
            interviews=[InterviewLink(id=i.id, status=i.status) for i in plan.interviews],
            sections=[HandoverSectionPublic.of(s) for s in plan.sections],
            total=plan.total,
            done=plan.done,
        )


class HandoverRefPublic(BaseModel):
    person_id: int
    person: str
    department: str | None
    relation: str = Field(description="successor | self | hr")
    total: int
    done: int


class HandoversPublic(BaseModel):
    plans: list[HandoverRefPublic]

    @classmethod
    def of(cls, refs: list[PlanRef]) -> HandoversPublic:
        return cls(
            plans=[
                HandoverRefPublic(
                    person_id=r.person.id,
                    person=r.person.name,
                    department=r.person.department,
                    relation=r.relation,
                    total=r.total,
                    done=r.done,
                )
                for r in refs
            ]
        )


class HandoverTickUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"done": True}]})
    done: bool = True


class ReviewItemPublic(BaseModel):
    id: str
    title: str
    department: str | None
    doc_type: str
    owner_id: int | None
    owner: str | None
    author: str | None
    review_months: int
    reviewed_at: datetime | None
    ingested_at: datetime
    due_on: date
    review_due: bool

    @classmethod
    def of(cls, row: DocumentRecord, today: date) -> ReviewItemPublic:
        return cls(
            id=row.id,
            title=row.title,
            department=row.department,
            doc_type=row.doc_type,
            owner_id=row.owner_id,
            owner=row.owner.username if row.owner else None,
            author=row.author,
            review_months=row.review_months,
            reviewed_at=row.reviewed_at,
            ingested_at=row.ingested_at,
            due_on=reviews.due_on(row),
            review_due=reviews.review_due(row, today),
        )


class ReviewsPublic(BaseModel):
    items: list[ReviewItemPublic]
    total: int


class ReviewedUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"review_months": 24}]}
    )
    review_months: int | None = Field(None, ge=1, le=120, description="A new interval, months.")


class LeavePublic(BaseModel):
    person_id: int
    exit_date: date
    handed_over: int = Field(description="Documents passed to the successor's user now.")
    to_user_id: int | None
