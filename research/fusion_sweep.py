"""Offline fusion sweeps over lists from research.fusion_gather; prints nDCG@10 per split.

    python -m research.fusion_sweep rrf amtswissen_de /tmp/aw_tune/h1.pkl
    python -m research.fusion_sweep score amtswissen_de /tmp/aw_fuse/corpus.pkl \\
        xquad_r_de /tmp/aw_fuse/xquad.pkl

`rrf`: RRF k, prefetch limit, dense weight and the thesaurus variants on one set, dev (query ids
ending in an odd number) vs test (even); checks python RRF against the store's own RRF.
`score`: score fusion (DBSF, min-max, z-score) vs RRF over dense raw + sparse exp0.5 on several
sets. Tune/report splits: dev/test on amtswissen_de, elsewhere the first/second half of the
sorted query ids. Checks python DBSF against the store's own DBSF (top-10 chunks, prefetch 50).
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from app.services.evaluation import Dataset
from research.common import (
    EVAL_DATA,
    RESULTS,
    add_dataset_arguments,
    open_dataset,
    parser,
    score_splits,
)
from research.common import split_of as parity_split
from research.fusion_gather import DEPTH, Gathered, Scored, load_gathered
from search.metrics import dedupe, evaluate_run

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
    """Reciprocal rank 1 / (k + rank) in place of the score: fusing with it is RRF."""

    def rrf(s: list[float]) -> tuple[list[float], float]:
        return [1.0 / (k + r) for r in range(1, len(s) + 1)], 0.0

    return rrf


def fused_chunks(
    lists: list[Scored], weights: list[float], norm: Norm, limit: int
) -> list[tuple[str, str]]:
    """(chunk id, corpus id) by the weighted sum of normalised scores of each list's top `limit`."""
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
    return [(c, doc_of[c]) for c in sorted(total, key=lambda c: -total[c])]


def fuse(lists: list[Scored], weights: list[float], norm: Norm, limit: int) -> list[str]:
    """The top 100 corpus ids (deduplicated) of `fused_chunks`."""
    return dedupe([d for _, d in fused_chunks(lists, weights, norm, limit)])[:100]


def single(ranked: Scored, depth: int) -> list[str]:
    """The top 100 corpus ids of one list's first `depth` chunks."""
    return dedupe([d for _, d, _ in ranked[:depth]])[:100]


def restrict(dataset: Dataset, ids: set[str]) -> Dataset:
    """The dataset with only the queries that were gathered (a --limit run)."""
    queries = [q for q in dataset.queries if q.id in ids]
    return replace(
        dataset,
        queries=queries,
        qrels={q.id: dataset.qrels[q.id] for q in queries if q.id in dataset.qrels},
    )


# --- rrf: one set, dev/test ----------------------------------------------------------------------


def rrf_run(
    g: Gathered,
    ids: list[str],
    dense: str | None,
    sparse: str | None,
    k: float = 60,
    limit: int = 50,
    w_dense: float = 1.0,
) -> dict[str, list[str]]:
    """Weighted RRF of the named dense and sparse variants (one alone: its top DEPTH chunks)."""
    run = {}
    for q in ids:
        lists, weights = [], []
        if dense:
            lists.append(g.dense[dense, q])
            weights.append(w_dense)
        if sparse:
            lists.append(g.sparse[sparse, q])
            weights.append(1.0)
        run[q] = fuse(lists, weights, rank_norm(k), limit if dense and sparse else DEPTH)
    return run


def rrf_sweep(dataset: Dataset, g: Gathered) -> dict[str, Any]:
    ids = [q.id for q in dataset.queries]
    results: dict[str, Any] = {}

    def show(name: str, **kw: Any) -> None:
        result = results[name] = score_splits(dataset, rrf_run(g, ids, **kw))
        dev, test = result["dev"], result["test"]
        print(
            f"{name:38s} dev {dev['ndcg@10']:.4f} (R@100 {dev['recall@100']:.3f})  "
            f"test {test['ndcg@10']:.4f} (R@100 {test['recall@100']:.3f})",
            flush=True,
        )

    check = rrf_run(g, ids, "raw", "raw", k=60, limit=50)
    same = sum(g.store_rrf[q][:10] == check[q][:10] for q in ids)
    store_ndcg = evaluate_run(g.store_rrf, dataset.qrels)["ndcg@10"]
    print(f"python RRF == store RRF on top-10 for {same}/{len(ids)} queries;", end=" ")
    print(f"store nDCG {store_ndcg:.4f}")
    expanded = sorted({s for s, _ in g.sparse} - {"raw"})
    show("dense only", dense="raw", sparse=None)
    show("sparse only", dense=None, sparse="raw")
    show("hybrid baseline k60 L50", dense="raw", sparse="raw")
    for name in expanded:
        show(f"sparse only {name}", dense=None, sparse=name)
        show(f"hybrid sparse={name}", dense="raw", sparse=name)
    show("dense only exp", dense="exp", sparse=None)
    show("hybrid dense=exp", dense="exp", sparse="raw")
    for name in expanded:
        show(f"hybrid dense=exp sparse={name}", dense="exp", sparse=name)
    for limit in (20, 30, 50, 100, 200):
        show(f"hybrid L{limit}", dense="raw", sparse="raw", limit=limit)
    for k in (5, 10, 20, 40, 60, 100):
        show(f"hybrid k{k}", dense="raw", sparse="raw", k=k)
    for wd in (0.5, 0.7, 1.0, 1.3, 1.6, 2.0):
        show(f"hybrid w_dense{wd}", dense="raw", sparse="raw", w_dense=wd)
    return results


# --- score: several sets, tune/report ------------------------------------------------------------

SCORE_DEPTH = 100  # single lists as deep as the score-fusion lists were gathered


def splits(dataset: Dataset) -> dict[str, list[str]]:
    """Tune/report query ids: dev/test on the corpus set, sorted halves elsewhere."""
    ids = [q.id for q in dataset.queries if q.id in dataset.qrels]
    if dataset.name == "amtswissen_de":
        return {
            "tune": [i for i in ids if parity_split(i) == "dev"],
            "report": [i for i in ids if parity_split(i) == "test"],
        }
    ordered = sorted(ids)
    half = len(ordered) // 2
    return {"tune": ordered[:half], "report": ordered[half:]}


def methods() -> dict[str, tuple[Norm, float, int]]:
    """name -> (normaliser, dense weight (sparse 1 - w), prefetch limit)."""
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


Make = Callable[[Scored, Scored], list[str]]  # (dense, sparse) -> corpus ids


def convex(dense: Scored, sparse: Scored, norm: Norm, a: float, limit: int) -> list[str]:
    """`a` times the dense list plus 1 - `a` times the sparse one."""
    return fuse([dense, sparse], [a, 1 - a], norm, limit)


def score_sweep(sets: dict[str, tuple[Dataset, Gathered]]) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}

    def row(label: str, make: Make) -> None:
        scores = {}
        for name, (ds, g) in sets.items():
            run = {q: make(g.dense["raw", q], g.sparse["exp0.5", q]) for q in g.store_dbsf}
            for part, ids in splits(ds).items():
                qrels = {i: ds.qrels[i] for i in ids}
                scores[f"{name}_{part}"] = round(evaluate_run(run, qrels)["ndcg@10"], 4)
                if part == "report" and label.startswith(
                    ("dbsf L", "dense", "sparse", "rrf k=60 wd=0.5")
                ):
                    scores[f"{name}_report_R@100"] = round(
                        evaluate_run(run, qrels)["recall@100"], 3
                    )
        table[label] = scores
        print(f"{label:28s}", "  ".join(f"{k} {v:.4f}" for k, v in scores.items()), flush=True)

    row("dense only", lambda d, s: single(d, SCORE_DEPTH))
    row("sparse only", lambda d, s: single(s, SCORE_DEPTH))
    for label, (norm, a, limit) in methods().items():
        row(label, partial(convex, norm=norm, a=a, limit=limit))
    for name, (_ds, g) in sets.items():
        same = 0
        for q, store in g.store_dbsf.items():
            mine = fused_chunks([g.dense["raw", q], g.sparse["exp0.5", q]], [1.0, 1.0], dbsf, 50)
            same += [c for c, _ in mine[:10]] == store[:10]
        print(f"{name}: python DBSF == store DBSF top-10 chunks {same}/{len(g.store_dbsf)}")
    return table


def load(dataset_name: str, eval_data: Path, lists: Path) -> tuple[Dataset, Gathered]:
    gathered = load_gathered(lists)
    return restrict(open_dataset(dataset_name, eval_data), set(gathered.store_rrf)), gathered


def main(argv: list[str]) -> None:
    args = parser(__doc__)
    commands = args.add_subparsers(dest="command", required=True)
    one = commands.add_parser("rrf", help="RRF levers on one set, dev vs test.")
    add_dataset_arguments(one, limit=False)
    one.add_argument("lists", type=Path, help="Pickle written by research.fusion_gather.")
    many = commands.add_parser("score", help="Score fusion vs RRF on several sets.")
    many.add_argument("pairs", nargs="+", help="DATASET LISTS.pkl, one pair per set.")
    many.add_argument("--eval-data", type=Path, default=EVAL_DATA, help="Folder of external sets.")
    for sub, name in ((one, "rrf_sweep.json"), (many, "fusion_sweep.json")):
        sub.add_argument("--out", type=Path, default=RESULTS / name, help="JSON of every row.")
    ns = args.parse_args(argv)
    if ns.command == "rrf":
        results: Any = rrf_sweep(*load(ns.dataset, ns.eval_data, ns.lists))
    else:
        if len(ns.pairs) % 2:
            args.error("score: give DATASET LISTS.pkl pairs")
        pairs = zip(ns.pairs[::2], ns.pairs[1::2], strict=True)
        results = score_sweep({name: load(name, ns.eval_data, Path(p)) for name, p in pairs})
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    ns.out.write_text(json.dumps(results, indent=1))
    print(f"wrote {ns.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
