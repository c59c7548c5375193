"""The successor's handover plan and its ticks; "Stand prüfen" (reviews); a person leaving.

The handover plan answers 404 to anyone but HR, admins, the person and their successor.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from app.api.deps import AppState, CurrentUser, RowId, SessionDep, StateDep, client_address
from app.api.routes.documents import DocumentId
from app.api.schemas_handover import (
    HandoverItemPublic,
    HandoverPublic,
    HandoversPublic,
    HandoverTickUpdate,
    LeavePublic,
    ReviewedUpdate,
    ReviewItemPublic,
    ReviewsPublic,
)
from app.services import handover, reviews

router = APIRouter(tags=["Übergabe"])
ItemKey = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[0-9a-f]+$")]
MAX_ID = 2**63 - 1


@router.get("/handover", response_model=HandoversPublic)
def list_handovers(session: SessionDep, caller: CurrentUser) -> HandoversPublic:
    """The handover plans the caller may open: of whom they succeed, their own (HR: all)."""
    return HandoversPublic.of(handover.visible_plans(session, caller))


@router.get("/people/{person_id}/handover", response_model=HandoverPublic)
def get_handover(person_id: RowId, session: SessionDep, caller: CurrentUser) -> HandoverPublic:
    """Einarbeitung: the plan for the successor, first week, month and year."""
    return HandoverPublic.of(handover.handover_plan(session, caller, person_id))


@router.post("/people/{person_id}/handover/{key}", response_model=HandoverItemPublic)
def tick_handover(
    person_id: RowId,
    key: ItemKey,
    session: SessionDep,
    caller: CurrentUser,
    body: HandoverTickUpdate | None = None,
) -> HandoverItemPublic:
    """Tick (`{"done": true}`, the default) or untick an item."""
    done = body.done if body is not None else True
    return HandoverItemPublic.of(handover.set_tick(session, caller, person_id, key, done))


@router.post("/people/{person_id}/leave", response_model=LeavePublic)
def leave(
    person_id: RowId, request: Request, session: SessionDep, caller: CurrentUser
) -> LeavePublic:
    """HR: the person has left; their documents pass to their successor's user."""
    person, done = reviews.leave(session, caller, person_id, date.today(), client_address(request))
    assert person.exit_date is not None
    return LeavePublic(
        person_id=person.id,
        exit_date=person.exit_date,
        handed_over=done.documents if done else 0,
        to_user_id=done.to_user if done else None,
    )


@router.get("/reviews", response_model=ReviewsPublic)
def list_reviews(
    session: SessionDep,
    caller: CurrentUser,
    owner_id: Annotated[int | None, Query(ge=1, le=MAX_ID, description="HR and admins")] = None,
) -> ReviewsPublic:
    """Stand prüfen: the caller's own documents overdue for review (HR and admins: all)."""
    today = date.today()
    rows = reviews.overdue(session, caller, today, owner_id)
    return ReviewsPublic(items=[ReviewItemPublic.of(r, today) for r in rows], total=len(rows))


@router.post("/documents/{document_id}/reviewed", response_model=ReviewItemPublic)
def mark_reviewed(
    document_id: DocumentId,
    request: Request,
    state: StateDep,
    session: SessionDep,
    caller: CurrentUser,
    body: ReviewedUpdate | None = None,
) -> ReviewItemPublic:
    """The content is still true: its review interval starts again."""
    months = body.review_months if body is not None else None
    row = reviews.mark_reviewed(session, caller, document_id, months, client_address(request))
    session.commit()  # before the cached due day is dropped: no search can re-read the old one
    state.due_dates.forget(document_id)
    return ReviewItemPublic.of(row, date.today())


def hand_over_departed(state: AppState) -> None:
    """Start-up hook: documents of people who left meanwhile pass to their successors."""
    with state.db.session() as session:
        reviews.hand_over_departed(session, date.today())
