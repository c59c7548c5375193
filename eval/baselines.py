"""BM25 baselines with the `bm25s` library on the same chunks our pipeline produces.

`bm25s` with its default tokenizer (lowercase, `\\w\\w+`, English stopwords) is what a developer
would otherwise pick; fed with our analyzer's terms it isolates the value of the analyzer from
that of the store, fusion and dense side.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ingest.chunking import StructureChunker
from search.types import Chunk, Document

Tokenize = Callable[[list[str]], list[list[str]]]


class RecordingChunker(StructureChunker):
    """A StructureChunker that keeps every chunk it produced (the baselines index these).

    >>> chunker = RecordingChunker(ChunkingParams(max_tokens=256), embedder.count_tokens)
    >>> pipeline = IngestPipeline(sources, chunker, embedder, encoder, store, manifest)
    >>> pipeline.run([Path("corpus")]); len(chunker.chunks)
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.chunks: list[Chunk] = []

    def run(self, document: Document) -> list[Chunk]:
        chunks = super().run(document)
        self.chunks.extend(chunks)
        return chunks


def bm25s_default_tokenize(texts: list[str]) -> list[list[str]]:
    """bm25s.tokenize with every default (English stopwords), as strings."""
    import bm25s

    return bm25s.tokenize(texts, return_ids=False, show_progress=False)  # type: ignore[return-value]


def bm25s_german_tokenize(texts: list[str]) -> list[list[str]]:
    """bm25s.tokenize with its German stopwords and the Snowball German stemmer."""
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("german")
    return bm25s.tokenize(  # type: ignore[return-value]
        texts, stopwords="de", stemmer=stemmer.stemWords, return_ids=False, show_progress=False
    )


def analyzer_tokenize(analyze: Callable[[str], list[str]]) -> Tokenize:
    """Our analyzer's terms (stems and compound parts) as bm25s tokens."""

    def tokenize(texts: list[str]) -> list[list[str]]:
        return [analyze(t) for t in texts]

    return tokenize


@dataclass
class BM25sIndex:
    """A bm25s index over chunks; `search` returns chunk sources (files) best first.

    >>> index = BM25sIndex(bm25s_default_tokenize)
    >>> index.build(chunks)
    >>> index.search("Urlaub beantragen", k=10)
    ['/abs/corpus/personalamt/urlaub.md', ...]
    """

    tokenize: Tokenize
    k1: float = 1.5
    b: float = 0.75
    _model: object = None
    _sources: list[str] = field(default_factory=list)
    build_seconds: float = 0.0

    def build(self, chunks: Sequence[Chunk]) -> None:
        import bm25s

        started = time.perf_counter()
        self._sources = [c.source for c in chunks]
        model = bm25s.BM25(k1=self.k1, b=self.b)
        model.index(self.tokenize([c.text_for_embedding for c in chunks]), show_progress=False)
        self._model = model
        self.build_seconds = time.perf_counter() - started

    def search(self, query: str, k: int = 100) -> list[str]:
        model = self._model
        vocab = model.vocab_dict  # type: ignore[attr-defined]
        tokens = [t for t in self.tokenize([query])[0] if t in vocab]
        if not tokens:
            return []
        scores = np.asarray(model.get_scores(tokens))  # type: ignore[attr-defined]
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [self._sources[i] for i in top if scores[i] > 0]
