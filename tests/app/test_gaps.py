"""Knowledge gaps: which questions count, how wordings group, departments, order, and totals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.gaps import AskedQuery, Gap, find_gaps, reasons_of
from search.analyzer import GermanSparseEncoder

LOW = 0.5
START = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def t(hours: int) -> datetime:
    return START + timedelta(hours=hours)


def missed(query: str, at: int, departments: tuple[str, ...] = ()) -> AskedQuery:
    return AskedQuery(query, departments, 0, None, t(at))


@pytest.fixture(scope="module")
def analyzer() -> GermanSparseEncoder:
    enc = GermanSparseEncoder()
    enc.warm_up()
    return enc


def test_worked_example_of_the_docstring(analyzer: GermanSparseEncoder) -> None:
    asked = [
        AskedQuery("Wie beantrage ich Sonderurlaub?", ("Personal",), 0, None, t(1)),
        AskedQuery("Sonderurlaub beantragen", ("Personal",), 3, 0.2, t(2)),
        AskedQuery("Antrag auf Sonderurlaub", ("Personal",), 3, 0.9, t(3), not_helpful=True),
        AskedQuery("Wie beantrage ich Sonderurlaub?", ("Personal",), 0, None, t(4)),
        AskedQuery("Wie hoch ist die Hundesteuer?", (), 0, None, t(5)),
        AskedQuery("Öffnungszeiten Bürgerbüro", (), 5, 0.8, t(6)),
    ]
    assert find_gaps(asked, analyzer, low_score=LOW) == [
        Gap(
            "Wie beantrage ich Sonderurlaub?",
            (
                "Wie beantrage ich Sonderurlaub?",
                "Antrag auf Sonderurlaub",
                "Sonderurlaub beantragen",
            ),
            4,
            ("Personal",),
            {"no_hits": 2, "low_score": 1, "not_helpful": 1, "reported": 0},
            t(4),
        ),
        Gap(
            "Wie hoch ist die Hundesteuer?",
            ("Wie hoch ist die Hundesteuer?",),
            1,
            (),
            {"no_hits": 1, "low_score": 0, "not_helpful": 0, "reported": 0},
            t(5),
        ),
    ]


def test_only_questions_without_a_good_answer_count() -> None:
    good = AskedQuery("Bauantrag", (), 4, 0.9, t(0))
    assert reasons_of(good, LOW) == ()
    assert reasons_of(AskedQuery("x", (), 0, None, t(0)), LOW) == ("no_hits",)
    assert reasons_of(AskedQuery("x", (), 2, 0.49, t(0)), LOW) == ("low_score",)
    assert reasons_of(AskedQuery("x", (), 2, LOW, t(0)), LOW) == ()  # at the threshold: good
    flagged = AskedQuery("x", (), 2, 0.1, t(0), not_helpful=True, reported=True)
    assert reasons_of(flagged, LOW) == ("low_score", "not_helpful", "reported")


def test_related_wordings_group_and_unrelated_questions_do_not(
    analyzer: GermanSparseEncoder,
) -> None:
    asked = [
        missed("Wie beantrage ich Sonderurlaub?", 1),
        missed("Sonderurlaub beantragen", 2),
        missed("Antrag auf Sonderurlaub", 3),
        missed("Bekomme ich Sonderurlaub bei Umzug?", 4),
        missed("Wie beantrage ich Elternzeit?", 5),  # shares only "beantragen"
        missed("Elternzeit beantragen", 6),
        missed("Wie hoch ist die Hundesteuer?", 7),
        missed("Hundesteuer Höhe", 8),
        missed("Wo beantrage ich einen neuen Personalausweis?", 9),
        missed("Wann ist der Wertstoffhof geöffnet?", 10),
        missed("Frist Widerspruch Hundesteuer", 11),  # one shared compound is one word
        missed("Aufgebot bestellen, was brauchen wir?", 12),
        missed("Wie bestelle ich eine Sperrmüllabholung?", 13),
    ]
    groups = {frozenset(g.variants) for g in find_gaps(asked, analyzer, LOW)}
    assert groups == {
        frozenset(
            {
                "Wie beantrage ich Sonderurlaub?",
                "Sonderurlaub beantragen",
                "Antrag auf Sonderurlaub",
                "Bekomme ich Sonderurlaub bei Umzug?",
            }
        ),
        frozenset({"Wie beantrage ich Elternzeit?", "Elternzeit beantragen"}),
        frozenset({"Wie hoch ist die Hundesteuer?", "Hundesteuer Höhe"}),
        frozenset({"Wo beantrage ich einen neuen Personalausweis?"}),
        frozenset({"Wann ist der Wertstoffhof geöffnet?"}),
        frozenset({"Frist Widerspruch Hundesteuer"}),
        frozenset({"Aufgebot bestellen, was brauchen wir?"}),
        frozenset({"Wie bestelle ich eine Sperrmüllabholung?"}),
    }


def test_case_spacing_and_question_marks_are_one_wording(analyzer: GermanSparseEncoder) -> None:
    asked = [missed("wie hoch ist die hundesteuer", 1), missed("Wie hoch ist die  Hundesteuer?", 2)]
    [gap] = find_gaps(asked, analyzer, LOW)
    assert (gap.query, gap.variants, gap.count) == (
        "Wie hoch ist die Hundesteuer?",  # as it was last typed
        ("Wie hoch ist die Hundesteuer?",),
        2,
    )


def test_the_same_question_in_two_departments_is_two_gaps(analyzer: GermanSparseEncoder) -> None:
    asked = [
        missed("Sonderurlaub beantragen", 1, ("Personal",)),
        missed("Sonderurlaub beantragen", 2, ("Personal",)),
        missed("Antrag auf Sonderurlaub", 3),  # no department filter
        missed("Sonderurlaub beantragen", 4, ("Personal", "Hauptamt", "Personal")),
    ]
    gaps = find_gaps(asked, analyzer, LOW)
    assert [(g.departments, g.count) for g in gaps] == [
        (("Personal",), 2),
        (("Hauptamt", "Personal"), 1),  # the filter's set, sorted; most recent first on ties
        ((), 1),
    ]


def test_representative_is_the_most_frequent_then_the_most_recent(
    analyzer: GermanSparseEncoder,
) -> None:
    tie = [missed("Sonderurlaub beantragen", 1), missed("Antrag auf Sonderurlaub", 2)]
    assert find_gaps(tie, analyzer, LOW)[0].query == "Antrag auf Sonderurlaub"
    frequent = [*tie, missed("Sonderurlaub beantragen", 0)]
    assert find_gaps(frequent, analyzer, LOW)[0].query == "Sonderurlaub beantragen"


def test_sorted_by_count_then_recency_and_limited(analyzer: GermanSparseEncoder) -> None:
    asked = [
        missed("Hundesteuer Höhe", 1),
        missed("Wann ist der Wertstoffhof geöffnet?", 9),
        missed("Elternzeit beantragen", 5),
        missed("Hundesteuer Höhe", 2),
    ]
    gaps = find_gaps(asked, analyzer, LOW)
    assert [g.query for g in gaps] == [
        "Hundesteuer Höhe",
        "Wann ist der Wertstoffhof geöffnet?",
        "Elternzeit beantragen",
    ]
    assert [g.query for g in find_gaps(asked, analyzer, LOW, limit=1)] == ["Hundesteuer Höhe"]


def test_questions_of_stopwords_only_group_by_exact_wording(
    analyzer: GermanSparseEncoder,
) -> None:
    asked = [missed("Was ist das?", 1), missed("Wie geht das?", 2), missed("was ist das", 3)]
    assert sorted(g.count for g in find_gaps(asked, analyzer, LOW)) == [1, 2]


QUESTIONS = [
    "Wie beantrage ich Sonderurlaub?",
    "Sonderurlaub beantragen",
    "Antrag auf Sonderurlaub",
    "Wie hoch ist die Hundesteuer?",
    "Hundesteuer Höhe",
    "Elternzeit beantragen",
    "Wann ist der Wertstoffhof geöffnet?",
    "Bauantrag Carport",
    "Was ist das?",
    "Dienstwagen Fahrtenbuch",
]
ENTRIES = st.builds(
    AskedQuery,
    query=st.sampled_from(QUESTIONS),
    departments=st.lists(st.sampled_from(["Personal", "Bauamt", "Kämmerei"]), max_size=2).map(
        tuple
    ),
    hits=st.integers(0, 5),
    best_score=st.one_of(st.none(), st.floats(0.0, 1.0)),
    asked_at=st.integers(0, 1000).map(t),
    not_helpful=st.booleans(),
    reported=st.booleans(),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(asked=st.lists(ENTRIES, max_size=40))
def test_counts_add_up(analyzer: GermanSparseEncoder, asked: list[AskedQuery]) -> None:
    qualifying = [e for e in asked if reasons_of(e, LOW)]
    gaps = find_gaps(asked, analyzer, LOW, limit=len(asked) + 1)
    assert sum(g.count for g in gaps) == len(qualifying)
    for gap in gaps:
        assert gap.query == gap.variants[0]
        assert gap.count <= sum(gap.reasons.values())
        assert gap.last_asked == max(
            e.asked_at
            for e in qualifying
            if " ".join(e.query.split()) in gap.variants
            and tuple(sorted(set(e.departments))) == gap.departments
        )
    keys = [(-g.count, -g.last_asked.timestamp()) for g in gaps]
    assert keys == sorted(keys)
