"""Response models of the risk overview, built from the services' dataclasses (routes never
return ORM objects)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from app.db.models import DocumentRecord
from app.services.overview import (
    AreaRow,
    Charts,
    DepartmentRow,
    InterviewRef,
    Overview,
    PersonRow,
)
from app.services.risk import ACTION_LABELS, Action, GroupRisk


class InterviewLink(BaseModel):
    id: int
    status: str

    @classmethod
    def of(cls, ref: InterviewRef | None) -> InterviewLink | None:
        return None if ref is None else cls(id=ref.id, status=ref.status)


class RiskFields(BaseModel):
    score: int = Field(description="attrition × position, 1–25 (0: no knowledge areas)")
    attrition: int = Field(description="1–5, from the months until the planned exit")
    position: int = Field(description="1–5, from criticality, uniqueness and coverage")
    action: Action
    action_label: str


def _group_fields(risk: GroupRisk, top: AreaRow | None) -> dict[str, object]:
    return {
        "score": risk.score,
        "attrition": top.risk.attrition if top else 0,
        "position": top.risk.position if top else 0,
        "action": risk.action,
        "action_label": ACTION_LABELS[risk.action],
        "full_interviews": risk.full_interviews,
        "targeted_interviews": risk.targeted_interviews,
    }


class AreaRiskPublic(RiskFields):
    area_id: int
    area: str
    person_id: int
    person: str
    department: str | None
    exit_date: date | None
    months_left: int | None
    criticality: int
    uniqueness: int
    documented: int
    captured: bool = Field(description="Tagged on an answer of a published interview.")
    coverage: int

    @classmethod
    def of(cls, row: AreaRow) -> AreaRiskPublic:
        risk, area, person = row.risk, row.area, row.person
        return cls(
            score=risk.score,
            attrition=risk.attrition,
            position=risk.position,
            action=risk.action,
            action_label=ACTION_LABELS[risk.action],
            area_id=area.id,
            area=area.name,
            person_id=person.id,
            person=person.name,
            department=person.department,
            exit_date=person.exit_date,
            months_left=row.months_left,
            criticality=area.criticality,
            uniqueness=area.uniqueness,
            documented=area.documented,
            captured=row.captured,
            coverage=row.coverage,
        )


class PersonRiskPublic(RiskFields):
    person_id: int
    name: str
    department: str | None
    role: str
    exit_date: date | None
    months_left: int | None
    successor_id: int | None
    successor: str | None
    areas: int
    full_interviews: int
    targeted_interviews: int
    interview: InterviewLink | None = Field(description="The latest interview.")

    @classmethod
    def of(cls, row: PersonRow) -> PersonRiskPublic:
        person = row.person
        return cls(
            **_group_fields(row.risk, row.top),  # type: ignore[arg-type]
            person_id=person.id,
            name=person.name,
            department=person.department,
            role=person.role,
            exit_date=person.exit_date,
            months_left=row.months_left,
            successor_id=person.successor_id,
            successor=person.successor.name if person.successor else None,
            areas=len(row.areas),
            interview=InterviewLink.of(row.interview),
        )


class DepartmentRiskPublic(RiskFields):
    department: str
    people: int
    areas: int
    full_interviews: int
    targeted_interviews: int
    riskiest_person_id: int | None

    @classmethod
    def of(cls, row: DepartmentRow) -> DepartmentRiskPublic:
        top = row.top
        return cls(
            **_group_fields(row.risk, top.top if top else None),  # type: ignore[arg-type]
            department=row.name,
            people=len(row.people),
            areas=row.areas,
            riskiest_person_id=top.person.id if top else None,
        )


class MatrixCellPublic(BaseModel):
    attrition: int
    position: int
    score: int
    count: int


class ExitMonthPublic(BaseModel):
    month: str = Field(description="YYYY-MM")
    exits: int
    people: list[str]


class CoveragePublic(BaseModel):
    department: str
    areas: int
    captured: int
    documented: int = Field(description="Areas documented 4 or 5.")
    mean_coverage: float


class ChartsPublic(BaseModel):
    matrix: list[MatrixCellPublic] = Field(description="25 cells, attrition 5 first.")
    exits: list[ExitMonthPublic] = Field(description="The next 24 months, this one first.")
    coverage: list[CoveragePublic]
    open_interviews: dict[str, int] = Field(description="Per status not yet published.")

    @classmethod
    def of(cls, charts: Charts) -> ChartsPublic:
        return cls(
            matrix=[
                MatrixCellPublic(
                    attrition=c.attrition, position=c.position, score=c.score, count=c.count
                )
                for c in charts.matrix
            ],
            exits=[
                ExitMonthPublic(month=m.month, exits=len(m.people), people=list(m.people))
                for m in charts.exits
            ],
            coverage=[CoveragePublic(**vars(c)) for c in charts.coverage],
            open_interviews=dict(charts.open_interviews),
        )


class RiskOverviewPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "departments": [
                        {"department": "Kämmerei", "score": 25, "action": "full_interview"}
                    ],
                    "people": [{"person_id": 1, "name": "Erika Berg", "score": 25}],
                    "areas": [{"area_id": 1, "area": "Jahresabschluss", "score": 25}],
                    "charts": {"open_interviews": {"geplant": 1}},
                }
            ]
        }
    )
    today: date
    departments: list[DepartmentRiskPublic]
    people: list[PersonRiskPublic]
    areas: list[AreaRiskPublic]
    charts: ChartsPublic

    @classmethod
    def of(cls, view: Overview, today: date) -> RiskOverviewPublic:
        return cls(
            today=today,
            departments=[DepartmentRiskPublic.of(d) for d in view.departments],
            people=[PersonRiskPublic.of(p) for p in view.people],
            areas=[AreaRiskPublic.of(a) for a in view.areas],
            charts=ChartsPublic.of(view.charts),
        )


class DocumentLink(BaseModel):
    id: str
    title: str
    doc_type: str

    @classmethod
    def of(cls, row: DocumentRecord) -> DocumentLink:
        return cls(id=row.id, title=row.title, doc_type=row.doc_type)
