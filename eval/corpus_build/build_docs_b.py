"""Write the non-Markdown corpus files of helper docs_b (docx, pdf, html, eml, pptx) into corpus/.

Departments: Personalamt, Sozialamt, Ratsbüro/Sitzungsdienst, Bauhof, Friedhofsverwaltung, IT.
Content lives in docs_b_content_a.py / docs_b_content_b.py as plain data; this module only renders.
Output is deterministic (fixed dates, normalised zip timestamps, fixed PDF creation date).

Usage:
    .venv/bin/python eval/corpus_build/build_docs_b.py
"""

from __future__ import annotations

import html
import io
import re
import sys
import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import yaml
from docx import Document as DocxDocument
from fpdf import FPDF
from pptx import Presentation
from pptx.util import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs_b_content_a  # noqa: E402
import docs_b_content_b  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
ZIP_DATE = (2026, 1, 1, 0, 0, 0)
BOLD = re.compile(r"\*\*(.+?)\*\*")
META_KEYS = ("title", "department", "doc_type", "author", "created", "updated", "tags")


def _date(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


def _plain(text: str) -> str:
    return BOLD.sub(r"\1", text)


def normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed member timestamps so repeated builds are byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


# ---------------------------------------------------------------- docx


def _docx_runs(paragraph, text: str) -> None:
    for i, part in enumerate(BOLD.split(text)):
        if part:
            paragraph.add_run(part).bold = i % 2 == 1


def _docx_table(doc, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            _docx_runs(cell.paragraphs[0], f"**{value}**" if r == 0 else value)
    doc.add_paragraph()


def render_docx(spec: dict) -> bytes:
    doc = DocxDocument()
    meta = spec["meta"]
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = (
        meta["title"],
        meta["author"],
        meta["author"],
    )
    props.created, props.modified, props.revision = (
        _date(meta["created"]),
        _date(meta["updated"]),
        1,
    )
    styles = {"ul": "List Bullet", "ol": "List Number"}
    for kind, value in spec["blocks"]:
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(value, level=int(kind[1]))
        elif kind == "p":
            _docx_runs(doc.add_paragraph(), value)
        elif kind in styles:
            for item in value:
                _docx_runs(doc.add_paragraph(style=styles[kind]), item)
        elif kind == "table":
            _docx_table(doc, value)
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


# ---------------------------------------------------------------- pdf


def _font_dir() -> Path:
    candidates = [
        *sorted(REPO.glob(".venv/lib/python3*/site-packages/matplotlib/mpl-data/fonts/ttf")),
        Path("/usr/share/fonts/truetype/dejavu"),
    ]
    for cand in candidates:
        if (cand / "DejaVuSans.ttf").exists():
            return cand
    raise FileNotFoundError("DejaVuSans.ttf not found")


class _AmtsPdf(FPDF):
    header_text = "Stadt Hollerbach"

    def header(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 10, f"Seite {self.page_no()} von {{nb}}", align="C")


def render_pdf(spec: dict) -> bytes:
    meta = spec["meta"]
    pdf = _AmtsPdf(format="A4")
    pdf.header_text = spec.get("pdf_header", f"Stadt Hollerbach – {meta['department']}")
    fonts = _font_dir()
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(_date(meta["updated"]))
    pdf.set_title(meta["title"])
    pdf.set_author(meta["author"])
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    sizes = {"h1": 16, "h2": 13, "h3": 11.5}
    for kind, value in spec["blocks"]:
        pdf.set_x(pdf.l_margin)
        if kind in sizes:
            if kind == "h1" and spec.get("h1_new_page") and pdf.page_no() > 1:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", sizes[kind])
            pdf.multi_cell(0, sizes[kind] * 0.55, value)
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 5.6, value, markdown=True)
            pdf.ln(2)
        elif kind in ("ul", "ol"):
            pdf.set_font("DejaVu", "", 10.5)
            for n, item in enumerate(value, start=1):
                mark = "•" if kind == "ul" else f"{n}."
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(7, 5.6, mark)
                pdf.multi_cell(0, 5.6, item, markdown=True)
                pdf.ln(0.8)
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(text_align="LEFT", line_height=4.8) as table:
                for row in value:
                    cells = table.row()
                    for item in row:
                        cells.cell(_plain(item))
            pdf.ln(3)
    return bytes(pdf.output())


# ---------------------------------------------------------------- html

NAV = [
    ("Startseite", "/"),
    ("Aktuelles", "/aktuelles"),
    ("Fachbereiche", "/fachbereiche"),
    ("Formulare", "/formulare"),
    ("Telefonbuch", "/telefonbuch"),
    ("Serviceportal", "/serviceportal"),
]


def _inline(text: str) -> str:
    return BOLD.sub(r"<strong>\1</strong>", html.escape(text, quote=False))


def _html_block(kind: str, value) -> str:
    if kind in ("h1", "h2", "h3"):
        return f"<{kind}>{html.escape(value)}</{kind}>"
    if kind == "p":
        return f"<p>{_inline(value)}</p>"
    if kind in ("ul", "ol"):
        items = "\n".join(f"  <li>{_inline(i)}</li>" for i in value)
        return f"<{kind}>\n{items}\n</{kind}>"
    head = "".join(f"<th>{_inline(c)}</th>" for c in value[0])
    body = "\n".join(
        "  <tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>" for row in value[1:]
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def render_html(spec: dict) -> bytes:
    meta = spec["meta"]
    nav = "\n".join(f'      <li><a href="{href}">{label}</a></li>' for label, href in NAV)
    crumbs = " &rsaquo; ".join(html.escape(c) for c in spec.get("breadcrumb", [meta["department"]]))
    body = "\n".join(_html_block(k, v) for k, v in spec["blocks"])
    updated = datetime.fromisoformat(meta["updated"]).strftime("%d.%m.%Y")
    page = f"""<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>{html.escape(meta["title"])} – Intranet Stadt Hollerbach</title>
  <meta name="author" content="{html.escape(meta["author"])}">
  <link rel="stylesheet" href="/static/intranet.css">
</head>
<body>
  <header class="kopf">
    <div class="logo">Stadt Hollerbach · Intranet</div>
    <nav class="hauptnavigation">
      <ul>
{nav}
      </ul>
    </nav>
    <form class="suche" action="/suche"><input name="q" placeholder="Intranet durchsuchen"></form>
  </header>
  <div class="breadcrumb">Startseite &rsaquo; {crumbs}</div>
  <main>
{body}
  </main>
  <footer>
    <p>Seitenverantwortlich: {html.escape(meta["author"])} · {html.escape(meta["department"])}
    · Zuletzt aktualisiert: {updated}</p>
    <p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p>
  </footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ---------------------------------------------------------------- eml


def render_eml(spec: dict) -> bytes:
    mail = spec["mail"]
    msg = EmailMessage()
    msg["From"] = mail["from"]
    msg["To"] = mail["to"]
    if mail.get("cc"):
        msg["Cc"] = mail["cc"]
    msg["Date"] = format_datetime(datetime.fromisoformat(mail["date"]))
    msg["Subject"] = mail["subject"]
    msg["Message-ID"] = mail["message_id"]
    if mail.get("in_reply_to"):
        msg["In-Reply-To"] = mail["in_reply_to"]
        msg["References"] = mail["in_reply_to"]
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(mail["body"], charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


# ---------------------------------------------------------------- pptx


def render_pptx(spec: dict) -> bytes:
    prs = Presentation()
    meta = spec["meta"]
    props = prs.core_properties
    props.title, props.author, props.last_modified_by = (
        meta["title"],
        meta["author"],
        meta["author"],
    )
    props.created, props.modified, props.revision = (
        _date(meta["created"]),
        _date(meta["updated"]),
        1,
    )
    first, *rest = spec["slides"]
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = first["title"]
    slide.placeholders[1].text = first["subtitle"]
    for item in rest:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = item["title"]
        frame = slide.placeholders[1].text_frame
        frame.text = item["bullets"][0]
        for bullet in item["bullets"][1:]:
            level = 1 if bullet.startswith("- ") else 0
            para = frame.add_paragraph()
            para.text = bullet[2:] if level else bullet
            para.level = level
        for para in frame.paragraphs:
            for run in para.runs:
                run.font.size = Pt(16 if para.level == 0 else 14)
        if item.get("notes"):
            slide.notes_slide.notes_text_frame.text = item["notes"]
    buf = io.BytesIO()
    prs.save(buf)
    return normalise_zip(buf.getvalue())


# ---------------------------------------------------------------- main

RENDERERS = {
    "docx": render_docx,
    "pdf": render_pdf,
    "html": render_html,
    "eml": render_eml,
    "pptx": render_pptx,
}


def write_meta(target: Path, meta: dict) -> None:
    data = {key: meta[key] for key in META_KEYS}
    data["access_groups"] = list(meta.get("access_groups", []))
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    target.with_name(target.name + ".meta.yaml").write_text(text, encoding="utf-8")


def build(specs: list[dict]) -> list[Path]:
    written = []
    for spec in specs:
        target = CORPUS / spec["path"]
        fmt = target.suffix.lstrip(".")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(RENDERERS[fmt](spec))
        write_meta(target, spec["meta"])
        written.append(target)
    return written


def main() -> None:
    specs = docs_b_content_a.SPECS + docs_b_content_b.SPECS
    for path in build(specs):
        print(path.relative_to(REPO))


if __name__ == "__main__":
    main()
