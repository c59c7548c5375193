"""Retrieval tuning on a BEIR set: build a store once, pull dense and sparse candidate lists per
query variant, then fuse offline (RRF k, weights, prefetch limit) and score dev/test splits.

    python -m eval.experiments.tune_retrieval build eval/datasets/amtswissen_de /tmp/aw_tune/h1
    python -m eval.experiments.tune_retrieval sweep eval/datasets/amtswissen_de /tmp/aw_tune/h1

Dev = queries whose id ends in an odd number, test = even; tune on dev only.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.factory import Services, build_services
from eval.beir import Dataset, ingest_dataset, load_dataset
from eval.metrics import dedupe, evaluate_run

from app.settings import Settings
from eval.experiments.embed_cache import EmbeddingCache
from ingest.chunking import ChunkingParams, StructureChunker
from ingest.pipeline import IngestPipeline
from ingest.sources import FileSource
from search.types import SearchFilter, SparseVector, StoreQuery

CACHE = Path("/tmp/aw_tune/embeddings.pkl")
DEPTH = 200

Ranked = list[tuple[str, str]]  # (chunk id, corpus id)


def split_of(query_id: str) -> str:
    """'dev' for ids ending in an odd number, 'test' for even ones."""
    match = re.search(r"(\d+)$", query_id)
    return "dev" if match and int(match.group(1)) % 2 else "test"


def open_services(store_dir: Path) -> tuple[Services, EmbeddingCache]:
    services = build_services(Settings(data_dir=store_dir), store_path=store_dir / "qdrant")
    cache = EmbeddingCache(CACHE)
    cache.install(services.embedder)
    return services, cache


def build(dataset_dir: Path, store_dir: Path, header: bool = True) -> None:
    dataset = load_dataset(dataset_dir)
    services, cache = open_services(store_dir)
    try:
        params = ChunkingParams(
            max_tokens=min(services.settings.chunk_tokens, services.embedder.max_tokens),
            overlap_tokens=services.settings.chunk_overlap_tokens,
            context_header=header,
        )
        chunker = StructureChunker(params, count_tokens=services.embedder.count_tokens)
        pipeline = IngestPipeline(
            FileSource(),
            chunker,
            services.embedder,
            services.sparse,
            services.store,
            services.manifest,
        )
        report, mapping = ingest_dataset(dataset, pipeline, store_dir)
        (store_dir / "mapping.json").write_text(json.dumps(mapping))
        print(f"ingested {report.ok} files, {report.chunks_added} chunks, failed {report.failed}")
    finally:
        cache.save()
        services.close()


@dataclass
class Candidates:
    """Dense and sparse ranked chunk lists per (variant, query id)."""

    dense: dict[tuple[str, str], Ranked]
    sparse: dict[tuple[str, str], Ranked]


def _ranked(services: Services, mapping: dict[str, str], query: StoreQuery) -> Ranked:
    out = []
    for item in services.store.search(query):
        corpus_id = mapping.get(item.chunk.source)
        if corpus_id is not None:
            out.append((item.chunk.id, corpus_id))
    return out


def collect(
    services: Services,
    mapping: dict[str, str],
    dataset: Dataset,
    dense_text: dict[str, Callable[[str], str]],
    sparse_vec: dict[str, Callable[[str], SparseVector]],
) -> Candidates:
    """Run every dense-text and sparse-vector variant for every query (store top DEPTH)."""
    cands = Candidates({}, {})
    for q in dataset.queries:
        for name, make_text in dense_text.items():
            vec = tuple(float(x) for x in services.embedder.embed_query(make_text(q.text)))
            query = StoreQuery(
                dense=vec,
                sparse=None,
                filter=SearchFilter(),
                top_k=DEPTH,
                mode="dense",
                prefetch_limit=DEPTH,
            )
            cands.dense[name, q.id] = _ranked(services, mapping, query)
        for name, make_vec in sparse_vec.items():
            query = StoreQuery(
                dense=None,
                sparse=make_vec(q.text),
                filter=SearchFilter(),
                top_k=DEPTH,
                mode="sparse",
                prefetch_limit=DEPTH,
            )
            cands.sparse[name, q.id] = _ranked(services, mapping, query)
    return cands


def rrf(lists: Sequence[Ranked], weights: Sequence[float], k: float, limit: int) -> list[str]:
    """Corpus ids (deduplicated) of the chunks ranked by weighted RRF over the top `limit`."""
    scores: dict[str, float] = {}
    doc_of: dict[str, str] = {}
    for ranked, weight in zip(lists, weights, strict=True):
        for rank, (chunk, doc) in enumerate(ranked[:limit], 1):
            scores[chunk] = scores.get(chunk, 0.0) + weight / (k + rank)
            doc_of[chunk] = doc
    order = sorted(scores, key=lambda c: -scores[c])
    return dedupe([doc_of[c] for c in order])[:100]


def score(dataset: Dataset, run: dict[str, list[str]]) -> dict[str, Any]:
    """nDCG@10 etc. for dev and test, and nDCG@10 per kind and split."""
    out: dict[str, Any] = {"all": evaluate_run(run, dataset.qrels)}
    for split in ("dev", "test"):
        ids = [q for q in dataset.queries if split_of(q.id) == split]
        qrels = {q.id: dataset.qrels[q.id] for q in ids if q.id in dataset.qrels}
        out[split] = evaluate_run(run, qrels)
        kinds = sorted({q.kind for q in ids})
        out[split + "_kind"] = {
            kind: evaluate_run(
                run, {q.id: qrels[q.id] for q in ids if q.kind == kind and q.id in qrels}
            )["ndcg@10"]
            for kind in kinds
        }
    return out


def fused_run(
    dataset: Dataset,
    cands: Candidates,
    dense: str | None,
    sparse: str | None,
    k: float = 60,
    limit: int = 50,
    w_dense: float = 1.0,
    w_sparse: float = 1.0,
) -> dict[str, list[str]]:
    run = {}
    for q in dataset.queries:
        lists, weights = [], []
        if dense:
            lists.append(cands.dense[dense, q.id])
            weights.append(w_dense)
        if sparse:
            lists.append(cands.sparse[sparse, q.id])
            weights.append(w_sparse)
        run[q.id] = rrf(lists, weights, k, limit if dense and sparse else DEPTH)
    return run


def main(argv: list[str]) -> None:
    command, dataset_dir, store_dir = argv[0], Path(argv[1]), Path(argv[2])
    if command == "build":
        build(dataset_dir, store_dir, header="--no-header" not in argv)


if __name__ == "__main__":
    main(sys.argv[1:])


def weighted(base: SparseVector, extra: SparseVector, weight: float) -> SparseVector:
    from search.retriever import add_expansion

    return add_expansion(base, extra, weight)


def thesaurus_variants(
    services: Services, thesaurus: Any, weights: Sequence[float]
) -> tuple[dict[str, Callable[[str], str]], dict[str, Callable[[str], SparseVector]]]:
    enc = services.sparse

    def terms(text: str) -> str:
        return " ".join(thesaurus.expansion(text).terms)

    dense: dict[str, Callable[[str], str]] = {
        "raw": lambda t: t,
        "exp": lambda t: (t + " " + terms(t)).strip(),
    }
    sparse: dict[str, Callable[[str], SparseVector]] = {"raw": enc.encode_query}
    for w in weights:
        sparse[f"exp{w}"] = lambda t, w=w: weighted(
            enc.encode_query(t), enc.encode_query(terms(t)), w
        )
    return dense, sparse


def gather(dataset_dir: Path, store_dir: Path, out: Path, weights: Sequence[float]) -> None:
    import pickle

    from search.thesaurus import Thesaurus

    dataset = load_dataset(dataset_dir)
    mapping = json.loads((store_dir / "mapping.json").read_text())
    services, cache = open_services(store_dir)
    try:
        thesaurus = Thesaurus()
        dense, sparse = thesaurus_variants(services, thesaurus, weights)
        cands = collect(services, mapping, dataset, dense, sparse)
        out.write_bytes(pickle.dumps(cands))
        check = {}
        for q in dataset.queries:  # Qdrant's own fusion for the raw query, as a cross-check
            vec = tuple(float(x) for x in services.embedder.embed_query(q.text))
            query = StoreQuery(
                dense=vec,
                sparse=services.sparse.encode_query(q.text),
                filter=SearchFilter(),
                top_k=100,
                mode="hybrid",
                prefetch_limit=50,
            )
            check[q.id] = dedupe([d for _, d in _ranked(services, mapping, query)])
        (out.with_suffix(".qdrant.json")).write_text(json.dumps(check))
    finally:
        cache.save()
        services.close()
