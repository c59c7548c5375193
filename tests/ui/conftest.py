"""The real API on a free port (uvicorn in a thread, temp data folder, hash embedder) for the UI tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from streamlit.testing.v1 import AppTest

from app.api.app import create_app
from app.db.models import DocumentRecord
from app.db.session import Database
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
    settings: Settings | None = None

    def backdate_review(self, document_id: str, months: int) -> None:
        """Test set-up only: the document was last reviewed `months` months ago."""
        assert self.settings is not None
        database = Database(self.settings.database)
        with database.session() as session:
            row = session.get(DocumentRecord, document_id)
            assert row is not None
            row.reviewed_at = datetime.now(UTC) - timedelta(days=31 * months)
            session.commit()
        database.close()

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


def months_ahead(months: int, day: int = 15) -> str:
    """An ISO date `months` months from today (negative: in the past)."""
    today = date.today()
    index = today.year * 12 + today.month - 1 + months
    return date(index // 12, index % 12 + 1, day).isoformat()


@dataclass
class Capture:
    """Knowledge-capture data created through the API as admin (HR may do the same)."""

    api: LiveApi

    def json(self, method: str, path: str, expected: int, **kwargs: Any) -> Any:
        response = self.api.call(method, path, **kwargs)
        assert response.status_code == expected, (path, response.text)
        return response.json() if response.content else None

    def person(self, name: str, department: str, exit_months: int | None, **extra: Any) -> Any:
        exit_date = months_ahead(exit_months) if exit_months is not None else None
        body = {"name": name, "department": department, "role": "", "exit_date": exit_date}
        return self.json("POST", "/people", 201, json={**body, **extra})

    def area(self, person_id: int, name: str, scores: tuple[int, int, int]) -> Any:
        body = dict(zip(("criticality", "uniqueness", "documented"), scores, strict=True))
        return self.json(
            "POST", f"/people/{person_id}/knowledge-areas", 201, json={"name": name, **body}
        )

    def interview(self, person_id: int) -> Any:
        return self.json("POST", "/interviews", 201, json={"person_id": person_id})

    def answer(self, interview: Any, key: str, text: str, area_ids: tuple[int, ...] = ()) -> None:
        question = next(
            q
            for q in self.json("GET", f"/interviews/{interview['id']}", 200)["questions"]
            if q["key"] == key
        )
        entry = {"question_id": question["id"], "text": text, "area_ids": list(area_ids)}
        self.json("PUT", f"/interviews/{interview['id']}/answers", 200, json={"answers": [entry]})

    def status(self, interview_id: int, status: str, access: tuple[str, ...] = ()) -> Any:
        body: dict[str, Any] = {"status": status}
        if access:
            body["access"] = list(access)
        return self.json("POST", f"/interviews/{interview_id}/status", 200, json=body)

    def confirm(self, interview_id: int) -> Any:
        return self.json("POST", f"/interviews/{interview_id}/confirm", 200)

    def publish(self, interview_id: int) -> None:
        """geplant -> veröffentlicht, confirmed on the way (as admin, on the expert's behalf)."""
        self.status(interview_id, "geführt")
        self.confirm(interview_id)
        for status in ("in Prüfung", "freigegeben", "veröffentlicht"):
            self.status(interview_id, status)


def button(at: AppTest, label: str):  # noqa: ANN201 - AppTest's Button type is private
    return next(b for b in at.button if b.label == label)


def labelled(widgets, label: str):  # noqa: ANN001, ANN201
    return next(w for w in widgets if w.label == label)


def hr(api: LiveApi, name: str = "personalerin") -> str:
    """A token of an HR user (created once)."""
    return api.user(name, "hr")


@pytest.fixture(scope="session")
def live_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("ui-data"),
        embedder="hash",
        admin_password=ADMIN_PASSWORD,
        review_cache_seconds=0,  # backdate_review edits the database behind the service
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
    yield LiveApi(f"http://127.0.0.1:{port}", settings)
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


@pytest.fixture
def capture(live_api: LiveApi) -> Capture:
    return Capture(live_api)
