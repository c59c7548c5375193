"""Query-log rows written off the request path.

A search hands its row to the writer and answers; one thread inserts whatever piled up in one
transaction. SQLite has one writer at a time: with 20 concurrent searches each committing its own
row, the requests queued on SQLite's lock with its backoff sleeps, which made the 95th percentile
(eval/load). Readers of the log call `flush()` first. A crash loses at most the rows not yet
written (milliseconds' worth); nothing else goes through here.

>>> writer = QueryLogWriter(db); stop = writer.start()
>>> writer.add(QueryLogEntry(...)); writer.flush()
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from app.db.models import QueryLogEntry
from app.db.session import Database

log = logging.getLogger("amtswissen.querylog")
_STOP = object()


class QueryLogWriter:
    def __init__(self, db: Database, max_batch: int = 500) -> None:
        self.db = db
        self.max_batch = max_batch
        self._queue: queue.Queue[object] = queue.Queue()
        self._thread: threading.Thread | None = None

    def add(self, row: QueryLogEntry) -> None:
        if self._thread is None:  # not started (a script, a test without the app): write now
            self._write([row])
            return
        self._queue.put(row)

    def flush(self) -> None:
        """Return once every row handed over so far is committed."""
        if self._thread is not None:
            self._queue.join()

    def start(self) -> Callable[[], None]:
        self._thread = threading.Thread(target=self._run, name="querylog-writer", daemon=True)
        self._thread.start()
        return self.stop

    def stop(self) -> None:
        if self._thread is None:
            return
        self._queue.put(_STOP)
        self._thread.join(timeout=30)
        self._thread = None

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            batch = [first]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            rows = [item for item in batch if isinstance(item, QueryLogEntry)]
            try:
                if rows:
                    self._write(rows)
            finally:
                for _ in batch:
                    self._queue.task_done()
            if any(item is _STOP for item in batch):
                return

    def _write(self, rows: list[QueryLogEntry]) -> None:
        try:
            with self.db.session() as session:
                session.add_all(rows)
        except Exception:  # the log must never take a search down; say so and go on
            log.exception("query log: %d rows not written", len(rows))
