"""Clean PDF text: joined hyphenation and lines, no running headers/footers, layout headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from ingest.chunking import ChunkingParams, StructureChunker
from ingest.converters.pdf import pdf_sections
from ingest.converters.pdf_layout import Block, Line, heading_paths, text_lines
from ingest.converters.pdf_text import join_lines, join_two, running_keys

# (kind, text); "line" entries are set one per PDF line, so their breaks are the PDF's own
PAGES: list[list[tuple[str, str]]] = [
    [
        ("h1", "Dienstanweisung Fundsachen"),
        ("h2", "1. Annahme"),
        ("line", "Fundsachen nimmt die Ver-"),
        ("line", "waltung  im Bürgerbüro an. Das Bau-"),
        ("line", "und Planungsamt hilft bei Fragen per E-"),
        ("line", "Mail."),
        ("gap", ""),
        ("line", "Ein zweiter Absatz beginnt hier."),
        ("bold", "Wichtige Hinweise"),
        ("line", "- Wertsachen sofort in den Tresor"),
        ("line", "- Fundzettel ausfüllen"),
    ],
    [
        ("line", "Die Aufbewahrung dauert sechs Mo-"),
        ("line", "nate ab Eingang."),
        ("h2", "2. Herausgabe"),
        ("line", "Die Herausgabe erfolgt gegen Nachweis des Eigentums und"),
        ("line", "Unterschrift auf dem Fundzettel."),
    ],
    [
        ("h1", "Anlage"),
        ("line", "Formulare liegen im Intranet bereit."),
    ],
]


class _Pdf(FPDF):
    def header(self) -> None:
        self.set_font("helvetica", "", 8)
        self.cell(0, 6, "Stadt Hollerbach - Ordnungsamt", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.cell(0, 8, f"Seite {self.page_no()} von {{nb}}", align="C")


def make_layout_pdf(path: Path) -> Path:
    pdf = _Pdf()
    styles = {"h1": ("B", 18), "h2": ("B", 14), "bold": ("B", 11), "line": ("", 11)}
    for page in PAGES:
        pdf.add_page()
        for kind, text in page:
            if kind == "gap":
                pdf.ln(5)
                continue
            style, size = styles[kind]
            pdf.set_font("helvetica", style, size)
            pdf.cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.fixture
def sections(tmp_path, run_convert):
    return run_convert(make_layout_pdf(tmp_path / "fund.pdf")).sections


def test_pdf_text_is_clean(sections):
    text = "\n".join(s.text for s in sections)
    assert "Seite" not in text and "Hollerbach" not in text  # running footer and header
    assert "Ver- waltung" not in text and "Verwaltung im Bürgerbüro" in text
    assert "Bau- und Planungsamt" in text and "per E-Mail." in text
    assert "sechs Monate ab Eingang." in text
    assert "  " not in text
    assert "Eigentums und Unterschrift" in text  # a line break inside a paragraph is joined


def test_pdf_keeps_paragraphs_and_list_items(sections):
    first = [s for s in sections if s.page == 1 and s.heading_path[-1] == "1. Annahme"]
    assert first[0].text.endswith("per E-Mail.\n\nEin zweiter Absatz beginnt hier.")
    items = [s for s in sections if s.kind == "list"]
    assert items[0].text == "- Wertsachen sofort in den Tresor\n- Fundzettel ausfüllen"


def test_pdf_headings_by_size_and_bold_with_pages(sections):
    paths = [(s.page, s.heading_path, s.text[:20]) for s in sections]
    assert paths == [
        (1, ("Dienstanweisung Fundsachen", "1. Annahme"), "Fundsachen nimmt die"),
        (
            1,
            ("Dienstanweisung Fundsachen", "1. Annahme", "Wichtige Hinweise"),
            "- Wertsachen sofort ",
        ),
        (
            2,
            ("Dienstanweisung Fundsachen", "1. Annahme", "Wichtige Hinweise"),
            "Die Aufbewahrung dau",
        ),
        (2, ("Dienstanweisung Fundsachen", "2. Herausgabe"), "Die Herausgabe erfol"),
        (3, ("Anlage",), "Formulare liegen im "),
    ]


def test_pdf_chunks_cite_their_page_and_heading(tmp_path, run_convert):
    doc = run_convert(make_layout_pdf(tmp_path / "fund.pdf"))
    chunks = StructureChunker(ChunkingParams(max_tokens=128)).run(doc)
    assert [(c.page, c.heading_path[-1], c.text.split()[1]) for c in chunks] == [
        (1, "1. Annahme", "nimmt"),
        (1, "Wichtige Hinweise", "Wertsachen"),
        (2, "Wichtige Hinweise", "Aufbewahrung"),
        (2, "2. Herausgabe", "Herausgabe"),
        (3, "Anlage", "liegen"),
    ]
    assert chunks[3].embed_text.endswith(
        "Dienstanweisung Fundsachen > 2. Herausgabe\nDie Herausgabe erfolgt gegen Nachweis des Eigentums und Unterschrift auf dem Fundzettel."
    )
    assert all("Seite" not in c.text and "  " not in c.text for c in chunks)


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("Die Ver-", "waltung", "Die Verwaltung"),
        ("Antrags-", "stellerin", "Antragsstellerin"),
        ("Bau-", "und Planungsamt", "Bau- und Planungsamt"),
        ("Vor-", "oder Nachname", "Vor- oder Nachname"),
        ("Haupt-", "bzw. Nebenwohnung", "Haupt- bzw. Nebenwohnung"),
        ("Garten-", "sowie Friedhofsamt", "Garten- sowie Friedhofsamt"),
        ("per E-", "Mail", "per E-Mail"),
        ("Bürger-", "Service", "Bürger-Service"),
        ("2023-", "2024", "2023-2024"),
        ("Sozialamt –", "Fachstelle", "Sozialamt – Fachstelle"),
        ("Text -", "weiter", "Text - weiter"),
        ("Straßen\u00ad", "reinigung", "Straßenreinigung"),
        ("Der Antrag", "wird geprüft", "Der Antrag wird geprüft"),
    ],
)
def test_hyphenation_rules(left, right, joined):
    assert join_two(left, right) == joined


def test_join_lines_collapses_spaces():
    assert (
        join_lines(["nach  §  14  OBG  NRW  mit Ver-", "fügung"])
        == "nach § 14 OBG NRW mit Verfügung"
    )


def test_running_lines_need_most_pages():
    pages = [["Amt", "a", "Seite 1 von 3"], ["Amt", "b", "Seite 2 von 3"], ["c", "Seite 3 von 3"]]
    assert running_keys(pages) == {"amt", "seite # von #"}
    assert running_keys([["Amt", "Seite 1"]]) == set()  # one page: nothing repeats


def test_pages_without_layout_keep_paragraphs_and_empty_pages():
    pages = [text_lines("Erster  Absatz mit Ver-\nwaltung.\n\nZweiter Absatz."), [], [Line("Ende")]]
    sections = pdf_sections(pages, 10_000)
    assert [(s.page, s.text) for s in sections] == [
        (1, "Erster Absatz mit Verwaltung.\n\nZweiter Absatz."),
        (3, "Ende"),
    ]


def test_cover_page_headings_do_not_head_later_pages():
    cover = [Block("Stadt Hollerbach Bauordnung", "heading", 18), Block("Stand 2024")]
    body = [Block("1. Zweck", "heading", 15), Block("Der Antrag wird geprüft. " * 10)]
    paths = [(page, path) for page, path, _ in heading_paths([cover, body])]
    assert paths == [(1, ("Stadt Hollerbach Bauordnung",)), (2, ("1. Zweck",))]
