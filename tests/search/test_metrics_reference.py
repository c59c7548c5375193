"""Our metrics against trec_eval (through pytrec_eval) on a small worked set with graded relevance."""

import pytest
import pytrec_eval

from search.metrics import evaluate_run, mrr_at_k, ndcg_at_k, recall_at_k

# grades 0..3; q1 has a relevant document nobody retrieves, q2 a judged-irrelevant one retrieved,
# q3 its only relevant document below rank 10, q4 more relevant documents than fit in the top 10
QRELS = {
    "q1": {"a": 3, "b": 1, "c": 2, "z": 1},
    "q2": {"d": 2, "e": 0, "f": 1},
    "q3": {"g": 1},
    "q4": {f"r{i}": 1 + i % 3 for i in range(14)},
}
RUN = {
    "q1": ["b", "x", "a", "y", "c"],
    "q2": ["e", "f", "d"],
    "q3": [f"n{i}" for i in range(10)] + ["g"],
    "q4": ["n0", *[f"r{i}" for i in range(13, -1, -1)]],
}


def trec(run: dict[str, list[str]], measures: set[str]) -> dict[str, dict[str, float]]:
    scored = {q: {doc: float(len(ids) - i) for i, doc in enumerate(ids)} for q, ids in run.items()}
    return pytrec_eval.RelevanceEvaluator(QRELS, measures).evaluate(scored)


def test_ndcg_and_recall_agree_with_trec_eval_per_query():
    reference = trec(RUN, {"ndcg_cut_10", "recall_10", "recall_100"})
    for query, ranked in RUN.items():
        ref = reference[query]
        assert ndcg_at_k(ranked, QRELS[query], 10) == pytest.approx(ref["ndcg_cut_10"], abs=1e-9)
        assert recall_at_k(ranked, QRELS[query], 10) == pytest.approx(ref["recall_10"], abs=1e-9)
        assert recall_at_k(ranked, QRELS[query], 100) == pytest.approx(ref["recall_100"], abs=1e-9)


def test_mrr_at_10_agrees_with_trec_eval_on_the_top_ten():
    reference = trec({q: ids[:10] for q, ids in RUN.items()}, {"recip_rank"})
    for query, ranked in RUN.items():
        assert mrr_at_k(ranked, QRELS[query], 10) == pytest.approx(reference[query]["recip_rank"])
    assert mrr_at_k(RUN["q3"], QRELS["q3"], 10) == 0.0  # found at rank 11: outside MRR@10


def test_means_agree_with_trec_eval():
    reference = trec(RUN, {"ndcg_cut_10", "recall_10"})
    ours = evaluate_run(RUN, QRELS)
    for ours_name, trec_name in (("ndcg@10", "ndcg_cut_10"), ("recall@10", "recall_10")):
        expected = sum(r[trec_name] for r in reference.values()) / len(reference)
        assert ours[ours_name] == pytest.approx(expected, abs=1e-9)
