"""The incremental pipeline on real converters, the real analyzer and a real Qdrant Edge store."""

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ingest.chunking import ChunkingParams, StructureChunker
from ingest.manifest import Manifest
from ingest.pipeline import IngestPipeline
from ingest.sources import FileSource, Source
from search.analyzer import GermanSparseEncoder
from search.embedders import HashEmbedder
from search.store_edge import EdgeStore

DOCS = {
    "urlaub.md": "---\ntitle: Urlaubsantrag\ndepartment: Personalamt\n---\n# Urlaub\n\n"
    "Urlaubsanträge stellen Sie im Personalportal. Die Genehmigung erteilt die Amtsleitung.\n\n"
    "## Fristen\n\nResturlaub verfällt am 31. März des Folgejahres.\n",
    "bau.md": "# Bauantrag\n\nDer Bauantrag wird bei der Bauordnung eingereicht. "
    "Die Bauvorlagen prüft die Sachbearbeitung auf Vollständigkeit.\n",
    "hund.txt": "Hundesteuer: Anmeldung binnen zwei Wochen beim Steueramt. "
    "Widerspruch gegen den Bescheid innerhalb eines Monats.\n",
}


def write_corpus(root: Path, docs=DOCS) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def make_pipeline(data: Path, flush_chunks: int = 256) -> IngestPipeline:
    embedder = HashEmbedder(dim=32)
    return IngestPipeline(
        FileSource(),
        StructureChunker(ChunkingParams(max_tokens=64, overlap_tokens=8), embedder.count_tokens),
        embedder,
        GermanSparseEncoder(),
        EdgeStore(data / "qdrant", dim=32),
        Manifest(data / "manifest.sqlite"),
        flush_chunks=flush_chunks,
    )


def test_file_source_is_a_source():
    assert isinstance(FileSource(), Source)


def state(pipeline: IngestPipeline) -> dict[str, set[str]]:
    store = pipeline.store
    return {doc: store.chunk_ids(doc) for doc in store.document_ids()}


def close(pipeline: IngestPipeline) -> None:
    pipeline.store.close()
    pipeline.manifest.close()


def test_rerun_on_unchanged_folder_embeds_nothing(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "share")
    pipeline = make_pipeline(tmp_path / "data")
    first = pipeline.run([corpus])
    assert first.ok == 3 and first.chunks_added >= 3 and not first.failed
    calls = []
    monkeypatch.setattr(pipeline.embedder, "embed_batch", lambda *a: calls.append(a))
    second = pipeline.run([corpus])
    assert (second.ok, second.unchanged, second.chunks_added, second.chunks_removed) == (0, 3, 0, 0)
    assert calls == []
    close(pipeline)


def test_changed_file_replaces_its_chunks_and_vanished_file_is_removed(tmp_path):
    corpus = write_corpus(tmp_path / "share")
    pipeline = make_pipeline(tmp_path / "data")
    pipeline.run([corpus])
    before = state(pipeline)
    (corpus / "bau.md").write_text(
        "# Bauantrag\n\nNeu: Bauanträge nur noch digital über das Portal.\n"
    )
    (corpus / "hund.txt").unlink()
    report = pipeline.run([corpus])
    after = state(pipeline)
    assert report.ok == 1 and report.unchanged == 1
    assert len(after) == 2 and report.chunks_removed >= 2
    texts = [c.text for ids in after.values() for c in pipeline.store.get_chunks(sorted(ids))]
    assert any("digital" in t for t in texts)
    assert not any("Bauvorlagen" in t or "Hundesteuer" in t for t in texts)
    assert set(after) < set(before) | set(after)
    close(pipeline)


def test_metadata_change_in_sidecar_reindexes(tmp_path):
    corpus = write_corpus(tmp_path / "share")
    pipeline = make_pipeline(tmp_path / "data")
    pipeline.run([corpus])
    (corpus / "hund.txt.meta.yaml").write_text("department: Steueramt\n")
    report = pipeline.run([corpus])
    assert report.ok == 1
    chunks = [c for ids in state(pipeline).values() for c in pipeline.store.get_chunks(sorted(ids))]
    assert {c.meta.department for c in chunks if "Hundesteuer" in c.text} == {"Steueramt"}
    close(pipeline)


def test_bad_files_are_reported_and_nothing_indexed_is_lost(tmp_path):
    corpus = write_corpus(tmp_path / "share")
    pipeline = make_pipeline(tmp_path / "data")
    pipeline.run([corpus])
    before = state(pipeline)
    (corpus / "kaputt.pdf").write_bytes(b"%PDF-1.7 this is not really a pdf")
    (corpus / "leer.md").write_text("")
    (corpus / "bau.md").write_bytes(b"PK\x03\x04 junk")  # a good file turned bad keeps its chunks
    report = pipeline.run([corpus])
    failed = {Path(i.path).name for i in report.failed} | {
        Path(i.path).name for i in report.skipped
    }
    assert {"kaputt.pdf", "leer.md"} <= failed
    assert state(pipeline) == before
    close(pipeline)


CRASHING_RUN = """
import os, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from test_pipeline import make_pipeline
pipeline = make_pipeline(Path({data!r}), flush_chunks=2)
point = {point!r}
calls = {{"n": 0}}
if point == "embed":
    original = pipeline.embedder.embed_batch
    def embed(texts, is_query):
        calls["n"] += 1
        if calls["n"] == 3:
            os._exit(9)
        return original(texts, is_query)
    pipeline.embedder.embed_batch = embed
else:
    original = pipeline.store.upsert
    def upsert(items):
        original(items)
        calls["n"] += 1
        if calls["n"] == 2:
            os._exit(9)
    pipeline.store.upsert = upsert
pipeline.run([Path({corpus!r})])
"""


@pytest.mark.parametrize("point", ["embed", "after_upsert"])
def test_killed_run_then_rerun_equals_one_clean_run(tmp_path, point):
    docs = {
        f"dok{i}.md": f"# Vorgang {i}\n\nText {i} über Antrag Nummer {i}. " * 3 for i in range(8)
    }
    corpus = write_corpus(tmp_path / "share", docs)
    script = CRASHING_RUN.format(
        tests=str(Path(__file__).parent),
        data=str(tmp_path / "crash"),
        point=point,
        corpus=str(corpus),
    )
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True)
    assert result.returncode == 9, result.stderr.decode()[-2000:]
    crashed = make_pipeline(tmp_path / "crash")
    rerun = crashed.run([corpus])
    assert rerun.ok + rerun.unchanged == 8 and not rerun.failed
    clean = make_pipeline(tmp_path / "clean")
    clean.run([corpus])
    assert state(crashed) == state(clean)
    assert crashed.store.count() == clean.store.count()
    close(crashed)
    close(clean)


def test_document_over_the_chunk_limit_is_refused_with_a_reason(tmp_path):
    corpus = write_corpus(
        tmp_path / "share", {"lang.txt": "Ein Satz über Gebühren. " * 3000, **DOCS}
    )
    pipeline = make_pipeline(tmp_path / "data")
    pipeline.max_chunks_per_file = 20
    report = pipeline.run([corpus])
    assert [Path(i.path).name for i in report.failed] == ["lang.txt"]
    [issue] = report.failed
    assert issue.code == "text_too_long" and report.ok == 3
    assert issue.params["limit"] == 20 and issue.params["setting"] == "max_chunks_per_file"
    close(pipeline)


def test_embedder_starts_on_the_first_files_and_gets_bigger_batches_while_busy(tmp_path):
    """The worker embeds as soon as min_flush_chunks are converted (no wait for a full batch);
    while it is busy, converted chunks pile up into bigger batches, up to flush_chunks."""
    docs = {
        f"vorgang{i:02d}.txt": f"Vorgang {i}: Antrag prüfen und Bescheid senden.\n"
        for i in range(40)
    }
    corpus = write_corpus(tmp_path / "share", docs)
    pipeline = make_pipeline(tmp_path / "data", flush_chunks=256)
    pipeline.min_flush_chunks = 4
    sizes: list[int] = []
    embed = pipeline.embedder.embed_documents

    def slow_embed(texts):
        sizes.append(len(texts))
        time.sleep(0.2)  # a busy embedder: conversion runs ahead meanwhile
        return embed(texts)

    pipeline.embedder.embed_documents = slow_embed
    report = pipeline.run([corpus])
    assert report.ok == 40 and report.chunks_added == 40
    assert sizes[0] == 4  # started after 4 of 40 files, not after all of them
    assert sum(sizes) == 40 and max(sizes) > 4
    assert len(state(pipeline)) == 40
    close(pipeline)
