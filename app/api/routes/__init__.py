"""The routers beyond the core (auth, users, system), and start-up hooks, in one list each.

Hooks run in order: the registry is brought in line with the index before the job runner starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter

from app.api.routes import analytics, documents, guides, ingest, interviews, people, search

ROUTERS: list[APIRouter] = [
    search.router,
    documents.router,
    ingest.router,
    analytics.router,
    people.router,
    guides.router,
    interviews.router,
]
STARTUP: list[Callable[[Any], Callable[[], None] | None]] = [
    documents.sync_registry,
    guides.ensure_default_guide,
    search.start_query_log,
    ingest.start_runner,
]
