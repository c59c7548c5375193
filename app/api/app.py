"""The FastAPI service: `create_app(settings)` builds it; nothing is built at import time.

The lifespan migrates the database, creates the first admin, warms the services (models and
the store, which this process then owns) and runs the start-up hooks (the job runner).

>>> app = create_app(Settings(data_dir=Path("data")))
>>> uvicorn.run(app, port=8000)
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api import problems
from app.api.deps import AppState
from app.api.limits import BodySizeLimit
from app.api.routes import auth, system, users
from app.compose import Services, build_services
from app.db.session import Database
from app.services.auth import ensure_admin
from app.settings import Settings

log = logging.getLogger("amtswissen.api")
Hook = Callable[[AppState], Callable[[], None] | None]  # start-up hook → its shutdown, if any
DESCRIPTION = """Amtswissen: Prozesswissen und Experteninterviews einer Kommunalverwaltung,
hybrid durchsuchbar. Anmelden mit `POST /auth/login`, dann `Authorization: Bearer <Token>`.
Fehler kommen als RFC 9457 Problem Details (`application/problem+json`)."""


def start_state(settings: Settings, services: Services | None = None) -> AppState:
    """Migrate, create the first admin (printing a generated password once), warm the services."""
    db = Database(settings.database)
    db.migrate()
    with db.session() as session:
        password = ensure_admin(session, settings)
    if password:
        print(f"Erster Start: Benutzer 'admin', Passwort: {password}", file=sys.stderr, flush=True)
    # requests run side by side: one embedder thread each beats all cores per call (eval/load)
    services = services or build_services(
        settings.model_copy(update={"threads": settings.service_threads})
    )
    services.warm_up(heal=True)
    return AppState(settings, db, services)


def create_app(
    settings: Settings, services: Services | None = None, hooks: tuple[Hook, ...] = ()
) -> FastAPI:
    """The app for `settings`; `services` reuses built ones (tests), `hooks` run after start."""
    from app.api.routes import ROUTERS, STARTUP

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "amtswissen", None) is not None:
            yield  # started already (a test client nested in another): one owner of the store
            return
        state = start_state(settings, services)
        app.state.amtswissen = state
        stops = [stop for hook in (*STARTUP, *hooks) if (stop := hook(state))]
        try:
            yield
        finally:
            for stop in reversed(stops):
                stop()
            state.services.close()
            state.db.close()
            app.state.amtswissen = None

    app = FastAPI(title="Amtswissen", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    problems.install(app)
    # a whole request may carry max_upload_files files of max_upload_bytes each (+ form overhead)
    app.add_middleware(
        BodySizeLimit, max_bytes=settings.max_upload_bytes * settings.max_upload_files + 2**20
    )
    for router in (system.router, auth.router, users.router, *ROUTERS):
        app.include_router(router)
    return app
