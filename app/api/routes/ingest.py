"""Uploads into the index: `POST /ingest` queues a job, `GET /jobs/{id}` follows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile

from app.api.deps import AppState, CurrentUser, EditorUser, SessionDep, StateDep, client_address
from app.api.schemas_jobs import JobCreated, JobPublic, JobsPublic
from app.services import jobs
from app.services.job_runner import JobRunner

router = APIRouter(tags=["Einlesen"])


@router.post("/ingest", response_model=JobCreated, status_code=202)
def ingest(
    request: Request,
    state: StateDep,
    session: SessionDep,
    caller: EditorUser,
    files: Annotated[list[UploadFile], File(description="One or many files.")],
    department: Annotated[str, Form(max_length=200)] = "",
    doc_type: Annotated[str, Form(max_length=64)] = "",
    tags: Annotated[str, Form(max_length=2000, description="Comma-separated.")] = "",
    access: Annotated[
        str, Form(max_length=2000, description="Comma-separated groups; empty = public.")
    ] = "",
) -> JobCreated:
    fields = jobs.JobFields(
        department.strip(), doc_type.strip(), jobs.split_list(tags), jobs.split_list(access)
    )
    uploads = [jobs.Upload(f.filename or "", f.file) for f in files]
    job = jobs.submit(session, state.settings, caller, uploads, fields, client_address(request))
    session.commit()  # visible to the runner before it is woken
    runner = state.extras.get("job_runner")
    if runner is not None:
        runner.wake()
    return JobCreated(job_id=job.id)


@router.get("/jobs", response_model=JobsPublic)
def list_jobs(session: SessionDep, caller: CurrentUser) -> JobsPublic:
    return JobsPublic(jobs=[JobPublic.of(j) for j in jobs.list_jobs(session, caller)])


@router.get("/jobs/{job_id}", response_model=JobPublic)
def get_job(job_id: str, session: SessionDep, caller: CurrentUser) -> JobPublic:
    return JobPublic.of(jobs.get_job(session, caller, job_id))


def start_runner(state: AppState) -> Callable[[], None]:
    """The start-up hook: this process's job runner, kept in `state.extras` for `wake()`."""
    runner = JobRunner(state)
    state.extras["job_runner"] = runner
    return runner.start()
