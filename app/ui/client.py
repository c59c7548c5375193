"""A small typed HTTP client of the Amtswissen API; problem details become one `ApiError`.

api = ApiClient("http://127.0.0.1:8000")
token = api.login("admin", "geheim")
hits = ApiClient("http://127.0.0.1:8000", token).search("Urlaubsantrag")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

Json = dict[str, Any]
Upload = tuple[str, bytes, str]  # file name, content, MIME type

UNREACHABLE = (
    "Der Amtswissen-Dienst ist unter {url} nicht erreichbar. Bitte versuchen Sie es später erneut."
)
UNEXPECTED = (
    "Der Amtswissen-Dienst hat unerwartet geantwortet (HTTP {status}). "
    "Bitte versuchen Sie es später erneut."
)


class ApiError(Exception):
    """A failed API call: the German `detail` to show and the HTTP `status` (0 = unreachable)."""

    def __init__(self, status: int, detail: str, code: str = "") -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.code = code


def problem(response: httpx.Response) -> ApiError:
    """The `ApiError` for a failed response, from its RFC 9457 body when it has one."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return ApiError(response.status_code, body["detail"], str(body.get("code") or ""))
    return ApiError(response.status_code, UNEXPECTED.format(status=response.status_code))


@dataclass(frozen=True)
class ApiClient:
    """The API's routes as methods; every failure raises `ApiError`."""

    base_url: str
    token: str | None = None
    timeout: float = 30.0

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            response = httpx.request(
                method,
                self.base_url.rstrip("/") + path,
                headers=headers,
                timeout=self.timeout,
                **kwargs,
            )
        except httpx.HTTPError as error:
            raise ApiError(0, UNREACHABLE.format(url=self.base_url)) from error
        if response.status_code >= 400:
            raise problem(response)
        return response

    def get(self, path: str, **params: Any) -> Json:
        query = {key: value for key, value in params.items() if value not in (None, "")}
        return self.request("GET", path, params=query).json()

    def send(self, method: str, path: str, body: Json) -> Json:
        response = self.request(method, path, json=body)
        return response.json() if response.content else {}

    # auth
    def login(self, username: str, password: str) -> str:
        return self.send("POST", "/auth/login", {"username": username, "password": password})[
            "access_token"
        ]

    def me(self) -> Json:
        return self.get("/auth/me")

    def tokens(self) -> list[Json]:
        return self.get("/auth/tokens")["tokens"]

    def create_token(self, name: str, expires_days: int) -> Json:
        return self.send("POST", "/auth/tokens", {"name": name, "expires_days": expires_days})

    def revoke_token(self, token_id: Any) -> None:
        self.request("DELETE", f"/auth/tokens/{token_id}")

    # search and documents
    def stats(self) -> Json:
        return self.get("/stats")

    def search(self, query: str, top_k: int = 10, filters: Json | None = None) -> list[Json]:
        return self.send(
            "POST", "/search", {"query": query, "top_k": top_k, "filters": filters or {}}
        )["hits"]

    def documents(self, **filters: Any) -> Json:
        return self.get("/documents", **filters)

    def document(self, document_id: str) -> Json:
        return self.get(f"/documents/{document_id}")

    def original(self, document_id: str) -> bytes:
        return self.request("GET", f"/documents/{document_id}/original").content

    def update_document(self, document_id: str, changes: Json) -> Json:
        return self.send("PATCH", f"/documents/{document_id}", changes)

    def delete_document(self, document_id: str) -> None:
        self.request("DELETE", f"/documents/{document_id}")

    # ingestion
    def ingest(self, files: Sequence[Upload], metadata: dict[str, str]) -> str:
        parts = [("files", upload) for upload in files]
        response = self.request("POST", "/ingest", files=parts, data=metadata)
        return str(response.json()["job_id"])

    def job(self, job_id: str) -> Json:
        return self.get(f"/jobs/{job_id}")

    # feedback and gaps
    def feedback(self, chunk_id: str, query: str, helpful: bool, comment: str = "") -> Json:
        body = {"chunk_id": chunk_id, "query": query, "helpful": helpful, "comment": comment}
        return self.send("POST", "/feedback", body)

    def report_gap(self, query: str, departments: Sequence[str], comment: str = "") -> Json:
        body = {"query": query, "departments": list(departments), "comment": comment}
        return self.send("POST", "/analytics/gaps", body)

    def gaps(self, days: int = 90, department: str | None = None) -> Json:
        return self.get("/analytics/gaps", days=days, department=department)

    # administration
    def users(self) -> list[Json]:
        return self.get("/users")["users"]

    def create_user(self, username: str, password: str, role: str, groups: Sequence[str]) -> Json:
        body = {"username": username, "password": password, "role": role, "groups": list(groups)}
        return self.send("POST", "/users", body)

    def update_user(self, user_id: Any, changes: Json) -> Json:
        return self.send("PATCH", f"/users/{user_id}", changes)

    def groups(self) -> list[Json]:
        return self.get("/groups")["groups"]

    def create_group(self, name: str, description: str = "") -> Json:
        return self.send("POST", "/groups", {"name": name, "description": description})

    def audit(self, limit: int = 50, offset: int = 0) -> Json:
        return self.get("/audit", limit=limit, offset=offset)

    # knowledge capture: people and their knowledge areas
    def people(self, **filters: Any) -> list[Json]:
        return items(self.get("/people", **filters), "people")

    def person(self, person_id: int) -> Json:
        return self.get(f"/people/{person_id}")

    def create_person(self, person: Json) -> Json:
        return self.send("POST", "/people", person)

    def update_person(self, person_id: int, changes: Json) -> Json:
        return self.send("PATCH", f"/people/{person_id}", changes)

    def add_area(self, person_id: int, area: Json) -> Json:
        return self.send("POST", f"/people/{person_id}/knowledge-areas", area)

    def update_area(self, area_id: int, changes: Json) -> Json:
        return self.send("PATCH", f"/knowledge-areas/{area_id}", changes)

    def delete_area(self, area_id: int) -> None:
        self.request("DELETE", f"/knowledge-areas/{area_id}")

    def link_documents(self, area_id: int, document_ids: Sequence[str]) -> Json:
        body = {"document_ids": list(document_ids)}
        return self.send("PUT", f"/knowledge-areas/{area_id}/documents", body)

    # interviews and their guides
    def guides(self) -> list[Json]:
        return items(self.get("/guides"), "guides")

    def create_guide(self, guide: Json) -> Json:
        return self.send("POST", "/guides", guide)

    def add_guide_version(self, guide_id: int, questions: Sequence[Json], note: str) -> Json:
        body = {"questions": list(questions), "note": note}
        return self.send("POST", f"/guides/{guide_id}/versions", body)

    def interviews(self, **filters: Any) -> list[Json]:
        return items(self.get("/interviews", **filters), "interviews")

    def interview(self, interview_id: int) -> Json:
        return self.get(f"/interviews/{interview_id}")

    def plan_interview(self, person_id: int, guide_id: int | None, **extra: Any) -> Json:
        body: Json = {"person_id": person_id, "guide_id": guide_id, **extra}
        return self.send("POST", "/interviews", body)

    def save_answers(self, interview_id: int, answers: Sequence[Json]) -> Json:
        body = {"answers": list(answers)}
        return self.send("PUT", f"/interviews/{interview_id}/answers", body)

    def upload_transcript(self, interview_id: int, upload: Upload) -> Json:
        response = self.request(
            "POST", f"/interviews/{interview_id}/transcript", files=[("file", upload)]
        )
        return response.json() if response.content else {}

    def confirm(self, interview_id: int) -> Json:
        return self.send("POST", f"/interviews/{interview_id}/confirm", {})

    def set_status(
        self, interview_id: int, status: str, access: Sequence[str] | None = None
    ) -> Json:
        body: Json = {"status": status}
        if access is not None:
            body["access"] = list(access)
        return self.send("POST", f"/interviews/{interview_id}/status", body)

    # overview: risk, experts, plan, handover, reviews
    def risk(self, department: str | None = None) -> Json:
        return self.get("/risk", department=department)

    def experts(self, topic: str) -> list[Json]:
        return items(self.get("/experts", topic=topic), "experts")

    def plan(self, department: str) -> Json:
        return self.get("/plan", department=department)

    def plan_csv(self, department: str) -> bytes:
        return self.request("GET", "/plan.csv", params={"department": department}).content

    def plan_html(self, department: str) -> bytes:
        return self.request("GET", "/plan/print", params={"department": department}).content

    def handover(self, person_id: int) -> Json:
        return self.get(f"/people/{person_id}/handover")

    def tick(self, person_id: int, key: str, done: bool) -> Json:
        return self.send("POST", f"/people/{person_id}/handover/{key}", {"done": done})

    def reviews(self) -> list[Json]:
        return items(self.get("/reviews"), "items")

    def mark_reviewed(self, document_id: str) -> Json:
        return self.send("POST", f"/documents/{document_id}/reviewed", {})


def items(body: Json, key: str) -> list[Json]:
    """The list of a listing response: `items({"people": [..]}, "people") == [..]`."""
    return list(body[key])
