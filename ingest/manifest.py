"""The ingest manifest: which file was indexed with which content hash, in a small SQLite file.

A file is only recorded after its chunks are in the store, so a run killed midway leaves the file
unrecorded and the next run redoes it (chunk ids are stable, so this creates no duplicates).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from search.errors import StoreError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    source TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    chunks INTEGER NOT NULL,
    indexed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class ManifestEntry:
    source: str
    document_id: str
    content_hash: str
    chunks: int


class Manifest:
    """Content hashes of indexed files.

    >>> m = Manifest(Path("data/manifest.sqlite"))
    >>> m.get("/share/a.md") is None
    True
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
                self._db.executescript(_SCHEMA)
            except sqlite3.DatabaseError as exc:
                raise StoreError(
                    "manifest_unreadable", path=str(self.path), detail=str(exc)
                ) from exc
        return self._db

    def get(self, source: str) -> ManifestEntry | None:
        row = (
            self._conn()
            .execute(
                "SELECT source, document_id, content_hash, chunks FROM files WHERE source = ?",
                (source,),
            )
            .fetchone()
        )
        return ManifestEntry(*row) if row else None

    def record(self, entry: ManifestEntry) -> None:
        with self._conn() as db:
            db.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                (entry.source, entry.document_id, entry.content_hash, entry.chunks, time.time()),
            )

    def remove(self, source: str) -> None:
        with self._conn() as db:
            db.execute("DELETE FROM files WHERE source = ?", (source,))

    def sources_under(self, root: str) -> list[ManifestEntry]:
        prefix = root.rstrip("/") + "/"
        rows = self._conn().execute(
            "SELECT source, document_id, content_hash, chunks FROM files "
            "WHERE substr(source, 1, ?) = ? OR source = ?",
            (len(prefix), prefix, root),
        )
        return [ManifestEntry(*row) for row in rows]

    def all(self) -> list[ManifestEntry]:
        rows = self._conn().execute("SELECT source, document_id, content_hash, chunks FROM files")
        return [ManifestEntry(*row) for row in rows]

    def setting(self, key: str) -> str | None:
        row = self._conn().execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self._conn() as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
