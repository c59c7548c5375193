"""What every `amtswissen` command shares: options, sanitised output, one-line German errors.

>>> raise fail(NotFound("no_index", path="data"), as_json=False)   # "Fehler: kein Index …", exit 1
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from app.compose import Services, build_services
from app.messages import german, german_text
from app.settings import Settings
from ingest.report import FileIssue
from search.errors import AmtswissenError, StoreError

DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data directory (index, manifest); env AMTSWISSEN_DATA_DIR."),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print exactly one JSON object on stdout.")]
EXIT_LOCKED = 3
SERVICE_NOTE = "service.json"  # written by `amtswissen serve` beside the lock: where its API runs


def settings_for(data_dir: Path | None) -> Settings:
    return Settings(data_dir=data_dir) if data_dir else Settings()


def emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, default=str) + "\n")


# ESC sequences (CSI, OSC/DCS/PM/APC strings, two-byte escapes), then any other C0/C1 control
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI: cursor, colours, erase
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"  # OSC, DCS…
    r"|\x1b[ -~]?"  # any other escape
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    r"""`text` safe for a terminal: escape sequences and control characters (but newline and tab)
    removed, so a document, file name or title cannot move the cursor or retitle the window.

    >>> clean("Titel \x1b[2J\x1b]0;gekapert\x07rot\x1b[0m\r")
    'Titel rot'
    """
    return _CONTROL.sub("", _ESCAPE.sub("", text))


def reason(issue: FileIssue) -> str:
    """The German reason of a skipped or failed file in the ingest report."""
    return german_text(issue.code, issue.params)


def say(text: str, err: bool = False) -> None:
    """Human-readable output, always sanitised (JSON output is exact and goes through `emit`)."""
    typer.echo(clean(text), err=err)


def fail(error: str | AmtswissenError, as_json: bool, code: int = 1) -> typer.Exit:
    """One German line on stderr (or `{"error", "code"}` with --json) and the exit to raise."""
    if isinstance(error, AmtswissenError) and error.code.startswith("index_locked"):
        code = EXIT_LOCKED
        error = held_by_service(error)
    message = german(error) if isinstance(error, AmtswissenError) else error
    if as_json:
        extra = {"code": _code(error)} if isinstance(error, AmtswissenError) else {}
        emit({"error": message, **extra})
    else:
        say(f"Fehler: {message}", err=True)
    return typer.Exit(code)


def _code(error: AmtswissenError) -> str:
    """The stable code; a refusal by the service carries the service's own (`query_too_long`)."""
    return (
        str(error.params.get("problem") or error.code)
        if error.code == "api_refused"
        else error.code
    )


def held_by_service(error: AmtswissenError) -> AmtswissenError:
    """`index_locked` reworded when the holder is a running `amtswissen serve`: name its API
    address, so the user can go through the service instead of waiting."""
    params = error.params
    if error.code != "index_locked":
        return error
    try:
        note = json.loads((Path(str(params.get("path"))) / SERVICE_NOTE).read_text("utf-8"))
    except (OSError, ValueError, TypeError):
        return error
    if not isinstance(note, dict) or str(note.get("pid")) != str(params.get("pid")):
        return error  # a note left by a service that is gone; the holder is someone else
    return StoreError(
        "index_locked_by_service",
        path=params.get("path"),
        pid=params.get("pid"),
        since=params.get("since"),
        url=note.get("api_url", "?"),
    )


@contextmanager
def open_services(
    data_dir: Path | None, as_json: bool, warm: bool = True, heal: bool = False, wait: float = 0
) -> Iterator[Services]:
    """Services for one command; `warm=False` leaves the models unloaded (stats), `heal` sets a
    damaged store aside (ingest), `wait` seconds are waited for another owner of the folder."""
    try:
        services = build_services(settings_for(data_dir), lock_wait=wait)
    except AmtswissenError as exc:
        raise fail(exc, as_json) from exc
    try:
        if warm:
            services.warm_up(heal=heal)
        yield services
    except AmtswissenError as exc:
        raise fail(exc, as_json) from exc
    finally:
        services.close()
