"""Generates real test files (docx, pptx, odt, html, eml, pdf, scans, transcripts) in a folder."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
import matplotlib
import pptx
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

VTT = """WEBVTT

NOTE Interview Einbürgerung

00:00:01.000 --> 00:00:04.000
<v Interviewer>Wie läuft die Einbürgerung bei Ihnen ab?

00:00:04.500 --> 00:00:09.250
<v Frau Schmidt>Zuerst prüfen wir die Unterlagen auf Vollständigkeit.

00:00:09.250 --> 00:00:12.000
<v Frau Schmidt>Dann geht die Akte an das Regierungspräsidium.

00:01:02.000 --> 00:01:05.000
<v Interviewer>Was passiert, wenn etwas fehlt?

00:01:05.500 --> 00:01:10.000
<v Frau Schmidt>Dann schreiben wir eine Nachforderung mit Frist.
"""

SRT = """1
00:00:01,000 --> 00:00:04,000
HR: Wie lange betreuen Sie schon die Gewerbeanmeldungen?

2
00:00:04,500 --> 00:00:09,000
Herr Maier: Seit 1998. Ich kenne jede Sonderregel.

3
00:00:09,000 --> 00:00:12,250
Herr Maier: Das meiste steht nirgends geschrieben.
"""

PLAIN_TRANSCRIPT = """[00:00:05] Anna Berg: Was passiert bei einer Ummeldung genau?
[00:00:12] Frau König: Zuerst wird der Personalausweis geprüft.
Danach folgt die Eintragung im Melderegister.
[00:01:02] Anna Berg: Und wer bekommt die Bestätigung?
[00:01:10] Frau König: Die Bürgerin bekommt sie sofort ausgedruckt.
"""


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def make_docx(path: Path, title: str = "Dienstanweisung Urlaub") -> Path:
    document = docx.Document()
    document.core_properties.title = title
    document.add_heading("Urlaub beantragen", level=1)
    document.add_paragraph(
        "Anträge auf Erholungsurlaub werden über das Personalamt gestellt. "
        "Das gilt z. B. auch für Beamtinnen und Beamte."
    )
    document.add_heading("Fristen", level=2)
    document.add_paragraph("Mindestens zwei Wochen vorher einreichen", style="List Bullet")
    document.add_paragraph("Sonderurlaub nach § 5 Abs. 2 gesondert beantragen", style="List Bullet")
    document.add_paragraph("Nachweis beifügen", style="List Bullet 2")
    table = document.add_table(rows=3, cols=2)
    for row, cells in enumerate(
        [("Urlaubsart", "Frist"), ("Erholungsurlaub", "2 Wochen"), ("Bildungsurlaub", "6 Wochen")]
    ):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    document.add_heading("Genehmigung", level=1)
    document.add_paragraph(
        "Die Amtsleitung genehmigt den Urlaub in der Regel innerhalb einer Woche."
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def make_pptx(path: Path) -> Path:
    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Einbürgerung"
    frame = slide.placeholders[1].text_frame
    frame.text = "Der Antrag wird beim Bürgeramt gestellt und dort geprüft."
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Unterlagen"
    frame = slide.placeholders[1].text_frame
    frame.text = "Die Geburtsurkunde muss im Original vorgelegt werden."
    path.parent.mkdir(parents=True, exist_ok=True)
    deck.save(str(path))
    return path


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def make_odt(path: Path, title: str = "Hundesteuer Anmeldung") -> Path:
    """A minimal but valid ODF text package written by hand (mimetype stored first)."""
    body = (
        '<text:h text:outline-level="1">Hundesteuer</text:h>'
        "<text:p>Jeder Hund muss innerhalb von zwei Wochen<text:s/> angemeldet werden.</text:p>"
        '<text:h text:outline-level="2">Unterlagen</text:h>'
        "<text:list><text:list-item><text:p>Personalausweis</text:p></text:list-item>"
        "<text:list-item><text:p>Nachweis der Haftpflicht</text:p></text:list-item></text:list>"
        '<table:table table:name="Gebühren"><table:table-row>'
        "<table:table-cell><text:p>Hund</text:p></table:table-cell>"
        "<table:table-cell><text:p>Steuer</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>Erster Hund</text:p></table:table-cell>"
        "<table:table-cell><text:p>90 Euro</text:p></table:table-cell></table:table-row>"
        "</table:table>"
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS} '
        f'office:version="1.2"><office:body><office:text>{body}</office:text></office:body>'
        "</office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODT_NS} '
        f'office:version="1.2"><office:meta><dc:title>{title}</dc:title></office:meta>'
        "</office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Bauantrag &amp; Bauvoranfrage</title></head><body>
<h1>Bauantrag</h1>
<p>Der Bauantrag wird bei der unteren Bauaufsichtsbehörde eingereicht.</p>
<h2>Unterlagen</h2>
<ul><li>Lageplan im Maßstab 1:500</li><li>Bauzeichnungen</li></ul>
<table><tr><th>Leistung</th><th>Gebühr</th></tr><tr><td>Prüfung</td><td>100 Euro</td></tr></table>
<h2>Bearbeitungszeit</h2>
<p>Die Bearbeitung dauert in der Regel drei Monate.</p>
</body></html>
"""


def make_eml(path: Path, with_attachment: bool = True) -> Path:
    message = EmailMessage()
    message["Subject"] = "Neue Regelung zur Reisekostenabrechnung"
    message["From"] = "Erika Mustermann <erika.mustermann@stadt-beispiel.de>"
    message["To"] = "alle@stadt-beispiel.de"
    message["Date"] = format_datetime(datetime(2024, 3, 5, 10, 30, tzinfo=UTC))
    message.set_content(
        "Liebe Kolleginnen und Kollegen,\n\n"
        "ab dem 1. April werden Reisekosten nur noch über das Portal abgerechnet.\n\n"
        "Viele Grüße\nErika Mustermann\n"
    )
    if with_attachment:
        message.add_attachment(
            b"%PDF-1.4 x", maintype="application", subtype="pdf", filename="formular.pdf"
        )
    return write(path, bytes(message))


def make_pdf(path: Path, pages: list[str], *, title: str = "", user_password: str = "") -> Path:
    """A PDF with one page per text; an empty text draws only a rectangle (no text layer)."""
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    if user_password:
        pdf.set_encryption(owner_password="owner", user_password=user_password)
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 8, text)
        else:
            pdf.rect(20, 20, 100, 60, style="F")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def make_stamped_scan_pdf(path: Path, stamp: str, lines: Sequence[str]) -> Path:
    """A one-page PDF as a scanner with a stamp feature makes it: the page as an image and a
    short text-layer stamp (date of receipt) printed over it."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=9)
    pdf.add_page()
    pdf.image(scan_image(lines), x=10, y=20, w=190)
    pdf.set_xy(140, 8)
    pdf.cell(0, 6, stamp)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


PDF_PAGES = [
    "Der Bauantrag wird schriftlich eingereicht.",
    "Die Gebühren richten sich nach der Bausumme.",
    "Gegen den Bescheid ist Widerspruch möglich.",
]


SCAN_TEXT = (
    "Dienstanweisung Aktenvernichtung",
    "Personalakten werden zehn Jahre nach dem",
    "Ausscheiden datenschutzgerecht vernichtet.",
)


def scan_image(lines: Sequence[str] = SCAN_TEXT, *, size: int = 40) -> Image.Image:
    """German text rendered as a white page at about 300 dpi, as a scanner would deliver it."""
    font_path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    font = ImageFont.truetype(str(font_path), size)
    image = Image.new("L", (1400, 120 + len(lines) * size * 2), 255)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((80, 60 + row * size * 2), line, font=font, fill=0)
    return image


def make_scan(path: Path, lines: Sequence[str] = SCAN_TEXT) -> Path:
    """An image file (png, jpg, tif by suffix) of scanned German text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scan_image(lines).save(path, dpi=(300, 300))
    return path


def make_scanned_pdf(path: Path, pages: Sequence[str | Sequence[str]]) -> Path:
    """A PDF with a text page for each str and an image-only page (no text layer) for each
    sequence of lines."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for page in pages:
        pdf.add_page()
        if isinstance(page, str):
            pdf.multi_cell(0, 8, page)
        else:
            pdf.image(scan_image(page), x=10, y=10, w=190)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path
