"""Evaluate retrieval on a town's own question set: BEIR-layout datasets (corpus.jsonl,
queries.jsonl, qrels.tsv) ingested and queried through the real pipeline and retriever.

Text corpora are written out as one `.txt` file per entry (title in a sidecar) and ingested by
the same pipeline users run; entries with a `path` field point at real files (our own corpus set).
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from app.compose import build_services
from app.settings import Settings
from ingest.pipeline import IngestPipeline
from ingest.report import IngestReport
from search.errors import ConfigError
from search.metrics import dedupe, evaluate_run, percentile
from search.retriever import Retriever
from search.types import ScoredChunk, SearchMode


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    kind: str = ""


@dataclass(frozen=True)
class Dataset:
    name: str
    root: Path
    corpus: list[dict[str, Any]]
    queries: list[Query]
    qrels: dict[str, dict[str, int]]


def _read_jsonl(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ConfigError(
                        "dataset_json_invalid", path=str(path), line=number, detail=exc.msg
                    ) from exc


def _id(row: dict[str, Any], path: Path) -> str:
    value = row.get("_id", row.get("id"))
    if value is None:
        raise ConfigError("dataset_entry_without_id", path=str(path))
    return str(value)


def load_dataset(root: Path) -> Dataset:
    """Read a BEIR folder; qrels.tsv may have a header line and graded scores."""
    for name in ("corpus.jsonl", "queries.jsonl", "qrels.tsv"):
        if not (root / name).is_file():
            raise ConfigError("dataset_file_missing", path=str(root), name=name)
    corpus = [
        dict(row, _id=_id(row, root / "corpus.jsonl")) for row in _read_jsonl(root / "corpus.jsonl")
    ]
    queries = [
        Query(
            _id(r, root / "queries.jsonl"),
            r["text"],
            str(r.get("kind") or r.get("metadata", {}).get("kind", "")),
        )
        for r in _read_jsonl(root / "queries.jsonl")
    ]
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    for line in (root / "qrels.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] in ("query-id", "query_id"):
            continue
        qrels[parts[0]][parts[1]] = int(float(parts[2]))
    return Dataset(root.name, root, corpus, queries, dict(qrels))


def materialise_corpus(dataset: Dataset, folder: Path) -> dict[str, str]:
    """Write text entries as files (or resolve `path` entries); return {source: corpus id}."""
    folder.mkdir(parents=True, exist_ok=True)
    mapping: dict[str, str] = {}
    for number, row in enumerate(dataset.corpus):
        if row.get("path"):
            source = (dataset.root / row["path"]).resolve()
        else:
            source = folder / f"{number:07d}.txt"
            source.write_text(row.get("text", ""), encoding="utf-8")
            meta = {"title": row.get("title") or "", "doc_type": "eval"}
            (folder / f"{number:07d}.txt.meta.yaml").write_text(
                yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8"
            )
        mapping[str(source.resolve())] = row["_id"]
    return mapping


@dataclass(frozen=True)
class ModeResult:
    metrics: dict[str, float]
    by_kind: dict[str, dict[str, float]]
    query_ms: dict[str, float]
    runs: dict[str, list[str]]


SHOWN = 10  # results a user sees: nDCG@10 and MRR are measured on exactly this call


def ranked_chunks(
    retriever: Retriever, text: str, mode: SearchMode, depth: int
) -> list[ScoredChunk]:
    """The product's top 10 for `text`, then the rest of a `depth`-deep search for recall.

    The prefetch of each list grows with top_k (DBSF normalises over what it fetched), so a
    top-100 search can order its first 10 differently from the top-10 search a user gets.
    """
    shown = retriever.search_chunks(text, top_k=SHOWN, mode=mode)
    if depth <= SHOWN:
        return shown
    seen = {s.chunk.id for s in shown}
    deeper = retriever.search_chunks(text, top_k=depth, mode=mode)
    return shown + [s for s in deeper if s.chunk.id not in seen]


def run_queries(
    dataset: Dataset,
    retriever: Retriever,
    to_corpus_id: Callable[[str], str | None],
    mode: SearchMode = "hybrid",
    depth: int = 100,
) -> ModeResult:
    runs: dict[str, list[str]] = {}
    latencies: list[float] = []
    for query in dataset.queries:
        started = time.perf_counter()
        scored = ranked_chunks(retriever, query.text, mode, depth)
        latencies.append((time.perf_counter() - started) * 1000)
        ids = [to_corpus_id(s.chunk.source) for s in scored]
        runs[query.id] = dedupe([i for i in ids if i is not None])
    return ModeResult(
        metrics=evaluate_run(runs, dataset.qrels),
        by_kind=metrics_by_kind(dataset, runs),
        query_ms={"p50": percentile(latencies, 50), "p95": percentile(latencies, 95)},
        runs=runs,
    )


def metrics_by_kind(dataset: Dataset, runs: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """`evaluate_run` per query kind ("all" for queries without one)."""
    kinds: dict[str, list[str]] = defaultdict(list)
    for query in dataset.queries:
        kinds[query.kind or "all"].append(query.id)
    return {
        kind: evaluate_run(runs, {q: dataset.qrels[q] for q in ids if q in dataset.qrels})
        for kind, ids in sorted(kinds.items())
    }


def ingest_dataset(
    dataset: Dataset, pipeline: IngestPipeline, workdir: Path
) -> tuple[IngestReport, dict[str, str]]:
    """Ingest the corpus through the pipeline; return the report and {source: corpus id}."""
    mapping = materialise_corpus(dataset, workdir / "corpus")
    paths = sorted({Path(s) for s in mapping})
    return pipeline.run(paths), mapping


@dataclass(frozen=True)
class Evaluation:
    """One dataset evaluated in a temporary index: the ingest report and each mode's result."""

    dataset: Dataset
    report: IngestReport
    embedder: str
    by_mode: dict[SearchMode, ModeResult]


def evaluate_dataset(
    settings: Settings, dataset_dir: Path, modes: Sequence[SearchMode]
) -> Evaluation:
    """Ingest a BEIR folder into a temporary store with the product's services and run its
    queries in each mode; the user's index is never touched."""
    dataset = load_dataset(dataset_dir)
    with tempfile.TemporaryDirectory(prefix="amtswissen-eval-") as tmp:
        services = build_services(settings, store_path=Path(tmp) / "qdrant")
        try:
            services.warm_up()
            report, mapping = ingest_dataset(dataset, services.pipeline(), Path(tmp))
            retriever = services.retriever()
            results = {m: run_queries(dataset, retriever, mapping.get, m) for m in modes}
        finally:
            services.close()
    return Evaluation(dataset, report, services.embedder.name, results)
