"""Knowledge gaps: a question reported to the department (anyone), the analysis (analysts)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import AnalystUser, CurrentUser, SessionDep, StateDep
from app.api.routes.search import query_log
from app.api.schemas_search import Created, GapPublic, GapReportCreate, GapsPublic
from app.services import querylog

router = APIRouter(tags=["Wissenslücken"])


@router.post("/analytics/gaps", response_model=Created, status_code=201)
def report_gap(
    body: GapReportCreate, state: StateDep, session: SessionDep, caller: CurrentUser
) -> Created:
    """ "Frage an die Fachabteilung weitergeben": the question is recorded as a reported gap."""
    query_log(state).flush()  # the search it marks may still be on its way to the log
    entry = querylog.report_gap(session, caller, body.query, body.departments, body.comment)
    return Created(id=entry.id)


@router.get("/analytics/gaps", response_model=GapsPublic)
def gaps(
    state: StateDep,
    session: SessionDep,
    caller: AnalystUser,
    days: Annotated[int, Query(ge=1, le=3650)] = 90,
    department: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> GapsPublic:
    """What people asked that found nothing good, grouped by wording and department; only
    questions whose asker's groups the caller all shares count (app/services/querylog.py)."""
    query_log(state).flush()
    report = querylog.gap_report(
        session, state.services.sparse, caller, days, state.settings.gap_score, department, limit
    )
    return GapsPublic(
        gaps=[GapPublic.of(g) for g in report.gaps], queries_total=report.queries_total
    )
