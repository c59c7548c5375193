"""Every kind of bad file ends in a ConversionError with a reason, never another exception."""

from __future__ import annotations

import zipfile

import pytest

from ingest.converters import convert, supported_extensions
from search.errors import ConversionError
from search.types import DocumentMeta
from tests.ingest import fixtures

JUNK = bytes(range(256)) * 40


def convert_file(path, **kwargs):
    return convert(path, DocumentMeta(), "d", **kwargs)


@pytest.mark.parametrize("suffix", sorted(supported_extensions()))
def test_empty_file(tmp_path, suffix):
    path = fixtures.write(tmp_path / f"leer{suffix}", b"")
    with pytest.raises(ConversionError, match="leere Datei"):
        convert_file(path)


@pytest.mark.parametrize("suffix", [".docx", ".pptx", ".odt", ".pdf", ".md", ".txt", ".html"])
def test_junk_bytes(tmp_path, suffix, no_network):
    path = fixtures.write(tmp_path / f"junk{suffix}", JUNK)
    with pytest.raises(ConversionError, match=r"junk\S*: .*(kein|beschädigt|dekodierbar)"):
        convert_file(path)


@pytest.mark.parametrize("suffix", [".eml", ".msg", ".vtt"])
def test_junk_bytes_in_mail_and_transcripts(tmp_path, suffix, no_network):
    path = fixtures.write(tmp_path / f"junk{suffix}", JUNK)
    with pytest.raises(ConversionError):
        convert_file(path)


def test_zip_that_is_not_a_word_document(tmp_path, no_network):
    path = tmp_path / "falsch.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hallo.txt", "kein Word")
    with pytest.raises(ConversionError, match="falsch.docx: Word konnte nicht gelesen werden"):
        convert_file(path)


def test_truncated_pdf(tmp_path):
    good = fixtures.make_pdf(tmp_path / "ganz.pdf", fixtures.PDF_PAGES).read_bytes()
    path = fixtures.write(tmp_path / "halb.pdf", good[: len(good) // 2])
    with pytest.raises(ConversionError, match="beschädigt oder unvollständig"):
        convert_file(path)


def test_file_over_size_limit(tmp_path):
    path = fixtures.write(tmp_path / "gross.md", "# Titel\n\n" + "Text. " * 500)
    with pytest.raises(ConversionError, match="zu groß"):
        convert_file(path, max_bytes=1000)
    assert convert_file(path).sections  # the default limit (50 MB) accepts it


def test_unsupported_type(tmp_path):
    path = fixtures.write(tmp_path / "tabelle.xlsx", b"PK\x03\x04")
    with pytest.raises(ConversionError, match="nicht unterstützt"):
        convert_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(ConversionError, match="nicht gefunden"):
        convert_file(tmp_path / "weg.md")


def test_undecodable_text(tmp_path):
    path = fixtures.write(tmp_path / "binär.txt", b"\x00\x01\x02\x03" * 100 + "Ä".encode("utf-16"))
    with pytest.raises(ConversionError, match="nicht dekodierbar"):
        convert_file(path)


def test_whitespace_only_markdown(tmp_path):
    with pytest.raises(ConversionError, match="leere Datei"):
        convert_file(fixtures.write(tmp_path / "leer.md", "   \n\n  "))


def test_library_crash_is_wrapped(tmp_path, monkeypatch):
    from ingest.converters import text

    def boom(*args, **kwargs):
        raise RuntimeError("unerwartet")

    monkeypatch.setattr(text, "decode_text", boom)
    with pytest.raises(ConversionError, match="a.txt: Konvertierung fehlgeschlagen"):
        convert_file(fixtures.write(tmp_path / "a.txt", "Hallo"))
