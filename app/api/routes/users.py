"""Users and groups (admins; everyone may list groups to choose access groups)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import (
    AdminUser,
    CurrentUser,
    RowId,
    SessionDep,
    StateDep,
    commit_login_change,
)
from app.api.schemas import (
    GroupCreate,
    GroupPublic,
    GroupsPublic,
    UserCreate,
    UserPublic,
    UsersPublic,
    UserUpdate,
)
from app.services import users

router = APIRouter(tags=["Verwaltung"])


@router.post("/users", response_model=UserPublic, status_code=201)
def create_user(body: UserCreate, session: SessionDep, caller: AdminUser) -> UserPublic:
    user = users.create_user(session, caller, body.username, body.password, body.role, body.groups)
    return UserPublic.of(user)


@router.get("/users", response_model=UsersPublic)
def list_users(session: SessionDep, caller: AdminUser) -> UsersPublic:
    return UsersPublic(users=[UserPublic.of(u) for u in users.list_users(session)])


@router.patch("/users/{user_id}", response_model=UserPublic)
def update_user(
    user_id: RowId, body: UserUpdate, state: StateDep, session: SessionDep, caller: AdminUser
) -> UserPublic:
    change = users.UserChange(body.password, body.role, body.groups, body.active)
    user = users.update_user(session, caller, user_id, change)
    commit_login_change(state, session)  # role, groups or access changed
    return UserPublic.of(user)


@router.delete("/users/{user_id}", status_code=204)
def delete_user(
    user_id: RowId, state: StateDep, session: SessionDep, caller: AdminUser
) -> Response:
    users.delete_user(session, caller, user_id)
    commit_login_change(state, session)
    return Response(status_code=204)


@router.get("/groups", response_model=GroupsPublic)
def list_groups(session: SessionDep, caller: CurrentUser) -> GroupsPublic:
    return GroupsPublic(groups=[GroupPublic.of(g) for g in users.list_groups(session)])


@router.post("/groups", response_model=GroupPublic, status_code=201)
def create_group(body: GroupCreate, session: SessionDep, caller: AdminUser) -> GroupPublic:
    return GroupPublic.of(users.create_group(session, caller, body.name, body.description))
