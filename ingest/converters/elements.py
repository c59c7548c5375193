"""unstructured elements to sections: Title depth gives the heading path, tables read well."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ingest.converters.base import SectionBuilder, render_table
from search.types import Section

_SKIPPED = {"PageBreak", "Header", "Footer", "Image", "PageNumber"}


@dataclass
class ElementSections:
    """Folds unstructured elements into sections.

    >>> folded = ElementSections(use_pages=True).fold(elements)
    >>> folded.first_title, folded.sections()[0].heading_path
    """

    use_pages: bool = False
    headings: bool = True
    first_title: str | None = None
    builder: SectionBuilder = field(default_factory=SectionBuilder)
    _stack: list[tuple[int, str]] = field(default_factory=list)
    _orphans: list[str] = field(default_factory=list)
    _list_base: int | None = None

    def fold(self, elements: Iterable[Any]) -> ElementSections:
        for element in elements:
            self.add(element)
        if not self.builder.sections():  # a document of headings only still has text
            for text in self._orphans:
                self.builder.add(text)
        return self

    def sections(self) -> tuple[Section, ...]:
        return self.builder.sections()

    def add(self, element: Any) -> None:
        category = getattr(element, "category", "")
        text = (getattr(element, "text", "") or "").strip()
        metadata = element.metadata
        page = metadata.page_number if self.use_pages else None
        if category in _SKIPPED or (not text and category != "Table"):
            return
        if category != "ListItem":
            self._list_base = None
        if category == "Title" and self.headings:
            self._heading(metadata.category_depth or 0, text)
        elif category == "Table":
            table = table_text(getattr(metadata, "text_as_html", None)) or text
            self.builder.add(table, self._path(), kind="table", page=page)
        elif category == "ListItem":
            depth = metadata.category_depth or 0
            self._list_base = depth if self._list_base is None else min(self._list_base, depth)
            indent = "  " * (depth - self._list_base)  # partitioners disagree on the top depth
            self.builder.add(f"{indent}- {text}", self._path(), kind="list", page=page)
        else:
            self.builder.add(text, self._path(), page=page)

    def _heading(self, depth: int, text: str) -> None:
        if self.first_title is None:
            self.first_title = text
        while self._stack and self._stack[-1][0] >= depth:
            self._stack.pop()
        self._stack.append((depth, text))
        self._orphans.append(text)

    def _path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self._stack)


def table_text(html: str | None) -> str:
    """Readable text of an HTML table ("Spalte: Wert" rows)."""
    if not html:
        return ""
    from lxml import html as lxml_html

    root = lxml_html.fromstring(html)
    rows = [
        [" ".join(cell.text_content().split()) for cell in row.xpath("./th|./td")]
        for row in root.iter("tr")
    ]
    return render_table(rows)
