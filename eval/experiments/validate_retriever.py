"""Score the real Retriever (as app.factory builds it) on a store built by tune_retrieval.build,
for a few Settings variants; prints dev/test nDCG@10 for hybrid, dense and sparse.

    python -m eval.experiments.validate_retriever DATASET /tmp/aw_tune/h1
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.factory import build_services
from eval.beir import load_dataset, run_queries

from app.settings import Settings
from eval.experiments.embed_cache import EmbeddingCache
from eval.experiments.tune_retrieval import CACHE, score

VARIANTS: dict[str, dict[str, Any]] = {
    "before (no thesaurus, w=1, no cap)": {
        "thesaurus": False,
        "dense_weight": 1.0,
        "max_chunks_per_document": 0,
    },
    "+ thesaurus (sparse, 0.5)": {"dense_weight": 1.0, "max_chunks_per_document": 0},
    "+ dense weight 0.5": {"max_chunks_per_document": 0},
    "+ cap 2 chunks/document (defaults)": {},
}


def main(dataset_dir: Path, store_dir: Path, modes: tuple[str, ...]) -> None:
    dataset = load_dataset(dataset_dir)
    mapping = json.loads((store_dir / "mapping.json").read_text())
    cache = EmbeddingCache(CACHE)
    results: dict[str, Any] = {}
    for name, overrides in VARIANTS.items():
        settings = Settings(data_dir=store_dir, **overrides)
        services = build_services(settings, store_path=store_dir / "qdrant")
        cache.install(services.embedder)
        try:
            for mode in modes:
                run = run_queries(dataset, services.retriever(), mapping.get, mode)  # type: ignore[arg-type]
                result = score(dataset, run.runs)
                results[f"{name} [{mode}]"] = result
                print(
                    f"{name:38s} {mode:7s} dev {result['dev']['ndcg@10']:.4f} "
                    f"test {result['test']['ndcg@10']:.4f} all {result['all']['ndcg@10']:.4f}",
                    flush=True,
                )
        finally:
            services.close()
    cache.save()
    (store_dir / "validate.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    wanted = tuple(sys.argv[3].split(",")) if len(sys.argv) > 3 else ("hybrid",)
    main(Path(sys.argv[1]), Path(sys.argv[2]), wanted)
