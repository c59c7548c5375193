"""The registry's list queries as SQL conditions, the same on SQLite and PostgreSQL.

Access groups and tags are JSON lists; "holds one of these values" is an EXISTS over the list's
elements (SQLite `json_each`, PostgreSQL `json_array_elements_text`), so the access rule —
public (empty list) or a shared group — is part of the query, never applied to rows afterwards.

>>> rows = session.scalars(select(DocumentRecord).where(visible_to(caller, "sqlite")))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, exists, false, func, or_

from app.db.models import DocumentRecord
from app.services.auth import Caller

# upper-case letters SQL lower() leaves alone under a C locale (and always on SQLite)
_UPPER, _LOWER = "ÄÖÜÉÈÀÂÇ", "äöüéèàâç"
MAX_LIMIT = 200


@dataclass(frozen=True)
class DocumentQuery:
    """Filters and one page of the document list (newest change first)."""

    department: str | None = None
    doc_type: str | None = None
    tag: str | None = None
    q: str | None = None  # the title contains this, ignoring case
    changed_since: date | None = None
    limit: int = 50
    offset: int = 0


def json_list_has_any(column: Any, values: Sequence[str], dialect: str) -> ColumnElement[bool]:
    """The JSON list in `column` holds at least one of `values`."""
    if not values:
        return false()
    if dialect == "postgresql":
        elements = func.json_array_elements_text(column).table_valued("value").alias("element")
    else:
        elements = func.json_each(column).table_valued("value").alias("element")
    return exists().where(elements.c.value.in_(list(values)))


def json_list_empty(column: Any) -> ColumnElement[bool]:
    return or_(column.is_(None), func.json_array_length(column) == 0)


def visible_to(caller: Caller, dialect: str) -> ColumnElement[bool]:
    """Public documents and those sharing a group with the caller (every role alike)."""
    column = DocumentRecord.access_groups
    if not caller.groups:
        return json_list_empty(column)
    return or_(json_list_empty(column), json_list_has_any(column, caller.groups, dialect))


def folded(expression: Any) -> Any:
    """`lower()` that also folds German umlauts, whatever the database's locale."""
    result = func.lower(expression)
    for upper, lower in zip(_UPPER, _LOWER, strict=True):
        result = func.replace(result, upper, lower)
    return result


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def title_contains(q: str) -> ColumnElement[bool]:
    pattern = f"%{_like_escaped(q.strip().lower())}%"
    return folded(DocumentRecord.title).like(pattern, escape="\\")


def query_conditions(query: DocumentQuery, dialect: str) -> list[ColumnElement[bool]]:
    """The conditions (all must hold) the filters of `query` stand for."""
    conditions: list[ColumnElement[bool]] = []
    if query.department:
        conditions.append(DocumentRecord.department == query.department)
    if query.doc_type:
        conditions.append(DocumentRecord.doc_type == query.doc_type.strip().lower())
    if query.tag:
        conditions.append(json_list_has_any(DocumentRecord.tags, [query.tag], dialect))
    if query.q and query.q.strip():
        conditions.append(title_contains(query.q))
    if query.changed_since:
        since = datetime.combine(query.changed_since, datetime.min.time(), tzinfo=UTC)
        conditions.append(DocumentRecord.updated_at >= since)
    return conditions
