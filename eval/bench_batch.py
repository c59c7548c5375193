"""Passages per second of the product's e5 ONNX embedder by batch size, and whether a passage's
vector depends on the passages embedded with it.

Run: ``.venv/bin/python -m eval.bench_batch [--passages 300 --repeats 3 --sizes 1,4,16,32]``;
prints a table and writes ``eval/results/embed_batch.json``. Repeats are interleaved across batch
sizes and medians reported (other processes share the two cores). The passages are those of
``eval.bench_embedders`` (legalquad_de windows when ../shared/eval-data is there, else synthetic
administrative German). "Alone vs in a batch" is the lowest cosine between a passage embedded by
itself and the same passage embedded in its batch; 1.0 means the vector does not depend on its
neighbours.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import numpy as np

from app.model_files import ensure_e5_model
from app.settings import Settings
from eval.bench_embedders import bench_passages
from search.onnx_embedder import OnnxEmbedder

RESULTS = Path(__file__).parent / "results" / "embed_batch.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sizes", default="1,4,16,32", help="Batch sizes, comma-separated.")
    parser.add_argument("--out", type=Path, default=RESULTS)
    ns = parser.parse_args(argv)
    settings = Settings()
    model = ensure_e5_model(settings)
    passages, source = bench_passages(ns.passages)
    sizes = [int(s) for s in ns.sizes.split(",")]
    embedders = {n: OnnxEmbedder(model, settings.onnx_variant, batch_size=n) for n in sizes}
    for embedder in embedders.values():
        embedder.warm_up()
        embedder.embed_documents(passages[:16])
    runs: dict[int, list[float]] = {n: [] for n in sizes}
    vectors: dict[int, np.ndarray] = {}
    for _ in range(ns.repeats):
        for n, embedder in embedders.items():
            began = time.perf_counter()
            vectors[n] = embedder.embed_documents(passages)
            runs[n].append(len(passages) / (time.perf_counter() - began))
    alone = embedders.get(1) or OnnxEmbedder(model, settings.onnx_variant, batch_size=1)
    single = np.stack([alone.embed_documents([p])[0] for p in passages[:50]])
    rows: dict[str, dict[str, float | list[float]]] = {}
    rates = {n: statistics.median(runs[n]) for n in sizes}
    cosines = {n: float((vectors[n][:50] * single).sum(axis=1).min()) for n in sizes}
    for n in sizes:
        rows[str(n)] = {
            "passages_per_s": round(rates[n], 1),
            "runs": [round(r, 1) for r in runs[n]],
            "alone_vs_in_batch_min_cosine": round(cosines[n], 5),
        }
    print(f"{len(passages)} passages ({source}), {ns.repeats} interleaved repeats, medians")
    print(f"batch  passages/s  vs batch {sizes[-1]:<3d}  alone vs in batch (min cosine)")
    for n in sizes:
        ratio = rates[n] / rates[sizes[-1]]
        print(f"{n:>5}  {rates[n]:>10.1f}  {ratio:>11.2f}x  {cosines[n]:.5f}")
    machine = {"cpus": os.cpu_count(), "load_avg_1m_after": round(os.getloadavg()[0], 2)}
    setup = {"passages": len(passages), "source": source, "repeats": ns.repeats}
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    ns.out.write_text(json.dumps({"machine": machine, "setup": setup, "batch": rows}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
