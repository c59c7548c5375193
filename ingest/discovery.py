"""Find the files to ingest under some paths, and say why others were left out.

Hidden entries, `*.meta.yaml` sidecars and recordings' transcripts (`gespräch.m4a.vtt`, read with
the recording) are passed over silently (they are not documents);
everything else that is not ingested is reported with a ConversionError saying why, whatever
went wrong looking at it (a stat that fails, a folder that cannot be listed). Discovery also
keeps the names in each folder it listed completely, so the pipeline removes a document only
when its file is known to be gone (`DiscoveryResult.is_gone`), never because it was unreadable.

>>> result = discover([Path("/share/bauamt")])
>>> path, why = result.skipped[0]
>>> result.files[0].name, path.name, why.code
('antrag.docx', '~$antrag.docx', 'lock_file')
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingest.converters import DEFAULT_MAX_BYTES, is_supported, supported_extensions
from ingest.isolation import exception_detail
from ingest.metadata import is_sidecar
from ingest.transcription import is_transcript_sidecar
from search.errors import ConversionError

TEMP_SUFFIXES = (".tmp", ".temp", ".bak", ".swp", ".swx", ".part", ".crdownload", "~")


@dataclass(frozen=True)
class DiscoveryResult:
    """Files to convert (deterministic order) and (path, why) for each file left out."""

    files: tuple[Path, ...]
    skipped: tuple[tuple[Path, ConversionError], ...]
    listed: Mapping[Path, frozenset[str]] = field(default_factory=dict)
    """Every folder read completely (resolved path) → the names of all its entries."""

    def is_gone(self, source: Path) -> bool:
        """Whether `source` (a resolved path) is known to be gone: the nearest folder above it
        was listed completely and the next step down (the file, or a folder on the way to it)
        is not in that listing. Unlisted (unreadable, missing, replaced) folders prove nothing.
        """
        for folder in source.parents:
            names = self.listed.get(folder)
            if names is not None:
                return source.relative_to(folder).parts[0] not in names
        return False


@dataclass
class _Walk:
    max_bytes: int
    extensions: frozenset[str]
    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, ConversionError]] = field(default_factory=list)
    listed: dict[Path, frozenset[str]] = field(default_factory=dict)
    seen_dirs: set[Path] = field(default_factory=set)
    seen_files: set[Path] = field(default_factory=set)

    def visit(self, path: Path) -> None:
        """Look at one path; whatever goes wrong there is that path's reason, the walk goes on."""
        try:
            self._visit(path)
        except OSError as exc:  # stat, resolve or open failing: permissions, I/O, name too long
            why = ConversionError("file_unreadable", file=path.name, detail=exception_detail(exc))
            self.skipped.append((path, why))
        except Exception as exc:  # noqa: BLE001 - e.g. RecursionError in a very deep tree
            why = ConversionError("discovery_failed", file=path.name, detail=exception_detail(exc))
            self.skipped.append((path, why))

    def _visit(self, path: Path) -> None:
        if path.is_symlink() and not path.exists():
            self.skipped.append((path, ConversionError("broken_symlink", file=path.name)))
        elif path.is_dir():
            self.visit_dir(path)
        elif path.is_file():
            self.visit_file(path)
        elif not path.exists():
            self.skipped.append((path, ConversionError("not_found", file=path.name)))
        else:
            self.skipped.append((path, ConversionError("not_a_file", file=path.name)))

    def visit_dir(self, path: Path) -> None:
        resolved = path.resolve()
        if resolved in self.seen_dirs:
            self.skipped.append((path, ConversionError("symlink_loop", file=path.name)))
            return
        self.seen_dirs.add(resolved)
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            why = ConversionError("folder_unreadable", file=path.name, detail=exception_detail(exc))
            self.skipped.append((path, why))
            return
        self.listed[resolved] = frozenset(entry.name for entry in entries)
        for entry in entries:
            if not entry.name.startswith("."):
                self.visit(Path(entry.path))

    def visit_file(self, path: Path) -> None:
        if is_ignored(path):
            return
        why = skip_reason(path, self.max_bytes, self.extensions)
        resolved = path.resolve()
        if why is None and resolved in self.seen_files:
            why = ConversionError("duplicate_path", file=path.name)
        if why is None:
            self.seen_files.add(resolved)
            self.files.append(path)
        else:
            self.skipped.append((path, why))


CAPTURE_SUFFIX = ".capture.yaml"  # knowledge-capture data (people, interviews), loaded apart


def is_ignored(path: Path) -> bool:
    """Hidden files, metadata and transcript sidecars and knowledge-capture data are not
    documents: passed over without a word."""
    name = path.name
    return (
        name.startswith(".")
        or is_sidecar(path)
        or is_transcript_sidecar(path)
        or name.lower().endswith(CAPTURE_SUFFIX)
    )


def skip_reason(path: Path, max_bytes: int, extensions: Iterable[str]) -> ConversionError | None:
    """Why `path` is not ingested (None = ingest it); `is_ignored` files are checked before."""
    name = path.name
    if name.startswith("~$") or name.startswith(".~lock."):
        return ConversionError("lock_file", file=name)
    if name.lower().endswith(TEMP_SUFFIXES) or name.startswith("~"):
        return ConversionError("temp_file", file=name)
    if not is_supported(path, extensions):
        return ConversionError("unsupported_type", file=name, suffix=path.suffix)
    size = path.stat().st_size
    if size == 0:
        return ConversionError("file_empty", file=name)
    if size > max_bytes:
        return ConversionError("file_too_large", file=name, size=size, limit=max_bytes)
    return None


def discover(
    paths: Sequence[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extensions: Iterable[str] | None = None,
) -> DiscoveryResult:
    """Files under `paths` (recursive, sorted by name per folder), skipping unreadable ones;
    a path that does not exist is reported (`not_found`) and the others are still walked."""
    walk = _Walk(max_bytes, frozenset(extensions or supported_extensions()))
    for path in paths:
        walk.visit(Path(path))
    return DiscoveryResult(tuple(walk.files), tuple(walk.skipped), dict(walk.listed))
