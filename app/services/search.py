"""Search as a use case, shared by the CLI and the coming API: the index must exist, the query is
bounded, and a department filter that names no known Fachbereich comes back with a hint.

>>> where = SearchFilter(departments=("Bauordnnug",))
>>> result = search(services, "Bauantrag", top_k=5, filter=where)
>>> result.hints[0].closest
'Bauordnung'
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.compose import Services
from app.settings import Settings
from search.errors import InvalidRequest, NotFound
from search.types import Hit, SearchFilter, SearchMode


@dataclass(frozen=True)
class DepartmentHint:
    """A requested Fachbereich no chunk carries, the known ones and the closest of them."""

    department: str
    known: tuple[str, ...]
    closest: str | None


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    hints: tuple[DepartmentHint, ...] = ()


def hit_json(hit: Hit, originals: Path | None = None) -> dict[str, Any]:
    """A hit as the CLI's `--json` and the API's `POST /search` show it (the same fields);
    an uploaded original's source is its file name, not where the service keeps it."""
    data = asdict(hit)
    data["heading_path"] = list(hit.heading_path)
    data["source"] = shown_source(hit.source, originals)
    return data


def shown_source(source: str, originals: Path | None) -> str:
    """`source` as people should see it: uploads by their name (originals/<ab>/<sha>/<name>).

    >>> shown_source("/srv/data/originals/ab/ab12/Antrag.pdf", Path("/srv/data/originals"))
    'Antrag.pdf'
    """
    if originals is not None and Path(source).is_relative_to(originals.resolve()):
        return Path(source).name
    return source


def require_index(settings: Settings) -> None:
    """Refuse to search a data folder that holds no embedded index (a mistyped `data_dir`), so
    that nothing is created there; a Qdrant server holds its index elsewhere."""
    if settings.store == "edge" and not settings.store_path.is_dir():
        raise NotFound("no_index", path=str(settings.data_dir))


def check_query(query: str, settings: Settings) -> None:
    """Refuse a query longer than `settings.max_query_chars` before any model sees it."""
    if len(query) > settings.max_query_chars:
        raise InvalidRequest("query_too_long", length=len(query), limit=settings.max_query_chars)


def department_hints(requested: Iterable[str], known: Iterable[str]) -> tuple[DepartmentHint, ...]:
    """One hint per requested department that is not among the `known` ones.

    >>> department_hints(["Bauordnnug"], ["Bauordnung", "Steueramt"])[0].closest
    'Bauordnung'
    """
    names = tuple(sorted(known))
    return tuple(DepartmentHint(n, names, _closest(n, names)) for n in requested if n not in names)


def _closest(name: str, names: Sequence[str]) -> str | None:
    """The known name most like `name` ignoring case (difflib's 0.6 cutoff: a typo, not a guess)."""
    folded = {n.casefold(): n for n in names}
    match = difflib.get_close_matches(name.casefold(), list(folded), n=1)
    return folded[match[0]] if match else None


def search(
    services: Services,
    query: str,
    top_k: int | None = None,
    filter: SearchFilter | None = None,
    mode: SearchMode = "hybrid",
) -> SearchResult:
    """The best passages for `query` (at most `top_k`, default from settings) and any hints."""
    settings = services.settings
    require_index(settings)
    check_query(query, settings)
    where = filter or SearchFilter()
    hits = services.retriever().search(query, top_k or settings.top_k, where, mode)
    return SearchResult(hits, _hints(services, where.departments))


def _hints(services: Services, departments: Sequence[str]) -> tuple[DepartmentHint, ...]:
    if not departments:
        return ()
    return department_hints(departments, services.store.stats().chunks_by_department)
