"""Discovery: recursion, deterministic order, skipped files with reasons, symlink loops."""

from __future__ import annotations

import os

from ingest.discovery import discover
from tests.ingest.fixtures import write


def reasons(result):
    return {path.name: reason for path, reason in result.skipped}


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
    write(tmp_path / "bild.png", "x")
    write(tmp_path / "leer.md", "")
    write(tmp_path / "gross.txt", "x" * 2000)

    result = discover([tmp_path], max_bytes=1000)

    assert [p.name for p in result.files] == ["antrag.docx"]
    why = reasons(result)
    assert set(why) == {"~$antrag.docx", "entwurf.tmp", "bild.png", "leer.md", "gross.txt"}
    assert "Sperrdatei" in why["~$antrag.docx"]
    assert "temporär" in why["entwurf.tmp"]
    assert "nicht unterstützt" in why["bild.png"]
    assert "leer" in why["leer.md"]
    assert "zu groß" in why["gross.txt"]


def test_symlink_loop_terminates_and_is_reported(tmp_path):
    write(tmp_path / "share/a.md", "x")
    os.symlink(tmp_path / "share", tmp_path / "share/schleife")
    os.symlink(tmp_path / "nirgends", tmp_path / "share/kaputt.md")

    result = discover([tmp_path / "share"])

    assert [p.name for p in result.files] == ["a.md"]
    why = reasons(result)
    assert "Schleife" in why["schleife"]
    assert "ins Leere" in why["kaputt.md"]


def test_same_file_via_two_paths_counts_once(tmp_path):
    write(tmp_path / "a.md", "x")
    result = discover([tmp_path / "a.md", tmp_path])
    assert result.files == (tmp_path / "a.md",)


def test_missing_path_is_reported(tmp_path):
    result = discover([tmp_path / "fehlt"])
    assert result.files == () and "nicht gefunden" in result.skipped[0][1]


def test_multi_dot_extensions_are_supported(tmp_path):
    from ingest.converters import converter_for
    from ingest.converters.bpmn import BpmnConverter

    path = write(tmp_path / "bauantrag.bpmn20.xml", "<x/>")
    write(tmp_path / "daten.xml", "<x/>")
    result = discover([tmp_path])
    assert result.files == (path,)
    assert isinstance(converter_for(path), BpmnConverter)
