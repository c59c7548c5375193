"""Image files (png, jpg, tiff) to page sections by OCR; a multi-page TIFF gives one page each."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.converters.base import BudgetedConverter, build_document, read_bytes
from ingest.converters.ocr import page_sections, read_image
from search.errors import ConversionError
from search.types import Document, DocumentMeta, Section

if TYPE_CHECKING:
    from PIL.Image import Image


class ImageConverter(BudgetedConverter):
    """A scanned page (or pages) to sections with page number and OCR confidence.

    >>> doc = ImageConverter().run(Path("scan.png"), DocumentMeta(), "id1")
    >>> doc.sections[0].page, doc.sections[0].ocr_confidence   # doctest: +SKIP
    (1, 92.3)
    """

    extensions: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".tif", ".tiff")

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        data = read_bytes(path)
        sections: list[Section] = []
        for number, (image, dpi) in enumerate(self._pages(data, path.name), start=1):
            page = read_image(image, path.name, number, self.budgets, dpi)
            sections.extend(page_sections(page, number, self.budgets))
        if not sections:
            raise ConversionError("image_no_text", file=path.name)
        return build_document(path, meta, document_id, sections)

    def _pages(self, data: bytes, name: str) -> Iterator[tuple[Image, int]]:
        """Each frame as a grayscale image with its dpi (0 = unknown), within the budgets."""
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(io.BytesIO(data)) as image:
                frames = getattr(image, "n_frames", 1)
                if frames > self.budgets.max_ocr_pages:
                    raise ConversionError(
                        "ocr_too_many_pages", file=name, pages=frames,
                        limit=self.budgets.max_ocr_pages,
                    )  # fmt: skip
                for index in range(frames):
                    image.seek(index)
                    self._check_pixels(image, name)
                    yield _grayscale(image), _dpi(image)
        except (UnidentifiedImageError, OSError, ValueError, EOFError, SyntaxError) as exc:
            raise ConversionError("image_unreadable", file=name, detail=str(exc)) from exc

    def _check_pixels(self, image: Image, name: str) -> None:
        width, height = image.size  # known from the header, before any pixel is decoded
        if width * height > self.budgets.max_image_pixels:
            raise ConversionError(
                "image_too_large", file=name, pixels=width * height,
                limit=self.budgets.max_image_pixels,
            )  # fmt: skip


def _grayscale(image: Image) -> Image:
    """Upright (EXIF orientation) and gray; transparency becomes white paper, not black."""
    from PIL import Image, ImageOps

    frame = ImageOps.exif_transpose(image) or image
    if frame.mode in ("RGBA", "LA", "P", "PA"):
        rgba = frame.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        paper.alpha_composite(rgba)
        frame = paper
    return frame.convert("L")


def _dpi(image: Image) -> int:
    """The resolution the file states, if plausible; Tesseract guesses otherwise."""
    dpi = image.info.get("dpi")
    try:
        value = round(float(dpi[0])) if dpi else 0
    except (TypeError, ValueError, IndexError):
        return 0
    return value if 70 <= value <= 1200 else 0
