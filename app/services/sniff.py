"""What an uploaded file really is: its first bytes (and a ZIP's directory) against its name.

A name is a claim, the bytes are the evidence. Programs are always refused; a PDF must start with
`%PDF-`; an Office file must be a ZIP whose directory holds the part its format needs; a text
format must decode. The suffixes come from the converters, so an upload the ingestion cannot read
is refused here and not in the job.

>>> check_content(b"%PDF-1.7 ...", "Satzung.pdf")
'pdf'
>>> check_content(b"MZ\\x90\\x00\\x03\\x00\\x00\\x00", "Satzung.pdf")  # doctest: +ELLIPSIS
Traceback (most recent call last):
search.errors.InvalidRequest: upload_type_mismatch (... suffix='.pdf', detected='EXE')
"""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path

from ingest.converters import supported_extensions
from search.errors import InvalidRequest

HEAD_BYTES = 1 << 16  # what `check_staged` reads for the checks on the first bytes
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PROGRAMS = (
    (b"\x7fELF", "ELF"),
    (b"\xfe\xed\xfa\xce", "Mach-O"),
    (b"\xfe\xed\xfa\xcf", "Mach-O"),
    (b"\xce\xfa\xed\xfe", "Mach-O"),
    (b"\xcf\xfa\xed\xfe", "Mach-O"),
    (b"\xca\xfe\xba\xbe", "Mach-O"),
)
_SHEBANG = re.compile(rb"\A(\xef\xbb\xbf)?#![ \t]*/")
_SIGNATURES = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (_OLE2, "OLE2"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"GIF8", "GIF"),
    (b"\x1f\x8b", "GZIP"),
    (b"7z\xbc\xaf\x27\x1c", "7Z"),
    (b"Rar!\x1a\x07", "RAR"),
)
# the part each ZIP-based format cannot do without (xlsx: ready for the day a converter reads it)
_ZIP_PARTS = {
    "docx": "word/document.xml",
    "pptx": "ppt/presentation.xml",
    "xlsx": "xl/workbook.xml",
    "odt": "content.xml",
}
# suffixes whose content is not text; every other supported suffix must decode as text
_BINARY = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".pptx": "pptx",
    ".xlsx": "xlsx",
    ".odt": "odt",
    ".msg": "msg",
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".tif": "tiff",
    ".tiff": "tiff",
    ".wav": "wav",
    ".mp3": "mp3",
    ".m4a": "m4a",
    ".ogg": "ogg",
    ".oga": "ogg",
    ".opus": "ogg",
    ".flac": "flac",
    ".webm": "webm",
}
_IMAGES = {"png": "PNG", "jpeg": "JPEG", "tiff": "TIFF"}  # kind -> what `detect` must see
# recordings: kind -> what `detect` may see (an ID3 tag may lead an MP3 or a FLAC file)
_AUDIO = {
    "wav": {"WAVE"},
    "mp3": {"ID3", "MP3"},
    "m4a": {"MP4"},
    "ogg": {"OGG"},
    "flac": {"FLAC", "ID3"},
    "webm": {"WebM"},
}
_AUDIO_SIGNATURES = (
    (b"ID3", "ID3"),
    (b"OggS", "OGG"),
    (b"fLaC", "FLAC"),
    (b"\x1a\x45\xdf\xa3", "WebM"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MAX_CHAOS = 0.1  # charset-normalizer's mess ratio above which a guess is not trusted


def supported_suffix(filename: str) -> str | None:
    """The longest converter extension `filename` ends with (".bpmn20.xml" beats ".xml")."""
    lower = filename.lower()
    matches = [ext for ext in supported_extensions() if lower.endswith(ext)]
    return max(matches, key=len) if matches else None


def check_content(head: bytes, filename: str) -> str:
    """The kind of file `head` (its first bytes) starts, if it fits `filename`; else InvalidRequest.

    Kinds: "pdf", "docx", "pptx", "odt", "msg" (Outlook, OLE2), "png", "jpeg", "tiff" (scans),
    "wav", "mp3", "m4a", "ogg", "flac", "webm" (recordings) or "text". A ZIP-based kind is only
    checked by its first bytes here; `check_staged` also reads the ZIP's directory.
    """
    if not head:
        raise InvalidRequest("upload_empty", file=filename)
    suffix = supported_suffix(filename)
    if suffix is None:
        raise InvalidRequest(
            "upload_type_unsupported",
            file=filename,
            suffix=Path(filename).suffix.lower(),
            supported=sorted(supported_extensions()),
        )
    detected = detect(head)
    kind = _BINARY.get(suffix, "text")
    if not _fits(kind, detected, head):
        raise InvalidRequest(
            "upload_type_mismatch", file=filename, suffix=suffix, detected=detected
        )
    return kind


def check_staged(path: Path, filename: str) -> str:
    """`check_content` on a staged file, and for ZIP-based kinds the part the format needs."""
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    kind = check_content(head, filename)
    if kind in _ZIP_PARTS:
        found = zip_kind(path)
        if found != kind:
            suffix = supported_suffix(filename) or ""
            raise InvalidRequest(
                "upload_type_mismatch", file=filename, suffix=suffix, detected=found
            )
    return kind


def zip_kind(path: Path) -> str:
    """Which Office format a ZIP's central directory holds ("docx", ...; "ZIP" for none of them).

    Only the directory is read, nothing is unpacked, so a ZIP bomb costs nothing here.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "ZIP (beschädigt)"
    return next((kind for kind, part in _ZIP_PARTS.items() if part in names), "ZIP")


def detect(head: bytes) -> str:
    """What the first bytes look like: a program, a known binary format, "Text" or "Binärdaten"."""
    program = _program(head)
    if program:
        return program
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    container = _audio(head)
    if container:
        return container
    if _decodes(head):
        return "Text"
    # after the text check: a UTF-16 BOM (FF FE) followed by text looks like a frame header
    return "MP3" if _mpeg_frame(head) else "Binärdaten"


def _audio(head: bytes) -> str | None:
    """The container of a recording: RIFF/WAVE, ID3, MP4 (ftyp), Ogg, FLAC, WebM (EBML); None
    for anything else (a bare MPEG frame is checked after text, in `detect`).

    >>> _audio(b"RIFF1234WAVEfmt "), _audio(b"ID3 tag"), _audio(b"RIFF1234AVI LIST")
    ('WAVE', 'ID3', None)
    """
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "WAVE"
    if head[4:8] == b"ftyp":
        return "MP4"
    return next((name for magic, name in _AUDIO_SIGNATURES if head.startswith(magic)), None)


def _mpeg_frame(head: bytes) -> bool:
    """An MPEG audio frame header: 11 sync bits, a defined version and layer, a valid bitrate
    and sample rate (so a text starting with 0xFF does not pass)."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 3
    return version != 1 and layer != 0 and bitrate not in (0, 15) and rate != 3


def _program(head: bytes) -> str | None:
    # "MZ" alone could begin a text ("MZ-Bericht"); a DOS header has NUL bytes in its first 64
    if head.startswith(b"MZ") and b"\x00" in head[:64]:
        return "EXE"
    if _SHEBANG.match(head):
        return "Skript"
    return next((name for magic, name in _PROGRAMS if head.startswith(magic)), None)


def _fits(kind: str, detected: str, head: bytes) -> bool:
    if kind == "text":
        return detected == "Text"
    if kind == "pdf":
        return detected == "PDF"
    if kind == "msg":
        return detected == "OLE2"
    if kind in _IMAGES:
        return detected == _IMAGES[kind]
    if kind in _AUDIO:
        return detected in _AUDIO[kind]
    return detected == "ZIP"


def _decodes(head: bytes) -> bool:
    """UTF-8 (UTF-16 with a BOM), else a charset charset-normalizer is sure of; few controls."""
    text = _utf(head)
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(head).best()
        text = str(best) if best is not None and best.chaos <= _MAX_CHAOS else None
    sample = (text or "")[:HEAD_BYTES]
    return (
        bool(text) and "\x00" not in sample and len(_CONTROL.findall(sample)) <= len(sample) // 100
    )


def _utf(head: bytes) -> str | None:
    encoding = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8"
    try:
        # not final: the head may end inside a character that the next bytes complete
        return codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return None
