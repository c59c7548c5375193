"""Interviews: hr plans and moves them through the status flow; the expert sees, answers and
confirms their own; everyone else is told they do not exist (404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, UploadFile

from app.api.deps import CurrentUser, HrUser, RowId, SessionDep, StateDep
from app.api.schemas_interviews import (
    AnswersUpdate,
    InterviewCreate,
    InterviewPublic,
    InterviewsPublic,
    InterviewSummary,
    Status,
    StatusUpdate,
    TranscriptPublic,
)
from app.services import answers, interviews, transcripts
from app.services.jobs import Upload

router = APIRouter(tags=["Wissen sichern"])


@router.post("/interviews", response_model=InterviewPublic, status_code=201)
def plan_interview(body: InterviewCreate, session: SessionDep, caller: HrUser) -> InterviewPublic:
    """A planned interview with the questions of the guide's current version."""
    interview = interviews.plan_interview(
        session,
        caller,
        body.person_id,
        body.guide_id,
        body.title,
        body.scheduled_for,
        body.interviewer,
    )
    return InterviewPublic.of(interview, caller)


@router.get("/interviews", response_model=InterviewsPublic)
def list_interviews(
    session: SessionDep,
    caller: CurrentUser,
    person_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    status: Annotated[Status | None, Query()] = None,
) -> InterviewsPublic:
    """All interviews for hr, one's own for an expert."""
    found = interviews.list_interviews(session, caller, person_id, status)
    return InterviewsPublic(interviews=[InterviewSummary.of(i) for i in found])


@router.get("/interviews/{interview_id}", response_model=InterviewPublic)
def get_interview(interview_id: RowId, session: SessionDep, caller: CurrentUser) -> InterviewPublic:
    return InterviewPublic.of(interviews.visible_interview(session, caller, interview_id), caller)


@router.put("/interviews/{interview_id}/answers", response_model=InterviewPublic)
def save_answers(
    interview_id: RowId,
    body: AnswersUpdate,
    state: StateDep,
    session: SessionDep,
    caller: CurrentUser,
) -> InterviewPublic:
    """Replace the parts of each question named; questions not named stay as they are."""
    entries = [
        answers.AnswerEntry(
            a.question_id, a.text, a.part, None if a.area_ids is None else tuple(a.area_ids)
        )
        for a in body.answers
    ]
    interview = answers.save_answers(state, session, caller, interview_id, entries)
    return InterviewPublic.of(interview, caller)


@router.post("/interviews/{interview_id}/transcript", response_model=TranscriptPublic)
def attach_transcript(
    interview_id: RowId,
    state: StateDep,
    session: SessionDep,
    caller: CurrentUser,
    file: Annotated[UploadFile, File(description="WebVTT, SRT, Word, text, …")],
) -> TranscriptPublic:
    """Attach a transcript and pre-fill the answers still empty from the expert's turns."""
    upload = Upload(file.filename or "", file.file)
    analyze = state.services.sparse.analyze
    result = transcripts.attach_transcript(state, session, caller, interview_id, upload, analyze)
    interview = interviews.visible_interview(session, caller, interview_id)
    return TranscriptPublic.of(result, interview, caller)


@router.post("/interviews/{interview_id}/confirm", response_model=InterviewPublic)
def confirm(interview_id: RowId, session: SessionDep, caller: CurrentUser) -> InterviewPublic:
    """The expert confirms the interview (hr or an admin on their behalf, recorded so)."""
    return InterviewPublic.of(interviews.confirm(session, caller, interview_id), caller)


@router.post("/interviews/{interview_id}/status", response_model=InterviewPublic)
def change_status(
    interview_id: RowId,
    body: StatusUpdate,
    state: StateDep,
    session: SessionDep,
    caller: CurrentUser,
) -> InterviewPublic:
    """One step of geplant → geführt → in Prüfung → freigegeben → veröffentlicht
    (→ zurückgezogen); anything else is refused with 409."""
    interview = interviews.change_status(
        state, session, caller, interview_id, body.status, body.access, body.note
    )
    return InterviewPublic.of(interview, caller)
