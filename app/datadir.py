"""One owner per data folder: an advisory `flock` on `<data_dir>/.lock`, taken before the store.

The holder writes its pid, command and start time into the lock file, so a second process never
touches the store's files and can say who holds the folder and since when.

>>> lock = DataDirLock(Path("data"))
>>> lock.acquire(wait=2.0)      # raises StoreError("index_locked", pid=..., since=...) if held
>>> lock.release()
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sys
import time
from datetime import datetime
from pathlib import Path

from search.errors import StoreError

LOCK_NAME = ".lock"
POLL_SECONDS = 0.1


class DataDirLock:
    """An exclusive, non-blocking advisory lock on a data folder, held until `release()`."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock, retrying up to `wait` seconds; raises `index_locked` naming the holder."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise self._locked_error() from None
                time.sleep(POLL_SECONDS)
        self._fd = fd
        self._write_holder(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        os.ftruncate(self._fd, 0)  # the file stays: unlinking a locked file races a new taker
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def holder(self) -> dict[str, object]:
        """What the holder wrote (pid, command, since); empty while it is still writing."""
        for _ in range(5):
            try:
                return dict(json.loads(self.path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError):
                time.sleep(0.02)
        return {}

    def _write_holder(self, fd: int) -> None:
        info = {
            "pid": os.getpid(),
            "command": " ".join(sys.argv)[:300],
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)

    def _locked_error(self) -> StoreError:
        info = self.holder()
        return StoreError(
            "index_locked",
            path=str(self.path.parent),
            pid=info.get("pid", "?"),
            command=info.get("command", "?"),
            since=info.get("since", "?"),
        )


def set_aside(path: Path, why: str) -> Path:
    """Move a damaged store folder or manifest out of the way: `qdrant.damaged-<timestamp>`."""
    aside = path.with_name(f"{path.name}.{why}-{time.strftime('%Y%m%d-%H%M%S')}")
    if path.exists():
        path.rename(aside)
    return aside


def fresh_paths(store: Path, manifest: Path) -> tuple[Path, Path]:
    """Empty places next to the store and the manifest for a rebuild (leftovers removed)."""
    fresh, fresh_manifest = (
        store.with_name(store.name + ".new"),
        manifest.with_name(manifest.name + ".new"),
    )
    shutil.rmtree(fresh, ignore_errors=True)
    fresh_manifest.unlink(missing_ok=True)
    return fresh, fresh_manifest


def swap_in(fresh: Path, store: Path, fresh_manifest: Path, manifest: Path) -> None:
    """Replace store and manifest by their complete rebuilds; the old store goes last."""
    old = store.with_name(store.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if store.exists():
        store.rename(old)
    fresh.rename(store)
    os.replace(fresh_manifest, manifest)
    shutil.rmtree(old, ignore_errors=True)
