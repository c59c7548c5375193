"""Interview guides: everyone logged in reads them; hr creates guides and new versions."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import AppState, CurrentUser, HrUser, RowId, SessionDep
from app.api.schemas_capture import GuideCreate, GuidePublic, GuidesPublic, GuideVersionCreate
from app.services import guides

router = APIRouter(tags=["Wissen sichern"])


def _questions(body: GuideCreate | GuideVersionCreate) -> list[guides.GuideQuestion]:
    return [guides.GuideQuestion(q.key, q.text, q.hint, q.horizon) for q in body.questions]


@router.get("/guides", response_model=GuidesPublic)
def list_guides(session: SessionDep, caller: CurrentUser) -> GuidesPublic:
    """Every guide with the questions of its current version (the default guide first)."""
    return GuidesPublic(guides=[GuidePublic.of(g) for g in guides.list_guides(session)])


@router.post("/guides", response_model=GuidePublic, status_code=201)
def create_guide(body: GuideCreate, session: SessionDep, caller: HrUser) -> GuidePublic:
    guide = guides.create_guide(
        session, caller, body.name, _questions(body), body.description, body.for_role, body.note
    )
    return GuidePublic.of(guide)


@router.post("/guides/{guide_id}/versions", response_model=GuidePublic, status_code=201)
def add_version(
    guide_id: RowId, body: GuideVersionCreate, session: SessionDep, caller: HrUser
) -> GuidePublic:
    """A new version of the questions; interviews already planned keep theirs."""
    return GuidePublic.of(
        guides.add_version(session, caller, guide_id, _questions(body), body.note)
    )


def ensure_default_guide(state: AppState) -> None:
    """Start-up hook: the default guide exists (created with its first version if missing)."""
    with state.db.session() as session:
        guides.ensure_default_guide(session)
