"""The upload page's progress line: files, and a recording's transcription while it runs."""

from app.ui.display import progress_text


def test_progress_names_the_recording_being_transcribed() -> None:
    job = {
        "progress": {"done": 1, "total": 3},
        "current": {"file": "gespraech.m4a", "step": "transcribe", "share": 0.42},
    }
    assert progress_text(job) == "1 von 3 Dateien verarbeitet · gespraech.m4a: Transkription 42 %"
    assert progress_text({"progress": {"done": 0, "total": 0}, "current": None}) == (
        "0 von ? Dateien verarbeitet"
    )
