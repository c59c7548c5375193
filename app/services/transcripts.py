"""A transcript attached to an interview: an untrusted upload, checked, stored, converted, and
used to pre-fill the answers nobody has typed yet.

The upload goes the way every upload goes (safe name, size limit, content sniffing, the
content-addressed store of originals); the ingestion pipeline's converters read it (WebVTT, SRT,
Word, text, and whatever else they learn, recordings once they transcribe). The interviewer's
turns are matched to the guide's questions by shared terms (the German analyzer: stems and
compound parts) or by wording (difflib); the expert's turns that follow become the answer.

>>> found = attach_transcript(state, session, caller, interview_id, Upload("gespräch.vtt", f))
>>> found.filled                     # question ids whose empty answers were pre-filled
[12, 13, 15]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.capture_models import Interview, InterviewAnswer, InterviewQuestion
from app.db.models import DocumentRecord, utcnow
from app.services import audit, publishing
from app.services.auth import Caller
from app.services.interviews import PUBLISHED, editable_interview, filled_answers
from app.services.jobs import Upload
from app.services.originals import OriginalStore
from app.services.publishing import CaptureState
from app.services.uploads import stage_upload
from search.errors import ConversionError
from search.types import Document

MIN_SCORE = 0.5  # below this an interviewer's turn is a follow-up, not a new guide question
Analyze = Callable[[str], list[str]]


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted contribution; `asks` for the interviewer's turns."""

    speaker: str | None
    text: str
    start: float | None
    asks: bool


@dataclass(frozen=True)
class Match:
    """Where in the transcript a guide question was asked, and how sure the match is."""

    question_id: int
    start: float | None
    score: float
    answer: str


@dataclass(frozen=True)
class TranscriptResult:
    name: str
    sha256: str
    size: int
    turns: int
    speakers: tuple[str, ...]
    interviewer: str | None
    matches: tuple[Match, ...] = ()
    filled: tuple[int, ...] = field(default=())


def turns_of(document: Document) -> list[Turn]:
    """The converted sections as turns: pieces of one long turn joined again."""
    turns: list[Turn] = []
    for section in document.sections:
        if section.speaker is None:
            continue
        asks = section.kind == "question"
        last = turns[-1] if turns else None
        if last is not None and last.speaker == section.speaker:
            turns[-1] = Turn(last.speaker, f"{last.text} {section.text}", last.start, last.asks)
        else:
            turns.append(Turn(section.speaker, section.text, section.timestamp, asks))
    return turns


def similarity(turn: str, question: str, analyze: Analyze) -> float:
    """How much the interviewer's turn asks the guide's question, 0-1: the share of the turn's
    terms the question has (at least two shared unless the turn has one), or difflib's ratio.

    >>> similarity("Welche Fristen haben Sie im Blick?", "Welche Fristen haben Sie?", str.split)
    0.847
    """
    asked, terms = set(analyze(turn)), set(analyze(question))
    shared = asked & terms
    overlap = len(shared) / len(asked) if asked and len(shared) >= min(2, len(asked)) else 0.0
    ratio = SequenceMatcher(None, turn.casefold(), question.casefold()).ratio()
    return round(max(overlap, ratio), 3)


def match_questions(
    turns: Sequence[Turn], questions: Sequence[InterviewQuestion], analyze: Analyze
) -> list[Match]:
    """Each guide question asked, with the expert's turns up to the next guide question; a
    question asked twice gathers both answers. Follow-ups (no question matches) stay with the
    question before them."""
    answers: dict[int, list[str]] = {}
    found: dict[int, tuple[float | None, float]] = {}
    current: int | None = None
    for turn in turns:
        if turn.asks:
            scored = [
                (similarity(turn.text, q.text, analyze), -q.position, q.id) for q in questions
            ]
            score, _, question_id = max(scored, default=(0.0, 0, 0))
            if score >= MIN_SCORE:
                current = question_id
                found.setdefault(question_id, (turn.start, score))
            continue
        if current is not None:
            answers.setdefault(current, []).append(turn.text)
    return [
        Match(q, found[q][0], found[q][1], "\n\n".join(answers[q])) for q in found if q in answers
    ]


def _stored_relative(state: CaptureState, path: Path) -> str:
    return path.relative_to(state.settings.data_dir.resolve()).as_posix()


def _referenced(session: Session, relative: str, interview_id: int) -> bool:
    """Whether another interview or a document still uses the stored original."""
    others = session.scalar(
        select(func.count())
        .select_from(Interview)
        .where(Interview.transcript_path == relative, Interview.id != interview_id)
    )
    documents = session.scalar(
        select(func.count())
        .select_from(DocumentRecord)
        .where(DocumentRecord.original_path == relative)
    )
    return bool(others or documents)


def _convert(state: CaptureState, path: Path) -> Document:
    return state.services.source().convert(path, "transcript", {}, os.path.realpath(path))


def _store(
    state: CaptureState, session: Session, interview: Interview, upload: Upload
) -> tuple[Path, Document, int, str]:
    """Stage, store and convert the upload; a file the converters refuse is not kept."""
    settings = state.settings
    staged = stage_upload(
        upload.file, upload.filename, settings.uploads_path, settings.max_upload_bytes
    )
    store = OriginalStore(settings.originals_path)
    path = store.put(staged)
    try:
        document = _convert(state, path)
    except ConversionError:
        if not _referenced(session, _stored_relative(state, path), interview.id):
            store.remove(path)
        raise
    return path, document, staged.size, staged.sha256


def _prefill(interview: Interview, matches: Sequence[Match], who: str) -> list[int]:
    """Fill the questions with no answer yet; what someone typed is never overwritten."""
    answered = {a.question_id for a in filled_answers(interview)}
    filled = []
    for match in matches:
        if match.question_id in answered or not match.answer.strip():
            continue
        row = next((a for a in interview.answers if a.question_id == match.question_id), None)
        if row is None:
            row = InterviewAnswer(question_id=match.question_id, part=0)
            interview.answers.append(row)
        row.text, row.updated_by, row.updated_at = match.answer.strip(), who, utcnow()
        filled.append(match.question_id)
    return filled


def attach_transcript(
    state: CaptureState,
    session: Session,
    caller: Caller,
    interview_id: int,
    upload: Upload,
    analyze: Analyze,
) -> TranscriptResult:
    """Store the transcript on the interview and pre-fill its empty answers from it."""
    interview = editable_interview(session, caller, interview_id, lock=False)
    path, document, size, sha256 = _store(state, session, interview, upload)
    # converting may take long (a recording): the row is locked only for the change itself
    interview = editable_interview(session, caller, interview_id)
    turns = turns_of(document)
    matches = match_questions(turns, interview.questions, analyze)
    filled = _prefill(interview, matches, caller.username)
    changed = interview.transcript_sha256 != sha256
    if (filled or changed) and interview.status != PUBLISHED:
        interview.confirmed_at, interview.confirmed_by = None, ""
    interview.transcript_path = _stored_relative(state, path)
    interview.transcript_name = path.name
    interview.transcript_sha256 = sha256
    interview.updated_at = utcnow()
    session.flush()
    speakers = tuple(dict.fromkeys(t.speaker for t in turns if t.speaker))
    interviewer = next((t.speaker for t in turns if t.asks), None)
    detail = {"name": path.name, "sha256": sha256, "turns": len(turns), "filled": filled}
    audit.record(session, caller, "interview_transcript", f"interview:{interview.id}", detail)
    if interview.status == PUBLISHED:
        publishing.publish(state, session, interview, caller)
    return TranscriptResult(
        path.name, sha256, size, len(turns), speakers, interviewer, tuple(matches), tuple(filled)
    )
