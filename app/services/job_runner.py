"""The job runner: a thread that claims queued jobs from the database and runs them one by one.

Started by the API's start-up hook; woken at once by `wake()` when this process queues a job,
otherwise it polls (another process may have queued one). While a job runs a heartbeat thread
keeps `heartbeat_at` fresh, so other processes can tell a live job from one cut off.

>>> runner = JobRunner(state)
>>> stop = runner.start()   # requeues this host's leftovers, then polls
>>> runner.wake()           # after committing a new job
>>> stop()
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from app.compose import Services
from app.db.models import Job
from app.db.session import Database
from app.messages import german, german_text
from app.services import jobs, registry
from app.services.originals import OriginalStore
from app.settings import Settings
from ingest.report import FileIssue, IngestReport
from search.errors import AmtswissenError

log = logging.getLogger("amtswissen.jobs")
PROGRESS_SECONDS = 0.5  # progress is written at most this often (its own short transaction)


class AppState(Protocol):
    """What a runner needs of the API's state (app.api.deps.AppState has it)."""

    settings: Settings
    db: Database
    services: Services
    write_lock: threading.RLock


def describe(issue: FileIssue) -> str:
    """A file's German reason, as the CLI words it."""
    return german_text(issue.code, issue.params)


class _Progress:
    """The pipeline's progress callback: counts files, writes done/total now and then."""

    def __init__(self, state: AppState, job_id: str, worker: str, total: int) -> None:
        self.state, self.job_id, self.worker = state, job_id, worker
        self.done, self.total, self.last = 0, total, 0.0
        self.activity: dict[str, Any] | None = None

    def __call__(self, kind: str, path: Path | None, share: float) -> None:
        if kind != "file":  # a recording being transcribed: its share, no file done yet
            name = path.name if path is not None else ""
            self.activity = {"file": name, "step": kind, "share": round(share, 3)}
            self._write()
            return
        self.done += 1
        self.total = max(self.total, self.done)  # the pipeline also redoes repaired documents
        forced, self.activity = self.activity is not None, None  # clear a finished transcription
        self._write(force=forced)

    def _write(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last >= PROGRESS_SECONDS:
            self.last = now
            jobs.progress(
                self.state.db, self.job_id, self.worker, self.done, self.total, self.activity
            )


def run_job(state: AppState, job_id: str, worker: str) -> None:
    """Run one claimed job to `done` (report) or `failed` (German error); never raises."""
    with state.db.session() as session:
        job = session.get(Job, job_id)
        if job is None:
            return
        files, fields, rejected, owner = (
            list(job.files),
            dict(job.fields),
            list(job.rejected),
            job.user_id,
        )
    root = state.settings.data_dir.resolve()
    try:
        report = _ingest(state, job_id, worker, files, fields, owner)
    except Exception as exc:  # a job's failure is its own, never the runner's
        message = german(exc) if isinstance(exc, AmtswissenError) else None
        if message is None:
            log.exception("Auftrag %s fehlgeschlagen", job_id)
            message = german(AmtswissenError("internal_error"))
        jobs.finish(state.db, job_id, worker, _merged(_empty(), files, rejected, root), message)
        return
    jobs.finish(state.db, job_id, worker, _merged(report, files, rejected, root))


def _empty() -> dict[str, Any]:
    return IngestReport(0, 0, (), (), 0, 0, 0.0).as_json(describe)


def _ingest(
    state: AppState,
    job_id: str,
    worker: str,
    files: list[dict[str, Any]],
    fields: dict[str, Any],
    owner: int | None,
) -> dict[str, Any]:
    if not files:
        return _empty()
    data_dir = state.settings.data_dir.resolve()
    paths = [data_dir / f["path"] for f in files]
    overrides = jobs.JobFields.stored(fields).overrides()
    with state.write_lock:
        pipeline = state.services.pipeline()
        report = pipeline.run(paths, overrides, _Progress(state, job_id, worker, len(paths)))
        _register(state, files, paths, owner)
    return report.as_json(describe)


def _register(
    state: AppState, files: list[dict[str, Any]], paths: list[Path], owner: int | None
) -> None:
    """A registry row per indexed file (owner, original); an original nothing indexed is removed."""
    manifest, store = state.services.manifest, state.services.store
    originals = OriginalStore(state.settings.originals_path)
    with state.db.session() as session:
        for file, path in zip(files, paths, strict=True):
            source = os.path.realpath(path)
            entry = manifest.get(source)
            meta = registry.first_chunk_meta(store, entry.document_id) if entry else None
            if entry is None or meta is None:
                originals.remove(path)
                continue
            original = registry.Original(file["path"], file["name"], file["sha256"], file["size"])
            registry.record(session, entry.document_id, source, meta, entry.chunks, owner, original)


def _merged(
    report: dict[str, Any],
    files: list[dict[str, Any]],
    rejected: list[dict[str, Any]],
    data_dir: Path,
) -> dict[str, Any]:
    """The pipeline's report with the upload refusals added and every path an uploaded name."""
    names: dict[str, str] = {}
    for file in files:
        path = data_dir / file["path"]
        names[str(path)] = names[os.path.realpath(path)] = file["name"]
    report.pop("index", None)  # the repair step names server paths of other documents
    lists = report["files"]
    for kind in ("skipped", "failed", "kept", "warnings"):
        lists[kind] = [
            {**e, "path": names.get(e["path"], Path(e["path"]).name)} for e in lists.get(kind, [])
        ]
    for refusal in rejected:
        entry = {k: refusal[k] for k in ("path", "reason", "code")}
        lists[refusal.get("list", "failed")].append(entry)
    return report


class JobRunner:
    """Claims and runs jobs in a background thread until stopped."""

    def __init__(
        self,
        state: AppState,
        poll_seconds: float = 1.0,
        heartbeat_seconds: float = 5.0,
        stale_seconds: float = 60.0,
        worker: str | None = None,
    ) -> None:
        self.state = state
        self.poll_seconds = poll_seconds
        self.heartbeat_seconds = heartbeat_seconds
        self.stale_seconds = stale_seconds
        self.worker = worker or jobs.worker_id()
        self.ran: list[str] = []  # job ids this runner ran, oldest first
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> Callable[[], None]:
        jobs.recover(self.state.db, self.worker, self.stale_seconds)
        self._thread = threading.Thread(target=self._loop, name="amtswissen-jobs", daemon=True)
        self._thread.start()
        return self.stop

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 60.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run_pending(self) -> int:
        """Run queued jobs until none is left (the loop's body; tests call it directly)."""
        count = 0
        while not self._stop.is_set() and (job_id := jobs.claim_next(self.state.db, self.worker)):
            self._run(job_id)
            count += 1
        return count

    def _loop(self) -> None:
        last_recovery = time.monotonic()
        while not self._stop.is_set():
            try:
                if time.monotonic() - last_recovery > self.stale_seconds / 2:
                    jobs.recover(self.state.db, self.worker, self.stale_seconds)
                    last_recovery = time.monotonic()
                self.run_pending()
            except Exception:  # the database away for a moment: try again next round
                log.exception("Auftragsschleife")
            self._wake.wait(self.poll_seconds)
            self._wake.clear()

    def _run(self, job_id: str) -> None:
        beating = threading.Event()

        def beat() -> None:
            while not beating.wait(self.heartbeat_seconds):
                try:
                    jobs.heartbeat(self.state.db, job_id, self.worker)
                except Exception:
                    log.exception("Herzschlag von Auftrag %s", job_id)

        pulse = threading.Thread(target=beat, name="amtswissen-heartbeat", daemon=True)
        pulse.start()
        try:
            run_job(self.state, job_id, self.worker)
            self.ran.append(job_id)
        finally:
            beating.set()
            pulse.join()
