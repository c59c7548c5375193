"""Login, the caller, API tokens."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from app.api.deps import (
    CurrentUser,
    RowId,
    SessionDep,
    StateDep,
    client_address,
    commit_login_change,
)
from app.api.schemas import (
    LoginRequest,
    Me,
    TokenCreate,
    TokenCreated,
    TokenPublic,
    TokenResponse,
    TokensPublic,
)
from app.services import auth

router = APIRouter(prefix="/auth", tags=["Anmeldung"])
Address = Annotated[str, Depends(client_address)]


@router.post("/login", response_model=TokenResponse)
def login(body: LoginRequest, state: StateDep, session: SessionDep, address: Address):
    """Log in with name and password; the token is valid for `session_hours`."""
    token = auth.login(session, state.settings, body.username, body.password, address)
    return TokenResponse(access_token=token)


@router.get("/me", response_model=Me)
def me(caller: CurrentUser) -> Me:
    return Me(id=caller.id, username=caller.username, role=caller.role, groups=list(caller.groups))  # type: ignore[arg-type]


@router.post("/tokens", response_model=TokenCreated, status_code=201)
def create_token(body: TokenCreate, state: StateDep, session: SessionDep, caller: CurrentUser):
    """A named API token for other systems; shown once."""
    token, row = auth.issue_api_token(session, state.settings, caller, body.name, body.expires_days)
    return TokenCreated(id=row.id, name=row.name, token=token, expires_at=row.expires_at)


@router.get("/tokens", response_model=TokensPublic)
def list_tokens(session: SessionDep, caller: CurrentUser) -> TokensPublic:
    return TokensPublic(tokens=[TokenPublic.of(t) for t in auth.list_tokens(session, caller)])


@router.delete("/tokens/{token_id}", status_code=204)
def revoke_token(
    token_id: RowId, state: StateDep, session: SessionDep, caller: CurrentUser
) -> Response:
    auth.revoke_token(session, caller, token_id)
    commit_login_change(state, session)  # the revoked token stops working at once
    return Response(status_code=204)
