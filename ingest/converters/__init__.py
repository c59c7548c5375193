"""Converter registry: which converter reads which file, and `convert` with size/empty checks.

>>> doc = convert(Path("share/antrag.docx"), load_meta(Path("share/antrag.docx")), "id1")
>>> sorted(supported_extensions())[:3]
['.bpmn', '.bpmn20.xml', '.docx']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from ingest.budgets import DEFAULT_BUDGETS, Budgets
from ingest.converters.audio import AudioConverter
from ingest.converters.base import (
    DEFAULT_MAX_BYTES,
    TEXT_BUDGET_CODE,
    BudgetedConverter,
    decode_text,
)
from ingest.converters.bpmn import BpmnConverter
from ingest.converters.email import EmailConverter
from ingest.converters.image import ImageConverter
from ingest.converters.markdown import MarkdownConverter
from ingest.converters.office import DocxConverter, HtmlConverter, OdtConverter, PptxConverter
from ingest.converters.pdf import PdfConverter
from ingest.converters.text import TextConverter
from ingest.converters.transcript import TranscriptConverter, looks_like_transcript
from ingest.metadata import apply_fields, normalize_fields, prettify_filename
from ingest.transcriber import TranscribeProgress
from ingest.transcription import Transcription
from search.errors import ConversionError
from search.protocols import Converter
from search.types import Document, DocumentMeta

__all__ = [
    "DEFAULT_BUDGETS",
    "DEFAULT_MAX_BYTES",
    "Budgets",
    "check_size",
    "convert",
    "converter_for",
    "is_supported",
    "supported_extensions",
]

_CONVERTERS: tuple[type[BudgetedConverter], ...] = (
    MarkdownConverter,
    TextConverter,
    DocxConverter,
    PptxConverter,
    OdtConverter,
    HtmlConverter,
    EmailConverter,
    PdfConverter,
    ImageConverter,
    TranscriptConverter,
    BpmnConverter,
    AudioConverter,
)
_SNIFF_BYTES = 65536


def supported_extensions() -> frozenset[str]:
    """Lower-case file extensions (with dot) some converter reads."""
    return frozenset(ext for cls in _CONVERTERS for ext in cls.extensions)


def converter_for(
    path: Path,
    budgets: Budgets = DEFAULT_BUDGETS,
    transcription: Transcription | None = None,
    progress: TranscribeProgress | None = None,
) -> Converter:
    """A fresh converter for `path`; a .txt whose lines are mostly `Name: text` is a transcript.
    Recordings are read with `transcription` (None: only those with a transcript sidecar)."""
    name = path.name.lower()
    if name.endswith(TextConverter.extensions) and _is_transcript(path):
        return TranscriptConverter(budgets)
    if name.endswith(AudioConverter.extensions):
        return AudioConverter(budgets, transcription, progress)
    for cls in _CONVERTERS:
        if name.endswith(cls.extensions):
            return cls(budgets)
    raise ConversionError("unsupported_type", file=path.name, suffix=path.suffix)


def is_supported(path: Path, extensions: Iterable[str] | None = None) -> bool:
    """Whether some converter reads `path` (matched on the end of the name: ".bpmn20.xml")."""
    return path.name.lower().endswith(tuple(extensions or supported_extensions()))


def _is_transcript(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
        return looks_like_transcript(decode_text(head, path.name)) if head.strip() else False
    except (OSError, ConversionError):
        return False  # the text converter reports the real problem


def check_size(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """ConversionError when `path` is missing, not a file, empty or larger than `max_bytes`."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ConversionError(
            "file_unreadable", file=path.name, detail=exc.strerror or str(exc)
        ) from exc
    if not path.is_file():
        raise ConversionError("not_a_file", file=path.name)
    if size == 0:
        raise ConversionError("file_empty", file=path.name)
    if size > max_bytes:
        raise ConversionError("file_too_large", file=path.name, size=size, limit=max_bytes)


def convert(
    path: Path,
    meta: DocumentMeta,
    document_id: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    overrides: Mapping[str, Any] | None = None,
    budgets: Budgets = DEFAULT_BUDGETS,
    transcription: Transcription | None = None,
    progress: TranscribeProgress | None = None,
) -> Document:
    """Convert one file; every failure is a ConversionError whose params name the file.

    `overrides` (CLI flags) are re-applied after the converter so they beat front matter; a
    document without any title gets its prettified file name. `budgets` bound what reading the
    file may cost (unpacked zip members, nesting depth, characters, a recording's length);
    `transcription` transcribes recordings, reporting to `progress` (seconds done, in all).
    """
    check_size(path, max_bytes)
    converter = converter_for(path, budgets, transcription, progress)
    try:
        document = converter.run(path, meta, document_id)
    except ConversionError as exc:
        if exc.code == TEXT_BUDGET_CODE:  # raised by a SectionBuilder, which knows no file
            exc.params.setdefault("file", path.name)
        raise
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop the batch
        raise ConversionError(
            "conversion_failed", file=path.name, detail=f"{type(exc).__name__}: {exc}"
        ) from exc
    final = document.meta
    if overrides:
        final = apply_fields(final, normalize_fields(overrides, "Kommandozeile"))
    if not final.title:
        final = replace(final, title=prettify_filename(path))
    return replace(document, meta=final) if final != document.meta else document
