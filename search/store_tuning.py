"""How the embedded store lays out and searches its dense index: Qdrant's own means for scale.

At a million chunks the float vectors alone take 1.5 GB of RAM and every HNSW step compares 384
floats. Scalar int8 quantisation keeps a quarter-size copy in RAM that the graph walks, then
rescores the best `oversampling × limit` candidates with the original vectors, which can stay on
disk (memory-mapped, read through the page cache). `make bench-scale` measures what each costs
and what it saves (eval/results/bench_scale.md): up to 200k chunks int8 saved no CPU time and
cost a little recall, so floats stay the default and int8 is a setting for far larger stores.
"""

from __future__ import annotations

from dataclasses import dataclass

from search.store_payload import DENSE_HNSW_EF

# The filter fields a search really uses: the access filter on every non-admin search, the
# department and document-type facets. Qdrant builds extra HNSW links per value of these so a
# filtered search stays connected; for `document_id` (thousands of values, each matching a few
# chunks) the payload index answers exactly and the links would only cost build time.
FILTER_HNSW_FIELDS = ("access", "department", "doc_type")

# A large store searches with a smaller beam. At 1M chunks (eval/results/bench_scale.md, one
# store, 2 cores) search ef 512 -> 128 took the hybrid + filter query from p95 51.9 to 44.7 ms
# at dense recall@10 vs exact 1.000 -> 0.992 (with a department filter 0.9995 both) and corpus
# nDCG@10 0.8439 -> 0.8420; ef 64 lost 0.02 nDCG. Small stores keep 512: there each graph build
# varied the results at Qdrant's default beam (store_payload.DENSE_HNSW_EF).
LARGE_STORE_CHUNKS = 500_000
LARGE_STORE_EF = 128


@dataclass(frozen=True)
class IndexTuning:
    """Dense index layout and search settings of the embedded store.

    >>> IndexTuning(quantization="int8", vectors_on_disk=True).quantized  # for millions of chunks
    True
    """

    quantization: str = "none"  # "int8" (scalar, rescored) or "none"
    oversampling: float = 2.0  # candidates rescored with the original vectors, × limit
    vectors_on_disk: bool = False  # original vectors left cold on disk (the int8 copy stays in RAM)
    hnsw_m: int = 16  # graph edges per node (Qdrant's default)
    hnsw_ef_construct: int = 100  # build-time beam (Qdrant's default)
    hnsw_ef: int | None = None  # search-time beam of every dense search; None: by store size
    full_scan_threshold_kb: int = 10_000  # below this many KB of vectors a segment is scanned
    indexing_threshold_kb: int | None = None  # segments larger get HNSW + int8; None = Qdrant's
    filter_hnsw_fields: tuple[str, ...] = FILTER_HNSW_FIELDS
    large_store_chunks: int = LARGE_STORE_CHUNKS  # from here on `search_ef` is LARGE_STORE_EF

    @property
    def quantized(self) -> bool:
        return self.quantization == "int8"

    def search_ef(self, chunks: int) -> int:
        """The dense search beam for a store of `chunks` points: `hnsw_ef` if set, else
        DENSE_HNSW_EF, or LARGE_STORE_EF from `large_store_chunks` on.

        >>> IndexTuning().search_ef(10_000), IndexTuning().search_ef(1_000_000)
        (512, 128)
        >>> IndexTuning(hnsw_ef=256).search_ef(1_000_000)
        256
        """
        if self.hnsw_ef is not None:
            return self.hnsw_ef
        return LARGE_STORE_EF if chunks >= self.large_store_chunks else DENSE_HNSW_EF
