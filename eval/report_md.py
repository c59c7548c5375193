"""Markdown rendering of the evaluation report and the PASS/FAIL targets."""

from __future__ import annotations

from typing import Any

Report = dict[str, Any]
KIND_COLUMNS = ("bm25s", "bm25s-de", "bm25s-analyzer", "sparse", "dense", "hybrid")
NDCG_TARGETS = {"xquad_r_de": 0.90, "amtswissen_de": 0.85}
P95_TARGET_MS = 50.0


def _ndcg(dataset: Report, config: str) -> float | None:
    for result in dataset["results"]:
        if result["config"] == config:
            return float(result["metrics"]["ndcg@10"])
    return None


def hybrid_gap(dataset: Report) -> float | None:
    """nDCG@10 of hybrid minus the better of dense-only and sparse-only (None if one is missing).

    >>> rows = [("hybrid", 0.80), ("dense", 0.82), ("sparse", 0.70)]
    >>> results = [{"config": c, "metrics": {"ndcg@10": v}} for c, v in rows]
    >>> round(hybrid_gap({"results": results}), 2)
    -0.02
    """
    hybrid, dense, sparse = (_ndcg(dataset, c) for c in ("hybrid", "dense", "sparse"))
    if hybrid is None or dense is None or sparse is None:
        return None
    return hybrid - max(dense, sparse)


def headline(report: Report) -> dict[str, Any] | None:
    """The per-set minimum of (hybrid − best single list): fusion must never lose to its parts."""
    gaps = {d["name"]: hybrid_gap(d) for d in report["datasets"]}
    known = {name: gap for name, gap in gaps.items() if gap is not None}
    if not known:
        return None
    worst = min(known, key=lambda name: known[name])
    return {"value": known[worst], "dataset": worst, "by_dataset": known}


def targets(report: Report) -> list[dict[str, Any]]:
    """The agreed targets, each with the measured value and PASS / FAIL / n/a.

    >>> targets({"datasets": []})[0]["status"]
    'n/a'
    """
    by_name = {d["name"]: d for d in report["datasets"]}
    rows = []
    for name, goal in NDCG_TARGETS.items():
        value = _ndcg(by_name[name], "hybrid") if name in by_name else None
        rows.append(_row(f"{name} hybrid nDCG@10 ≥ {goal:.2f}", value, None, value, goal))
    for dataset in report["datasets"]:
        gap = hybrid_gap(dataset)
        if gap is None:
            continue
        hybrid, dense, sparse = (_ndcg(dataset, c) for c in ("hybrid", "dense", "sparse"))
        shown = f"{hybrid:.4f} vs dense {dense:.4f} / sparse {sparse:.4f} ({gap:+.4f})"
        rows.append(_row(f"{dataset['name']}: hybrid ≥ max(dense, sparse)", shown, gap >= 0))
    p95s = {d["name"]: d["product_latency_ms"].get("p95") for d in report["datasets"]}
    p95s = {k: v for k, v in p95s.items() if v is not None}
    worst = max(p95s.values(), default=None)
    shown_p95 = ", ".join(f"{k} {v:.1f} ms" for k, v in p95s.items()) or None
    ok_p95 = None if worst is None else worst <= P95_TARGET_MS
    rows.append(_row("query p95 ≤ 50 ms (hybrid, top 10, snippets)", shown_p95, ok_p95))
    return rows


def _row(
    target: str,
    shown: Any,
    ok: bool | None,
    value: float | None = None,
    goal: float | None = None,
) -> dict[str, Any]:
    if value is not None and goal is not None:
        ok, shown = value >= goal, f"{value:.4f}"
    status = "n/a" if shown is None else ("PASS" if ok else "FAIL")
    return {
        "target": target,
        "measured": shown if shown is not None else "not run",
        "status": status,
    }


SUMMARY = (("dense", "dense"), ("sparse", "sparse"), ("hybrid", "hybrid"))
EXTRA = (("hybrid-dbsf", "old hybrid (DBSF 1:1)"), ("haystack", "peer (Haystack)"))


def _headline_section(report: Report) -> list[str]:
    top = headline(report)
    if top is None:
        return []
    extra = [
        (c, label) for c, label in EXTRA if any(_ndcg(d, c) is not None for d in report["datasets"])
    ]
    columns = [*SUMMARY, *extra]
    rows = []
    for d in report["datasets"]:
        gap = hybrid_gap(d)
        cells = [f"{v:.4f}" if (v := _ndcg(d, c)) is not None else "-" for c, _ in columns]
        rows.append([d["name"], *cells, "-" if gap is None else f"{gap:+.4f}"])
    header = ["set (nDCG@10)", *(label for _, label in columns), "hybrid − max(dense, sparse)"]
    status = "PASS" if top["value"] >= 0 else "FAIL"
    return [
        f"**Headline: per-set minimum of (hybrid − best single list) = {top['value']:+.4f}** "
        f"({top['dataset']}; target ≥ 0: {status})",
        "",
        *_table(header, rows),
    ]


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _machine(report: Report) -> list[str]:
    m = report["machine"]
    return [
        "## Machine",
        "",
        f"- CPU: {m['cpu_model']} — {m['cores']} cores; RAM {m['ram_gb']} GB",
        f"- Python {m['python']}, torch {m['torch']} ({m['torch_threads']} threads), {m['system']}",
        f"- Load average at start {m['load_start']}, at end {m['load_end']} "
        "(other jobs shared the cores: latencies and throughput are upper bounds)",
        "",
    ]


def _dataset_section(dataset: Report) -> list[str]:
    lines = [
        f"## {dataset['name']}",
        "",
        f"{dataset['corpus_size']} corpus entries, {dataset['queries']} queries "
        f"(of {dataset['queries_total']}); wall time {dataset['seconds']:.0f} s."
        + (f" {dataset['note']}" if dataset.get("note") else ""),
        "",
    ]
    rows = [
        [
            r["config"],
            r["group"],
            r["index"] if not r["mode"].startswith("bm25s") else f"chunks of {r['index']}",
            *(f"{r['metrics'][k]:.4f}" for k in ("ndcg@10", "mrr@10", "recall@10", "recall@100")),
            f"{r['latency_ms']['p50']:.1f}",
            f"{r['latency_ms']['p95']:.1f}",
            r["query_embedding"],
        ]
        for r in dataset["results"]
    ]
    header = ["config", "group", "index", "nDCG@10", "MRR@10", "R@10", "R@100"]
    lines += _table(header + ["p50 ms", "p95 ms", "query vector"], rows)
    return lines + _kinds_section(dataset)


def _kinds_section(dataset: Report) -> list[str]:
    results = {r["config"]: r for r in dataset["results"] if r["config"] in KIND_COLUMNS}
    kinds = sorted({k for r in results.values() for k in r["by_kind"]})
    if len(kinds) < 2:
        return []
    rows = [
        [kind, *(f"{r['by_kind'].get(kind, {}).get('ndcg@10', 0):.3f}" for r in results.values())]
        for kind in kinds
    ]
    return [
        "nDCG@10 per query kind (all configs: "
        f"[kinds_{dataset['name']}.png](kinds_{dataset['name']}.png)):",
        "",
        *_table(["kind", *results], rows),
    ]


def _latency_section(report: Report) -> list[str]:
    rows = [
        [
            d["name"],
            len(d["product_latencies"]),
            *(f"{d['product_latency_ms'][k]:.1f}" for k in ("p50", "p90", "p95", "p99")),
        ]
        for d in report["datasets"]
        if d["product_latency_ms"]
    ]
    return [
        "## Query latency",
        "",
        "What a user waits for: `Retriever.search` (hybrid, top 10, snippets) with the query "
        "embedded live, over a seeded sample of up to 200 queries per dataset, after one "
        "warm-up query. The per-config p50/p95 in the tables above are at depth 100 chunks "
        "with query vectors precomputed in batches (store + sparse + fusion time only). "
        "![latency](latency.png)",
        "",
        *_table(["dataset", "queries", "p50 ms", "p90 ms", "p95 ms", "p99 ms"], rows),
        *_query_rates(report),
    ]


def _query_rates(report: Report) -> list[str]:
    rates = [
        f"{d['name']} {name} {rate:.0f}"
        for d in report["datasets"]
        for name, rate in d.get("query_embedding_per_s", {}).items()
    ]
    return [f"Batched query embedding (queries/s): {'; '.join(rates)}", ""] if rates else []


def _ingest_section(report: Report) -> list[str]:
    rows = [
        [
            d["name"],
            b["index"],
            b["files"],
            b["chunks"],
            f"{b['seconds']:.1f}",
            b["embedded_now"],
            f"{b['cold_seconds']:.1f}",
            f"{b['chunks'] / b['cold_seconds']:.1f}" if b["cold_seconds"] else "-",
            f"{b['chunks'] / b['compute_seconds']:.1f}" if b["compute_seconds"] else "-",
        ]
        for d in report["datasets"]
        for b in d["builds"]
    ]
    header = ["dataset", "index", "files", "chunks", "wall s", "embedded now", "cold s (est.)"]
    return [
        "## Ingest throughput",
        "",
        "Real pipeline (convert, chunk, embed, sparse, upsert, optimise) into a temporary "
        "EdgeStore. Document vectors come from an embedding cache keyed by (embedder, text); "
        "'cold s' = wall time − cached embedding time + the time the model took when the "
        "vectors were computed. ![throughput](ingest_throughput.png)",
        "",
        *_table(header + ["chunks/s (cold)", "chunks/s (embedding only)"], rows),
    ]


def render_markdown(report: Report) -> str:
    """The whole report as Markdown (targets first, then per dataset, latency, ingest, machine)."""
    lines = [
        "# Amtswissen retrieval evaluation",
        "",
        f"Run {report['started']} · `{report['command']}` · total {report['seconds']:.0f} s",
        "",
        *_headline_section(report),
        "## Targets",
        "",
        *_table(
            ["target", "measured", "status"],
            [[t["target"], t["measured"], t["status"]] for t in report["targets"]],
        ),
        "![nDCG per dataset](ndcg_by_dataset.png)",
        "",
    ]
    for dataset in report["datasets"]:
        lines += _dataset_section(dataset)
    lines += _latency_section(report) + _ingest_section(report) + _machine(report)
    lines += ["## Notes", "", *(f"- {n}" for n in report["notes"]), ""]
    return "\n".join(lines)
