"""Untrusted uploads: safe names, content checks, streamed staging and the store of originals."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import random
import sys
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.datastructures import UploadFile

from app.messages import german
from app.services.originals import OriginalStore
from app.services.sniff import check_content
from app.services.uploads import safe_filename, stage_upload, stage_upload_file
from search.errors import InvalidRequest, StoreError, TooLarge
from tests.ingest.fixtures import make_docx, make_odt, make_pdf, make_pptx

LIMIT = 1 << 20
JUNK = random.Random(9).randbytes(4096)
# a DOS header ("MZ", NUL padding, e_lfanew at 0x3c) leading to a PE signature
EXE = b"MZ\x90\x00\x03" + bytes(55) + b"\x40\x00\x00\x00" + b"PE\x00\x00" + bytes(200)
ELF = Path(sys.executable).resolve().read_bytes()[:4096]
MARKDOWN = "# Hundesteuer\n\nJeder Hund muss binnen zwei Wochen angemeldet werden. Größe: egal.\n"


@pytest.fixture
def staging(tmp_path: Path) -> Path:
    return tmp_path / "staging"


@pytest.fixture
def store(tmp_path: Path) -> OriginalStore:
    return OriginalStore(tmp_path / "originals")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, bytes]:
    made = tmp_path / "made"
    return {
        "pdf": make_pdf(
            made / "a.pdf", ["Der Bauantrag wird schriftlich eingereicht."]
        ).read_bytes(),
        "docx": make_docx(made / "a.docx").read_bytes(),
        "pptx": make_pptx(made / "a.pptx").read_bytes(),
        "odt": make_odt(made / "a.odt").read_bytes(),
    }


def leftovers(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def refused(source, name: str, staging: Path, store: OriginalStore, max_bytes: int = LIMIT):
    """Stage `source`, expect a refusal that left no file in staging and none in the store."""
    with pytest.raises((InvalidRequest, TooLarge)) as caught:
        stage_upload(source, name, staging, max_bytes)
    assert leftovers(staging, store.root) == []
    assert german(caught.value) != str(caught.value)  # a German template worded it
    return caught.value


# -- the bad uploads of issue 9 ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bericht.md", "protokoll.txt", "seite.html", "ablauf.bpmn"])
def test_junk_bytes_under_a_text_name_are_refused(name, staging, store):
    error = refused([JUNK], name, staging, store)
    assert error.code == "upload_type_mismatch" and error.params["detected"] == "Binärdaten"


def test_junk_bytes_under_a_pdf_name_are_refused(staging, store):
    error = refused([JUNK], "satzung.pdf", staging, store)
    assert (error.code, error.params["suffix"]) == ("upload_type_mismatch", ".pdf")


def test_over_the_limit_stops_reading_at_once(staging, store):
    pulled = []

    def endless() -> Iterator[bytes]:
        while True:
            pulled.append(1)
            yield b"x" * 65536

    error = refused(endless(), "gross.txt", staging, store, max_bytes=LIMIT)
    assert error.code == "upload_too_large"
    assert error.params == {"file": "gross.txt", "limit_mb": 1.0}
    assert len(pulled) == LIMIT // 65536 + 1  # the chunk that crossed the limit, not one more
    assert "höchstens 1 MB" in german(error)


def test_exactly_the_limit_is_accepted(staging):
    staged = stage_upload([b"a" * (LIMIT - 1), b"\n"], "genau.txt", staging, LIMIT)
    assert staged.size == LIMIT


def test_a_path_in_the_name_is_cut_to_its_base_name(staging, store):
    staged = stage_upload([MARKDOWN.encode()], "../../etc/passwd.md", staging, LIMIT)
    stored = store.put(staged)
    assert stored.name == "passwd.md" and store.contains(stored)
    assert stored.is_relative_to(store.root) and not (staging.parent / "etc").exists()


def test_a_name_with_a_nul_is_refused_and_shown_escaped(staging, store):
    error = refused([MARKDOWN.encode()], "bericht\x00.md", staging, store)
    assert error.code == "upload_name_invalid"
    assert error.params["name"] == "'bericht\\x00.md'" and "\x00" not in german(error)


@pytest.mark.parametrize(
    ("data", "name", "detected"),
    [
        (EXE, "satzung.pdf", "EXE"),
        (EXE, "satzung.docx", "EXE"),
        (EXE, "liesmich.txt", "EXE"),
        (ELF, "bericht.pdf", "ELF"),
        (b"\xcf\xfa\xed\xfe" + bytes(60), "bericht.pptx", "Mach-O"),
        (b"#!/bin/sh\nrm -rf /\n", "anleitung.md", "Skript"),
        (b"#! /usr/bin/env python3\nprint(1)\n", "notiz.txt", "Skript"),
    ],
)
def test_programs_under_a_document_name_are_refused(data, name, detected, staging, store):
    error = refused([data], name, staging, store)
    assert (error.code, error.params["detected"]) == ("upload_type_mismatch", detected)


@pytest.mark.parametrize("source", [[], [b""], io.BytesIO(b"")])
def test_an_empty_file_is_refused(source, staging, store):
    assert refused(source, "leer.md", staging, store).code == "upload_empty"


@pytest.mark.parametrize("name", ["programm.exe", "tabelle.xlsx", "foto.gif", "ohne_endung"])
def test_a_suffix_the_ingestion_cannot_read_is_refused(name, staging, store):
    error = refused([MARKDOWN.encode()], name, staging, store)
    assert error.code == "upload_type_unsupported"
    assert {".pdf", ".docx", ".md"} <= set(error.params["supported"])


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(32), "scan.png", "png"),
        (b"\xff\xd8\xff\xe0" + bytes(32), "Scan.JPG", "jpeg"),
        (b"II*\x00" + bytes(32), "akte.tif", "tiff"),
        (b"MM\x00*" + bytes(32), "akte.tiff", "tiff"),
    ],
)
def test_scanned_images_are_accepted_by_their_bytes(head, name, kind):
    assert check_content(head, name) == kind


def test_a_text_named_like_an_image_is_refused(staging, store):
    error = refused([MARKDOWN.encode()], "scan.png", staging, store)
    assert (error.code, error.params["detected"]) == ("upload_type_mismatch", "Text")


# -- containers: the ZIP's directory, not only its first bytes -----------------------------------


def test_an_office_file_needs_the_part_of_its_own_format(files, staging, store):
    error = refused([files["pptx"]], "folien.docx", staging, store)
    assert error.params["detected"] == "pptx"
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("liesmich.txt", "kein Word")
    assert refused([plain.getvalue()], "brief.docx", staging, store).params["detected"] == "ZIP"
    cut = refused([files["docx"][:2000]], "brief.docx", staging, store)
    assert cut.params["detected"] == "ZIP (beschädigt)"


def test_a_pdf_under_a_text_name_is_refused(files, staging, store):
    assert refused([files["pdf"]], "notiz.md", staging, store).params["detected"] == "PDF"


# -- good uploads pass ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("pdf", "Bauantrag.pdf"),
        ("docx", "Dienstanweisung Urlaub.docx"),
        ("pptx", "Einbürgerung.pptx"),
        ("odt", "Hundesteuer.odt"),
    ],
)
def test_good_documents_are_staged_with_size_hash_and_kind(files, kind, name, staging):
    data = files[kind]
    staged = stage_upload(io.BytesIO(data), name, staging, LIMIT)
    assert (staged.name, staged.kind, staged.size) == (name, kind, len(data))
    assert staged.sha256 == hashlib.sha256(data).hexdigest()
    assert staged.path.read_bytes() == data and staged.path.parent == staging


@pytest.mark.parametrize(
    "data", [MARKDOWN.encode(), MARKDOWN.encode("cp1252"), MARKDOWN.encode("utf-16")]
)
def test_good_text_is_staged_in_utf8_cp1252_or_utf16(data, staging):
    chunks = [data[i : i + 7] for i in range(0, len(data), 7)]  # a character split across chunks
    assert stage_upload(chunks, "Hundesteuer.md", staging, LIMIT).kind == "text"


def test_check_content_keeps_text_that_begins_with_mz():
    assert check_content("MZ-Bericht über die Müllabfuhr".encode(), "mz.txt") == "text"


def test_a_failing_source_leaves_no_file_behind(staging, store):
    def broken() -> Iterator[bytes]:
        yield MARKDOWN.encode()
        raise ConnectionResetError("client went away")

    with pytest.raises(ConnectionResetError):
        stage_upload(broken(), "abbruch.md", staging, LIMIT)
    assert leftovers(staging) == []


def test_starlette_upload_files_are_staged_and_refused_alike(files, staging):
    good = UploadFile(io.BytesIO(files["pdf"]), filename="../Bauantrag.pdf")
    staged = asyncio.run(stage_upload_file(good, good.filename, staging, LIMIT))
    assert (staged.name, staged.kind) == ("Bauantrag.pdf", "pdf")
    big = UploadFile(io.BytesIO(b"a" * (LIMIT + 1)), filename="gross.txt")
    with pytest.raises(TooLarge, match="upload_too_large"):
        asyncio.run(stage_upload_file(big, big.filename, staging, LIMIT))
    nameless = UploadFile(io.BytesIO(b"text"), filename=None)
    with pytest.raises(InvalidRequest, match="upload_name_invalid"):
        asyncio.run(stage_upload_file(nameless, nameless.filename, staging, LIMIT))
    assert leftovers(staging) == [staged.path]


# -- safe names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd.md", "passwd.md"),
        ("C:\\Users\\amt\\Prüfbericht Straße.pdf", "Prüfbericht Straße.pdf"),
        ("Pru\u0308fung.pdf", "Prüfung.pdf"),  # decomposed umlaut → NFC
        ('Frage: "wer?" <amt>|*.txt', "Frage_ _wer__ _amt___.txt"),
        (".bashrc.md", "bashrc.md"),
        ("  Protokoll.txt. . ", "Protokoll.txt"),
        ("CON.txt", "_CON.txt"),
        ("lpt1", "_lpt1"),
    ],
)
def test_safe_filename(name, safe):
    assert safe_filename(name) == safe


@pytest.mark.parametrize(
    "name",
    [
        "",
        " ",
        ".",
        "..",
        "...",
        "/",
        "a/..",
        "a\\",
        "x\x00.md",
        "a\x1b[31m.md",
        "\u202efdp.exe",
        "zeile\u2028zwei.md",
    ],
)
def test_names_without_a_usable_base_or_with_controls_are_refused(name):
    with pytest.raises(InvalidRequest) as caught:
        safe_filename(name)
    assert caught.value.code == "upload_name_invalid" and caught.value.params["name"].isprintable()


@pytest.mark.parametrize("suffix", [".pdf", ".bpmn20.xml", ".docx"])
def test_long_names_are_capped_and_keep_their_extension(suffix):
    safe = safe_filename("Ä" * 300 + suffix)
    assert safe.endswith(suffix) and len(safe.encode("utf-8")) <= 255
    assert safe.startswith("ÄÄ")


@given(st.text(max_size=400))
def test_safe_filename_never_escapes_its_folder(name):
    try:
        safe = safe_filename(name)
    except InvalidRequest as exc:
        assert exc.code == "upload_name_invalid"
        return
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe not in (".", "..") and not safe.startswith(".")
    assert len(safe.encode("utf-8")) <= 255
    assert unicodedata.is_normalized("NFC", safe) and safe_filename(safe) == safe
    folder = Path("/srv/amtswissen/originals")
    assert Path(os.path.normpath(folder / safe)).parent == folder


# -- the store of originals ----------------------------------------------------------------------


def staged_md(staging: Path, name: str = "Satzung.md", text: str = MARKDOWN):
    return stage_upload([text.encode()], name, staging, LIMIT)


def test_originals_are_content_addressed_and_reuploads_are_idempotent(staging, store):
    first = staged_md(staging)
    path = store.put(first)
    assert path.relative_to(store.root).parts == (first.sha256[:2], first.sha256, "Satzung.md")
    again = store.put(staged_md(staging))
    assert again == path and leftovers(staging) == [] and leftovers(store.root) == [path]
    assert store.path_for(first.sha256, "Satzung.md") == path
    with store.open(path) as handle:
        assert handle.read() == MARKDOWN.encode()


def test_remove_prunes_empty_hash_folders_but_keeps_other_names(staging, store):
    one = store.put(staged_md(staging, "Satzung.md"))
    two = store.put(staged_md(staging, "Kopie.md"))
    assert one.parent == two.parent
    store.remove(one)
    assert not one.exists() and two.exists()
    store.remove(two)
    assert not two.parent.exists() and not two.parent.parent.exists() and store.root.is_dir()
    assert not store.contains(two)


def test_remove_and_open_refuse_paths_outside_the_store(tmp_path, staging, store):
    kept = store.put(staged_md(staging))
    outside = tmp_path / "wichtig.md"
    outside.write_text("bleibt")
    link = kept.parent / "link.md"
    link.symlink_to(outside)
    stray = store.root / "ab" / "kein-hash.md"
    stray.parent.mkdir(parents=True)
    stray.write_text("bleibt auch")
    for path in (outside, store.root / ".." / "wichtig.md", link, stray, store.root):
        with pytest.raises(StoreError, match="original_outside_store"):
            store.remove(path)
        with pytest.raises(StoreError, match="original_outside_store"):
            store.open(path)
        assert not store.contains(path)
    assert outside.read_text() == "bleibt" and stray.exists() and kept.exists()


def test_path_for_refuses_a_bad_hash_or_name(store):
    with pytest.raises(ValueError):
        store.path_for("../" + "a" * 61, "x.md")
    with pytest.raises(ValueError):
        store.path_for("a" * 64, "../x.md")
