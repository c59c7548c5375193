"""Recordings (wav, mp3, m4a, ogg, opus, flac, webm) to speaker turns with start times.

The transcript comes from the sidecar beside the recording when there is one (a person may have
corrected it), else from `Transcription` (cache or faster-whisper); it is read exactly as a
WebVTT file is, so hits cite "ab 03:12". Whisper names no speakers: consecutive unnamed cues
become passages of at most ~30 s, each its own chunk, so the cited time is never far from the
hit; cues a person gave a voice (`<v Frau Schmidt>`) merge into turns as in any transcript.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ingest.budgets import DEFAULT_BUDGETS, Budgets
from ingest.converters.base import (
    BudgetedConverter,
    build_document,
    count_chars,
    decode_text,
    read_bytes,
    split_long,
)
from ingest.converters.speakers import Turn, find_interviewer, interview_meta, turn_kind
from ingest.converters.transcript import parse_cues
from ingest.metadata import is_existing_file
from ingest.transcriber import TranscribeProgress
from ingest.transcription import AUDIO_EXTENSIONS, Transcription, transcript_sidecar
from search.errors import ConversionError
from search.types import Document, DocumentMeta, Section

PASSAGE_SECONDS = 30.0  # an unnamed passage spans at most this much of the recording
PASSAGE_CHARS = 600  # … and about this much text (one chunk of 256 tokens)


class AudioConverter(BudgetedConverter):
    """A recording to timed turns through its transcript.

    >>> converter = AudioConverter(Budgets(), transcription)
    >>> doc = converter.run(Path("gespräch.m4a"), DocumentMeta(), "id1")
    >>> doc.sections[1].timestamp, doc.sections[1].speaker
    (31.2, None)
    """

    extensions: tuple[str, ...] = AUDIO_EXTENSIONS

    def __init__(
        self,
        budgets: Budgets = DEFAULT_BUDGETS,
        transcription: Transcription | None = None,
        progress: TranscribeProgress | None = None,
    ) -> None:
        super().__init__(budgets)
        self.transcription = transcription
        self.progress = progress

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        turns = passages(parse_cues(self._transcript(path)))
        if not turns:
            raise ConversionError("transcript_no_turns", file=path.name)
        chars = 0
        for turn in turns:
            chars = count_chars(chars, turn.text, self.budgets.max_chars)
        interviewer = find_interviewer(turns)
        sections = [
            Section(text=piece, speaker=t.speaker, timestamp=t.start, kind=kind)
            for t in turns
            for kind in [turn_kind(t.speaker, interviewer)]
            for piece in split_long(t.text)
        ]
        return build_document(path, interview_meta(meta, turns, interviewer), document_id, sections)

    def _transcript(self, path: Path) -> str:
        """The sidecar's text when there is one, else the transcription's (cached or new)."""
        sidecar = transcript_sidecar(path)
        if is_existing_file(sidecar):
            return decode_text(read_bytes(sidecar), sidecar.name)
        if self.transcription is None:
            raise ConversionError("audio_unavailable", file=path.name, sidecar=sidecar.name)
        return self.transcription.transcript(path, self.budgets.max_audio_seconds, self.progress)


def passages(cues: list[Turn]) -> list[Turn]:
    """Named cues merged per speaker turn; unnamed ones joined into short timed passages.

    >>> cues = [Turn(None, "Eins.", 0.0), Turn(None, "Zwei.", 4.0), Turn(None, "Drei.", 40)]
    >>> [(t.text, t.start) for t in passages(cues)]
    [('Eins. Zwei.', 0.0), ('Drei.', 40)]
    """
    merged: list[Turn] = []
    for cue in cues:
        last = merged[-1] if merged else None
        if last is not None and last.speaker == cue.speaker and _joins(last, cue):
            merged[-1] = replace(last, text=f"{last.text} {cue.text}")
        else:
            merged.append(cue)
    return merged


def _joins(last: Turn, cue: Turn) -> bool:
    if last.speaker is not None:
        return True
    span = (cue.start or 0.0) - (last.start or 0.0)
    return span < PASSAGE_SECONDS and len(last.text) + len(cue.text) < PASSAGE_CHARS
