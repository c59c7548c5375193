"""What routes receive: the app's state, one database session per request, the caller.

>>> @router.get("/stats")
... def stats(state: StateDep, caller: CurrentUser) -> StatsPublic: ...
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi import Path as FastApiPath
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from app.compose import Services
from app.db.session import Database
from app.services.auth import Caller, resolve_token
from app.settings import Settings
from search.errors import Unauthenticated


@dataclass
class AppState:
    """Built once by the lifespan: settings, database, the store-owning services."""

    settings: Settings
    db: Database
    services: Services
    # writes to the index (jobs, deletions, access changes) one at a time in this process
    write_lock: threading.RLock = field(default_factory=threading.RLock)
    extras: dict[str, Any] = field(default_factory=dict)  # the job runner and the like

    @cached_property
    def originals(self) -> Path:
        """Where uploaded originals live, resolved once (hits cite them by file name)."""
        return self.settings.originals_path.resolve()


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.amtswissen
    return state


StateDep = Annotated[AppState, Depends(get_state)]


def get_session(state: StateDep) -> Iterator[Session]:
    with state.db.session() as session:
        yield session


# scope="function": the transaction commits before the response is sent
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
_bearer = HTTPBearer(auto_error=False, description="Token from POST /auth/login or /auth/tokens")


def current_user(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    if credentials is None or not credentials.credentials:
        raise Unauthenticated("login_required")
    return resolve_token(session, credentials.credentials)


CurrentUser = Annotated[Caller, Depends(current_user)]


def requires(*roles: str) -> Callable[[Caller], Caller]:
    """A dependency that lets only `roles` (and admins) through, 403 for the others."""

    def check(caller: CurrentUser) -> Caller:
        caller.require(*roles)
        return caller

    return check


AdminUser = Annotated[Caller, Depends(requires("admin"))]
EditorUser = Annotated[Caller, Depends(requires("editor"))]
AnalystUser = Annotated[Caller, Depends(requires("editor", "hr"))]


# a row id as the databases hold it (SQLite and PostgreSQL integers are 64-bit signed)
RowId = Annotated[int, FastApiPath(ge=1, le=2**63 - 1, description="Row id")]


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""
