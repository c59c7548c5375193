"""Word, PowerPoint, ODT, HTML and e-mail through unstructured, offline, on generated files."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from tests.ingest import fixtures

pytestmark = pytest.mark.usefixtures("no_network")


def by_heading(document, *path):
    return [s for s in document.sections if s.heading_path == path]


def test_docx_headings_lists_tables(tmp_path, run_convert, no_network):
    doc = run_convert(fixtures.make_docx(tmp_path / "urlaub.docx"))

    assert doc.meta.title == "Dienstanweisung Urlaub"
    intro = by_heading(doc, "Urlaub beantragen")
    assert "Personalamt gestellt" in intro[0].text and intro[0].kind == "text"
    fristen = by_heading(doc, "Urlaub beantragen", "Fristen")
    kinds = {s.kind: s.text for s in fristen}
    assert kinds["list"].splitlines() == [
        "- Mindestens zwei Wochen vorher einreichen",
        "- Sonderurlaub nach § 5 Abs. 2 gesondert beantragen",
        "  - Nachweis beifügen",
    ]
    assert kinds["table"] == (
        "Urlaubsart: Erholungsurlaub; Frist: 2 Wochen\nUrlaubsart: Bildungsurlaub; Frist: 6 Wochen"
    )
    assert "innerhalb einer Woche" in by_heading(doc, "Genehmigung")[0].text
    assert no_network == []


def test_docx_title_falls_back_to_first_heading(tmp_path, run_convert):
    doc = run_convert(fixtures.make_docx(tmp_path / "a.docx", title=""))
    assert doc.meta.title == "Urlaub beantragen"


def test_pptx_slides_are_pages_with_slide_title_as_heading(tmp_path, run_convert):
    doc = run_convert(fixtures.make_pptx(tmp_path / "folien.pptx"))

    assert [(s.page, s.heading_path) for s in doc.sections] == [
        (1, ("Einbürgerung",)),
        (2, ("Unterlagen",)),
    ]
    assert doc.sections[1].text == "Die Geburtsurkunde muss im Original vorgelegt werden."
    assert doc.meta.title == "Einbürgerung"


def test_german_sentence_on_a_slide_is_not_a_title(tmp_path, run_convert):
    """Capitalised nouns must not make a German sentence look like a heading."""
    doc = run_convert(fixtures.make_pptx(tmp_path / "folien.pptx"))
    headings = {h for s in doc.sections for h in s.heading_path}
    assert headings == {"Einbürgerung", "Unterlagen"}


def test_odt_without_pandoc(tmp_path, run_convert):
    doc = run_convert(fixtures.make_odt(tmp_path / "hund.odt"))

    assert doc.meta.title == "Hundesteuer Anmeldung"
    assert by_heading(doc, "Hundesteuer")[0].text.startswith("Jeder Hund muss innerhalb")
    lists = [s for s in doc.sections if s.kind == "list"]
    assert lists[0].text == "- Personalausweis\n- Nachweis der Haftpflicht"
    assert lists[0].heading_path == ("Hundesteuer", "Unterlagen")
    tables = [s.text for s in doc.sections if s.kind == "table"]
    assert tables == ["Hund: Erster Hund; Steuer: 90 Euro"]


def test_html_title_headings_and_table(tmp_path, run_convert):
    doc = run_convert(fixtures.write(tmp_path / "bau.html", fixtures.HTML))

    assert doc.meta.title == "Bauantrag & Bauvoranfrage"
    assert by_heading(doc, "Bauantrag")[0].text.startswith("Der Bauantrag wird")
    unterlagen = {s.kind: s.text for s in by_heading(doc, "Bauantrag", "Unterlagen")}
    assert unterlagen["list"] == "- Lageplan im Maßstab 1:500\n- Bauzeichnungen"
    assert unterlagen["table"] == "Leistung: Prüfung; Gebühr: 100 Euro"
    assert "drei Monate" in by_heading(doc, "Bauantrag", "Bearbeitungszeit")[0].text


def test_eml_subject_sender_date_and_attachment_note(tmp_path, run_convert):
    doc = run_convert(fixtures.make_eml(tmp_path / "rundmail.eml"))

    assert doc.meta.title == "Neue Regelung zur Reisekostenabrechnung"
    assert doc.meta.author == "Erika Mustermann <erika.mustermann@stadt-beispiel.de>"
    assert doc.meta.created == date(2024, 3, 5)
    assert doc.meta.doc_type == "email"
    assert "An: alle@stadt-beispiel.de" in doc.sections[0].text
    assert any("über das Portal abgerechnet" in s.text for s in doc.sections)
    assert doc.sections[-1].text == "Anhänge (nicht indexiert): formular.pdf"
    assert not any("%PDF" in s.text for s in doc.sections)


def test_fresh_interpreter_never_touches_network_or_nltk(tmp_path):
    """A first import of unstructured (telemetry, NLTK download) must stay offline."""
    files = [
        fixtures.make_docx(tmp_path / "a.docx"),
        fixtures.make_pptx(tmp_path / "b.pptx"),
        fixtures.make_odt(tmp_path / "c.odt"),
        fixtures.write(tmp_path / "d.html", fixtures.HTML),
        fixtures.make_eml(tmp_path / "e.eml"),
    ]
    script = textwrap.dedent(
        f"""
        import socket, sys
        from pathlib import Path
        attempts = []
        def refuse(*a, **k):
            attempts.append(a)
            raise OSError("offline")
        socket.socket.connect = refuse
        socket.getaddrinfo = refuse
        from ingest.converters import convert
        from search.types import DocumentMeta
        for name in {[str(f) for f in files]!r}:
            assert convert(Path(name), DocumentMeta(), "x").sections
        assert not attempts, attempts
        assert "nltk" not in sys.modules, "nltk imported"
        print("OK")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip().endswith("OK"), result.stderr[-2000:]
