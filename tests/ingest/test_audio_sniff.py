"""Uploads of recordings: accepted by their bytes (encoded by PyAV here), refused otherwise."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.services.sniff import check_content, detect
from search.errors import InvalidRequest
from tests.ingest import audio_samples

TONE = (np.sin(np.arange(audio_samples.RATE) * 0.05) * 8000).astype(np.int16)  # 1 s, no espeak


@pytest.fixture(scope="module")
def encoded(tmp_path_factory) -> dict[str, bytes]:
    """The first bytes of a real wav, mp3, m4a, ogg (Opus) and flac file."""
    folder = tmp_path_factory.mktemp("audio")
    heads = {".wav": audio_samples.write_wav(folder / "a.wav", TONE).read_bytes()[:4096]}
    for suffix in audio_samples.CODECS:
        path = audio_samples.write_encoded(folder / f"a{suffix}", TONE)
        heads[suffix] = path.read_bytes()[:4096]
    return heads


@pytest.mark.parametrize(
    ("suffix", "name", "kind"),
    [(".wav", "Diktat.WAV", "wav"), (".mp3", "gespräch.mp3", "mp3"), (".m4a", "anruf.m4a", "m4a"),
     (".ogg", "notiz.ogg", "ogg"), (".ogg", "notiz.opus", "ogg"), (".flac", "band.flac", "flac")],
)  # fmt: skip
def test_recordings_are_accepted_by_their_bytes(encoded, suffix, name, kind):
    assert check_content(encoded[suffix], name) == kind


def test_an_mp3_without_id3_tag_is_known_by_its_frame_header():
    assert check_content(b"\xff\xfb\x90\x64" + bytes(400), "ansage.mp3") == "mp3"
    assert detect(b"\xff\xfe" + "Bescheid".encode("utf-16-le")) != "MP3"  # a UTF-16 BOM is no frame


@pytest.mark.parametrize(
    ("head", "name", "detected"),
    [(b"%PDF-1.7\n", "gespräch.mp3", "PDF"), (b"MZ\x90\x00\x03\x00\x00\x00", "a.wav", "EXE"),
     (b"RIFF\x24\x00\x00\x00AVI LIST", "a.wav", "Binärdaten"),
     (b"Protokoll der Sitzung", "sitzung.m4a", "Text"), (b"fLaC\x00\x00", "a.mp3", "FLAC")],
)  # fmt: skip
def test_other_bytes_under_a_recording_name_are_refused(head, name, detected):
    with pytest.raises(InvalidRequest) as caught:
        check_content(head, name)
    assert caught.value.code == "upload_type_mismatch"
    assert caught.value.params["file"] == name and caught.value.params["detected"] == detected


def test_a_recording_named_like_a_document_is_refused(encoded):
    with pytest.raises(InvalidRequest) as caught:
        check_content(encoded[".mp3"], "bericht.pdf")
    assert caught.value.params["detected"] == "ID3"


def test_a_transcript_sidecar_is_no_document_of_its_own(tmp_path: Path):
    from ingest.discovery import discover

    (tmp_path / "a.mp3").write_bytes(b"ID3" + bytes(100))
    (tmp_path / "a.mp3.vtt").write_text("WEBVTT\n")
    (tmp_path / "b.vtt").write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHallo\n")
    found = discover([tmp_path])
    assert [p.name for p in found.files] == ["a.mp3", "b.vtt"] and not found.skipped
