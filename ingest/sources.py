"""Where the pipeline's files come from: the `Source` protocol and `FileSource`, which finds files
on disk, layers their metadata and converts them with the converter registry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Protocol, runtime_checkable

from ingest.converters import DEFAULT_BUDGETS, DEFAULT_MAX_BYTES, Budgets, convert
from ingest.discovery import DiscoveryResult, discover
from ingest.isolation import failures_as
from ingest.metadata import load_meta
from ingest.transcriber import TranscribeProgress
from ingest.transcription import Transcription
from search.errors import ConversionError
from search.types import Document

MetaOverrides = Mapping[str, str | date | Sequence[str]]
"""Metadata fields (English or German keys, as in front matter) that beat every file's own, e.g.
`{"department": "Bauordnung", "access_groups": ["bauamt"]}` from the CLI flags."""


@runtime_checkable
class Source(Protocol):
    """What the ingest pipeline reads from: the files under some paths, each as a Document.

    `discover` reports what it cannot read instead of raising, and only the folders it `listed`
    completely can prove a document gone; an exception from `convert` fails that one file.

    >>> found = source.discover([Path("corpus")])   # files in a stable order, and what was left out
    >>> doc = source.convert(found.files[0], "doc-id", {}, "/abs/path")
    """

    def discover(self, paths: Sequence[Path]) -> DiscoveryResult: ...

    def convert(
        self,
        path: Path,
        document_id: str,
        overrides: MetaOverrides,
        source: str,
        progress: TranscribeProgress | None = None,
    ) -> Document: ...


class FileSource:
    """Find and convert files; metadata = defaults < sidecar < front matter < overrides.

    >>> source = FileSource(max_file_bytes=50 * 1024 * 1024)
    >>> found = source.discover([Path("corpus")])
    >>> doc = source.convert(found.files[0], "doc-id", {"department": "Bauordnung"}, "/abs/path")
    """

    def __init__(
        self,
        max_file_bytes: int = DEFAULT_MAX_BYTES,
        budgets: Budgets = DEFAULT_BUDGETS,
        transcription: Transcription | None = None,
    ) -> None:
        self.max_file_bytes = max_file_bytes
        self.budgets = budgets
        self.transcription = transcription  # None: recordings only with a transcript sidecar

    def discover(self, paths: Sequence[Path]) -> DiscoveryResult:
        return discover(paths, max_bytes=self.max_file_bytes)

    def convert(
        self,
        path: Path,
        document_id: str,
        overrides: MetaOverrides,
        source: str,
        progress: TranscribeProgress | None = None,
    ) -> Document:
        """The file as a Document; any failure is a ConversionError naming the file and step.
        `progress` hears how far a recording's transcription is (seconds done, in all)."""
        name = path.name
        with failures_as(lambda detail: ConversionError("meta_invalid", file=name, detail=detail)):
            meta = load_meta(path, None, overrides)
        with failures_as(
            lambda detail: ConversionError("conversion_failed", file=name, detail=detail)
        ):
            document = convert(
                path,
                meta,
                document_id,
                max_bytes=self.max_file_bytes,
                overrides=overrides,
                budgets=self.budgets,
                transcription=self.transcription,
                progress=progress,
            )
        return replace(document, source=source)
