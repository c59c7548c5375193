"""The report's fusion targets: hybrid ≥ max(dense, sparse) per set and the headline minimum."""

from __future__ import annotations

from typing import Any

from eval.report_md import headline, render_markdown, targets


def _dataset(name: str, **ndcg: float) -> dict[str, Any]:
    results = [
        {"config": config.replace("_", "-"), "metrics": {"ndcg@10": value}}
        for config, value in ndcg.items()
    ]
    return {"name": name, "results": results, "product_latency_ms": {}}


REPORT = {
    "datasets": [
        _dataset("corpus", hybrid=0.90, dense=0.85, sparse=0.89, hybrid_dbsf=0.91),
        _dataset("paraphrases", hybrid=0.62, dense=0.63, sparse=0.40, hybrid_dbsf=0.57),
        _dataset("tie", hybrid=0.70, dense=0.70, sparse=0.60),
    ]
}


def test_headline_is_the_worst_set_and_names_it() -> None:
    top = headline(REPORT)
    assert top is not None
    assert top["dataset"] == "paraphrases"
    assert round(top["value"], 4) == -0.01
    assert round(top["by_dataset"]["corpus"], 4) == 0.01
    assert headline({"datasets": [_dataset("x", dense=0.5)]}) is None


def test_each_set_has_a_target_and_a_tie_passes() -> None:
    rows = {t["target"]: t["status"] for t in targets(REPORT)}
    assert rows["corpus: hybrid ≥ max(dense, sparse)"] == "PASS"
    assert rows["paraphrases: hybrid ≥ max(dense, sparse)"] == "FAIL"
    assert rows["tie: hybrid ≥ max(dense, sparse)"] == "PASS"


def test_markdown_opens_with_the_headline_and_the_old_fusion_column() -> None:
    report = {
        **REPORT,
        "started": "now",
        "command": "python -m eval.report",
        "seconds": 1.0,
        "targets": targets(REPORT),
        "notes": [],
        "machine": {
            "cpu_model": "cpu",
            "cores": 2,
            "ram_gb": 1.0,
            "python": "3",
            "torch": "2",
            "torch_threads": 1,
            "system": "linux",
            "load_start": [0],
            "load_end": [0],
        },  # fmt: skip
    }
    for dataset in report["datasets"]:
        dataset.update(corpus_size=1, queries=1, queries_total=1, seconds=1.0, builds=[])
        dataset["product_latencies"] = []
        for result in dataset["results"]:
            result.update(
                group="ours", mode="hybrid", index="i", query_embedding="none", by_kind={}
            )
            result["metrics"].update({"mrr@10": 0.0, "recall@10": 0.0, "recall@100": 0.0})
            result["latency_ms"] = {"p50": 0.0, "p95": 0.0}
    text = render_markdown(report)
    first = text.split("## Targets")[0]
    assert "per-set minimum of (hybrid − best single list) = -0.0100** (paraphrases" in first
    assert "old hybrid (DBSF 1:1)" in first and "peer (Haystack)" not in first
