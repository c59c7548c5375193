"""The load client against a tiny real service (uvicorn in a thread): counts, errors, latency."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

from eval.load import load_queries, main, run_load

TOKEN = "geheim"


class SearchBody(BaseModel):
    query: str
    top_k: int = 10


def tiny_app() -> FastAPI:
    """/search that wants the bearer token, fails on "Fehler" and takes 20 ms otherwise."""
    app = FastAPI()
    seen: list[str] = []
    app.state.seen = seen

    @app.post("/search")
    def search(body: SearchBody, authorization: str = Header("")) -> dict[str, list[object]]:
        if authorization != f"Bearer {TOKEN}":
            raise HTTPException(401)
        seen.append(body.query)
        if "Fehler" in body.query:
            raise HTTPException(503)
        time.sleep(0.02)
        return {"hits": []}

    return app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def service() -> Iterator[tuple[str, FastAPI]]:
    app = tiny_app()
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    yield f"http://127.0.0.1:{port}", app
    server.should_exit = True
    thread.join()


def test_counts_requests_latency_and_rate(service: tuple[str, FastAPI]) -> None:
    url, _ = service
    result = run_load(url, TOKEN, ["Urlaub beantragen", "Hundesteuer"], clients=4, seconds=1.0)
    assert result.errors == {}
    assert 20 <= result.p50_ms <= result.p95_ms <= result.p99_ms < 1000  # the 20 ms sleep
    # four clients, one request in flight each, ~20+ ms per request: at most ~200 in a second
    assert 40 <= result.requests <= 220
    assert result.rps == pytest.approx(result.requests / result.seconds, rel=0.01)


def test_errors_are_counted_by_kind(service: tuple[str, FastAPI]) -> None:
    url, _ = service
    bad_token = run_load(url, "falsch", ["Urlaub"], clients=2, seconds=0.3)
    assert set(bad_token.errors) == {"http_401"}
    assert bad_token.error_count == bad_token.requests > 0
    mixed = run_load(url, TOKEN, ["Fehler bitte", "Urlaub"], clients=1, seconds=0.5)
    assert mixed.errors["http_503"] >= mixed.requests // 2
    assert 0 < mixed.error_count < mixed.requests
    refused = run_load(f"http://127.0.0.1:{free_port()}", TOKEN, ["Urlaub"], 1, 0.2)
    assert set(refused.errors) == {"ConnectError"}


def test_clients_start_at_different_questions(service: tuple[str, FastAPI]) -> None:
    url, app = service
    app.state.seen.clear()
    questions = [f"Frage {i}" for i in range(8)]
    run_load(url, TOKEN, questions, clients=4, seconds=0.05)
    assert {"Frage 0", "Frage 2", "Frage 4", "Frage 6"} <= set(app.state.seen)


def test_command_line_prints_and_writes_json(
    service: tuple[str, FastAPI], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = service
    queries = tmp_path / "queries.jsonl"
    queries.write_text('{"_id": "q1", "text": "Urlaub beantragen"}\n')
    assert load_queries(queries) == ["Urlaub beantragen"]
    out = tmp_path / "load.json"
    argv = ["--url", url, "--token", TOKEN, "--clients", "2", "--seconds", "0.3"]
    assert main([*argv, "--queries", str(queries), "--out", str(out)]) == 0
    assert " 2 clients:" in capsys.readouterr().out
    [run] = json.loads(out.read_text())["runs"]
    assert run["clients"] == 2 and run["requests"] > 0 and run["errors"] == {}


@pytest.mark.slow
def test_the_real_service_starts_logs_in_and_stops(tmp_path: Path) -> None:
    from eval.load_service import login, running_service

    with running_service(tmp_path, "Lastt3st-Passwort") as url:
        token = login(url, "admin", "Lastt3st-Passwort")
        me = httpx.get(f"{url}/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json()["username"] == "admin"
    with pytest.raises(httpx.ConnectError):  # stopped: nothing listens on the port any more
        httpx.get(f"{url}/health")
