"""Knowledge gaps: the questions that found nothing good, grouped by wording and by department.

An asked query is a gap when it had no hits, its best score was below `low_score`, someone marked
a result not helpful, or it was reported ("Frage an die Fachabteilung weitergeben"). Gaps are
grouped by wording with the German analyzer of the sparse side (stems, compound parts, no
stopwords): a wording's terms weigh 1 for a whole word and `PART_WEIGHT` (0.5) for a compound
part of at least 4 letters, so one shared compound ("Hundesteuer" -> hundesteu, hund, steu)
counts as one word, not three; question words ("wann", "gibt es", "brauche ich") are dropped.
Two wordings belong together when the weighted Jaccard similarity of their terms (sum of minima
over sum of maxima) is at least `SIMILARITY` (0.5).

Clustering is greedy "leader" clustering and deterministic: distinct wordings, most frequent
first (then most recent, then alphabetical), each join the first cluster whose leader (its most
frequent wording) is similar enough, or start a new one. Comparing with the leader, not with any
member, keeps clusters from chaining unrelated questions together. Each wording cluster is then
split by the departments a query was filtered to (the sorted tuple; no filter = `()`), so every
qualifying query counts in exactly one gap.

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

The terms: "Wie beantrage ich Sonderurlaub?" -> {beantrag: 1, sonderurlaub: 1, sond: .5,
urlaub: .5}; "Antrag auf Sonderurlaub" -> {antrag: 1, sonderurlaub: 1, sond: .5, urlaub: .5}:
similarity 2 / 4 = 0.5, one gap. "Wie beantrage ich Elternzeit?" shares only "beantrag" with the
first (1 / 5): its own gap, and so does "Frist Widerspruch Hundesteuer" beside "Hundesteuer
Höhe" (2 / 5.5 = 0.36).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from search.analyzer import Token

SIMILARITY = 0.5  # weighted Jaccard of analyzed terms at or above which wordings are one gap
PART_WEIGHT = 0.5  # a compound part's weight beside its whole word's 1
# stems of question words and asking verbs: "Wann ...", "Gibt es ...", "Brauche ich ..."
QUESTION_TERMS = frozenset(
    {"wann", "wer", "warum", "weshalb", "wieso", "wieviel", "wohin", "woh", "wofur", "womit"}
    | {"wozu", "wodurch", "gibt", "brauch", "bekomm", "darf"}
)
MIN_PART_CHARS = 4  # shorter compound parts are mostly split noise ("bestell" -> best, ell)
REASONS = ("no_hits", "low_score", "not_helpful", "reported")
_TRIM = re.compile(r"^[\s?!.,;:¿¡\"'„“”]+|[\s?!.,;:¿¡\"'„“”]+$")


class Analyzer(Protocol):
    """What gap grouping needs of the German analyzer (`search.analyzer.GermanSparseEncoder`)."""

    def tokens(self, text: str) -> list[Token]: ...


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


def term_weights(text: str, analyzer: Analyzer) -> dict[str, float]:
    """{term: 1 for a whole word, `PART_WEIGHT` for a compound part only}, question words out."""
    weights: dict[str, float] = {}
    for token in analyzer.tokens(text):
        weights[token.terms.term] = 1.0
        for part in (p for p in token.terms.parts if len(p) >= MIN_PART_CHARS):
            weights[part] = max(weights.get(part, 0.0), PART_WEIGHT)
    return {t: w for t, w in weights.items() if t not in QUESTION_TERMS}


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted Jaccard: sum of the smaller weights over sum of the larger; nothing to compare
    (both empty) is not similar.

    >>> similarity({"a": 1.0, "b": 0.5}, {"b": 0.5, "c": 1.0})
    0.2
    """
    keys = a.keys() | b.keys()
    top = sum(max(a.get(k, 0.0), b.get(k, 0.0)) for k in keys)
    return sum(min(a.get(k, 0.0), b.get(k, 0.0)) for k in keys) / top if top else 0.0


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
    leaders: list[dict[str, float]] = []
    by_term: dict[str, list[int]] = defaultdict(list)  # term -> clusters whose leader has it
    cluster_of: dict[str, int] = {}
    for key in order:
        terms = term_weights(key, analyzer)
        candidates = sorted({c for t in terms for c in by_term[t]})
        near = (c for c in candidates if similarity(terms, leaders[c]) >= SIMILARITY - 1e-9)
        found = next(near, None)
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
