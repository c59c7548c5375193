"""Budgets before work: hostile containers, trees and texts are refused by the limit they cross.

The inflating and lying .docx, measured in a subprocess, are in test_robustness.py.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from app.messages import german
from ingest.budgets import DEFAULT_BUDGETS, Budgets
from ingest.converters import convert
from search.errors import ConversionError
from search.types import DocumentMeta
from tests.ingest.fixtures import make_docx, make_odt, make_pdf, make_pptx
from tests.ingest.test_bpmn import bpmn
from tests.ingest.test_robustness import deep_html

LAUGHS = "".join(
    f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' if n else '<!ENTITY l0 "ha">' for n in range(10)
)  # &l9; would expand to 10^9 "ha"
BILLION_LAUGHS = f"<!DOCTYPE d [{LAUGHS}]>"


def refusal(path: Path, budgets: Budgets = DEFAULT_BUDGETS) -> ConversionError:
    with pytest.raises(ConversionError) as caught:
        convert(path, DocumentMeta(), "x", budgets=budgets)
    return caught.value


def rewrite(source: Path, target: Path, extra: dict[str, bytes], compress: int = 8) -> Path:
    """A copy of the zip `source` with members replaced or added (`compress`: zipfile method)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", compress) as new:
        for info in old.infolist():
            if info.filename not in extra:
                new.writestr(info, old.read(info))
        for name, data in extra.items():
            new.writestr(name, data)
    return target


def word_xml(body: str, prolog: str = "") -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return f'<?xml version="1.0"?>{prolog}<w:document {ns}><w:body>{body}</w:body></w:document>'.encode()


# --- zip containers ---------------------------------------------------------------------------


def test_members_past_the_count_are_refused_before_parsing(tmp_path):
    docx = make_docx(tmp_path / "a.docx")
    members = len(zipfile.ZipFile(docx).infolist())
    error = refusal(docx, Budgets(max_members=members - 1))
    assert (error.code, error.params["members"], error.params["limit"]) == (
        "archive_too_many_members", members, members - 1,
    )  # fmt: skip
    assert german(error) == (
        f"a.docx: zu viele Einträge im ZIP-Container: {members}, erlaubt sind {members - 1}"
    )


def test_total_unpacked_size_is_budgeted(tmp_path):
    docx = make_docx(tmp_path / "a.docx")
    error = refusal(docx, Budgets(max_unpacked_bytes=1000))
    assert error.code == "archive_too_large" and error.params["size"] > 1000
    assert "erlaubt sind 1.0 kB" in german(error)


def test_a_member_larger_than_its_budget_is_named(tmp_path):
    pptx = rewrite(make_pptx(tmp_path / "a.pptx"), tmp_path / "b.pptx",
                   {"ppt/media/bild.bin": bytes(range(256)) * 800})  # fmt: skip
    error = refusal(pptx, Budgets(max_member_bytes=100_000))
    assert (error.code, error.params["member"], error.params["size"]) == (
        "archive_member_too_large", "ppt/media/bild.bin", 204_800,
    )  # fmt: skip


def test_a_member_compressed_too_well_is_refused_but_small_ones_may(tmp_path):
    docx = make_docx(tmp_path / "a.docx")
    zeros = rewrite(docx, tmp_path / "null.docx", {"word/media/null.bin": bytes(4 << 20)})
    error = refusal(zeros)
    assert (error.code, error.params["member"]) == ("archive_ratio_too_high", "word/media/null.bin")
    assert error.params["ratio"] > 100 and "ZIP-Bombe" in german(error)
    small = rewrite(docx, tmp_path / "klein.docx", {"word/media/null.bin": bytes(500_000)})
    assert "Urlaub" in convert(small, DocumentMeta(), "x").text


@pytest.mark.parametrize("member", ["../../etc/evil.xml", "/abs/evil.xml", "word\\evil.xml"])
def test_odd_member_names_are_refused(tmp_path, member):
    docx = rewrite(make_docx(tmp_path / "a.docx"), tmp_path / "b.docx", {member: b"<x/>"})
    error = refusal(docx)
    assert (error.code, error.params["member"]) == ("archive_member_name_forbidden", member)


def test_a_duplicated_member_is_refused(tmp_path):
    docx = make_docx(tmp_path / "a.docx")
    with zipfile.ZipFile(docx, "a") as archive, pytest.warns(UserWarning, match="Duplicate"):
        archive.writestr("word/document.xml", word_xml("<w:p/>"))
    assert refusal(docx).code == "archive_member_name_forbidden"


# --- XML inside containers and on its own -----------------------------------------------------


def test_a_billion_laughs_docx_is_refused_on_sight(tmp_path):
    docx = rewrite(make_docx(tmp_path / "a.docx"), tmp_path / "lachen.docx",
                   {"word/document.xml": word_xml("<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>",
                                                  BILLION_LAUGHS)})  # fmt: skip
    started = time.perf_counter()
    error = refusal(docx)
    assert (error.code, error.params["member"]) == ("archive_xml_doctype", "word/document.xml")
    assert time.perf_counter() - started < 2


def test_a_billion_laughs_bpmn_is_refused_on_sight(tmp_path):
    model = (
        bpmn([("T1", "task", "Antrag prüfen", "Amt")], [])
        .replace('<?xml version="1.0" encoding="UTF-8"?>', f'<?xml version="1.0"?>{BILLION_LAUGHS}')
        .replace('name="Antrag prüfen"', 'name="&l9;"')
    )
    path = tmp_path / "lachen.bpmn"
    path.write_text(model, encoding="utf-8")
    assert refusal(path).code == "xml_doctype_forbidden"


def test_a_bpmn_nested_deeper_than_the_budget_is_refused(tmp_path):
    nested = "<bpmn:extensionElements>" * 220 + "</bpmn:extensionElements>" * 220
    model = bpmn([("T1", "task", "Antrag prüfen", "Amt")], []).replace(
        '<bpmndi:BPMNDiagram id="Di"/>', f'<bpmndi:BPMNDiagram id="Di"/>{nested}'
    )
    path = tmp_path / "tief.bpmn"
    path.write_text(model, encoding="utf-8")
    error = refusal(path)
    assert (error.code, error.params["limit"], error.params["depth"]) == ("xml_too_deep", 200, 201)
    assert (
        "Antrag prüfen" in convert(path, DocumentMeta(), "x", budgets=Budgets(max_depth=250)).text
    )


def test_an_odt_content_nested_deeper_than_the_budget_is_refused(tmp_path):
    odt = make_odt(tmp_path / "a.odt")
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode()
    lists = "<text:list><text:list-item>" * 60 + "</text:list-item></text:list>" * 60
    deep = content.replace("</office:text>", f"{lists}</office:text>")
    error = refusal(rewrite(odt, tmp_path / "tief.odt", {"content.xml": deep.encode()}),
                    Budgets(max_depth=100))  # fmt: skip
    assert (error.code, error.params["part"]) == ("xml_too_deep", "content.xml")


# --- HTML -------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [250, 1000, 20_000])
def test_deep_html_is_refused_as_too_deep_never_cut_or_empty(tmp_path, depth):
    page = tmp_path / "tief.html"
    page.write_text(deep_html(depth), encoding="utf-8")
    error = refusal(page)
    assert (error.code, error.params["depth"], error.params["limit"]) == ("html_too_deep", 201, 200)
    assert german(error) == "tief.html: HTML zu tief verschachtelt: mehr als 200 Ebenen"


def test_the_html_depth_budget_is_a_parameter(tmp_path):
    page = tmp_path / "tief.html"
    page.write_text(deep_html(60), encoding="utf-8")
    assert refusal(page, Budgets(max_depth=50)).code == "html_too_deep"
    assert "30 Euro" in convert(page, DocumentMeta(), "x", budgets=Budgets(max_depth=70)).text


def test_a_depth_budget_libxml2_would_cut_silently_is_not_accepted():
    with pytest.raises(ValueError, match="max_depth"):
        Budgets(max_depth=300)


# --- text per file ----------------------------------------------------------------------------


def test_text_past_the_character_budget_is_refused_while_extracting(tmp_path):
    paragraph = "Der Antrag wird im Bürgerbüro gestellt und binnen zwei Wochen beschieden. " * 10
    path = tmp_path / "lang.txt"
    path.write_text("\n\n".join([paragraph] * 100), encoding="utf-8")
    error = refusal(path, Budgets(max_chars=5000))
    assert (error.code, error.params["file"], error.params["limit"]) == (
        "text_too_many_chars", "lang.txt", 5000,
    )  # fmt: skip
    assert 5000 < error.params["chars"] <= 5000 + len(paragraph)  # stopped at the crossing block
    assert german(error).startswith("lang.txt: zu viel Text: mehr als 5000 Zeichen")


def test_a_pdf_stops_extracting_at_the_page_that_crosses_the_budget(tmp_path):
    page = "Die Sachbearbeitung prüft den Antrag und dokumentiert das Ergebnis. " * 8
    pdf = make_pdf(tmp_path / "lang.pdf", [page] * 40)
    error = refusal(pdf, Budgets(max_chars=3 * len(page)))
    assert error.code == "text_too_many_chars"
    assert error.params["chars"] < 5 * len(page)  # pages 5..40 were never extracted


@pytest.mark.parametrize(("maker", "suffix"), [(make_docx, ".docx"), (make_pptx, ".pptx"),
                                              (make_odt, ".odt")])  # fmt: skip
def test_office_text_is_budgeted_too(tmp_path, maker, suffix):
    path = maker(tmp_path / f"a{suffix}")
    assert refusal(path, Budgets(max_chars=10)).code == "text_too_many_chars"
    assert convert(path, DocumentMeta(), "x").text
