"""Markdown to sections via markdown-it-py: heading tree, readable lists and tables, code kept."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from ingest.converters.base import (
    BudgetedConverter,
    SectionBuilder,
    build_document,
    decode_text,
    read_bytes,
    render_table,
    with_title,
)
from ingest.metadata import apply_fields, normalize_fields, parse_yaml_mapping, split_front_matter
from search.types import Document, DocumentMeta

_TAG = re.compile(r"<[^>]+>")


class MarkdownConverter(BudgetedConverter):
    """Markdown file to a Document; YAML front matter overrides sidecar metadata.

    >>> doc = MarkdownConverter().run(Path("antrag.md"), DocumentMeta(), "id1")
    >>> doc.sections[0].heading_path
    ('Urlaubsantrag',)
    """

    extensions: tuple[str, ...] = (".md", ".markdown")

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        data = read_bytes(path)
        front, body = split_front_matter(decode_text(data, path.name))
        if front is not None:
            origin = f"{path.name} (Front Matter)"
            meta = apply_fields(meta, normalize_fields(parse_yaml_mapping(front, origin), origin))
        walker = _Walker(SectionBuilder(max_text_chars=self.budgets.max_chars))
        walker.walk(SyntaxTreeNode(_parser().parse(body)))
        meta = with_title(meta, walker.first_h1)
        sections = walker.builder.sections()
        return build_document(path, meta, document_id, sections)


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


class _Walker:
    """Walks the block tree keeping the current heading path."""

    def __init__(self, builder: SectionBuilder) -> None:
        self.builder = builder
        self.headings: list[tuple[int, str]] = []
        self.first_h1: str | None = None

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.headings)

    def walk(self, node: SyntaxTreeNode) -> None:
        for child in node.children:
            self.block(child)

    def block(self, node: SyntaxTreeNode) -> None:
        kind = node.type
        if kind == "heading":
            self.heading(int(node.tag[1:]), inline_text(node))
        elif kind == "paragraph":
            self.builder.add(inline_text(node), self.path)
        elif kind in ("bullet_list", "ordered_list"):
            self.builder.add("\n".join(list_lines(node, 0)), self.path, kind="list")
        elif kind == "table":
            self.builder.add(render_table(table_rows(node)), self.path, kind="table")
        elif kind in ("fence", "code_block"):
            self.builder.add(node.content.rstrip("\n"), self.path, kind="code")
        elif kind == "html_block":
            self.builder.add(_TAG.sub(" ", node.content), self.path)
        elif kind == "blockquote":
            self.walk(node)

    def heading(self, level: int, text: str) -> None:
        if level == 1 and self.first_h1 is None:
            self.first_h1 = text
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, text))


def inline_text(node: SyntaxTreeNode) -> str:
    """Plain text of a block's inline content (emphasis dropped, links and images as their text)."""
    parts: list[str] = []
    for inline in node.children:
        token = inline.token if inline.type == "inline" else None
        for child in (token.children or []) if token is not None else []:
            if child.type in ("text", "code_inline", "image"):
                parts.append(child.content)
            elif child.type == "html_inline":
                parts.append(_TAG.sub("", child.content))
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" " if child.type == "softbreak" else "\n")
    return "".join(parts).strip()


def list_lines(node: SyntaxTreeNode, depth: int) -> list[str]:
    """'- item' lines (ordered: '1. item'), nested lists indented by two spaces per level."""
    lines: list[str] = []
    ordered = node.type == "ordered_list"
    start = int(node.attrs.get("start", 1) or 1) if ordered else 1
    for number, item in enumerate(node.children, start=start):
        marker = f"{number}." if ordered else "-"
        texts: list[str] = []
        nested: list[str] = []
        for child in item.children:
            if child.type in ("bullet_list", "ordered_list"):
                nested.extend(list_lines(child, depth + 1))
            elif child.type in ("fence", "code_block"):
                texts.append(child.content.strip())
            else:
                texts.append(
                    inline_text(child) if child.type == "paragraph" else _block_text(child)
                )
        lines.append("  " * depth + f"{marker} " + " ".join(t for t in texts if t))
        lines.extend(nested)
    return lines


def _block_text(node: SyntaxTreeNode) -> str:
    if node.type == "paragraph" or node.type == "heading":
        return inline_text(node)
    return " ".join(_block_text(child) for child in node.children)


def table_rows(node: SyntaxTreeNode) -> list[list[str]]:
    rows: list[list[str]] = []
    for section in node.children:
        for row in section.children:
            rows.append([inline_text(cell) for cell in row.children])
    return rows
