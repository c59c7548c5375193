"""PDF to one or more sections per page (1-based `page`) via pypdf's text layer."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.converters.base import SectionBuilder, build_document, read_bytes, with_title
from search.errors import ConversionError
from search.types import Document, DocumentMeta

if TYPE_CHECKING:
    from pypdf import PdfReader

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


class PdfConverter:
    """A text PDF to page sections; encrypted, broken and scanned PDFs raise ConversionError.

    >>> doc = PdfConverter().run(Path("bescheid.pdf"), DocumentMeta(), "id1")
    >>> doc.sections[0].page
    1
    """

    extensions: tuple[str, ...] = (".pdf",)

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        data = read_bytes(path)
        if not data.lstrip()[:5].startswith(b"%PDF"):
            raise ConversionError("not_a_pdf", file=path.name)
        reader = _open(data, path.name)
        builder = SectionBuilder()
        for number, text in enumerate(_page_texts(reader, path.name), start=1):
            for paragraph in _BLANK_LINES.split(text):
                builder.add(paragraph, page=number)
        if not builder.sections():
            raise ConversionError("pdf_no_text_layer", file=path.name)
        meta = with_title(meta, _title(reader))
        return build_document(path, meta, document_id, builder.sections())


def _open(data: bytes, name: str) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings on slightly broken files
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


def _page_texts(reader: PdfReader, name: str) -> list[str]:
    from pypdf.errors import PyPdfError

    texts = []
    try:
        for page in reader.pages:
            texts.append(page.extract_text() or "")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise _broken(name, exc) from exc
    if not texts:
        raise ConversionError("pdf_no_pages", file=name)
    return texts


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
