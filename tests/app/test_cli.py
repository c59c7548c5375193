"""The CLI end to end with the real default model (multilingual-e5-small) and the embedded store."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ingest.fixtures import make_pdf

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def cli(*args: str, data: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("AMTSWISSEN_")}
    full_env = {**base, "HF_HUB_OFFLINE": "1", "DO_NOT_TRACK": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=full_env,
        timeout=600,
    )


def one_json(result: subprocess.CompletedProcess) -> dict:
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, result.stdout + result.stderr
    return json.loads(lines[0])


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    result = cli("ingest", "corpus", "--json", data=data)
    assert result.returncode == 0, result.stderr[-3000:]
    return data, one_json(result)


def test_ingest_reports_in_the_documented_shape(indexed):
    _, report = indexed
    assert set(report) == {"files", "chunks", "seconds"}
    assert report["files"]["ok"] >= 10 and report["files"]["failed"] == []
    assert report["chunks"]["added"] > report["files"]["ok"]


def test_second_ingest_is_a_no_op(indexed):
    data, first = indexed
    report = one_json(cli("ingest", "corpus", "--json", data=data))
    assert report["files"]["ok"] == 0
    assert report["files"]["unchanged"] == first["files"]["ok"]
    assert report["chunks"] == {"added": 0, "removed": 0}


@pytest.mark.parametrize(
    ("query", "expected_file"),
    [
        ("Wie beantrage ich Urlaub?", "urlaubsantrag"),
        ("Perso verloren was tun", "ausweis"),
        ("Hundesteuer anmelden", "hundesteuer"),
    ],
)
def test_search_finds_the_right_passage_with_its_source(indexed, query, expected_file):
    data, _ = indexed
    hits = one_json(cli("search", query, "--top-k", "5", "--json", data=data))["hits"]
    assert hits, "no hits"
    assert set(hits[0]) >= {
        "document_id",
        "title",
        "source",
        "heading_path",
        "page",
        "timestamp",
        "score",
        "snippet",
        "text",
    }
    assert any(expected_file in Path(h["source"]).name for h in hits[:3]), [
        h["source"] for h in hits
    ]


def test_snippet_marks_compound_parts(indexed):
    data, _ = indexed
    hits = one_json(cli("search", "Urlaub", "--top-k", "3", "--json", data=data))["hits"]
    assert any("<mark>" in h["snippet"] for h in hits)


def test_department_filter_restricts_hits(indexed):
    data, _ = indexed
    hits = one_json(
        cli("search", "Antrag", "--department", "Bauordnung", "--top-k", "10", "--json", data=data)
    )["hits"]
    assert hits
    assert all("bauordnung" in h["source"] or "prozessmodelle" in h["source"] for h in hits)


def test_stats_counts_documents_by_department(indexed):
    data, report = indexed
    stats = one_json(cli("stats", "--json", data=data))
    assert stats["documents"] == report["files"]["ok"]
    assert "Personalamt" in stats["by_department"]


CODES = {
    "leer.txt": "file_empty",
    "muell.docx": "not_a_zip",
    "muell.pdf": "not_a_pdf",
    "abgeschnitten.pdf": "pdf_damaged",
    "geheim.pdf": "pdf_encrypted",
    "tabelle.xyz": "unsupported_type",
    "gross.txt": "file_too_large",
    "einzeile.md": "file_too_large",
}


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "gut.md").write_text(
        "# Meldebescheinigung\n\nDie Meldebescheinigung kostet 10 Euro.\n"
    )
    (share / "leer.txt").write_bytes(b"")
    (share / "muell.docx").write_bytes(os.urandom(2048))
    (share / "muell.pdf").write_bytes(os.urandom(2048))
    pdf = make_pdf(tmp_path / "voll.pdf", ["Seite eins Text.", "Seite zwei Text."])
    (share / "abgeschnitten.pdf").write_bytes(pdf.read_bytes()[: len(pdf.read_bytes()) // 2])
    make_pdf(share / "geheim.pdf", ["Vertraulich."], user_password="geheim")
    (share / "tabelle.xyz").write_text("a;b;c")
    (share / "gross.txt").write_bytes(b"a" * (2 * 1024 * 1024))
    (share / "latin.txt").write_bytes("Gebühr für Straßenreinigung: 12 €".encode("cp1252"))
    (share / "einzeile.md").write_text("Wort " * 2_000_000)
    data = tmp_path / "data"
    result = cli("ingest", str(share), "--json", data=data, env={"AMTSWISSEN_MAX_FILE_MB": "1.5"})
    assert result.returncode == 0, result.stderr[-2000:]
    report = one_json(result)
    issues = report["files"]["skipped"] + report["files"]["failed"]
    codes = {Path(i["path"]).name: i["code"] for i in issues}
    assert {name: codes.get(name) for name in CODES} == CODES, codes
    reasons = {Path(i["path"]).name: i["reason"] for i in issues}
    assert reasons["geheim.pdf"] == "PDF ist verschlüsselt (Passwort nötig)"
    assert reasons["tabelle.xyz"] == "Dateityp '.xyz' wird nicht unterstützt"
    assert report["files"]["ok"] == 2  # gut.md and latin.txt; einzeile.md is 10 MB: over the limit
    hits = one_json(cli("search", "Straßenreinigung Gebühr", "--json", data=data))["hits"]
    assert any("latin.txt" in h["source"] for h in hits)


def test_nothing_readable_exits_non_zero_and_misuse_exits_two(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "leer.md").write_text("")
    assert cli("ingest", str(share), "--json", data=tmp_path / "d").returncode == 1
    plain = cli("ingest", str(share), data=tmp_path / "d")
    assert (
        plain.returncode == 1 and f"übersprungen: {share / 'leer.md'}: leere Datei" in plain.stdout
    )
    missing = cli("ingest", str(tmp_path / "gibt-es-nicht"), "--json", data=tmp_path / "d")
    assert missing.returncode == 2 and "error" in one_json(missing)


def test_a_domain_error_is_one_german_line_with_its_code(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "gut.md").write_text("# Grabstelle\n\nText.\n")
    data = tmp_path / "d"
    data.mkdir()
    (data / "manifest.sqlite").write_bytes(b"kein sqlite " * 100)
    hashed = {"AMTSWISSEN_EMBEDDER": "hash"}
    result = cli("ingest", str(share), "--json", data=data, env=hashed)
    error = one_json(result)
    assert result.returncode == 1 and error["code"] == "manifest_unreadable"
    assert error["error"].startswith(f"Manifest {data / 'manifest.sqlite'} ist nicht lesbar: ")
    plain = cli("ingest", str(share), data=data, env=hashed)
    assert plain.returncode == 1 and plain.stderr.startswith("Fehler: Manifest ")


def test_ten_megabyte_single_line_is_refused_with_a_reason_and_the_batch_goes_on(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "einzeile.txt").write_text(
        ("Friedhofsgebührensatzung regelt Gebühren. " * 250_000)[:10_000_000]
    )
    (share / "gut.md").write_text(
        "# Grabstelle\n\nGrabstellen verlängert die Friedhofsverwaltung.\n"
    )
    result = cli("ingest", str(share), "--json", data=tmp_path / "d")
    report = one_json(result)
    assert result.returncode == 0 and report["files"]["ok"] == 1, report
    [failed] = report["files"]["failed"]
    assert failed["path"].endswith("einzeile.txt") and failed["code"] == "text_too_long"
    assert failed["reason"].startswith("Text zu lang: mindestens ")
    assert "erlaubt sind 2000 je Datei" in failed["reason"]
    assert "AMTSWISSEN_MAX_CHUNKS_PER_FILE" in failed["reason"]
