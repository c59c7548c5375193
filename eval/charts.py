"""PNG charts of a report (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

Report = dict[str, Any]


def save_figure(fig: Any, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def ndcg_by_dataset(report: Report, path: Path) -> Path:
    """Grouped horizontal bars: nDCG@10 per configuration, one colour per dataset."""
    datasets = report["datasets"]
    names = list(dict.fromkeys(r["config"] for d in datasets for r in d["results"]))
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(names) * max(1, len(datasets)) + 1.5))
    height = 0.8 / max(1, len(datasets))
    for i, dataset in enumerate(datasets):
        scores = {r["config"]: r["metrics"]["ndcg@10"] for r in dataset["results"]}
        ys = [n + i * height for n in range(len(names))]
        values = [scores.get(name, 0.0) for name in names]
        ax.barh(ys, values, height=height, label=dataset["name"])
    ax.set_yticks([n + 0.4 - height / 2 for n in range(len(names))], names)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("nDCG@10")
    ax.legend(loc="lower right")
    ax.set_title("nDCG@10 per configuration and dataset")
    return save_figure(fig, path)


def quality_by_kind(dataset: Report, path: Path) -> Path:
    """Heat map: nDCG@10 per query kind (rows) and configuration (columns)."""
    results = dataset["results"]
    kinds = sorted({k for r in results for k in r["by_kind"]})
    grid = [[r["by_kind"].get(k, {}).get("ndcg@10", 0.0) for r in results] for k in kinds]
    fig, ax = plt.subplots(figsize=(1.0 + 0.62 * len(results), 1.2 + 0.45 * len(kinds)))
    image = ax.imshow(grid, vmin=0.4, vmax=1.0, cmap="viridis", aspect="auto")
    ax.set_xticks(range(len(results)), [r["config"] for r in results], rotation=60, ha="right")
    ax.set_yticks(range(len(kinds)), kinds)
    for y, row in enumerate(grid):
        for x, value in enumerate(row):
            colour = "white" if value < 0.75 else "black"
            ax.text(x, y, f"{value:.2f}", ha="center", va="center", fontsize=7, color=colour)
    fig.colorbar(image, ax=ax, label="nDCG@10")
    ax.set_title(f"{dataset['name']}: nDCG@10 per query kind")
    return save_figure(fig, path)


LATENCY_TARGET_MS = 50.0


def latency_boxes(ax: Any, series: list[tuple[str, list[float]]], rotation: int = 0) -> None:
    """One box per labelled latency series (whiskers 5th-95th percentile), and the target."""
    if series:
        ax.boxplot([values for _, values in series], showfliers=True, whis=(5, 95))
        labels = [name for name, _ in series]
        align = "right" if rotation else "center"
        ax.set_xticks(range(1, len(series) + 1), labels, rotation=rotation, ha=align)
    ax.axhline(LATENCY_TARGET_MS, color="red", linestyle="--", linewidth=1, label="50 ms target")


def latency_distribution(report: Report, path: Path) -> Path:
    """Box plots of per-query latency (log scale): user path and eval-depth configs."""
    series: list[tuple[str, list[float]]] = []
    for dataset in report["datasets"]:
        if dataset.get("product_latencies"):
            series.append((f"{dataset['name']}\nhybrid top10", dataset["product_latencies"]))
        for result in dataset["results"]:
            if result["config"] in ("bm25s", "sparse", "dense", "hybrid") and result["latencies"]:
                series.append((f"{dataset['name']}\n{result['config']}", result["latencies"]))
    fig, ax = plt.subplots(figsize=(max(6, 0.8 * len(series)), 4.5))
    latency_boxes(ax, series, rotation=60)
    ax.set_yscale("log")
    ax.set_ylabel("ms per query (log)")
    ax.legend(loc="upper right")
    ax.set_title("Query latency (whiskers 5th-95th percentile)")
    return save_figure(fig, path)


def ingest_throughput(report: Report, path: Path) -> Path:
    """Bars: chunks per second of pipeline wall time and of pure embedding, per index build."""
    rows = [(d["name"], b) for d in report["datasets"] for b in d["builds"]]
    labels = [f"{name}\n{b['index']}" for name, b in rows]
    wall = [b["chunks"] / b["cold_seconds"] if b["cold_seconds"] else 0 for _, b in rows]
    embed = [b["chunks"] / b["compute_seconds"] if b["compute_seconds"] else 0 for _, b in rows]
    fig, ax = plt.subplots(figsize=(max(6, 0.9 * len(rows)), 4.5))
    xs = range(len(rows))
    ax.bar([x - 0.2 for x in xs], wall, width=0.4, label="pipeline (cold, est.)")
    ax.bar([x + 0.2 for x in xs], embed, width=0.4, label="embedding only")
    ax.set_xticks(list(xs), labels, rotation=60, ha="right", fontsize=7)
    ax.set_ylabel("chunks / s")
    ax.legend()
    ax.set_title("Ingest throughput")
    return save_figure(fig, path)


def write_charts(report: Report, folder: Path) -> list[Path]:
    """All charts of the report into `folder`; returns the written files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [
        ndcg_by_dataset(report, folder / "ndcg_by_dataset.png"),
        latency_distribution(report, folder / "latency.png"),
        ingest_throughput(report, folder / "ingest_throughput.png"),
    ]
    for dataset in report["datasets"]:
        if any(len(r["by_kind"]) > 1 for r in dataset["results"]):
            written.append(quality_by_kind(dataset, folder / f"kinds_{dataset['name']}.png"))
    return written
