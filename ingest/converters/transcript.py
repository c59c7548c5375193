"""Interview transcripts (WebVTT, SRT, `Name: text`) to one section per speaker turn.

Consecutive cues of one speaker become one turn; the interviewer's turns are kind="question"
so the chunker can keep a question with its answer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ingest.converters.base import (
    BudgetedConverter,
    build_document,
    count_chars,
    decode_text,
    read_bytes,
    split_long,
)
from ingest.converters.speakers import (
    NAME,
    Turn,
    find_interviewer,
    interview_meta,
    parse_timestamp,
    speaker_line,
    turn_kind,
)
from search.errors import ConversionError
from search.types import Document, DocumentMeta, Section

__all__ = [
    "TranscriptConverter",
    "Turn",
    "find_interviewer",
    "looks_like_transcript",
    "merge_turns",
    "parse_cues",
    "parse_plain",
    "parse_timestamp",
]

_TIMING = re.compile(
    r"(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAGS = re.compile(r"</?[^>]+>")
_CUE_SPEAKER = re.compile(rf"^(?:-\s*)?(?:\[(?P<b>{NAME})\]|(?P<c>{NAME}):)\s*(?P<text>.+)$", re.S)


class TranscriptConverter(BudgetedConverter):
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
            raise ConversionError("transcript_no_turns", file=path.name)
        chars = 0
        for turn in turns:
            chars = count_chars(chars, turn.text, self.budgets.max_chars)
        interviewer = find_interviewer(turns)
        meta = interview_meta(meta, turns, interviewer)
        sections = [
            Section(text=piece, speaker=t.speaker, timestamp=t.start, kind=kind)
            for t in turns
            for kind in [turn_kind(t.speaker, interviewer)]
            for piece in split_long(t.text)
        ]
        return build_document(path, meta, document_id, sections)


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
        turn = speaker_line(line)
        if turn is not None:
            turns.append(turn)
        elif turns:
            turns[-1] = replace(turns[-1], text=f"{turns[-1].text} {line.strip()}")
        else:
            turns.append(Turn(None, line.strip()))
    return turns


def merge_turns(turns: list[Turn]) -> list[Turn]:
    """Join consecutive turns of the same speaker (keeping the first start time)."""
    merged: list[Turn] = []
    for turn in turns:
        if merged and merged[-1].speaker == turn.speaker:
            merged[-1] = replace(merged[-1], text=f"{merged[-1].text} {turn.text}")
        else:
            merged.append(turn)
    return merged


def looks_like_transcript(text: str) -> bool:
    """True when most non-empty lines are `Name: text` turns by at least two recurring speakers."""
    lines = [line for line in text.split("\n")[:400] if line.strip()]
    if len(lines) < 2:
        return False
    names = [t.speaker for t in map(speaker_line, lines) if t is not None]
    counts = Counter(names)
    return len(names) > len(lines) / 2 and len(counts) >= 2 and counts.most_common(1)[0][1] >= 2
