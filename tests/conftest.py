"""Process start-up for the test session, as every entry point does it; the real services tests use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.libraries import prepare_libraries
from tests.infra.browser import chromium_path
from tests.infra.postgres import Cluster, running_cluster


def pytest_configure(config: pytest.Config) -> None:
    prepare_libraries()


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    """Real argon2id, at its lowest cost: the product's (RFC 9106 low-memory: 3 passes, 64 MiB)
    costs ~0.2 s a hash here, and the service tests log in and create users hundreds of times.
    tests/api/test_auth_users.py checks the product's parameters themselves."""
    from argon2 import PasswordHasher

    import app.services.auth as auth

    product = auth._hasher
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    auth._hasher = product


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """One throwaway PostgreSQL server per test session, started on first use."""
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def postgres_url(postgres_cluster: Cluster) -> Iterator[str]:
    """A fresh empty database for one test, as a SQLAlchemy URL (postgresql+psycopg://...)."""
    name = postgres_cluster.create_database()
    yield postgres_cluster.url(name)
    postgres_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The test runs once on a SQLite file and once on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'amtswissen.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture(scope="session")
def chromium_executable() -> Path:
    """Debian's Chromium, for Playwright's `executable_path` (see tests.infra.browser)."""
    return chromium_path()
