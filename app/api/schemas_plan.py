"""Response models of the half-year plan ("Sicherungsplan")."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from app.api.schemas_overview import AreaRiskPublic, InterviewLink
from app.services.plan import Plan, PlanHalf, PlanItem, Progress
from app.services.risk import ACTION_LABELS


class DocumentDuePublic(BaseModel):
    id: str
    title: str
    due_on: date


class ProgressPublic(BaseModel):
    total: int
    done: int
    overdue: int
    share: float

    @classmethod
    def of(cls, progress: Progress) -> ProgressPublic:
        return cls(
            total=progress.total, done=progress.done, overdue=progress.overdue, share=progress.share
        )


class PlanItemPublic(AreaRiskPublic):
    due: str = Field(description="The half-year capture must be finished in, e.g. 2027-H1.")
    overdue: bool = Field(description="Its half-year before the exit is already past.")
    measure: str
    interview: InterviewLink | None
    schedule_interview: bool = Field(description="An interview is needed and none is planned.")
    write_documents: bool = Field(description="Documented 2 or less: write it down.")
    review_documents: list[DocumentDuePublic] = Field(description="Linked, overdue for review.")
    done: bool

    @classmethod
    def of_item(cls, item: PlanItem) -> PlanItemPublic:
        base = AreaRiskPublic.of(item.row).model_dump()
        return cls(
            **base,
            due=item.due.label,
            overdue=item.overdue,
            measure=ACTION_LABELS[item.row.risk.action],
            interview=InterviewLink.of(item.interview),
            schedule_interview=item.schedule_interview,
            write_documents=item.write_documents,
            review_documents=[DocumentDuePublic(**vars(d)) for d in item.review_documents],
            done=item.done,
        )


class PlanHalfPublic(BaseModel):
    half_year: str
    start: date
    end: date
    items: list[PlanItemPublic]
    progress: ProgressPublic

    @classmethod
    def of(cls, half: PlanHalf) -> PlanHalfPublic:
        return cls(
            half_year=half.label,
            start=half.half.start,
            end=half.half.end,
            items=[PlanItemPublic.of_item(i) for i in half.items],
            progress=ProgressPublic.of(half.progress),
        )


class DepartmentProgressPublic(ProgressPublic):
    department: str


class PlanPublic(BaseModel):
    department: str | None
    today: date
    half_years: list[PlanHalfPublic]
    progress: ProgressPublic
    departments: list[DepartmentProgressPublic] = Field(description="Progress per department.")

    @classmethod
    def of(cls, plan: Plan) -> PlanPublic:
        return cls(
            department=plan.department,
            today=plan.today,
            half_years=[PlanHalfPublic.of(h) for h in plan.half_years],
            progress=ProgressPublic.of(plan.progress),
            departments=[
                DepartmentProgressPublic(department=name, **ProgressPublic.of(p).model_dump())
                for name, p in plan.progress_by_department().items()
            ],
        )
