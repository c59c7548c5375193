"""Discovery: recursion, deterministic order, skipped files with reasons, symlink loops, and
which folders were listed completely (the only proof that a file is gone)."""

from __future__ import annotations

import os

from app.messages import german_text
from ingest.discovery import discover
from tests.ingest.fixtures import write


def reasons(result):
    return {path.name: why.code for path, why in result.skipped}


def test_lists_supported_files_recursively_in_sorted_order(tmp_path):
    for name in ["b.md", "a.txt", "sub/c.pdf", "sub/deeper/d.docx", "Z.html"]:
        write(tmp_path / name, "x")

    result = discover([tmp_path])

    assert [p.relative_to(tmp_path).as_posix() for p in result.files] == [
        "Z.html",
        "a.txt",
        "b.md",
        "sub/c.pdf",
        "sub/deeper/d.docx",
    ]
    assert result.skipped == ()


def test_skips_hidden_lock_temp_sidecars_and_reports_reasons(tmp_path):
    write(tmp_path / "antrag.docx", "x")
    write(tmp_path / "antrag.docx.meta.yaml", "titel: A")
    write(tmp_path / ".versteckt.md", "x")
    write(tmp_path / ".git/config.md", "x")
    write(tmp_path / "~$antrag.docx", "x")
    write(tmp_path / "entwurf.tmp", "x")
    write(tmp_path / "bild.gif", "x")
    write(tmp_path / "leer.md", "")
    write(tmp_path / "gross.txt", "x" * 2000)
    write(tmp_path / "wissenssicherung/stadt.capture.yaml", "people: []")

    result = discover([tmp_path], max_bytes=1000)

    assert [p.name for p in result.files] == ["antrag.docx"]
    assert reasons(result) == {
        "~$antrag.docx": "lock_file",
        "entwurf.tmp": "temp_file",
        "bild.gif": "unsupported_type",
        "leer.md": "file_empty",
        "gross.txt": "file_too_large",
    }
    said = {p.name: german_text(why.code, why.params) for p, why in result.skipped}
    assert said["~$antrag.docx"] == "Office-Sperrdatei"
    assert said["bild.gif"] == "Dateityp '.gif' wird nicht unterstützt"
    assert said["gross.txt"].startswith("Datei zu groß (2.0 kB > 1.0 kB")


def test_symlink_loop_terminates_and_is_reported(tmp_path):
    write(tmp_path / "share/a.md", "x")
    os.symlink(tmp_path / "share", tmp_path / "share/schleife")
    os.symlink(tmp_path / "nirgends", tmp_path / "share/kaputt.md")

    result = discover([tmp_path / "share"])

    assert [p.name for p in result.files] == ["a.md"]
    assert reasons(result) == {"schleife": "symlink_loop", "kaputt.md": "broken_symlink"}


def test_same_file_via_two_paths_counts_once(tmp_path):
    write(tmp_path / "a.md", "x")
    result = discover([tmp_path / "a.md", tmp_path])
    assert result.files == (tmp_path / "a.md",)


def test_missing_path_is_reported(tmp_path):
    result = discover([tmp_path / "fehlt"])
    [(path, why)] = result.skipped
    assert result.files == () and (path.name, why.code) == ("fehlt", "not_found")


def test_multi_dot_extensions_are_supported(tmp_path):
    from ingest.converters import converter_for
    from ingest.converters.bpmn import BpmnConverter

    path = write(tmp_path / "bauantrag.bpmn20.xml", "<x/>")
    write(tmp_path / "daten.xml", "<x/>")
    result = discover([tmp_path])
    assert result.files == (path,)
    assert isinstance(converter_for(path), BpmnConverter)


def test_only_a_listed_folder_proves_a_file_gone(tmp_path):
    write(tmp_path / "share" / "da.md", "x")
    write(tmp_path / "share" / "sub" / "auch.md", "x")
    result = discover([tmp_path / "share"])
    share = (tmp_path / "share").resolve()
    assert set(result.listed) == {share, share / "sub"}
    assert not result.is_gone(share / "da.md") and not result.is_gone(share / "sub" / "auch.md")
    assert result.is_gone(share / "weg.md") and result.is_gone(share / "sub" / "weg.md")
    assert result.is_gone(share / "geloescht" / "tief" / "weg.md")  # the folder itself is gone
    assert not result.is_gone(tmp_path.resolve() / "anderswo" / "weg.md")  # never listed


def test_a_folder_that_cannot_be_listed_is_reported_and_proves_nothing(tmp_path, monkeypatch):
    write(tmp_path / "share" / "da.md", "x")
    write(tmp_path / "share" / "zu" / "drin.md", "x")
    closed = tmp_path / "share" / "zu"
    original = os.scandir

    def scandir(path):
        if os.fspath(path) == os.fspath(closed):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return original(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = discover([tmp_path / "share"])
    assert [p.name for p in result.files] == ["da.md"]
    assert reasons(result) == {"zu": "folder_unreadable"}
    assert not result.is_gone(closed.resolve() / "drin.md")


def test_a_failing_stat_is_that_files_reason_and_the_walk_goes_on(tmp_path, monkeypatch):
    for name in ("a.md", "b.md", "c.md"):
        write(tmp_path / name, "x")
    original = os.stat

    def stat(path, *args, **kwargs):
        if os.fspath(path).endswith("b.md"):
            raise OSError(5, "Input/output error")
        return original(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    result = discover([tmp_path])
    assert [p.name for p in result.files] == ["a.md", "c.md"]
    assert reasons(result) == {"b.md": "file_unreadable"}
