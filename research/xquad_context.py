"""Offline experiment: passage-side context and query feedback for e5-small on XQuAD-R (de).

Can the default embedder reach nDCG@10 >= 0.90 on xquad_r_de by honest means? Every parameter is
chosen on split A (first half of the sorted query ids); A, B and all are reported. Passage vectors
go through eval's embedding cache (--cache), so each text is embedded once across runs.

    python -m research.xquad_context [xquad_r_de] [--eval-data DIR] [--out FILE] [--limit N]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.services.evaluation import Dataset
from eval.embed_cache import CachedEmbedder
from research.common import (
    RESULTS,
    add_cache_argument,
    add_dataset_arguments,
    cached_embedder,
    open_dataset,
    parser,
)
from search.metrics import mean, ndcg_at_k, recall_at_k

LAMBDAS = (0.25, 0.5, 0.75, 1.0)
PRF_GRID = [(k, beta) for k in (3, 5) for beta in (0.3, 0.5, 1.0)]
FUSION_DEPTH = 30
LINEAR_W = (0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1)


@dataclass(frozen=True)
class Data:
    """The corpus in id order, the queries in sorted-id order and the relevance judgements."""

    doc_ids: list[str]
    titles: list[str]
    sentences: list[str]
    query_ids: list[str]
    query_texts: list[str]
    qrels: dict[str, dict[str, int]]

    def paragraph_of(self, i: int) -> str:
        return self.doc_ids[i].rsplit("s", 1)[0]


def load_data(dataset: Dataset) -> Data:
    """The set in the order every matrix row uses: corpus by id, judged queries by id."""
    rows = sorted(dataset.corpus, key=lambda r: r["_id"])
    queries = sorted((q for q in dataset.queries if q.id in dataset.qrels), key=lambda q: q.id)
    return Data(
        doc_ids=[r["_id"] for r in rows],
        titles=[r["title"] for r in rows],
        sentences=[r["text"] for r in rows],
        query_ids=[q.id for q in queries],
        query_texts=[q.text for q in queries],
        qrels=dataset.qrels,
    )


# --- passage texts ------------------------------------------------------------------------------


def plain_title(title: str) -> str:
    return title.replace("_", " ")


def baseline_texts(d: Data) -> list[str]:
    return [f"{t}\n{s}" for t, s in zip(d.titles, d.sentences, strict=True)]


def spaced_title_texts(d: Data) -> list[str]:
    return [f"{plain_title(t)}\n{s}" for t, s in zip(d.titles, d.sentences, strict=True)]


def window_texts(d: Data, title: Callable[[str], str]) -> list[str]:
    """Title + previous + own + next sentence, never crossing the paragraph."""
    out = []
    for i, sentence in enumerate(d.sentences):
        para = d.paragraph_of(i)
        same = [j for j in (i - 1, i, i + 1) if 0 <= j < len(d.sentences)]
        parts = [d.sentences[j] for j in same if d.paragraph_of(j) == para]
        assert sentence in parts
        out.append(f"{title(d.titles[i])}\n{' '.join(parts)}")
    return out


def paragraph_texts(
    d: Data, title: Callable[[str], str], fits: Callable[[str], bool]
) -> tuple[list[str], np.ndarray]:
    """One text per paragraph ("title\\nall sentences") and each sentence's paragraph row.

    A paragraph too long for the model is halved at the sentence nearest its middle (recursively),
    so each sentence gets the largest block of its paragraph that the model can read whole.
    """
    order: dict[str, list[int]] = {}
    for i in range(len(d.doc_ids)):
        order.setdefault(d.paragraph_of(i), []).append(i)
    texts: list[str] = []
    row_of = np.empty(len(d.doc_ids), dtype=np.int64)

    def add(members: list[int]) -> None:
        text = f"{title(d.titles[members[0]])}\n{' '.join(d.sentences[i] for i in members)}"
        if len(members) > 1 and not fits(text):
            sizes = np.cumsum([len(d.sentences[i]) for i in members])
            cut = int(np.clip(np.searchsorted(sizes, sizes[-1] / 2), 1, len(members) - 1))
            add(members[:cut])
            add(members[cut:])
            return
        row_of[members] = len(texts)
        texts.append(text)

    for members in order.values():
        add(members)
    return texts, row_of


# --- embedding through the eval cache ----------------------------------------------------------


class Embeddings:
    """The product's embedder with the given ONNX weights behind eval's `CachedEmbedder`."""

    def __init__(self, cache: Path, weights: str = "int8") -> None:
        self.cache = cache
        self.weights = weights
        self._embedder: CachedEmbedder | None = None

    def _model(self) -> CachedEmbedder:
        if self._embedder is None:
            self._embedder = cached_embedder(self.cache, onnx_variant=self.weights)
        return self._embedder

    def get(self, texts: list[str], is_query: bool = False) -> np.ndarray:
        model = self._model()
        if not is_query:
            return model.embed_documents(texts)
        model.prime_queries(texts)  # batches of 32, as the matrices were first made
        return np.vstack([model.embed_query(t) for t in texts])

    def fits(self, text: str) -> bool:
        return bool(self._model().count_tokens(text) <= self._model().max_tokens)

    def max_tokens(self, texts: list[str]) -> int:
        return max(self._model().count_tokens(t) for t in texts)

    def close(self) -> None:
        if self._embedder is not None:
            self._embedder.close()


# --- evaluation ----------------------------------------------------------------------------------


def evaluate(scores: np.ndarray, d: Data) -> dict[str, dict[str, float]]:
    """nDCG@10, recall@10 and recall@100 over splits A, B and all."""
    top = np.argsort(-scores, axis=1, kind="stable")[:, :100]
    per_query = []
    for qi, qid in enumerate(d.query_ids):
        ranked = [d.doc_ids[j] for j in top[qi]]
        rel = d.qrels[qid]
        per_query.append((ndcg_at_k(ranked, rel, 10), recall_at_k(ranked, rel, 10),
                          recall_at_k(ranked, rel, 100)))  # fmt: skip
    half = len(d.query_ids) // 2
    splits = {"A": per_query[:half], "B": per_query[half:], "all": per_query}
    names = ("ndcg@10", "recall@10", "recall@100")
    return {
        s: {n: round(mean([r[i] for r in rows]), 4) for i, n in enumerate(names)}
        for s, rows in splits.items()
    }


def split_a(result: dict[str, dict[str, float]]) -> float:
    return result["A"]["ndcg@10"]


# --- scoring mechanisms --------------------------------------------------------------------------


def two_vector_scores(q: np.ndarray, sent: np.ndarray, other: np.ndarray, lam: float) -> np.ndarray:
    return q @ sent.T + lam * (q @ other.T)


def rocchio(q: np.ndarray, scores: np.ndarray, docs: np.ndarray, k: int, beta: float) -> np.ndarray:
    """q' = normalise(q + beta * mean of the top-k passage vectors), per query."""
    top = np.argsort(-scores, axis=1)[:, :k]
    moved = q + beta * docs[top].mean(axis=1)
    return moved / np.linalg.norm(moved, axis=1, keepdims=True)


def composite_docs(mats: list[np.ndarray], weights: list[float]) -> np.ndarray:
    """The single vector a weighted sum of cosines scores against (for feedback)."""
    vec = sum(w * m for w, m in zip(weights, mats, strict=True))
    return vec / np.linalg.norm(vec, axis=1, keepdims=True)


# --- BM25 and DBSF fusion ------------------------------------------------------------------------


def bm25_scores(d: Data, doc_texts: list[str], k1: float = 1.2, b: float = 0.75) -> np.ndarray:
    from search.analyzer import GermanSparseEncoder

    enc = GermanSparseEncoder()
    enc.warm_up()
    docs = [Counter(enc.analyze(t)) for t in doc_texts]
    vocab = {t: i for i, t in enumerate(sorted({t for c in docs for t in c}))}
    tf = np.zeros((len(docs), len(vocab)), dtype=np.float32)
    for r, counts in enumerate(docs):
        for term, n in counts.items():
            tf[r, vocab[term]] = n
    dl = tf.sum(axis=1, keepdims=True)
    df = (tf > 0).sum(axis=0)
    idf = np.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
    weight = idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / dl.mean()))
    scores = np.zeros((len(d.query_ids), len(docs)), dtype=np.float32)
    for qi, text in enumerate(d.query_texts):
        cols = [vocab[t] for t in set(enc.analyze(text)) if t in vocab]
        if cols:
            scores[qi] = weight[:, cols].sum(axis=1)
    return scores


def dbsf(lists: list[np.ndarray], depth: int = FUSION_DEPTH) -> np.ndarray:
    """Qdrant-style distribution-based score fusion of top-`depth` lists; the rest rank last."""
    n_queries, n_docs = lists[0].shape
    fused = np.full((n_queries, n_docs), -1.0, dtype=np.float64)
    for qi in range(n_queries):
        total: dict[int, float] = {}
        for scores in lists:
            top = np.argsort(-scores[qi])[:depth]
            vals = scores[qi, top].astype(np.float64)
            low, high = vals.mean() - 3 * vals.std(), vals.mean() + 3 * vals.std()
            norm = np.clip((vals - low) / (high - low), 0, 1) if high > low else vals * 0 + 0.5
            for j, v in zip(top, norm, strict=True):
                total[int(j)] = total.get(int(j), 0.0) + float(v)
        fused[qi, list(total)] = list(total.values())
    return fused


# --- the experiment ------------------------------------------------------------------------------


@dataclass
class Experiment:
    """The data, the query vectors and the table being filled."""

    d: Data
    emb: Embeddings
    q: np.ndarray
    results: dict[str, Any]

    def record(self, name: str, scores: np.ndarray, **params: Any) -> dict[str, Any]:
        self.results[name] = {**evaluate(scores, self.d), "params": params}
        return self.results[name]

    def a(self, scores: np.ndarray) -> float:
        return split_a(evaluate(scores, self.d))


View = tuple[list[np.ndarray], list[float]]  # passage matrices and their cosine weights


def score(q: np.ndarray, view: View) -> np.ndarray:
    return sum(w * (q @ m.T) for m, w in zip(*view, strict=True))  # type: ignore[return-value]


def passage_variants(x: Experiment) -> dict[str, View]:
    """Variants 1-5; returns the candidate views for the later steps."""
    d, emb, q = x.d, x.emb, x.q
    base, spaced = emb.get(baseline_texts(d)), emb.get(spaced_title_texts(d))
    x.record("1 baseline title\\nsentence", q @ base.T)
    x.record("2 title with spaces", q @ spaced.T)
    only = emb.get(d.sentences)
    x.record("3 sentence only", q @ only.T)
    use_spaced = x.a(q @ spaced.T) > x.a(q @ base.T)
    title = plain_title if use_spaced else str
    sent = spaced if use_spaced else base
    window = emb.get(window_texts(d, title))
    x.record("4 context window", q @ window.T, spaced_title=use_spaced)
    para_txt, row_of = paragraph_texts(d, title, emb.fits)
    x.results["_paragraphs"] = {"blocks": len(para_txt), "max_tokens": emb.max_tokens(para_txt)}
    para = emb.get(para_txt)[row_of]
    views: dict[str, View] = {"baseline": ([base], [1.0]), "window": ([window], [1.0])}
    for label, other in (("paragraph", para), ("window", window)):
        for lam in LAMBDAS:
            x.record(f"5 sent + {lam} * {label}", two_vector_scores(q, sent, other, lam), lam=lam)
        best = max(LAMBDAS, key=lambda lam: x.a(two_vector_scores(q, sent, other, lam)))
        x.record(f"5 sent + {label} (lam={best} chosen on A)", score(q, ([sent, other], [1, best])))
        views[f"sent+{best}*{label}"] = ([sent, other], [1.0, best])
    for lam in (
        1.0,
        2.0,
        3.0,
        4.0,
    ):  # extra: all sentence views + paragraph (an embedding ensemble)
        views[f"ensemble+{lam}*paragraph"] = ([base, spaced, only, para], [1, 1, 1, lam])
    ens = max((n for n in views if n.startswith("ensemble")), key=lambda n: x.a(score(q, views[n])))
    x.record(f"5x {ens} (1+1+1 sentence views, chosen on A)", score(q, views[ens]))
    return {n: v for n, v in views.items() if not n.startswith("ensemble") or n == ens}


def feedback(x: Experiment, name: str, view: View) -> np.ndarray:
    """Variant 6: Rocchio on the given view; returns the scores with (k, beta) chosen on A."""
    dense = score(x.q, view)
    docs = composite_docs(*view)
    grid = {}
    for k, beta in PRF_GRID:
        scores = score(rocchio(x.q, dense, docs, k, beta), view)
        grid[(k, beta)] = split_a(x.record(f"6 PRF k={k} beta={beta} on {name}", scores))
    k, beta = max(grid, key=lambda kb: grid[kb])
    scores = score(rocchio(x.q, dense, docs, k, beta), view)
    x.record(f"6 PRF chosen on A (k={k}, beta={beta})", scores, k=k, beta=beta)
    return scores


def linear_fusion(
    x: Experiment, name: str, dense: np.ndarray, bm25: np.ndarray, scale: float, tag: str = "8"
) -> None:
    """Extra: dense + w * scale * bm25 / max(bm25) per query, w chosen on A."""
    norm = bm25 / np.maximum(bm25.max(axis=1, keepdims=True), 1e-9)
    best = max(LINEAR_W, key=lambda w: x.a(dense + w * scale * norm))
    x.record(f"{tag} linear {name} + {best}*bm25/max (w on A)", dense + best * scale * norm, w=best)


def fp32_check(d: Data, bm25: np.ndarray, results: dict[str, Any], cache: Path) -> None:
    """Extra: the same model with fp32 instead of int8 ONNX weights (base, +paragraph, +BM25)."""
    emb = Embeddings(cache, "fp32")
    x = Experiment(d, emb, emb.get(d.query_texts, is_query=True), results)
    base = emb.get(baseline_texts(d))
    x.record("9 fp32 baseline title\\nsentence", x.q @ base.T)
    para_txt, row_of = paragraph_texts(d, str, emb.fits)
    para = emb.get(para_txt)[row_of]
    lam = max(LAMBDAS, key=lambda v: x.a(two_vector_scores(x.q, base, para, v)))
    dense = two_vector_scores(x.q, base, para, lam)
    x.record(f"9 fp32 sent + {lam} * paragraph (lam on A)", dense, lam=lam)
    linear_fusion(x, f"fp32 sent+{lam}*paragraph", dense, bm25, 1 + lam, "9")
    emb.close()


def run(d: Data, cache: Path) -> dict[str, Any]:
    emb = Embeddings(cache)
    x = Experiment(d, emb, emb.get(d.query_texts, is_query=True), {})
    views = passage_variants(x)
    best = max(views, key=lambda n: x.a(score(x.q, views[n])))
    prf = feedback(x, best, views[best])
    bm25 = bm25_scores(d, baseline_texts(d))
    x.record("7 BM25 (German analyzer) on title\\nsentence", bm25)
    x.record("7 hybrid DBSF baseline", dbsf([score(x.q, views["baseline"]), bm25]))
    x.record(f"7 hybrid DBSF {best}", dbsf([score(x.q, views[best]), bm25]))
    x.record("7 hybrid DBSF PRF", dbsf([prf, bm25]))
    for name in views:
        linear_fusion(x, name, score(x.q, views[name]), bm25, sum(views[name][1]))
    emb.close()
    fp32_check(d, bm25, x.results, cache)
    return {"results": x.results, "best_dense": best}


def print_table(report: dict[str, Any]) -> None:
    print(f"{'variant':<62} {'A':>7} {'B':>7} {'all':>7}  R@10  R@100")
    for name, r in report["results"].items():
        if name.startswith("_"):
            continue
        a, b, al = (r[s]["ndcg@10"] for s in ("A", "B", "all"))
        rec = f"{r['all']['recall@10']:.3f} {r['all']['recall@100']:.3f}"
        print(f"{name[:62]:<62} {a:7.4f} {b:7.4f} {al:7.4f}  {rec}")
    print(
        f"best dense view on A: {report['best_dense']}; "
        f"paragraphs: {report['results']['_paragraphs']}"
    )


def main(argv: list[str]) -> None:
    args = parser(__doc__)
    add_dataset_arguments(args, default="xquad_r_de")
    args.add_argument("--out", type=Path, default=RESULTS / "xquad_context.json", help="JSON.")
    add_cache_argument(args)
    ns = args.parse_args(argv)
    report = run(load_data(open_dataset(ns.dataset, ns.eval_data, ns.limit)), ns.cache)
    print_table(report)
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    ns.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {ns.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
