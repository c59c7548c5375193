"""Issue 8, items 3 and 4: one file's failure stays its own; nothing is deleted that was not read.

Failures are injected into one file of three at each stage (discovery, metadata, conversion,
chunking, sparse encoding) through real subclasses or one patched function; folders are made
unreadable by patching `os.scandir` for that one folder (the tests run as root, where chmod 000
does not stop reading; tests/app/test_cli_robustness.py drops the privilege for the real thing).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import ingest.discovery
import ingest.sources
from ingest.chunking import ChunkingParams, StructureChunker
from ingest.manifest import Manifest
from ingest.pipeline import IngestPipeline
from ingest.report import IngestReport
from search.analyzer import GermanSparseEncoder
from search.embedders import HashEmbedder
from search.store_edge import EdgeStore
from search.types import Chunk, Document, SparseVector
from tests.ingest.test_pipeline import DOCS, close, state, write_corpus

BAD = "bau.md"  # the one file of three that fails


class FailingChunker(StructureChunker):
    def run(self, document: Document) -> list[Chunk]:
        if document.source.endswith(BAD):
            raise RecursionError("maximum recursion depth exceeded")
        return super().run(document)


class FailingSparse(GermanSparseEncoder):
    def encode_document(self, text: str) -> SparseVector:
        if "Bauvorlagen" in text:
            raise ValueError("kaputtes Token")
        return super().encode_document(text)


def pipeline_for(data: Path, chunker: type[StructureChunker] = StructureChunker,
                 sparse: type[GermanSparseEncoder] = GermanSparseEncoder) -> IngestPipeline:  # fmt: skip
    embedder = HashEmbedder(dim=32)
    return IngestPipeline(
        ingest.sources.FileSource(),
        chunker(ChunkingParams(max_tokens=64, overlap_tokens=8), embedder.count_tokens),
        embedder,
        sparse(),
        EdgeStore(data / "qdrant", dim=32),
        Manifest(data / "manifest.sqlite"),
    )


def fail_for_bad(monkeypatch: pytest.MonkeyPatch, owner: object, name: str, exc: Exception):
    """Patch `owner.name` so it raises `exc` for the bad file and works for every other one."""
    original = getattr(owner, name)

    def patched(path: Path, *args, **kwargs):
        if Path(path).name == BAD:
            raise exc
        return original(path, *args, **kwargs)

    monkeypatch.setattr(owner, name, patched)


def problems(report: IngestReport) -> dict[str, tuple[str, str]]:
    issues = report.skipped + report.failed
    return {Path(i.path).name: (i.code, str(i.params.get("detail", ""))) for i in issues}


STAGES = {
    "discovery stat": ("file_unreadable", "Input/output error"),
    "metadata": ("meta_invalid", "MemoryError"),
    "conversion": ("conversion_failed", "Input/output error"),
    "chunking": ("chunking_failed", "RecursionError: maximum recursion depth exceeded"),
    "sparse encoding": ("encoding_failed", "ValueError: kaputtes Token"),
}


@pytest.mark.parametrize("stage", list(STAGES))
def test_a_failure_at_any_stage_fails_that_file_and_the_others_are_indexed(
    tmp_path, monkeypatch, stage
):
    corpus = write_corpus(tmp_path / "share")
    eio = OSError(errno.EIO, os.strerror(errno.EIO))
    chunker, sparse = StructureChunker, GermanSparseEncoder
    if stage == "discovery stat":
        fail_for_bad(monkeypatch, ingest.discovery, "skip_reason", eio)
    elif stage == "metadata":
        fail_for_bad(monkeypatch, ingest.sources, "load_meta", MemoryError())
    elif stage == "conversion":
        fail_for_bad(monkeypatch, ingest.sources, "convert", eio)
    elif stage == "chunking":
        chunker = FailingChunker
    else:
        sparse = FailingSparse
    pipeline = pipeline_for(tmp_path / "data", chunker, sparse)
    try:
        report = pipeline.run([corpus])
        indexed = {Path(e.source).name for e in pipeline.manifest.all()}
        documents = len(pipeline.store.document_ids())
    finally:
        close(pipeline)
    assert problems(report) == {BAD: STAGES[stage]}
    assert report.ok == 2 and indexed == set(DOCS) - {BAD} and documents == 2


def test_a_sidecar_nested_past_the_recursion_limit_fails_that_file_only(tmp_path):
    corpus = write_corpus(tmp_path / "share")
    (corpus / f"{BAD}.meta.yaml").write_text("schlagworte: " + "[" * 5000 + "]" * 5000 + "\n")
    pipeline = pipeline_for(tmp_path / "data")
    try:
        report = pipeline.run([corpus])
    finally:
        close(pipeline)
    assert report.ok == 2
    [(code, detail)] = problems(report).values()
    assert code == "meta_yaml_invalid" and "RecursionError" in detail


def test_a_folder_nested_past_the_recursion_limit_is_reported_and_the_rest_indexed(tmp_path):
    corpus = write_corpus(tmp_path / "share")
    deep = corpus.joinpath(*["d"] * 400)
    deep.mkdir(parents=True)
    (deep / "unten.md").write_text("# Unten\n\nGanz unten im Baum.\n")
    pipeline = pipeline_for(tmp_path / "data")
    try:
        report = pipeline.run([corpus])
    finally:
        close(pipeline)
    assert report.ok == len(DOCS)
    assert [i.code for i in report.skipped] == ["discovery_failed"]


# --- never delete what could not be read ------------------------------------------------------


def unreadable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """`os.scandir(folder)` fails with EACCES, as for a folder whose permissions were taken."""
    original = os.scandir

    def scandir(path):
        if Path(path) == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return original(path)

    monkeypatch.setattr(ingest.discovery.os, "scandir", scandir)


def with_subfolder(tmp_path: Path) -> tuple[Path, Path]:
    corpus = write_corpus(tmp_path / "share")
    sub = write_corpus(corpus / "bauamt", {"abriss.md": "# Abriss\n\nAbrissanzeige beim Bauamt.\n"})
    return corpus, sub


def run_twice(tmp_path: Path, corpus: Path, between) -> tuple[IngestReport, IngestReport, dict]:
    """Index `corpus`, apply `between()`, index it again; the two reports and the final state."""
    pipeline = pipeline_for(tmp_path / "data")
    try:
        first = pipeline.run([corpus])
        between()
        second = pipeline.run([corpus])
        final = state(pipeline)
    finally:
        close(pipeline)
    return first, second, final


def kept(report: IngestReport) -> dict[str, str]:
    return {Path(i.path).name: i.code for i in report.kept}


def test_an_unreadable_folder_keeps_its_documents_and_says_why(tmp_path, monkeypatch):
    corpus, sub = with_subfolder(tmp_path)
    first, second, final = run_twice(tmp_path, corpus, lambda: unreadable(monkeypatch, sub))
    assert first.ok == len(DOCS) + 1 and len(final) == len(DOCS) + 1
    assert second.chunks_removed == 0 and second.unchanged == len(DOCS)
    assert kept(second) == {"abriss.md": "folder_unreadable"}
    assert [(Path(i.path).name, i.code) for i in second.skipped] == [
        ("bauamt", "folder_unreadable")
    ]


def test_an_unreadable_top_folder_keeps_everything(tmp_path, monkeypatch):
    corpus, _ = with_subfolder(tmp_path)
    _, second, final = run_twice(tmp_path, corpus, lambda: unreadable(monkeypatch, corpus))
    assert second.chunks_removed == 0 and len(final) == len(DOCS) + 1
    assert set(kept(second).values()) == {"folder_unreadable"} and len(second.kept) == 4


def test_a_folder_briefly_replaced_by_a_file_keeps_its_documents(tmp_path):
    corpus, sub = with_subfolder(tmp_path)

    def replace_by_file() -> None:
        (sub / "abriss.md").rename(tmp_path / "abriss.md")
        sub.rmdir()
        sub.write_text("kurz eine Datei")

    _, second, final = run_twice(tmp_path, corpus, replace_by_file)
    assert second.chunks_removed == 0 and len(final) == len(DOCS) + 1
    assert kept(second) == {"abriss.md": "unsupported_type"}


def test_a_missing_root_folder_keeps_its_documents(tmp_path):
    corpus, _ = with_subfolder(tmp_path)
    _, second, final = run_twice(tmp_path, corpus, lambda: corpus.rename(tmp_path / "weg"))
    assert second.chunks_removed == 0 and len(final) == len(DOCS) + 1
    assert set(kept(second).values()) == {"not_found"}


def test_a_file_that_cannot_be_read_again_keeps_its_chunks(tmp_path, monkeypatch):
    corpus, _ = with_subfolder(tmp_path)
    eio = OSError(errno.EIO, os.strerror(errno.EIO))
    _, second, final = run_twice(
        tmp_path, corpus, lambda: fail_for_bad(monkeypatch, ingest.discovery, "skip_reason", eio)
    )
    assert second.chunks_removed == 0 and len(final) == len(DOCS) + 1
    assert kept(second) == {BAD: "file_unreadable"}


def test_a_file_that_fails_conversion_keeps_its_old_chunks(tmp_path):
    corpus, _ = with_subfolder(tmp_path)
    _, second, final = run_twice(
        tmp_path, corpus, lambda: (corpus / BAD).write_bytes(b"PK\x03\x04 junk")
    )
    assert second.chunks_removed == 0 and len(final) == len(DOCS) + 1
    assert [Path(i.path).name for i in second.failed] == [BAD] and list(kept(second)) == [BAD]


def test_a_deleted_subfolder_loses_its_documents(tmp_path):
    corpus, sub = with_subfolder(tmp_path)

    def delete() -> None:
        (sub / "abriss.md").unlink()
        sub.rmdir()

    _, second, final = run_twice(tmp_path, corpus, delete)
    assert second.chunks_removed >= 1 and len(final) == len(DOCS) and second.kept == ()


def test_the_json_report_lists_what_was_kept(tmp_path, monkeypatch):
    corpus, sub = with_subfolder(tmp_path)
    _, second, _ = run_twice(tmp_path, corpus, lambda: unreadable(monkeypatch, sub))
    files = second.as_json(lambda issue: f"wegen {issue.code}")["files"]
    assert set(files) == {"ok", "unchanged", "skipped", "failed", "kept", "warnings"}
    assert files["kept"] == [
        {
            "path": str((sub / "abriss.md").resolve()),
            "reason": "wegen folder_unreadable",
            "code": "folder_unreadable",
        }
    ]


def test_a_hidden_folder_indexed_on_its_own_is_kept_when_its_parent_is_walked(tmp_path):
    corpus = write_corpus(tmp_path / "share")
    hidden = write_corpus(corpus / ".intern", {"notiz.md": "# Notiz\n\nNur intern.\n"})
    pipeline = pipeline_for(tmp_path / "data")
    try:
        pipeline.run([hidden])
        report = pipeline.run([corpus])
        documents = len(pipeline.store.document_ids())
    finally:
        close(pipeline)
    assert kept(report) == {"notiz.md": "not_reread"} and documents == len(DOCS) + 1
