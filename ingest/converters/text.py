"""Plain text to sections: encoding detection, paragraphs at blank lines, long lines split."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.converters.base import (
    BudgetedConverter,
    SectionBuilder,
    build_document,
    decode_text,
    read_bytes,
)
from search.types import Document, DocumentMeta

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


class TextConverter(BudgetedConverter):
    """A .txt file (UTF-8/UTF-16 BOM, UTF-8, cp1252, else detected) to paragraph sections.

    >>> TextConverter().run(Path("notiz.txt"), DocumentMeta(), "id1").sections[0].kind
    'text'
    """

    extensions: tuple[str, ...] = (".txt", ".text")

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        data = read_bytes(path)
        builder = SectionBuilder(max_text_chars=self.budgets.max_chars)
        for paragraph in _BLANK_LINES.split(decode_text(data, path.name)):
            builder.add(paragraph)
        return build_document(path, meta, document_id, builder.sections())
