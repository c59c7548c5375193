"""Markdown and plain-text converters on real files."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.converters.base import MAX_SECTION_CHARS, decode_text, split_long
from search.types import DocumentMeta
from tests.ingest.fixtures import write

MARKDOWN = """---
titel: Urlaub im Überblick
fachbereich: Personalamt
erstellt: 05.03.2024
schlagworte: [Urlaub, Antrag]
---
# Urlaubsantrag

Anträge stellen Sie **rechtzeitig** über das [Portal](https://intranet/portal).
Zweite Zeile desselben Absatzes.

## Fristen

- Erholungsurlaub
  - zwei Wochen vorher
- Sonderurlaub

| Art | Frist |
|-----|-------|
| Erholungsurlaub | 2 Wochen |
| Bildungsurlaub | 6 Wochen |

```
Formular: U-17
```

# Genehmigung

Die Amtsleitung entscheidet.
"""


def test_markdown_structure_and_front_matter(tmp_path, run_convert):
    doc = run_convert(write(tmp_path / "urlaub.md", MARKDOWN))

    assert doc.meta.title == "Urlaub im Überblick"
    assert doc.meta.department == "Personalamt"
    assert doc.meta.created == date(2024, 3, 5)
    assert doc.meta.tags == ("Urlaub", "Antrag")
    assert [(s.kind, s.heading_path) for s in doc.sections] == [
        ("text", ("Urlaubsantrag",)),
        ("list", ("Urlaubsantrag", "Fristen")),
        ("table", ("Urlaubsantrag", "Fristen")),
        ("code", ("Urlaubsantrag", "Fristen")),
        ("text", ("Genehmigung",)),
    ]
    text, listing, table, code, _ = (s.text for s in doc.sections)
    assert text == (
        "Anträge stellen Sie rechtzeitig über das Portal. Zweite Zeile desselben Absatzes."
    )
    assert listing == "- Erholungsurlaub\n  - zwei Wochen vorher\n- Sonderurlaub"
    assert table == "Art: Erholungsurlaub; Frist: 2 Wochen\nArt: Bildungsurlaub; Frist: 6 Wochen"
    assert code == "Formular: U-17"
    assert "titel:" not in doc.text


def test_markdown_title_from_first_h1_then_file_name(tmp_path, run_convert):
    assert run_convert(write(tmp_path / "a.md", "# Kassenordnung\n\nText.")).meta.title == (
        "Kassenordnung"
    )
    no_heading = run_convert(write(tmp_path / "dienst_anweisung-kasse.md", "Nur Text."))
    assert no_heading.meta.title == "Dienst anweisung kasse"


def test_text_cp1252_is_decoded(tmp_path, run_convert):
    path = write(
        tmp_path / "notiz.txt", "Straßenreinigung: Gebühr für Anlieger.\n".encode("cp1252")
    )
    assert run_convert(path).sections[0].text == "Straßenreinigung: Gebühr für Anlieger."


def test_text_utf8_bom_and_paragraphs(tmp_path, run_convert):
    path = write(tmp_path / "n.txt", "\ufeffErster Absatz.\n\nZweiter Absatz.".encode())
    doc = run_convert(path)
    assert doc.sections[0].text == "Erster Absatz.\n\nZweiter Absatz."


def test_invalid_utf8_markdown_falls_back_to_cp1252(tmp_path, run_convert):
    path = write(tmp_path / "alt.md", "# Übersicht\n\nÄnderungen für Gebühren.".encode("cp1252"))
    doc = run_convert(path)
    assert doc.sections[0].heading_path == ("Übersicht",)
    assert doc.sections[0].text == "Änderungen für Gebühren."


def test_ten_megabyte_single_line_is_split_quickly(tmp_path, run_convert):
    sentence = "Der Antrag wird vom Bürgeramt geprüft und z. B. per Post beantwortet. "
    path = write(tmp_path / "riesig.txt", (sentence * (10_000_000 // len(sentence))).encode())
    started = time.perf_counter()
    doc = run_convert(path)
    assert time.perf_counter() - started < 10
    assert len(doc.sections) > 2000
    assert all(len(s.text) <= MAX_SECTION_CHARS for s in doc.sections)
    assert doc.sections[0].text.endswith("beantwortet.")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\nÄß"), max_size=500), st.integers(5, 60))
def test_split_long_keeps_every_character_and_respects_limit(text, limit):
    pieces = split_long(text, limit)
    assert all(0 < len(p) <= limit for p in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == (
        text.replace(" ", "").replace("\n", "")
    )


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="cp1252", exclude_categories=["Cc", "Cs"]), min_size=1))
def test_decode_text_round_trips_utf8_and_cp1252(text):
    assert decode_text(text.encode("utf-8"), "x.txt") == text
    data = text.encode("cp1252")
    try:
        expected = data.decode("utf-8")  # such bytes are genuinely ambiguous; UTF-8 wins
    except UnicodeDecodeError:
        expected = text
    assert decode_text(data, "x.txt") == expected


def test_meta_passes_through(tmp_path, run_convert):
    doc = run_convert(write(tmp_path / "a.txt", "Hallo."), DocumentMeta(department="Kasse"))
    assert doc.meta.department == "Kasse" and doc.meta.title == "A"
