"""Dense and sparse lists with raw scores AND the texts of their top chunks, for per-query fusion.

    python -m research.fusion_signals xquad_r_de /tmp/aw_fusion/xquad /tmp/aw_fusion/xquad.sig

STORE comes from research.build_store. Per query: the dense list (query as typed) and the sparse
list (query + thesaurus terms at 0.5, as the Retriever sends it), top DEPTH chunks each, as
(chunk id, corpus id, raw score); the texts of the first TEXTS chunks of either list, so that
research.fusion_adaptive can count which query terms the top sparse hits contain; and the
query's own analyzer terms. Pickled as a plain dict.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

from research.common import (
    add_cache_argument,
    add_dataset_arguments,
    cached_embedder,
    open_dataset,
    open_services,
    parser,
    read_mapping,
)
from research.fusion_gather import Gatherer, Scored
from search.types import StoreQuery

DEPTH = 100
TEXTS = 10


class SignalGatherer(Gatherer):
    """The two product lists of every query, plus the texts of their top chunks."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.texts: dict[str, str] = {}

    def listed(self, query: StoreQuery) -> Scored:
        out = []
        for rank, item in enumerate(self.services.store.search(query)):
            corpus_id = self.mapping.get(item.chunk.source)
            if corpus_id is None:
                continue
            out.append((item.chunk.id, corpus_id, float(item.score)))
            if rank < TEXTS:
                self.texts[item.chunk.id] = item.chunk.text
        return out

    def lists(self, text: str) -> tuple[Scored, Scored]:
        dense = self.dense_vector(text)
        sparse = self.sparse["exp0.5"](text)
        by_dense = self.listed(StoreQuery(dense, None, top_k=DEPTH, mode="dense"))
        by_sparse = self.listed(StoreQuery(None, sparse, top_k=DEPTH, mode="sparse"))
        return by_dense, by_sparse


def main(argv: list[str]) -> None:
    args = parser(__doc__)
    add_dataset_arguments(args)
    args.add_argument("store", type=Path, help="A store folder built by research.build_store.")
    args.add_argument("out", type=Path, help="Pickle file for the lists and texts.")
    add_cache_argument(args)
    ns = args.parse_args(argv)
    dataset = open_dataset(ns.dataset, ns.eval_data, ns.limit)
    embedder = cached_embedder(ns.cache)
    services = open_services(ns.store, embedder)
    try:
        gatherer = SignalGatherer(services, read_mapping(ns.store), [0.5])
        out: dict[str, Any] = {"dense": {}, "sparse": {}, "query": {}, "terms": {}}
        for query in dataset.queries:
            out["dense"][query.id], out["sparse"][query.id] = gatherer.lists(query.text)
            out["query"][query.id] = query.text
            out["terms"][query.id] = services.sparse.analyze(query.text)
        out["texts"] = gatherer.texts
        ns.out.parent.mkdir(parents=True, exist_ok=True)
        ns.out.write_bytes(pickle.dumps(out))
        print(f"{len(dataset.queries)} queries, {len(gatherer.texts)} texts -> {ns.out}")
    finally:
        services.close()
        embedder.close()


if __name__ == "__main__":
    main(sys.argv[1:])
