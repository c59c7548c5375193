"""The Haystack peer: real Haystack parts on a tiny corpus with hand-made vectors, its fused
ranking checked against reciprocal rank fusion computed by hand, and no network touched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from eval.peer_haystack import RRF_K, HaystackPeer
from search.embedders import BaseEmbedder
from search.types import Chunk, DocumentMeta

ROOT = Path(__file__).resolve().parents[2]
QUERY = "Widerspruch Hundesteuer"
TEXTS = {
    "a": "Widerspruch gegen die Hundesteuer: Hundesteuer binnen eines Monats.",
    "b": "Die Hundesteuer zahlen Sie jährlich.",
    "c": "Der Bauantrag geht an die Bauaufsicht.",
    "d": "Urlaub beantragen Beschäftigte im Portal.",
}
# e5 embeds "query: ..." and "passage: ..." differently: the fake does too, so a query embedded
# as a passage (or the other way round) finds no vector and fails the test
VECTORS = {
    f"query: {QUERY}": [1.0, 0.0, 0.0],
    f"passage: {TEXTS['b']}": [0.9, 0.1, 0.0],
    f"passage: {TEXTS['c']}": [0.6, 0.8, 0.0],
    f"passage: {TEXTS['a']}": [0.3, 0.0, 0.9],
    f"passage: {TEXTS['d']}": [0.0, 0.0, 1.0],
}


class PrefixEmbedder(BaseEmbedder):
    """Fixed vectors looked up by e5's prefixed input."""

    name = "fixed"

    @property
    def dim(self) -> int:
        return 3

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def embed_batch(self, texts: list[str], is_query: bool) -> np.ndarray:
        prefix = "query: " if is_query else "passage: "
        rows = np.array([VECTORS[prefix + t] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def chunks() -> list[Chunk]:
    return [
        Chunk(f"c-{k}", f"d-{k}", 0, text, f"/src/{k}.txt", DocumentMeta(title=k))
        for k, text in TEXTS.items()
    ]


@pytest.fixture
def peer() -> HaystackPeer:
    built = HaystackPeer(PrefixEmbedder(), depth=10)
    assert built.build(chunks()) == len(TEXTS)
    yield built  # type: ignore[misc]
    built.close()


def test_its_two_lists_are_haystack_bm25_and_the_given_vectors(peer: HaystackPeer) -> None:
    bm25 = peer.store.bm25_retrieval(QUERY, top_k=10)
    query = [float(x) for x in PrefixEmbedder().embed_query(QUERY)]
    dense = [d.id for d in peer.store.embedding_retrieval(query, top_k=10)]
    # a has both query words, b one; Haystack's default BM25L gives every other chunk the same
    # small positive score, so its list is padded with them in the order they were written
    assert [d.id for d in bm25] == ["c-a", "c-b", "c-c", "c-d"]
    assert bm25[1].score > bm25[2].score == bm25[3].score > 0
    assert dense == ["c-b", "c-c", "c-a", "c-d"]  # dot products 0.99, 0.6, 0.32, 0


def test_the_fused_ranking_is_reciprocal_rank_fusion_of_the_two_lists(peer: HaystackPeer) -> None:
    # 0-based ranks (bm25, dense): a (0, 2), b (1, 0), c (2, 1), d (3, 3);
    # Haystack scales the sum of 1/(61 + rank) by 61/2 (two lists, equal weights)
    expected = {
        "c-b": 1 / 62 + 1 / 61,
        "c-a": 1 / 61 + 1 / 63,
        "c-c": 1 / 63 + 1 / 62,
        "c-d": 1 / 64 + 1 / 64,
    }
    fused = peer.ranked(QUERY)
    assert [d.id for d in fused] == list(expected)  # b beats a: neither list alone says so
    for doc in fused:
        assert doc.score == pytest.approx(expected[doc.id] * RRF_K / 2)
    assert peer.search(QUERY) == ["/src/b.txt", "/src/a.txt", "/src/c.txt", "/src/d.txt"]


GUARDED = """
import atexit, socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(repr(args)[:80])
    raise OSError("network disabled in this test")
# registered before Haystack loads, so it runs after any exit-time flush of Haystack's telemetry
atexit.register(lambda: print("ATTEMPTS=" + str(len(attempts)) + " " + ";".join(attempts)))
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
sys.path.insert(0, sys.argv[1])
from tests.eval.test_peer_haystack import PrefixEmbedder, QUERY, chunks
from eval.peer_haystack import HaystackPeer
peer = HaystackPeer(PrefixEmbedder(), depth=10)
peer.build(chunks())
print("TOP=" + peer.search(QUERY)[0])
import haystack.telemetry._telemetry as telemetry
print("TELEMETRY=" + str(telemetry.telemetry))
"""


def test_the_peer_never_touches_the_network() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HAYSTACK_")}
    done = subprocess.run(
        [sys.executable, "-c", GUARDED, str(ROOT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    assert lines["TOP"] == "/src/b.txt"
    assert lines["TELEMETRY"] == "None"
    assert lines["ATTEMPTS"].strip() == "0", lines["ATTEMPTS"]


def test_the_runner_reports_a_haystack_row(tmp_path: Path) -> None:
    from app.services.evaluation import load_dataset
    from eval.configs import IndexSpec, all_configs
    from eval.runner import EmbedderPool, run_dataset
    from tests.eval.test_report import write_beir

    spec = IndexSpec(embedder="hash", split_compounds=False)  # no noun dictionary to load
    (config,) = [replace(c, index=spec) for c in all_configs("hash") if c.name == "haystack"]
    dataset = load_dataset(write_beir(tmp_path / "tiny"))
    pool = EmbedderPool(None)
    try:
        result = run_dataset(dataset, [config], pool, log=lambda _: None)
    finally:
        pool.close()
    (row,) = result.results
    assert (row.config, row.group, row.query_embedding) == ("haystack", "baseline", "precomputed")
    assert row.metrics["recall@100"] == pytest.approx(1.0)  # every entry found, mapped to its id
    assert json.dumps(row.metrics)
