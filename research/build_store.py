"""Ingest a BEIR set into a store folder once, through the product pipeline, for the other scripts.

    python -m research.build_store amtswissen_de /tmp/aw_tune/h1 [--no-header]
    python -m research.build_store xquad_r_de /tmp/aw_fuse/xquad

Writes STORE/qdrant (the index), STORE/manifest.sqlite, STORE/corpus (the materialised texts) and
STORE/mapping.json ({chunk source: corpus id}). `--no-header` embeds chunks without their
"Titel > Überschrift" context header (an ablation; the product keeps it on).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from app.services.evaluation import ingest_dataset
from research.common import (
    add_cache_argument,
    add_dataset_arguments,
    cached_embedder,
    open_dataset,
    open_services,
    parser,
)


def build(dataset_name: str, eval_data: Path, store_dir: Path, cache: Path, header: bool) -> None:
    dataset = open_dataset(dataset_name, eval_data)
    embedder = cached_embedder(cache)
    services = open_services(store_dir, embedder)
    try:
        pipeline = services.pipeline()  # the product's pipeline; only the header may differ
        pipeline.chunker.params = replace(pipeline.chunker.params, context_header=header)
        report, mapping = ingest_dataset(dataset, pipeline, store_dir)
        (store_dir / "mapping.json").write_text(json.dumps(mapping))
        print(f"ingested {report.ok} files, {report.chunks_added} chunks, failed {report.failed}")
        print(f"embedded {embedder.misses} passages, {embedder.hits} from the cache")
    finally:
        services.close()
        embedder.close()


def main(argv: list[str]) -> None:
    args = parser(__doc__)
    add_dataset_arguments(args, limit=False)
    args.add_argument("store", type=Path, help="Folder for the new store (created).")
    args.add_argument("--no-header", action="store_true", help="Chunks without context header.")
    add_cache_argument(args)
    ns = args.parse_args(argv)
    build(ns.dataset, ns.eval_data, ns.store, ns.cache, header=not ns.no_header)


if __name__ == "__main__":
    main(sys.argv[1:])
