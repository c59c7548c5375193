"""The offline German NLP hooks unstructured uses for title/narrative decisions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest import offline_nlp
from ingest.libraries import prepare_libraries
from ingest.offline_nlp import exceeds_cap_ratio, pos_tag, sent_tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das gilt z. B. für Nr. 5. Danach endet es.",
            ["Das gilt z. B. für Nr. 5.", "Danach endet es."],
        ),
        (
            "Gemäß § 5 Abs. 2 gilt das. Am 1. Januar beginnt es!",
            ["Gemäß § 5 Abs. 2 gilt das.", "Am 1. Januar beginnt es!"],
        ),
        (
            "Frau Dr. Weber prüft ggf. bzw. i. d. R. alles. Fertig?",
            ["Frau Dr. Weber prüft ggf. bzw. i. d. R. alles.", "Fertig?"],
        ),
        (
            "Siehe u.a. Kap. 3 usw. und vgl. Art. 4. Ende",
            ["Siehe u.a. Kap. 3 usw. und vgl. Art. 4.", "Ende"],
        ),
        (
            "Seit 1996. Bis zum 12. Geburtstag. Ablauf: 1. Antrag; 2. Bescheid. Fertig",
            ["Seit 1996.", "Bis zum 12. Geburtstag.", "Ablauf: 1. Antrag; 2. Bescheid.", "Fertig"],
        ),
        (
            "„Geht das online?“ – Nein. Stand: 19.01.2026. Rest (HSK-Nähe!) bleibt. 1. Zweck",
            [
                "„Geht das online?“",
                "– Nein.",
                "Stand: 19.01.2026.",
                "Rest (HSK-Nähe!) bleibt.",
                "1. Zweck",
            ],
        ),
    ],
)
def test_sentences_respect_german_abbreviations(text, expected):
    assert sent_tokenize(text) == expected


@given(st.text(alphabet=st.sampled_from("abcAB .!?z\n§1"), max_size=200))
def test_sentences_keep_all_characters(text):
    assert "".join(sent_tokenize(text)).replace(" ", "").replace("\n", "") == (
        text.replace(" ", "").replace("\n", "")
    )


def test_german_verbs_are_tagged_as_verbs():
    tags = dict(pos_tag("Der Antrag wird vom Bürgeramt geprüft."))
    assert tags["wird"].startswith("VB") and tags["geprüft"].startswith("VB")
    assert tags["Antrag"] == "NN" and tags["Der"] == "DT"
    assert not any(t.startswith("VB") for _, t in pos_tag("Antrag auf Elternzeit"))


def test_capitalised_nouns_do_not_look_like_a_title():
    assert not exceeds_cap_ratio("Anträge auf Elternzeit bearbeitet das Personalamt Bad Ems")
    assert exceeds_cap_ratio("ANTRAG AUF ELTERNZEIT")


def test_prepared_libraries_route_unstructured_hooks_offline():
    prepare_libraries()  # the session did it already (tests/conftest.py); again is harmless
    from unstructured.partition import text_type

    assert text_type.pos_tag is offline_nlp.pos_tag
    assert text_type.is_possible_narrative_text(
        "Anträge auf Elternzeit bearbeitet das Personalamt in der Regel zügig."
    )
    assert not text_type.is_possible_narrative_text("Antrag auf Elternzeit")
    assert text_type.is_possible_title("Antrag auf Elternzeit")
