"""The real API on a free port (uvicorn in a thread, temp data folder, hash embedder) for the UI tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from app.api.app import create_app
from app.settings import Settings

ADMIN_PASSWORD = "admin-passwort-1"
MAIN = Path(__file__).resolve().parents[2] / "app" / "ui" / "main.py"
DOCS = {
    "urlaubsantrag.md": (
        "Personalamt",
        "prozessbeschreibung",
        "# Urlaubsantrag stellen\n\n## Ablauf\n\nDen Urlaubsantrag reichen Sie spätestens zwei "
        "Wochen vorher im Personalportal ein. Die Vorgesetzte genehmigt den Urlaub.\n\n"
        "## Resturlaub\n\nResturlaub verfällt am 31. März des Folgejahres.\n",
    ),
    "it_ansprechpartner.md": (
        "IT",
        "kontaktliste",
        "# Ansprechpartner IT\n\nDie IT-Hotline erreichen Sie unter der Durchwahl 600. "
        "Kennwörter setzt die Hotline zurück.\n",
    ),
    "winterdienst.md": (
        "Bauhof",
        "dienstanweisung",
        "# Winterdienst\n\n## Räumpflicht\n\nBei Glätte streut der Bauhof ab 4 Uhr die "
        "Hauptstraßen und Gehwege vor Schulen.\n",
    ),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveApi:
    """The API answering at `url`, with helpers to act as users over plain HTTP."""

    url: str

    def token(self, username: str, password: str) -> str:
        response = httpx.post(
            f"{self.url}/auth/login", json={"username": username, "password": password}
        )
        response.raise_for_status()
        return str(response.json()["access_token"])

    def admin(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token('admin', ADMIN_PASSWORD)}"}

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return httpx.request(method, self.url + path, headers=self.admin(), timeout=60, **kwargs)

    def user(self, username: str, role: str, groups: tuple[str, ...] = ()) -> str:
        """Create the user (once) and return a fresh token of theirs; the password is name-pw-123."""
        for group in groups:
            self.call("POST", "/groups", json={"name": group, "description": ""})
        body = {"username": username, "password": f"{username}-pw-123", "role": role}
        response = self.call("POST", "/users", json={**body, "groups": list(groups)})
        assert response.status_code in (201, 409), response.text
        return self.token(username, f"{username}-pw-123")

    def ingest(self, name: str, text: str, department: str, doc_type: str) -> dict[str, Any]:
        """Upload one file through POST /ingest and wait for the job's report."""
        files = [("files", (name, text.encode(), "text/markdown"))]
        form = {"department": department, "doc_type": doc_type, "tags": "", "access": ""}
        response = self.call("POST", "/ingest", files=files, data=form)
        assert response.status_code == 202, response.text
        job_id = response.json()["job_id"]
        for _ in range(600):
            job = self.call("GET", f"/jobs/{job_id}").json()
            if job["status"] in ("done", "failed"):
                return dict(job)
            time.sleep(0.1)
        raise AssertionError(f"job {job_id} did not finish")

    def document_id(self, title: str) -> str:
        listing = self.call("GET", "/documents", params={"limit": 200}).json()
        return next(doc["id"] for doc in listing["documents"] if doc["title"] == title)


@pytest.fixture(scope="session")
def live_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("ui-data"), embedder="hash", admin_password=ADMIN_PASSWORD
    )
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the API did not start"
        time.sleep(0.05)
    yield LiveApi(f"http://127.0.0.1:{port}")
    server.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="session")
def corpus(live_api: LiveApi) -> LiveApi:
    """The API with the small Markdown corpus ingested as admin."""
    for name, (department, doc_type, text) in DOCS.items():
        job = live_api.ingest(name, text, department, doc_type)
        assert job["status"] == "done" and job["report"]["files"]["ok"] == 1, job
    return live_api


@pytest.fixture(autouse=True)
def ui_env(live_api: LiveApi, monkeypatch: pytest.MonkeyPatch) -> LiveApi:
    """AppTest scripts read the API's address from AMTSWISSEN_API_URL, as `streamlit run` does."""
    monkeypatch.setenv("AMTSWISSEN_API_URL", live_api.url)
    return live_api
