"""German analyzer: the matches users expect, BM25 weights, snippets, and invariants."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.analyzer import GermanSparseEncoder, load_stopwords, term_id
from search.compounds import CompoundSplitter
from search.protocols import SparseEncoder
from search.types import SparseVector

VOCAB = [
    "Urlaubsanträge",
    "Antrag",
    "Bauantrags-Formular",
    "E-Mail",
    "OZG",
    "§",
    "34",
    "BauO",
    "NRW",
    "eAU",
    "Straße",
    "Strasse",
    "Grundsteuerbescheid",
    "die",
    "und",
    "für",
    "über",
    "Gewerbeanmeldung",
    "1.500,00",
    "Kfz-Zulassung",
    "Äußerung",
    "Bürgerbüro",
    "Öffnungszeiten",
    "Sitzungsvorlage",
    "Ratssitzung",
    "Stadt",
    "Meldebescheinigung",
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(VOCAB), max_size=30).map(" ".join),
    st.text(alphabet=st.characters(blacklist_characters="<>…"), max_size=300),
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def splitter() -> CompoundSplitter:
    s = CompoundSplitter(blocked=load_stopwords())
    s.warm_up()
    return s


@pytest.fixture(scope="module")
def enc(splitter: CompoundSplitter) -> GermanSparseEncoder:
    e = GermanSparseEncoder(splitter=splitter)
    e.warm_up()
    return e


def finds(enc: GermanSparseEncoder, query: str, text: str) -> bool:
    q, d = enc.encode_query(query), enc.encode_document(text)
    return bool(set(q.indices) & set(d.indices))


def test_is_a_sparse_encoder(enc: GermanSparseEncoder) -> None:
    assert isinstance(enc, SparseEncoder)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Urlaub", "Urlaubsanträge bitte bis März einreichen"),
        ("Antrag", "Der Bauantrag ist vollständig"),
        ("Gewerbe", "Gewerbeanmeldung im Ordnungsamt"),
        ("Steuer", "Der Grundsteuerbescheid kommt im Januar"),
        ("Strasse", "Die Straße wird gesperrt"),
        ("Anträge", "Antraege werden geprüft"),
        ("Antrag", "Anträge werden geprüft"),
        ("Formular", "Das Bauantrags-Formular"),
        ("Mail", "per E-Mail senden"),
        ("Email", "per E-Mail senden"),
        ("OZG", "Umsetzung des OZG"),
        ("§ 34", "Vorhaben nach § 34 BauGB"),
    ],
)
def test_query_finds_german_variant(enc: GermanSparseEncoder, query: str, text: str) -> None:
    assert finds(enc, query, text)


def test_unrelated_words_do_not_match(enc: GermanSparseEncoder) -> None:
    assert not finds(enc, "Hundesteuer", "Der Bauantrag ist vollständig")


def test_stopwords_removed_abbreviations_kept(enc: GermanSparseEncoder) -> None:
    assert enc.analyze("und die für über dass daß der") == []
    assert enc.analyze("OZG KAG BauO NRW eAU 2024") == ["ozg", "kag", "bauo", "nrw", "eau", "2024"]
    assert enc.analyze("nach § 34 BauGB")[:2] == ["§34", "34"]


def test_compound_indexed_whole_and_as_parts(enc: GermanSparseEncoder) -> None:
    assert enc.analyze("Urlaubsanträge") == ["urlaubsantrag", "urlaub", "antrag"]
    assert enc.analyze("E-Mail") == ["email", "mail"]
    assert {"bauantragsformular", "bau", "antrag", "formular"} <= set(
        enc.analyze("Bauantrags-Formular")
    )


def test_ablation_switches(splitter: CompoundSplitter) -> None:
    no_split = GermanSparseEncoder(split_compounds=False)
    no_stem = GermanSparseEncoder(stem=False, splitter=splitter)
    assert not finds(no_split, "Urlaub", "Urlaubsanträge")
    assert finds(no_split, "Anträge", "Antrag")
    assert not finds(no_stem, "Anträge", "Antrag")
    assert finds(no_stem, "Straße", "Strasse")  # folding still applies
    assert finds(no_stem, "Urlaub", "Urlaubsantrag")


def test_bm25_weights(enc: GermanSparseEncoder) -> None:
    def weight(text: str, term: str) -> float:
        vec = enc.encode_document(text)
        return dict(zip(vec.indices, vec.values, strict=True))[term_id(term)]

    once, thrice = (
        weight("Antrag prüfen", "antrag"),
        weight("Antrag Antrag Antrag prüfen", "antrag"),
    )
    assert once < thrice < enc.k1 + 1
    assert weight("Antrag " + "Frist " * 200, "antrag") < once  # longer documents weigh less
    assert weight("Bauantrag prüfen", "antrag") < once  # a compound part counts less


def test_query_weights_are_one_per_unique_term(enc: GermanSparseEncoder) -> None:
    vec = enc.encode_query("Urlaubsantrag Urlaub")
    assert vec.indices == tuple(sorted({term_id(t) for t in ["urlaubsantrag", "urlaub", "antrag"]}))
    assert set(vec.values) == {1.0}


def test_term_ids_are_stable_across_processes() -> None:
    code = "from search.analyzer import term_id; print(term_id('antrag'), term_id('straße'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(term_id("antrag")), str(term_id("straße"))]
    assert term_id("antrag") == 2054832590  # pinned: changing it invalidates every index


def test_import_and_init_load_nothing() -> None:
    code = (
        "import sys; from search.analyzer import GermanSparseEncoder; GermanSparseEncoder(); "
        "print('german_nouns.config' in sys.modules, 'Stemmer' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_highlight_marks_compound_containing_query_term(enc: GermanSparseEncoder) -> None:
    text = "Alle Urlaubsanträge gehen an das Personalamt."
    assert (
        enc.highlight(text, "Urlaub")
        == "Alle <mark>Urlaubsanträge</mark> gehen an das Personalamt."
    )


def test_highlight_picks_window_with_matches(enc: GermanSparseEncoder) -> None:
    text = (
        "Allgemeines zur Verwaltung. " * 20 + "Der Bauantrag wird gestellt. " + "Sonstiges. " * 20
    )
    snippet = enc.highlight(text, "Bauantrag", max_chars=80)
    assert "<mark>Bauantrag</mark>" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(_plain(snippet)) <= 80


def test_highlight_without_match_shows_beginning(enc: GermanSparseEncoder) -> None:
    text = "Erster Satz des Dokuments. " * 30
    snippet = enc.highlight(text, "Hundesteuer", max_chars=60)
    assert "<mark>" not in snippet and snippet.startswith("Erster Satz") and snippet.endswith("…")


def _plain(snippet: str) -> str:
    return re.sub(r"</?mark>", "", snippet).removeprefix("…").removesuffix("…")


def _check_vector(vec: SparseVector) -> None:
    assert list(vec.indices) == sorted(set(vec.indices))
    assert all(0 <= i < 2**31 for i in vec.indices)


@SETTINGS
@given(text=TEXTS)
def test_document_vector_is_sorted_unique_and_positive(enc: GermanSparseEncoder, text: str) -> None:
    vec = enc.encode_document(text)
    _check_vector(vec)
    assert all(0 < v < enc.k1 + 1 for v in vec.values)
    assert vec.indices == enc.encode_query(text).indices  # both sides see the same terms


@SETTINGS
@given(text=TEXTS)
def test_query_vector_matches_analyze(enc: GermanSparseEncoder, text: str) -> None:
    vec = enc.encode_query(text)
    _check_vector(vec)
    assert vec.indices == tuple(sorted({term_id(t) for t in enc.analyze(text)}))


@SETTINGS
@given(text=TEXTS)
def test_token_offsets_inside_text_increasing_and_context_free(
    enc: GermanSparseEncoder, text: str
) -> None:
    tokens = enc.tokens(text)
    ends = [0] + [t.end for t in tokens]
    for prev_end, tok in zip(ends, tokens, strict=False):
        assert prev_end <= tok.start < tok.end <= len(text)
        assert enc.tokens(text[tok.start : tok.end])[0].terms == tok.terms


@SETTINGS
@given(text=TEXTS)
def test_transliterated_spelling_analyses_alike(enc: GermanSparseEncoder, text: str) -> None:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    assert enc.analyze(text.translate(table)) == enc.analyze(text)


@SETTINGS
@given(text=TEXTS, query=st.lists(st.sampled_from(VOCAB), min_size=1, max_size=3).map(" ".join))
def test_highlight_only_adds_marks(enc: GermanSparseEncoder, text: str, query: str) -> None:
    snippet = enc.highlight(text, query, max_chars=120)
    plain = _plain(snippet)
    assert plain in text
    assert len(plain) <= 120
    wanted = set(enc.analyze(query))
    for marked in re.findall(r"<mark>(.*?)</mark>", snippet):
        assert any(tok.terms.matches(wanted) for tok in enc.tokens(marked))
