"""Issue 8 at the command line: long inputs, a second process, a damaged or missing index.

The hash embedder keeps these fast (`AMTSWISSEN_EMBEDDER=hash`); the one test with the real
ONNX model is marked slow. Each test was a strict xfail on the spine before issue 8.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.app.test_cli import one_json

REPO = Path(__file__).resolve().parents[2]
HASH = {"AMTSWISSEN_EMBEDDER": "hash"}
DOCS = {
    "urlaub.md": "# Urlaub\n\nUrlaubsanträge stellen Sie im Personalportal.\n",
    "bau.md": "# Bauantrag\n\nDer Bauantrag wird bei der Bauordnung eingereicht.\n",
    "hund.txt": "Hundesteuer: Anmeldung binnen zwei Wochen beim Steueramt.\n",
}


def run(*args: str, data: Path | None = None, env: dict | None = None, stdin: str | None = None,
        prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:  # fmt: skip
    """`amtswissen ARGS [--data-dir DATA]` in a fresh process with the hash embedder."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("AMTSWISSEN_")}
    full_env = {**base, "HF_HUB_OFFLINE": "1", **HASH, **(env or {})}
    tail = ("--data-dir", str(data)) if data is not None else ()
    return subprocess.run(
        [*prefix, sys.executable, "-m", "app.cli", *args, *tail],
        cwd=REPO, env=full_env, input=stdin, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def corpus(root: Path, docs: dict[str, str] = DOCS) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def many_files(root: Path, count: int, name_bytes: int = 40) -> list[Path]:
    """`count` small Markdown files, as a shell would expand `root/*.md`."""
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = root / f"{'vorgang-':<{name_bytes - 9}}{i:05d}.md".replace(" ", "x")
        path.write_text(f"# Vorgang {i}\n\nVorgang {i} betrifft die Akte {i * 7}.\n")
        paths.append(path)
    return paths


def stats(data: Path) -> dict:
    return one_json(run("stats", "--json", data=data))


def no_traceback(result: subprocess.CompletedProcess) -> bool:
    return "Traceback" not in result.stderr + result.stdout


# --- long inputs ------------------------------------------------------------------------------


@pytest.mark.slow  # not the model: 2,000 files take over a minute on two shared cores
def test_ingest_over_2000_shell_expanded_paths_indexes_them_all(tmp_path):
    paths = many_files(tmp_path / "share", 2_000)
    assert sum(len(str(p)) + 1 for p in paths) > 100_000
    result = run("ingest", *map(str, paths), "--json", data=tmp_path / "d")
    assert result.returncode == 0, result.stderr[-2000:]
    assert one_json(result)["files"]["ok"] == 2_000


def test_ingest_over_a_150_kb_command_line_indexes_every_path(tmp_path):
    paths = many_files(tmp_path / ("x" * 200) / ("y" * 200), 300, name_bytes=200)
    assert sum(len(str(p)) + 1 for p in paths) > 150_000
    result = run("ingest", *map(str, paths), "--json", data=tmp_path / "d")
    assert result.returncode == 0, result.stderr[-2000:]
    assert one_json(result)["files"]["ok"] == 300


@pytest.mark.slow
def test_ingest_with_the_onnx_model_survives_a_long_command_line(tmp_path):
    paths = many_files(tmp_path / "share", 200, name_bytes=200)
    assert sum(len(str(p)) + 1 for p in paths) > 40_000
    result = run("ingest", *map(str, paths), "--json", data=tmp_path / "d",
                 env={"AMTSWISSEN_EMBEDDER": "e5-onnx"})  # fmt: skip
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert one_json(result)["files"]["ok"] == 200


@pytest.mark.parametrize("via", ["file", "stdin"])
def test_ingest_reads_its_paths_from_a_file_or_stdin(tmp_path, via):
    paths = many_files(tmp_path / "share", 50)
    listing = "".join(f"{p}\n" for p in paths)
    if via == "file":
        (tmp_path / "liste.txt").write_text(listing)
        result = run("ingest", "--from-file", str(tmp_path / "liste.txt"), "--json",
                     data=tmp_path / "d")  # fmt: skip
    else:
        result = run("ingest", "--from-file", "-", "--json", data=tmp_path / "d", stdin=listing)
    assert result.returncode == 0, result.stderr[-2000:]
    assert one_json(result)["files"]["ok"] == 50


def test_from_file_skips_comments_and_blank_lines_and_adds_to_positional_paths(tmp_path):
    share = corpus(tmp_path / "share")
    listing = f"# Personalamt\n\n{share / 'urlaub.md'}\n   \n  # {share / 'hund.txt'}\n"
    (tmp_path / "liste.txt").write_text(listing)
    result = run("ingest", str(share / "bau.md"), "--from-file", str(tmp_path / "liste.txt"),
                 "--json", data=tmp_path / "d")  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert one_json(result)["files"]["ok"] == 2
    sources = {
        h["source"]
        for h in one_json(run("search", "Antrag", "--json", data=tmp_path / "d"))["hits"]
    }
    assert {Path(s).name for s in sources} == {"urlaub.md", "bau.md"}


def test_ingest_without_any_path_or_with_an_unreadable_list_is_a_usage_error(tmp_path):
    nothing = run("ingest", "--json", data=tmp_path / "d")
    unreadable = run("ingest", "--from-file", str(tmp_path / "fehlt.txt"), "--json",
                     data=tmp_path / "d")  # fmt: skip
    assert (nothing.returncode, one_json(nothing)["code"]) == (2, "usage")
    assert (unreadable.returncode, one_json(unreadable)["code"]) == (2, "usage")
    assert "fehlt.txt" in one_json(unreadable)["error"]


def test_a_100_kb_query_is_refused_with_a_clear_message(tmp_path):
    data = tmp_path / "d"
    assert run("ingest", str(corpus(tmp_path / "share")), data=data).returncode == 0
    result = run("search", "Antrag " * 15_000, "--json", data=data)
    assert result.returncode == 2 and no_traceback(result), result.stderr[-2000:]
    assert re.search(r"(?i)zu lang|too long", one_json(result)["error"])
    assert one_json(result)["code"] == "query_too_long"


def test_the_query_bound_is_a_setting_and_a_query_within_it_is_served(tmp_path):
    data = tmp_path / "d"
    assert run("ingest", str(corpus(tmp_path / "share")), data=data).returncode == 0
    query = "Hundesteuer " + "x" * 988  # 1,000 characters: the default bound
    assert len(query) == 1_000
    served = run("search", query, "--json", data=data)
    assert served.returncode == 0, served.stderr[-2000:]
    tight = run("search", "Hundesteuer anmelden", data=data,
                env={"AMTSWISSEN_MAX_QUERY_CHARS": "10"})  # fmt: skip
    assert tight.returncode == 2 and "zu lang" in tight.stderr and "Traceback" not in tight.stderr


# --- one bad argument does not stop the others ------------------------------------------------


def test_one_missing_path_is_reported_and_the_others_are_ingested(tmp_path):
    share = corpus(tmp_path / "share")
    missing = tmp_path / "gibt-es-nicht.md"
    args = [str(share / "urlaub.md"), str(missing), str(share / "bau.md")]
    result = run("ingest", *args, "--json", data=tmp_path / "d")
    report = one_json(result)
    assert report["files"]["ok"] == 2, report
    problems = report["files"]["skipped"] + report["files"]["failed"]
    assert [p["path"] for p in problems] == [str(missing)]


def test_option_errors_are_one_json_object_with_json(tmp_path):
    result = run("ingest", str(corpus(tmp_path / "share")), "--gibt-es-nicht", "--json",
                 data=tmp_path / "d")  # fmt: skip
    assert result.returncode == 2
    assert "gibt-es-nicht" in one_json(result)["error"]
    assert one_json(result)["code"] == "usage"


@pytest.mark.parametrize(
    "args",
    [("--top-k", "0"), ("--mode", "quer"), ("--top-k", "viele")],
    ids=["range", "choice", "type"],
)
def test_bad_option_values_are_one_json_object_with_json(tmp_path, args):
    result = run("search", "Urlaub", *args, "--json", data=tmp_path / "d")
    assert result.returncode == 2 and no_traceback(result), result.stderr[-2000:]
    error = one_json(result)
    assert error["code"] == "usage" and args[0] in error["error"]
    assert not (tmp_path / "d").exists()


def test_option_errors_without_json_go_to_stderr_with_exit_2(tmp_path):
    result = run("search", "Urlaub", "--top-k", "0", data=tmp_path / "d")
    assert result.returncode == 2 and result.stdout == ""
    assert "--top-k" in result.stderr and no_traceback(result)


# --- no empty index out of a typo -------------------------------------------------------------


@pytest.mark.parametrize("command", [("stats",), ("search", "Urlaub")])
def test_search_and_stats_with_a_missing_data_dir_create_nothing(tmp_path, command):
    typo = tmp_path / "dta"
    result = run(*command, "--json", data=typo)
    assert not typo.exists()
    assert result.returncode != 0 and no_traceback(result)
    assert str(typo) in one_json(result)["error"]
    assert one_json(result)["code"] == "no_index"


def test_a_data_dir_from_the_environment_without_an_index_is_named_and_left_alone(tmp_path):
    folder = tmp_path / "daten"
    folder.mkdir()  # exists, but no index in it (e.g. a folder of documents given by mistake)
    result = run("search", "Urlaub", env={"AMTSWISSEN_DATA_DIR": str(folder)})
    assert result.returncode == 1 and no_traceback(result)
    assert str(folder) in result.stderr and "Index" in result.stderr
    assert list(folder.iterdir()) == []


def test_ingest_creates_its_data_dir(tmp_path):
    data = tmp_path / "neu" / "daten"
    assert run("ingest", str(corpus(tmp_path / "share")), data=data).returncode == 0
    assert stats(data)["documents"] == len(DOCS)


# --- what reaches the terminal ----------------------------------------------------------------

ESCAPES = "&#27;[2J&#27;[31mROT&#27;[0m &#27;]0;gekapert&#7; &#27;[1A"  # as HTML entities


def foreign_escapes(output: str) -> list[str]:
    """Escape sequences in `output` other than the CLI's own bold marks around matched words."""
    found = re.findall(r"\x1b[\[\]][0-9;]*[A-Za-z]?|\x07", output)
    return [s for s in found if s not in {"\x1b[1m", "\x1b[0m"}]


def test_terminal_escape_sequences_in_documents_are_not_printed_raw(tmp_path):
    data = tmp_path / "d"
    page = (f"<html><head><title>Titel {ESCAPES}</title></head><body><h1>Sperrmüll</h1>"
            f"<p>Sperrmüll {ESCAPES} anmelden beim Bauhof.</p></body></html>")  # fmt: skip
    share = corpus(tmp_path / "share", {"sperrmuell.html": page})
    assert run("ingest", str(share), data=data).returncode == 0
    result = run("search", "Sperrmüll Bauhof", data=data)
    assert result.returncode == 0 and "Sperrmüll" in result.stdout
    assert not foreign_escapes(result.stdout), result.stdout
    assert "\x1b" not in result.stdout  # not a terminal: no bold marks either


def test_json_output_keeps_names_exact(tmp_path):
    name = "\x1b[31mrot\x1b[0m.xyz"
    share = corpus(tmp_path / "share", {name: "kein Text", **DOCS})
    report = one_json(run("ingest", str(share), "--json", data=tmp_path / "d"))
    assert [Path(i["path"]).name for i in report["files"]["skipped"]] == [name]
    shown = run("ingest", str(share), data=tmp_path / "d2")
    assert "rot.xyz" in shown.stdout and "\x1b" not in shown.stdout


def test_terminal_escape_sequences_in_file_names_are_not_printed_raw(tmp_path):
    share = corpus(tmp_path / "share", {"\x1b[2J\x1b]0;gekapert\x07.xyz": "kein Text"})
    corpus(share, DOCS)
    result = run("ingest", str(share), data=tmp_path / "d")
    assert result.returncode == 0 and "übersprungen" in result.stdout, result.stderr[-2000:]
    assert not foreign_escapes(result.stdout + result.stderr), result.stdout


def test_an_unknown_department_names_the_known_ones(tmp_path):
    data = tmp_path / "d"
    share = corpus(tmp_path / "share")
    assert run("ingest", str(share), "--department", "Bauordnung", data=data).returncode == 0
    result = run("search", "Bauantrag", "--department", "Bauordnnug", data=data)
    assert "Bauordnung" in result.stdout + result.stderr
    assert result.returncode == 0 and "Keine Treffer" in result.stdout
    assert "'Bauordnnug' unbekannt" in result.stderr and "'Bauordnung'?" in result.stderr


def test_an_unknown_department_is_a_json_hint_and_a_known_one_gives_none(tmp_path):
    data = tmp_path / "d"
    assert run("ingest", str(corpus(tmp_path / "share")), "--department", "Bauordnung",
               data=data).returncode == 0  # fmt: skip
    unknown = one_json(run("search", "Bauantrag", "--department", "Bauamt", "--json", data=data))
    known = one_json(run("search", "Bauantrag", "--department", "Bauordnung", "--json", data=data))
    assert unknown["hits"] == [] and "Bauamt" in unknown["hint"] and "Bauordnung" in unknown["hint"]
    assert known["hits"] and "hint" not in known


# --- store, registry and their repair ---------------------------------------------------------


def test_rm_rf_the_store_then_ingest_restores_every_document(tmp_path):
    data, share = tmp_path / "d", corpus(tmp_path / "share")
    assert run("ingest", str(share), data=data).returncode == 0
    shutil.rmtree(data / "qdrant")
    result = run("ingest", str(share), "--json", data=data)
    assert result.returncode == 0, result.stderr[-2000:]
    assert stats(data)["documents"] == len(DOCS)
    hits = one_json(run("search", "Hundesteuer", "--json", data=data))["hits"]
    assert any(h["source"].endswith("hund.txt") for h in hits)


def test_check_reports_a_deleted_store_and_reindex_heals_it(tmp_path):
    data, share = tmp_path / "d", corpus(tmp_path / "share")
    assert run("ingest", str(share), data=data).returncode == 0
    healthy = run("check", "--json", data=data)
    assert healthy.returncode == 0, healthy.stderr[-2000:]
    shutil.rmtree(data / "qdrant")
    broken = run("check", "--json", data=data)
    assert broken.returncode != 0 and one_json(broken) != one_json(healthy)
    assert run("reindex", "--json", data=data).returncode == 0
    assert stats(data)["documents"] == len(DOCS)
    assert run("check", "--json", data=data).returncode == 0


def test_a_damaged_manifest_gives_one_clear_error(tmp_path):
    data = tmp_path / "d"
    assert run("ingest", str(corpus(tmp_path / "share")), data=data).returncode == 0
    manifest = data / "manifest.sqlite"
    raw = bytearray(manifest.read_bytes())
    raw[4096:] = b"\xa5" * (len(raw) - 4096)  # header and schema intact, data pages garbage
    manifest.write_bytes(bytes(raw))
    result = run("ingest", str(tmp_path / "share"), "--json", data=data)
    assert result.returncode != 0 and no_traceback(result), result.stderr[-2000:]
    assert "manifest" in one_json(result)["error"]


def _unprivileged() -> tuple[str, ...]:
    """A prefix that takes root's power to read any folder, so chmod 000 means unreadable."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot make a folder unreadable")
    return ("setpriv", "--bounding-set", "-dac_override,-dac_read_search")


def test_an_unreadable_folder_keeps_its_documents(tmp_path):
    data, share = tmp_path / "d", corpus(tmp_path / "share")
    corpus(share / "bauamt", {"abriss.md": "# Abriss\n\nAbrissanzeige beim Bauamt.\n"})
    prefix = _unprivileged()
    assert run("ingest", str(share), data=data, prefix=prefix).returncode == 0
    (share / "bauamt").chmod(0)
    try:
        result = run("ingest", str(share), "--json", data=data, prefix=prefix)
    finally:
        (share / "bauamt").chmod(0o755)
    report = one_json(result)
    assert report["chunks"]["removed"] == 0, report
    assert stats(data)["documents"] == len(DOCS) + 1
    reasons = " ".join(i["reason"] for i in report["files"]["skipped"])
    assert "bauamt" in " ".join(i["path"] for i in report["files"]["skipped"]) and reasons
    [kept] = report["files"]["kept"]
    assert kept["path"].endswith("abriss.md") and kept["code"] == "folder_unreadable"
    assert kept["reason"].startswith("Ordner nicht lesbar")
    (share / "bauamt").chmod(0)
    try:
        plain = run("ingest", str(share), data=data, prefix=prefix)
    finally:
        (share / "bauamt").chmod(0o755)
    assert "behalten (nicht neu gelesen):" in plain.stdout and "abriss.md" in plain.stdout


# --- one owner at a time ----------------------------------------------------------------------


def _manifest_rows(data: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{data / 'manifest.sqlite'}?mode=ro", uri=True, timeout=0.1)
        try:
            return db.execute("SELECT count(*) FROM files").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def test_a_search_during_a_running_ingest_leaves_the_ingest_untouched(tmp_path):
    data = tmp_path / "d"
    paths = many_files(tmp_path / "share", 1_500)
    base = {k: v for k, v in os.environ.items() if not k.startswith("AMTSWISSEN_")}
    ingest = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(tmp_path / "share"), "--json",
         "--data-dir", str(data)],
        cwd=REPO, env={**base, "HF_HUB_OFFLINE": "1", **HASH}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while _manifest_rows(data) == 0 and ingest.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ingest.poll() is None, "the ingest ended before the second process could start"
    others = [run(*cmd, "--json", data=data) for cmd in (("search", "Vorgang"), ("stats",))]
    out, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 0 and "Traceback" not in err, err[-2000:]
    assert one_json(subprocess.CompletedProcess([], 0, out, err))["files"]["ok"] == len(paths)
    for other in others:  # either served or one clear line naming the running process
        assert no_traceback(other), other.stderr[-2000:]
        if other.returncode != 0:
            assert str(ingest.pid) in one_json(other)["error"]
    assert stats(data)["documents"] == _manifest_rows(data) == len(paths)


def test_a_damaged_store_is_set_aside_and_the_next_ingest_rebuilds_it(tmp_path):
    data, share = tmp_path / "d", corpus(tmp_path / "share")
    assert run("ingest", str(share), data=data).returncode == 0
    for segment in (data / "qdrant" / "segments").glob("*/segment.json"):
        segment.write_text("kaputt")
    broken = run("check", "--json", data=data)
    assert broken.returncode == 1 and "store_unreadable" in one_json(broken)
    result = run("ingest", str(share), "--json", data=data)
    assert result.returncode == 0, result.stderr[-2000:]
    repair = one_json(result)["index"]
    assert "qdrant.damaged-" in repair["store_set_aside"] and len(repair["reindexed"]) == len(DOCS)
    assert Path(repair["store_set_aside"]).is_dir()
    assert run("check", "--json", data=data).returncode == 0
    assert stats(data)["documents"] == len(DOCS)


def test_a_second_ingest_gets_exit_3_naming_the_holder(tmp_path):
    from app.datadir import DataDirLock

    data, share = tmp_path / "d", corpus(tmp_path / "share")
    lock = DataDirLock(data)
    lock.acquire()
    try:
        result = run("ingest", str(share), "--json", data=data)
    finally:
        lock.release()
    assert result.returncode == 3 and no_traceback(result), result.stderr[-2000:]
    answer = one_json(result)
    assert answer["code"] == "index_locked" and str(os.getpid()) in answer["error"]
    assert not (data / "qdrant").exists()
    assert run("ingest", str(share), data=data).returncode == 0


def test_reindex_keeps_the_overrides_of_each_file(tmp_path):
    data, share = tmp_path / "d", corpus(tmp_path / "share")
    assert run("ingest", str(share), "--department", "Bauordnung", data=data).returncode == 0
    assert run("reindex", "--json", data=data).returncode == 0
    assert stats(data)["by_department"] == {"Bauordnung": len(DOCS)}
