"""Find the files to ingest under some paths, and say why others were left out.

Hidden entries and `*.meta.yaml` sidecars are passed over silently (they are not documents);
everything else that is not ingested is reported with a reason.

>>> result = discover([Path("/share/bauamt")])
>>> result.files[0].name, result.skipped[0]
('antrag.docx', (PosixPath('/share/bauamt/~$antrag.docx'), 'Office-Sperrdatei (lock file)'))
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingest.converters import DEFAULT_MAX_BYTES, is_supported, supported_extensions
from ingest.metadata import is_sidecar

TEMP_SUFFIXES = (".tmp", ".temp", ".bak", ".swp", ".swx", ".part", ".crdownload", "~")
LOCK_FILE = "Office-Sperrdatei (lock file)"
TEMP_FILE = "temporäre Datei (temp file)"


@dataclass(frozen=True)
class DiscoveryResult:
    """Files to convert (deterministic order) and (path, reason) for each file left out."""

    files: tuple[Path, ...]
    skipped: tuple[tuple[Path, str], ...]


@dataclass
class _Walk:
    max_bytes: int
    extensions: frozenset[str]
    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    seen_dirs: set[Path] = field(default_factory=set)
    seen_files: set[Path] = field(default_factory=set)

    def visit(self, path: Path) -> None:
        if path.is_symlink() and not path.exists():
            self.skipped.append((path, "Verknüpfung ins Leere (broken symlink)"))
        elif path.is_dir():
            self.visit_dir(path)
        elif path.is_file():
            self.visit_file(path)
        elif not path.exists():
            self.skipped.append((path, "nicht gefunden (not found)"))
        else:
            self.skipped.append((path, "keine reguläre Datei (not a regular file)"))

    def visit_dir(self, path: Path) -> None:
        resolved = path.resolve()
        if resolved in self.seen_dirs:
            self.skipped.append((path, "Ordner schon besucht – Symlink-Schleife (symlink loop)"))
            return
        self.seen_dirs.add(resolved)
        try:
            entries = sorted(os.scandir(path), key=lambda entry: entry.name)
        except OSError as exc:
            self.skipped.append((path, f"Ordner nicht lesbar ({exc.strerror or exc})"))
            return
        for entry in entries:
            if not entry.name.startswith("."):
                self.visit(Path(entry.path))

    def visit_file(self, path: Path) -> None:
        reason = skip_reason(path, self.max_bytes, self.extensions)
        resolved = path.resolve()
        if reason is None and resolved in self.seen_files:
            reason = "schon erfasst über anderen Pfad (duplicate via symlink)"
        if reason is None:
            self.seen_files.add(resolved)
            self.files.append(path)
        elif reason:
            self.skipped.append((path, reason))


def skip_reason(path: Path, max_bytes: int, extensions: Iterable[str]) -> str | None:
    """Why `path` is not ingested: None = ingest, "" = ignore silently, else the reason."""
    name = path.name
    if name.startswith(".") or is_sidecar(path):
        return ""
    if name.startswith("~$") or name.startswith(".~lock."):
        return LOCK_FILE
    if name.lower().endswith(TEMP_SUFFIXES) or name.startswith("~"):
        return TEMP_FILE
    if not is_supported(path, extensions):
        return f"Dateityp '{path.suffix or '(ohne Endung)'}' nicht unterstützt (unsupported type)"
    size = path.stat().st_size
    if size == 0:
        return "leere Datei (empty file)"
    if size > max_bytes:
        return f"zu groß ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB; too large)"
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
