"""Placeholder for helper "publishing": the two calls the interview flow makes. The lead takes
that helper's module at merge; until then publishing is not available on this branch."""

from __future__ import annotations

import threading
from typing import Protocol

from sqlalchemy.orm import Session

from app.compose import Services
from app.db.capture_models import Interview
from app.db.session import Database
from app.services.auth import Caller
from app.settings import Settings


class CaptureState(Protocol):
    """What publishing needs of the API's state (app.api.deps.AppState has it)."""

    settings: Settings
    db: Database
    services: Services
    write_lock: threading.RLock


def publish(state: CaptureState, session: Session, interview: Interview, caller: Caller) -> None:
    raise NotImplementedError("app/services/publishing.py comes from helper 'publishing'")


def retract(state: CaptureState, session: Session, interview: Interview, caller: Caller) -> None:
    raise NotImplementedError("app/services/publishing.py comes from helper 'publishing'")
