"""The risk overview, the half-year plan (JSON, CSV, printable page) and "Wer weiß was".

The risk overview and the plan are for HR and admins; the expert directory for everyone logged
in (exit dates and risk scores in it only for HR and admins).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import HTMLResponse

from app.api.deps import CurrentUser, SessionDep, StateDep, requires
from app.api.routes.documents import content_disposition
from app.api.schemas_documents import NO_NUL
from app.api.schemas_handover import ExpertPublic, ExpertsPublic
from app.api.schemas_overview import RiskOverviewPublic
from app.api.schemas_plan import PlanPublic
from app.services import experts, overview, plan, plan_export
from app.services.auth import Caller

router = APIRouter(tags=["Wissen sichern"])
HrCaller = Annotated[Caller, Depends(requires("hr"))]
Department = Annotated[
    str | None, Query(max_length=200, pattern=NO_NUL, description="Fachbereich; none: all")
]
Topic = Annotated[str | None, Query(max_length=200, pattern=NO_NUL, description="Thema")]


@router.get("/risk", response_model=RiskOverviewPublic)
def risk(
    session: SessionDep, caller: HrCaller, department: Department = None
) -> RiskOverviewPublic:
    """Risiko-Übersicht: the score of every knowledge area, person and department, riskiest
    first, and the chart data (matrix, exits per month, coverage, open interviews)."""
    today = date.today()
    return RiskOverviewPublic.of(overview.risk_overview(session, today, department), today)


@router.get("/plan", response_model=PlanPublic)
def get_plan(session: SessionDep, caller: HrCaller, department: Department = None) -> PlanPublic:
    """Sicherungsplan: the knowledge areas to capture in each coming half-year."""
    return PlanPublic.of(plan.department_plan(session, caller, date.today(), department))


def _file_name(department: str | None, suffix: str) -> str:
    return f"sicherungsplan-{department or 'alle'}{suffix}"


@router.get("/plan.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def plan_csv(session: SessionDep, caller: HrCaller, department: Department = None) -> Response:
    """The plan for Excel: `;`-separated, UTF-8 with BOM, German headers and dates."""
    content = plan_export.plan_csv(plan.department_plan(session, caller, date.today(), department))
    headers = {"Content-Disposition": content_disposition(_file_name(department, ".csv"))}
    return Response(content.encode("utf-8"), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/plan/print", response_class=HTMLResponse)
def plan_print(
    session: SessionDep, caller: HrCaller, department: Department = None
) -> HTMLResponse:
    """The plan as a self-contained page to print (A4 landscape)."""
    page = plan_export.plan_html(plan.department_plan(session, caller, date.today(), department))
    return HTMLResponse(
        page, headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"}
    )


@router.get("/experts", response_model=ExpertsPublic)
def find_experts(
    state: StateDep, session: SessionDep, caller: CurrentUser, topic: Topic = None
) -> ExpertsPublic:
    """Wer weiß was: who knows about `topic` (without one: everyone with their areas)."""
    found = experts.find_experts(session, state.services, caller, topic, date.today())
    personal = caller.role in ("hr", "admin")
    return ExpertsPublic(topic=topic, experts=[ExpertPublic.of(e, personal) for e in found])
