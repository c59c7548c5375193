"""Score the real Retriever (as app.compose builds it) on a store from research.build_store, for a
few Settings variants; prints dev/test nDCG@10 per mode.

    python -m research.validate_retriever amtswissen_de /tmp/aw_tune/h1 --modes hybrid,dense,sparse

The variants retrace the tuning steps of RESULTS.md, from no thesaurus and equal RRF weights to
the defaults of today (DBSF, prefetch 30, thesaurus 0.5, two chunks per document first).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.services.evaluation import run_queries
from research.common import (
    RESULTS,
    add_cache_argument,
    add_dataset_arguments,
    cached_embedder,
    open_dataset,
    open_services,
    parser,
    read_mapping,
    score_splits,
)

RRF = {"fusion": "rrf", "prefetch_limit": 50}  # the fusion the tuning steps started from
VARIANTS: dict[str, dict[str, Any]] = {
    "before (no thesaurus, w=1, no cap)": {
        **RRF,
        "thesaurus": False,
        "dense_weight": 1.0,
        "max_chunks_per_document": 0,
    },
    "+ thesaurus (sparse, 0.5)": {**RRF, "dense_weight": 1.0, "max_chunks_per_document": 0},
    "+ dense weight 0.5": {**RRF, "dense_weight": 0.5, "max_chunks_per_document": 0},
    "+ cap 2 chunks/document": {**RRF, "dense_weight": 0.5},
    "defaults (DBSF, prefetch 30)": {},
}


def main(argv: list[str]) -> None:
    args = parser(__doc__)
    add_dataset_arguments(args)
    args.add_argument("store", type=Path, help="A store folder built by research.build_store.")
    args.add_argument("--modes", default="hybrid", help="Comma list of hybrid, dense, sparse.")
    args.add_argument("--out", type=Path, default=RESULTS / "validate.json", help="JSON results.")
    add_cache_argument(args)
    ns = args.parse_args(argv)
    dataset = open_dataset(ns.dataset, ns.eval_data, ns.limit)
    mapping = read_mapping(ns.store)
    embedder = cached_embedder(ns.cache)  # one model and one query cache for every variant
    results: dict[str, Any] = {}
    try:
        for name, overrides in VARIANTS.items():
            services = open_services(ns.store, embedder, **overrides)
            try:
                for mode in ns.modes.split(","):
                    run = run_queries(dataset, services.retriever(), mapping.get, mode)
                    result = results[f"{name} [{mode}]"] = score_splits(dataset, run.runs)
                    print(
                        f"{name:38s} {mode:7s} dev {result['dev']['ndcg@10']:.4f} "
                        f"test {result['test']['ndcg@10']:.4f} all {result['all']['ndcg@10']:.4f}",
                        flush=True,
                    )
            finally:
                services.close()
    finally:
        embedder.close()
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    ns.out.write_text(json.dumps(results, indent=1))
    print(f"wrote {ns.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
