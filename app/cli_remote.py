"""`ingest` and `search` through a running service (AMTSWISSEN_API_URL, AMTSWISSEN_API_TOKEN):
the same results as local runs, the service's refusals as one German line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.cli_common import fail, reason
from app.services.remote import RemoteService
from app.settings import Settings
from search.errors import AmtswissenError, ConfigError, InvalidRequest
from search.types import Hit, SearchFilter, SearchMode


@dataclass(frozen=True)
class Found:
    """Hits of a search, local or through the service, and the worded department hints."""

    hits: list[Hit]
    hints: tuple[str, ...] = ()


def remote_ingest(
    settings: Settings, paths: list[Path], overrides: dict[str, Any], as_json: bool
) -> dict[str, Any]:
    """The files uploaded to the service at AMTSWISSEN_API_URL, with a progress line."""
    show = not as_json and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            sys.stderr.write(f"\rEinlesen über den Dienst: {done}/{total} Dateien")
            sys.stderr.flush()

    with _remote(settings, as_json) as remote:
        report = remote.ingest(paths, overrides, reason, progress)
    if show:
        sys.stderr.write("\n")
    return report


@contextmanager
def _remote(settings: Settings, as_json: bool) -> Iterator[RemoteService]:
    """The running service at `settings.api_url`; its refusals become one German line."""
    if not settings.api_token:
        raise fail(ConfigError("api_token_missing"), as_json, 2)
    try:
        with RemoteService(str(settings.api_url), settings.api_token) as remote:
            yield remote
    except AmtswissenError as exc:
        status = int(exc.params.get("status", 0))
        raise fail(exc, as_json, 2 if status in (400, 413, 422) else 1) from exc


def remote_search(
    settings: Settings, query: str, top_k: int | None, where: SearchFilter,
    mode: SearchMode, as_json: bool,
) -> Found:  # fmt: skip
    """`POST /search` at AMTSWISSEN_API_URL; the access filter is the token owner's."""
    if mode != "hybrid":  # the service searches hybrid only
        raise fail(InvalidRequest("api_mode_unsupported", mode=mode), as_json, 2)
    with _remote(settings, as_json) as remote:
        hits, hint = remote.search(query, top_k, where)
    return Found(hits, (hint,) if hint else ())
