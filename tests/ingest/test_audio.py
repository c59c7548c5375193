"""Recordings end to end: espeak-ng speaks German, PyAV compresses it, the pipeline transcribes it
with the real Whisper base model, and a search finds the passage with its time mark."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.messages import german
from app.services.originals import OriginalStore
from app.ui.display import time_mark
from ingest.budgets import Budgets
from ingest.chunking import ChunkingParams, StructureChunker
from ingest.converters.audio import AudioConverter
from ingest.discovery import discover
from ingest.manifest import Manifest
from ingest.pipeline import IngestPipeline
from ingest.report import IngestReport
from ingest.sources import FileSource
from ingest.transcriber import WhisperTranscriber
from ingest.transcription import Transcription, transcript_sidecar
from ingest.whisper_model import assemble_whisper
from search.analyzer import GermanSparseEncoder
from search.embedders import HashEmbedder
from search.errors import ConversionError
from search.retriever import Retriever
from search.store_edge import EdgeStore
from search.types import DocumentMeta
from tests.api.conftest import shared_sparse, start_api  # noqa: F401 - fixtures for the upload
from tests.api.test_ingest import finished
from tests.ingest import audio_samples

pytestmark = pytest.mark.skipif(
    not audio_samples.espeak_available(), reason="espeak-ng missing: bash tools/system_deps.sh"
)
MODELS = Path(__file__).resolve().parents[2] / "models"
GEWERBE = "Die Gewerbeanmeldung machen Sie beim Ordnungsamt."
HUND = "Die Hundesteuer wird jedes Jahr im März fällig. Den Bescheid schickt das Steueramt."


@pytest.fixture(scope="module")
def whisper() -> WhisperTranscriber:
    """One loaded model for the module (loading takes ~2 s, each clip ~3 s)."""
    transcriber = WhisperTranscriber(assemble_whisper(MODELS, "base"), threads=2)
    transcriber.warm_up()
    return transcriber


@pytest.fixture(scope="module")
def speech() -> audio_samples.np.ndarray:
    """Two passages, the second 30 s of silence after the first (VAD skips the silence)."""
    return audio_samples.recording([GEWERBE, 30.0, HUND])


def make_pipeline(data: Path, transcription: Transcription) -> IngestPipeline:
    embedder = HashEmbedder(dim=32)
    return IngestPipeline(
        FileSource(transcription=transcription),
        StructureChunker(ChunkingParams(max_tokens=64, overlap_tokens=8), embedder.count_tokens),
        embedder,
        GermanSparseEncoder(),
        EdgeStore(data / "qdrant", dim=32),
        Manifest(data / "manifest.sqlite"),
    )


@dataclass
class Indexed:
    share: Path
    pipeline: IngestPipeline
    report: IngestReport
    calls: int  # transcriptions the first run needed
    events: list[tuple[str, str, float]]
    transcription: Transcription


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, whisper, speech):
    """A share with an mp3, the same audio under another name and path, and a broken m4a."""
    share = tmp_path_factory.mktemp("share")
    audio_samples.write_encoded(share / "gespraech.mp3", speech)
    (share / "kopie").mkdir()
    shutil.copyfile(share / "gespraech.mp3", share / "kopie" / "nochmal.mp3")
    (share / "kaputt.m4a").write_bytes(b"\x00\x00\x00\x18ftypM4A " + b"kein Ton" * 200)
    data = tmp_path_factory.mktemp("data")
    transcription = Transcription(whisper, data / "transcripts")
    pipeline = make_pipeline(data, transcription)
    before = whisper.calls
    events: list[tuple[str, str, float]] = []
    report = pipeline.run([share], progress=lambda k, p, s: events.append((k, p.name, s)))
    yield Indexed(share, pipeline, report, whisper.calls - before, events, transcription)
    pipeline.store.close()
    pipeline.manifest.close()


def top_hit(pipeline: IngestPipeline, query: str):
    retriever = Retriever(pipeline.embedder, pipeline.sparse, pipeline.store)
    return retriever.search_chunks(query, top_k=3, mode="sparse")[0].chunk


def test_a_recording_is_found_with_the_time_mark_of_its_passage(indexed):
    assert indexed.report.ok == 2 and not indexed.report.skipped  # sidecars are no documents
    hit = top_hit(indexed.pipeline, "Bescheid")
    assert hit.source.endswith(".mp3") and "Bescheid" in hit.text
    assert 30.0 < hit.timestamp < 40.0 and time_mark(hit.timestamp).startswith("00:3")
    assert hit.meta.doc_type == "interview" and hit.speaker is None
    first = top_hit(indexed.pipeline, "Ordnungsamt")
    assert first.timestamp == 0.0 and "Ordnungsamt" in first.text


def test_the_transcript_is_kept_beside_the_recording_as_webvtt(indexed):
    vtt = transcript_sidecar(indexed.share / "gespraech.mp3").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT") and "Bescheid" in vtt and "whisper-base" in vtt
    copy = transcript_sidecar(indexed.share / "kopie" / "nochmal.mp3")
    assert copy.read_text(encoding="utf-8") == vtt
    found = [p.name for p in discover([indexed.share]).files]
    assert found == ["gespraech.mp3", "kaputt.m4a", "nochmal.mp3"]


def test_the_same_audio_twice_is_transcribed_once(indexed):
    assert indexed.calls == 1


def test_broken_audio_is_a_clear_error_naming_the_file(indexed):
    [failed] = indexed.report.failed
    assert failed.path.endswith("kaputt.m4a") and failed.code == "audio_unreadable"
    message = german(ConversionError(failed.code, **failed.params))
    assert message.startswith("kaputt.m4a: Aufnahme nicht lesbar")


def test_transcription_progress_is_reported(indexed):
    events = indexed.events
    shares = [s for kind, name, s in events if kind == "transcribe" and name == "gespraech.mp3"]
    assert shares and 0.0 < shares[-1] <= 1.0 and shares == sorted(shares)
    files = [name for kind, name, _ in events if kind == "file"]
    assert files == ["gespraech.mp3", "kaputt.m4a", "nochmal.mp3"]


def test_an_unchanged_rerun_reads_nothing_again(indexed, whisper):
    before = whisper.calls
    again = indexed.pipeline.run([indexed.share])
    assert (again.ok, again.unchanged, whisper.calls) == (0, 2, before)


def test_a_corrected_sidecar_is_indexed_without_transcribing_again(indexed, whisper):
    sidecar = transcript_sidecar(indexed.share / "gespraech.mp3")
    cues = sidecar.read_text(encoding="utf-8").split("\n\n")
    timing = cues[-1].split("\n")[0]
    cues[-1] = f"{timing}\n<v Frau Weber> Den Bescheid verschickt die Kämmerei.\n"
    sidecar.write_text("\n\n".join(cues), encoding="utf-8")
    before = whisper.calls
    report = indexed.pipeline.run([indexed.share])
    assert (report.ok, report.unchanged, whisper.calls) == (1, 1, before)
    hit = top_hit(indexed.pipeline, "Kämmerei")
    assert hit.source.endswith("gespraech.mp3") and hit.speaker == "Frau Weber"
    assert time_mark(hit.timestamp) == timing[3:8]  # "00:00:37.820 --> …": ab 00:37


def test_a_read_only_share_uses_the_cache(indexed, tmp_path, whisper, monkeypatch):
    path = tmp_path / "nur-lesen" / "ablage.mp3"  # the same audio, in a folder we cannot write
    path.parent.mkdir()
    shutil.copyfile(indexed.share / "gespraech.mp3", path)

    def refuse(target: Path, text: str) -> None:
        if target.parent == path.parent:
            raise PermissionError(13, "Read-only file system", str(target))

    monkeypatch.setattr("ingest.transcription.write_atomic", refuse)
    before = whisper.calls
    doc = AudioConverter(Budgets(), indexed.transcription).run(path, DocumentMeta(), "d")
    assert whisper.calls == before and any("Bescheid" in s.text for s in doc.sections)
    assert not transcript_sidecar(path).exists()


def test_a_recording_longer_than_the_budget_is_refused_before_decoding(tmp_path, whisper, speech):
    path = audio_samples.write_wav(tmp_path / "lang.wav", speech)
    transcription = Transcription(whisper, tmp_path / "transcripts")
    with pytest.raises(ConversionError) as caught:
        AudioConverter(Budgets(max_audio_seconds=10), transcription).run(path, DocumentMeta(), "d")
    assert caught.value.code == "audio_too_long"
    assert german(caught.value) == (
        "lang.wav: Aufnahme zu lang: 0:00:41 (h:mm:ss), erlaubt sind 0:00:10 "
        "(AMTSWISSEN_MAX_AUDIO_HOURS; oder die Aufnahme teilen)"
    )
    assert not transcript_sidecar(path).exists()


def test_without_a_transcriber_only_a_sidecar_is_read(tmp_path):
    path = tmp_path / "diktat.wav"
    path.write_bytes(b"RIFF")
    with pytest.raises(ConversionError) as caught:
        AudioConverter(Budgets()).run(path, DocumentMeta(), "d")
    assert caught.value.code == "audio_unavailable"
    transcript_sidecar(path).write_text(
        "WEBVTT\n\n00:01:05.000 --> 00:01:09.000\nAkten im Keller.\n"
    )
    doc = AudioConverter(Budgets()).run(path, DocumentMeta(), "d")
    assert [(s.timestamp, s.text) for s in doc.sections] == [(65.0, "Akten im Keller.")]


def test_an_uploaded_recordings_transcript_goes_with_its_original(tmp_path):
    store = OriginalStore(tmp_path / "originals")
    original = store.path_for("ab" * 32, "gespraech.mp3")
    original.parent.mkdir(parents=True)
    original.write_bytes(b"ID3")
    transcript_sidecar(original).write_text("WEBVTT\n")
    store.remove(original)
    assert not original.parent.exists()


def test_an_uploaded_recording_is_searchable_with_its_time_mark(indexed, whisper, start_api):  # noqa: F811
    """POST /ingest with an mp3: sniffed by its bytes, transcribed in the job (sidecar beside the
    stored original), found by POST /search with its time mark."""
    api = start_api(models_dir=MODELS)
    api.state().services.transcription = Transcription(whisper, api.settings.transcripts_path)
    editor = api.user("erika", "editor")
    mp3 = (indexed.share / "gespraech.mp3").read_bytes()
    parts = [("files", ("interview.mp3", mp3, "application/octet-stream"))]
    response = api.client.post("/ingest", files=parts, headers=editor)
    assert response.status_code == 202, response.text
    job = finished(api, editor, response.json()["job_id"])
    assert job["status"] == "done" and job["report"]["files"]["ok"] == 1, job
    [original] = (api.settings.data_dir / "originals").rglob("interview.mp3")
    assert "Bescheid" in transcript_sidecar(original).read_text(encoding="utf-8")
    hits = api.client.post("/search", json={"query": "Bescheid"}, headers=editor).json()["hits"]
    assert hits[0]["title"] == "Interview" and 30.0 < hits[0]["timestamp"] < 40.0
