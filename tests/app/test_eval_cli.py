"""`amtswissen eval` on a small BEIR folder through the real pipeline (hash embedder for speed)."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def write_beir(root: Path) -> Path:
    root.mkdir()
    corpus = [
        {
            "_id": "d1",
            "title": "Urlaub",
            "text": "Urlaubsanträge stellen Beschäftigte im Personalportal.",
        },
        {"_id": "d2", "title": "Bau", "text": "Der Bauantrag wird bei der Bauordnung eingereicht."},
        {
            "_id": "d3",
            "title": "Hund",
            "text": "Die Hundesteuer wird jährlich vom Steueramt festgesetzt.",
        },
    ]
    queries = [
        {"_id": "q1", "text": "Urlaub beantragen", "kind": "compound_part"},
        {"_id": "q2", "text": "Bauantrag einreichen", "kind": "process_step"},
    ]
    (root / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in corpus))
    (root / "queries.jsonl").write_text("".join(json.dumps(r) + "\n" for r in queries))
    (root / "qrels.tsv").write_text("query-id\tcorpus-id\tscore\nq1\td1\t2\nq2\td2\t1\n")
    return root


def test_eval_prints_metrics_in_the_documented_shape(tmp_path):
    dataset = write_beir(tmp_path / "mini")
    env = {**os.environ, "AMTSWISSEN_EMBEDDER": "hash", "HF_HUB_OFFLINE": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "eval",
            str(dataset),
            "--modes",
            "hybrid,sparse",
            "--json",
            "--data-dir",
            str(tmp_path / "d"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    [line] = result.stdout.strip().splitlines()
    report = json.loads(line)
    assert report["dataset"] == "mini"
    assert set(report["metrics"]) == {"ndcg@10", "mrr@10", "recall@10", "recall@100"}
    assert set(report["query_ms"]) == {"p50", "p95"} and report["ingest_seconds"] > 0
    assert (
        report["by_mode"]["sparse"]["metrics"]["mrr@10"] == 1.0
    )  # both answers rank first on terms
    assert not (tmp_path / "d" / "qdrant").exists()  # a temporary store, the user's index untouched


def test_eval_rejects_a_folder_without_beir_files(tmp_path):
    (tmp_path / "leer").mkdir()
    env = {**os.environ, "AMTSWISSEN_EMBEDDER": "hash"}
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "eval", str(tmp_path / "leer"), "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
    )
    assert result.returncode == 1
    assert "corpus.jsonl" in json.loads(result.stdout)["error"]
