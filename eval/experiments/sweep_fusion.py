"""Offline sweep over candidate lists from tune_retrieval.gather: prints dev/test nDCG@10.

python -m eval.experiments.sweep_fusion DATASET /tmp/aw_tune/h1.pkl
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path
from typing import Any

from eval.beir import load_dataset
from eval.metrics import evaluate_run

from eval.experiments.tune_retrieval import Candidates, fused_run, score, split_of  # noqa: F401


def line(name: str, result: dict[str, Any]) -> str:
    dev, test = result["dev"], result["test"]
    return (
        f"{name:38s} dev {dev['ndcg@10']:.4f} (R@100 {dev['recall@100']:.3f})  "
        f"test {test['ndcg@10']:.4f} (R@100 {test['recall@100']:.3f})"
    )


def main(dataset_dir: Path, pickle_path: Path) -> None:
    dataset = load_dataset(dataset_dir)
    cands: Candidates = pickle.loads(pickle_path.read_bytes())
    results: dict[str, Any] = {}

    def show(name: str, **kw: Any) -> None:
        results[name] = score(dataset, fused_run(dataset, cands, **kw))
        print(line(name, results[name]))

    qdrant = json.loads(pickle_path.with_suffix(".qdrant.json").read_text())
    check = fused_run(dataset, cands, "raw", "raw", k=60, limit=50)
    same = sum(qdrant[q][:10] == check[q][:10] for q in qdrant)
    print(
        f"python RRF == qdrant RRF on top-10 for {same}/{len(qdrant)} queries;",
        "qdrant nDCG",
        round(evaluate_run(qdrant, dataset.qrels)["ndcg@10"], 4),
    )
    show("dense only", dense="raw", sparse=None)
    show("sparse only", dense=None, sparse="raw")
    show("hybrid baseline k60 L50", dense="raw", sparse="raw")
    for name in sorted({s for s, _ in cands.sparse}):
        if name != "raw":
            show(f"sparse only {name}", dense=None, sparse=name)
            show(f"hybrid sparse={name}", dense="raw", sparse=name)
    show("dense only exp", dense="exp", sparse=None)
    show("hybrid dense=exp", dense="exp", sparse="raw")
    for name in sorted({s for s, _ in cands.sparse}):
        if name != "raw":
            show(f"hybrid dense=exp sparse={name}", dense="exp", sparse=name)
    for limit in (20, 30, 50, 100, 200):
        show(f"hybrid L{limit}", dense="raw", sparse="raw", limit=limit)
    for k in (5, 10, 20, 40, 60, 100):
        show(f"hybrid k{k}", dense="raw", sparse="raw", k=k)
    for wd in (0.5, 0.7, 1.0, 1.3, 1.6, 2.0):
        show(f"hybrid w_dense{wd}", dense="raw", sparse="raw", w_dense=wd)
    out = pickle_path.with_suffix(".sweep.json")
    out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
