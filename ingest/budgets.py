"""Limits a file must stay within while it is read, so a hostile file fails fast and small.

Checked before and while a converter works, never after: zip members (count, unpacked size per
member and in total, compression ratio), XML/HTML nesting depth, characters extracted, and for
OCR the scanned pages, the pixels of a page and Tesseract's time per page; for recordings
their length.

>>> Budgets().max_member_bytes // 2**20, Budgets(max_depth=100).max_depth
(100, 100)
"""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1 << 20
LIBXML_MAX_DEPTH = 255  # libxml2 (lxml) silently cuts HTML below ~256 levels without huge_tree


@dataclass(frozen=True)
class Budgets:
    """Per-file limits for the converters; the defaults suit municipal office documents."""

    max_unpacked_bytes: int = 200 * MIB  # all members of a zip container together
    max_member_bytes: int = 100 * MIB  # one member
    max_ratio: float = 100.0  # unpacked / packed of one member (above `ratio_grace_bytes`)
    max_members: int = 10_000
    max_depth: int = 200  # XML/HTML element nesting
    max_chars: int = 20_000_000  # text extracted from one file
    ratio_grace_bytes: int = MIB  # smaller members may compress as well as they like
    max_ocr_pages: int = 200  # scanned pages OCRed per file (1-3 s each)
    max_image_pixels: int = 40_000_000  # an image file's page; PDF pages render smaller to fit
    ocr_page_seconds: float = 120.0  # Tesseract on one page
    max_audio_seconds: float = 4 * 3600.0  # one recording (transcribed at ~5-10x real time)

    def __post_init__(self) -> None:
        if not 1 <= self.max_depth <= LIBXML_MAX_DEPTH:
            # deeper trees are cut by libxml2 without an error, which this budget exists to prevent
            raise ValueError(f"max_depth must be in 1..{LIBXML_MAX_DEPTH}, not {self.max_depth}")
        limits = (self.max_unpacked_bytes, self.max_member_bytes, self.max_members, self.max_chars,
                  self.max_ocr_pages, self.max_image_pixels)  # fmt: skip
        positive = min(self.max_ratio, self.ocr_page_seconds, self.max_audio_seconds) > 0
        if min(limits) < 1 or not positive or self.ratio_grace_bytes < 0:
            raise ValueError(f"budgets must be positive: {self}")


DEFAULT_BUDGETS = Budgets()
