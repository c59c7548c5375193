"""`make bench`, scans and recordings: OCR seconds per A4 page, transcription × real time.

Both inputs are made here, so the numbers need no sample files: an A4 page of German text at
300 dpi (the way a scanner delivers it) read by Tesseract, and ~45 s of German speech from
espeak-ng transcribed by the product's Whisper model (base by default, AMTSWISSEN_WHISPER_MODEL).
`python -m eval.bench_media` runs only this part and merges it into eval/results/bench.json.

>>> media = media_speed(Settings(), pages=3, rounds=2)
>>> media["transcription"]["x_real_time"], media["ocr"]["seconds_per_page"]  # doctest: +SKIP
(9.8, 1.9)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

from app.compose import build_transcription
from app.model_files import ensure_whisper_model
from app.settings import Settings
from ingest.budgets import Budgets
from ingest.transcriber import decode_recording

PAGE_TEXT = (
    "Dienstanweisung zur Annahme von Gewerbeanmeldungen im Bürgerbüro. Die Anmeldung wird "
    "auf dem amtlichen Vordruck entgegengenommen; der Personalausweis ist vorzulegen. Bei "
    "erlaubnispflichtigen Gewerben prüft das Ordnungsamt die Unterlagen vor der Eintragung. "
    "Die Gebühr richtet sich nach der Verwaltungskostensatzung in der geltenden Fassung."
)
SPEECH = (
    "Guten Tag, heute sprechen wir über die Gewerbeanmeldung im Bürgerbüro. "
    "Wer ein Gewerbe anmelden möchte, füllt das Formular aus und bringt seinen Ausweis mit. "
    "Die Gebühr beträgt zwanzig Euro und wird sofort bezahlt. "
    "Für erlaubnispflichtige Gewerbe prüft das Ordnungsamt die Unterlagen. "
    "Die Hundesteuer wird jedes Jahr im März fällig, den Bescheid schickt das Steueramt. "
    "Urlaubsanträge stellen Sie im Personalportal, die Genehmigung erteilt die Amtsleitung. "
    "Der Bauantrag wird bei der Bauordnung eingereicht und dort auf Vollständigkeit geprüft. "
    "Vielen Dank für das Gespräch, auf Wiedersehen."
)


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load: other jobs on the cores make every number here slower."""
    return [round(x, 2) for x in os.getloadavg()]


def a4_page(lines: int = 40) -> Any:
    """A grayscale A4 page at 300 dpi full of German text (DejaVu Sans, 11 pt)."""
    import matplotlib
    from PIL import Image, ImageDraw, ImageFont

    font_file = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    font = ImageFont.truetype(str(font_file), 46)  # 11 pt at 300 dpi
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    words = (PAGE_TEXT + " ") * 12
    for row in range(lines):
        line = words[row * 70 % len(PAGE_TEXT) :][:70].strip()
        draw.text((236, 236 + row * 76), line, font=font, fill=0)
    return page


def ocr_speed(pages: int = 3) -> dict[str, Any]:
    """Tesseract (deu+eng, one thread, as the product runs it) on the same A4 page `pages` times."""
    from ingest.converters.ocr import read_image

    page, seconds, words = a4_page(), [], 0
    for number in range(1, pages + 1):
        started = time.perf_counter()
        result = read_image(page, "bench.png", number, Budgets(), dpi=300)
        seconds.append(time.perf_counter() - started)
        words = len(result.text.split())
    return {
        "pages": pages,
        "seconds": [round(s, 2) for s in seconds],
        "seconds_per_page": round(median(seconds), 2),
        "words_per_page": words,
    }


def speech_clip(folder: Path) -> Path:
    """SPEECH spoken by espeak-ng's German voice into a wav file."""
    path = folder / "gespraech.wav"
    command = ["espeak-ng", "-v", "de", "-s", "140", "-w", str(path), SPEECH]
    subprocess.run(command, check=True, capture_output=True)
    return path


def transcription_speed(settings: Settings, rounds: int = 2) -> dict[str, Any]:
    """Model load, then the clip transcribed `rounds` times: audio seconds / wall seconds."""
    ensure_whisper_model(settings)
    transcriber = build_transcription(settings).transcriber
    started = time.perf_counter()
    transcriber.warm_up()
    load = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="amtswissen-bench-audio-") as folder:
        recording = decode_recording(speech_clip(Path(folder)), max_seconds=3600)
    walls, words = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        segments = transcriber.transcribe(recording, lambda done, total: None)
        walls.append(time.perf_counter() - started)
        words = sum(len(s.text.split()) for s in segments)
    return {
        "model": transcriber.name,
        "threads": transcriber.threads,
        "beam_size": transcriber.beam_size,
        "compute_type": transcriber.compute_type,
        "model_load_seconds": round(load, 2),
        "audio_seconds": round(recording.seconds, 1),
        "wall_seconds": [round(w, 2) for w in walls],
        "x_real_time": round(recording.seconds / median(walls), 2),
        "words": words,
    }


def media_speed(settings: Settings, pages: int = 3, rounds: int = 2) -> dict[str, Any]:
    """Both measures, each part only where its tool is installed (else the reason)."""
    before = load_average()
    media: dict[str, Any] = {"load_average_before": before}
    tesseract, espeak = shutil.which("tesseract"), shutil.which("espeak-ng")
    media["ocr"] = ocr_speed(pages) if tesseract else {"skipped": "tesseract-ocr missing"}
    media["transcription"] = (
        transcription_speed(settings, rounds) if espeak else {"skipped": "espeak-ng missing"}
    )
    media["load_average_after"] = load_average()
    return media


def main() -> None:
    """Only this part: measure, print, and merge into eval/results/bench.json and bench.md."""
    from eval.bench import RESULTS
    from eval.bench_report import write_bench_report

    media = media_speed(Settings())
    print(f"scans and recordings: {json.dumps(media)}")
    path = RESULTS / "bench.json"
    bench = json.loads(path.read_text()) if path.is_file() else {}
    bench["media"] = media
    path.write_text(json.dumps(bench, indent=2, ensure_ascii=False))
    if "ingest" in bench:  # the page needs the rest of `make bench` too
        for written in write_bench_report(bench, RESULTS):
            print(f"wrote {written}")


if __name__ == "__main__":
    main()
