"""Files as a source for the pipeline: discovery, metadata layers and the converter registry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ingest.converters import DEFAULT_MAX_BYTES, convert
from ingest.discovery import DiscoveryResult, discover
from ingest.metadata import load_meta
from search.types import Document


class FileSource:
    """Find and convert files; metadata = defaults < sidecar < front matter < overrides.

    >>> source = FileSource(max_file_bytes=50 * 1024 * 1024)
    >>> found = source.discover([Path("corpus")])
    >>> doc = source.convert(found.files[0], "doc-id", {"department": "Bauordnung"}, "/abs/path")
    """

    def __init__(self, max_file_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_file_bytes = max_file_bytes

    def discover(self, paths: Sequence[Path]) -> DiscoveryResult:
        return discover(paths, max_bytes=self.max_file_bytes)

    def convert(
        self, path: Path, document_id: str, overrides: Mapping[str, Any], source: str
    ) -> Document:
        meta = load_meta(path, None, overrides)
        document = convert(
            path, meta, document_id, max_bytes=self.max_file_bytes, overrides=overrides
        )
        return replace(document, source=source)
