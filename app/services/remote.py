"""The CLI's way through a running service: search and ingest over the HTTP API (httpx).

Used when the data folder belongs to `amtswissen serve` (or lives on another machine): the
results have the shapes of local runs, so the CLI prints them the same way.

>>> with RemoteService("http://127.0.0.1:8000", token) as remote:
...     hits, hint = remote.search("Urlaub beantragen", 5, SearchFilter())
...     report = remote.ingest([Path("corpus")], {"department": "Personal"}, describe)
"""

from __future__ import annotations

import mimetypes
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from ingest.discovery import discover
from ingest.report import Describe, FileIssue
from search.errors import StoreError
from search.types import Hit, SearchFilter

Progress = Callable[[int, int], None]  # files done, files in all
BATCH_FILES = 50  # the service's default AMTSWISSEN_MAX_UPLOAD_FILES
BATCH_BYTES = 100 * 1024 * 1024
POLL_SECONDS = 0.3


class RemoteService:
    """An httpx client of the Amtswissen API with a bearer token; errors become `StoreError`s
    (`api_unreachable`, `api_refused` with the service's German detail and code)."""

    def __init__(self, url: str, token: str, timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        self._client = httpx.Client(
            base_url=self.url, headers={"Authorization": f"Bearer {token}"}, timeout=timeout
        )

    def __enter__(self) -> RemoteService:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._client.close()

    def search(
        self, query: str, top_k: int | None, filter: SearchFilter
    ) -> tuple[list[Hit], str | None]:
        """The hits of `POST /search` (always hybrid) and the service's hint, if it gave one."""
        where = {"departments": list(filter.departments), "doc_types": list(filter.doc_types)}
        body: dict[str, Any] = {"query": query, "filters": where}
        if top_k is not None:
            body["top_k"] = top_k
        answer = self._request("POST", "/search", json=body)
        hits = [_hit(item) for item in answer.get("hits", [])]
        return hits, answer.get("hint")

    def ingest(
        self,
        paths: Sequence[Path],
        overrides: dict[str, Any],
        describe: Describe,
        progress: Progress | None = None,
    ) -> dict[str, Any]:
        """Walk `paths` here, upload the supported files in batches to `POST /ingest`, wait for
        each job; one report in the CLI's ingest JSON shape (local skips included)."""
        found = discover(paths)
        local = [FileIssue.of(path, error) for path, error in found.skipped]
        report = _empty_report()
        report["files"]["skipped"] = [_entry(issue, describe) for issue in local]
        started, done, total = time.monotonic(), 0, len(found.files)
        for batch in _batches(found.files):
            job = self._upload(batch, overrides)

            def advance(n: int, before: int = done) -> None:
                if progress:
                    progress(before + n, total)

            _merge(report, self._wait(job, advance))
            done += len(batch)
        report["seconds"] = round(time.monotonic() - started, 3)
        return report

    def _upload(self, batch: Sequence[Path], overrides: dict[str, Any]) -> str:
        form = {key: _form_value(value) for key, value in overrides.items()}
        if "access_groups" in form:
            form["access"] = form.pop("access_groups")
        with ExitStack() as stack:
            files = [
                ("files", (path.name, stack.enter_context(path.open("rb")), _mime(path)))
                for path in batch
            ]
            answer = self._request("POST", "/ingest", data=form, files=files)
        return str(answer["job_id"])

    def _wait(self, job: str, progress: Callable[[int], None]) -> dict[str, Any]:
        while True:
            state = self._request("GET", f"/jobs/{job}")
            progress(int((state.get("progress") or {}).get("done", 0)))
            if state.get("status") == "done":
                return dict(state.get("report") or {})
            if state.get("status") == "failed":
                detail = state.get("error") or (state.get("report") or {}).get("error") or "?"
                raise StoreError("api_job_failed", url=self.url, job=job, detail=detail)
            time.sleep(POLL_SECONDS)

    def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            response = self._client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            detail = str(exc) or type(exc).__name__
            raise StoreError("api_unreachable", url=self.url, detail=detail) from exc
        if response.is_error:
            raise _refused(self.url, response)
        return dict(response.json()) if response.content else {}


def _refused(url: str, response: httpx.Response) -> StoreError:
    """The service's problem details (RFC 9457) as one error: its German detail and its code."""
    try:
        problem = response.json()
    except ValueError:
        problem = {}
    if not isinstance(problem, dict):
        problem = {}
    detail = problem.get("detail") or problem.get("title") or response.reason_phrase
    code = problem.get("code") or f"http_{response.status_code}"
    return StoreError(
        "api_refused", url=url, status=response.status_code, detail=detail, problem=code
    )


def _hit(item: dict[str, Any]) -> Hit:
    return Hit(
        chunk_id=item["chunk_id"],
        document_id=item["document_id"],
        title=item.get("title", ""),
        source=item.get("source", ""),
        heading_path=tuple(item.get("heading_path") or ()),
        page=item.get("page"),
        timestamp=item.get("timestamp"),
        speaker=item.get("speaker"),
        department=item.get("department"),
        doc_type=item.get("doc_type", ""),
        score=float(item.get("score", 0.0)),
        snippet=item.get("snippet", ""),
        text=item.get("text", ""),
        expert=item.get("expert"),
        question=item.get("question"),
    )


def _batches(files: Sequence[Path]) -> Iterator[list[Path]]:
    """Files in upload batches of at most BATCH_FILES files and about BATCH_BYTES bytes."""
    batch: list[Path] = []
    size = 0
    for path in files:
        length = path.stat().st_size
        if batch and (len(batch) >= BATCH_FILES or size + length > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(path)
        size += length
    if batch:
        yield batch


def _form_value(value: Any) -> str:
    return ",".join(value) if isinstance(value, list | tuple) else str(value)


def _mime(path: Path) -> str:
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _entry(issue: FileIssue, describe: Describe) -> dict[str, str]:
    return {"path": issue.path, "reason": describe(issue), "code": issue.code}


def _empty_report() -> dict[str, Any]:
    return {
        "files": {"ok": 0, "unchanged": 0, "skipped": [], "failed": [], "kept": [], "warnings": []},
        "chunks": {"added": 0, "removed": 0},
        "seconds": 0.0,
    }


def _merge(report: dict[str, Any], part: dict[str, Any]) -> None:
    """Add one job's report to the running total (counts summed, lists joined)."""
    files, more = report["files"], part.get("files", {})
    for key in ("ok", "unchanged"):
        files[key] += int(more.get(key, 0))
    for key in ("skipped", "failed", "kept", "warnings"):
        files[key].extend(more.get(key, []))
    for key in ("added", "removed"):
        report["chunks"][key] += int(part.get("chunks", {}).get(key, 0))
    if "index" in part:
        index = report.setdefault(
            "index", {"reindexed": [], "orphans_removed": 0, "store_set_aside": None}
        )
        index["reindexed"].extend(part["index"].get("reindexed", []))
        index["orphans_removed"] += int(part["index"].get("orphans_removed", 0))
        index["store_set_aside"] = index["store_set_aside"] or part["index"].get("store_set_aside")
