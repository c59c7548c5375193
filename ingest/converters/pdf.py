"""PDF to sections per page (1-based `page`) via pypdf's text layer: cleaned text, running
headers and footers removed, headings from the layout (see pdf_layout, pdf_text); pages without
a text layer are read by OCR (see ocr)."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.converters import ocr
from ingest.converters.base import (
    BudgetedConverter,
    SectionBuilder,
    build_document,
    count_chars,
    read_bytes,
    with_title,
)
from ingest.converters.pdf_layout import (
    Line,
    body_size,
    heading_paths,
    page_blocks,
    page_lines,
    strip_running,
)
from search.errors import ConversionError
from search.types import Document, DocumentMeta, Section

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader


class _QuietPypdf:
    """pypdf's warnings on slightly broken files are silenced only while a PDF is being read.

    pypdf logs on child loggers ("pypdf._reader"), which a filter on "pypdf" would not see, so
    the "pypdf" level is raised for the call and restored after; a count of the readers keeps
    concurrent reads from restoring it early. Outside a read, pypdf logs as configured.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._readers = 0
        self._saved = logging.NOTSET

    @contextmanager
    def __call__(self) -> Iterator[None]:
        logger = logging.getLogger("pypdf")
        with self._lock:
            if self._readers == 0:
                self._saved = logger.level
                logger.setLevel(logging.ERROR)
            self._readers += 1
        try:
            yield
        finally:
            with self._lock:
                self._readers -= 1
                if self._readers == 0:
                    logger.setLevel(self._saved)


quiet_pypdf = _QuietPypdf()


class PdfConverter(BudgetedConverter):
    """A PDF to page sections (pages without text layer OCRed); encrypted, broken PDFs raise.

    >>> doc = PdfConverter().run(Path("bescheid.pdf"), DocumentMeta(), "id1")
    >>> doc.sections[0].page
    1
    """

    extensions: tuple[str, ...] = (".pdf",)

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        data = read_bytes(path)
        if not data.lstrip()[:5].startswith(b"%PDF"):
            raise ConversionError("not_a_pdf", file=path.name)
        with quiet_pypdf():
            reader = _open(data, path.name)
            pages = _pages(reader, path.name, self.budgets.max_chars)
            title = _title(reader)
            texts = ["\n".join(line.text for line in lines) for lines in pages]
            scans = [
                _may_be_scan(page, text) for page, text in zip(reader.pages, texts, strict=True)
            ]
        sections = pdf_sections(pages, self.budgets.max_chars)
        sections = ocr.ocr_blank_pages(data, texts, sections, path.name, self.budgets, scans)
        if not sections:
            raise ConversionError("pdf_no_text_layer", file=path.name)
        meta = with_title(meta, title)
        return build_document(path, meta, document_id, sections)


def pdf_sections(pages: list[list[Line]], max_chars: int) -> tuple[Section, ...]:
    """Sections from the lines of each page (a page without text: an empty list), in order.

    >>> [s.page for s in pdf_sections([[Line("Antrag")], [], [Line("Frist")]], 10_000)]
    [1, 3]
    """
    pages = strip_running(pages)
    body = body_size(pages)
    builder = SectionBuilder(max_text_chars=max_chars)
    blocks = [page_blocks(lines, body) for lines in pages]
    for number, path, block in heading_paths(blocks):
        builder.add(block.text, path, kind=block.kind, page=number)
    return builder.sections()


def _open(data: bytes, name: str) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ConversionError("pdf_encrypted", file=name)
        _ = len(reader.pages)
    except ConversionError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, NotImplementedError) as exc:
        raise _broken(name, exc) from exc
    return reader


def _pages(reader: PdfReader, name: str, max_chars: int) -> list[list[Line]]:
    """Lines per page; the character budget is charged page by page, so extraction stops early."""
    from pypdf.errors import PyPdfError

    pages: list[list[Line]] = []
    chars = 0
    try:
        for page in reader.pages:
            pages.append(page_lines(page))
            chars = count_chars(chars, "\n".join(x.text for x in pages[-1]), max_chars)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise _broken(name, exc) from exc
    if not pages:
        raise ConversionError("pdf_no_pages", file=name)
    return pages


def _may_be_scan(page: PageObject, text: str) -> bool:
    """A page with little text and an image large enough to be a scanned page (checked only
    for short pages: images are not decoded, only their size read)."""
    if ocr.text_chars(text) > ocr.STAMP_CHARS or not text.strip():
        return False
    try:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        images = [x.get_object() for x in (xobjects.get_object().values() if xobjects else ())]
        return any(
            image.get("/Subtype") == "/Image"
            and int(image.get("/Width", 0)) * int(image.get("/Height", 0)) >= ocr.SCAN_PIXELS
            for image in images
        )
    except (AttributeError, KeyError, TypeError, ValueError):  # odd resources: not a scan
        return False


def _broken(name: str, exc: Exception) -> ConversionError:
    if "decrypt" in str(exc).lower() or "encrypt" in str(exc).lower():
        return ConversionError("pdf_encrypted", file=name, detail=str(exc))
    return ConversionError("pdf_damaged", file=name, detail=str(exc))


def _title(reader: PdfReader) -> str | None:
    try:
        info = reader.metadata
        return str(info.title) if info is not None and info.title else None
    except Exception:  # noqa: BLE001 - a broken info dictionary only costs the title
        return None
