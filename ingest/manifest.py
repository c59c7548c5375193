"""The ingest manifest: which file was indexed with which content hash, in a small SQLite file.

A file is only recorded after its chunks are in the store, so a run killed midway leaves the file
unrecorded and the next run redoes it (chunk ids are stable, so this creates no duplicates).
Each entry keeps the metadata overrides it was ingested with, so a re-index can use them again.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from search.errors import StoreError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    source TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    chunks INTEGER NOT NULL,
    indexed_at REAL NOT NULL,
    overrides TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_COLUMNS = "source, document_id, content_hash, chunks, overrides"
T = TypeVar("T")


@dataclass(frozen=True)
class ManifestEntry:
    source: str
    document_id: str
    content_hash: str
    chunks: int
    overrides: Mapping[str, Any] = field(default_factory=dict)


def _entry(row: tuple[Any, ...]) -> ManifestEntry:
    source, document_id, content_hash, chunks, overrides = row
    return ManifestEntry(source, document_id, content_hash, chunks, json.loads(overrides or "{}"))


class Manifest:
    """Content hashes of indexed files; a damaged file is a `manifest_unreadable` StoreError.

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
            db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
            try:
                db.executescript(_SCHEMA)
                _migrate(db)
            except sqlite3.DatabaseError as exc:
                db.close()
                raise self._error(exc) from exc
            self._db = db
        return self._db

    def _error(self, exc: Exception) -> StoreError:
        return StoreError("manifest_unreadable", path=str(self.path), detail=str(exc))

    def _do(self, call: Callable[[sqlite3.Connection], T]) -> T:
        """Run one statement; SQLite's own errors (a damaged page) become our coded one."""
        try:
            return call(self._conn())
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from exc

    def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        def write(db: sqlite3.Connection) -> None:
            with db:
                db.execute(sql, params)

        self._do(write)

    def _entries(self, sql: str, params: tuple[Any, ...] = ()) -> list[ManifestEntry]:
        return self._do(lambda db: [_entry(row) for row in db.execute(sql, params).fetchall()])

    def get(self, source: str) -> ManifestEntry | None:
        found = self._entries(f"SELECT {_COLUMNS} FROM files WHERE source = ?", (source,))
        return found[0] if found else None

    def record(self, entry: ManifestEntry) -> None:
        overrides = json.dumps(dict(entry.overrides), ensure_ascii=False, default=str)
        self._write(
            "INSERT OR REPLACE INTO files "
            "(source, document_id, content_hash, chunks, indexed_at, overrides) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                entry.source,
                entry.document_id,
                entry.content_hash,
                entry.chunks,
                time.time(),
                overrides,
            ),
        )

    def remove(self, source: str) -> None:
        self._write("DELETE FROM files WHERE source = ?", (source,))

    def sources_under(self, root: str) -> list[ManifestEntry]:
        prefix = root.rstrip("/") + "/"
        return self._entries(
            f"SELECT {_COLUMNS} FROM files WHERE substr(source, 1, ?) = ? OR source = ?",
            (len(prefix), prefix, root),
        )

    def all(self) -> list[ManifestEntry]:
        return self._entries(f"SELECT {_COLUMNS} FROM files")

    def setting(self, key: str) -> str | None:
        row = self._do(
            lambda db: db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        )
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _migrate(db: sqlite3.Connection) -> None:
    """Bring a manifest of an earlier version up to the current schema, in place."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(files)")}
    if "overrides" not in columns:
        with db:
            db.execute("ALTER TABLE files ADD COLUMN overrides TEXT NOT NULL DEFAULT '{}'")
