"""Fusion that never loses to its own parts: worst-case selection over several sets, offline.

    python -m research.fusion_adaptive amtswissen_de /tmp/aw_fusion/corpus.sig \\
        xquad_r_de /tmp/aw_fusion/xquad.sig xquad_r_de_lowlex /tmp/aw_fusion/xquad.sig \\
        xquad_r_de_paragraphs /tmp/aw_fusion/para.sig legalquad_de /tmp/aw_fusion/legal.sig

Lists from research.fusion_signals (a derived set such as xquad_r_de_lowlex reuses its source
set's lists: same corpus, a subset of the queries). Every query id falls into `tune` or `report`
by a seeded hash (`half`), the same on every set, so a query shared by two sets is on the same
side of both. A method's settings are chosen on the tune halves by the largest MINIMUM over the
sets of (nDCG@10 of the method − nDCG@10 of the better single list on that set); the report
halves are read only for the table. A leave-one-set-out check chooses on all sets but one (tune
halves) and reports on the held-out set's report half.

Methods: convex combinations of normalised scores (DBSF, min-max, z-score; dense weight a,
sparse 1 − a, top L of each list), and the same with a per-query dense weight that rises when
the top sparse hits contain few of the query's terms (`coverage`).
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.compose import build_sparse
from app.services.evaluation import Dataset
from eval.datasets.paraphrase import DERIVED, SETS_DIR
from eval.runner import product_settings
from research.common import EVAL_DATA, RESULTS, open_dataset, parser
from research.fusion_sweep import dbsf, minmax, zscore
from search.metrics import dedupe, ndcg_at_k

Scored = list[tuple[str, str, float]]
NORMS = {"dbsf": dbsf, "minmax": minmax, "zscore": zscore}
SEED = "fusion-2026-12"


def half(query_id: str) -> str:
    """'tune' or 'report' by a seeded hash of the query id (about half each).

    >>> half("q1") in ("tune", "report")
    True
    """
    return "tune" if zlib.crc32(f"{SEED}:{query_id}".encode()) % 2 else "report"


@dataclass
class QueryLists:
    """One query's two lists and the signals computed from them."""

    dense: Scored
    sparse: Scored
    signals: dict[str, float]


@dataclass
class SetData:
    name: str
    dataset: Dataset
    queries: dict[str, QueryLists]


def coverage(terms: list[str], texts: Iterable[str], analyze: Callable[[str], list[str]]) -> float:
    """Largest share of the query's distinct terms that one of `texts` contains (0 if no terms)."""
    wanted = set(terms)
    if not wanted:
        return 0.0
    return max((len(wanted & set(analyze(t))) / len(wanted) for t in texts), default=0.0)


def top_z(ranked: Scored) -> float:
    """How far the best score stands above the rest of its list, in standard deviations."""
    scores = [s for _, _, s in ranked]
    if len(scores) < 3:
        return 0.0
    return (scores[0] - statistics.fmean(scores)) / (statistics.stdev(scores) or 1.0)


def signals(
    dense: Scored,
    sparse: Scored,
    terms: list[str],
    text: Callable[[Scored, int], list[str]],
    analyze: Callable[[str], list[str]],
) -> dict[str, float]:
    """Per-query signals both lists give (all computable in the product from the two lists)."""
    top_d, top_s = {c for c, _, _ in dense[:10]}, {c for c, _, _ in sparse[:10]}
    return {
        "cov_sparse3": coverage(terms, text(sparse, 3), analyze),
        "cov_dense1": coverage(terms, text(dense, 1), analyze),
        "cov_dense3": coverage(terms, text(dense, 3), analyze),
        "agree10": len(top_d & top_s) / 10,
        "z_dense": top_z(dense),
        "z_sparse": top_z(sparse),
        "z_diff": top_z(dense) - top_z(sparse),
        "terms": float(len(set(terms))),
        "s1_in_d10": float(bool(sparse) and sparse[0][0] in top_d),
        "d1_in_s10": float(bool(dense) and dense[0][0] in top_s),
        "s1_in_d3": float(bool(sparse) and sparse[0][0] in {c for c, _, _ in dense[:3]}),
        "gap_sparse": _gap(sparse),
        "gap_dense": _gap(dense),
    }


def _gap(ranked: Scored) -> float:
    """Top-1 minus top-2 score over the top-1 score (0 for fewer than two)."""
    if len(ranked) < 2 or not ranked[0][2]:
        return 0.0
    return (ranked[0][2] - ranked[1][2]) / abs(ranked[0][2])


def load_set(
    name: str, raw: dict[str, Any], analyze: Callable[[str], list[str]], eval_data: Path
) -> SetData:
    """One set's queries with their lists and signals, from its unpickled `.sig` (`raw`)."""
    dataset = open_dataset(str(SETS_DIR / name) if name in DERIVED else name, eval_data)
    wanted = {q.id for q in dataset.queries if q.id in dataset.qrels}

    def text(ranked: Scored, n: int) -> list[str]:
        return [raw["texts"][c] for c, _, _ in ranked[:n] if c in raw["texts"]]

    queries = {}
    for qid in sorted(wanted & set(raw["dense"])):
        dense, sparse = raw["dense"][qid], raw["sparse"][qid]
        found = signals(dense, sparse, raw["terms"][qid], text, analyze)
        queries[qid] = QueryLists(dense, sparse, found)
    return SetData(name, dataset, queries)


def fused(q: QueryLists, norm: str, a: float, limit: int) -> list[str]:
    """Corpus ids by a·norm(dense) + (1 − a)·norm(sparse) over each list's top `limit`."""
    if a >= 1.0:
        return dedupe([d for _, d, _ in q.dense])
    if a <= 0.0:
        return dedupe([d for _, d, _ in q.sparse])
    maps: list[tuple[dict[str, float], float, float]] = []
    doc_of: dict[str, str] = {}
    for ranked, weight in ((q.dense[:limit], a), (q.sparse[:limit], 1 - a)):
        if not ranked:
            continue
        values, missing = NORMS[norm]([s for _, _, s in ranked])
        maps.append(({c: v for (c, _, _), v in zip(ranked, values, strict=True)}, missing, weight))
        doc_of.update({c: d for c, d, _ in ranked})
    total = {c: sum(w * m.get(c, miss) for m, miss, w in maps) for c in doc_of}
    order = sorted(total, key=lambda c: -total[c])
    return dedupe([doc_of[c] for c in order])


WEIGHTS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)
LIMITS = (30, 100)
QUANTILES = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class SetGrid:
    """nDCG@10 of every (norm, limit) x dense weight per query of one set, and its signals."""

    name: str
    tune: np.ndarray  # bool per query
    ndcg: dict[tuple[str, int], np.ndarray]  # (norm, limit) -> queries x WEIGHTS
    signals: dict[str, np.ndarray]


def build_grid(s: SetData) -> SetGrid:
    qids = list(s.queries)
    ndcg = {}
    for norm in NORMS:
        for limit in LIMITS:
            ndcg[norm, limit] = np.array(
                [
                    [
                        ndcg_at_k(fused(s.queries[q], norm, a, limit)[:10], s.dataset.qrels[q])
                        for a in WEIGHTS
                    ]
                    for q in qids
                ]
            )
    names = next(iter(s.queries.values())).signals
    sig = {n: np.array([s.queries[q].signals[n] for q in qids]) for n in names}
    return SetGrid(s.name, np.array([half(q) == "tune" for q in qids]), ndcg, sig)


@dataclass(frozen=True)
class Rule:
    """Dense weight WEIGHTS[when] where `signal` < threshold (> if `above`), else WEIGHTS[other]."""

    norm: str
    limit: int
    other: int
    signal: str = ""
    threshold: float = 0.0
    above: bool = False
    when: int = 0

    def label(self) -> str:
        fixed = f"{self.norm} L{self.limit} a{WEIGHTS[self.other]}"
        if not self.signal:
            return fixed
        op = ">" if self.above else "<"
        return f"{fixed}, a{WEIGHTS[self.when]} if {self.signal}{op}{self.threshold:.3g}"

    def scores(self, g: SetGrid) -> np.ndarray:
        table = self.ndcg_of(g)
        if not self.signal:
            return table[:, self.other]
        values = g.signals[self.signal]
        mask = values > self.threshold if self.above else values < self.threshold
        return np.where(mask, table[:, self.when], table[:, self.other])

    def ndcg_of(self, g: SetGrid) -> np.ndarray:
        return g.ndcg[self.norm, self.limit]


@dataclass(frozen=True)
class Ramp(Rule):
    """Dense weight rising linearly from WEIGHTS[other] (signal >= high) to WEIGHTS[when]
    (signal <= low), rounded to the nearest weight of the grid."""

    low: float = 0.0

    def label(self) -> str:
        lo, hi = WEIGHTS[self.other], WEIGHTS[self.when]
        ramp = f"{self.signal} {self.threshold:.3g}->{self.low:.3g}"
        return f"{self.norm} L{self.limit} ramp a{lo}->a{hi} as {ramp}"

    def scores(self, g: SetGrid) -> np.ndarray:
        table = self.ndcg_of(g)
        span = (self.threshold - g.signals[self.signal]) / ((self.threshold - self.low) or 1.0)
        a = WEIGHTS[self.other] + (WEIGHTS[self.when] - WEIGHTS[self.other]) * np.clip(span, 0, 1)
        index = np.abs(np.array(WEIGHTS)[None, :] - a[:, None]).argmin(axis=1)
        return table[np.arange(len(a)), index]


def ramps(grids: list[SetGrid]) -> list[Rule]:
    out: list[Rule] = []
    for name in ("cov_sparse3", "cov_dense1", "cov_dense3", "agree10"):
        pooled = np.concatenate([g.signals[name][g.tune] for g in grids])
        cuts = sorted(set(np.round(np.quantile(pooled, QUANTILES), 4)))
        for lo_i, low in enumerate(cuts):
            for high in cuts[lo_i + 1 :]:
                for n in ("dbsf", "zscore"):
                    for lim in LIMITS:
                        for other in (2, 3, 4):
                            for when in (7, 8, 9):
                                out.append(
                                    Ramp(n, lim, other, name, float(high), False, when, float(low))
                                )
    return out


def rules(grids: list[SetGrid]) -> list[Rule]:
    """Fixed convex weights, and every one-signal switch between two weights."""
    out = [Rule(n, lim, i) for n in NORMS for lim in LIMITS for i in range(len(WEIGHTS))]
    for name in grids[0].signals:
        pooled = np.concatenate([g.signals[name][g.tune] for g in grids])
        for t in sorted(set(np.round(np.quantile(pooled, QUANTILES), 4))):
            for n in ("dbsf", "zscore"):
                for lim in LIMITS:
                    for other in range(2, 7):
                        for when in range(len(WEIGHTS)):
                            if when != other:
                                out += [
                                    Rule(n, lim, other, name, float(t), up, when)
                                    for up in (False, True)
                                ]
    return out


def evaluate(rule: Rule, grids: list[SetGrid]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {"tune": {}, "report": {}, "all": {}}
    for g in grids:
        values = rule.scores(g)
        out["tune"][g.name] = float(values[g.tune].mean())
        out["report"][g.name] = float(values[~g.tune].mean())
        out["all"][g.name] = float(values.mean())
    return out


def margin(
    row: dict[str, float], dense: dict[str, float], sparse: dict[str, float], sets: Iterable[str]
) -> float:
    """Minimum over `sets` of the row minus the better single list."""
    return min(row[s] - max(dense[s], sparse[s]) for s in sets)


def sweep(sets: list[SetData]) -> dict[str, Any]:
    grids = [build_grid(s) for s in sets]
    names = [g.name for g in grids]
    dense = evaluate(Rule("dbsf", 100, len(WEIGHTS) - 1), grids)
    sparse = evaluate(Rule("dbsf", 100, 0), grids)
    old = evaluate(Rule("dbsf", 30, WEIGHTS.index(0.5)), grids)
    every = rules(grids) + ramps(grids)
    print(f"{len(every)} rules", flush=True)
    table = {r.label(): evaluate(r, grids) for r in every}

    def worst(label: str, part: str, among: list[str]) -> float:
        return margin(table[label][part], dense[part], sparse[part], among)

    ranked = sorted(table, key=lambda m: -worst(m, "tune", names))
    print("best by worst-case margin on the tune halves (tune/report per set):")
    for label in ranked[:20]:
        _show(label, table[label], dense, sparse, names)
    print("best DBSF step rules (the product's family: DBSF keeps the stores' score scale):")
    for label in [m for m in ranked if m.startswith("dbsf") and "ramp" not in m][:8]:
        _show(label, table[label], dense, sparse, names)
    fixed = [r.label() for r in every if not r.signal]
    best_fixed = max(fixed, key=lambda m: worst(m, "tune", names))
    for label, row in (
        ("dense only", dense),
        ("sparse only", sparse),
        ("old hybrid: dbsf L30 a0.5", old),
        (f"best fixed: {best_fixed}", table[best_fixed]),
    ):
        _show(label, row, dense, sparse, names)
    loso: dict[str, dict[str, Any]] = {}
    for held in names:
        others = [n for n in names if n != held]
        best = max(table, key=lambda m: worst(m, "tune", others))
        held_out = table[best]["report"]
        loso[held] = {
            "chosen": best,
            "report": held_out[held],
            "margin": held_out[held] - max(dense["report"][held], sparse["report"][held]),
        }
        print(
            f"leave out {held}: chose {best!r} -> report {held_out[held]:.4f}",
            f"margin {loso[held]['margin']:+.4f}",
        )
    keep = set(ranked[:50]) | set(fixed)
    return {
        "dense": dense,
        "sparse": sparse,
        "old": old,
        "table": {k: table[k] for k in keep},
        "ranked": ranked[:50],
        "loso": loso,
    }


def _show(label: str, row: dict[str, dict[str, float]], d: Any, sp: Any, names: list[str]) -> None:
    mt = margin(row["tune"], d["tune"], sp["tune"], names)
    mr = margin(row["report"], d["report"], sp["report"], names)
    cells = "  ".join(f"{n[-8:]} {row['tune'][n]:.4f}/{row['report'][n]:.4f}" for n in names)
    print(f"{label:58s} min {mt:+.4f}/{mr:+.4f}  {cells}", flush=True)


def pairs_parser(doc: str | None, out: Path) -> argparse.ArgumentParser:
    """DATASET LISTS.sig pairs, --eval-data and --out (default `out`)."""
    args = parser(doc)
    args.add_argument("pairs", nargs="+", help="DATASET LISTS.sig, one pair per set.")
    args.add_argument("--eval-data", type=Path, default=EVAL_DATA)
    args.add_argument("--out", type=Path, default=out)
    return args


def read_sets(
    ns: argparse.Namespace,
) -> tuple[Callable[[str], list[str]], dict[str, dict[str, Any]], list[SetData]]:
    """The product's analyzer, each set's unpickled lists (a file shared by two sets is read
    once) and its SetData."""
    encoder = build_sparse(product_settings())
    encoder.warm_up()
    pairs = list(zip(ns.pairs[::2], ns.pairs[1::2], strict=True))
    files = {p: pickle.loads(Path(p).read_bytes()) for _, p in pairs}
    raws = {name: files[p] for name, p in pairs}
    sets = [load_set(name, raws[name], encoder.analyze, ns.eval_data) for name, _ in pairs]
    return encoder.analyze, raws, sets


def main(argv: list[str]) -> None:
    ns = pairs_parser(__doc__, RESULTS / "fusion_adaptive.json").parse_args(argv)
    _, _, sets = read_sets(ns)
    for s in sets:
        tuned = sum(half(q) == "tune" for q in s.queries)
        print(f"{s.name}: {len(s.queries)} queries, tune {tuned}", flush=True)
    results = sweep(sets)
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    ns.out.write_text(json.dumps(results, indent=1))
    print(f"wrote {ns.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
