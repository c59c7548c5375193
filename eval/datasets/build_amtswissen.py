"""Merge the query parts of the corpus test set into BEIR layout (corpus/queries/qrels).

    .venv/bin/python -m eval.datasets.build_amtswissen

corpus.jsonl lists every file under corpus/ (id = path relative to corpus/, `path` relative to the
dataset folder) so `amtswissen eval` ingests the real files through the real converters.
"""

from __future__ import annotations

import json
from pathlib import Path

from ingest.discovery import discover
from ingest.metadata import load_meta

ROOT = Path(__file__).resolve().parents[2]
DATASET = Path(__file__).resolve().parent / "amtswissen_de"
CORPUS = ROOT / "corpus"


def build() -> tuple[int, int, int]:
    files = discover([CORPUS]).files
    corpus_rows = []
    for path in files:
        rel = path.relative_to(CORPUS).as_posix()
        title = load_meta(path).title
        corpus_rows.append({"_id": rel, "title": title, "path": f"../../../corpus/{rel}"})
    known = {row["_id"] for row in corpus_rows}
    queries: list[dict[str, object]] = []
    qrels: list[tuple[str, str, int]] = []
    for part in sorted((DATASET / "parts").glob("*.jsonl")):
        for number, line in enumerate(part.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            for doc in row["relevant"]:
                if doc not in known:
                    raise SystemExit(f"{part.name}:{number}: unknown corpus file {doc}")
            queries.append(
                {
                    "_id": row["id"],
                    "text": row["text"],
                    "kind": row["kind"],
                    "persona": row.get("persona", ""),
                }
            )
            qrels.extend((row["id"], doc, grade) for doc, grade in row["relevant"].items())
    write_jsonl(DATASET / "corpus.jsonl", corpus_rows)
    write_jsonl(DATASET / "queries.jsonl", queries)
    lines = ["query-id\tcorpus-id\tscore"] + [f"{q}\t{d}\t{g}" for q, d, g in qrels]
    (DATASET / "qrels.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(corpus_rows), len(queries), len(qrels)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    print("corpus files, queries, judgements:", build())
