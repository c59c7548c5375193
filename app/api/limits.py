"""A hard limit on request bodies, enforced while they stream in (pure ASGI, nothing buffered).

A declared `Content-Length` over the limit is refused before a byte is read; a chunked body is
counted as `receive()` hands it over and refused the moment the count passes the limit. The
answer is a 413 problem details document (RFC 9457) with `code: upload_too_large`.

>>> app = BodySizeLimit(create_app(settings), max_bytes=settings.max_upload_bytes)
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from http import HTTPStatus
from typing import Any

from app.messages import german_text

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CODE = "upload_too_large"


class _BodyTooLarge(Exception):
    """Raised out of `receive()` to stop the app reading; never leaves the middleware."""


class BodySizeLimit:
    """Refuse bodies over `max_bytes` on `paths` (and below them) with 413, as early as possible.

    >>> app.add_middleware(BodySizeLimit, max_bytes=50 * 2**20, paths=("/ingest",))
    """

    def __init__(self, app: ASGIApp, max_bytes: int, paths: tuple[str, ...] = ("/ingest",)) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.paths = paths

    def _applies(self, path: str) -> bool:
        return any(path == p or path.startswith(p.rstrip("/") + "/") for p in self.paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self._applies(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        if _declared_length(scope) > self.max_bytes:
            await send_too_large(send, self.max_bytes)
            return
        await _Guarded(self.app, self.max_bytes).run(scope, receive, send)


class _Guarded:
    """One request: counts what `receive()` yields; once over, the app's own answer is dropped."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.received = 0
        self.tripped = False
        self.started = False  # the app's response went out before the limit tripped

    async def run(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def counted() -> Message:
            if self.tripped:
                raise _BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                self.received += len(message.get("body", b""))
                if self.received > self.max_bytes:
                    self.tripped = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if self.tripped:
                return  # e.g. the framework's 400 "error parsing the body": ours replaces it
            self.started = self.started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except Exception:
            if not self.tripped:
                raise
        if self.tripped and not self.started:
            await send_too_large(send, self.max_bytes)


def _declared_length(scope: Scope) -> int:
    for key, value in scope.get("headers", ()):
        if key.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0  # the server refuses a malformed length itself
    return 0


def too_large_problem(max_bytes: int) -> dict[str, Any]:
    """The RFC 9457 document for a body over `max_bytes`, its detail in German."""
    status = HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    limit_mb = round(max_bytes / 2**20, 1)
    return {
        "type": f"/probleme/{CODE}",
        "title": "Zu groß",
        "status": int(status),
        "detail": german_text(CODE, {"limit_mb": limit_mb}),
        "code": CODE,
    }


async def send_too_large(send: Send, max_bytes: int) -> None:
    """Answer 413 and ask to close the connection, so the client stops sending the rest."""
    body = json.dumps(too_large_problem(max_bytes), ensure_ascii=False).encode("utf-8")
    headers = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
