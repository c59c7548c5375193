"""Per-file isolation: any exception while handling one file becomes that file's domain error.

A bad file never stops a batch, whatever it raises (a `ValueError` from a parser, `OSError`,
`RecursionError` on deep nesting, `MemoryError`): the step names a code, the detail keeps the
original exception's type and text.

>>> with failures_as(lambda detail: ConversionError("chunking_failed", file="a.md", detail=detail)):
...     chunker.run(document)  # raises RecursionError("maximum recursion depth exceeded")
Traceback (most recent call last):
ConversionError: chunking_failed (file='a.md', detail='RecursionError: maximum recursion ...')
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from search.errors import AmtswissenError

DETAIL_CHARS = 300  # enough to say what broke; a parser's message can quote a whole file


def exception_detail(exc: BaseException) -> str:
    """`Type: message` of an unexpected exception, short enough for one report line."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return text if len(text) <= DETAIL_CHARS else text[: DETAIL_CHARS - 1] + "…"


@contextmanager
def failures_as(wrap: Callable[[str], AmtswissenError]) -> Iterator[None]:
    """Re-raise anything but an AmtswissenError as `wrap(detail)`; KeyboardInterrupt passes."""
    try:
        yield
    except AmtswissenError:
        raise
    except Exception as exc:  # noqa: BLE001 - one file's failure, whatever it is, stays its own
        raise wrap(exception_detail(exc)) from exc
