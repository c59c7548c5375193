from pathlib import Path

import pytest
from pydantic import ValidationError

from app.settings import Settings


def test_environment_and_dotenv_configure_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("AMTSWISSEN_CHUNK_TOKENS=128\nAMTSWISSEN_STORE=server\n")
    monkeypatch.setenv("AMTSWISSEN_DATA_DIR", str(tmp_path / "daten"))
    monkeypatch.setenv("AMTSWISSEN_QDRANT_URL", "https://qdrant.intern:6333")
    settings = Settings()
    assert settings.chunk_tokens == 128 and settings.store == "server"
    assert settings.store_path == tmp_path / "daten" / "qdrant"
    assert settings.qdrant_url == "https://qdrant.intern:6333"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("chunk_tokens", 4096),
        ("store", "postgres"),
        ("qdrant_url", "qdrant:6333"),
        ("max_file_mb", 0),
    ],
)
def test_invalid_values_name_the_field(field, value):
    with pytest.raises(ValidationError, match=field):
        Settings(**{field: value})


def test_defaults_are_the_embedded_store_and_the_multilingual_model():
    settings = Settings(_env_file=None)
    assert (settings.store, settings.embedder, settings.data_dir) == (
        "edge",
        "e5-onnx",
        Path("data"),
    )
