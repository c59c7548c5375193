import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

import search.metrics as metrics
from search.metrics import evaluate_run, mrr_at_k, ndcg_at_k, recall_at_k


def test_docstring_examples_hold():
    result = doctest.testmod(metrics)
    assert result.attempted >= 8
    assert result.failed == 0


def test_perfect_ranking_scores_one():
    qrels = {"a": 2, "b": 1}
    assert ndcg_at_k(["a", "b", "x"], qrels) == pytest.approx(1.0)
    assert mrr_at_k(["a"], qrels) == 1.0
    assert recall_at_k(["b", "a"], qrels, 2) == 1.0


def test_graded_order_matters():
    qrels = {"a": 2, "b": 1}
    assert ndcg_at_k(["b", "a"], qrels) < ndcg_at_k(["a", "b"], qrels)


def test_unjudged_queries_are_ignored():
    run = {"q1": ["a"], "q2": ["z"]}
    result = evaluate_run(run, {"q1": {"a": 1}, "q2": {}})
    assert result["ndcg@10"] == pytest.approx(1.0)


ids = st.lists(st.sampled_from("abcdefghij"), unique=True, max_size=10)


@given(ids, st.dictionaries(st.sampled_from("abcdefghij"), st.integers(0, 2), max_size=10))
def test_metrics_are_bounded(ranked, qrels):
    for value in (ndcg_at_k(ranked, qrels), mrr_at_k(ranked, qrels), recall_at_k(ranked, qrels)):
        assert 0.0 <= value <= 1.0 + 1e-9
