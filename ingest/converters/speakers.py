"""Speaker turns shared by transcript formats: `Name: text` prefixes, interviewer, interview meta.

Plain-text and subtitle transcripts (transcript.py) and Word interviews (office.py) both read
"Sandra Kühn: Wie lange sind Sie schon hier?" the same way, so their sections look alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from search.types import DocumentMeta

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
NAME = r"[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]*(?: [\wÄÖÜäöüß.'’-]+){0,3}"
_CAPITAL = r"[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*\.?"
_PARTICLES = r"(?:(?:von|van|de|der|den|zu|zur|vom|ten|ter) )*"
_TITLES = r"(?:(?:Frau|Herr|Hr\.|Fr\.|Dr\.|Prof\.) ){0,3}"
STRICT_NAME = rf"{_TITLES}{_CAPITAL}(?: {_PARTICLES}{_CAPITAL}){{0,3}}"


def _prefix(name: str) -> re.Pattern[str]:
    """`[hh:mm:ss] Name:` or `Name (hh:mm):` up to the whitespace after the colon."""
    return re.compile(
        rf"^\s*(?:[\[(]?(?P<ts>{_TIME})[\])]?\s*[-–]?\s*)?(?P<name>{name})"
        rf"\s*(?:[\[(](?P<ts2>{_TIME})[\])])?\s*:\s+"
    )


_LOOSE_PREFIX = _prefix(NAME)
_STRICT_PREFIX = _prefix(STRICT_NAME)
_INTERVIEWER = re.compile(
    r"^(interviewer(in)?|interview|i|hr|personal(abteilung)?|frage(nde[rn]?)?|fragesteller(in)?"
    r"|moderat(or|orin|ion)|host|q|f)\b",
    re.I,
)
MIN_TURNS = 6  # fewer `Name:` paragraphs than this never make a document a transcript
MIN_SHARE = 0.6  # share of paragraphs that must carry a speaker prefix


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted contribution."""

    speaker: str | None
    text: str
    start: float | None = None


def speaker_line(text: str, *, strict: bool = False) -> Turn | None:
    """The turn of a `Name: text` line, or None; `strict` wants 1-4 capitalised words (+ title).

    >>> speaker_line("[00:01:05] Frau Dr. Meier: Ja, genau.")
    Turn(speaker='Frau Dr. Meier', text='Ja, genau.', start=65.0)
    >>> speaker_line("Baulasten vor 1995: Karteikarten prüfen", strict=True) is None
    True
    """
    match = (_STRICT_PREFIX if strict else _LOOSE_PREFIX).match(text)
    if match is None:
        return None
    rest = text[match.end() :].strip()
    if not rest:
        return None
    stamp = match.group("ts") or match.group("ts2")
    return Turn(match.group("name").strip(), rest, parse_timestamp(stamp) if stamp else None)


def parse_timestamp(stamp: str) -> float:
    """Seconds from "hh:mm:ss.mmm", "mm:ss", "hh:mm:ss,mmm".

    >>> parse_timestamp("01:02:03,5")
    3723.5
    """
    seconds = 0.0
    for part in stamp.replace(",", ".").split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def transcript_turns(paragraphs: Sequence[str]) -> list[Turn]:
    """The speaker turns when a body of paragraphs reads as a transcript, else [].

    A transcript: at least MIN_TURNS paragraphs, and MIN_SHARE of all, start with a strict
    `Name:` prefix, and at least two speakers speak more than once (so "Hinweis:" or a form's
    "Frist: ...", "Gebühr: ..." labels do not count).
    """
    turns = [t for t in (speaker_line(p, strict=True) for p in paragraphs) if t is not None]
    counts = Counter(t.speaker for t in turns)
    recurring = sum(1 for count in counts.values() if count >= 2)
    enough = len(turns) >= MIN_TURNS and len(turns) >= MIN_SHARE * len(paragraphs)
    return turns if enough and recurring >= 2 else []


def find_interviewer(turns: Sequence[Turn]) -> str | None:
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


def _question_ratio(turns: Sequence[Turn], speaker: str) -> float:
    own = [t for t in turns if t.speaker == speaker]
    return sum("?" in t.text for t in own) / len(own)


def turn_kind(speaker: str | None, interviewer: str | None) -> str:
    """ "question" for the interviewer's turns, "turn" for everyone else's."""
    return "question" if interviewer is not None and speaker == interviewer else "turn"


def interview_meta(
    meta: DocumentMeta, turns: Sequence[Turn], interviewer: str | None
) -> DocumentMeta:
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
