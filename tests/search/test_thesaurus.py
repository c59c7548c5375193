"""The query thesaurus: what it adds, what it leaves alone, and how retrieval uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.analyzer import GermanSparseEncoder
from search.embedders import HashEmbedder
from search.errors import ConfigError
from search.retriever import Retriever, add_expansion
from search.store_edge import EdgeStore
from search.thesaurus import THESAURUS_FILE, Expansion, Thesaurus
from search.types import Chunk, DocumentMeta, IndexedChunk, SparseVector, chunk_id_for


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    loaded = Thesaurus()
    loaded.warm_up()
    return loaded


def test_bundled_file_loads_with_many_entries(thesaurus: Thesaurus) -> None:
    assert THESAURUS_FILE.is_file()
    assert len(thesaurus) >= 300  # keys, long forms and synonyms counted separately


@pytest.mark.parametrize(
    ("query", "term"),
    [
        ("Was regelt das OZG?", "Onlinezugangsgesetz"),
        ("Beitrag nach KAG berechnen", "Kommunalabgabengesetz"),
        ("Wie melde ich die eAU?", "elektronische Arbeitsunfähigkeitsbescheinigung"),
        ("Perso verloren", "Personalausweis"),
        ("Knöllchen bezahlen", "Verwarngeld"),
        ("Hochzeit im Rathaus", "Eheschließung"),
        ("Todesfall melden", "Sterbefallanzeige"),
        ("Krankschreibung abgeben", "Arbeitsunfähigkeitsbescheinigung"),
        ("Stütze beantragen", "Sozialhilfe"),
    ],
)
def test_abbreviations_and_everyday_words_bring_official_terms(
    thesaurus: Thesaurus, query: str, term: str
) -> None:
    assert term in thesaurus.expansion(query).terms


def test_long_form_brings_the_abbreviation_back(thesaurus: Thesaurus) -> None:
    assert "PStG" in thesaurus.expansion("Was steht im Personenstandsgesetz?").terms


def test_colloquial_entries_are_one_way(thesaurus: Thesaurus) -> None:
    assert "Perso" not in thesaurus.expansion("Personalausweis beantragen").terms


def test_multiword_key_matches_as_one_phrase(thesaurus: Thesaurus) -> None:
    found = thesaurus.expansion("Abstandsflächen nach BauO NRW")
    assert found.matched == ("BauO NRW",)
    assert "Landesbauordnung" in found.terms
    assert not thesaurus.expansion("Regeln in NRW")


def test_multiword_key_needs_its_words_in_order(thesaurus: Thesaurus) -> None:
    assert "Sterbefallanzeige" in thesaurus.expansion("Todesfall melden").terms
    assert thesaurus.expansion("melden Todesfall").matched == ("Todesfall",)
    assert thesaurus.expansion("Mahnung rausschicken").matched == ("Mahnung rausschicken",)


def test_unknown_words_are_not_expanded(thesaurus: Thesaurus) -> None:
    query = "Xylophon quietscht bei Vollmond"
    assert thesaurus.expansion(query) == Expansion()
    assert thesaurus.expand(query) == query
    assert thesaurus.expand("") == ""


def test_case_and_spelling_of_words_do_not_matter(thesaurus: Thesaurus) -> None:
    for query in ("PERSO weg", "perso weg", "Perso weg"):
        assert "Personalausweis" in thesaurus.expansion(query).terms
    assert "Verwarngeld" in thesaurus.expansion("Knoellchens").terms  # folded and inflected


def test_short_abbreviations_need_capitals(thesaurus: Thesaurus) -> None:
    assert "Abgabenordnung" in thesaurus.expansion("Festsetzung nach AO").terms
    assert not thesaurus.expansion("ab wann gilt das, ao?")
    assert not thesaurus.expansion("go live am Montag")


def test_terms_already_in_the_query_are_not_added(thesaurus: Thesaurus) -> None:
    terms = thesaurus.expansion("Hochzeit: Eheschließung anmelden").terms
    assert "Eheschließung" not in terms
    assert "Trauung" in terms


def test_expand_appends_terms_to_the_query(thesaurus: Thesaurus) -> None:
    assert thesaurus.expand("Perso") == "Perso Personalausweis"


def test_custom_file_and_max_terms(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(
        "abbreviations:\n  XYZ: [Langform Eins]\n"
        "synonyms:\n  - [Auto, Wagen, Karre]\n"
        "colloquial:\n  Moos: Geld\n",
        encoding="utf-8",
    )
    small = Thesaurus(path, max_terms=1)
    assert small.expansion("XYZ").terms == ("Langform Eins",)
    assert small.expansion("Langform Eins").terms == ("XYZ",)
    assert small.expansion("Auto").terms == ("Wagen",)
    assert small.expansion("Moos").terms == ("Geld",)
    assert small.expansion("Geld") == Expansion()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("- nur\n- eine Liste\n", "thesaurus_not_mapping"),
        ("synonyms: {a: b}\n", "thesaurus_synonyms_not_list"),
        ("abbreviations: [a, b]\n", "thesaurus_section_not_mapping"),
        ("a: [b\n", "thesaurus_unreadable"),
    ],
)
def test_malformed_file_is_a_config_error(tmp_path: Path, content: str, code: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        Thesaurus(path).warm_up()
    assert err.value.code == code


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        Thesaurus(tmp_path / "none.yaml").warm_up()
    assert err.value.code == "thesaurus_unreadable"
    assert err.value.params["path"] == str(tmp_path / "none.yaml")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs")), max_size=60))
def test_expansion_only_adds_new_terms(query: str) -> None:
    thesaurus = _shared()
    expanded = thesaurus.expand(query)
    assert expanded.startswith(query)
    found = thesaurus.expansion(query)
    assert len(set(found.terms)) == len(found.terms)
    assert bool(found.terms) == (expanded != query)


_THESAURUS: list[Thesaurus] = []


def _shared() -> Thesaurus:
    if not _THESAURUS:
        _THESAURUS.append(Thesaurus())
    return _THESAURUS[0]


def test_add_expansion_keeps_query_weights_and_scales_new_terms() -> None:
    merged = add_expansion(SparseVector((5, 9), (1.0, 1.0)), SparseVector((3, 9), (1.0, 1.0)), 0.4)
    assert merged == SparseVector((3, 5, 9), (0.4, 1.0, 1.0))


def _indexed(encoder: GermanSparseEncoder, embedder: HashEmbedder, doc: str, text: str):
    chunk = Chunk(
        id=chunk_id_for(doc, 0, text),
        document_id=doc,
        position=0,
        text=text,
        source=f"/share/{doc}.md",
        meta=DocumentMeta(title=doc),
    )
    dense = tuple(float(x) for x in embedder.embed_documents([text])[0])
    return IndexedChunk(chunk=chunk, dense=dense, sparse=encoder.encode_document(text))


def test_retriever_finds_official_wording_for_colloquial_query(tmp_path: Path) -> None:
    encoder, embedder = GermanSparseEncoder(), HashEmbedder(dim=64)
    store = EdgeStore(tmp_path / "index", dim=64)
    texts = {
        "ausweis": "Der Personalausweis wird im Bürgerbüro beantragt; Lichtbild mitbringen.",
        "urlaub": "Erholungsurlaub beantragen Beschäftigte über das Personalportal.",
    }
    store.upsert([_indexed(encoder, embedder, d, t) for d, t in texts.items()])
    try:
        plain = Retriever(embedder, encoder, store)
        assert plain.search("Perso weg", mode="sparse") == []
        with_thesaurus = Retriever(embedder, encoder, store, thesaurus=Thesaurus())
        hits = with_thesaurus.search("Perso weg", mode="sparse")
        assert hits[0].document_id == "ausweis"
        assert "<mark>Personalausweis</mark>" in hits[0].snippet
    finally:
        store.close()
