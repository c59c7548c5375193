"""Errors as RFC 9457 problem details: the domain error's class gives the status, its code the
German text (app/messages.py); nothing internal (paths, tracebacks) reaches the caller."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.messages import german
from search.errors import (
    AccessDenied,
    AmtswissenError,
    ConfigError,
    Conflict,
    ConversionError,
    EmbeddingError,
    InvalidRequest,
    NotFound,
    StoreError,
    Throttled,
    TooLarge,
    Unauthenticated,
)

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("amtswissen.api")

STATUS: dict[type[AmtswissenError], int] = {
    Unauthenticated: 401,
    AccessDenied: 403,
    NotFound: 404,
    Conflict: 409,
    TooLarge: 413,
    InvalidRequest: 422,
    ConversionError: 422,
    EmbeddingError: 422,
    Throttled: 429,
    StoreError: 503,
    ConfigError: 500,
}
TITLES = {
    400: "Ungültige Anfrage",
    401: "Nicht angemeldet",
    403: "Keine Berechtigung",
    404: "Nicht gefunden",
    405: "Methode nicht erlaubt",
    409: "Konflikt",
    413: "Zu groß",
    415: "Nicht unterstützter Inhaltstyp",
    422: "Ungültige Eingabe",
    429: "Zu viele Versuche",
    500: "Interner Fehler",
    503: "Dienst nicht verfügbar",
}


def status_of(exc: AmtswissenError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def problem(
    status: int, code: str, detail: str, headers: Mapping[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body = {
        "type": f"/probleme/{code}",
        "title": TITLES.get(status, "Fehler"),
        "status": status,
        "detail": detail,
        "code": code,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _domain(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AmtswissenError)
    status = status_of(exc)
    headers: dict[str, str] = {}
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(exc, Throttled):
        headers["Retry-After"] = str(exc.params.get("retry_after", 60))
    if status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc)
    field = exc.params.get("field")
    extra = {"field": field} if isinstance(field, str) else {}
    return problem(status, exc.code, german(exc), headers or None, **extra)


def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"field": ".".join(str(p) for p in e.get("loc", ()) if p != "body"), "message": e["msg"]}
        for e in exc.errors()
    ]
    fields = ", ".join(e["field"] for e in errors) or "?"
    error = InvalidRequest("request_invalid", fields=fields)
    return problem(422, error.code, german(error), errors=errors)


def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    path = request.url.path
    known = {
        404: NotFound("route_not_found", path=path),
        405: InvalidRequest("method_not_allowed", path=path),
    }
    error = known.get(exc.status_code)
    if error is None:
        return problem(exc.status_code, "http_error", str(exc.detail), exc.headers)
    return problem(exc.status_code, error.code, german(error), exc.headers)


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
    error = AmtswissenError("internal_error")
    return problem(500, error.code, german(error))


def install(app: FastAPI) -> None:
    app.add_exception_handler(AmtswissenError, _domain)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)
