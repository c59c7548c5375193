"""eval/results/bench_scale.md from the rows `make bench-scale` measured."""

from __future__ import annotations

from typing import Any

from search.store_payload import DENSE_HNSW_EF
from search.store_tuning import IndexTuning

TARGET_P95_MS = 50.0


def _ms(row: dict[str, Any], key: str) -> str:
    values = row.get(key) or {}
    if not values:
        return "–"  # not measured in that run
    return " / ".join(f"{values.get(q, float('nan')):.1f}" for q in ("50", "95", "99"))


def _quality(row: dict[str, Any]) -> str:
    recall, ndcg = row.get("recall_at_10_vs_exact"), row.get("ndcg_at_10")
    if not recall or not ndcg:
        return "–"
    return (
        f"recall {recall['unfiltered']:.3f} / {recall['department']:.3f}, "
        f"nDCG {ndcg['dense']:.4f} / {ndcg['hybrid']:.4f}"
    )


def _cpu(row: dict[str, Any], key: str) -> str:
    values = row.get(key) or {}
    if "cpu50" not in values:
        return "–"
    return f"{values['cpu50']:.1f} / {values['cpu95']:.1f}"


def _mb(row: dict[str, Any], total: str, part: str) -> str:
    share = row.get(part)
    return f"{row[total]:.0f}" + (f" ({share:.0f})" if share is not None else "")


def table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| chunks | layout | search ef | build s | build peak RSS MB (at start) "
        "| serving RSS MB (store's share) | on disk MB "
        "| hybrid+filter p50/p95/p99 ms | first pass after opening p50/p95/p99 ms "
        "| hybrid+filter CPU p50/p95 ms | dense+filter ms "
        "| sparse+filter ms "
        "| dense ms | embedding ms "
        "| quality: recall@10 vs exact (unfiltered / department), nDCG@10 (dense / hybrid) "
        "| load avg (1/5/15 min, before → after) |",
        "|" + "---|" * 16,
    ]
    for row in rows:
        load = row.get("load_average", [])
        before, after = "/".join(map(str, load[:3])), "/".join(map(str, load[3:]))
        lines.append(
            f"| {row['chunks']:,} | {row['layout']} | {row.get('hnsw_ef', DENSE_HNSW_EF)} "
            f"| {row['build_seconds']} "
            f"| {_mb(row, 'build_peak_rss_mb', 'build_rss_start_mb')} "
            f"| {_mb(row, 'rss_serving_mb', 'rss_store_mb')} | {row['disk_mb']:.0f} "
            f"| {_ms(row, 'hybrid_filter_ms')} | {_ms(row, 'first_pass_hybrid_filter_ms')} "
            f"| {_cpu(row, 'hybrid_filter_ms')} "
            f"| {_ms(row, 'dense_filter_ms')} | {_ms(row, 'sparse_filter_ms')} "
            f"| {_ms(row, 'dense_ms')} | {_ms(row, 'embed_ms')} "
            f"| {_quality(row)} | {before} → {after} |"
        )
    return lines


def write_markdown(result: dict[str, Any]) -> str:
    """The table plus what each column means; numbers as measured, no targets bent."""
    rows = result["rows"]
    verdict = ""
    if rows:
        largest = max(int(r["chunks"]) for r in rows)
        at_size = [r for r in rows if int(r["chunks"]) == largest]
        product_ef = IndexTuning().search_ef(largest)  # what the store picks at that size
        default = [r for r in at_size if r.get("hnsw_ef", DENSE_HNSW_EF) == product_ef]
        top = min(default or at_size, key=lambda r: float(r["hybrid_filter_ms"]["95"]))
        p95 = float(top["hybrid_filter_ms"]["95"])
        mark = "met" if p95 <= TARGET_P95_MS else "missed"
        verdict = (
            f"Target p95 ≤ {TARGET_P95_MS:.0f} ms (hybrid + filter, embedding included) at "
            f"{largest:,} chunks, best layout with the search ef the store picks at that size "
            f"({top['layout']}, search ef {top.get('hnsw_ef', DENSE_HNSW_EF)}): {p95:.1f} ms, "
            f"**{mark}**.\n\n"
        )
    machine = result["machine"]
    return "\n".join(
        [
            "# make bench-scale: the embedded store at scale",
            "",
            f"{result['when']}, {machine['cores']} cores ({machine['cpu']}), "
            f"Python {machine['python']}. {result['real_chunks']} real corpus chunks plus "
            "synthetic ones made as `make bench` makes them (eval/bench.py `synthesise`: each a "
            "real chunk's e5 vector plus N(0, 0.03) noise per dimension, renormalised, its real "
            "sparse vector and payload, a random one of 12 departments, 8 chunks per document).",
            "",
            verdict
            + "Layouts: **plain** = the product's defaults (float vectors, page-cached); **int8** "
            "= store_quantization=int8 (int8 scalar quantisation pinned in RAM, rescoring 2× the "
            "limit with the original vectors cold on disk). Both: HNSW m 16 / ef_construct 100 "
            "/ search ef as its column says (unset, the store picks 512, and 128 from 500,000 "
            "chunks on), HNSW filter links "
            "only on access, department, doc_type.",
            "",
            *table(rows),
            "",
            "Latencies are `Retriever.search` (what the API runs: query embedded live by the "
            "ONNX e5 model, sparse encoding, store query, snippets) over 200 queries of the "
            "corpus test set; the filter is one department plus a user's access group. They are "
            "timed after one pass over the other 225 test questions (the first pass column): "
            "the first searches after opening a large store pay for touching its files, which a "
            "running service has done once; rows without a first-pass value were timed without "
            "it, so their first mode (hybrid) carried that cost. "
            "Build = writing every chunk in batches of 1000 through the store plus the closing "
            "optimise (HNSW build), without embedding. Serving RSS = the API process after the "
            "timed searches (models included; in brackets what opening the store and searching "
            "added). CPU ms = process CPU time per search, all threads: with other jobs on the "
            "cores wall time stretches, CPU time much less. Recall@10 = overlap of the store's "
            "dense top 10 with brute-force cosine top 10 over the same vectors, all 425 test "
            "queries. nDCG@10 = the corpus test set answered from this store (synthetic "
            "near-copies count as "
            "their original document). Hybrid nDCG falls below dense in these stores because "
            "every near-copy keeps its original's sparse vector: the sparse top 30 is one or two "
            "documents' copies with tied scores, which then fill the fused top 10 (at 100k, "
            "store DBSF 0.837 and the adaptive fusion 0.809, dense 0.843); real files rarely "
            "repeat a hundred times.",
            "",
        ]
    )
