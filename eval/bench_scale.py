"""`make bench-scale`: hybrid + filter search with live query embedding at up to 1M chunks.

For each size and store layout ("plain": the product's float vectors; "int8": the setting
store_quantization=int8, a quantised copy in RAM, rescoring, originals cold on disk) one process
builds the store and another opens it and times searches, so each has its own peak memory. At
`--quality-size` both layouts are also checked against exact search (recall@10) and on the corpus
test set (nDCG@10). Results: eval/results/bench_scale.{json,md}. Not part of CI or `make test`.

    python -m eval.bench_scale --sizes 100000,1000000
    python -m eval.bench_scale --sizes 1000000 --ef auto,512,64 --keep /var/tmp/scale  # one build

Each serve phase first makes one untimed-for-the-table pass over the other test questions (the
first searches after opening a large store pay for touching its files) and reports it apart.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from app.compose import build_embedder, build_services
from app.model_files import prepare_models
from app.settings import Settings
from eval.bench import _collect, machine
from eval.bench_scale_report import write_markdown
from eval.bench_scale_run import LAYOUTS
from eval.embed_cache import CachedEmbedder
from ingest.libraries import prepare_libraries
from search.store_payload import DENSE_HNSW_EF
from search.types import IndexedChunk

RESULTS = Path("eval/results")
CACHE = Path("eval/.cache/embeddings.sqlite")
CORPUS = Path("corpus")


def corpus_items(tmp: Path) -> list[IndexedChunk]:
    """The real corpus chunks with their product vectors (document vectors from the eval cache)."""
    settings = Settings(data_dir=tmp / "base")
    prepare_models(settings)
    embedder = CachedEmbedder(build_embedder(settings), CACHE)
    services = build_services(settings, tmp / "base" / "qdrant", embedder)
    services.pipeline().run([CORPUS])
    items = _collect(services)
    services.close()
    embedder.close()
    return items


def run_phase(phase: str, args: dict[str, Any], timeout: float) -> dict[str, Any]:
    """One phase in a fresh interpreter; its JSON row comes back through a file."""
    out = Path(args["folder"]) / f"{phase}.json"
    payload = json.dumps({**args, "phase": phase, "out": str(out)})
    command = [sys.executable, "-m", "eval.bench_scale_run", payload]
    subprocess.run(command, check=True, timeout=timeout)
    row: dict[str, Any] = json.loads(out.read_text())
    return row


def measure_rows(
    size: int,
    layout: str,
    base: Path,
    tmp: Path,
    quality: bool,
    timeout: float,
    efs: list[int | None],
    keep: bool = False,
) -> list[dict[str, Any]]:
    """Build one store (or reuse the one `--keep` left), then one serve phase per search ef."""
    folder = tmp / f"{layout}-{size}"
    args: dict[str, Any] = {
        "size": size,
        "layout": layout,
        "base": str(base),
        "folder": str(folder),
        "corpus": str(CORPUS),
        "quality": quality,
    }
    built = folder / "build.json"
    if keep and built.exists() and (folder / "qdrant").exists():
        build = json.loads(built.read_text())  # built by an earlier run: its own build row
    else:
        subprocess.run(["rm", "-rf", str(folder)], check=True)
        build = run_phase("build", args, timeout)
    rows = []
    for ef in efs:
        load_before = os.getloadavg()
        started = time.perf_counter()
        row = {**build, "hnsw_ef": ef, **run_phase("serve", {**args, "hnsw_ef": ef}, timeout)}
        row["serve_seconds"] = round(time.perf_counter() - started, 1)
        row["load_average"] = [round(x, 2) for x in (*load_before, *os.getloadavg())]
        rows.append(row)
        print(json.dumps(row), flush=True)
    if not keep:
        subprocess.run(["rm", "-rf", str(folder)], check=True)  # a 1M store takes gigabytes
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="chunk counts, comma-separated")
    parser.add_argument("--layouts", default=",".join(LAYOUTS), help="plain,int8")
    parser.add_argument("--quality-size", type=int, default=100_000)
    parser.add_argument("--timeout", type=float, default=3 * 3600, help="seconds per phase")
    parser.add_argument(
        "--ef",
        default="auto",
        help="search ef values, comma-separated: one serve phase each on the same store (the "
        "setting store_hnsw_ef; auto = unset, the store picks it by its size)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="build the stores in this folder and keep them; "
        "a later run with the same folder reuses a store instead of building it again",
    )
    opts = parser.parse_args(argv)
    efs = [None if e == "auto" else int(e) for e in opts.ef.split(",")]  # None: by store size
    prepare_libraries()
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="amtswissen-bench-scale-") as tmp_name:
        tmp = opts.keep or Path(tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        base = tmp / "base.pkl"
        if opts.keep and base.exists():
            items: list[IndexedChunk] = pickle.loads(base.read_bytes())  # noqa: S301 - ours
        else:
            items = corpus_items(tmp)
            base.write_bytes(pickle.dumps(items))
        print(f"corpus: {len(items)} real chunks; synthesised as eval/bench.py does")
        for size in (int(s) for s in opts.sizes.split(",")):
            for layout in opts.layouts.split(","):
                quality = size == opts.quality_size
                rows += measure_rows(
                    size, layout, base, tmp, quality, opts.timeout, efs, opts.keep is not None
                )
                write_results(rows, len(items))


def write_results(rows: list[dict[str, Any]], real_chunks: int) -> None:
    """Write this run's rows, keeping earlier rows of the sizes and layouts it did not measure
    (a 1M run on its own leaves the 100k rows beside it; each row carries its own load average)."""
    path = RESULTS / "bench_scale.json"
    earlier = json.loads(path.read_text()).get("rows", []) if path.exists() else []
    measured = {_key(row) for row in rows}
    kept = [row for row in earlier if _key(row) not in measured]
    result = {
        "machine": machine(),
        "real_chunks": real_chunks,
        "rows": sorted([*kept, *rows], key=_key),
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    (RESULTS / "bench_scale.md").write_text(write_markdown(result))


def _key(row: dict[str, Any]) -> tuple[int, str, int]:
    return int(row["chunks"]), str(row["layout"]), int(row.get("hnsw_ef", DENSE_HNSW_EF))


if __name__ == "__main__":
    main()
