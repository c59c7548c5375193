"""The topic matcher of "Wer weiß was": the project's German analyzer, compounds both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.compose import build_sparse
from app.services.experts import MATCH_FROM, Matcher
from app.settings import Settings
from search.analyzer import GermanSparseEncoder


@pytest.fixture(scope="module")
def sparse() -> GermanSparseEncoder:
    """The analyzer as the product builds it (stemming, compound splitting)."""
    encoder = build_sparse(Settings(data_dir=Path("/nonexistent"), embedder="hash"))
    encoder.warm_up()
    return encoder


@pytest.mark.parametrize(
    ("topic", "text"),
    [
        ("Friedhofsgebühren", "Gebühren Friedhof"),
        ("Friedhofsgebühren", "Gebühren auf dem Friedhof"),
        ("Gebühren Friedhof", "Friedhofsgebührensatzung 2024"),
        ("Anträge", "Antrag stellen"),
        ("Strasse", "Straßenreinigung"),
    ],
)
def test_a_topic_matches_its_compounds_and_inflections(sparse, topic, text):
    assert Matcher(sparse, topic).score(text) == 1.0


def test_one_shared_part_is_not_enough(sparse):
    partial = Matcher(sparse, "Friedhofsgebühren").score("Friedhofsverwaltung")
    assert 0 < partial < MATCH_FROM  # half of its parts, counted half
    assert Matcher(sparse, "Hundesteuer Friedhof").score("Friedhof") == 0.5


def test_stopwords_and_unrelated_texts_match_nothing(sparse):
    assert Matcher(sparse, "die der das").score("die der das") == 0.0
    assert Matcher(sparse, "Baugenehmigung").score("Gebühren Friedhof") == 0.0
