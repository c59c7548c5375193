"""bench-scale synthesises its chunks exactly as `make bench` does, only streamed in batches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval import bench_scale
from eval.bench import synthesise
from eval.bench_scale_report import write_markdown
from eval.bench_scale_run import synthetic_batches
from search.types import Chunk, DocumentMeta, IndexedChunk, SparseVector


def _items() -> list[IndexedChunk]:
    return [
        IndexedChunk(
            Chunk(f"c{i}", f"d{i}", 0, f"Text {i}", f"corpus/{i}.md", DocumentMeta(title="T")),
            tuple(float((i + j) % 5) + 0.5 for j in range(8)),
            SparseVector((i,), (1.0,)),
        )
        for i in range(5)
    ]


def test_streamed_synthesis_equals_bench_synthesise() -> None:
    items = _items()
    streamed = [item for batch in synthetic_batches(items, 23, batch=4) for item in batch]
    assert streamed == synthesise(items, 23)


def test_report_says_whether_the_target_was_met() -> None:
    row = {
        "chunks": 1_000_000, "layout": "int8", "build_seconds": 1.0, "build_peak_rss_mb": 1.0,
        "rss_serving_mb": 1.0, "disk_mb": 1.0, "hybrid_filter_ms": {"50": 20, "95": 61, "99": 70},
        "load_average": [1, 1, 1, 2, 2, 2],
    }  # fmt: skip
    machine = {"cores": 2, "cpu": "x86_64", "python": "3.11"}
    small_beam = {**row, "hnsw_ef": 128, "hybrid_filter_ms": {"50": 20, "95": 44, "99": 50}}
    faster = {**row, "hnsw_ef": 64, "hybrid_filter_ms": {"50": 20, "95": 30, "99": 40}}
    rows = [row, small_beam, faster]
    text = write_markdown({"rows": rows, "machine": machine, "real_chunks": 5, "when": "now"})
    assert "(int8, search ef 512): 61.0 ms, **missed**" not in text  # 1M picks ef 128
    assert "at that size (int8, search ef 128): 44.0 ms, **met**" in text
    assert "| 1,000,000 | int8 | 512 |" in text


def test_a_kept_store_is_reused_and_served_once_per_search_ef(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    phases: list[tuple[str, object]] = []

    def fake_phase(phase: str, args: dict, timeout: float) -> dict:
        phases.append((phase, args.get("hnsw_ef")))
        return {"chunks": 10, "layout": "plain"} if phase == "build" else {"served": True}

    monkeypatch.setattr(bench_scale, "run_phase", fake_phase)
    efs: list[int | None] = [64, 128]
    first = bench_scale.measure_rows(10, "plain", tmp_path / "b", tmp_path, False, 1.0, efs, True)
    assert [p for p, _ in phases] == ["build", "serve", "serve"]
    assert [row["hnsw_ef"] for row in first] == [64, 128]
    folder = tmp_path / "plain-10"
    (folder / "qdrant").mkdir(parents=True)
    (folder / "build.json").write_text(json.dumps({"chunks": 10, "layout": "plain", "b": 1}))
    phases.clear()
    again = bench_scale.measure_rows(10, "plain", tmp_path / "b", tmp_path, False, 1.0, efs, True)
    assert phases == [("serve", 64), ("serve", 128)]  # no second build
    assert again[0]["b"] == 1 and again[0]["served"]
