"""Service tests that need the running app (its database, state and routes) share the API's
fixtures: `api` (SQLite), `api_both` (SQLite and PostgreSQL)."""

from tests.api.conftest import api, api_both, shared_sparse, start_api

__all__ = ["api", "api_both", "shared_sparse", "start_api"]
