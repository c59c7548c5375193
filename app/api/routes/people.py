"""People and their knowledge areas: hr manages them; a person's own account and their
successor's may read them; everyone else is told they do not exist (404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy.orm import Session

from app.api.deps import CurrentUser, HrUser, RowId, SessionDep
from app.api.schemas_capture import (
    NO_NUL,
    AreaCreate,
    AreaDocuments,
    AreaPublic,
    AreaUpdate,
    PeoplePublic,
    PersonCreate,
    PersonPublic,
    PersonUpdate,
)
from app.db.capture_models import KnowledgeArea, Person
from app.services import people
from app.services.auth import Caller

router = APIRouter(tags=["Wissen sichern"])


def _person(session: Session, person: Person, caller: Caller) -> PersonPublic:
    return PersonPublic.of(person, caller, people.area_answers(session, caller, person))


def _area(session: Session, area: KnowledgeArea, caller: Caller) -> AreaPublic:
    answers = people.area_answers(session, caller, area.person).get(area.id, [])
    return AreaPublic.of(area, caller, answers)


@router.post("/people", response_model=PersonPublic, status_code=201)
def create_person(body: PersonCreate, session: SessionDep, caller: HrUser) -> PersonPublic:
    person = people.create_person(session, caller, people.PersonFields(**body.model_dump()))
    return _person(session, person, caller)


@router.get("/people", response_model=PeoplePublic)
def list_people(
    session: SessionDep,
    caller: CurrentUser,
    department: Annotated[str | None, Query(max_length=200, pattern=NO_NUL)] = None,
) -> PeoplePublic:
    """Everyone for hr; for others the people they are or succeed."""
    found = people.list_people(session, caller, department)
    return PeoplePublic(people=[_person(session, p, caller) for p in found])


@router.get("/people/{person_id}", response_model=PersonPublic)
def get_person(person_id: RowId, session: SessionDep, caller: CurrentUser) -> PersonPublic:
    return _person(session, people.visible_person(session, caller, person_id), caller)


@router.patch("/people/{person_id}", response_model=PersonPublic)
def update_person(
    person_id: RowId, body: PersonUpdate, session: SessionDep, caller: CurrentUser
) -> PersonPublic:
    changes = body.model_dump(include=body.model_fields_set)
    person = people.update_person(session, caller, person_id, changes)
    return _person(session, person, caller)


@router.post("/people/{person_id}/knowledge-areas", response_model=AreaPublic, status_code=201)
def add_area(
    person_id: RowId, body: AreaCreate, session: SessionDep, caller: CurrentUser
) -> AreaPublic:
    area = people.add_area(session, caller, person_id, people.AreaFields(**body.model_dump()))
    return _area(session, area, caller)


@router.patch("/knowledge-areas/{area_id}", response_model=AreaPublic)
def update_area(
    area_id: RowId, body: AreaUpdate, session: SessionDep, caller: CurrentUser
) -> AreaPublic:
    changes = body.model_dump(include=body.model_fields_set)
    return _area(session, people.update_area(session, caller, area_id, changes), caller)


@router.delete("/knowledge-areas/{area_id}", status_code=204)
def delete_area(area_id: RowId, session: SessionDep, caller: CurrentUser) -> Response:
    people.delete_area(session, caller, area_id)
    return Response(status_code=204)


@router.put("/knowledge-areas/{area_id}/documents", response_model=AreaPublic)
def set_area_documents(
    area_id: RowId, body: AreaDocuments, session: SessionDep, caller: CurrentUser
) -> AreaPublic:
    """Link exactly these documents (each must be visible to the caller)."""
    area = people.set_area_documents(session, caller, area_id, body.document_ids)
    return _area(session, area, caller)
