"""Retrieval metrics as pure functions over a ranked list of ids and graded relevance judgements.

Graded relevance follows the TREC/BEIR convention: gain = grade (nDCG with linear gains, as
pytrec_eval computes it), anything with grade > 0 counts as relevant for recall and MRR.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence


def dcg_at_k(gains: Sequence[float], k: int) -> float:
    """Discounted cumulative gain of the first k gains.

    >>> round(dcg_at_k([2, 0, 1], 3), 4)  # 2/log2(2) + 0 + 1/log2(4)
    2.5
    """
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains[:k]))


def ndcg_at_k(ranked: Sequence[str], qrels: Mapping[str, int], k: int = 10) -> float:
    """nDCG@k: DCG of the ranking divided by the DCG of the ideal ranking.

    >>> round(ndcg_at_k(["a", "b", "c"], {"c": 2, "a": 1}, k=3), 4)  # (1 + 2/2) / (2 + 1/log2(3))
    0.7602
    """
    ideal = sorted((g for g in qrels.values() if g > 0), reverse=True)
    best = dcg_at_k(ideal, k)
    if best == 0:
        return 0.0
    return dcg_at_k([qrels.get(doc, 0) for doc in ranked], k) / best


def mrr_at_k(ranked: Sequence[str], qrels: Mapping[str, int], k: int = 10) -> float:
    """Reciprocal rank of the first relevant id within k, else 0.

    >>> mrr_at_k(["x", "a"], {"a": 1})
    0.5
    """
    for i, doc in enumerate(ranked[:k]):
        if qrels.get(doc, 0) > 0:
            return 1.0 / (i + 1)
    return 0.0


def recall_at_k(ranked: Sequence[str], qrels: Mapping[str, int], k: int = 10) -> float:
    """Share of the relevant ids found within the first k.

    >>> recall_at_k(["a", "x", "b"], {"a": 1, "b": 2, "c": 1}, k=2)
    0.3333333333333333
    """
    relevant = {d for d, g in qrels.items() if g > 0}
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranked[:k])) / len(relevant)


def dedupe(ranked: Sequence[str]) -> list[str]:
    """Keep the first occurrence of each id (several chunks of one document rank once).

    >>> dedupe(["a", "b", "a", "c"])
    ['a', 'b', 'c']
    """
    return list(dict.fromkeys(ranked))


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean, 0.0 for no values.

    >>> mean([1.0, 0.0])
    0.5
    """
    return sum(values) / len(values) if values else 0.0


def percentile(values: Sequence[float], p: float) -> float:
    """Percentile with linear interpolation between closest ranks (numpy's default).

    >>> percentile([10, 20, 30, 40], 50)
    25.0
    """
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * p / 100
    low, high = math.floor(pos), math.ceil(pos)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (pos - low))


def evaluate_run(
    run: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]]
) -> dict[str, float]:
    """Mean nDCG@10, MRR@10, recall@10 and recall@100 over the judged queries of a run.

    >>> evaluate_run({"q1": ["a", "b"]}, {"q1": {"b": 1}})["mrr@10"]
    0.5
    """
    judged = [q for q in qrels if any(g > 0 for g in qrels[q].values())]
    return {
        "ndcg@10": mean([ndcg_at_k(run.get(q, []), qrels[q], 10) for q in judged]),
        "mrr@10": mean([mrr_at_k(run.get(q, []), qrels[q], 10) for q in judged]),
        "recall@10": mean([recall_at_k(run.get(q, []), qrels[q], 10) for q in judged]),
        "recall@100": mean([recall_at_k(run.get(q, []), qrels[q], 100) for q in judged]),
    }
