"""Knowledge gaps: the questions that found nothing good, grouped by wording and by department.

An asked query is a gap when it had no hits, its best score was below `low_score`, someone marked
a result not helpful, or it was reported ("Frage an die Fachabteilung weitergeben"). Gaps are
grouped by wording with the German analyzer of the sparse side (stems, compound parts, no
stopwords): two wordings belong together when the Jaccard similarity of their term sets is at
least `SIMILARITY` (0.5). Clustering is greedy "leader" clustering, deterministic: distinct
wordings, most frequent first (then most recent, then alphabetical), each join the first cluster
whose leader (its most frequent wording) is similar enough, or start a new one. Comparing with the
leader, not with any member, keeps clusters from chaining unrelated questions together. Each
wording cluster is then split by the departments a query was filtered to (the sorted tuple; no
filter = `()`), so every qualifying query counts in exactly one gap.

Worked example (a real `GermanSparseEncoder` as `analyzer`, `low_score=0.5`):

    asked = [
        AskedQuery("Wie beantrage ich Sonderurlaub?", ("Personal",), 0, None, t(1)),
        AskedQuery("Sonderurlaub beantragen", ("Personal",), 3, 0.2, t(2)),
        AskedQuery("Antrag auf Sonderurlaub", ("Personal",), 3, 0.9, t(3), not_helpful=True),
        AskedQuery("Wie beantrage ich Sonderurlaub?", ("Personal",), 0, None, t(4)),
        AskedQuery("Wie hoch ist die Hundesteuer?", (), 0, None, t(5)),
        AskedQuery("Öffnungszeiten Bürgerbüro", (), 5, 0.8, t(6)),     # good answer: no gap
    ]
    find_gaps(asked, analyzer, low_score=0.5) == [
        Gap("Wie beantrage ich Sonderurlaub?",
            ("Wie beantrage ich Sonderurlaub?", "Antrag auf Sonderurlaub",
             "Sonderurlaub beantragen"),
            count=4, departments=("Personal",),
            reasons={"no_hits": 2, "low_score": 1, "not_helpful": 1, "reported": 0},
            last_asked=t(4)),
        Gap("Wie hoch ist die Hundesteuer?", ("Wie hoch ist die Hundesteuer?",), 1, (),
            {"no_hits": 1, "low_score": 0, "not_helpful": 0, "reported": 0}, t(5)),
    ]

The terms: "Wie beantrage ich Sonderurlaub?" -> {beantrag, sonderurlaub, sond, urlaub};
"Antrag auf Sonderurlaub" -> {antrag, sonderurlaub, sond, urlaub}: 3 of 5 terms shared, 0.6.
"Wie beantrage ich Elternzeit?" shares only "beantrag" with the first (1 of 7): its own gap.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

SIMILARITY = 0.5  # Jaccard of analyzed term sets at or above which two wordings are one gap
REASONS = ("no_hits", "low_score", "not_helpful", "reported")
_TRIM = re.compile(r"^[\s?!.,;:¿¡\"'„“”]+|[\s?!.,;:¿¡\"'„“”]+$")


class Analyzer(Protocol):
    """What gap grouping needs of the German analyzer (`search.analyzer.GermanSparseEncoder`)."""

    def analyze(self, text: str) -> list[str]: ...


@dataclass(frozen=True)
class AskedQuery:
    """One logged search: its filter's departments, how many hits, the best fused score."""

    query: str
    departments: tuple[str, ...]
    hits: int
    best_score: float | None
    asked_at: datetime
    not_helpful: bool = False
    reported: bool = False


@dataclass(frozen=True)
class Gap:
    """A group of similar questions asked with the same departments that found nothing good."""

    query: str  # the most frequent wording (ties: the most recent)
    variants: tuple[str, ...]  # every distinct wording, most frequent first
    count: int
    departments: tuple[str, ...]
    reasons: dict[str, int] = field(hash=False)  # an entry may count under several reasons
    last_asked: datetime


def reasons_of(entry: AskedQuery, low_score: float) -> tuple[str, ...]:
    """Why `entry` found nothing good; empty when it did."""
    low = entry.hits > 0 and entry.best_score is not None and entry.best_score < low_score
    flags = (entry.hits <= 0, low, entry.not_helpful, entry.reported)
    return tuple(name for name, on in zip(REASONS, flags, strict=True) if on)


def wording_key(query: str) -> str:
    """Two askings are the same wording when they differ only in case, spacing, end punctuation.

    >>> wording_key("  Wie beantrage ich  Sonderurlaub? ")
    'wie beantrage ich sonderurlaub'
    """
    return _TRIM.sub("", " ".join(query.split())).casefold()


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b|; two empty sets are not similar (nothing to compare).

    >>> jaccard(frozenset("abc"), frozenset("bcd"))
    0.5
    """
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def find_gaps(
    asked: Sequence[AskedQuery], analyzer: Analyzer, low_score: float, limit: int = 50
) -> list[Gap]:
    """The `limit` largest gaps among `asked`, by count, then the most recent first."""
    qualifying = [(e, r) for e in asked if (r := reasons_of(e, low_score))]
    by_wording: dict[str, list[tuple[AskedQuery, tuple[str, ...]]]] = defaultdict(list)
    for entry, reasons in qualifying:
        by_wording[wording_key(entry.query)].append((entry, reasons))
    cluster_of = cluster_wordings(by_wording, analyzer)
    groups: dict[tuple[int, tuple[str, ...]], list[tuple[AskedQuery, tuple[str, ...]]]] = (
        defaultdict(list)
    )
    for key, entries in by_wording.items():
        for entry, reasons in entries:
            groups[(cluster_of[key], tuple(sorted(set(entry.departments))))].append(
                (entry, reasons)
            )
    gaps = [_gap(departments, entries) for (_, departments), entries in groups.items()]
    gaps.sort(key=lambda g: (-g.count, -g.last_asked.timestamp(), g.query, g.departments))
    return gaps[:limit]


def cluster_wordings(
    by_wording: dict[str, list[tuple[AskedQuery, tuple[str, ...]]]], analyzer: Analyzer
) -> dict[str, int]:
    """{wording key: cluster number} by leader clustering over the analyzed term sets."""
    order = sorted(
        by_wording,
        key=lambda k: (-len(by_wording[k]), -_latest(e for e, _ in by_wording[k]).timestamp(), k),
    )
    leaders: list[frozenset[str]] = []
    by_term: dict[str, list[int]] = defaultdict(list)  # term -> clusters whose leader has it
    cluster_of: dict[str, int] = {}
    for key in order:
        terms = frozenset(analyzer.analyze(key))
        candidates = sorted({c for t in terms for c in by_term[t]})
        found = next((c for c in candidates if jaccard(terms, leaders[c]) >= SIMILARITY), None)
        if found is None:
            found = len(leaders)
            leaders.append(terms)
            for term in terms:
                by_term[term].append(found)
        cluster_of[key] = found
    return cluster_of


def _gap(departments: tuple[str, ...], entries: list[tuple[AskedQuery, tuple[str, ...]]]) -> Gap:
    by_key: dict[str, list[AskedQuery]] = defaultdict(list)
    for entry, _ in entries:
        by_key[wording_key(entry.query)].append(entry)
    ranked = sorted(by_key.values(), key=lambda es: (-len(es), -_latest(es).timestamp()))
    variants = tuple(_surface(es) for es in ranked)
    reasons = Counter(r for _, rs in entries for r in rs)
    return Gap(
        query=variants[0],
        variants=variants,
        count=len(entries),
        departments=departments,
        reasons={name: reasons.get(name, 0) for name in REASONS},
        last_asked=_latest(e for e, _ in entries),
    )


def _latest(entries: Iterable[AskedQuery]) -> datetime:
    return max(e.asked_at for e in entries)


def _surface(entries: list[AskedQuery]) -> str:
    """The wording as it was last typed (trimmed of outer spaces)."""
    return " ".join(max(entries, key=lambda e: e.asked_at).query.split())
