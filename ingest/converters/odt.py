"""OpenDocument text (.odt) to HTML, so unstructured's HTML partitioner can read it without pandoc.

unstructured's own partition_odt shells out to pandoc, which is not installed on municipal
servers; an ODT body maps almost one to one onto HTML headings, paragraphs, lists and tables.
"""

from __future__ import annotations

import html
import zipfile
from pathlib import Path

from lxml import etree

from search.errors import ConversionError

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_T = "{" + NS["text"] + "}"
_TABLE = "{" + NS["table"] + "}"


def odt_to_html(path: Path) -> tuple[str, str | None]:
    """(HTML body of the document, dc:title from meta.xml or None)."""
    try:
        with zipfile.ZipFile(path) as archive:
            content = archive.read("content.xml")
            meta = archive.read("meta.xml") if "meta.xml" in archive.namelist() else None
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError) as exc:
        raise ConversionError("odt_invalid", file=path.name, detail=str(exc)) from exc
    body = root.find("office:body/office:text", NS)
    if body is None:
        raise ConversionError("odt_no_body", file=path.name)
    parts = [_block(child) for child in body]
    return f"<html><body>{''.join(parts)}</body></html>", _title(meta)


def _block(element: etree._Element) -> str:
    tag = element.tag
    if tag == f"{_T}h":
        level = min(int(element.get(f"{_T}outline-level", "1") or 1), 6)
        return f"<h{level}>{_inline(element)}</h{level}>"
    if tag == f"{_T}p":
        return f"<p>{_inline(element)}</p>"
    if tag == f"{_T}list":
        items = "".join(_list_item(item) for item in element if item.tag == f"{_T}list-item")
        return f"<ul>{items}</ul>"
    if tag == f"{_TABLE}table":
        return _table(element)
    if tag in (f"{_T}section", f"{_TABLE}table-header-rows", f"{_TABLE}table-rows"):
        return "".join(_block(child) for child in element)
    return ""


def _list_item(item: etree._Element) -> str:
    own = " ".join(_inline(c) for c in item if c.tag in (f"{_T}p", f"{_T}h"))
    nested = "".join(_block(c) for c in item if c.tag == f"{_T}list")
    return f"<li>{own}{nested}</li>"


def _table(table: etree._Element) -> str:
    rows = []
    for row in table.iter(f"{_TABLE}table-row"):
        cells = [
            " ".join(_inline(p) for p in cell.iter(f"{_T}p"))
            for cell in row
            if cell.tag == f"{_TABLE}table-cell"
        ]
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    return f"<table>{''.join(rows)}</table>"


def _inline(element: etree._Element) -> str:
    return html.escape(_plain(element))


def _plain(element: etree._Element) -> str:
    """Text of a paragraph; <text:s/>, tabs and line breaks become whitespace."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == f"{_T}s":
            parts.append(" " * int(child.get(f"{_T}c", "1") or 1))
        elif child.tag in (f"{_T}tab", f"{_T}line-break"):
            parts.append(" ")
        elif child.tag != f"{_T}note":  # footnote bodies would interrupt the sentence
            parts.append(_plain(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _title(meta: bytes | None) -> str | None:
    if not meta:
        return None
    try:
        root = etree.fromstring(meta, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None
    title = root.find(".//dc:title", NS)
    return title.text.strip() if title is not None and title.text else None
