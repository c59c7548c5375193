"""The one family of domain errors: a stable code and its parameters; the edges word them.

Lower layers never compose sentences for people, nor name environment variables or CLI flags:
they raise a snake_case `code` with plain parameters (a file name, a limit, a setting's field
name), and the API, CLI and UI render the German text from the code (`app/messages.py`).

>>> error = ConversionError("file_too_large", file="plan.pdf", size=60_000_000, limit=52_428_800)
>>> error.code, error.params["limit"]
('file_too_large', 52428800)
>>> str(error)
"file_too_large (file='plan.pdf', size=60000000, limit=52428800)"
"""

from __future__ import annotations

from typing import Any


class AmtswissenError(Exception):
    """Base of every error Amtswissen raises on purpose: `code` names the case, `params` its data.

    The subclass says what kind of failure it is (the API maps class → HTTP status); the code says
    which one (the edges map code → message). `str()` is a short English text for developers.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        return f"{self.code} ({', '.join(f'{k}={v!r}' for k, v in self.params.items())})"

    def __reduce__(self) -> tuple[Any, ...]:
        # the default pickling passes only args, which would drop the parameters
        return _rebuild, (type(self), self.code, self.params)


def _rebuild(cls: type[AmtswissenError], code: str, params: dict[str, Any]) -> AmtswissenError:
    return cls(code, **params)


class ConversionError(AmtswissenError):
    """A file could not be turned into text (or is skipped); `params["file"]` names it."""


class EmbeddingError(AmtswissenError):
    """Text could not be embedded, e.g. it is longer than the model accepts."""


class StoreError(AmtswissenError):
    """The vector store or the manifest refused an operation or is unreachable / locked."""


class NotFound(AmtswissenError):
    """A requested document, chunk or resource does not exist."""


class AccessDenied(AmtswissenError):
    """The caller may not see the requested resource."""


class Conflict(AmtswissenError):
    """The request clashes with the current state (e.g. the resource exists or was changed)."""


class InvalidRequest(AmtswissenError):
    """The request itself is unacceptable, e.g. a query longer than allowed."""


class ConfigError(AmtswissenError):
    """A setting is invalid or a named model / folder / package is missing."""


class Unauthenticated(AmtswissenError):
    """The caller is not logged in, or the login or token is wrong or expired."""


class Throttled(AmtswissenError):
    """Too many attempts in a short time; `params["retry_after"]` says how many seconds to wait."""


class TooLarge(AmtswissenError):
    """The request or an uploaded file is larger than allowed."""
