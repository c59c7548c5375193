"""The evaluation report end to end on a tiny BEIR folder with the hash embedder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.baselines import BM25sIndex, analyzer_tokenize, bm25s_default_tokenize
from eval.embed_cache import CachedEmbedder
from eval.report import main, subsample
from search.analyzer import GermanSparseEncoder
from search.embedders import HashEmbedder
from search.types import Chunk, DocumentMeta

DOCS = {
    "urlaub": (
        "Urlaub beantragen",
        "Urlaubsanträge stellen Beschäftigte im Personalportal spätestens zwei Wochen vorher.",
    ),
    "hund": (
        "Hundesteuer",
        "Die Hundesteuer wird jährlich vom Steueramt festgesetzt; Widerspruch binnen eines Monats.",
    ),
    "bau": (
        "Bauantrag",
        "Der Bauantrag wird bei der Bauaufsicht eingereicht, mit Lageplan und Bauzeichnungen.",
    ),
    "pass": (
        "Personalausweis",
        "Ein verlorener Personalausweis wird im Bürgerbüro als verloren gemeldet und neu beantragt.",
    ),
}
QUERIES = {
    "q1": ("Wie beantrage ich Urlaub?", "urlaub", "colloquial"),
    "q2": ("Widerspruch gegen die Hundesteuer", "hund", "keyword"),
    "q3": ("Welche Unterlagen braucht der Bauantrag?", "bau", "keyword"),
    "q4": ("Personalausweis verloren", "pass", "colloquial"),
}


def write_beir(root: Path) -> Path:
    root.mkdir(parents=True)
    corpus = [{"_id": k, "title": t, "text": x} for k, (t, x) in DOCS.items()]
    queries = [{"_id": q, "text": t, "kind": kind} for q, (t, _, kind) in QUERIES.items()]
    lines = ["query-id\tcorpus-id\tscore"] + [f"{q}\t{d}\t1" for q, (_, d, _) in QUERIES.items()]
    (root / "corpus.jsonl").write_text("\n".join(json.dumps(r) for r in corpus), encoding="utf-8")
    (root / "queries.jsonl").write_text("\n".join(json.dumps(r) for r in queries), encoding="utf-8")
    (root / "qrels.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    root = write_beir(tmp / "tiny")
    argv = ["--datasets", str(root), "--configs", "baseline,ours,sparse-nostem"]
    argv += ["--embedder", "hash", "--no-cache", "--out", str(tmp / "out")]
    assert main(argv) == 0
    return tmp / "out"


def test_report_files_have_the_expected_structure(report_dir: Path) -> None:
    report = json.loads((report_dir / "latest.json").read_text(encoding="utf-8"))
    assert {"datasets", "machine", "targets", "notes", "seconds"} <= set(report)
    assert report["machine"]["cores"] >= 1 and report["machine"]["python"]
    (tiny,) = report["datasets"]
    configs = {r["config"] for r in tiny["results"]}
    assert {"bm25s", "bm25s-analyzer", "sparse", "dense", "hybrid", "sparse-nostem"} <= configs
    assert all(set(r["by_kind"]) == {"colloquial", "keyword"} for r in tiny["results"])
    assert tiny["builds"][0]["chunks"] == len(DOCS)
    assert tiny["product_latency_ms"]["p95"] > 0
    statuses = {t["status"] for t in report["targets"]}
    assert statuses <= {"PASS", "FAIL", "n/a"}


def test_markdown_and_charts_are_written(report_dir: Path) -> None:
    markdown = (report_dir / "latest.md").read_text(encoding="utf-8")
    for heading in ("## Targets", "## tiny", "## Query latency", "## Ingest throughput"):
        assert heading in markdown
    assert "| bm25s-analyzer |" in markdown
    for name in ("ndcg_by_dataset.png", "latency.png", "ingest_throughput.png", "kinds_tiny.png"):
        assert (report_dir / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_our_sparse_finds_the_obvious_documents(report_dir: Path) -> None:
    report = json.loads((report_dir / "latest.json").read_text(encoding="utf-8"))
    scores = {r["config"]: r["metrics"]["ndcg@10"] for r in report["datasets"][0]["results"]}
    assert scores["sparse"] == pytest.approx(1.0)
    assert scores["bm25s-analyzer"] == pytest.approx(1.0)


def _chunks() -> list[Chunk]:
    return [
        Chunk(f"c-{k}", f"d-{k}", 0, f"{t}\n{x}", f"/src/{k}.txt", DocumentMeta(title=t))
        for k, (t, x) in DOCS.items()
    ]


def test_bm25s_ranks_the_obviously_relevant_chunk_first() -> None:
    index = BM25sIndex(bm25s_default_tokenize)
    index.build(_chunks())
    assert index.search("Hundesteuer Widerspruch")[0] == "/src/hund.txt"
    assert index.search("zzz unbekannt") == []


def test_bm25s_with_our_terms_matches_inflected_compounds() -> None:
    encoder = GermanSparseEncoder()
    index = BM25sIndex(analyzer_tokenize(encoder.analyze))
    index.build(_chunks())
    assert index.search("Urlaubsantrag")[0] == "/src/urlaub.txt"  # the text has "Urlaubsanträge"
    plain = BM25sIndex(bm25s_default_tokenize)
    plain.build(_chunks())
    assert plain.search("Urlaubsantrag") == []


def test_embedding_cache_serves_repeats_and_persists(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    first = CachedEmbedder(HashEmbedder(dim=16), path)
    vectors = first.embed_documents(["Bauantrag", "Urlaub", "Bauantrag"])
    assert (first.misses, first.hits) == (2, 1)
    first.close()
    second = CachedEmbedder(HashEmbedder(dim=16), path)
    again = second.embed_documents(["Urlaub", "Bauantrag"])
    assert (second.misses, second.hits) == (0, 2)
    assert (again == vectors[[1, 0]]).all()


def test_query_subsample_is_seeded_and_keeps_the_corpus(tmp_path: Path) -> None:
    from app.services.evaluation import load_dataset

    dataset = load_dataset(write_beir(tmp_path / "tiny"))
    a, b = subsample(dataset, 2), subsample(dataset, 2)
    assert [q.id for q in a.queries] == [q.id for q in b.queries]
    assert len(a.queries) == 2 and a.corpus == dataset.corpus
