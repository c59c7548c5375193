"""What an ingest run reports (files read, skipped, failed, kept, warned about) and how a file
is fingerprinted for the manifest: the pipeline's vocabulary, shared with the CLI and the service.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.metadata import is_existing_file
from ingest.reconcile import Repair
from ingest.transcription import is_audio, transcript_sidecar
from search.errors import AmtswissenError, ConversionError
from search.types import Section


@dataclass(frozen=True)
class FileIssue:
    """A file skipped or failed: its path and the error's code and params (worded at the edge)."""

    path: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, path: Path | str, error: AmtswissenError) -> FileIssue:
        return cls(str(path), error.code, dict(error.params))


Describe = Callable[[FileIssue], str]


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did; `as_json(describe)` is the CLI's `--json` shape.

    `kept` lists indexed documents this run could not read again and therefore left in the
    index, each with the reason (a folder that could not be listed, the file's own failure).
    """

    ok: int
    unchanged: int
    skipped: tuple[FileIssue, ...]
    failed: tuple[FileIssue, ...]
    chunks_added: int
    chunks_removed: int
    seconds: float
    embed_seconds: float = 0.0
    kept: tuple[FileIssue, ...] = ()
    repair: Repair | None = None  # what the reconcile step before the run fixed
    warnings: tuple[FileIssue, ...] = ()  # indexed, but worth a look (OCR pages read unsurely)

    @property
    def anything_read(self) -> bool:
        return self.ok + self.unchanged > 0

    def as_json(self, describe: Describe) -> dict[str, Any]:
        """The report as JSON; `describe` words an issue for people (the edge knows the language).

        >>> report.as_json(lambda issue: issue.code)["files"]["failed"]
        [{'path': '/share/kaputt.pdf', 'reason': 'pdf_damaged', 'code': 'pdf_damaged'}]
        """

        def entries(issues: tuple[FileIssue, ...]) -> list[dict[str, str]]:
            return [{"path": i.path, "reason": describe(i), "code": i.code} for i in issues]

        return {
            "files": {
                "ok": self.ok,
                "unchanged": self.unchanged,
                "skipped": entries(self.skipped),
                "failed": entries(self.failed),
                "kept": entries(self.kept),
                "warnings": entries(self.warnings),
            },
            "chunks": {"added": self.chunks_added, "removed": self.chunks_removed},
            "seconds": round(self.seconds, 3),
            **({"index": self.repair.as_json()} if self.repair else {}),
        }


def file_fingerprint(path: Path, extra: str = "") -> str:
    """sha256 of the file, its sidecar metadata (and transcript) and the metadata overrides."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    metadata = (path.with_name(path.name + ".meta.yaml"), path.with_suffix(".meta.yaml"))
    for sidecar in (*metadata, *([transcript_sidecar(path)] if is_audio(path) else [])):
        if is_existing_file(sidecar):
            digest.update(sidecar.read_bytes())
    digest.update(extra.encode())
    return digest.hexdigest()


def low_confidence_pages(
    path: Path, sections: Sequence[Section], threshold: float
) -> list[FileIssue]:
    """One warning per OCRed page whose mean word confidence is below `threshold`."""
    pages = {s.page: s.ocr_confidence for s in sections if s.ocr_confidence is not None}
    return [
        FileIssue.of(path, ConversionError("ocr_low_confidence", file=path.name, page=page,
                                           confidence=confidence, threshold=threshold))
        for page, confidence in sorted(pages.items(), key=lambda item: item[0] or 0)
        if confidence < threshold
    ]  # fmt: skip


def kept_issue(source: str, root: str, reasons: Mapping[str, FileIssue]) -> FileIssue:
    """Why `source` stays: the issue of the file itself or of the nearest folder above it."""
    for where in (source, *map(str, Path(source).parents)):
        issue = reasons.get(where)
        if issue is not None:
            return FileIssue(source, issue.code, issue.params)
        if where == root:
            break
    return FileIssue.of(source, ConversionError("not_reread", file=Path(source).name))
