"""Fusion functions beyond a convex sum of the two top-30 lists, and IDF-weighted coverage.

    python -m research.fusion_families amtswissen_de /tmp/aw_fusion/corpus.sig \\
        xquad_r_de /tmp/aw_fusion/xquad.sig xquad_r_de_lowlex /tmp/aw_fusion/xquad.sig \\
        xquad_r_de_paragraphs /tmp/aw_fusion/para.sig legalquad_de /tmp/aw_fusion/legal.sig

Same lists (research.fusion_signals, top 100 each), same tune/report split and the same
worst-case criterion as research.fusion_adaptive. Candidates are the union of the two top-30
lists, each list normalised by the DBSF statistics of its top 30. Families:

- **full**: a candidate missing from one top 30 gets its real score from that list's top 100
  (a dense score below the 100th counts as the 100th), instead of 0 — a fusion with all scores;
- **gated**: the sparse part counts only for candidates whose dense value reaches tau (absolute)
  or lies within `drop` of the best dense value (relative), so exact-term hits the dense model
  finds unrelated cannot climb;
- **product**: a·log(dense + eps) + (1 − a)·log(sparse + eps), a soft AND;
- **idf coverage**: the product's coverage switch with each query term weighted by its IDF
  (ln((N − df + 0.5) / (df + 0.5) + 1), df over the set's corpus.jsonl; for amtswissen_de over the
  chunk texts the .sig holds).

Each family also in its adaptive form (dense weight 0.95 below the coverage threshold).
Prints the best 25 by the minimum over the sets of (method − better single list) on the tune
halves; results/fusion_families.json keeps them.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from eval.datasets.paraphrase import DERIVED, SETS_DIR
from research.common import EVAL_DATA, RESULTS
from research.fusion_adaptive import QueryLists, SetData, half, pairs_parser, read_sets
from search.metrics import dedupe, ndcg_at_k

LIMIT = 30
Arrays = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # full D, S; partial D, S
Fusion = Callable[[Arrays, dict[str, float]], np.ndarray]


@dataclass
class Prepared:
    candidates: list[str]
    doc_of: dict[str, str]
    arrays: Arrays
    signals: dict[str, float]


def _stats(values: list[float]) -> tuple[float, float]:
    mean = statistics.fmean(values)
    spread = 3 * statistics.stdev(values) if len(values) > 1 else 0.0
    return mean - spread, (2 * spread) or 1.0


def prepare(q: QueryLists) -> Prepared:
    """Both lists' values on the union of their top 30, partial (missing = 0) and full."""
    top_d, top_s = q.dense[:LIMIT], q.sparse[:LIMIT]
    all_d = {c: s for c, _, s in q.dense}
    all_s = {c: s for c, _, s in q.sparse}
    floor = q.dense[-1][2] if q.dense else 0.0
    d_low, d_span = _stats([s for _, _, s in top_d]) if top_d else (0.0, 1.0)
    s_low, s_span = _stats([s for _, _, s in top_s]) if top_s else (0.0, 1.0)
    doc_of = {c: d for c, d, _ in q.dense} | {c: d for c, d, _ in q.sparse}
    candidates = list(dict.fromkeys([c for c, _, _ in top_d] + [c for c, _, _ in top_s]))
    in_d, in_s = {c for c, _, _ in top_d}, {c for c, _, _ in top_s}
    full_d = [(all_d.get(c, floor) - d_low) / d_span for c in candidates]
    full_s = [(all_s[c] - s_low) / s_span if c in all_s else 0.0 for c in candidates]
    part_d = [v if c in in_d else 0.0 for c, v in zip(candidates, full_d, strict=True)]
    part_s = [v if c in in_s else 0.0 for c, v in zip(candidates, full_s, strict=True)]
    arrays = (np.array(full_d), np.array(full_s), np.array(part_d), np.array(part_s))
    return Prepared(candidates, doc_of, arrays, q.signals)


def idf_coverage(
    sets: list[SetData], raws: dict[str, dict[str, Any]], analyze: Callable[[str], list[str]]
) -> None:
    """Add `icov3` (IDF-weighted share of the query's terms in the best top-3 sparse text)."""
    for s in sets:
        texts = _corpus_texts(s.name, raws[s.name])
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(analyze(text)))
        n = len(texts)

        def idf(term: str, n: int = n, df: Counter[str] = df) -> float:
            return math.log((n - df[term] + 0.5) / (df[term] + 0.5) + 1)

        raw = raws[s.name]
        for qid, q in s.queries.items():
            terms = set(raw["terms"][qid])
            total = sum(idf(t) for t in terms) or 1.0
            tops = [raw["texts"][c] for c, _, _ in q.sparse[:3] if c in raw["texts"]]
            shares = [sum(idf(t) for t in terms & set(analyze(x))) / total for x in tops]
            q.signals["icov3"] = max(shares, default=0.0)


def _corpus_texts(name: str, raw: dict[str, Any]) -> list[str]:
    source = "xquad_r_de" if name == "xquad_r_de_lowlex" else name
    path = SETS_DIR / source if source in DERIVED else EVAL_DATA / source
    corpus = path / "corpus.jsonl"
    if not corpus.exists():  # amtswissen_de: a folder of documents, not a corpus file
        return list(raw["texts"].values())
    with corpus.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle]


def evaluate(fusion: Fusion, sets: list[SetData], prepared: dict[str, dict[str, Prepared]]) -> Any:
    out: dict[str, dict[str, float]] = {}
    for s in sets:
        parts: dict[str, list[float]] = {"tune": [], "report": []}
        for qid, p in prepared[s.name].items():
            order = np.argsort(-fusion(p.arrays, p.signals), kind="stable")
            ranked = dedupe([p.doc_of[p.candidates[i]] for i in order])
            parts[half(qid)].append(ndcg_at_k(ranked[:10], s.dataset.qrels[qid]))
        out[s.name] = {k: float(np.mean(v)) for k, v in parts.items()}
    return out


Combine = Callable[[np.ndarray, np.ndarray, float], np.ndarray]  # dense, sparse, dense weight


def _weighted(combine: Combine, a: float, adaptive: bool) -> Fusion:
    """`combine` of the full dense and sparse values with dense weight a, or 0.95 in the
    adaptive form when the top sparse hits cover under 60 % of the query's terms."""

    def fusion(x: Arrays, sig: dict[str, float]) -> np.ndarray:
        w = 0.95 if adaptive and sig["cov_sparse3"] < 0.6 else a
        return combine(x[0], x[1], w)

    return fusion


def _gated(tau: float) -> Combine:
    return lambda d, s, w: w * d + (1 - w) * s * (d >= tau)


def _relative(drop: float) -> Combine:
    return lambda d, s, w: w * d + (1 - w) * s * (d >= d.max() - drop)


def _product(eps: float) -> Combine:
    def combine(d: np.ndarray, s: np.ndarray, w: float) -> np.ndarray:
        return w * np.log(np.clip(d, 0, None) + eps) + (1 - w) * np.log(np.clip(s, 0, None) + eps)

    return combine


def _switch(signal: str, below: float, low: float, high: float) -> Fusion:
    """The product's rule on the partial lists (a missing candidate counts 0)."""

    def fusion(x: Arrays, sig: dict[str, float]) -> np.ndarray:
        w = high if sig[signal] < below else low
        return w * x[2] + (1 - w) * x[3]

    return fusion


def families() -> dict[str, Fusion]:
    out: dict[str, Fusion] = {}
    for a in (0.3, 0.4, 0.5, 0.6, 0.7):
        for adaptive in (False, True):
            tag = f"{'adaptive ' if adaptive else ''}a{a}"
            combines: dict[str, Combine] = {"full": lambda d, s, w: w * d + (1 - w) * s}
            for tau in (0.3, 0.4, 0.5, 0.6):
                combines[f"gated {tag} tau{tau}"] = _gated(tau)
                combines[f"relative gate {tag} drop{tau / 2}"] = _relative(tau / 2)
            for eps in (0.5, 1.0):
                combines[f"product {tag} eps{eps}"] = _product(eps)
            for name, combine in combines.items():
                label = f"full {tag}" if name == "full" else name
                out[label] = _weighted(combine, a, adaptive)
    for signal in ("cov_sparse3", "icov3"):
        for below in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
            for low in (0.3, 0.4, 0.5):
                for high in (0.9, 0.95, 1.0):
                    label = f"partial {signal}<{below} a{high} else a{low}"
                    out[label] = _switch(signal, below, low, high)
    return out


def margins(row: Any, dense: Any, sparse: Any) -> dict[str, float]:
    return {
        part: min(row[n][part] - max(dense[n][part], sparse[n][part]) for n in row)
        for part in ("tune", "report")
    }


def main(argv: list[str]) -> None:
    ns = pairs_parser(__doc__, RESULTS / "fusion_families.json").parse_args(argv)
    analyze, raws, sets = read_sets(ns)
    idf_coverage(sets, raws, analyze)
    prepared = {s.name: {qid: prepare(q) for qid, q in s.queries.items()} for s in sets}
    dense = evaluate(lambda x, _: x[2] + 1e-9 * x[0], sets, prepared)
    sparse = evaluate(lambda x, _: x[3], sets, prepared)
    table = {name: evaluate(f, sets, prepared) for name, f in families().items()}
    ranked = sorted(table, key=lambda n: -margins(table[n], dense, sparse)["tune"])
    for name in ranked[:25]:
        m = margins(table[name], dense, sparse)
        print(f"{name:52s} min {m['tune']:+.4f} / {m['report']:+.4f}", flush=True)
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    keep = {n: {"sets": table[n], "margin": margins(table[n], dense, sparse)} for n in ranked[:25]}
    ns.out.write_text(json.dumps({"dense": dense, "sparse": sparse, "best": keep}, indent=1))
    print(f"wrote {ns.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
