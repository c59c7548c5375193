"""Shared converter helpers: reading bytes, decoding text, long-text splitting, section building."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.budgets import DEFAULT_BUDGETS, Budgets
from ingest.sentences import sentence_ends, split_at
from search.errors import ConversionError
from search.types import Document, DocumentMeta, Section

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_SECTION_CHARS = 4000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_JOINERS = {"text": "\n\n", "list": "\n"}  # kinds whose adjacent blocks merge


class BudgetedConverter:
    """Shared constructor of the converters: it only stores the per-file budgets."""

    extensions: tuple[str, ...] = ()

    def __init__(self, budgets: Budgets = DEFAULT_BUDGETS) -> None:
        self.budgets = budgets

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        raise NotImplementedError


TEXT_BUDGET_CODE = "text_too_many_chars"  # the code count_chars raises (a literal there)


def count_chars(used: int, text: str, limit: int) -> int:
    """`used + len(text)`; past `limit` a ConversionError (`convert` adds the file name).

    >>> count_chars(10, "Antrag", limit=20)
    16
    """
    used += len(text)
    if used > limit:
        raise ConversionError("text_too_many_chars", chars=used, limit=limit)
    return used


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a missing, unreadable or empty file is a ConversionError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConversionError(
            "file_unreadable", file=path.name, detail=exc.strerror or str(exc)
        ) from exc
    if not data.strip():
        raise ConversionError("file_empty", file=path.name)
    return data


def decode_text(data: bytes, name: str) -> str:
    """Decode text bytes: BOMs, UTF-8, then cp1252 (German Windows shares), then a detector.

    >>> decode_text("Straße".encode("cp1252"), "a.txt")
    'Straße'
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _checked(_strict(data, encoding), name)
    for encoding in ("utf-8", "cp1252"):
        text = _strict(data, encoding)
        if text is not None:
            return _checked(text, name)
    return _checked(_detected(data), name)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _checked(text: str | None, name: str) -> str:
    """Reject binary data that happened to decode (many control characters, NUL bytes)."""
    sample = (text or "")[:65536]
    if text is None or "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) // 100:
        raise ConversionError("text_undecodable", file=name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_long(text: str, max_chars: int = MAX_SECTION_CHARS) -> list[str]:
    """Cut text longer than `max_chars` at sentence ends, else at whitespace; linear time.

    >>> split_long("Eins. Zwei. Drei.", max_chars=8)
    ['Eins.', 'Zwei.', 'Drei.']
    """
    return split_at(text, _cuts(text, max_chars))


def _cuts(text: str, max_chars: int) -> Iterator[int]:
    start = 0
    while len(text) - start > max_chars:
        start = _cut_position(text, start, start + max_chars)
        yield start


def _cut_position(text: str, start: int, stop: int) -> int:
    """The last sentence end in the second half of `text[start:stop]`, else its last space."""
    half = start + (stop - start) // 2
    end = max(sentence_ends(text, start, stop), default=start)
    if end > half:
        return end
    space = max(text.rfind(" ", half, stop), text.rfind("\n", half, stop))
    return space + 1 if space > start else stop


@dataclass
class SectionBuilder:
    """Collects blocks in reading order; merges adjacent text (or list) blocks under one heading.

    >>> b = SectionBuilder(); b.add("Absatz eins.", ("Antrag",)); b.add("Absatz zwei.", ("Antrag",))
    >>> [s.text for s in b.sections()]
    ['Absatz eins.\\n\\nAbsatz zwei.']
    """

    max_chars: int = MAX_SECTION_CHARS
    max_text_chars: int = DEFAULT_BUDGETS.max_chars  # all sections together, checked per block
    _sections: list[Section] = field(default_factory=list)
    _text_chars: int = 0

    def add(
        self,
        text: str,
        heading_path: Sequence[str] = (),
        *,
        kind: str = "text",
        page: int | None = None,
    ) -> None:
        text = text.rstrip() if kind == "list" else text.strip()  # list indentation is nesting
        if not text.strip():
            return
        self.count(text)
        path = tuple(heading_path)
        last = self._sections[-1] if self._sections else None
        joiner = _JOINERS.get(kind)
        if (
            joiner is not None
            and last is not None
            and (last.kind, last.heading_path, last.page) == (kind, path, page)
            and len(last.text) + len(text) + 2 <= self.max_chars
        ):
            self._sections[-1] = replace(last, text=f"{last.text}{joiner}{text}")
            return
        pieces = [text] if len(text) <= self.max_chars else split_long(text, self.max_chars)
        for piece in pieces:
            self._sections.append(Section(text=piece, heading_path=path, page=page, kind=kind))

    def count(self, text: str) -> None:
        """Charge `text` to this file's character budget."""
        self._text_chars = count_chars(self._text_chars, text, self.max_text_chars)

    def sections(self) -> tuple[Section, ...]:
        return tuple(self._sections)


def render_table(rows: Sequence[Sequence[str]]) -> str:
    """Readable table text: "Spalte: Wert; ..." per data row when there is a header, else pipes.

    >>> render_table([["Art", "Frist"], ["Erholungsurlaub", "2 Wochen"]])
    'Art: Erholungsurlaub; Frist: 2 Wochen'
    """
    rows = [[cell.strip() for cell in row] for row in rows if any(c.strip() for c in row)]
    if not rows:
        return ""
    header, body = rows[0], rows[1:]
    if body and len(header) > 1 and all(header):
        lines = []
        for row in body:
            pairs = [f"{h}: {v}" for h, v in zip(header, row, strict=False) if v]
            lines.append("; ".join(pairs))
        return "\n".join(line for line in lines if line)
    return "\n".join(" | ".join(row) for row in rows)


def with_title(meta: DocumentMeta, title: str | None) -> DocumentMeta:
    """Fill in a found title only when no metadata layer set one."""
    title = (title or "").strip()
    return replace(meta, title=title) if title and not meta.title else meta


def build_document(
    path: Path,
    meta: DocumentMeta,
    document_id: str,
    sections: Sequence[Section],
) -> Document:
    """A Document for `path`; no text at all is a ConversionError."""
    if not any(s.text.strip() for s in sections):
        raise ConversionError("no_text", file=path.name)
    return Document(
        id=document_id,
        source=str(path),
        meta=meta,
        sections=tuple(sections),
    )
