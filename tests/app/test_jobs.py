"""Ingestion jobs in the database: claims are exclusive (PostgreSQL and SQLite), two runners on
one database run every job exactly once, interrupted jobs are queued again or given up."""

from __future__ import annotations

import io
import os
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.api.app import start_state
from app.api.deps import AppState
from app.db.models import Job, User, utcnow
from app.db.session import Database
from app.services import jobs
from app.services.auth import caller_of
from app.services.job_runner import JobRunner
from app.settings import Settings


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    database.migrate()
    yield database
    database.close()


def queue(db: Database, count: int) -> list[str]:
    ids = [uuid.uuid4().hex for _ in range(count)]
    with db.session() as session:
        session.add_all(Job(id=job_id) for job_id in ids)
    return ids


def test_concurrent_claims_take_every_job_once(db: Database) -> None:
    ids = queue(db, 30)
    taken: dict[str, list[str]] = {"a": [], "b": [], "c": []}

    def claim_all(worker: str) -> None:
        while job_id := jobs.claim_next(db, worker):
            taken[worker].append(job_id)

    threads = [threading.Thread(target=claim_all, args=(w,)) for w in taken]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    claimed = [job_id for got in taken.values() for job_id in got]
    assert sorted(claimed) == sorted(ids)  # all, and none twice
    with db.session() as session:
        rows = session.scalars(select(Job)).all()
        assert {(r.status, r.attempts) for r in rows} == {("running", 1)}
        assert all(r.id in taken[str(r.worker)] for r in rows)


def set_running(db: Database, job_id: str, worker: str, age: float, attempts: int = 1) -> None:
    with db.session() as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.status, job.worker, job.attempts = "running", worker, attempts
        job.heartbeat_at = utcnow() - timedelta(seconds=age)


def status(db: Database, job_id: str) -> str:
    with db.session() as session:
        job = session.get(Job, job_id)
        assert job is not None
        return job.status


def test_recovery_requeues_only_jobs_whose_worker_is_gone(db: Database) -> None:
    me = jobs.worker_id()
    host = me.partition(":")[0]
    stale, dead, alive_here, mine, tired = queue(db, 5)
    set_running(db, stale, "anderswo:1:x", age=600)
    set_running(db, dead, f"{host}:{dead_pid()}:x", age=1)
    set_running(db, alive_here, f"{host}:{os.getpid()}:other", age=1)  # another runner, alive
    set_running(db, mine, me, age=600)
    set_running(db, tired, "anderswo:1:x", age=600, attempts=jobs.MAX_ATTEMPTS)
    assert jobs.recover(db, me, stale_seconds=60) == 3
    assert [status(db, j) for j in (stale, dead, alive_here, mine, tired)] == [
        "queued",
        "queued",
        "running",
        "running",
        "failed",
    ]
    with db.session() as session:
        job = session.get(Job, tired)
        assert job is not None and job.error and "abgebrochen" in job.error


def dead_pid() -> int:
    pid = 999_999
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            pass
        pid -= 1


@pytest.fixture
def state(tmp_path: Path, postgres_url: str) -> Iterator[AppState]:
    settings = Settings(
        data_dir=tmp_path / "data",
        embedder="hash",
        database_url=postgres_url,
        admin_password="admin-passwort-1",
    )
    app_state = start_state(settings)
    yield app_state
    app_state.services.close()
    app_state.db.close()


def test_two_runners_on_one_postgresql_run_every_job_exactly_once(state: AppState) -> None:
    with state.db.session() as session:
        admin = caller_of(session.scalars(select(User)).one())
        for number in range(8):
            text = f"# Vorgang {number}\n\nDer Vorgang Nummer {number} wird bearbeitet.\n"
            upload = jobs.Upload(f"vorgang-{number}.md", io.BytesIO(text.encode()))
            jobs.submit(session, state.settings, admin, [upload], jobs.JobFields())
    runners = [JobRunner(state, worker=name) for name in ("eins", "zwei")]
    threads = [threading.Thread(target=r.run_pending) for r in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ran = runners[0].ran + runners[1].ran
    with state.db.session() as session:
        rows = session.scalars(select(Job)).all()
        assert sorted(ran) == sorted(r.id for r in rows)  # every job, none twice
        assert {(r.status, r.attempts) for r in rows} == {("done", 1)}
        assert sum(r.report["files"]["ok"] for r in rows) == 8
    assert state.services.store.stats().chunks == 8


def test_a_second_process_may_share_the_data_folder_only_with_a_qdrant_server(
    tmp_path: Path,
) -> None:
    from app.compose import build_services
    from search.errors import StoreError

    def settings(store: str) -> Settings:
        return Settings(
            data_dir=tmp_path,
            embedder="hash",
            store=store,  # type: ignore[arg-type]
            qdrant_url="http://127.0.0.1:9",
        )

    first, second = build_services(settings("server")), build_services(settings("server"))
    first.warm_models()
    second.warm_models()  # API processes side by side: no data-folder lock
    first.close()
    second.close()
    edge, other = build_services(settings("edge")), build_services(settings("edge"))
    edge.warm_models()
    with pytest.raises(StoreError) as refused:
        other.warm_models()
    assert refused.value.code == "index_locked"
    edge.close()
    other.close()


def test_a_transcription_shows_in_the_job_until_its_file_is_done(db: Database) -> None:
    from types import SimpleNamespace

    from app.api.schemas_jobs import JobPublic
    from app.services.job_runner import _Progress

    [job_id] = queue(db, 1)
    assert jobs.claim_next(db, "w1") == job_id
    progress = _Progress(SimpleNamespace(db=db), job_id, "w1", total=2)  # type: ignore[arg-type]

    def shown() -> dict[str, object]:
        with db.session() as session:
            return JobPublic.of(session.get(Job, job_id)).model_dump(mode="json")

    progress("transcribe", Path("/share/gespraech.m4a"), 0.4)
    job = shown()
    assert job["current"] == {"file": "gespraech.m4a", "step": "transcribe", "share": 0.4}
    assert job["progress"] == {"done": 0, "total": 2}
    progress("file", Path("/share/gespraech.m4a"), 1.0)  # written at once, though < 0.5 s later
    job = shown()
    assert job["current"] is None and job["progress"] == {"done": 1, "total": 2}
    progress("transcribe", Path("/share/zwei.mp3"), 0.9)
    jobs.finish(db, job_id, "w1", {"files": {}})
    assert shown()["current"] is None
