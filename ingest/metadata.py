"""Document metadata from layers: defaults < sidecar NAME.meta.yaml < front matter < CLI overrides.

Keys may be English or German (`fachbereich`, `typ`, `autor`, `experte`, `frage`, `erstellt`,
`aktualisiert`, `schlagworte`, `zugriff`); dates are ISO or dd.mm.yyyy.

>>> meta = load_meta(Path("share/antrag.docx"), overrides={"fachbereich": "Bauamt"})
>>> meta.department
'Bauamt'
"""

from __future__ import annotations

import errno
import re
from collections.abc import Mapping
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from ingest.isolation import exception_detail
from search.errors import ConversionError
from search.types import DocumentMeta

SIDECAR_SUFFIX = ".meta.yaml"

FIELD_ALIASES: dict[str, str] = {
    "title": "title",
    "titel": "title",
    "department": "department",
    "fachbereich": "department",
    "doc_type": "doc_type",
    "typ": "doc_type",
    "dokumenttyp": "doc_type",
    "author": "author",
    "autor": "author",
    "expert": "expert",
    "experte": "expert",
    "expertin": "expert",
    "question": "question",
    "frage": "question",
    "created": "created",
    "erstellt": "created",
    "updated": "updated",
    "aktualisiert": "updated",
    "tags": "tags",
    "schlagworte": "tags",
    "schlagwörter": "tags",
    "access_groups": "access_groups",
    "zugriff": "access_groups",
    "language": "language",
    "sprache": "language",
}
_DATE_FIELDS = {"created", "updated"}
_LIST_FIELDS = {"tags", "access_groups"}
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_META_FIELDS = {f.name for f in fields(DocumentMeta)}


def normalize_fields(raw: Mapping[Any, Any], origin: str) -> dict[str, Any]:
    """Validated DocumentMeta field values from a mapping with English or German keys.

    Unknown keys are ignored; null values leave a field unset.
    """
    result: dict[str, Any] = {}
    for key, value in raw.items():
        name = FIELD_ALIASES.get(str(key).strip().lower())
        if name is None or value is None:
            continue
        result[name] = _field_value(name, value, origin, str(key))
    return result


def _field_value(name: str, value: Any, origin: str, key: str) -> Any:
    if name in _DATE_FIELDS:
        return parse_date(value, origin, key)
    if name in _LIST_FIELDS:
        return _string_tuple(value, origin, key)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        return text.lower() if name == "doc_type" else text
    raise ConversionError("meta_not_text", origin=origin, key=key, value=value)


def parse_date(value: Any, origin: str, key: str) -> date:
    """A date from YAML (date/datetime), ISO text or dd.mm.yyyy text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        match = _GERMAN_DATE.fullmatch(text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ConversionError("meta_bad_date", origin=origin, key=key, value=text) from exc


def _string_tuple(value: Any, origin: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        items: list[Any] = value.split(",")
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise ConversionError("meta_not_list", origin=origin, key=key, value=value)
    if any(isinstance(item, (dict, list)) for item in items):
        raise ConversionError("meta_list_not_texts", origin=origin, key=key)
    return tuple(dict.fromkeys(str(item).strip() for item in items if str(item).strip()))


def apply_fields(meta: DocumentMeta, values: Mapping[str, Any]) -> DocumentMeta:
    """`meta` with the given (already normalised) fields replaced."""
    known = {k: v for k, v in values.items() if k in _META_FIELDS}
    return replace(meta, **known) if known else meta


class _MetaLoader(yaml.SafeLoader):
    """Safe YAML in which a date-like value that is no real date (`2024-13-45`) stays text, so
    the field's own check reports it with its key and value instead of a bare ValueError."""


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_MetaLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def parse_yaml_mapping(text: str, origin: str) -> dict[str, Any]:
    """A YAML mapping (empty document = {}); invalid YAML is a ConversionError naming `origin`."""
    try:
        data = yaml.load(text, Loader=_MetaLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ConversionError(
            "meta_yaml_invalid", origin=origin, line=line, detail=str(exc)
        ) from exc
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # constructors, nesting
        raise ConversionError(
            "meta_yaml_invalid", origin=origin, line=None, detail=exception_detail(exc)
        ) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConversionError("meta_not_mapping", origin=origin)
    return data


def split_front_matter(text: str) -> tuple[str | None, str]:
    """(front matter YAML or None, body) of a Markdown text."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, text
    return match.group(1), text[match.end() :]


def sidecar_paths(path: Path) -> list[Path]:
    """Existing sidecars, least specific first: `antrag.meta.yaml`, `antrag.docx.meta.yaml`."""
    candidates = [
        path.with_name(path.stem + SIDECAR_SUFFIX),
        path.with_name(path.name + SIDECAR_SUFFIX),
    ]
    unique = list(dict.fromkeys(candidates))
    return [p for p in unique if is_existing_file(p)]


def is_existing_file(path: Path) -> bool:
    """`path.is_file()`, where a name the file system cannot hold is no file.

    A document named near the 255-byte limit has sidecar names past it (ENAMETOOLONG): such a
    sidecar cannot exist. Any other failure (e.g. permission denied) raises, so access groups
    in an unreadable sidecar are never silently dropped.
    """
    try:
        return path.is_file()
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return False
        raise


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def load_meta(
    path: Path,
    defaults: DocumentMeta | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> DocumentMeta:
    """Defaults < sidecars < CLI overrides for `path` (front matter is applied by the converter)."""
    meta = defaults or DocumentMeta()
    try:
        sidecars = sidecar_paths(path)
    except OSError as exc:
        detail, origin = exception_detail(exc), path.name + SIDECAR_SUFFIX
        raise ConversionError("meta_unreadable", origin=origin, detail=detail) from exc
    for sidecar in sidecars:
        try:
            text = sidecar.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConversionError("meta_unreadable", origin=sidecar.name, detail=str(exc)) from exc
        meta = apply_fields(
            meta, normalize_fields(parse_yaml_mapping(text, sidecar.name), sidecar.name)
        )
    if overrides:
        meta = apply_fields(meta, normalize_fields(overrides, "Kommandozeile"))
    return meta


def prettify_filename(path: Path) -> str:
    """A readable title from a file name.

    >>> prettify_filename(Path("urlaubsantrag_stellen-v2.docx"))
    'Urlaubsantrag stellen v2'
    """
    words = re.sub(r"[_\-\s]+", " ", path.stem).strip()
    return words[:1].upper() + words[1:] if words else path.name
