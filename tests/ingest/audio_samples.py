"""German speech for the audio tests: espeak-ng speaks, PyAV encodes (mp3, m4a, ogg, flac)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

import numpy as np

RATE = 22_050  # espeak-ng's own sample rate
CODECS = {".mp3": ("mp3", "libmp3lame"), ".m4a": ("ipod", "aac"), ".ogg": ("ogg", "libopus"),
          ".flac": ("flac", "flac")}  # fmt: skip


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def speak(text: str, speed: int = 120) -> np.ndarray:
    """`text` spoken by espeak-ng's German voice, as int16 samples at RATE."""
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "speech.wav"
        subprocess.run(
            ["espeak-ng", "-v", "de", "-s", str(speed), "-w", str(wav), text],
            check=True,
            capture_output=True,
        )
        with wave.open(str(wav)) as handle:
            return np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16)


def recording(parts: Sequence[str | float]) -> np.ndarray:
    """Speech for each str, silence of that many seconds for each float, one after another."""
    pieces = [speak(p) if isinstance(p, str) else np.zeros(int(p * RATE), np.int16) for p in parts]
    return np.concatenate(pieces)


def write_wav(path: Path, samples: np.ndarray) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(samples.tobytes())
    return path


def write_encoded(path: Path, samples: np.ndarray) -> Path:
    """`samples` compressed by PyAV in the format the suffix names (mp3, m4a, ogg/opus, flac)."""
    import av

    container_format, codec = CODECS[path.suffix]
    rate = 48_000 if codec == "libopus" else RATE  # Opus only takes 8, 12, 16, 24 or 48 kHz
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w", format=container_format) as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")  # type: ignore[call-overload]
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = RATE
        resampler = av.AudioResampler(format=stream.format, layout="mono", rate=rate)
        for piece in [*resampler.resample(frame), *resampler.resample(None)]:
            out.mux(stream.encode(piece))
        out.mux(stream.encode(None))
    return path
