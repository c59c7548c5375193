"""Text of page images by Tesseract (German, plus English), run as a local subprocess.

The image goes to `tesseract` on stdin (never a path or URL it might fetch), the answer comes back
as TSV: words with confidences. Scanned PDF pages are rendered with pypdfium2 at 300 dpi, capped
to `Budgets.max_image_pixels`; pages that have a text layer are not OCRed, unless the layer is
only a stamp on a scan image.

>>> sections = ocr_blank_pages(data, ["Text", ""], text_sections, "scan.pdf", Budgets())
>>> sections[-1].page, sections[-1].ocr_confidence   # doctest: +SKIP
(2, 91.4)
"""

from __future__ import annotations

import io
import math
import os
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ingest.budgets import Budgets
from ingest.converters.base import SectionBuilder
from search.errors import ConversionError
from search.types import Section

if TYPE_CHECKING:
    from PIL.Image import Image

LANGUAGES = "deu+eng"
PACKAGES = "tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng"
RENDER_DPI = 300
# OpenMP threads inside one Tesseract run cost more than they give: on 2 cores a page of A4
# takes 4.3 s with them and 1.9 s without (measured here)
_ONE_THREAD = {"OMP_THREAD_LIMIT": "1"}
_PDFIUM = threading.Lock()  # PDFium is not thread-safe
# a text layer this short on a page with a scan image is a stamp or a form field, not the page
STAMP_CHARS = 200
SCAN_PIXELS = 250_000  # an embedded image this large (~ 500 x 500) may be a scanned page


@dataclass(frozen=True)
class OcrPage:
    """What Tesseract read on one page: text (lines, blank line between paragraphs) and the mean
    word confidence (0-100; None when it found no words)."""

    text: str
    confidence: float | None


def read_image(image: Image, file: str, page: int, budgets: Budgets, dpi: int = 0) -> OcrPage:
    """OCR one page image; a missing Tesseract or language names the Debian packages."""
    command = ["tesseract", "stdin", "stdout", "-l", LANGUAGES, "--psm", "3"]
    command += ["--dpi", str(dpi)] if dpi else []
    try:
        done = subprocess.run(
            [*command, "tsv"],
            input=_png(image),
            capture_output=True,
            timeout=budgets.ocr_page_seconds,
            check=False,
            env={**os.environ, **_ONE_THREAD},
        )
    except FileNotFoundError as exc:
        raise ConversionError("ocr_unavailable", file=file, packages=PACKAGES) from exc
    except subprocess.TimeoutExpired as exc:
        raise ConversionError(
            "ocr_timeout", file=file, page=page, limit=budgets.ocr_page_seconds
        ) from exc
    return _answer(done, file, page)


def _answer(done: subprocess.CompletedProcess[bytes], file: str, page: int) -> OcrPage:
    error = done.stderr.decode("utf-8", "replace")
    if "Failed loading language" in error or "Error opening data file" in error:
        raise ConversionError("ocr_language_missing", file=file, packages=PACKAGES)
    if done.returncode != 0:
        detail = error.strip().splitlines()[-1:] or [f"exit {done.returncode}"]
        raise ConversionError("ocr_failed", file=file, page=page, detail=detail[0])
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def _png(image: Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def parse_tsv(tsv: str) -> OcrPage:
    """Words of Tesseract's TSV in reading order, lines and paragraphs kept, and their mean
    confidence.

    >>> row = "5\\t1\\t1\\t1\\t1\\t{}\\t0\\t0\\t9\\t9\\t{}\\t{}"
    >>> tsv = "\\n".join(["level", row.format(1, 90, "Bauantrag"), row.format(2, 80, "stellen")])
    >>> parse_tsv(tsv)
    OcrPage(text='Bauantrag stellen', confidence=85.0)
    """
    paragraphs: dict[tuple[str, ...], dict[str, list[str]]] = {}
    confidences: list[float] = []
    for line in tsv.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        confidence = float(cells[10])
        if confidence < 0:
            continue
        lines = paragraphs.setdefault((cells[1], cells[2], cells[3]), {})
        lines.setdefault(cells[4], []).append(cells[11].strip())
        confidences.append(confidence)
    text = "\n\n".join(
        "\n".join(" ".join(words) for words in lines.values()) for lines in paragraphs.values()
    )
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return OcrPage(text, mean)


def page_sections(page: OcrPage, number: int, budgets: Budgets) -> tuple[Section, ...]:
    """One page's OCR text as sections on page `number`, each carrying the page's confidence."""
    builder = SectionBuilder(max_text_chars=budgets.max_chars)
    for paragraph in page.text.split("\n\n"):
        builder.add(paragraph, page=number)
    return tuple(replace(s, ocr_confidence=page.confidence) for s in builder.sections())


def ocr_blank_pages(
    data: bytes,
    texts: Sequence[str],
    sections: Sequence[Section],
    file: str,
    budgets: Budgets,
    scans: Sequence[bool] = (),
) -> tuple[Section, ...]:
    """`sections` (from the text layer) with the OCR sections of every page whose text is empty
    (`texts`: one per page, 1-based order), in page order.

    A page with a page-sized image (`scans`, one flag per page) and only a stamp of text on it
    ("Eingang 12.03.2024") is read too; its OCR text, which includes the stamp, replaces the text
    layer when it holds clearly more (else the page was a logo beside a short text: kept as is).
    """
    wanted = pages_to_ocr(texts, scans)
    if not wanted:
        return tuple(sections)
    if len(wanted) > budgets.max_ocr_pages:
        raise ConversionError(
            "ocr_too_many_pages", file=file, pages=len(wanted), limit=budgets.max_ocr_pages
        )
    kept = list(sections)
    for number in wanted:  # one page image in memory at a time
        read = page_sections(_ocr_pdf_page(data, number, file, budgets), number, budgets)
        if text_chars(" ".join(s.text for s in read)) >= 2 * text_chars(texts[number - 1]):
            kept = [s for s in kept if s.page != number] + list(read)
    return tuple(sorted(kept, key=lambda s: s.page or 0))


def pages_to_ocr(texts: Sequence[str], scans: Sequence[bool] = ()) -> list[int]:
    """Pages (1-based) without a text layer, or with a scan image and at most a stamp of text.

    >>> pages_to_ocr(["Text " * 50, "", "Eingang 12.03.2024"], [False, False, True])
    [2, 3]
    """
    flags = list(scans) + [False] * (len(texts) - len(scans))
    return [
        number
        for number, (text, scan) in enumerate(zip(texts, flags, strict=True), start=1)
        if not text.strip() or (scan and text_chars(text) <= STAMP_CHARS)
    ]


def text_chars(text: str) -> int:
    """Characters without whitespace: what a page's text holds, however it is spaced."""
    return len("".join(text.split()))


def _ocr_pdf_page(data: bytes, number: int, file: str, budgets: Budgets) -> OcrPage:
    image, dpi = render_pdf_page(data, number, budgets.max_image_pixels)
    return read_image(image, file, number, budgets, dpi)


def render_pdf_page(data: bytes, number: int, max_pixels: int) -> tuple[Image, int]:
    """Page `number` (1-based) as a grayscale image at 300 dpi, lower when that would exceed
    `max_pixels`; with the dpi used."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        pdf = pdfium.PdfDocument(data)
        try:
            page = pdf[number - 1]
            width, height = page.get_size()  # points, 72 per inch
            scale = min(RENDER_DPI / 72, math.sqrt(max_pixels / max(width * height, 1.0)))
            image = page.render(scale=scale, grayscale=True).to_pil()
        finally:
            pdf.close()
    return image, round(scale * 72)
