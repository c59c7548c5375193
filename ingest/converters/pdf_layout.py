"""The layout of a PDF page as lines (font size, bold, height on the page) and its blocks:
headings where size or weight shows them, paragraphs joined from lines, list items kept apart.

Lines come from pypdf's text visitor, whose pieces add up to exactly `extract_text()`, so the
text is the same as before; only the layout is new. A page without layout keeps its lines.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ingest.converters.pdf_text import is_list_item, join_lines, running_key, running_keys

if TYPE_CHECKING:
    from pypdf import PageObject

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|,b\b", re.IGNORECASE)
_HEADING_RATIO = 1.15  # a line this much above the body size is a heading
_MAX_HEADING_CHARS = 120
_COVER_MAX_CHARS = 300  # a first page with less text besides headings is a title page
_PARAGRAPH_GAP = 1.35  # a vertical gap this much above the usual line step starts a paragraph


@dataclass(frozen=True)
class Line:
    """One text line of a page; size 0 means the PDF gave no layout for it."""

    text: str
    size: float = 0.0
    bold: bool = False
    y: float | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph, list item or heading of a page; `size` ranks headings."""

    text: str
    kind: str = "text"  # text | list | heading
    size: float = 0.0


def page_lines(page: PageObject) -> list[Line]:
    """The page's lines with the font size, weight and position of their text runs."""
    runs: list[tuple[str, float, bool, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        scale = abs(float(tm[3]) * float(cm[3])) or 1.0
        name = str(font.get("/BaseFont", "")) if font else ""
        y = float(tm[5]) * float(cm[3]) + float(cm[5])
        runs.append((text, float(size or 0) * scale, bool(_BOLD.search(name)), y))

    page.extract_text(visitor_text=visit)
    return list(_lines_of(runs))


def _lines_of(runs: list[tuple[str, float, bool, float]]) -> Iterator[Line]:
    pieces: list[tuple[str, float, bool, float]] = []
    for text, size, bold, y in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                yield from _line(pieces)
                pieces = []
            if part:
                pieces.append((part, size, bold, y))
    yield from _line(pieces)


def _line(pieces: list[tuple[str, float, bool, float]]) -> Iterator[Line]:
    text = "".join(p[0] for p in pieces)
    inked = [p for p in pieces if p[0].strip()]
    if not inked:
        return
    size = max(p[1] for p in inked)
    yield Line(text, size=size, bold=all(p[2] for p in inked), y=inked[0][3])


def text_lines(text: str) -> list[Line]:
    """Lines without layout, for text from elsewhere (a page the visitor cannot read, OCR)."""
    return [Line(line if line.strip() else "") for line in text.split("\n")]


def body_size(pages: Sequence[Sequence[Line]]) -> float:
    """The font size most characters are set in (0 when the PDF gives no sizes)."""
    counts: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            counts[round(line.size * 2) / 2] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 0.0


def page_blocks(lines: Sequence[Line], body: float) -> list[Block]:
    """Group one page's lines into headings, paragraphs and list items."""
    blocks: list[Block] = []
    current: list[Line] = []
    step = _line_step(lines)
    for prev, line in zip([None, *lines], lines, strict=False):
        if not line.text:  # a blank line of text without layout ends the paragraph
            blocks.extend(_close(current, body))
            current = []
            continue
        heading = _heading_size(line, body)
        if heading or _starts_block(prev, line, body, step):
            blocks.extend(_close(current, body))
            current = []
        if heading:
            blocks.append(_heading(blocks, line, heading))
        else:
            current.append(line)
    blocks.extend(_close(current, body))
    return blocks


def _heading_size(line: Line, body: float) -> float:
    """The rank of a heading line (its size, bold lines a little above body), else 0."""
    text = line.text.strip()
    if not body or len(text) > _MAX_HEADING_CHARS or is_list_item(text) and not line.bold:
        return 0.0
    if line.size >= body * _HEADING_RATIO:
        return line.size
    if line.bold and line.size >= body and not text.endswith((".", ":", ",", ";")):
        return body + 0.1
    return 0.0


def _heading(blocks: list[Block], line: Line, size: float) -> Block:
    """A heading block; a heading wrapped over two lines becomes one heading."""
    text = join_lines([line.text])
    if blocks and blocks[-1].kind == "heading" and blocks[-1].size == size:
        return Block(join_lines([blocks.pop().text, text]), "heading", size)
    return Block(text, "heading", size)


def _starts_block(prev: Line | None, line: Line, body: float, step: float | None) -> bool:
    if prev is None or not prev.text:
        return False
    if is_list_item(line.text) or _small(prev, body) != _small(line, body):
        return True
    if prev.size and line.size and abs(prev.size - line.size) > 0.6:
        return True
    if step is None or prev.y is None or line.y is None:
        return False
    gap = prev.y - line.y
    return gap < 0 or gap > step * _PARAGRAPH_GAP


def _small(line: Line, body: float) -> bool:
    """Small print (tables, notes) keeps its line breaks: its lines are not prose."""
    return bool(body and line.size and line.size < body - 0.6)


def _line_step(lines: Sequence[Line]) -> float | None:
    """The usual vertical step between two lines of a paragraph on this page."""
    gaps = [
        a.y - b.y
        for a, b in zip(lines, lines[1:], strict=False)
        if a.y is not None and b.y is not None and a.y - b.y > 0
    ]
    return statistics.median(gaps) if gaps else None


def _close(lines: list[Line], body: float) -> Iterator[Block]:
    if not lines:
        return
    kind = "list" if is_list_item(lines[0].text) else "text"
    if _small(lines[0], body):  # tables and notes: one line each, as extracted
        yield Block("\n".join(join_lines([line.text]) for line in lines), kind)
        return
    yield Block(join_lines([line.text for line in lines]), kind)


def strip_running(pages: Sequence[Sequence[Line]], edge: int = 2) -> list[list[Line]]:
    """The pages without running headers and footers: lines near the top or bottom of most
    pages that are equal once their numbers are masked ("Seite 3 von 12")."""
    edges = [_edges(lines, edge) for lines in pages if lines]
    keys = running_keys([[line.text for line in lines] for lines in edges])
    kept: list[list[Line]] = []
    for lines in pages:
        near = {id(line) for line in _edges(lines, edge)}
        kept.append([x for x in lines if id(x) not in near or running_key(x.text) not in keys])
    return kept


def _edges(lines: Sequence[Line], edge: int) -> list[Line]:
    inked = [line for line in lines if line.text.strip()]
    return inked[:edge] + inked[edge:][-edge:]


def heading_paths(
    pages: Sequence[Sequence[Block]],
) -> Iterator[tuple[int, tuple[str, ...], Block]]:
    """Each non-heading block with its 1-based page and the headings above it, across pages; a
    heading closes every open heading of its size or smaller, as "##" closes "##" and "###".
    The headings of a cover page (title page with little text) do not head the pages after it."""
    stack: list[tuple[float, str]] = []
    for number, blocks in enumerate(pages, start=1):
        if number == 2 and is_cover(pages[0], pages[1:]):
            stack = []
        for block in blocks:
            if block.kind != "heading":
                yield number, tuple(text for _, text in stack), block
                continue
            while stack and stack[-1][0] <= block.size:
                stack.pop()
            stack.append((block.size, block.text))


def is_cover(first: Sequence[Block], rest: Sequence[Sequence[Block]]) -> bool:
    """A title page: it opens with a heading and holds little text besides its headings,
    much less than the pages after it."""
    chars = [sum(len(b.text) for b in blocks if b.kind != "heading") for blocks in rest]
    text = sum(len(b.text) for b in first if b.kind != "heading")
    usual = statistics.median(chars) if chars else 0
    return bool(first) and first[0].kind == "heading" and text < min(_COVER_MAX_CHARS, usual / 4)
