"""Budget checks that run before a parser sees a file: zip members, XML and HTML nesting.

Each check reads in bounded pieces and stops at the first limit crossed, so a zip bomb, a
billion-laughs DOCTYPE or a 100,000-level tree is refused in milliseconds and a few MB.

>>> check_archive(Path("antrag.docx"), Budgets(), "Word")   # None, or a ConversionError
>>> check_html_depth("<html><body><p>Text</p></body></html>", "a.html", 200)
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from xml.parsers import expat

from lxml import etree

from ingest.budgets import Budgets
from search.errors import ConversionError

_PIECE = 1 << 20
_XML_MEMBERS = (".xml", ".rels")


def check_archive(path: Path, budgets: Budgets, label: str) -> None:
    """ConversionError unless the zip container at `path` stays within `budgets`.

    The central directory is checked first (count, names, declared sizes and ratios). Then every
    member is read in 1 MiB pieces: zipfile never yields more than the declared size and checks
    the CRC at the end, so a header that lies ends as `archive_member_mismatch` after reading at
    most the declared (budgeted) bytes. XML members are scanned for depth and DOCTYPE on the way.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            check_directory(path.name, infos, budgets)
            for info in infos:
                _read_member(archive, info, path.name, budgets)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as exc:
        raise ConversionError(
            "document_unreadable", file=path.name, kind=label, detail=f"{type(exc).__name__}: {exc}"
        ) from exc


def check_directory(name: str, infos: Sequence[zipfile.ZipInfo], budgets: Budgets) -> None:
    """The cheap checks on what the central directory declares."""
    if len(infos) > budgets.max_members:
        raise ConversionError(
            "archive_too_many_members", file=name, members=len(infos), limit=budgets.max_members
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        if not _plain_name(info.filename) or info.filename in seen:
            raise ConversionError("archive_member_name_forbidden", file=name, member=info.filename)
        seen.add(info.filename)
        _check_member_size(name, info.filename, info.file_size, info.compress_size, budgets)
        total += info.file_size
        if total > budgets.max_unpacked_bytes:
            raise ConversionError(
                "archive_too_large", file=name, size=total, limit=budgets.max_unpacked_bytes
            )


def _plain_name(member: str) -> bool:
    """A relative path inside the container: no drive, no root, no `..`, no control characters."""
    if not member or member.startswith(("/", "\\")) or "\\" in member or ":" in member:
        return False
    if any(ord(c) < 32 for c in member):
        return False
    return ".." not in PurePosixPath(member).parts


def _check_member_size(name: str, member: str, size: int, packed: int, budgets: Budgets) -> None:
    if size > budgets.max_member_bytes:
        raise ConversionError(
            "archive_member_too_large",
            file=name,
            member=member,
            size=size,
            limit=budgets.max_member_bytes,
        )
    ratio = size / max(packed, 1)
    if size > budgets.ratio_grace_bytes and ratio > budgets.max_ratio:
        raise ConversionError(
            "archive_ratio_too_high",
            file=name,
            member=member,
            ratio=round(ratio),
            limit=budgets.max_ratio,
        )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, b: Budgets) -> None:
    """Read one member in pieces (scanning XML); its real size must be the declared one."""
    scanner = XmlDepthScanner(name, info.filename, b.max_depth) if _is_xml(info) else None
    read = 0
    try:
        with archive.open(info) as member:
            while piece := member.read(_PIECE):
                read += len(piece)
                if scanner is not None:
                    scanner.feed(piece)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _mismatch(name, info) from exc
    if read != info.file_size:
        raise _mismatch(name, info)


def _mismatch(name: str, info: zipfile.ZipInfo) -> ConversionError:
    return ConversionError(
        "archive_member_mismatch", file=name, member=info.filename, declared=info.file_size
    )


def _is_xml(info: zipfile.ZipInfo) -> bool:
    return info.filename.lower().endswith(_XML_MEMBERS)


class XmlDepthScanner:
    """Streams XML through expat: refuses a DOCTYPE on sight and counts element depth.

    Builds no tree and expands nothing. Malformed XML only ends the scan: the real parser then
    reports it in its own words, exactly as without the scan.

    >>> scanner = XmlDepthScanner("plan.bpmn", "plan.bpmn", max_depth=200)
    >>> scanner.feed(b"<definitions><process/></definitions>"); scanner.close()
    """

    def __init__(self, file: str, part: str, max_depth: int, *, standalone: bool = False) -> None:
        self.file, self.part, self.max_depth, self.standalone = file, part, max_depth, standalone
        self.depth = 0
        self._broken = False
        parser = expat.ParserCreate()
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._doctype
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        self._parser = parser

    def feed(self, data: bytes) -> None:
        self._parse(data, final=False)

    def close(self) -> None:
        self._parse(b"", final=True)

    def _parse(self, data: bytes, *, final: bool) -> None:
        if self._broken:
            return
        try:
            self._parser.Parse(data, final)
        except expat.ExpatError:
            self._broken = True  # not well-formed: the converter's parser says so

    def _doctype(self, *_: object) -> None:
        if self.standalone:
            raise ConversionError("xml_doctype_forbidden", file=self.file)
        raise ConversionError("archive_xml_doctype", file=self.file, member=self.part)

    def _start(self, *_: object) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            raise ConversionError(
                "xml_too_deep", file=self.file, part=self.part, depth=self.depth,
                limit=self.max_depth,
            )  # fmt: skip

    def _end(self, *_: object) -> None:
        self.depth -= 1


def check_xml(data: bytes, file: str, max_depth: int) -> None:
    """Scan a standalone XML file (BPMN) before lxml parses it."""
    scanner = XmlDepthScanner(file, file, max_depth, standalone=True)
    for start in range(0, len(data), _PIECE):
        scanner.feed(data[start : start + _PIECE])
    scanner.close()


def check_html_depth(markup: str, file: str, max_depth: int) -> None:
    """`html_too_deep` when the tree lxml builds (as the partitioner will) nests past `max_depth`.

    libxml2 stops adding elements at about 256 levels without an error, so the limit must stay
    below that (Budgets enforces it); the text below and after the cut would be lost silently.
    """
    parser = etree.HTMLPullParser(events=("start", "end"))
    depth = 0
    for start in range(0, len(markup), _PIECE):
        parser.feed(markup[start : start + _PIECE])
        depth = _walk_events(parser.read_events(), depth, file, max_depth)
    try:
        parser.close()
    except etree.XMLSyntaxError:
        return  # nothing parseable: the partitioner reports it as before
    _walk_events(parser.read_events(), depth, file, max_depth)


def _walk_events(events: Iterable[tuple[str, etree._Element]], depth: int, file: str,
                 max_depth: int) -> int:  # fmt: skip
    for event, element in events:
        if event == "end":
            depth -= 1
            element.clear(keep_tail=True)  # the scan needs no tree
            continue
        depth += 1
        if depth > max_depth:
            raise ConversionError("html_too_deep", file=file, depth=depth, limit=max_depth)
    return depth
