"""A disk cache around an embedder's `embed_batch`, so tuning runs embed each text only once.

>>> cache = EmbeddingCache(Path("/tmp/aw_tune/emb.pkl"))
>>> cache.install(embedder)      # wraps embedder.embed_batch in place
>>> cache.save()
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

import numpy as np


class EmbeddingCache:
    """{(model, is_query, sha1(text)): vector} kept in one pickle file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._vectors: dict[tuple[str, bool, str], np.ndarray] = {}
        if path.is_file():
            self._vectors = pickle.loads(path.read_bytes())
        self.misses = 0

    def install(self, embedder: Any) -> None:
        original = embedder.embed_batch
        model = f"{embedder.name}:{embedder.dim}"

        def cached(texts: list[str], is_query: bool) -> np.ndarray:
            keys = [(model, is_query, hashlib.sha1(t.encode()).hexdigest()) for t in texts]
            todo = [i for i, k in enumerate(keys) if k not in self._vectors]
            if todo:
                self.misses += len(todo)
                fresh = original([texts[i] for i in todo], is_query)
                for i, vec in zip(todo, fresh, strict=True):
                    self._vectors[keys[i]] = np.asarray(vec, dtype=np.float32)
            return np.stack([self._vectors[k] for k in keys])

        embedder.embed_batch = cached

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(self._vectors))
        tmp.replace(self.path)
