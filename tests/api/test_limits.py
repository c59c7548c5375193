"""BodySizeLimit: 413 problem details before reading, or as soon as a streamed body passes the limit."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Annotated

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, File, UploadFile
from fastapi.testclient import TestClient
from starlette.requests import Request

from app.api.limits import BodySizeLimit

LIMIT = 256 * 1024
CHUNK = 16 * 1024


def make_app(seen: list[int]) -> FastAPI:
    """/ingest counts the streamed body into `seen`; /upload parses multipart; /echo is unlimited."""
    app = FastAPI()

    @app.post("/ingest")
    async def ingest(request: Request) -> dict[str, int]:
        seen.append(0)
        async for chunk in request.stream():
            seen[-1] += len(chunk)
        return {"bytes": seen[-1]}

    @app.post("/ingest/files")
    async def files(files: Annotated[list[UploadFile], File()]) -> dict[str, int]:
        seen.append(sum([f.size or 0 for f in files]))
        return {"files": len(files)}

    @app.post("/echo")
    async def echo(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    app.add_middleware(BodySizeLimit, max_bytes=LIMIT, paths=("/ingest",))
    return app


def chunks(total: int, sent: list[int] | None = None) -> Iterator[bytes]:
    for _ in range(total // CHUNK):
        if sent is not None:
            sent.append(CHUNK)
        yield b"x" * CHUNK


def assert_problem(response: httpx.Response) -> None:
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert set(problem) == {"type", "title", "status", "detail", "code"}
    assert (problem["status"], problem["code"]) == (413, "upload_too_large")
    assert problem["detail"] == "Upload zu groß (höchstens 0.2 MB erlaubt)"


@pytest.fixture
def seen() -> list[int]:
    return []


@pytest.fixture
def client(seen) -> TestClient:
    return TestClient(make_app(seen))


def test_a_declared_length_over_the_limit_is_refused_before_the_route_runs(client, seen):
    response = client.post("/ingest", content=b"x" * (LIMIT + 1))
    assert_problem(response)
    assert seen == []


def test_a_multipart_upload_over_the_limit_is_refused(client, seen):
    response = client.post("/ingest/files", files={"files": ("a.pdf", b"%PDF-" + bytes(LIMIT))})
    assert_problem(response)
    assert seen == []


def test_bodies_within_the_limit_and_other_paths_pass(client, seen):
    assert client.post("/ingest", content=b"x" * LIMIT).json() == {"bytes": LIMIT}
    assert client.post("/ingest/files", files={"files": ("a.md", b"# A")}).json() == {"files": 1}
    assert client.post("/echo", content=b"x" * (4 * LIMIT)).json() == {"bytes": 4 * LIMIT}


def test_a_chunked_body_is_cut_off_when_the_count_passes_the_limit(client, seen):
    response = client.post("/ingest", content=chunks(4 * LIMIT))
    assert_problem(response)
    assert seen and seen[0] <= LIMIT  # the route never got a byte past the limit


def test_a_chunked_multipart_body_gets_413_not_the_frameworks_400(client, seen):
    def body() -> Iterator[bytes]:
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.md"\r\n\r\n'
        yield from chunks(4 * LIMIT)
        yield b"\r\n--b--\r\n"

    headers = {"content-type": "multipart/form-data; boundary=b"}
    assert_problem(client.post("/ingest/files", content=body(), headers=headers))
    assert seen == []


@pytest.fixture
def server(seen) -> Iterator[str]:
    """The app under a real uvicorn in a thread, on a free port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(make_app(seen), log_level="warning", lifespan="off")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    instance.should_exit = True
    thread.join(10)
    sock.close()


def test_a_real_server_answers_a_chunked_upload_with_413_without_reading_it_all(server, seen):
    sent: list[int] = []
    total = 256 * 1024 * 1024
    with httpx.Client(timeout=30) as http:
        response = http.post(f"{server}/ingest", content=chunks(total, sent))
    assert_problem(response)
    assert "content-length" not in response.request.headers  # it really was chunked
    assert seen and seen[0] <= LIMIT
    assert sum(sent) < total // 4  # the server hung up; the client did not send it all


def test_a_real_server_refuses_a_declared_length_at_once(server, seen):
    with httpx.Client(timeout=30) as http:
        response = http.post(f"{server}/ingest", content=b"x" * (LIMIT + 1))
        assert_problem(response)
        assert http.post(f"{server}/ingest", content=b"x" * 10).json() == {"bytes": 10}
    assert seen == [10]
