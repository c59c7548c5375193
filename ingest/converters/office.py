"""Word, PowerPoint, ODT and HTML through unstructured's partitioners, fully offline.

A Word file whose paragraphs are mostly `Name: text` is an interview: those paragraphs become
speaker turns (as in transcript.py), while its headings, tables and lists stay ordinary sections.

unstructured is imported lazily, after `prepare_libraries()` has replaced its NLTK hooks and
switched off its telemetry, so converting never touches the network.
"""

from __future__ import annotations

import html
import importlib
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ingest.budgets import Budgets
from ingest.converters.base import (
    BudgetedConverter,
    SectionBuilder,
    build_document,
    decode_text,
    read_bytes,
    split_long,
    with_title,
)
from ingest.converters.elements import ElementSections
from ingest.converters.guards import check_archive, check_html_depth
from ingest.converters.odt import odt_to_html
from ingest.converters.speakers import (
    find_interviewer,
    interview_meta,
    speaker_line,
    transcript_turns,
    turn_kind,
)
from ingest.libraries import prepare_libraries
from search.errors import ConversionError
from search.types import Document, DocumentMeta, Section

LANGUAGES = ["deu"]  # skips language detection; the corpus is German
_CORE_TITLE = re.compile(rb"<dc:title>([^<]*)</dc:title>")
_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_NOT_PARAGRAPH = frozenset(
    {"Title", "ListItem", "Table", "PageBreak", "Header", "Footer", "Image", "PageNumber"}
)


def partitioner(module: str, function: str) -> Callable[..., list[Any]]:
    """An unstructured partition function, imported only after the offline hooks are in place."""
    prepare_libraries()
    return getattr(importlib.import_module(f"unstructured.partition.{module}"), function)


def partition_safely(name: str, label: str, call: Callable[[], list[Any]]) -> list[Any]:
    """Run a partitioner; any library failure becomes a ConversionError naming the file."""
    try:
        return call()
    except ConversionError:
        raise
    except Exception as exc:  # noqa: BLE001 - library errors vary by format and version
        raise ConversionError(
            "document_unreadable", file=name, kind=label, detail=f"{type(exc).__name__}: {exc}"
        ) from exc


def _require_zip(path: Path, label: str, budgets: Budgets) -> None:
    """A zip container whose members stay within `budgets`, checked before any parser opens it."""
    if not zipfile.is_zipfile(path):
        raise ConversionError("not_a_zip", file=path.name, kind=label)
    check_archive(path, budgets, label)


def _budgeted(budgets: Budgets) -> SectionBuilder:
    return SectionBuilder(max_text_chars=budgets.max_chars)


def _ooxml_title(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            core = archive.read("docProps/core.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    match = _CORE_TITLE.search(core)
    return match.group(1).decode("utf-8", "replace").strip() if match else None


class DocxConverter(BudgetedConverter):
    """A Word .docx to sections; heading styles give the heading path.

    >>> DocxConverter().run(Path("dienstanweisung.docx"), DocumentMeta(), "id1").meta.title
    'Dienstanweisung Urlaub'
    """

    extensions: tuple[str, ...] = (".docx",)
    label = "Word"
    use_pages = False
    speaker_turns = True  # look for an interview transcript in the body

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        read_bytes(path)  # a missing, unreadable or empty file fails with its own reason
        _require_zip(path, self.label, self.budgets)
        elements = partition_safely(path.name, self.label, lambda: self._partition(path))
        turns = transcript_turns(_paragraphs(elements)) if self.speaker_turns else []
        if turns:
            interviewer = find_interviewer(turns)
            folded: ElementSections = TurnSections(
                builder=_TurnBuilder(max_text_chars=self.budgets.max_chars),
                speakers=frozenset(t.speaker for t in turns if t.speaker),
                interviewer=interviewer,
            ).fold(elements)
            meta = interview_meta(meta, turns, interviewer)
        else:
            builder = _budgeted(self.budgets)
            folded = ElementSections(use_pages=self.use_pages, builder=builder).fold(elements)
        meta = with_title(meta, _ooxml_title(path) or folded.first_title)
        return build_document(path, meta, document_id, folded.sections())

    def _partition(self, path: Path) -> list[Any]:
        prepare_libraries()
        return partition_docx_memoised(str(path))


def partition_docx_memoised(filename: str) -> list[Any]:
    """unstructured's `partition_docx`, with python-docx style lookups remembered per document.

    python-docx resolves a paragraph's style by an XPath search over every style on each access,
    and unstructured asks two or three times per paragraph: half the time of reading a .docx.
    Reading never changes the styles, so each (style id, type) is resolved once. The memo is an
    attribute of this document's part only; python-docx's classes stay untouched. unstructured
    has no hook for the opened document, so this repeats `partition_docx`'s body (pinned 0.18.32)
    with an options subclass and its metadata decorator.
    """
    return _memoised_partition()(filename, languages=LANGUAGES)


@lru_cache(maxsize=1)
def _memoised_partition() -> Callable[..., list[Any]]:
    from unstructured.file_utils.model import FileType
    from unstructured.partition import docx as unstructured_docx
    from unstructured.partition.common.metadata import apply_metadata

    class MemoisedStyles(unstructured_docx.DocxPartitionerOptions):
        @property
        def document(self) -> Any:
            document = super().document  # opened once: unstructured caches it
            memoise_styles(document.part)
            return document

    @apply_metadata(FileType.DOCX)
    def partition(filename: str, **_: Any) -> list[Any]:
        options = MemoisedStyles.load(
            file=None, file_path=filename, include_page_breaks=False, infer_table_structure=True
        )
        return list(unstructured_docx._DocxPartitioner.iter_document_elements(options))

    return partition


def memoise_styles(part: Any) -> None:
    """Remember `part.get_style` results on this part instance (idempotent)."""
    if "get_style" in part.__dict__:
        return
    resolve = part.get_style
    cache: dict[tuple[Any, Any], Any] = {}

    def get_style(style_id: str | None, style_type: Any) -> Any:
        key = (style_id, style_type)
        if key not in cache:
            cache[key] = resolve(style_id, style_type)
        return cache[key]

    part.get_style = get_style


def _paragraphs(elements: Sequence[Any]) -> list[str]:
    """Texts of the body paragraphs: no headings, lists, tables, headers or footers."""
    texts = ((getattr(e, "category", ""), (getattr(e, "text", "") or "").strip()) for e in elements)
    return [text for category, text in texts if text and category not in _NOT_PARAGRAPH]


@dataclass
class _TurnBuilder(SectionBuilder):
    """A SectionBuilder that also takes speaker turns (never merged with their neighbours)."""

    def add_turn(self, text: str, path: tuple[str, ...], speaker: str, kind: str) -> None:
        self.count(text)
        for piece in split_long(text, self.max_chars):
            self._sections.append(
                Section(text=piece, heading_path=path, speaker=speaker, kind=kind)
            )


@dataclass
class TurnSections(ElementSections):
    """Folds a Word interview: `Name: text` paragraphs of known speakers become turns.

    A paragraph without a prefix right after a turn continues that speaker's turn.

    >>> names = frozenset({"Sandra Kühn", "Ute Brandt"})
    >>> folded = TurnSections(speakers=names, interviewer="Sandra Kühn").fold(elements)
    >>> [(s.speaker, s.kind) for s in folded.sections()][:2]
    [('Sandra Kühn', 'question'), ('Ute Brandt', 'turn')]
    """

    builder: _TurnBuilder = field(default_factory=_TurnBuilder)
    speakers: frozenset[str] = frozenset()
    interviewer: str | None = None
    _speaker: str | None = None  # speaker of the previous turn, for continuation paragraphs

    def add(self, element: Any) -> None:
        category = getattr(element, "category", "")
        text = (getattr(element, "text", "") or "").strip()
        turn = speaker_line(text, strict=True) if text else None
        if turn and turn.speaker in self.speakers and category not in ("ListItem", "Table"):
            self._add_turn(turn.speaker, turn.text)  # a misread short paragraph may be a "Title"
        elif text and self._speaker and category not in _NOT_PARAGRAPH:
            self._add_turn(self._speaker, text)
        else:
            if category in ("Title", "ListItem", "Table"):
                self._speaker = None
            super().add(element)

    def _add_turn(self, speaker: str, text: str) -> None:
        self._speaker, self._list_base = speaker, None
        self.builder.add_turn(text, self._path(), speaker, turn_kind(speaker, self.interviewer))


class PptxConverter(DocxConverter):
    """A PowerPoint .pptx to sections; `page` is the slide number, slide titles head the path."""

    extensions: tuple[str, ...] = (".pptx",)
    label = "PowerPoint"
    use_pages = True
    speaker_turns = False

    def _partition(self, path: Path) -> list[Any]:
        partition = partitioner("pptx", "partition_pptx")
        return partition(str(path), languages=LANGUAGES, include_page_breaks=False)


class OdtConverter(BudgetedConverter):
    """An OpenDocument .odt to sections (read as HTML, no pandoc needed)."""

    extensions: tuple[str, ...] = (".odt",)

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        read_bytes(path)  # a missing, unreadable or empty file fails with its own reason
        _require_zip(path, "ODT", self.budgets)
        markup, title = odt_to_html(path)
        partition = partitioner("html", "partition_html")
        elements = partition_safely(
            path.name, "ODT", lambda: partition(text=markup, languages=LANGUAGES)
        )
        folded = ElementSections(builder=_budgeted(self.budgets)).fold(elements)
        meta = with_title(meta, title or folded.first_title)
        return build_document(path, meta, document_id, folded.sections())


class HtmlConverter(BudgetedConverter):
    """An .html/.htm page to sections; h1-h6 give the heading path, <title> the title."""

    extensions: tuple[str, ...] = (".html", ".htm")

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        data = read_bytes(path)
        markup = decode_text(data, path.name)
        check_html_depth(markup, path.name, self.budgets.max_depth)
        partition = partitioner("html", "partition_html")
        elements = partition_safely(
            path.name, "HTML", lambda: partition(text=markup, languages=LANGUAGES)
        )
        folded = ElementSections(builder=_budgeted(self.budgets)).fold(elements)
        match = _HTML_TITLE.search(markup[:65536])
        title = html.unescape(" ".join(match.group(1).split())) if match else None
        meta = with_title(meta, title or folded.first_title)
        return build_document(path, meta, document_id, folded.sections())
