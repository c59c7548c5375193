"""Process start-up for the test session, as every entry point does it."""

from __future__ import annotations

import pytest

from ingest.libraries import prepare_libraries


def pytest_configure(config: pytest.Config) -> None:
    prepare_libraries()
