"""Request and response models of the ingestion routes (POST /ingest, GET /jobs)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.db.models import Job

JobStatus = Literal["queued", "running", "done", "failed"]


class JobCreated(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"job_id": "3f2a9c…"}]})
    job_id: str


class JobProgress(BaseModel):
    done: int
    total: int


class JobActivity(BaseModel):
    """What a running job does inside its current file: a recording being transcribed."""

    file: str
    step: str = Field(description='"transcribe"')
    share: float = Field(ge=0, le=1, description="The part of the file done, 0-1.")


class JobPublic(BaseModel):
    """A job's state; `report` is the CLI's ingest JSON once the job is done (or failed)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "3f2a9c…",
                    "status": "done",
                    "progress": {"done": 2, "total": 2},
                    "report": {
                        "files": {
                            "ok": 1,
                            "unchanged": 0,
                            "skipped": [],
                            "failed": [
                                {
                                    "path": "scan.pdf",
                                    "reason": "Inhalt passt nicht zur Endung .pdf: erkannt "
                                    "wurde exe",
                                    "code": "upload_type_mismatch",
                                }
                            ],
                            "kept": [],
                            "warnings": [],
                        },
                        "chunks": {"added": 7, "removed": 0},
                        "seconds": 0.4,
                    },
                    "error": None,
                }
            ]
        }
    )
    id: str
    status: JobStatus
    progress: JobProgress
    current: JobActivity | None = Field(
        default=None, description="Inside the current file (a transcription), while running."
    )
    report: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None
    files: list[str] = Field(default_factory=list, description="The accepted files' names.")
    created_at: datetime
    finished_at: datetime | None = None

    @classmethod
    def of(cls, job: Job) -> JobPublic:
        return cls(
            id=job.id,
            status=job.status,  # type: ignore[arg-type]
            progress=JobProgress(done=job.done, total=job.total),
            current=JobActivity(**job.activity) if job.activity else None,
            report=job.report or {},
            error=job.error,
            files=[f["name"] for f in job.files],
            created_at=job.created_at,
            finished_at=job.finished_at,
        )


class JobsPublic(BaseModel):
    jobs: list[JobPublic]
