"""The routers beyond the core (auth, users, system), and start-up hooks, in one list each.

Hooks run in order: documents of interviews not published leave the index, the registry is
brought in line with the index, documents of people who left pass to their successors, the
default guide is made, then the job runner starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter

from app.api.routes import (
    analytics,
    capture,
    documents,
    guides,
    handover,
    ingest,
    interviews,
    people,
    search,
)
from app.services import publishing

ROUTERS: list[APIRouter] = [
    search.router,
    documents.router,
    ingest.router,
    analytics.router,
    people.router,
    guides.router,
    interviews.router,
    capture.router,
    handover.router,
]
STARTUP: list[Callable[[Any], Callable[[], None] | None]] = [
    publishing.withdraw_unpublished,
    documents.sync_registry,
    handover.hand_over_departed,
    guides.ensure_default_guide,
    search.start_query_log,
    ingest.start_runner,
]
