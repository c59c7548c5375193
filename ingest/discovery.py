"""Find the files to ingest under some paths, and say why others were left out.

Hidden entries and `*.meta.yaml` sidecars are passed over silently (they are not documents);
everything else that is not ingested is reported with a ConversionError saying why.

>>> result = discover([Path("/share/bauamt")])
>>> path, why = result.skipped[0]
>>> result.files[0].name, path.name, why.code
('antrag.docx', '~$antrag.docx', 'lock_file')
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingest.converters import DEFAULT_MAX_BYTES, is_supported, supported_extensions
from ingest.metadata import is_sidecar
from search.errors import ConversionError

TEMP_SUFFIXES = (".tmp", ".temp", ".bak", ".swp", ".swx", ".part", ".crdownload", "~")


@dataclass(frozen=True)
class DiscoveryResult:
    """Files to convert (deterministic order) and (path, why) for each file left out."""

    files: tuple[Path, ...]
    skipped: tuple[tuple[Path, ConversionError], ...]


@dataclass
class _Walk:
    max_bytes: int
    extensions: frozenset[str]
    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, ConversionError]] = field(default_factory=list)
    seen_dirs: set[Path] = field(default_factory=set)
    seen_files: set[Path] = field(default_factory=set)

    def visit(self, path: Path) -> None:
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
            entries = sorted(os.scandir(path), key=lambda entry: entry.name)
        except OSError as exc:
            detail = exc.strerror or str(exc)
            self.skipped.append(
                (path, ConversionError("folder_unreadable", file=path.name, detail=detail))
            )
            return
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


def is_ignored(path: Path) -> bool:
    """Hidden files and metadata sidecars are not documents: passed over without a word."""
    return path.name.startswith(".") or is_sidecar(path)


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
    """Files under `paths` (recursive, sorted by name per folder), skipping unreadable ones."""
    walk = _Walk(max_bytes, frozenset(extensions or supported_extensions()))
    for path in paths:
        walk.visit(Path(path))
    return DiscoveryResult(files=tuple(walk.files), skipped=tuple(walk.skipped))
