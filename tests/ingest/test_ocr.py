"""OCR on generated scans: a mixed PDF and an image become searchable, with the page cited."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from fpdf import FPDF
from PIL import Image

from app.messages import german
from ingest.budgets import Budgets
from ingest.converters import convert
from ingest.converters.image import ImageConverter
from ingest.pipeline import IngestPipeline
from search.errors import ConversionError
from search.retriever import Retriever
from search.store_payload import chunk_to_payload
from search.types import DocumentMeta
from tests.ingest import fixtures
from tests.ingest.test_pipeline import close, make_pipeline

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract-ocr missing: bash tools/system_deps.sh"
)
TEXT_PAGE = "Der Bauantrag wird schriftlich bei der Bauordnung eingereicht."
SCANNED = ("Dienstanweisung Winterdienst", "Streupflicht der Anlieger beginnt", "um sieben Uhr.")


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """One ingest run over a mixed PDF, a scanned png, a multi-page TIFF and a broken image."""
    share = tmp_path_factory.mktemp("share")
    fixtures.make_scanned_pdf(share / "bau.pdf", [TEXT_PAGE, SCANNED])
    fixtures.make_scan(share / "akten.png")
    (share / "kaputt.jpg").write_bytes(b"\xff\xd8\xff\xe0 kein Bild " * 20)
    pipeline = make_pipeline(tmp_path_factory.mktemp("data"))
    report = pipeline.run([share])
    yield pipeline, report
    close(pipeline)


def search(pipeline: IngestPipeline, query: str):
    retriever = Retriever(pipeline.embedder, pipeline.sparse, pipeline.store)
    return retriever.search_chunks(query, top_k=3, mode="sparse")


def test_the_scanned_page_of_a_mixed_pdf_is_found_with_its_page(indexed):
    pipeline, report = indexed
    assert report.ok == 2
    top = search(pipeline, "Streupflicht Anlieger Winterdienst")[0].chunk
    assert top.source.endswith("bau.pdf") and top.page == 2
    assert "Streupflicht der Anlieger" in top.text
    assert top.ocr_confidence is not None and top.ocr_confidence > 60


def test_the_text_page_is_not_ocred(indexed):
    pipeline, _ = indexed
    top = search(pipeline, "Bauantrag schriftlich Bauordnung")[0].chunk
    assert (top.page, top.ocr_confidence, top.text) == (1, None, TEXT_PAGE)


def test_an_image_file_is_searchable_and_confidence_is_in_the_payload(indexed):
    pipeline, _ = indexed
    top = search(pipeline, "Personalakten vernichtet")[0].chunk
    assert top.source.endswith("akten.png") and top.page == 1
    # the store rebuilt this chunk from its payload: the confidence travelled through it
    assert top.ocr_confidence is not None and top.ocr_confidence > 60
    assert chunk_to_payload(top)["ocr_confidence"] == top.ocr_confidence


def test_an_unreadable_image_is_reported_and_the_batch_goes_on(indexed):
    _, report = indexed
    [failed] = report.failed
    assert failed.path.endswith("kaputt.jpg") and failed.code == "image_unreadable"
    assert report.warnings == ()


def test_a_scan_with_a_text_stamp_is_read_and_the_stamp_kept(tmp_path):
    path = fixtures.make_stamped_scan_pdf(tmp_path / "eingang.pdf", "Eingang 12.03.2024", SCANNED)
    doc = convert(path, DocumentMeta(), "d1")
    text = " ".join(s.text for s in doc.sections)
    assert "Streupflicht der Anlieger" in text and "12.03.2024" in text
    assert {s.page for s in doc.sections} == {1}
    assert all(s.ocr_confidence is not None for s in doc.sections)


def test_a_short_text_page_with_a_small_logo_is_not_ocred(tmp_path):
    path = tmp_path / "deckblatt.pdf"
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.image(Image.new("L", (300, 300), 128), x=10, y=10, w=30)  # 90,000 px: a logo
    pdf.set_xy(10, 60)
    pdf.cell(0, 8, "Dienstanweisung Kasse")
    pdf.output(str(path))
    doc = convert(path, DocumentMeta(), "d1")
    assert [(s.text, s.ocr_confidence) for s in doc.sections] == [("Dienstanweisung Kasse", None)]


def test_a_multi_page_tiff_gives_one_page_each(tmp_path):
    path = tmp_path / "akte.tif"
    first = fixtures.scan_image(("Seite eins: Meldebescheinigung",))
    first.save(
        path, save_all=True, append_images=[fixtures.scan_image(("Seite zwei: Führerschein",))]
    )
    doc = convert(path, DocumentMeta(), "id1")
    assert [(s.page, s.text) for s in doc.sections] == [
        (1, "Seite eins: Meldebescheinigung"),
        (2, "Seite zwei: Führerschein"),
    ]


def test_a_low_confidence_page_is_indexed_and_warned_about(tmp_path):
    share = tmp_path / "share"
    fixtures.make_scan(share / "unscharf.png")
    pipeline = make_pipeline(tmp_path / "data")
    pipeline.min_ocr_confidence = 99.9  # every real scan is below
    report = pipeline.run([share])
    close(pipeline)
    [warning] = report.warnings
    assert report.ok == 1 and (warning.code, warning.params["page"]) == ("ocr_low_confidence", 1)
    assert german(ConversionError(warning.code, **warning.params)).startswith(
        "unscharf.png: Seite 1: Texterkennung unsicher"
    )
    assert report.as_json(lambda issue: issue.code)["files"]["warnings"][0]["code"] == (
        "ocr_low_confidence"
    )


def test_missing_tesseract_names_the_file_and_the_debian_package(tmp_path, monkeypatch):
    path = fixtures.make_scan(tmp_path / "scan.png")

    def no_tesseract(*args, **kwargs):
        raise FileNotFoundError("tesseract")

    monkeypatch.setattr(subprocess, "run", no_tesseract)
    with pytest.raises(ConversionError) as err:
        ImageConverter().run(path, DocumentMeta(), "id1")
    message = german(err.value)
    assert message.startswith("scan.png: ") and "tesseract-ocr-deu" in message


def test_too_many_scanned_pages_are_refused_before_any_ocr(tmp_path):
    path = fixtures.make_scanned_pdf(tmp_path / "dick.pdf", [SCANNED, SCANNED])
    with pytest.raises(ConversionError) as err:
        convert(path, DocumentMeta(), "id1", budgets=Budgets(max_ocr_pages=1))
    assert (err.value.code, err.value.params["pages"]) == ("ocr_too_many_pages", 2)
