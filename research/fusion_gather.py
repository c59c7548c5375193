"""Dense and sparse candidate lists WITH raw scores per query variant, for offline fusion sweeps.

    python -m research.fusion_gather amtswissen_de /tmp/aw_tune/h1 /tmp/aw_tune/h1.pkl
    python -m research.fusion_gather xquad_r_de /tmp/aw_fuse/xquad /tmp/aw_fuse/xquad.pkl

STORE comes from research.build_store. Every query is searched through the store's public
`search(StoreQuery)`, top DEPTH per list:
- dense "raw" (the query) and "exp" (query + thesaurus terms in the text);
- sparse "raw" and "expW" (query + thesaurus terms at weight W, as the Retriever adds them);
- two cross-checks of the store's own hybrid fusion: RRF (raw lists, prefetch 50, top 100
  documents) and DBSF (dense raw + sparse exp0.5, prefetch 50, top 10 chunks).
Pickled as the fields of `Gathered`; research.fusion_sweep fuses the lists offline.
"""

from __future__ import annotations

import pickle
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from app.compose import Services
from research.common import (
    add_cache_argument,
    add_dataset_arguments,
    cached_embedder,
    open_dataset,
    open_services,
    parser,
    read_mapping,
)
from search.metrics import dedupe
from search.retriever import add_expansion
from search.thesaurus import Thesaurus
from search.types import SearchMode, SparseVector, StoreQuery

DEPTH = 200
CHECK_LIMIT = 50
Scored = list[tuple[str, str, float]]  # (chunk id, corpus id, raw score), best first


@dataclass
class Gathered:
    """Ranked lists per (variant, query id) and the store's own fusion for the cross-checks."""

    dense: dict[tuple[str, str], Scored] = field(default_factory=dict)
    sparse: dict[tuple[str, str], Scored] = field(default_factory=dict)
    store_rrf: dict[str, list[str]] = field(default_factory=dict)  # query id -> corpus ids
    store_dbsf: dict[str, list[str]] = field(default_factory=dict)  # query id -> chunk ids


def load_gathered(path: Path) -> Gathered:
    return Gathered(**pickle.loads(path.read_bytes()))


def sparse_variants(
    services: Services, thesaurus: Thesaurus, weights: Sequence[float]
) -> dict[str, Callable[[str], SparseVector]]:
    enc = services.sparse

    def expanded(text: str, weight: float) -> SparseVector:
        terms = " ".join(thesaurus.expansion(text).terms)
        base = enc.encode_query(text)
        return add_expansion(base, enc.encode_query(terms), weight) if terms else base

    out: dict[str, Callable[[str], SparseVector]] = {"raw": enc.encode_query}
    for w in weights:
        out[f"exp{w}"] = partial(expanded, weight=w)
    return out


class Gatherer:
    """Searches one store for every variant of every query."""

    def __init__(self, services: Services, mapping: dict[str, str], weights: Sequence[float]):
        self.services = services
        self.mapping = mapping
        self.thesaurus = Thesaurus()
        self.sparse = sparse_variants(services, self.thesaurus, (*weights, 0.5))
        self.weights = weights

    def dense_vector(self, text: str) -> tuple[float, ...]:
        return tuple(float(x) for x in self.services.embedder.embed_query(text))

    def search(self, query: StoreQuery) -> Scored:
        out = []
        for item in self.services.store.search(query):
            corpus_id = self.mapping.get(item.chunk.source)
            if corpus_id is not None:
                out.append((item.chunk.id, corpus_id, float(item.score)))
        return out

    def one(
        self, mode: SearchMode, dense: tuple[float, ...] | None, sparse: SparseVector | None
    ) -> Scored:
        return self.search(StoreQuery(dense, sparse, top_k=DEPTH, mode=mode, prefetch_limit=DEPTH))

    def gather(self, query_id: str, text: str, into: Gathered) -> None:
        terms = " ".join(self.thesaurus.expansion(text).terms)
        raw = self.dense_vector(text)
        exp = self.dense_vector(f"{text} {terms}") if terms else raw
        into.dense["raw", query_id] = self.one("dense", raw, None)
        into.dense["exp", query_id] = self.one("dense", exp, None)
        sparse = {name: make(text) for name, make in self.sparse.items()}
        for name in ("raw", *(f"exp{w}" for w in self.weights)):
            into.sparse[name, query_id] = self.one("sparse", None, sparse[name])
        rrf = StoreQuery(raw, sparse["raw"], top_k=100, prefetch_limit=CHECK_LIMIT, fusion="rrf")
        into.store_rrf[query_id] = dedupe([d for _, d, _ in self.search(rrf)])
        dbsf = StoreQuery(raw, sparse["exp0.5"], top_k=10, prefetch_limit=CHECK_LIMIT)
        into.store_dbsf[query_id] = [s.chunk.id for s in self.services.store.search(dbsf)]


def main(argv: list[str]) -> None:
    args = parser(__doc__)
    add_dataset_arguments(args)
    args.add_argument("store", type=Path, help="A store folder built by research.build_store.")
    args.add_argument("out", type=Path, help="Pickle file for the gathered lists.")
    args.add_argument(
        "--weights", default="0.25,0.5,0.75,1.0", help="Thesaurus weights of the sparse variants."
    )
    add_cache_argument(args)
    ns = args.parse_args(argv)
    dataset = open_dataset(ns.dataset, ns.eval_data, ns.limit)
    embedder = cached_embedder(ns.cache)
    services = open_services(ns.store, embedder)
    try:
        weights = [float(w) for w in ns.weights.split(",") if w]
        gatherer, gathered = Gatherer(services, read_mapping(ns.store), weights), Gathered()
        for query in dataset.queries:
            gatherer.gather(query.id, query.text, gathered)
        ns.out.parent.mkdir(parents=True, exist_ok=True)
        ns.out.write_bytes(pickle.dumps(vars(gathered)))  # plain dicts: no class from __main__
        print(f"{len(dataset.queries)} queries -> {ns.out}")
    finally:
        services.close()
        embedder.close()


if __name__ == "__main__":
    main(sys.argv[1:])
