"""Dense and sparse candidate lists WITH raw scores, for offline score-fusion sweeps.

    python -m eval.experiments.fusion_gather DATASET STORE_DIR OUT.pkl

Stores {qid: {"dense": [(chunk, doc, score)], "sparse": [...]}} (top DEPTH each; dense = raw
query, sparse = query + thesaurus terms at weight 0.5, i.e. the current Retriever defaults) and a
cross-check: Qdrant Edge's own Fusion.Dbsf (prefetch CHECK_LIMIT) top-10 chunk ids per query.
Query embeddings come from the tuning cache (/tmp/aw_tune/embeddings.pkl); nothing is re-embedded
for queries already seen there.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path
from typing import Any

import qdrant_edge as qe
from eval.beir import load_dataset

from eval.experiments.tune_retrieval import open_services, weighted
from search.store_edge import _nearest
from search.store_payload import DENSE, SPARSE
from search.types import SearchFilter, StoreQuery

DEPTH = 100
CHECK_LIMIT = 50

Scored = list[tuple[str, str, float]]  # (chunk id, corpus id, raw score)


def _scored(services: Any, mapping: dict[str, str], query: StoreQuery) -> Scored:
    out = []
    for item in services.store.search(query):
        doc = mapping.get(item.chunk.source)
        if doc is not None:
            out.append((item.chunk.id, doc, float(item.score)))
    return out


def _query(dense: Any, sparse: Any, mode: str) -> StoreQuery:
    return StoreQuery(
        dense=dense,
        sparse=sparse,
        filter=SearchFilter(),
        top_k=DEPTH,
        mode=mode,  # type: ignore[arg-type]
        prefetch_limit=DEPTH,
    )


def _dbsf_top10(services: Any, query: StoreQuery) -> list[str]:
    prefetches = [
        qe.Prefetch(limit=CHECK_LIMIT, query=_nearest(query, name)) for name in (DENSE, SPARSE)
    ]
    fusion: Any = qe.Fusion.Dbsf()
    request = qe.QueryRequest(limit=10, query=fusion, prefetches=prefetches)
    shard = services.store._open()
    return [str(p.id).lower() for p in shard.query(request)]


def gather(dataset_dir: Path, store_dir: Path, out: Path) -> None:
    from search.thesaurus import Thesaurus

    dataset = load_dataset(dataset_dir)
    mapping = json.loads((store_dir / "mapping.json").read_text())
    services, cache = open_services(store_dir)
    thesaurus = Thesaurus()
    enc = services.sparse
    lists: dict[str, dict[str, Scored]] = {}
    check: dict[str, list[str]] = {}
    try:
        for q in dataset.queries:
            vec = tuple(float(x) for x in services.embedder.embed_query(q.text))
            terms = " ".join(thesaurus.expansion(q.text).terms)
            sparse = enc.encode_query(q.text)
            if terms:
                sparse = weighted(sparse, enc.encode_query(terms), 0.5)
            lists[q.id] = {
                "dense": _scored(services, mapping, _query(vec, None, "dense")),
                "sparse": _scored(services, mapping, _query(None, sparse, "sparse")),
            }
            check[q.id] = _dbsf_top10(services, _query(vec, sparse, "hybrid"))
        out.write_bytes(pickle.dumps({"lists": lists, "qdrant_dbsf": check}))
        print(f"{len(lists)} queries, embedding cache misses {cache.misses}")
    finally:
        services.close()


if __name__ == "__main__":
    gather(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
