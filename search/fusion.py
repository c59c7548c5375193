"""Score fusion of the dense and the sparse candidate list, with a dense weight set per query.

Each list is normalised as Qdrant's DBSF does (mean ± 3 standard deviations -> 0..1, a chunk
missing from a list counts 0); chunks are ordered by the sum with weights 2a and 2(1 − a), so
a = 0.5 is exactly the stores' own DBSF, and scored by the equal-weight sum (see `fuse`).
The dense weight a is `lexical_weight` when one of the top sparse hits contains most of the
query's words, and `paraphrase_weight` when none holds `coverage_below` of them: then the question
is worded unlike the texts, the exact-term list only brings texts that share a word or two, and
with equal weights it pulled good dense rankings down on paraphrased questions (issue 11). The
values were chosen to maximise the worst case over five test sets: research/RESULTS.md
(2026-12-01).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

Analyze = Callable[[str], Iterable[str]]


class Ranked(Protocol):
    """A list entry to fuse: a ScoredChunk, or a RankedId before its chunk is read."""

    @property
    def chunk_id(self) -> str: ...

    @property
    def score(self) -> float: ...


R = TypeVar("R", bound=Ranked)


def dbsf_normalise(scores: Sequence[float]) -> list[float]:
    """Qdrant's DBSF normalisation: [mean − 3 sd, mean + 3 sd] mapped to [0, 1] (not clipped:
    a top score far above its list keeps its lead).

    >>> dbsf_normalise([3.0, 2.0, 1.0])
    [0.6666666666666666, 0.5, 0.3333333333333333]
    >>> dbsf_normalise([5.0])
    [0.5]
    """
    if not scores:
        return []
    n = len(scores)
    mean = math.fsum(scores) / n
    # the sample standard deviation in floats (statistics.stdev works in Fractions: ~0.4 ms of
    # a search's two lists of 30)
    spread = 3 * math.sqrt(math.fsum((s - mean) ** 2 for s in scores) / (n - 1)) if n > 1 else 0.0
    if spread == 0:
        return [0.5] * len(scores)
    low, span = mean - spread, 2 * spread
    return [(s - low) / span for s in scores]


def term_coverage(query_terms: Iterable[str], texts: Iterable[str], analyze: Analyze) -> float:
    """Largest share of the query's distinct terms that one of `texts` contains (1 without terms).

    >>> term_coverage(["rot", "apfel", "kauf"], ["apfel sind rot", "birne"], str.split)
    0.6666666666666666
    """
    wanted = set(query_terms)
    if not wanted:
        return 1.0
    return max((len(wanted & set(analyze(t))) / len(wanted) for t in texts), default=0.0)


def fuse(dense: Sequence[R], sparse: Sequence[R], dense_weight: float, top_k: int) -> list[R]:
    """The `top_k` chunks ordered by 2a·dbsf(dense) + 2(1 − a)·dbsf(sparse) (ties: dense order).

    Each chunk's score is the equal-weight sum dbsf(dense) + dbsf(sparse), whatever a is: the
    evidence both lists give, on the scale the gap analysis' `gap_score` was calibrated on (with
    the order's weights, questions nothing answers score high whenever the dense weight is
    raised). Scores therefore need not fall monotonically when a ≠ 0.5.

    >>> from search.types import Chunk, DocumentMeta, ScoredChunk
    >>> def hit(cid, score): return ScoredChunk(Chunk(cid, "d", 0, "", "/d", DocumentMeta()), score)
    >>> dense = [hit("a", 0.9), hit("b", 0.8), hit("c", 0.7)]
    >>> sparse = [hit("c", 9.0), hit("b", 4.0), hit("x", 1.0)]
    >>> [s.chunk.id for s in fuse(dense, sparse, 0.5, 3)]
    ['c', 'b', 'a']
    >>> [s.chunk.id for s in fuse(dense, sparse, 1.0, 2)]
    ['a', 'b']
    """
    ordering: dict[str, float] = {}
    evidence: dict[str, float] = {}
    items: dict[str, R] = {}
    for ranked, weight in ((dense, 2 * dense_weight), (sparse, 2 * (1 - dense_weight))):
        for item, value in zip(ranked, dbsf_normalise([s.score for s in ranked]), strict=True):
            key = item.chunk_id
            ordering[key] = ordering.get(key, 0.0) + weight * value
            evidence[key] = evidence.get(key, 0.0) + value
            items.setdefault(key, item)
    best = sorted(ordering, key=lambda key: -ordering[key])[:top_k]  # stable: dense order on ties
    # R is a frozen dataclass (ScoredChunk, RankedId), which a Protocol cannot say
    return [replace(items[key], score=evidence[key]) for key in best]  # type: ignore[type-var]


@dataclass(frozen=True)
class AdaptiveFusion:
    """Fuse a query's dense and sparse lists with a dense weight read from the top sparse hits.

    >>> fusion = AdaptiveFusion(lexical_weight=0.4, paraphrase_weight=0.95, coverage_below=0.5)
    >>> fusion.dense_weight(["urlaub", "antrag"], ["der urlaub"], str.split)  # 0.5 is not below
    0.4
    """

    lexical_weight: float = 0.5
    paraphrase_weight: float = 0.5
    coverage_below: float = 0.0
    coverage_hits: int = 3

    def dense_weight(
        self, query_terms: Sequence[str], top_texts: Sequence[str], analyze: Analyze
    ) -> float:
        """`paraphrase_weight` if no top sparse text holds `coverage_below` of the query's terms."""
        if self.lexical_weight == self.paraphrase_weight:
            return self.lexical_weight
        texts = top_texts[: self.coverage_hits]
        covered = term_coverage(query_terms, texts, analyze)
        return self.paraphrase_weight if covered < self.coverage_below else self.lexical_weight

    @property
    def weights(self) -> tuple[float, ...]:
        """The dense weights `dense_weight` can return."""
        return tuple(dict.fromkeys((self.lexical_weight, self.paraphrase_weight)))
