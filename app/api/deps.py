"""What routes receive: the app's state, one database session per request, the caller.

>>> @router.get("/stats")
... def stats(state: StateDep, caller: CurrentUser) -> StatsPublic: ...
"""

from __future__ import annotations

import threading
import time
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
from app.db.models import utcnow
from app.db.session import Database
from app.services import reviews
from app.services.auth import Caller, resolve_token
from app.settings import Settings
from search.errors import Unauthenticated


class TokenCache:
    """Callers of recently checked tokens, for `seconds`: a search then costs no database read
    for its login. Changes made here (a revoked token, a changed or deleted user) clear it at
    once; made by another API process, they hold here after at most `seconds`."""

    def __init__(self, seconds: float = 10.0) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._callers: dict[str, tuple[Caller, float]] = {}

    def get(self, token: str) -> Caller | None:
        with self._lock:
            found = self._callers.get(token)
        if found is None or found[1] <= time.monotonic():
            return None
        return found[0]

    def put(self, token: str, caller: Caller, valid_seconds: float) -> None:
        until = time.monotonic() + min(self.seconds, valid_seconds)
        with self._lock:
            if len(self._callers) > 10_000:
                self._callers.clear()
            self._callers[token] = (caller, until)

    def clear(self) -> None:
        with self._lock:
            self._callers.clear()


@dataclass
class AppState:
    """Built once by the lifespan: settings, database, the store-owning services."""

    settings: Settings
    db: Database
    services: Services
    # writes to the index (jobs, deletions, access changes) one at a time in this process
    write_lock: threading.RLock = field(default_factory=threading.RLock)
    extras: dict[str, Any] = field(default_factory=dict)  # the job runner and the like
    tokens: TokenCache = field(default_factory=TokenCache)

    @cached_property
    def due_dates(self) -> reviews.DueDates:
        """Due days for the `review_due` flag of search hits, kept `review_cache_seconds`."""
        return reviews.DueDates(self.settings.review_cache_seconds)

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
    state: StateDep,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    if credentials is None or not credentials.credentials:
        raise Unauthenticated("login_required")
    token = credentials.credentials
    caller = state.tokens.get(token)
    if caller is None:
        caller, expires_at = resolve_token(session, token)
        state.tokens.put(token, caller, (expires_at - utcnow()).total_seconds())
    return caller


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
HrUser = Annotated[Caller, Depends(requires("hr"))]


# a row id as the databases hold it (SQLite and PostgreSQL integers are 64-bit signed)
RowId = Annotated[int, FastApiPath(ge=1, le=2**63 - 1, description="Row id")]


def commit_login_change(state: AppState, session: Session) -> None:
    """Commit a change to who may log in as what, then drop the cached logins: committed
    first, so no request can re-cache the old state."""
    session.commit()
    state.tokens.clear()


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""
