"""The routers beyond the core (auth, users, system), and start-up hooks, in one list each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter

ROUTERS: list[APIRouter] = []
STARTUP: list[Callable[[Any], Callable[[], None] | None]] = []

from app.api.routes import analytics, search  # noqa: E402

ROUTERS += [search.router, analytics.router]
