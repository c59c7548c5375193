"""Metadata layers: defaults < sidecar < front matter < CLI overrides; German keys; bad values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.messages import german
from ingest.converters import convert
from ingest.metadata import load_meta, normalize_fields, parse_date, prettify_filename
from search.errors import ConversionError
from search.types import DocumentMeta
from tests.ingest.fixtures import write

SIDECAR = """
titel: Antrag aus Sidecar
fachbereich: Bauamt
dokumenttyp: Prozess
autor: Hr. Weber
experte: Frau Klein
frage: Wo liegen die Bauakten wirklich?
erstellt: 2023-01-15
aktualisiert: 01.02.2024
schlagworte: Bau, Antrag
zugriff: [bauamt, leitung]
"""


def test_sidecar_with_german_keys(tmp_path):
    doc = write(tmp_path / "antrag.docx", b"x")
    write(tmp_path / "antrag.docx.meta.yaml", SIDECAR)

    meta = load_meta(doc)

    assert meta == DocumentMeta(
        title="Antrag aus Sidecar",
        department="Bauamt",
        doc_type="prozess",
        author="Hr. Weber",
        expert="Frau Klein",
        question="Wo liegen die Bauakten wirklich?",
        created=date(2023, 1, 15),
        updated=date(2024, 2, 1),
        tags=("Bau", "Antrag"),
        access_groups=("bauamt", "leitung"),
    )


def test_precedence_defaults_sidecar_front_matter_cli(tmp_path):
    md = write(
        tmp_path / "ablauf.md",
        "---\nfachbereich: Ordnungsamt\nautor: Front Matter\ntitel: FM-Titel\n---\n# H1\n\nText.",
    )
    write(tmp_path / "ablauf.meta.yaml", "fachbereich: Bauamt\nautor: Sidecar\ntyp: prozess\n")
    defaults = DocumentMeta(department="Default", doc_type="dokument", language="de", tags=("t",))
    overrides = {"autor": "CLI"}

    doc = convert(md, load_meta(md, defaults, overrides), "d1", overrides=overrides)

    assert doc.meta.tags == ("t",)  # default survives
    assert doc.meta.doc_type == "prozess"  # sidecar beats default
    assert doc.meta.department == "Ordnungsamt"  # front matter beats sidecar
    assert doc.meta.title == "FM-Titel"  # front matter beats first H1
    assert doc.meta.author == "CLI"  # CLI beats everything


def test_front_matter_names_the_question_in_english_or_german(tmp_path):
    for key in ("question", "frage"):
        md = write(
            tmp_path / f"{key}.md", f"---\n{key}: Wen ruft man an?\n---\n# Kontakte\n\nText."
        )
        assert convert(md, load_meta(md), "d1").meta.question == "Wen ruft man an?"


def test_full_name_sidecar_beats_stem_sidecar(tmp_path):
    doc = write(tmp_path / "antrag.pdf", b"x")
    write(tmp_path / "antrag.meta.yaml", "fachbereich: Allgemein\ntyp: formular\n")
    write(tmp_path / "antrag.pdf.meta.yaml", "fachbereich: Speziell\n")
    meta = load_meta(doc)
    assert (meta.department, meta.doc_type) == ("Speziell", "formular")


def test_invalid_yaml_names_file(tmp_path):
    doc = write(tmp_path / "a.md", "Text")
    write(tmp_path / "a.md.meta.yaml", "titel: [kaputt\n")
    with pytest.raises(ConversionError) as err:
        load_meta(doc)
    assert (err.value.code, err.value.params["line"]) == ("meta_yaml_invalid", 2)
    assert german(err.value).startswith("a.md.meta.yaml: ungültiges YAML: ")


def test_bad_date_names_file_and_field(tmp_path):
    doc = write(tmp_path / "a.md", "Text")
    write(tmp_path / "a.meta.yaml", "erstellt: 31.02.2024\n")
    with pytest.raises(ConversionError) as err:
        load_meta(doc)
    assert err.value.code == "meta_bad_date"
    assert german(err.value) == (
        "a.meta.yaml: Feld 'erstellt': ungültiges Datum '31.02.2024' "
        "(erwartet JJJJ-MM-TT oder TT.MM.JJJJ)"
    )


def test_bad_front_matter_field_is_conversion_error(tmp_path):
    md = write(tmp_path / "b.md", "---\nschlagworte: {a: 1}\n---\nText")
    with pytest.raises(ConversionError) as err:
        convert(md, DocumentMeta(), "d")
    assert (err.value.code, err.value.params["value"]) == ("meta_not_list", {"a": 1})
    assert german(err.value) == (
        "b.md (Front Matter): Feld 'schlagworte' muss eine Liste sein, nicht {'a': 1}"
    )


def test_non_mapping_sidecar_is_rejected(tmp_path):
    doc = write(tmp_path / "c.txt", "Text")
    write(tmp_path / "c.txt.meta.yaml", "- nur\n- eine Liste\n")
    with pytest.raises(ConversionError) as err:
        load_meta(doc)
    assert err.value.code == "meta_not_mapping" and "Schlüssel" in german(err.value)


def test_unknown_keys_and_nulls_are_ignored():
    assert normalize_fields({"farbe": "blau", "autor": None, "Titel": "X"}, "t") == {"title": "X"}


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_in_iso_and_german_form(day):
    assert parse_date(day.isoformat(), "t", "erstellt") == day
    assert parse_date(day.strftime("%d.%m.%Y"), "t", "erstellt") == day


def test_prettify_filename():
    assert prettify_filename(Path("urlaubsantrag_stellen-v2.docx")) == "Urlaubsantrag stellen v2"
