"""Interview transcripts (WebVTT, SRT, `Name: text`) to one section per speaker turn.

Consecutive cues of one speaker become one turn; the interviewer's turns are kind="question"
so the chunker can keep a question with its answer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.converters.base import build_document, decode_text, read_bytes, split_long
from search.errors import ConversionError
from search.types import Document, DocumentMeta, Section

_TIMING = re.compile(
    r"(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAGS = re.compile(r"</?[^>]+>")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = r"[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]*(?: [\wÄÖÜäöüß.'’-]+){0,3}"
_SPEAKER_LINE = re.compile(
    rf"^\s*(?:[\[(]?(?P<ts>{_TIME})[\])]?\s*[-–]?\s*)?(?P<name>{_NAME})"
    rf"\s*(?:[\[(](?P<ts2>{_TIME})[\])])?\s*:\s+(?P<text>\S.*)$"
)
_CUE_SPEAKER = re.compile(
    rf"^(?:-\s*)?(?:\[(?P<b>{_NAME})\]|(?P<c>{_NAME}):)\s*(?P<text>.+)$", re.S
)
_INTERVIEWER = re.compile(
    r"^(interviewer(in)?|interview|i|hr|personal(abteilung)?|frage(nde[rn]?)?|fragesteller(in)?"
    r"|moderat(or|orin|ion)|host|q|f)\b",
    re.I,
)


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted contribution."""

    speaker: str | None
    text: str
    start: float | None = None


class TranscriptConverter:
    """A .vtt/.srt/`Name: text` transcript to speaker turns (doc_type defaults to "interview").

    >>> doc = TranscriptConverter().run(Path("interview.vtt"), DocumentMeta(), "id1")
    >>> [(s.speaker, s.kind) for s in doc.sections][:2]
    [('Interviewer', 'question'), ('Frau Schmidt', 'turn')]
    """

    extensions: tuple[str, ...] = (".vtt", ".srt")

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        data = read_bytes(path)
        text = decode_text(data, path.name)
        turns = merge_turns(parse_transcript(text, path.suffix.lower()))
        if not turns:
            raise ConversionError(f"{path.name}: keine Sprecherbeiträge gefunden (no cues/turns)")
        interviewer = find_interviewer(turns)
        meta = _interview_meta(meta, turns, interviewer)
        sections = [
            Section(text=piece, speaker=t.speaker, timestamp=t.start, kind=_kind(t, interviewer))
            for t in turns
            for piece in split_long(t.text)
        ]
        return build_document(path, meta, document_id, sections, mime=_mime(path), data=data)


def parse_transcript(text: str, suffix: str) -> list[Turn]:
    if suffix in (".vtt", ".srt") or _TIMING.search(text[:4096]):
        return parse_cues(text)
    return parse_plain(text)


def parse_cues(text: str) -> list[Turn]:
    """WebVTT or SRT cues; the speaker comes from `<v Name>`, `Name:` or `[Name]`."""
    turns: list[Turn] = []
    for block in re.split(r"\n\s*\n", text.replace("\ufeff", "")):
        lines = block.strip().split("\n")
        timing = next((i for i, line in enumerate(lines) if _TIMING.search(line)), None)
        if timing is None:
            continue  # header, NOTE, STYLE or cue without timing
        raw = "\n".join(lines[timing + 1 :]).strip()
        start = parse_timestamp(_TIMING.search(lines[timing]).group("start"))  # type: ignore[union-attr]
        voice = _VOICE.search(raw)
        content = " ".join(_TAGS.sub("", raw).split())
        speaker = voice.group(1).strip() if voice else None
        if speaker is None:
            match = _CUE_SPEAKER.match(content)
            if match:
                speaker = (match.group("b") or match.group("c")).strip()
                content = match.group("text").strip()
        if content:
            turns.append(Turn(speaker, content, start))
    return turns


def parse_plain(text: str) -> list[Turn]:
    """`Name: text` lines, optionally with [hh:mm:ss]; other lines continue the previous turn."""
    turns: list[Turn] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        match = _SPEAKER_LINE.match(line)
        if match:
            stamp = match.group("ts") or match.group("ts2")
            start = parse_timestamp(stamp) if stamp else None
            turns.append(Turn(match.group("name").strip(), match.group("text").strip(), start))
        elif turns:
            turns[-1] = replace(turns[-1], text=f"{turns[-1].text} {line.strip()}")
        else:
            turns.append(Turn(None, line.strip()))
    return turns


def parse_timestamp(stamp: str) -> float:
    """Seconds from "hh:mm:ss.mmm", "mm:ss", "hh:mm:ss,mmm".

    >>> parse_timestamp("01:02:03,5")
    3723.5
    """
    seconds = 0.0
    for part in stamp.replace(",", ".").split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def merge_turns(turns: list[Turn]) -> list[Turn]:
    """Join consecutive turns of the same speaker (keeping the first start time)."""
    merged: list[Turn] = []
    for turn in turns:
        if merged and merged[-1].speaker == turn.speaker:
            merged[-1] = replace(merged[-1], text=f"{merged[-1].text} {turn.text}")
        else:
            merged.append(turn)
    return merged


def find_interviewer(turns: list[Turn]) -> str | None:
    """The interviewer: named like one, else the (first) speaker asking the most questions."""
    speakers = list(dict.fromkeys(t.speaker for t in turns if t.speaker))
    for speaker in speakers:
        if _INTERVIEWER.match(speaker):
            return speaker
    if len(speakers) < 2:
        return None
    ratios = {s: _question_ratio(turns, s) for s in speakers}
    best = max(speakers, key=lambda s: ratios[s])  # max keeps the first on ties
    return best if ratios[best] > 0 else None


def _question_ratio(turns: list[Turn], speaker: str) -> float:
    own = [t for t in turns if t.speaker == speaker]
    return sum("?" in t.text for t in own) / len(own)


def _kind(turn: Turn, interviewer: str | None) -> str:
    return "question" if interviewer is not None and turn.speaker == interviewer else "turn"


def _interview_meta(meta: DocumentMeta, turns: list[Turn], interviewer: str | None) -> DocumentMeta:
    """doc_type "interview" unless set; the expert is who talks most besides the interviewer."""
    if meta.doc_type == DocumentMeta().doc_type:
        meta = replace(meta, doc_type="interview")
    words: Counter[str] = Counter()
    for turn in turns:
        if turn.speaker and turn.speaker != interviewer:
            words[turn.speaker] += len(turn.text.split())
    if meta.expert is None and words:
        meta = replace(meta, expert=words.most_common(1)[0][0])
    return meta


def looks_like_transcript(text: str) -> bool:
    """True when most non-empty lines are `Name: text` turns by at least two recurring speakers."""
    lines = [line for line in text.split("\n")[:400] if line.strip()]
    if len(lines) < 2:
        return False
    names = [m.group("name") for m in map(_SPEAKER_LINE.match, lines) if m]
    counts = Counter(names)
    return len(names) > len(lines) / 2 and len(counts) >= 2 and counts.most_common(1)[0][1] >= 2


def _mime(path: Path) -> str:
    return {".vtt": "text/vtt", ".srt": "application/x-subrip"}.get(
        path.suffix.lower(), "text/plain"
    )
