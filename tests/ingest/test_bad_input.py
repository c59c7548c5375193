"""Every kind of bad file ends in a ConversionError with a code, never another exception."""

from __future__ import annotations

import re
import zipfile

import pytest

from app.messages import german
from ingest.converters import convert, supported_extensions
from search.errors import ConversionError
from search.types import DocumentMeta
from tests.ingest import fixtures

JUNK = bytes(range(256)) * 40


def convert_file(path, **kwargs):
    return convert(path, DocumentMeta(), "d", **kwargs)


def refusal(path, **kwargs):
    """The ConversionError converting `path` raises."""
    with pytest.raises(ConversionError) as err:
        convert_file(path, **kwargs)
    return err.value


@pytest.mark.parametrize("suffix", sorted(supported_extensions()))
def test_empty_file(tmp_path, suffix):
    path = fixtures.write(tmp_path / f"leer{suffix}", b"")
    error = refusal(path)
    assert (error.code, german(error)) == ("file_empty", f"leer{suffix}: leere Datei")


@pytest.mark.parametrize("suffix", [".docx", ".pptx", ".odt", ".pdf", ".md", ".txt", ".html"])
def test_junk_bytes(tmp_path, suffix, no_network):
    path = fixtures.write(tmp_path / f"junk{suffix}", JUNK)
    error = refusal(path)
    assert error.code in {"not_a_zip", "not_a_pdf", "odt_invalid", "text_undecodable"}
    assert re.fullmatch(r"junk\S*: .*(kein|beschädigt|dekodierbar).*", german(error))


@pytest.mark.parametrize("suffix", [".eml", ".msg", ".vtt"])
def test_junk_bytes_in_mail_and_transcripts(tmp_path, suffix, no_network):
    path = fixtures.write(tmp_path / f"junk{suffix}", JUNK)
    with pytest.raises(ConversionError):
        convert_file(path)


def test_zip_that_is_not_a_word_document(tmp_path, no_network):
    path = tmp_path / "falsch.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hallo.txt", "kein Word")
    error = refusal(path)
    assert (error.code, error.params["kind"]) == ("document_unreadable", "Word")
    assert german(error).startswith("falsch.docx: Word konnte nicht gelesen werden")


def test_truncated_pdf(tmp_path):
    good = fixtures.make_pdf(tmp_path / "ganz.pdf", fixtures.PDF_PAGES).read_bytes()
    path = fixtures.write(tmp_path / "halb.pdf", good[: len(good) // 2])
    error = refusal(path)
    assert error.code == "pdf_damaged" and "beschädigt oder unvollständig" in german(error)


def test_file_over_size_limit(tmp_path):
    path = fixtures.write(tmp_path / "gross.md", "# Titel\n\n" + "Text. " * 500)
    error = refusal(path, max_bytes=1000)
    assert error.code == "file_too_large" and error.params["limit"] == 1000
    assert german(error).startswith("gross.md: Datei zu groß (3.0 kB > 1.0 kB")
    assert convert_file(path).sections  # the default limit (50 MB) accepts it


def test_unsupported_type(tmp_path):
    path = fixtures.write(tmp_path / "tabelle.xlsx", b"PK\x03\x04")
    error = refusal(path)
    assert (error.code, error.params["suffix"]) == ("unsupported_type", ".xlsx")
    assert german(error) == "tabelle.xlsx: Dateityp '.xlsx' wird nicht unterstützt"


def test_missing_file(tmp_path):
    error = refusal(tmp_path / "weg.md")
    assert error.code == "file_unreadable" and "nicht gefunden" in german(error)


def test_undecodable_text(tmp_path):
    path = fixtures.write(tmp_path / "binär.txt", b"\x00\x01\x02\x03" * 100 + "Ä".encode("utf-16"))
    error = refusal(path)
    assert error.code == "text_undecodable" and "nicht dekodierbar" in german(error)


def test_whitespace_only_markdown(tmp_path):
    assert refusal(fixtures.write(tmp_path / "leer.md", "   \n\n  ")).code == "file_empty"


def test_library_crash_is_wrapped(tmp_path, monkeypatch):
    from ingest.converters import text

    def boom(*args, **kwargs):
        raise RuntimeError("unerwartet")

    monkeypatch.setattr(text, "decode_text", boom)
    error = refusal(fixtures.write(tmp_path / "a.txt", "Hallo"))
    assert (error.code, error.params["detail"]) == ("conversion_failed", "RuntimeError: unerwartet")
    assert german(error).startswith("a.txt: Konvertierung fehlgeschlagen")
