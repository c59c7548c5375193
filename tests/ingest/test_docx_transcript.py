"""Word interviews with `Name: text` paragraphs become speaker turns; ordinary Word files do not."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.chunking import ChunkingParams, StructureChunker
from ingest.converters.speakers import speaker_line, transcript_turns
from search.types import DocumentMeta

pytestmark = pytest.mark.usefixtures("no_network")

KUEHN, PIEPER = "Sandra Kühn", "Frau Dr. Pieper-Lüth"
TURNS = [
    (KUEHN, "Wie lange arbeiten Sie schon im Standesamt?"),
    (PIEPER, "Seit 1994. Vorher war ich im Bürgerbüro."),
    (KUEHN, "Was steht nicht in den Akten?"),
    (PIEPER, "Die Sammelakten vor 1970 liegen im Keller, nicht im Archiv."),
    (KUEHN, "Und die Namensänderungen?"),
    (PIEPER, "Die prüfe ich immer mit dem Familienbuch gegen. Das vergessen viele."),
    (KUEHN, "Vielen Dank."),
]


def make_interview(path: Path, *, bold: bool, continuation: str = "") -> Path:
    """The shape build_interviews.py writes: title, facts table, turns, a bullet list."""
    document = docx.Document()
    document.core_properties.title = "Experteninterview Standesamt"
    document.add_heading("Experteninterview Standesamt", level=1)
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate([("Datum", "Interviewerin"), ("05.01.2026", KUEHN)]):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    document.add_heading("Gesprächsverlauf", level=2)
    for index, (name, text) in enumerate(TURNS):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{name}: ").bold = bold
        paragraph.add_run(text)
        if index == 3 and continuation:
            document.add_paragraph(continuation)
    document.add_heading("Merkposten", level=2)
    document.add_paragraph("Sammelakten vor 1970: Keller prüfen", style="List Bullet")
    document.add_paragraph("Familienbuch gegenprüfen", style="List Bullet")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def make_paragraphs(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    document.add_heading("Dienstanweisung Geburtsbeurkundung", level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.parametrize("bold", [True, False], ids=["bold-names", "plain-names"])
def test_word_interview_paragraphs_become_turns(tmp_path, run_convert, bold):
    doc = run_convert(make_interview(tmp_path / "interview.docx", bold=bold))

    turns = [s for s in doc.sections if s.speaker]
    assert [(s.speaker, s.text) for s in turns] == TURNS
    assert [s.kind for s in turns] == ["question", "turn"] * 3 + ["question"]
    assert {s.heading_path for s in turns} == {("Experteninterview Standesamt", "Gesprächsverlauf")}
    assert (doc.meta.doc_type, doc.meta.expert) == ("interview", PIEPER)
    assert doc.meta.title == "Experteninterview Standesamt"


def test_table_and_list_stay_ordinary_sections(tmp_path, run_convert):
    doc = run_convert(make_interview(tmp_path / "interview.docx", bold=True))

    others = [(s.kind, s.heading_path) for s in doc.sections if not s.speaker]
    assert others == [
        ("table", ("Experteninterview Standesamt",)),
        ("list", ("Experteninterview Standesamt", "Merkposten")),
    ]
    listed = next(s.text for s in doc.sections if s.kind == "list")
    assert listed.startswith("- Sammelakten vor 1970: Keller prüfen")


def test_paragraph_without_prefix_continues_the_turn(tmp_path, run_convert):
    more = "Der Schlüssel dafür hängt beim Hausmeister, Raum 012."
    doc = run_convert(make_interview(tmp_path / "i.docx", bold=False, continuation=more))

    follow = next(s for s in doc.sections if s.text == more)
    assert (follow.speaker, follow.kind) == (PIEPER, "turn")


def test_sidecar_metadata_wins(tmp_path, run_convert):
    meta = DocumentMeta(title="Gespräch Pieper", doc_type="protokoll", expert="Anne Pieper")
    doc = run_convert(make_interview(tmp_path / "interview.docx", bold=True), meta)

    assert (doc.meta.doc_type, doc.meta.expert, doc.meta.title) == (
        "protokoll",
        "Anne Pieper",
        "Gespräch Pieper",
    )
    assert doc.sections[1].kind == "question"


def test_chunks_keep_question_with_answer(tmp_path, run_convert):
    doc = run_convert(make_interview(tmp_path / "interview.docx", bold=True))
    chunks = StructureChunker(ChunkingParams(max_tokens=256)).run(doc)

    first = next(c for c in chunks if c.speaker == PIEPER)
    assert first.text == f"{KUEHN}: {TURNS[0][1]}\n{PIEPER}: {TURNS[1][1]}"


def test_one_hinweis_paragraph_is_not_a_transcript(tmp_path, run_convert):
    path = make_paragraphs(
        tmp_path / "dienstanweisung.docx",
        [
            "Geburten werden innerhalb einer Woche beurkundet.",
            "Hinweis: Bei Hausgeburten ist die Hebammenbescheinigung beizufügen.",
            "Die Anzeige erstattet in der Regel das Krankenhaus.",
        ],
    )
    doc = run_convert(path)

    assert all(s.speaker is None and s.kind == "text" for s in doc.sections)
    assert "Hinweis: Bei Hausgeburten" in doc.sections[0].text
    assert doc.meta.doc_type == "dokument" and doc.meta.expert is None


def test_form_labels_are_not_speakers(tmp_path, run_convert):
    """Six different `Label: value` lines, none recurring, read as a form, not an interview."""
    labels = ["Zuständigkeit", "Frist", "Gebühr", "Rechtsgrundlage", "Ansprechpartner", "Formular"]
    path = make_paragraphs(tmp_path / "steckbrief.docx", [f"{k}: siehe Anlage {k}" for k in labels])
    doc = run_convert(path)

    assert {s.kind for s in doc.sections} == {"text"}
    assert doc.meta.doc_type == "dokument"


def test_detection_thresholds():
    dialogue = [f"{name}: {text}" for name, text in TURNS]
    assert len(transcript_turns(dialogue[:6])) == 6
    assert transcript_turns(dialogue[:5]) == []  # fewer than six speaker paragraphs
    prose = ["Ein Absatz ohne Sprecher."] * 5
    assert transcript_turns(dialogue[:6] + prose) == []  # 6 of 11 is under 60 %
    assert len(transcript_turns(dialogue[:6] + prose[:4])) == 6  # 6 of 10 is enough


def test_strict_prefix_rejects_lowercase_labels():
    assert speaker_line("Baulasten vor 1995: Karteikarten", strict=True) is None
    assert speaker_line("Herr von Brenken: Ja.", strict=True).speaker == "Herr von Brenken"
    assert speaker_line("Sandra Kühn:", strict=True) is None  # nothing said


_WORD = st.from_regex(r"[A-ZÄÖÜ][a-zäöüß]{1,10}(-[A-ZÄÖÜ][a-zäöüß]{1,8})?", fullmatch=True)


@given(
    title=st.sampled_from(["", "Frau ", "Herr ", "Dr. ", "Frau Dr. "]),
    words=st.lists(_WORD, min_size=1, max_size=4),
    said=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1),
)
def test_any_capitalised_name_round_trips(title, words, said):
    name = title + " ".join(words)
    turn = speaker_line(f"{name}: {said}", strict=True)
    if said.strip():
        assert turn is not None and (turn.speaker, turn.text) == (name, said.strip())
    else:
        assert turn is None
