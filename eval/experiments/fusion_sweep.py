"""Offline score fusion vs RRF over lists from fusion_gather, on the corpus set and xquad_r_de.

    python -m eval.experiments.fusion_sweep CORPUS_DIR CORPUS.pkl XQUAD_DIR XQUAD.pkl

Tune splits: corpus dev (odd ids) + xquad A (first half of query ids in sorted order).
Report splits: corpus test (even ids) + xquad B (second half). Metric: document nDCG@10.
"""

from __future__ import annotations

import json
import pickle
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from eval.beir import Dataset, load_dataset
from eval.metrics import dedupe, evaluate_run

from eval.experiments.tune_retrieval import split_of

Scored = list[tuple[str, str, float]]
Norm = Callable[[list[float]], tuple[list[float], float]]  # -> (normalised, value for missing)


def minmax(s: list[float]) -> tuple[list[float], float]:
    lo, hi = min(s), max(s)
    span = hi - lo or 1.0
    return [(x - lo) / span for x in s], 0.0


def zscore(s: list[float]) -> tuple[list[float], float]:
    mu, sd = statistics.fmean(s), (statistics.stdev(s) if len(s) > 1 else 0.0) or 1.0
    z = [(x - mu) / sd for x in s]
    return z, min(z)  # a chunk missing from a list counts as its last one


def dbsf(s: list[float]) -> tuple[list[float], float]:
    """Qdrant's DBSF: map [mean - 3 std, mean + 3 std] to [0, 1]; missing counts 0."""
    mu, sd = statistics.fmean(s), (statistics.stdev(s) if len(s) > 1 else 0.0)
    lo, hi = mu - 3 * sd, mu + 3 * sd
    return [(x - lo) / ((hi - lo) or 1.0) for x in s], 0.0


def rank_norm(k: float) -> Norm:
    def rrf(s: list[float]) -> tuple[list[float], float]:
        return [1.0 / (k + r) for r in range(1, len(s) + 1)], 0.0

    return rrf


def fuse(lists: list[Scored], weights: list[float], norm: Norm, limit: int) -> list[str]:
    """Corpus ids (deduplicated) of chunks ranked by the weighted sum of normalised scores."""
    doc_of: dict[str, str] = {}
    per_list: list[tuple[dict[str, float], float]] = []
    for ranked in lists:
        top = ranked[:limit]
        if not top:
            per_list.append(({}, 0.0))
            continue
        values, missing = norm([s for _, _, s in top])
        per_list.append(({c: v for (c, _, _), v in zip(top, values, strict=True)}, missing))
        doc_of.update({c: d for c, d, _ in top})
    total = {
        c: sum(w * m.get(c, miss) for (m, miss), w in zip(per_list, weights, strict=True))
        for c in doc_of
    }
    return dedupe([doc_of[c] for c in sorted(total, key=lambda c: -total[c])])[:100]


def splits(ds: Dataset, name: str) -> dict[str, list[str]]:
    ids = [q.id for q in ds.queries if q.id in ds.qrels]
    if name == "corpus":
        return {
            "tune": [i for i in ids if split_of(i) == "dev"],
            "report": [i for i in ids if split_of(i) == "test"],
        }
    ordered = sorted(ids)
    half = len(ordered) // 2
    return {"tune": ordered[:half], "report": ordered[half:]}


def ndcg(run: dict[str, list[str]], ds: Dataset, ids: list[str]) -> float:
    return evaluate_run(run, {i: ds.qrels[i] for i in ids})["ndcg@10"]


def methods() -> dict[str, tuple[Norm, float, int]]:
    """name -> (normaliser, dense weight (sparse 1 - w, or 1 for rank/dbsf), prefetch limit)."""
    out: dict[str, tuple[Norm, float, int]] = {}
    for limit in (10, 20, 30, 40, 50, 100):
        out[f"dbsf L{limit}"] = (dbsf, 0.5, limit)  # equal weights = Qdrant Fusion.Dbsf
    for a in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        for limit in (50, 100):
            out[f"dbsf-w a={a} L{limit}"] = (dbsf, a, limit)
            out[f"minmax a={a} L{limit}"] = (minmax, a, limit)
            out[f"zscore a={a} L{limit}"] = (zscore, a, limit)
    for k in (10, 60):
        for wd in (0.5, 0.7, 1.0):
            out[f"rrf k={k} wd={wd} L50"] = (rank_norm(k), wd / (1 + wd), 50)
    return out


def main(argv: list[str]) -> None:
    sets = {}
    for name, ds_dir, pkl in (("corpus", argv[0], argv[1]), ("xquad", argv[2], argv[3])):
        ds = load_dataset(Path(ds_dir))
        sets[name] = (ds, pickle.loads(Path(pkl).read_bytes()), splits(ds, name))
    table: dict[str, dict[str, float]] = {}

    def row(label: str, make: Callable[[dict[str, Scored]], list[str]]) -> None:
        scores = {}
        for name, (ds, data, sp) in sets.items():
            run = {q: make(lists) for q, lists in data["lists"].items()}
            for part, ids in sp.items():
                scores[f"{name}_{part}"] = round(ndcg(run, ds, ids), 4)
            if label.startswith(("dbsf L", "dense", "sparse", "rrf k=60 wd=0.5")):
                qrels = {i: ds.qrels[i] for i in sp["report"]}
                scores[f"{name}_report_R@100"] = round(evaluate_run(run, qrels)["recall@100"], 3)
        table[label] = scores
        print(f"{label:28s}", "  ".join(f"{k} {v:.4f}" for k, v in scores.items()), flush=True)

    row("dense only", lambda x: dedupe([d for _, d, _ in x["dense"]])[:100])
    row("sparse only", lambda x: dedupe([d for _, d, _ in x["sparse"]])[:100])
    for label, (norm, a, limit) in methods().items():
        row(
            label, lambda x, n=norm, a=a, L=limit: fuse([x["dense"], x["sparse"]], [a, 1 - a], n, L)
        )
    for name, (_ds, data, _sp) in sets.items():  # our DBSF vs Qdrant Edge's Fusion.Dbsf, L50
        same = 0
        for q, lists in data["lists"].items():
            mine = _chunk_order([lists["dense"], lists["sparse"]], 50)
            same += mine[:10] == data["qdrant_dbsf"][q][:10]
        total = len(data["lists"])
        print(f"{name}: python DBSF == qdrant-edge Fusion.Dbsf top-10 chunks {same}/{total}")
    Path(argv[4] if len(argv) > 4 else "/tmp/aw_fuse/sweep.json").write_text(
        json.dumps(table, indent=1)
    )


def _chunk_order(lists: list[Scored], limit: int) -> list[str]:
    total: dict[str, float] = {}
    for ranked in lists:
        top = ranked[:limit]
        if not top:
            continue
        values, _ = dbsf([s for _, _, s in top])
        for (c, _, _), v in zip(top, values, strict=True):
            total[c] = total.get(c, 0.0) + v
    return sorted(total, key=lambda c: -total[c])


if __name__ == "__main__":
    main(sys.argv[1:])
