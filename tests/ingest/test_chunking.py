import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.chunking import ChunkingParams, StructureChunker, approx_tokens, split_units
from ingest.sentences import split_sentences
from search.types import Document, DocumentMeta, Section


def make_doc(sections, title="Urlaubsantrag"):
    return Document(
        id="doc1", source="/x/urlaub.md", meta=DocumentMeta(title=title), sections=tuple(sections)
    )


def words(text):
    return re.findall(r"\w+", text)


def test_sections_under_one_heading_are_merged_and_keep_their_path():
    doc = make_doc(
        [
            Section("Anträge stellen Sie im Portal.", ("Urlaub", "Antrag")),
            Section("Die Genehmigung erteilt die Amtsleitung.", ("Urlaub", "Antrag")),
            Section("Resturlaub verfällt am 31. März.", ("Urlaub", "Fristen")),
        ]
    )
    chunks = StructureChunker(ChunkingParams(max_tokens=128)).run(doc)
    assert [c.heading_path for c in chunks] == [("Urlaub", "Antrag"), ("Urlaub", "Fristen")]
    assert "Genehmigung" in chunks[0].text and "Portal" in chunks[0].text
    assert chunks[0].embed_text.startswith("Urlaubsantrag > Urlaub > Antrag\n")


def test_a_page_break_splits_a_group_and_the_heading_carries_over():
    doc = make_doc(
        [
            Section("Anträge stellen Sie im Portal.", ("Urlaub", "Antrag"), page=1),
            Section("Die Genehmigung erteilt die Amtsleitung.", ("Urlaub", "Antrag"), page=2),
            Section("Resturlaub verfällt am 31. März.", ("Urlaub", "Antrag"), page=2),
        ]
    )
    chunks = StructureChunker(ChunkingParams(max_tokens=128)).run(doc)
    assert [(c.page, c.heading_path) for c in chunks] == [
        (1, ("Urlaub", "Antrag")),
        (2, ("Urlaub", "Antrag")),
    ]
    assert "Portal" in chunks[0].text and "Portal" not in chunks[1].text
    assert "Genehmigung" in chunks[1].text and "Resturlaub" in chunks[1].text


def test_interview_groups_question_with_answer():
    doc = make_doc(
        [
            Section(
                "Was machen Sie, wenn OK.EWO hängt?",
                speaker="Kühn",
                timestamp=10.0,
                kind="question",
            ),
            Section(
                "Dann rufe ich Herrn Brandt an, Durchwahl 412.",
                speaker="Hoffmann",
                timestamp=14.0,
                kind="turn",
            ),
            Section("Und beim Jahresabschluss?", speaker="Kühn", timestamp=60.0, kind="question"),
            Section(
                "Die Liste liegt auf dem S-Laufwerk.",
                speaker="Hoffmann",
                timestamp=65.0,
                kind="turn",
            ),
        ]
    )
    chunks = StructureChunker(ChunkingParams(max_tokens=128)).run(doc)
    assert len(chunks) == 2
    assert chunks[0].text.startswith("Kühn: Was machen Sie") and "Brandt" in chunks[0].text
    assert chunks[0].speaker == "Hoffmann" and chunks[0].timestamp == 10.0
    assert chunks[1].timestamp == 60.0


def test_long_section_is_split_within_budget_with_overlap():
    sentences = [f"Satz Nummer {i} beschreibt den Schritt {i} im Verfahren." for i in range(80)]
    doc = make_doc([Section(" ".join(sentences), ("Ablauf",))])
    params = ChunkingParams(max_tokens=128, overlap_tokens=24)
    chunks = StructureChunker(params).run(doc)
    assert len(chunks) > 3
    assert all(approx_tokens(c.embed_text) <= 128 + 4 for c in chunks)
    # consecutive windows share at least one sentence (the overlap)
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert set(split_sentences(a.text)) & set(split_sentences(b.text))


def test_unbroken_megastring_is_split_not_dropped():
    blob = "x" * 5000
    chunks = StructureChunker(ChunkingParams(max_tokens=64, overlap_tokens=0)).run(
        make_doc([Section(blob)])
    )
    assert "".join(c.text for c in chunks) == blob


def test_units_are_lines_sentences_and_clauses():
    assert split_units("Frist: Zwei Wochen ab 1. März. Danach\nEnde; Schluss") == [
        "Frist:",
        "Zwei Wochen ab 1. März.",
        "Danach",
        "Ende;",
        "Schluss",
    ]


def test_abbreviations_do_not_end_sentences():
    assert split_sentences("Bitte z. B. den Antrag mitbringen. Danach geht es weiter.") == [
        "Bitte z. B. den Antrag mitbringen.",
        "Danach geht es weiter.",
    ]


section_text = st.lists(
    st.sampled_from(
        ["Antrag", "Urlaub", "Frist.", "Gebühr", "31.", "März", "Amt", "Bauhof.", "\n"]
    ),
    min_size=1,
    max_size=120,
).map(" ".join)
headings = st.sampled_from([(), ("A",), ("A", "B"), ("C",)])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(section_text, headings), min_size=1, max_size=8), st.integers(24, 200))
def test_chunks_cover_text_in_order_with_stable_ids(parts, budget):
    doc = make_doc([Section(t, h) for t, h in parts])
    chunker = StructureChunker(ChunkingParams(max_tokens=budget, overlap_tokens=8))
    chunks = chunker.run(doc)
    covered = [w for c in chunks for w in words(c.text)]
    expected = [w for t, _ in parts for w in words(t)]
    # every word of the document appears in the chunks, in order (overlap may repeat words)
    it = iter(covered)
    assert all(any(w == x for x in it) for w in expected)
    assert [c.position for c in chunks] == list(range(len(chunks)))
    assert len({c.id for c in chunks}) == len(chunks)
    assert [c.id for c in chunker.run(doc)] == [c.id for c in chunks]


def test_batch_counter_counts_sentences_in_one_call_and_changes_nothing():
    sentences = [f"Satz {i}: der Antrag geht an die Stelle {i} zur Prüfung." for i in range(60)]
    doc = make_doc([Section(" ".join(sentences), ("Ablauf",))])
    params = ChunkingParams(max_tokens=96, overlap_tokens=16)
    batches: list[int] = []

    def count_batch(texts):
        batches.append(len(texts))
        return [approx_tokens(t) for t in texts]

    plain = StructureChunker(params).run(doc)
    batched = StructureChunker(params, approx_tokens, count_batch).run(doc)
    assert [c.text for c in batched] == [c.text for c in plain] and len(plain) > 3
    assert batches == [60]  # every sentence of the long section in one tokenizer call
