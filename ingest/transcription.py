"""A recording's transcript: the sidecar beside it, a content-hash cache, or a new transcription.

The transcript is WebVTT and lives next to the recording as `<name>.vtt` (`gespräch.m4a.vtt`),
where a person can correct it; when the sidecar exists it is read instead of transcribing, and
the pipeline's fingerprint covers it, so a corrected sidecar re-indexes the recording. Every
transcript is also cached under the data folder by the recording's sha256 and the model, so the
same audio under another name or path is transcribed once, and read-only shares still work.

>>> whisper = WhisperTranscriber(Path("models/whisper-base"))
>>> transcription = Transcription(whisper, Path("data/transcripts"))
>>> vtt = transcription.transcript(Path("share/gespräch.m4a"), max_seconds=4 * 3600)
>>> transcript_sidecar(Path("share/gespräch.m4a")).read_text() == vtt   # unless read-only
True
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ingest.transcriber import Segment, TranscribeProgress, WhisperTranscriber, decode_recording
from search.errors import ConversionError

AUDIO_EXTENSIONS = (".wav", ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".flac", ".webm")
SIDECAR_SUFFIX = ".vtt"
_NOTE = (
    "NOTE\nAutomatisch transkribiert ({model}). Hier korrigieren, dann die Aufnahme neu "
    "einlesen:\ndiese Datei wird statt einer neuen Transkription gelesen. Einen Sprecher\n"
    "nennt <v Name> vor dem Text, z. B. <v Frau Schmidt> Das Formular …"
)


def transcript_sidecar(path: Path) -> Path:
    """Where the correctable transcript of `path` lives: `gespräch.m4a` → `gespräch.m4a.vtt`."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def is_audio(path: Path) -> bool:
    return path.name.lower().endswith(AUDIO_EXTENSIONS)


def is_transcript_sidecar(path: Path) -> bool:
    """A recording's transcript (`x.m4a.vtt`): read with the recording, never a document itself."""
    name = path.name.lower()
    return name.endswith(SIDECAR_SUFFIX) and name[: -len(SIDECAR_SUFFIX)].endswith(AUDIO_EXTENSIONS)


def render_vtt(segments: Sequence[Segment], model: str) -> str:
    """WebVTT with one cue per segment and a note on how to correct it.

    >>> print(render_vtt([Segment(3.5, 7.25, "Guten Tag.")], "whisper-base"))  # doctest: +ELLIPSIS
    WEBVTT
    <BLANKLINE>
    NOTE
    Automatisch transkribiert (whisper-base)...
    <BLANKLINE>
    00:00:03.500 --> 00:00:07.250
    Guten Tag.
    <BLANKLINE>
    """
    cues = [f"{_stamp(s.start)} --> {_stamp(max(s.end, s.start))}\n{s.text}\n" for s in segments]
    return "\n".join(["WEBVTT\n", _NOTE.format(model=model) + "\n", *cues])


def _stamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_atomic(path: Path, text: str) -> None:
    """Write `text` beside `path` first, then rename: a reader never sees half a transcript."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class Transcription:
    """Transcripts of recordings: sidecar, else cache (sha256 + model), else the transcriber."""

    def __init__(self, transcriber: WhisperTranscriber, cache_dir: Path) -> None:
        self.transcriber = transcriber
        self.cache_dir = Path(cache_dir)

    def warm_up(self) -> None:
        self.transcriber.warm_up()

    def cached(self, sha256: str) -> Path:
        return self.cache_dir / sha256[:2] / f"{sha256}.{self.transcriber.name}{SIDECAR_SUFFIX}"

    def transcript(
        self, path: Path, max_seconds: float, progress: TranscribeProgress | None = None
    ) -> str:
        """The WebVTT of `path` from the cache or a new transcription; the sidecar is written
        beside `path` when its folder allows (read-only shares keep only the cached copy)."""
        cache = self.cached(file_sha256(path))
        try:
            text = cache.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = self._transcribe(path, max_seconds, progress or (lambda done, total: None))
            cache.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(cache, text)
        with contextlib.suppress(OSError):  # a read-only share: the cache keeps the transcript
            write_atomic(transcript_sidecar(path), text)
        return text

    def _transcribe(self, path: Path, max_seconds: float, progress: TranscribeProgress) -> str:
        recording = decode_recording(path, max_seconds)
        try:
            segments = self.transcriber.transcribe(recording, progress)
        except ConversionError as exc:  # the model's own errors know no file
            exc.params.setdefault("file", path.name)
            raise
        if not segments:
            raise ConversionError("audio_no_speech", file=path.name)
        return render_vtt(segments, self.transcriber.name)
