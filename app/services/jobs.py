"""Ingestion jobs in the database: created by an upload, claimed by any API process, run, resumed.

A job is claimed from the database (PostgreSQL: `FOR UPDATE SKIP LOCKED`; SQLite: a conditional
update), so two processes never run the same job; one cut off mid-run is queued again and redone,
which is idempotent because the pipeline is incremental and chunk ids are stable.

>>> job = submit(session, settings, caller, [Upload("antrag.md", file)], JobFields(...))
>>> job_id = claim_next(db, worker)        # → "running", or None when nothing is queued
>>> run_job(state, job_id, worker)         # → "done" with the report, or "failed"
"""

from __future__ import annotations

import logging
import os
import socket
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.models import DocumentRecord, Job, utcnow
from app.db.session import Database
from app.messages import german, german_text
from app.services import audit
from app.services.access import can_edit
from app.services.auth import Caller
from app.services.originals import OriginalStore
from app.services.uploads import stage_upload
from app.services.users import find_groups
from app.settings import Settings
from search.errors import AccessDenied, AmtswissenError, InvalidRequest, NotFound
from search.types import document_id_for

log = logging.getLogger("amtswissen.jobs")
MAX_ATTEMPTS = 3
# refusals that mean "not for the index" (skipped); the others mean "broken or wrong" (failed)
SKIPPED_CODES = frozenset({"upload_type_unsupported", "upload_too_large", "upload_empty"})


@dataclass(frozen=True)
class Upload:
    """One file of a request: the name the client gave and its bytes (already spooled)."""

    filename: str
    file: BinaryIO


@dataclass(frozen=True)
class JobFields:
    """The metadata every file of the job gets (the pipeline's overrides)."""

    department: str = ""
    doc_type: str = ""
    tags: tuple[str, ...] = ()
    access_groups: tuple[str, ...] = ()

    @classmethod
    def stored(cls, values: dict[str, Any]) -> JobFields:
        """The fields as the job row keeps them (JSON: lists for tuples)."""
        return cls(
            str(values.get("department", "")),
            str(values.get("doc_type", "")),
            tuple(values.get("tags", ())),
            tuple(values.get("access_groups", ())),
        )

    def overrides(self) -> dict[str, Any]:
        values = {k: v for k, v in asdict(self).items() if k != "access_groups" and v}
        values["access_groups"] = list(self.access_groups)  # empty = public, said explicitly
        if self.tags:
            values["tags"] = list(self.tags)
        return values


@dataclass
class _Accepted:
    files: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)


def split_list(text: str) -> tuple[str, ...]:
    """`"a, b,,c"` → `("a", "b", "c")`: the comma-separated form fields."""
    return tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))


def shown_name(filename: str) -> str:
    """The uploaded name as a report may show it: control characters escaped, not endless."""
    text = "".join(c if unicodedata.category(c)[0] != "C" else f"\\x{ord(c):02x}" for c in filename)
    return text[:200] or "(ohne Namen)"


def check_request(
    session: Session, settings: Settings, caller: Caller, count: int, fields: JobFields
) -> None:
    """Refuse the request as a whole: no files, too many, unknown groups, groups not one's own."""
    caller.require("editor")
    if count == 0:
        raise InvalidRequest("upload_no_files", field="files")
    if count > settings.max_upload_files:
        raise InvalidRequest(
            "upload_too_many_files", field="files", count=count, limit=settings.max_upload_files
        )
    find_groups(session, fields.access_groups)
    foreign = sorted(set(fields.access_groups) - set(caller.groups))
    if foreign and not caller.is_admin:
        raise AccessDenied("access_group_not_member", groups=", ".join(foreign))


def submit(
    session: Session,
    settings: Settings,
    caller: Caller,
    uploads: Sequence[Upload],
    fields: JobFields,
    address: str = "",
) -> Job:
    """Check the request, stage and store each file (refusals go into the job's report), queue."""
    check_request(session, settings, caller, len(uploads), fields)
    accepted = _Accepted()
    store = OriginalStore(settings.originals_path)
    for upload in uploads:
        _accept(session, settings, store, caller, upload, accepted)
    job = Job(
        id=uuid.uuid4().hex,
        user_id=caller.id,
        files=accepted.files,
        fields=asdict(fields),
        rejected=accepted.rejected,
        total=len(accepted.files),
    )
    session.add(job)
    sizes = [{"name": f["name"], "size": f["size"]} for f in accepted.files]
    refused = [{"name": r["path"], "code": r["code"]} for r in accepted.rejected]
    audit.record(
        session, caller, "upload", f"job:{job.id}", {"files": sizes, "refused": refused}, address
    )
    return job


def _accept(
    session: Session,
    settings: Settings,
    store: OriginalStore,
    caller: Caller,
    upload: Upload,
    accepted: _Accepted,
) -> None:
    try:
        staged = stage_upload(
            upload.file, upload.filename, settings.uploads_path, settings.max_upload_bytes
        )
        path = store.put(staged)
        _check_not_foreign(session, caller, path)
    except AmtswissenError as exc:
        kind = "skipped" if exc.code in SKIPPED_CODES else "failed"
        accepted.rejected.append(
            {
                "path": shown_name(upload.filename),
                "reason": german_text(exc.code, exc.params),
                "code": exc.code,
                "list": kind,
            }
        )
        return
    accepted.files.append(
        {
            "name": staged.name,
            "path": path.relative_to(settings.data_dir.resolve()).as_posix(),
            "sha256": staged.sha256,
            "size": staged.size,
        }
    )


def _check_not_foreign(session: Session, caller: Caller, path: Path) -> None:
    """The same bytes under the same name are the same document: only who may edit it may
    upload it again (else its access groups would change under its owner)."""
    row = session.get(DocumentRecord, document_id_for(os.path.realpath(path)))
    if row is not None and not can_edit(caller, row.access_groups, row.owner_id):
        raise AccessDenied("upload_document_foreign")


def get_job(session: Session, caller: Caller, job_id: str) -> Job:
    """The job, for its uploader or an admin; everyone else is told it does not exist."""
    job = session.get(Job, job_id)
    if job is None or (job.user_id != caller.id and not caller.is_admin):
        raise NotFound("job_not_found", id=job_id[:64])
    return job


def list_jobs(session: Session, caller: Caller, limit: int = 20) -> list[Job]:
    """The caller's newest jobs."""
    query = select(Job).where(Job.user_id == caller.id)
    return list(session.scalars(query.order_by(Job.created_at.desc()).limit(limit)))


def worker_id() -> str:
    """`host:pid:random` — which process runs a job, so a restart can find its own leftovers."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def claim_next(db: Database, worker: str) -> str | None:
    """Take the oldest queued job for `worker` (running, heartbeat now); None when none is left."""
    now = utcnow()
    claimed = {
        "status": "running",
        "worker": worker,
        "heartbeat_at": now,
        "attempts": Job.attempts + 1,
    }
    with db.session() as session:
        queued = select(Job.id).where(Job.status == "queued").order_by(Job.created_at, Job.id)
        if db.dialect == "postgresql":
            job_id = session.scalar(queued.limit(1).with_for_update(skip_locked=True))
            if job_id is not None:
                session.execute(update(Job).where(Job.id == job_id).values(**claimed))
            return job_id
        for job_id in session.scalars(queued.limit(10)):
            result = session.execute(
                update(Job).where(Job.id == job_id, Job.status == "queued").values(**claimed)
            )
            if result.rowcount == 1:  # type: ignore[attr-defined]
                return job_id
    return None


def heartbeat(db: Database, job_id: str, worker: str) -> None:
    with db.session() as session:
        session.execute(
            update(Job).where(Job.id == job_id, Job.worker == worker).values(heartbeat_at=utcnow())
        )


def progress(
    db: Database,
    job_id: str,
    worker: str,
    done: int,
    total: int,
    activity: dict[str, Any] | None = None,
) -> None:
    """Files done of total, and what the job does inside the current file (None: nothing long)."""
    with db.session() as session:
        session.execute(
            update(Job)
            .where(Job.id == job_id, Job.worker == worker)
            .values(done=done, total=total, activity=activity, heartbeat_at=utcnow())
        )


def finish(
    db: Database, job_id: str, worker: str, report: dict[str, Any], error: str | None = None
) -> None:
    """`done` with the report, or `failed` with a German error."""
    with db.session() as session:
        job = session.get(Job, job_id)
        if job is None or job.worker != worker:
            return  # taken over by another worker meanwhile: its result counts
        job.status = "failed" if error else "done"
        job.report, job.error, job.finished_at = report, error, utcnow()
        job.done = job.total if not error else job.done
        job.activity = None


def _dead(worker: str | None, mine: str) -> bool:
    """A worker of this host whose process is gone (a pid reused by this process counts only
    through the heartbeat: another runner of this process may be alive)."""
    host, _, rest = (worker or "").partition(":")
    pid = rest.partition(":")[0]
    if host != mine.partition(":")[0] or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def recover(db: Database, worker: str, stale_seconds: float) -> int:
    """Queue again the running jobs whose worker is gone (dead process on this host, or no
    heartbeat for `stale_seconds`); after MAX_ATTEMPTS starts a job fails. Returns how many."""
    cutoff = utcnow() - timedelta(seconds=stale_seconds)
    count = 0
    with db.session() as session:
        running = session.scalars(select(Job).where(Job.status == "running")).all()
        for job in running:
            stale = job.heartbeat_at is None or job.heartbeat_at < cutoff
            if job.worker == worker or not (stale or _dead(job.worker, worker)):
                continue
            count += 1
            if job.attempts >= MAX_ATTEMPTS:
                error = AmtswissenError("job_abandoned", attempts=job.attempts)
                job.status, job.error, job.finished_at = "failed", german(error), utcnow()
            else:
                job.status, job.worker, job.heartbeat_at = "queued", None, None
    if count:
        log.info("%d unterbrochene Aufträge wieder eingereiht", count)
    return count
