"""Request and response models of the interview routes; never an ORM object."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.api.schemas_capture import NO_NUL, Id, Short
from app.db.capture_models import Interview
from app.services.auth import Caller
from app.services.interviews import EDITABLE, filled_answers, is_expert
from app.services.people import relation
from app.services.transcripts import TranscriptResult

Status = Literal[
    "geplant", "geführt", "in Prüfung", "freigegeben", "veröffentlicht", "zurückgezogen"
]
GroupName = Annotated[str, Field(min_length=1, max_length=64, pattern=NO_NUL)]


class InterviewCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"person_id": 3, "guide_id": 1, "scheduled_for": "2027-01-12"}]
        }
    )
    person_id: Id
    guide_id: Id | None = Field(None, description="Empty: the default guide.")
    title: str = Field("", max_length=300, pattern=NO_NUL)
    scheduled_for: date | None = None
    interviewer: Short = ""


class AnswerIn(BaseModel):
    question_id: Id
    text: str = Field(max_length=50_000, pattern=NO_NUL, description="Empty removes the part.")
    part: int | None = Field(
        None, ge=0, le=999, description="Knowledge item of a split answer; default: its order."
    )
    area_ids: list[Id] | None = Field(None, max_length=50, description="Omitted: kept.")


class AnswersUpdate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "answers": [
                        {"question_id": 12, "text": "Bis 15.3.: Meldung an das Land.", "part": 0},
                        {
                            "question_id": 12,
                            "text": "Bis 30.6.: Kreisumlage.",
                            "part": 1,
                            "area_ids": [4],
                        },
                    ]
                }
            ]
        }
    )
    answers: list[AnswerIn] = Field(max_length=500)


class StatusUpdate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "freigegeben", "access": ["kaemmerei"]}]}
    )
    status: Status
    access: list[GroupName] | None = Field(
        None, max_length=50, description="At release (and publishing): groups; [] = public."
    )
    note: str = Field("", max_length=2000, pattern=NO_NUL)


class PersonRef(BaseModel):
    id: int
    name: str
    department: str | None


class GuideRef(BaseModel):
    id: int
    name: str
    version: int
    version_id: int


class QuestionPublic(BaseModel):
    id: int
    position: int
    key: str
    text: str
    hint: str
    horizon: str


class AnswerPublic(BaseModel):
    id: int
    question_id: int
    part: int
    text: str
    area_ids: list[int]
    updated_by: str
    updated_at: datetime
    document_id: str | None = Field(description="The searchable document when published.")


class StatusChangePublic(BaseModel):
    from_status: str
    to_status: str
    by: str
    at: datetime
    note: str


class ConfirmationPublic(BaseModel):
    at: datetime
    by: str
    on_behalf: bool = Field(description="Confirmed by hr or an admin for the expert.")


class TranscriptInfo(BaseModel):
    name: str
    sha256: str | None


def _refs(interview: Interview) -> dict[str, object]:
    version = interview.guide_version
    person = interview.person
    return {
        "id": interview.id,
        "status": interview.status,
        "title": interview.title,
        "person": PersonRef(id=person.id, name=person.name, department=person.department),
        "guide": GuideRef(
            id=version.guide_id,
            name=version.guide.name,
            version=version.version,
            version_id=version.id,
        ),
        "scheduled_for": interview.scheduled_for,
        "interviewer": interview.interviewer,
        "updated_at": interview.updated_at,
    }


class InterviewSummary(BaseModel):
    id: int
    status: str
    title: str
    person: PersonRef
    guide: GuideRef
    scheduled_for: date | None
    interviewer: str
    updated_at: datetime
    answered: int = Field(description="Questions with an answer.")
    questions_total: int
    confirmed: bool

    @classmethod
    def of(cls, interview: Interview) -> InterviewSummary:
        answered = {a.question_id for a in filled_answers(interview)}
        return cls(
            **_refs(interview),  # type: ignore[arg-type]
            answered=len(answered),
            questions_total=len(interview.questions),
            confirmed=interview.confirmed_at is not None,
        )


class InterviewsPublic(BaseModel):
    interviews: list[InterviewSummary]


class InterviewPublic(BaseModel):
    id: int
    status: str
    title: str
    person: PersonRef
    guide: GuideRef
    scheduled_for: date | None
    interviewer: str
    updated_at: datetime
    questions: list[QuestionPublic]
    answers: list[AnswerPublic]
    history: list[StatusChangePublic]
    confirmation: ConfirmationPublic | None
    transcript: TranscriptInfo | None
    access: list[str] = Field(description="Groups chosen at release; [] = public.")
    editable: bool

    @classmethod
    def of(cls, interview: Interview, caller: Caller) -> InterviewPublic:
        confirmation = None
        if interview.confirmed_at is not None:
            by = interview.confirmed_by
            expert = interview.person.user
            on_behalf = expert is None or expert.username != by
            confirmation = ConfirmationPublic(at=interview.confirmed_at, by=by, on_behalf=on_behalf)
        transcript = None
        if interview.transcript_path:
            transcript = TranscriptInfo(
                name=interview.transcript_name, sha256=interview.transcript_sha256
            )
        return cls(
            **_refs(interview),  # type: ignore[arg-type]
            questions=[
                QuestionPublic(
                    id=q.id,
                    position=q.position,
                    key=q.key,
                    text=q.text,
                    hint=q.hint,
                    horizon=q.horizon,
                )
                for q in interview.questions
            ],
            answers=[
                AnswerPublic(
                    id=a.id,
                    question_id=a.question_id,
                    part=a.part,
                    text=a.text,
                    area_ids=[x.id for x in a.areas],
                    updated_by=a.updated_by,
                    updated_at=a.updated_at,
                    document_id=a.document_id,
                )
                for a in filled_answers(interview)
            ],
            history=[
                StatusChangePublic(
                    from_status=c.from_status,
                    to_status=c.to_status,
                    by=c.username,
                    at=c.at,
                    note=c.note,
                )
                for c in interview.changes
            ],
            confirmation=confirmation,
            transcript=transcript,
            access=list(interview.access_groups or []),
            editable=interview.status in EDITABLE
            and (relation(caller, interview.person) == "manager" or is_expert(caller, interview)),
        )


class MatchPublic(BaseModel):
    question_id: int
    start: float | None = Field(description="Seconds into the recording, when known.")
    score: float


class TranscriptPublic(BaseModel):
    name: str
    sha256: str
    size: int
    turns: int
    speakers: list[str]
    interviewer: str | None
    matched: list[MatchPublic] = Field(description="Guide questions found in the transcript.")
    filled: list[int] = Field(description="Question ids whose empty answers were pre-filled.")
    interview: InterviewPublic

    @classmethod
    def of(cls, result: TranscriptResult, interview: Interview, caller: Caller) -> TranscriptPublic:
        return cls(
            name=result.name,
            sha256=result.sha256,
            size=result.size,
            turns=result.turns,
            speakers=list(result.speakers),
            interviewer=result.interviewer,
            matched=[
                MatchPublic(question_id=m.question_id, start=m.start, score=m.score)
                for m in result.matches
            ],
            filled=list(result.filled),
            interview=InterviewPublic.of(interview, caller),
        )
