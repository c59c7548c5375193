"""The real app through TestClient, on a temp data folder, SQLite or PostgreSQL, hash embedder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.app import create_app
from app.compose import build_services, build_sparse
from app.settings import Settings
from search.embedders import HashEmbedder

ADMIN_PASSWORD = "admin-passwort-1"


@dataclass
class Api:
    """A running app plus helpers to act as different users."""

    client: TestClient
    settings: Settings
    admin: dict[str, str] = field(default_factory=dict)  # headers of the admin

    def login(self, username: str, password: str) -> dict[str, str]:
        response = self.client.post(
            "/auth/login", json={"username": username, "password": password}
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def group(self, name: str) -> None:
        response = self.client.post("/groups", json={"name": name}, headers=self.admin)
        assert response.status_code in (201, 409), response.text

    def user(
        self, username: str, role: str = "reader", groups: tuple[str, ...] = ()
    ) -> dict[str, str]:
        """Create a user (and its groups) and return their auth headers."""
        for name in groups:
            self.group(name)
        body = {
            "username": username,
            "password": f"{username}-pw-123",
            "role": role,
            "groups": list(groups),
        }
        response = self.client.post("/users", json=body, headers=self.admin)
        assert response.status_code == 201, response.text
        return self.login(username, f"{username}-pw-123")

    def state(self) -> Any:
        return self.client.app.state.amtswissen  # type: ignore[attr-defined]


def make_settings(data_dir: Path, database_url: str | None = None, **overrides: Any) -> Settings:
    return Settings(
        data_dir=data_dir,
        embedder="hash",
        admin_password=ADMIN_PASSWORD,
        database_url=database_url,
        **overrides,
    )


@pytest.fixture(scope="session")
def shared_sparse() -> Any:
    """One warmed German analyzer for every app of the session (its noun table takes 0.3 s)."""
    sparse = build_sparse(make_settings(Path("/nonexistent")))
    sparse.warm_up()
    return sparse


@pytest.fixture
def start_api(tmp_path: Path, shared_sparse: Any) -> Iterator[Any]:
    """A factory: `start_api(database_url=None, **settings)` → a started Api (stopped after)."""
    stack: list[TestClient] = []

    def start(
        database_url: str | None = None, data_dir: Path | None = None, **overrides: Any
    ) -> Api:
        settings = make_settings(data_dir or tmp_path / "data", database_url, **overrides)
        services = build_services(settings, embedder=HashEmbedder(dim=64), sparse=shared_sparse)
        client = TestClient(create_app(settings, services), raise_server_exceptions=False)
        client.__enter__()
        stack.append(client)
        api = Api(client, settings)
        api.admin = api.login("admin", ADMIN_PASSWORD)
        return api

    yield start
    for client in reversed(stack):
        client.__exit__(None, None, None)


@pytest.fixture
def api(start_api: Any) -> Api:
    """The app on SQLite (the default set-up)."""
    return start_api()


@pytest.fixture
def api_both(start_api: Any, database_url: str) -> Api:
    """The app once on SQLite and once on PostgreSQL."""
    return start_api(database_url)
