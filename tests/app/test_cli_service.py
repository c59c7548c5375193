"""The CLI beside the service: `serve` really starts and stops, `users` works on the database while
it runs, a running service is named when it holds the data folder, and `search`/`ingest` go
through a running API with AMTSWISSEN_API_URL (the real app under uvicorn, hash embedder)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from app.cli_service import UI_MAIN
from tests.app.test_cli import one_json
from tests.app.test_cli_robustness import DOCS, corpus, no_traceback, run

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "admin-passwort-1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@dataclass
class Served:
    """A `amtswissen serve` child process and what it printed so far."""

    process: subprocess.Popen[str]
    api: str
    ui: str
    lines: list[str] = field(default_factory=list)

    def output(self) -> str:
        return "\n".join(self.lines)

    def wait_for(self, text: str, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while text not in self.output():
            assert self.process.poll() is None, self.output()
            assert time.monotonic() < deadline, self.output()
            time.sleep(0.2)

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        return self.process.wait(timeout=60)


def start_serve(data: Path, *args: str, env: dict[str, str] | None = None) -> Served:
    api_port, ui_port = free_port(), free_port()
    base = {k: v for k, v in os.environ.items() if not k.startswith("AMTSWISSEN_")}
    full_env = {**base, "HF_HUB_OFFLINE": "1", "AMTSWISSEN_EMBEDDER": "hash", **(env or {})}
    command = [sys.executable, "-m", "app.cli", "serve", "--api-port", str(api_port),
               "--ui-port", str(ui_port), "--data-dir", str(data), *args]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=REPO, env=full_env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    served = Served(process, f"http://127.0.0.1:{api_port}", f"http://127.0.0.1:{ui_port}")

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            served.lines.append(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    return served


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[Served]:
    """`serve --no-ui` on a fresh data folder, without AMTSWISSEN_ADMIN_PASSWORD."""
    served = start_serve(tmp_path / "data", "--no-ui")
    served.wait_for("Beenden mit Strg+C.")
    yield served
    served.stop(signal.SIGKILL)


def test_serve_starts_the_api_prints_the_first_admin_login_once_and_stops_on_sigterm(
    tmp_path, serving
):
    assert answers(f"{serving.api}/health")
    out = serving.output()
    assert f"API:         {serving.api}" in out and "Oberfläche" not in out
    password = out.split("admin / ")[1].split()[0]
    login = httpx.post(
        f"{serving.api}/auth/login", json={"username": "admin", "password": password}
    )
    assert login.status_code == 200, login.text
    assert out.count(password) == 1  # printed once: in the login block, not again on stderr
    assert serving.stop() == 0
    assert "Amtswissen beendet." in serving.output() and "Traceback" not in serving.output()
    assert not answers(f"{serving.api}/health")
    assert not (tmp_path / "data" / "service.json").exists()


def test_a_second_start_shows_no_password_and_an_own_one_is_used(tmp_path):
    data = tmp_path / "data"
    served = start_serve(data, "--no-ui", env={"AMTSWISSEN_ADMIN_PASSWORD": PASSWORD})
    served.wait_for("Beenden mit Strg+C.")
    assert "Passwort aus AMTSWISSEN_ADMIN_PASSWORD" in served.output()
    login = httpx.post(f"{served.api}/auth/login", json={"username": "admin", "password": PASSWORD})
    assert login.status_code == 200
    assert served.stop(signal.SIGINT) == 0
    again = start_serve(data, "--no-ui")
    again.wait_for("Beenden mit Strg+C.")
    assert "das beim ersten Start angezeigte Passwort" in again.output()
    assert again.stop() == 0


def test_search_and_ingest_name_the_running_service_in_one_line(tmp_path, serving):
    share = corpus(tmp_path / "share")
    for args in (("search", "Urlaub"), ("ingest", str(share))):
        result = run(*args, data=tmp_path / "data")
        assert result.returncode == 3 and no_traceback(result), result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "amtswissen serve" in lines[0] and f"AMTSWISSEN_API_URL={serving.api}" in lines[0]
    answer = one_json(run("search", "Urlaub", "--json", data=tmp_path / "data"))
    assert answer["code"] == "index_locked_by_service"


def test_users_add_and_list_work_on_the_database_while_the_service_runs(tmp_path, serving):
    data = tmp_path / "data"
    added = run("users", "add", "anna", "--role", "editor", "--group", "Bauamt",
                "--password-stdin", "--json", data=data, stdin="anna-passwort-1\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert one_json(added)["groups"] == ["Bauamt"] and one_json(added)["role"] == "editor"
    login = httpx.post(
        f"{serving.api}/auth/login", json={"username": "anna", "password": "anna-passwort-1"}
    )
    assert login.status_code == 200, login.text
    listed = one_json(run("users", "list", "--json", data=data))
    assert [(u["username"], u["role"]) for u in listed["users"]] == [
        ("admin", "admin"),
        ("anna", "editor"),
    ]
    text = run("users", "list", data=data).stdout
    assert "anna" in text and "Bauamt" in text
    again = run("users", "add", "anna", "--role", "reader", "--password-stdin", data=data,
                stdin="anna-passwort-2\n")  # fmt: skip
    assert again.returncode == 1 and "gibt es schon" in again.stderr and no_traceback(again)


def test_users_add_refuses_a_short_password_an_unknown_role_and_a_missing_terminal(tmp_path):
    data = tmp_path / "data"
    short = run("users", "add", "bob", "--role", "reader", "--password-stdin", data=data,
                stdin="kurz\n")  # fmt: skip
    assert short.returncode == 2 and "mindestens 8 Zeichen" in short.stderr
    role = run("users", "add", "bob", "--role", "chef", "--password-stdin", data=data,
               stdin="langes-passwort\n")  # fmt: skip
    assert role.returncode == 2 and "unbekannte Rolle 'chef'" in role.stderr
    no_tty = run("users", "add", "bob", "--role", "reader", data=data, stdin="")
    assert no_tty.returncode == 2 and "--password-stdin" in no_tty.stderr
    listed = one_json(run("users", "list", "--json", data=data))
    assert [u["username"] for u in listed["users"]] == ["admin"]  # a fresh database gets admin


def test_serve_refuses_a_taken_port_in_one_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--no-ui", "--api-port", str(port), data=tmp_path / "data")
    assert result.returncode == 2 and no_traceback(result)
    assert f"Port {port} auf 127.0.0.1 ist schon belegt" in result.stderr


def test_serve_with_the_ui_starts_both_or_says_the_ui_is_missing(tmp_path):
    if not UI_MAIN.is_file():
        result = run("serve", data=tmp_path / "data")
        assert result.returncode == 1 and no_traceback(result)
        assert "Oberfläche" in result.stderr and "--no-ui" in result.stderr
        assert not (tmp_path / "data").exists()
        return
    served = start_serve(tmp_path / "data")
    served.wait_for("Beenden mit Strg+C.", seconds=180)
    assert f"Oberfläche:  {served.ui}" in served.output()
    assert answers(f"{served.ui}/_stcore/health") and answers(f"{served.api}/health")
    assert served.stop() == 0
    assert not answers(f"{served.ui}/_stcore/health") and not answers(f"{served.api}/health")


def test_when_the_ui_dies_the_api_is_stopped_and_the_exit_code_says_so(tmp_path):
    if not UI_MAIN.is_file():
        pytest.skip("app/ui/main.py has not landed on this branch")
    import psutil

    served = start_serve(tmp_path / "data")
    served.wait_for("Beenden mit Strg+C.", seconds=180)
    (ui,) = psutil.Process(served.process.pid).children()
    ui.kill()
    assert served.process.wait(timeout=60) == 4
    assert "Oberfläche endete" in served.output() and not answers(f"{served.api}/health")


# --- through a running API (AMTSWISSEN_API_URL) -------------------------------------------------


def _has_routes(*paths: str) -> bool:
    from app.api.app import create_app
    from app.settings import Settings

    published = create_app(Settings()).openapi()["paths"]
    return all(p in published for p in paths)


@dataclass
class Remote:
    url: str
    token: str

    def env(self) -> dict[str, str]:
        return {"AMTSWISSEN_API_URL": self.url, "AMTSWISSEN_API_TOKEN": self.token}


@pytest.fixture
def remote(tmp_path: Path) -> Iterator[Remote]:
    """The real app under uvicorn in a thread on a free port; an admin API token for it."""
    import uvicorn

    from app.api.app import create_app
    from tests.api.conftest import ADMIN_PASSWORD, make_settings

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(make_settings(tmp_path / "served")),
            port=port,
            log_level="warning",
            lifespan="on",
        )  # fmt: skip
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while not answers(f"{url}/health"):
        assert thread.is_alive() and time.monotonic() < deadline
        time.sleep(0.1)
    login = httpx.post(f"{url}/auth/login", json={"username": "admin", "password": ADMIN_PASSWORD})
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    token = httpx.post(
        f"{url}/auth/tokens", json={"name": "cli", "expires_days": 1}, headers=headers
    )
    yield Remote(url, token.json()["token"])
    server.should_exit = True
    thread.join(timeout=30)


def test_without_a_token_or_a_service_the_remote_cli_says_so_in_one_line(tmp_path):
    missing = run("search", "Urlaub", env={"AMTSWISSEN_API_URL": "http://127.0.0.1:9"})
    assert missing.returncode == 2 and "AMTSWISSEN_API_TOKEN" in missing.stderr
    port = free_port()  # nothing listens there
    env = {"AMTSWISSEN_API_URL": f"http://127.0.0.1:{port}", "AMTSWISSEN_API_TOKEN": "x"}
    gone = run("search", "Urlaub", "--json", env=env)
    assert gone.returncode == 1 and one_json(gone)["code"] == "api_unreachable"
    share = corpus(tmp_path / "share")
    gone = run("ingest", str(share), env=env)
    assert gone.returncode == 1 and len(gone.stderr.strip().splitlines()) == 1
    assert "nicht erreichbar" in gone.stderr and no_traceback(gone)


needs_ingest = pytest.mark.skipif(
    not _has_routes("/ingest", "/jobs/{job_id}"),
    reason="POST /ingest and GET /jobs/{id} have not landed on this branch",
)
needs_search = pytest.mark.skipif(
    not _has_routes("/search"), reason="POST /search has not landed on this branch"
)


@needs_ingest
def test_ingest_through_the_api_prints_what_a_local_run_prints(tmp_path, remote):
    share = corpus(tmp_path / "share", {**DOCS, "programm.exe": "MZ kein Dokument"})
    local_report = one_json(run("ingest", str(share), "--json", data=tmp_path / "local"))
    result = run("ingest", str(share), "--json", env=remote.env())
    assert result.returncode == 0, result.stderr
    report = one_json(result)
    assert set(report) == set(local_report) and set(report["files"]) == set(local_report["files"])
    assert report["files"]["ok"] == local_report["files"]["ok"] == len(DOCS)
    assert [e["code"] for e in report["files"]["skipped"]] == ["unsupported_type"]
    assert report["chunks"]["added"] == local_report["chunks"]["added"]
    text = run("ingest", str(share), env=remote.env())
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith(f"0 Dateien indexiert, {len(DOCS)} unverändert"), text.stdout
    assert "übersprungen: " in text.stdout and "programm.exe" in text.stdout


@needs_ingest
def test_a_bad_token_is_the_services_one_line(tmp_path, remote):
    share = corpus(tmp_path / "share")
    env = {**remote.env(), "AMTSWISSEN_API_TOKEN": "falsch"}
    bad = run("ingest", str(share), "--json", env=env)
    assert bad.returncode == 1 and no_traceback(bad)
    assert one_json(bad)["code"] == "token_invalid"
    text = run("ingest", str(share), env=env)
    assert len(text.stderr.strip().splitlines()) == 1 and remote.url in text.stderr


@needs_search
def test_search_through_the_api_prints_what_a_local_run_prints(tmp_path, remote):
    share = corpus(tmp_path / "share")
    assert run("ingest", str(share), data=tmp_path / "local").returncode == 0
    assert run("ingest", str(share), env=remote.env()).returncode == 0
    local = one_json(run("search", "Bauantrag einreichen", "--json", data=tmp_path / "local"))
    found = one_json(run("search", "Bauantrag einreichen", "--json", env=remote.env()))
    assert found["hits"] and set(found["hits"][0]) == set(local["hits"][0])
    assert found["hits"][0]["title"] == local["hits"][0]["title"] == "Bauantrag"
    shown = run("search", "Bauantrag einreichen", env=remote.env())
    assert shown.stdout.startswith("1. Bauantrag ["), shown.stdout
    dense = run("search", "Bauantrag", "--mode", "dense", env=remote.env())
    assert dense.returncode == 2 and "nur lokal" in dense.stderr
    long = run("search", "x" * 5000, "--json", env=remote.env())
    assert long.returncode == 2 and one_json(long)["code"] in ("query_too_long", "request_invalid")


def test_two_api_processes_share_one_data_folder_and_one_postgresql(tmp_path, postgres_url):
    """Scale-out: without the embedded store nothing locks the folder; users live in PostgreSQL
    (a Qdrant server is replaced by each process's in-memory Qdrant here)."""
    env = {"AMTSWISSEN_STORE": "memory", "AMTSWISSEN_DATABASE_URL": postgres_url,
           "AMTSWISSEN_ADMIN_PASSWORD": PASSWORD}  # fmt: skip
    first = start_serve(tmp_path / "data", "--no-ui", env=env)
    first.wait_for("Beenden mit Strg+C.")
    second = start_serve(tmp_path / "data", "--no-ui", env=env)
    try:
        second.wait_for("Beenden mit Strg+C.")
        added = run("users", "add", "anna", "--role", "reader", "--password-stdin",
                    data=tmp_path / "data", env=env, stdin="anna-passwort-1\n")  # fmt: skip
        assert added.returncode == 0, added.stderr
        for served in (first, second):
            login = httpx.post(
                f"{served.api}/auth/login", json={"username": "anna", "password": "anna-passwort-1"}
            )
            assert login.status_code == 200, login.text
    finally:
        assert second.stop() == 0 and first.stop() == 0
