"""An embedder wrapper that remembers document vectors, so ablations that change only the sparse
side (analyzer settings) re-use the dense vectors instead of embedding the corpus again.

Query vectors are cached in memory only while `cache_queries` is on; the runner reports whether
a configuration's latencies include live query embedding or reused vectors.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from search.embedders import BaseEmbedder

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS vectors "
    "(key BLOB PRIMARY KEY, vector BLOB NOT NULL, seconds REAL NOT NULL)"
)


# v2 (2026-12-02): e5-onnx embeds one passage per call; v1's vectors of the same name were made
# 32 at a time and depended on their batch, so they are not reused
KEY_VERSION = "v2"


def cache_key(embedder_name: str, text: str) -> bytes:
    """Key of one document vector: hash of the key version, the embedder name and the text.

    >>> cache_key("e5", "Bauantrag") == cache_key("e5", "Bauantrag") != cache_key("x", "Bauantrag")
    True
    """
    key = f"{KEY_VERSION}\0{embedder_name}\0{text}"
    return hashlib.blake2b(key.encode(), digest_size=16).digest()


class CachedEmbedder(BaseEmbedder):
    """Delegate to `inner`, keeping document vectors in memory and (optionally) in SQLite.

    >>> cached = CachedEmbedder(HashEmbedder(dim=64), Path("eval/.cache/embeddings.sqlite"))
    >>> cached.embed_documents(["Bauantrag"])   # embedded by the inner model
    >>> cached.embed_documents(["Bauantrag"])   # served from the cache
    >>> cached.misses, cached.hits
    (1, 1)

    `compute_seconds(texts)` tells how long the inner model took for these texts when they were
    first embedded (in this run or an earlier one), so throughput can be reported from a warm cache.
    """

    def __init__(
        self, inner: BaseEmbedder, path: Path | None = None, cache_queries: bool = True
    ) -> None:
        super().__init__(inner.batch_size, space=inner.space)
        self.cache_queries = cache_queries
        self._queries: dict[str, np.ndarray] = {}
        self.query_misses = 0
        self.inner = inner
        self.path = path
        self.name = inner.name
        self._memory: dict[bytes, tuple[np.ndarray, float]] = {}
        self._db: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0
        self.embed_seconds = 0.0  # time spent in the inner model during this run
        # The pipeline counts tokens (chunking) while a worker thread embeds; a Hugging Face fast
        # tokenizer shared by both is not thread-safe (padding state), so calls are serialised
        # per batch, which keeps most of the overlap.
        self._lock = threading.RLock()

    @property
    def dim(self) -> int:
        return self.inner.dim

    @property
    def max_tokens(self) -> int:
        return self.inner.max_tokens

    def _load(self) -> None:
        self.inner.warm_up()
        if self.path is not None and self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.execute(_SCHEMA)

    def count_tokens(self, text: str) -> int:
        with self._lock:
            return self.inner.count_tokens(text)

    def embed_batch(self, texts: list[str], is_query: bool) -> np.ndarray:
        with self._lock:
            return self.inner.embed_batch(texts, is_query)

    def embed_query(self, text: str) -> np.ndarray:
        if self.cache_queries and text in self._queries:
            return self._queries[text]
        with self._lock:
            vector = self.inner.embed_query(text)
        self.query_misses += 1
        if self.cache_queries:
            self._queries[text] = vector
        return vector

    def prime_queries(self, texts: Sequence[str]) -> float | None:
        """Embed queries in batches ahead of searching; the seconds it took (None: all known)."""
        self.warm_up()
        todo = list(dict.fromkeys(t for t in texts if t not in self._queries))
        if not todo:
            return None
        started = time.perf_counter()
        for start in range(0, len(todo), self.batch_size):
            batch = todo[start : start + self.batch_size]
            for text, vector in zip(batch, self.embed_batch(batch, is_query=True), strict=True):
                self._queries[text] = vector
        return time.perf_counter() - started

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.warm_up()
        texts = list(texts)
        keys = [cache_key(self.name, t) for t in texts]
        self._fetch([k for k in dict.fromkeys(keys) if k not in self._memory])
        missing = list(
            dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in self._memory)
        )
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            self._compute(missing)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for row, key in enumerate(keys):
            out[row] = self._memory[key][0]
        return out

    def compute_seconds(self, texts: Sequence[str]) -> float:
        """Seconds the inner model spent on these texts when they were embedded."""
        keys = [cache_key(self.name, t) for t in texts]
        return sum(self._memory[k][1] for k in keys if k in self._memory)

    def _compute(self, texts: list[str]) -> None:
        started = time.perf_counter()
        vectors = super().embed_documents(texts)  # batches through the locked embed_batch
        elapsed = time.perf_counter() - started
        self.embed_seconds += elapsed
        per_text = elapsed / len(texts)
        rows = []
        for text, vector in zip(texts, vectors, strict=True):
            key = cache_key(self.name, text)
            self._memory[key] = (np.asarray(vector, dtype=np.float32), per_text)
            rows.append((key, self._memory[key][0].tobytes(), per_text))
        if self._db is not None:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", rows)

    def _fetch(self, keys: list[bytes]) -> None:
        if self._db is None or not keys:
            return
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            marks = ",".join("?" * len(part))
            query = f"SELECT key, vector, seconds FROM vectors WHERE key IN ({marks})"  # noqa: S608
            for key, blob, seconds in self._db.execute(query, part):
                self._memory[bytes(key)] = (np.frombuffer(blob, dtype=np.float32), seconds)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
