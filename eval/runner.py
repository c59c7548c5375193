"""Run the report's configurations on one BEIR dataset: one real pipeline ingest per index spec into
a temporary EdgeStore, then every query mode and baseline that uses that index.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, cast

from app.compose import (
    NOUNS_CACHE,
    build_embedder,
    build_retriever,
    build_services,
    build_sparse,
)
from app.model_files import prepare_models
from app.services.evaluation import Dataset, materialise_corpus, metrics_by_kind, ranked_chunks
from app.settings import Settings
from eval.baselines import (
    BM25sIndex,
    RecordingChunker,
    Tokenize,
    analyzer_tokenize,
    bm25s_default_tokenize,
    bm25s_german_tokenize,
)
from eval.configs import PEER_MODES, EvalConfig, IndexSpec
from eval.embed_cache import CachedEmbedder
from search.analyzer import GermanSparseEncoder, load_stopwords
from search.compounds import CompoundSplitter
from search.metrics import dedupe, evaluate_run, mean, percentile
from search.thesaurus import Thesaurus

Log = Callable[[str], None]
Search = Callable[[str], list[str]]  # query -> chunk sources, best first
DEPTH = 100
LATENCY_SAMPLE = 200  # queries timed end to end with live embedding, per dataset
ROOT = Path(__file__).resolve().parents[1]


def product_settings(threads: int = 0) -> Settings:
    """The product's Settings (environment included, no .env) with the repository's models."""
    return Settings(_env_file=None, models_dir=ROOT / "models", threads=threads, query_cache=0)


def log_stderr(message: str) -> None:
    sys.stderr.write(f"[eval {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def latency_summary(values: Sequence[float]) -> dict[str, float]:
    """Percentiles of a latency sample in ms.

    >>> latency_summary([1.0, 2.0, 3.0, 4.0])["p50"]
    2.5
    """
    summary = {f"p{p}": percentile(values, p) for p in (50, 90, 95, 99)}
    return {**summary, "mean": mean(values), "max": max(values, default=0.0)}


@dataclass(frozen=True)
class ConfigResult:
    config: str
    group: str
    mode: str
    index: str
    description: str
    metrics: dict[str, float]
    by_kind: dict[str, dict[str, float]]
    latency_ms: dict[str, float]
    latencies: tuple[float, ...] = ()
    query_embedding: str = "none"  # precomputed (batched before searching) | none


@dataclass(frozen=True)
class BuildRecord:
    """One pipeline ingest: `compute_seconds` is the embedding time the model really needed
    (measured when the vectors were first computed, possibly in an earlier run)."""

    index: str
    files: int
    failed: int
    chunks: int
    seconds: float
    embedded_now: int
    embed_seconds_now: float
    compute_seconds: float


@dataclass
class DatasetResult:
    name: str
    corpus_size: int
    queries: int
    results: list[ConfigResult] = field(default_factory=list)
    builds: list[BuildRecord] = field(default_factory=list)
    product_latency_ms: dict[str, float] = field(default_factory=dict)
    product_latencies: tuple[float, ...] = ()
    query_embedding_per_s: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0


class _Optimizable(Protocol):
    def optimize(self) -> bool: ...


class EmbedderPool:
    """One cached embedder per backend and one compound splitter (its noun dictionary takes
    seconds to load), shared by every index spec and dataset of a run."""

    def __init__(self, cache_path: Path | None, settings: Settings | None = None) -> None:
        self.cache_path = cache_path
        self.settings = settings or product_settings()
        self._embedders: dict[str, CachedEmbedder] = {}
        self._splitter: CompoundSplitter | None = None

    def settings_for(self, spec: IndexSpec) -> Settings:
        return self.settings.model_copy(update=spec.settings_update())

    def encoder(self, spec: IndexSpec) -> GermanSparseEncoder:
        """The product's sparse encoder for the spec's analyzer switches, sharing one splitter."""
        settings = self.settings_for(spec)
        if settings.split_compounds and self._splitter is None:
            nouns = settings.models_dir / NOUNS_CACHE
            self._splitter = CompoundSplitter(blocked=load_stopwords(), dictionary_cache=nouns)
        encoder = build_sparse(settings, splitter=self._splitter)
        encoder.warm_up()
        return encoder

    def get(self, spec: IndexSpec) -> CachedEmbedder:
        if spec.embedder not in self._embedders:
            settings = self.settings_for(spec)
            prepare_models(settings)
            cached = CachedEmbedder(build_embedder(settings), self.cache_path)
            cached.warm_up()
            self._embedders[spec.embedder] = cached
        return self._embedders[spec.embedder]

    def close(self) -> None:
        for embedder in self._embedders.values():
            embedder.close()


def score_runs(
    dataset: Dataset, config: EvalConfig, runs: dict[str, list[str]], latencies: list[float]
) -> ConfigResult:
    return ConfigResult(
        config=config.name,
        group=config.group,
        mode=config.mode,
        index=config.index.key,
        description=config.description,
        metrics=evaluate_run(runs, dataset.qrels),
        by_kind=metrics_by_kind(dataset, runs),
        latency_ms=latency_summary(latencies),
        latencies=tuple(round(v, 3) for v in latencies),
    )


def run_config(
    dataset: Dataset, config: EvalConfig, search: Search, to_id: dict[str, str]
) -> ConfigResult:
    search("Aufwärmen")  # load lazily built parts before the first timing
    runs: dict[str, list[str]] = {}
    latencies: list[float] = []
    for query in dataset.queries:
        started = time.perf_counter()
        sources = search(query.text)
        latencies.append((time.perf_counter() - started) * 1000)
        runs[query.id] = dedupe([to_id[s] for s in sources if s in to_id])
    return score_runs(dataset, config, runs, latencies)


def _baseline_tokenizer(config: EvalConfig, encoder: GermanSparseEncoder) -> Tokenize:
    if config.mode == "bm25s":
        return bm25s_default_tokenize
    if config.mode == "bm25s-de":
        return bm25s_german_tokenize
    return analyzer_tokenize(encoder.analyze)


class IndexRun:
    """One index spec built by the product's composition in a temporary folder."""

    def __init__(
        self,
        spec: IndexSpec,
        settings: Settings,
        embedder: CachedEmbedder,
        encoder: GermanSparseEncoder,
        workdir: Path,
    ) -> None:
        self.spec = spec
        self.settings = settings.model_copy(update={"data_dir": workdir, "store": "edge"})
        self.embedder = embedder
        self.encoder = encoder
        self.services = build_services(self.settings, workdir / "qdrant", embedder, encoder)
        product = self.services.chunker()
        self.chunker = RecordingChunker(product.params, product.count_tokens, product.count_batch)
        self.store = self.services.store
        self.thesaurus = Thesaurus()  # shared by every config's retriever on this index
        self._closers: list[Callable[[], None]] = []

    def ingest(self, paths: list[Path]) -> BuildRecord:
        pipeline = self.services.pipeline(self.chunker)
        misses, embed_now = self.embedder.misses, self.embedder.embed_seconds
        started = time.perf_counter()
        report = pipeline.run(paths)
        # store=edge: a user's index is optimised when the ingest command closes it
        cast(_Optimizable, self.store).optimize()
        texts = [c.text_for_embedding for c in self.chunker.chunks]
        return BuildRecord(
            index=self.spec.key,
            files=report.ok,
            failed=len(report.failed),
            chunks=len(self.chunker.chunks),
            seconds=time.perf_counter() - started,
            embedded_now=self.embedder.misses - misses,
            embed_seconds_now=self.embedder.embed_seconds - embed_now,
            compute_seconds=self.embedder.compute_seconds(texts),
        )

    def searcher(self, config: EvalConfig) -> Search:
        if config.mode in PEER_MODES:
            return self._peer()
        if config.is_baseline:
            index = BM25sIndex(_baseline_tokenizer(config, self.encoder))
            index.build(self.chunker.chunks)
            return lambda q: index.search(q, DEPTH)
        settings = self.settings.model_copy(update=config.settings_update())
        retriever = build_retriever(
            settings, self.embedder, self.encoder, self.store, self.thesaurus
        )
        mode: Any = config.mode
        return lambda q: [s.chunk.source for s in ranked_chunks(retriever, q, mode, DEPTH)]

    def _peer(self) -> Search:
        """The Haystack pipeline on this index's chunks and vectors (imported only when it runs)."""
        from eval.peer_haystack import HaystackPeer

        peer = HaystackPeer(self.embedder, DEPTH)
        peer.build(self.chunker.chunks)
        self._closers.append(peer.close)
        return peer.search

    def product_latencies(self, dataset: Dataset, sample: int) -> list[float]:
        """What a user waits for: hybrid top 10 with highlighted snippets (Retriever.search),
        the query embedded live, over a seeded sample of the queries."""
        retriever = self.services.retriever()  # exactly what a user's search runs
        retriever.search("Aufwärmen")
        queries = list(dataset.queries)
        if len(queries) > sample:
            queries = random.Random(0).sample(queries, sample)
        out = []
        self.embedder.cache_queries = False  # every query embedded live
        try:
            for query in queries:
                started = time.perf_counter()
                retriever.search(query.text, top_k=10)
                out.append((time.perf_counter() - started) * 1000)
        finally:
            self.embedder.cache_queries = True
        return out

    def close(self) -> None:
        for close in self._closers:
            close()
        self.services.close()


def run_dataset(
    dataset: Dataset, configs: list[EvalConfig], pool: EmbedderPool, log: Log = log_stderr
) -> DatasetResult:
    """Every config on one dataset; index specs are built once each, in config order."""
    started = time.perf_counter()
    result = DatasetResult(dataset.name, len(dataset.corpus), len(dataset.queries))
    specs = list(dict.fromkeys(c.index for c in configs))
    with tempfile.TemporaryDirectory(prefix=f"amtswissen-report-{dataset.name}-") as tmp:
        mapping = materialise_corpus(dataset, Path(tmp) / "corpus")
        for number, spec in enumerate(specs):
            workdir = Path(tmp) / f"index-{number}"
            settings = pool.settings_for(spec)
            run = IndexRun(spec, settings, pool.get(spec), pool.encoder(spec), workdir)
            try:
                _run_spec(
                    dataset, run, [c for c in configs if c.index == spec], mapping, result, log
                )
            finally:
                run.close()
    result.seconds = time.perf_counter() - started
    return result


def _run_spec(
    dataset: Dataset,
    run: IndexRun,
    configs: list[EvalConfig],
    mapping: dict[str, str],
    result: DatasetResult,
    log: Log,
) -> None:
    build = run.ingest(sorted({Path(s) for s in mapping}))
    result.builds.append(build)
    log(f"{dataset.name}: built {build.index}: {build.chunks} chunks in {build.seconds:.1f} s")
    if any(c.mode in ("dense", "hybrid", *PEER_MODES) for c in configs):
        texts = [q.text for q in dataset.queries]
        seconds = run.embedder.prime_queries(texts)
        if seconds:
            result.query_embedding_per_s[run.spec.embedder] = len(texts) / seconds
    for config in configs:
        done = run_config(dataset, config, run.searcher(config), mapping)
        embedding = "none" if config.mode == "sparse" or config.is_baseline else "precomputed"
        result.results.append(replace(done, query_embedding=embedding))
        log(f"{dataset.name}: {config.name}: nDCG@10={done.metrics['ndcg@10']:.4f}")
        if config.name == "hybrid":
            result.product_latencies = tuple(run.product_latencies(dataset, LATENCY_SAMPLE))
            result.product_latency_ms = latency_summary(result.product_latencies)
