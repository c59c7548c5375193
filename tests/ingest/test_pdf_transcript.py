"""PDF pages and interview transcripts on generated files."""

from __future__ import annotations

import re

import pytest

from app.messages import german
from ingest.converters import converter_for
from ingest.converters.text import TextConverter
from ingest.converters.transcript import TranscriptConverter, looks_like_transcript
from search.errors import ConversionError
from search.types import DocumentMeta
from tests.ingest import fixtures


def test_pdf_sections_carry_one_based_pages(tmp_path, run_convert):
    path = fixtures.make_pdf(tmp_path / "bau.pdf", fixtures.PDF_PAGES, title="Bauantrag Leitfaden")
    doc = run_convert(path)

    assert [(s.page, s.text) for s in doc.sections] == list(enumerate(fixtures.PDF_PAGES, start=1))
    assert doc.meta.title == "Bauantrag Leitfaden"


def test_pdf_without_text_even_for_ocr_says_so(tmp_path, run_convert):
    path = fixtures.make_pdf(tmp_path / "scan.pdf", ["", ""])
    with pytest.raises(ConversionError) as err:
        run_convert(path)
    assert err.value.code == "pdf_no_text_layer"
    assert re.search("keine Textebene.*OCR", german(err.value))


def test_encrypted_pdf(tmp_path, run_convert):
    path = fixtures.make_pdf(tmp_path / "geheim.pdf", ["Vertraulich"], user_password="pw")
    with pytest.raises(ConversionError) as err:
        run_convert(path)
    assert err.value.code == "pdf_encrypted" and "verschlüsselt" in german(err.value)


def test_pdf_with_empty_user_password_is_readable(tmp_path, run_convert):
    path = fixtures.make_pdf(tmp_path / "offen.pdf", ["Nur Rechte gesperrt"], user_password="")
    assert run_convert(path).sections[0].text == "Nur Rechte gesperrt"


def test_vtt_voices_merge_into_turns_with_questions(tmp_path, run_convert):
    doc = run_convert(fixtures.write(tmp_path / "interview.vtt", fixtures.VTT))

    assert [(s.speaker, s.timestamp, s.kind) for s in doc.sections] == [
        ("Interviewer", 1.0, "question"),
        ("Frau Schmidt", 4.5, "turn"),
        ("Interviewer", 62.0, "question"),
        ("Frau Schmidt", 65.5, "turn"),
    ]
    assert doc.sections[1].text == (
        "Zuerst prüfen wir die Unterlagen auf Vollständigkeit. "
        "Dann geht die Akte an das Regierungspräsidium."
    )
    assert doc.meta.doc_type == "interview"
    assert doc.meta.expert == "Frau Schmidt"


def test_srt_speaker_prefixes(tmp_path, run_convert):
    doc = run_convert(fixtures.write(tmp_path / "maier.srt", fixtures.SRT))

    assert [(s.speaker, s.kind) for s in doc.sections] == [
        ("HR", "question"),
        ("Herr Maier", "turn"),
    ]
    assert doc.sections[1].timestamp == 4.5
    assert doc.sections[1].text.endswith("Das meiste steht nirgends geschrieben.")


def test_plain_transcript_txt_detects_interviewer_by_questions(tmp_path, run_convert):
    path = fixtures.write(tmp_path / "koenig.txt", fixtures.PLAIN_TRANSCRIPT)
    assert isinstance(converter_for(path), TranscriptConverter)
    doc = run_convert(path)

    assert [(s.speaker, s.timestamp, s.kind) for s in doc.sections] == [
        ("Anna Berg", 5.0, "question"),
        ("Frau König", 12.0, "turn"),
        ("Anna Berg", 62.0, "question"),
        ("Frau König", 70.0, "turn"),
    ]
    assert doc.sections[1].text == (
        "Zuerst wird der Personalausweis geprüft. Danach folgt die Eintragung im Melderegister."
    )


def test_explicit_doc_type_is_kept_for_transcripts(tmp_path, run_convert):
    path = fixtures.write(tmp_path / "i.vtt", fixtures.VTT)
    assert run_convert(path, DocumentMeta(doc_type="wissenstransfer")).meta.doc_type == (
        "wissenstransfer"
    )


def test_prose_with_a_colon_is_plain_text(tmp_path):
    prose = "Hinweis: Anträge bitte vollständig einreichen.\nDie Frist beträgt zwei Wochen.\n"
    path = fixtures.write(tmp_path / "hinweis.txt", prose)
    assert not looks_like_transcript(prose)
    assert isinstance(converter_for(path), TextConverter)


def test_vtt_without_cues_is_rejected(tmp_path, run_convert):
    with pytest.raises(ConversionError) as err:
        run_convert(fixtures.write(tmp_path / "leer.vtt", "WEBVTT\n\nNOTE nichts\n"))
    assert err.value.code == "transcript_no_turns"
