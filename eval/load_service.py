"""The real service for `eval.load`: the corpus indexed into a temp data folder, uvicorn on a free
port in a subprocess, an admin login; stopped when the block ends.

    with running_service(data_dir, password) as url:
        token = login(url, "admin", password)

The corpus is indexed first by the CLI (`amtswissen ingest corpus/`, as `make run` does), so the
service starts on a ready index and the load measures searching only.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from fastapi import FastAPI

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def app_from_env() -> FastAPI:
    """uvicorn's factory in the child process: the app for the `AMTSWISSEN_*` environment."""
    from app.api.app import create_app
    from app.settings import Settings

    return create_app(Settings())


def child_env(data_dir: Path, password: str) -> dict[str, str]:
    return {
        **os.environ,
        "AMTSWISSEN_DATA_DIR": str(data_dir),
        "AMTSWISSEN_ADMIN_PASSWORD": password,
        "HF_HUB_OFFLINE": "1",
    }


def index_corpus(data_dir: Path, password: str, corpus: Path = CORPUS) -> None:
    """Index `corpus` into `data_dir` with the CLI (fails loudly when nothing was indexed)."""
    command = [sys.executable, "-m", "app.cli", "ingest", str(corpus), "--json"]
    subprocess.run(
        command, cwd=ROOT, env=child_env(data_dir, password), check=True, stdout=subprocess.DEVNULL
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_service(
    data_dir: Path,
    password: str,
    settings: dict[str, str] | None = None,
    start_timeout: float = 180.0,
) -> Iterator[str]:
    """The service on `data_dir` in a uvicorn subprocess (`settings` as AMTSWISSEN_* values);
    yields its base URL once it is healthy."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "--factory", "eval.load_service:app_from_env"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    env = child_env(data_dir, password)
    env.update({f"AMTSWISSEN_{key}": value for key, value in (settings or {}).items()})
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, start_timeout)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    """Poll `GET /health` until it answers 200 (the lifespan has warmed models and store)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"service exited with {process.returncode} before it was ready")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"service not healthy after {timeout:.0f} s")


def login(url: str, username: str, password: str) -> str:
    response = httpx.post(
        f"{url}/auth/login", json={"username": username, "password": password}, timeout=30
    )
    response.raise_for_status()
    return str(response.json()["access_token"])
