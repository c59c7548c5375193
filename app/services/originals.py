"""The uploaded originals, content-addressed: `root/<sha[:2]>/<sha>/<safe name>`.

One folder per hash keeps the file's name, so converters see its extension; the same content under
the same name is the same path, so uploading a file twice stores it once. A recording's transcript
(`<name>.vtt`, ingest/transcription.py) is written beside it on ingest and removed with it.

>>> store = OriginalStore(Path("data/originals"))
>>> path = store.put(staged)            # staged = stage_upload(...)
>>> store.contains(path), path.relative_to(store.root).parts[0] == staged.sha256[:2]
(True, True)
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from app.services.uploads import StagedUpload, safe_filename
from ingest.transcription import transcript_sidecar
from search.errors import StoreError

_SHA256 = re.compile(r"[0-9a-f]{64}")
_RETRIES = 3  # a concurrent `remove` may prune the hash folder between mkdir and move


class OriginalStore:
    """Originals under `root`; every path it takes must lie inside `root` in its layout."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()

    def path_for(self, sha256: str, name: str) -> Path:
        """Where the original with this hash and (safe) name lives, whether stored or not."""
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a lower-case sha256 hex digest: {sha256!r}")
        if safe_filename(name) != name:
            raise ValueError(f"not a safe file name: {name!r}")
        return self.root / sha256[:2] / sha256 / name

    def put(self, staged: StagedUpload) -> Path:
        """Move a staged upload into the store (atomically); an identical original is kept."""
        target = self.path_for(staged.sha256, staged.name)
        for _ in range(_RETRIES):
            if target.is_file():
                staged.discard()  # same hash, same name: the same bytes are already here
                return target
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                _move(staged.path, target)
                return target
            except FileNotFoundError:
                if not staged.path.exists():
                    raise
        raise StoreError("original_store_failed", path=str(target), detail="folder kept vanishing")

    def contains(self, path: Path) -> bool:
        """Whether `path` is an original in this store (inside root, in the layout, a file)."""
        return self._inside(path) is not None and Path(path).is_file()

    def open(self, path: Path) -> BinaryIO:
        """The stored original for reading; a path outside the store is refused."""
        return self._checked(path).open("rb")

    def remove(self, path: Path) -> None:
        """Delete an original (with a recording's transcript beside it) and its hash folders
        once empty; never anything outside root."""
        resolved = self._checked(path)
        resolved.unlink(missing_ok=True)
        transcript_sidecar(resolved).unlink(missing_ok=True)
        for folder in (resolved.parent, resolved.parent.parent):
            try:
                folder.rmdir()
            except OSError:
                return  # not empty (another name for the same content) or already gone

    def _checked(self, path: Path) -> Path:
        resolved = self._inside(path)
        if resolved is None:
            raise StoreError("original_outside_store", path=str(path), root=str(self.root))
        return resolved

    def _inside(self, path: Path) -> Path | None:
        """The resolved path when it is `<sha[:2]>/<sha>/<name>` under root (links followed)."""
        resolved = Path(path).resolve()
        if not resolved.is_relative_to(self.root):
            return None
        parts = resolved.relative_to(self.root).parts
        if len(parts) != 3 or not _SHA256.fullmatch(parts[1]) or parts[0] != parts[1][:2]:
            return None
        return resolved


def _move(source: Path, target: Path) -> None:
    """Rename into place; across file systems copy to a temp file beside the target first."""
    try:
        os.replace(source, target)  # the same bytes under the same name: replacing is harmless
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".put-")
        with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
            shutil.copyfileobj(handle, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        source.unlink()
