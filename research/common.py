"""What the research scripts share: path arguments, the one embedding cache, services on a store.

Paths come from arguments; the defaults are relative to the repository root, never a machine path.
The embedding cache is eval's `CachedEmbedder` (the SQLite file `make eval` fills), so a research
run reuses the document vectors of an eval run and the other way round.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from app.compose import Services, build_embedder, build_services
from app.model_files import prepare_models
from app.services.evaluation import Dataset, load_dataset
from app.settings import Settings
from eval.embed_cache import CachedEmbedder
from search.metrics import evaluate_run

ROOT = Path(__file__).resolve().parents[1]
EVAL_DATA = ROOT.parent / "shared" / "eval-data"
CORPUS_SET = ROOT / "eval" / "datasets" / "amtswissen_de"
CACHE = ROOT / "eval" / ".cache" / "embeddings.sqlite"
RESULTS = ROOT / "research" / "results"


def parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser whose description is the script's docstring."""
    return argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )


def add_dataset_arguments(
    parser: argparse.ArgumentParser, default: str | None = None, limit: bool = True
) -> None:
    """DATASET (optional when `default` is given), --eval-data and, unless told not to, --limit."""
    parser.add_argument(
        "dataset",
        nargs="?" if default else None,
        default=default,
        help="A BEIR folder, or a name under --eval-data (amtswissen_de: the corpus set)"
        + (f"; default {default}." if default else "."),
    )
    parser.add_argument(
        "--eval-data",
        type=Path,
        default=EVAL_DATA,
        help="Folder of the external BEIR sets (default: ../shared/eval-data from the repo root).",
    )
    if limit:
        parser.add_argument("--limit", type=int, default=0, help="Seeded sample of N queries.")


def add_cache_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cache",
        type=Path,
        default=CACHE,
        help="SQLite file of document vectors shared with make eval (default: eval/.cache/).",
    )


def open_dataset(name: str, eval_data: Path, limit: int = 0) -> Dataset:
    """Load `name` (a folder, `amtswissen_de`, or a set under `eval_data`), maybe subsampled."""
    from eval.report import subsample  # the report's seeded sample; it pulls in matplotlib

    if Path(name).is_dir():
        root = Path(name)
    elif name == "amtswissen_de":
        root = CORPUS_SET
    else:
        root = eval_data / name
    return subsample(load_dataset(root), limit)


def cached_embedder(cache: Path, **settings: object) -> CachedEmbedder:
    """The product's embedder (as `Settings(**settings)` picks it) behind the eval cache."""
    chosen = Settings(**settings)  # type: ignore[arg-type]
    prepare_models(chosen)
    embedder = CachedEmbedder(build_embedder(chosen), cache)
    embedder.warm_up()
    return embedder


def open_services(store_dir: Path, embedder: CachedEmbedder, **settings: object) -> Services:
    """The product's services on the store in `store_dir`, with `embedder` already loaded."""
    return build_services(
        Settings(data_dir=store_dir, **settings),  # type: ignore[arg-type]
        store_path=store_dir / "qdrant",
        embedder=embedder,
    )


def read_mapping(store_dir: Path) -> dict[str, str]:
    """{chunk source: corpus id} written by build_store."""
    return json.loads((store_dir / "mapping.json").read_text())


def split_of(query_id: str) -> str:
    """'dev' for ids ending in an odd number, 'test' for even ones.

    >>> split_of("q13"), split_of("q14")
    ('dev', 'test')
    """
    match = re.search(r"(\d+)$", query_id)
    return "dev" if match and int(match.group(1)) % 2 else "test"


def score_splits(dataset: Dataset, run: dict[str, list[str]]) -> dict[str, Any]:
    """`evaluate_run` over all queries, the dev and the test split, and nDCG@10 per kind."""
    out: dict[str, Any] = {"all": evaluate_run(run, dataset.qrels)}
    for split in ("dev", "test"):
        ids = [q.id for q in dataset.queries if split_of(q.id) == split and q.id in dataset.qrels]
        out[split] = evaluate_run(run, {i: dataset.qrels[i] for i in ids})
        kinds = {q.id: q.kind for q in dataset.queries}
        out[split + "_kind"] = {
            kind: evaluate_run(run, {i: dataset.qrels[i] for i in ids if kinds[i] == kind})[
                "ndcg@10"
            ]
            for kind in sorted({kinds[i] for i in ids})
        }
    return out
