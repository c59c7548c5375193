"""Shared fixtures for ingest tests: a network guard and a converter shortcut."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ingest.converters import convert
from search.types import Document, DocumentMeta


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Fails the test if anything resolves a host name or opens a connection."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted during conversion")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.fixture
def run_convert():
    def run(path: Path, meta: DocumentMeta | None = None) -> Document:
        return convert(path, meta or DocumentMeta(), "doc-1")

    return run
