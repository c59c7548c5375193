"""Untrusted uploads: a safe name, streamed staging with a hard size limit, a checked kind.

`stage_upload` writes the bytes to a temp file in the staging folder while it counts and hashes
them; any refusal (too large, empty, wrong type, bad name) deletes that file before it raises, so
a refused upload leaves nothing behind. `OriginalStore.put` then moves an accepted one into the
content-addressed store of originals.

>>> staged = stage_upload([b"# Satzung\\n"], "../Satzung.md", Path("data/staging"), 1 << 20)
>>> staged.name, staged.size, staged.kind
('Satzung.md', 10, 'text')
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from app.services.sniff import check_staged, supported_suffix
from search.errors import InvalidRequest, TooLarge

CHUNK_BYTES = 1 << 20
MAX_NAME_BYTES = 255  # the usual limit for one path component (ext4, NTFS in UTF-16 units)
_MAX_SUFFIX_BYTES = 32
_REFUSED = {"Cc", "Cf", "Cs", "Zl", "Zp"}  # controls, bidi overrides, lone surrogates, breaks
_UNSAFE = re.compile(r'[<>:"|?*]')  # not allowed on Windows / SMB shares
_EDGES = re.compile(r"^[\s.]+|[\s.]+$")  # leading dots hide a file, trailing ones vanish on Windows
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?", re.IGNORECASE)


def safe_filename(name: str) -> str:
    """The name a stored upload gets: base name only, NFC, no unsafe characters, ≤ 255 bytes.

    Umlauts stay; control characters are refused (`upload_name_invalid`), not silently dropped.

    >>> safe_filename("../../etc/passwd.md"), safe_filename("C:\\\\Ablage\\\\Prüfung: 1.pdf")
    ('passwd.md', 'Prüfung_ 1.pdf')
    """
    text = unicodedata.normalize("NFC", name)
    if any(unicodedata.category(char) in _REFUSED for char in text):
        raise InvalidRequest("upload_name_invalid", name=_shown(name))
    base = re.split(r"[/\\]", text)[-1]
    base = _EDGES.sub("", _UNSAFE.sub("_", base))
    if not base:
        raise InvalidRequest("upload_name_invalid", name=_shown(name))
    if _RESERVED.fullmatch(base):
        base = f"_{base}"
    return _capped(base)


def _shown(name: str) -> str:
    """The refused name for a message: escaped (repr), and not endless."""
    return repr(name[:120] + ("…" if len(name) > 120 else ""))


def _capped(base: str) -> str:
    if len(base.encode("utf-8")) <= MAX_NAME_BYTES:
        return base
    ending = len(supported_suffix(base) or Path(base).suffix)
    suffix = base[len(base) - ending :] if ending else ""
    if len(suffix.encode("utf-8")) > _MAX_SUFFIX_BYTES:
        suffix = ""
    stem = base[: len(base) - len(suffix)]
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    cut = _EDGES.sub("", stem.encode("utf-8")[:room].decode("utf-8", errors="ignore"))
    return unicodedata.normalize("NFC", f"{cut or '_'}{suffix}")


@dataclass(frozen=True)
class StagedUpload:
    """An accepted upload waiting in the staging folder: its safe name, where, size, hash, kind."""

    name: str
    path: Path
    size: int
    sha256: str
    kind: str

    def discard(self) -> None:
        """Delete the staged file (the batch was refused after this file was staged)."""
        self.path.unlink(missing_ok=True)


class AsyncReadable(Protocol):
    """What the route hands over: Starlette's `UploadFile` (`await file.read(n)`)."""

    async def read(self, size: int = -1) -> bytes: ...


class _Staging:
    """One temp file being written: counts and hashes, refuses past the limit, cleans up."""

    def __init__(self, filename: str, staging_dir: Path, max_bytes: int) -> None:
        self.name = safe_filename(filename)  # refuse a bad name before anything is written
        self.max_bytes = max_bytes
        self.size = 0
        self.digest = hashlib.sha256()
        staging_dir.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=staging_dir, prefix=".upload-", suffix=".part")
        self.path = Path(temp)
        self.handle: BinaryIO = os.fdopen(fd, "wb")

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.max_bytes:
            raise TooLarge(
                "upload_too_large", file=self.name, limit_mb=round(self.max_bytes / 2**20, 1)
            )
        self.digest.update(chunk)
        self.handle.write(chunk)

    def finish(self) -> StagedUpload:
        self.handle.close()
        if self.size == 0:
            raise InvalidRequest("upload_empty", file=self.name)
        kind = check_staged(self.path, self.name)
        return StagedUpload(self.name, self.path, self.size, self.digest.hexdigest(), kind)

    def abort(self) -> None:
        self.handle.close()
        self.path.unlink(missing_ok=True)


def stage_upload(
    source: Iterable[bytes] | BinaryIO, filename: str, staging_dir: Path, max_bytes: int
) -> StagedUpload:
    """Stream `source` (chunks or a binary file) into `staging_dir`; stop at once past `max_bytes`.

    Raises InvalidRequest (`upload_name_invalid`, `upload_too_large`, `upload_empty`,
    `upload_type_unsupported`, `upload_type_mismatch`) and then no file is left behind.
    """
    staging = _Staging(filename, staging_dir, max_bytes)
    try:
        for chunk in _chunks(source):
            staging.write(chunk)
        return staging.finish()
    except BaseException:
        staging.abort()
        raise


async def stage_upload_file(
    upload: AsyncReadable, filename: str | None, staging_dir: Path, max_bytes: int
) -> StagedUpload:
    """`stage_upload` for Starlette's `UploadFile`: `await upload.read(1 MiB)` until it is done."""
    staging = _Staging(filename or "", staging_dir, max_bytes)
    try:
        while chunk := await upload.read(CHUNK_BYTES):
            staging.write(chunk)
        return staging.finish()
    except BaseException:
        staging.abort()
        raise


def _chunks(source: Iterable[bytes] | BinaryIO) -> Iterator[bytes]:
    read = getattr(source, "read", None)
    if read is None:
        yield from (chunk for chunk in source if chunk)
        return
    while chunk := read(CHUNK_BYTES):
        yield chunk
