"""Speech to text, offline: PyAV decodes the recording, faster-whisper (CTranslate2) transcribes it.

German, voice-activity filtering (Silero VAD, which ships inside faster-whisper), int8 on the
CPU. The model folder is loaded by path (`ingest/whisper_model.py` assembles it); nothing is
downloaded. One transcription runs at a time per transcriber (CTranslate2 uses every thread it
was given), and `calls` counts them, so a caller can tell a cached transcript from a new one.

>>> transcriber = WhisperTranscriber(Path("models/whisper-base"), threads=2)
>>> audio = decode_recording(Path("gespräch.m4a"), max_seconds=4 * 3600)
>>> [s.text for s in transcriber.transcribe(audio, lambda done, total: None)][:1]
['Guten Tag, ich möchte ein Gewerbe anmelden.']
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from search.errors import ConversionError

if TYPE_CHECKING:
    import numpy as np

SAMPLE_RATE = 16_000  # what Whisper hears
TranscribeProgress = Callable[[float, float], None]  # seconds transcribed, seconds in total


@dataclass(frozen=True)
class Segment:
    """One stretch of speech: start and end in seconds from the start, and its text."""

    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Recording:
    """Decoded audio (mono float32 at 16 kHz) and the file it came from."""

    samples: np.ndarray
    file: str

    @property
    def seconds(self) -> float:
        return len(self.samples) / SAMPLE_RATE


def decode_recording(path: Path, max_seconds: float) -> Recording:
    """The recording as 16 kHz mono; undecodable, silent or longer than `max_seconds`: a
    ConversionError naming the file (the length is checked from the header before decoding)."""
    import av
    import numpy as np

    name = path.name
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise ConversionError("audio_unreadable", file=name, detail="keine Tonspur")
            if container.duration is not None:
                _check_length(container.duration / 1_000_000, max_seconds, name)
            pieces = list(_samples(container, max_seconds, name))
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise ConversionError("audio_unreadable", file=name, detail=_detail(exc)) from exc
    samples = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int16)
    if len(samples) < SAMPLE_RATE // 10:
        raise ConversionError("audio_unreadable", file=name, detail="keine Tonspur lesbar")
    return Recording(samples.astype(np.float32) / 32768.0, name)


def _samples(container: Any, max_seconds: float, name: str) -> Iterator[np.ndarray]:
    """Resampled int16 blocks; stops with `audio_too_long` as soon as the limit is passed."""
    import av

    resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    total = 0
    for frame in container.decode(audio=0):
        for out in resampler.resample(frame):
            block = out.to_ndarray().reshape(-1)
            total += len(block)
            _check_length(total / SAMPLE_RATE, max_seconds, name)
            yield block
    for out in resampler.resample(None):  # flush what the resampler holds back
        yield out.to_ndarray().reshape(-1)


def _check_length(seconds: float, max_seconds: float, name: str) -> None:
    if seconds > max_seconds:
        raise ConversionError(
            "audio_too_long", file=name, length=clock(seconds), limit=clock(max_seconds)
        )


def clock(seconds: float) -> str:
    """h:mm:ss of a length.

    >>> clock(4 * 3600 + 61.4)
    '4:01:01'
    """
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


def _detail(exc: Exception) -> str:
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).strip()


class WhisperTranscriber:
    """faster-whisper over a local CTranslate2 model folder; cheap to build, `warm_up` loads."""

    def __init__(
        self,
        model_dir: Path,
        *,
        threads: int = 2,
        beam_size: int = 5,
        language: str = "de",
        compute_type: str = "int8",
    ) -> None:
        self.model_dir = Path(model_dir)
        self.threads = threads
        self.beam_size = beam_size
        self.language = language
        self.compute_type = compute_type
        self.calls = 0  # transcriptions run (cached transcripts do not count)
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """The model's name, kept with each transcript ("whisper-base")."""
        return self.model_dir.name

    def warm_up(self) -> None:
        """Load the model once, by path, never from a hub."""
        with self._lock:
            if self._model is None:
                self._model = self._load()

    def _load(self) -> Any:
        if not (self.model_dir / "model.bin").is_file():
            raise ConversionError("whisper_model_missing", path=str(self.model_dir))
        from faster_whisper import WhisperModel

        return WhisperModel(
            str(self.model_dir),
            device="cpu",
            compute_type=self.compute_type,
            cpu_threads=self.threads,
            local_files_only=True,
        )

    def transcribe(self, recording: Recording, progress: TranscribeProgress) -> list[Segment]:
        """The speech segments of `recording`, reporting the seconds done after each one."""
        self.warm_up()
        with self._lock:
            self.calls += 1
            found, info = self._model.transcribe(
                recording.samples,
                language=self.language,
                vad_filter=True,
                beam_size=self.beam_size,
                condition_on_previous_text=False,  # one misheard stretch does not run on
            )
            segments = []
            for segment in found:  # a generator: decoding happens while we iterate
                text = " ".join(segment.text.split())
                if text:
                    segments.append(Segment(round(segment.start, 2), round(segment.end, 2), text))
                progress(min(segment.end, info.duration), info.duration)
        return segments
