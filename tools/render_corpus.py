"""Render the sample corpus from its Markdown sources into docx, pdf, pptx, html and eml files.

Each source under tools/corpus_sources/ mirrors a folder of corpus/ and starts with YAML front
matter: `format` and `file` name the target, `template` the house layout it is drawn in
(`hollernet`, `intranet`, `interview`), `meta` the sidecar FILE.meta.yaml and the file's own
properties. The output is deterministic: fixed zip timestamps, PDF dates from `meta.updated`,
mail headers from the front matter. BPMN, VTT, SRT, TXT and Markdown files in corpus/ are their
own source and are not rendered.

Usage:
    python tools/render_corpus.py                        # all sources into corpus/
    python tools/render_corpus.py --out /tmp/corpus --font-dir /usr/share/fonts/truetype/dejavu
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP, default
from pathlib import Path

import yaml
from docx import Document as DocxDocument
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace
from pptx import Presentation
from pptx.util import Pt as PptPt

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = Path(__file__).resolve().parent / "templates"
BOLD = re.compile(r"\*\*(.+?)\*\*")
NUMBERED = re.compile(r"^\d+\.\s+")
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
# zip member time and Unix mode per template, as the old builders wrote them
ZIP_STAMP = {
    "hollernet": ((2026, 1, 1, 0, 0, 0), 0),
    "intranet": ((2026, 1, 1, 0, 0, 0), 0o644 << 16),
    "interview": ((2026, 1, 5, 9, 0, 0), 0),
}

Block = tuple[str, object]
Fonts = dict[str, Path]


class RenderError(Exception):
    """A source that cannot be rendered, or no font for the PDFs."""


# ---------- sources ----------


def read_source(path: Path) -> tuple[dict, str]:
    """Split a source into its front matter and its Markdown body."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.removeprefix("---\n").partition("\n---\n")
    if not text.startswith("---\n") or not sep:
        raise RenderError(f"{path}: no YAML front matter")
    front = yaml.safe_load(head)
    if Path(front["file"]).suffix != "." + front["format"]:
        raise RenderError(f"{path}: file {front['file']} does not match format {front['format']}")
    return front, body


def parse_blocks(text: str) -> list[Block]:
    """Turn the Markdown body into (kind, payload) blocks: h1-h3, p, ul, ol, table (rows)."""
    blocks: list[Block] = []
    para: list[str] = []
    for raw in [*text.strip().splitlines(), ""]:
        kind, payload = _classify(raw.strip())
        if kind == "p":
            para.append(str(payload))
            continue
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()
        group = {"row": "table", "ul": "ul", "ol": "ol"}.get(kind)
        if group and blocks and blocks[-1][0] == group:
            blocks[-1][1].append(payload)  # type: ignore[attr-defined]
        elif group:
            blocks.append((group, [payload]))
        elif kind not in ("blank", "sep"):
            blocks.append((kind, payload))
    return blocks


def _classify(line: str) -> tuple[str, object]:
    if not line:
        return "blank", None
    for prefix, kind in (("### ", "h3"), ("## ", "h2"), ("# ", "h1")):
        if line.startswith(prefix):
            return kind, line[len(prefix) :]
    if line.startswith("|"):
        if set(line) <= set("|-: "):
            return "sep", None
        return "row", [c.strip() for c in line.strip("|").split("|")]
    if line.startswith("- "):
        return "ul", line[2:]
    if NUMBERED.match(line):
        return "ol", NUMBERED.sub("", line)
    return "p", line


def plain(text: str) -> str:
    return BOLD.sub(r"\1", text)


def de_date(iso: object) -> str:
    return dt.date.fromisoformat(str(iso)).strftime("%d.%m.%Y")


def utc(iso: object) -> dt.datetime:
    return dt.datetime.fromisoformat(str(iso)).replace(tzinfo=dt.UTC)


def set_properties(props, meta: dict) -> None:
    """Title, author and dates of a Word or PowerPoint file from the source's `meta`."""
    props.title = meta["title"]
    props.author = props.last_modified_by = meta["author"]
    props.created, props.modified = utc(meta["created"]), utc(meta["updated"])


def fixed_zip(data: bytes, template: str) -> bytes:
    """Rewrite an OOXML zip with fixed member times so repeated builds are byte-identical."""
    stamp, mode = ZIP_STAMP[template]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = mode
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


# ---------- Word ----------


def _runs(paragraph, text: str) -> None:
    for i, part in enumerate(BOLD.split(text)):
        if part:
            paragraph.add_run(part).bold = i % 2 == 1


def render_docx(front: dict, body: str, fonts: Fonts) -> bytes:
    if front["template"] == "interview":
        return render_interview(front, body)
    intranet = front["template"] == "intranet"
    doc = DocxDocument()
    set_properties(doc.core_properties, front["meta"])
    if intranet:
        doc.core_properties.revision = 1
    for kind, payload in parse_blocks(body):
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(str(payload), level=int(kind[1]))
        elif kind == "p":
            _runs(doc.add_paragraph(), str(payload))
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number"
            for item in payload:  # type: ignore[attr-defined]
                _runs(doc.add_paragraph(style=style), item)
        elif kind == "table":
            _docx_table(doc, payload, intranet)  # type: ignore[arg-type]
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue(), front["template"])


def _docx_table(doc, rows: list[list[str]], intranet: bool) -> None:
    """A grid table with a bold header row; the intranet template adds an empty paragraph after."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            if intranet:
                cell.text = ""
            _runs(cell.paragraphs[0], f"**{value}**" if r == 0 and value else value)
    if intranet:
        doc.add_paragraph()


def render_interview(front: dict, body: str) -> bytes:
    """A transcript: title, facts table, one paragraph per turn ("Name: text"), a bullet list."""
    meta, doc = front["meta"], DocxDocument()
    stamp = dt.datetime(*ZIP_STAMP["interview"][0])
    props = doc.core_properties
    props.author, props.title = meta["author"], meta["title"]
    props.created = props.modified = props.last_printed = stamp
    for kind, payload in parse_blocks(body):
        if kind in ("h1", "h2"):
            doc.add_heading(str(payload), level=int(kind[1]))
        elif kind == "table":
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for key, value in payload:  # type: ignore[attr-defined]
                cells = table.add_row().cells
                cells[0].text, cells[1].text = key, value
        elif kind == "p":
            name, _, text = plain(str(payload)).partition(": ")
            para = doc.add_paragraph()
            para.add_run(f"{name}: ").bold = str(payload).startswith("**")
            para.add_run(text)
            para.paragraph_format.space_after = Pt(6)
        elif kind == "ul":
            for item in payload:  # type: ignore[attr-defined]
                doc.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue(), "interview")


# ---------- PDF ----------


@dataclass(frozen=True)
class PdfLayout:
    """Page design of a PDF template: header and footer cells, margins, type sizes, gaps."""

    header: tuple[float, str, int | None]  # cell height, alignment, grey level of the text
    footer: tuple[float, float]  # offset from the bottom, cell height
    margins: tuple[float, float, float] | None  # left, top, right; None: fpdf's 1 cm
    bottom: float  # page break margin
    sizes: tuple[float, float, float]  # h1, h2, h3
    body: float
    lead: float
    item_gap: float
    list_gap: float
    table_lead: float | None
    table_markdown: bool
    cover: bool  # a title page with department, title, author and dates


PDF_LAYOUTS = {
    "hollernet": PdfLayout(
        header=(5, "L", None), footer=(-14, 8), margins=None, bottom=18, sizes=(15, 12.5, 11),
        body=10, lead=5.2, item_gap=0, list_gap=2, table_lead=None, table_markdown=True,
        cover=True,
    ),
    "intranet": PdfLayout(
        header=(6, "R", 90), footer=(-15, 10), margins=(22, 18, 22), bottom=20,
        sizes=(16, 13, 11.5), body=10.5, lead=5.6, item_gap=0.8, list_gap=1.5, table_lead=4.8,
        table_markdown=False, cover=False,
    ),
}  # fmt: skip


class _Pdf(FPDF):
    def __init__(self, header_text: str, layout: PdfLayout) -> None:
        super().__init__(format="A4")
        self.header_text, self.layout = header_text, layout

    def header(self) -> None:
        height, align, grey = self.layout.header
        self.set_font("DejaVu", "", 8)
        if grey is not None:
            self.set_text_color(grey, grey, grey)
        self.cell(0, height, self.header_text, align=align, new_x="LMARGIN", new_y="NEXT")
        if grey is not None:
            self.set_text_color(0, 0, 0)
        self.ln(8 - height)

    def footer(self) -> None:
        offset, height = self.layout.footer
        self.set_y(offset)
        self.set_font("DejaVu", "", 8)
        self.cell(0, height, f"Seite {self.page_no()} von {{nb}}", align="C")


def render_pdf(front: dict, body: str, fonts: Fonts) -> bytes:
    meta, layout = front["meta"], PDF_LAYOUTS[front["template"]]
    pdf = _Pdf(front["pdf_header"], layout)
    for style, path in fonts.items():
        pdf.add_font("DejaVu", style, str(path))
    pdf.set_creation_date(utc(meta["updated"]))
    pdf.set_title(meta["title"])
    pdf.set_author(meta["author"])
    if layout.margins:
        pdf.set_margins(*layout.margins)
    pdf.set_auto_page_break(True, margin=layout.bottom)
    if layout.cover:
        _pdf_cover(pdf, meta)
    pdf.add_page()
    for kind, payload in parse_blocks(body):
        if kind == "h1" and front.get("h1_new_page") and pdf.page_no() > 1:
            pdf.add_page()
        _pdf_block(pdf, layout, kind, payload)
    return bytes(pdf.output())


def _pdf_cover(pdf: FPDF, meta: dict) -> None:
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.ln(30)
    pdf.multi_cell(0, 10, "Stadt Hollerbach\n" + meta["department"], align="C")
    pdf.ln(10)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, meta["title"], align="C")
    pdf.ln(14)
    pdf.set_font("DejaVu", "", 10)
    rows = [
        ("Dokumentart", meta["doc_type"].capitalize()),
        ("Verantwortlich", meta["author"]),
        ("Erstellt", de_date(meta["created"])),
        ("Stand", de_date(meta["updated"])),
    ]
    with pdf.table(col_widths=(40, 100), width=140, headings_style=FontFace(emphasis="")) as table:
        for row in rows:
            table.row(row)


def _pdf_block(pdf: FPDF, layout: PdfLayout, kind: str, payload) -> None:
    pdf.set_x(pdf.l_margin)
    lead = layout.lead
    if kind in ("h1", "h2", "h3"):
        size = layout.sizes[int(kind[1]) - 1]
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, size * 0.55, payload)
        pdf.ln(1.5)
    elif kind == "p":
        pdf.set_font("DejaVu", "", layout.body)
        pdf.multi_cell(0, lead, payload, markdown=True)
        pdf.ln(2)
    elif kind in ("ul", "ol"):
        pdf.set_font("DejaVu", "", layout.body)
        for n, item in enumerate(payload, start=1):
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(7, lead, "•" if kind == "ul" else f"{n}.")
            pdf.multi_cell(0, lead, item, markdown=True)
            if layout.item_gap:
                pdf.ln(layout.item_gap)
        pdf.ln(layout.list_gap)
    elif kind == "table":
        pdf.set_font("DejaVu", "", 9)
        markdown, extra = layout.table_markdown, {}
        if layout.table_lead:
            extra["line_height"] = layout.table_lead
        with pdf.table(text_align="LEFT", markdown=markdown, **extra) as table:
            for row in payload:
                table.row(row if markdown else [plain(c) for c in row])
        pdf.ln(3)


# ---------- HTML ----------

# newline and indent inside lists and tables, table class, separator between blocks
HTML_LAYOUT = {
    "hollernet": ("", "", ' class="tabelle"', "\n    "),
    "intranet": ("\n", "  ", "", "\n"),
}


def _inline(text: str) -> str:
    return BOLD.sub(r"<strong>\1</strong>", html.escape(text, quote=False))


def _html_block(kind: str, payload, nl: str, indent: str, table_class: str) -> str:
    if kind in ("h1", "h2", "h3"):
        return f"<{kind}>{_inline(payload)}</{kind}>"
    if kind == "p":
        return f"<p>{_inline(payload)}</p>"
    if kind in ("ul", "ol"):
        items = nl.join(f"{indent}<li>{_inline(i)}</li>" for i in payload)
        return f"<{kind}>{nl}{items}{nl}</{kind}>"
    head = "".join(f"<th>{_inline(c)}</th>" for c in payload[0])
    rows = nl.join(
        indent + "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>"
        for row in payload[1:]
    )
    return (
        f"<table{table_class}>{nl}<thead><tr>{head}</tr></thead>{nl}"
        f"<tbody>{nl}{rows}{nl}</tbody>{nl}</table>"
    )


def render_html(front: dict, body: str, fonts: Fonts) -> bytes:
    meta = front["meta"]
    nl, indent, table_class, sep = HTML_LAYOUT[front["template"]]
    blocks = (_html_block(k, v, nl, indent, table_class) for k, v in parse_blocks(body))
    crumbs = front.get("breadcrumb", [meta["department"]])
    page = (TEMPLATES / f"{front['template']}.html").read_text(encoding="utf-8")
    return page.format(
        title=html.escape(meta["title"]),
        author=html.escape(meta["author"]),
        department=html.escape(meta["department"]),
        crumbs=" &rsaquo; ".join(html.escape(c) for c in crumbs),
        updated=de_date(meta["updated"]),
        content=sep.join(blocks),
    ).encode("utf-8")


# ---------- PowerPoint ----------


def render_pptx(front: dict, body: str, fonts: Fonts) -> bytes:
    """`# ` title slide; `## ` slides of `- ` bullets (indented: level 1), `> ` notes."""
    prs = Presentation()
    set_properties(prs.core_properties, front["meta"])
    prs.core_properties.revision = 1
    for chunk in re.split(r"\n(?=#{1,2} )", body.strip()):
        title, *lines = [line for line in chunk.splitlines() if line.strip()]
        if title.startswith("# "):
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = title[2:]
            slide.placeholders[1].text = " ".join(lines)
            continue
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title[3:]
        frame = slide.placeholders[1].text_frame
        bullets = [line for line in lines if not line.startswith("> ")]
        frame.text = bullets[0][2:]
        for line in bullets[1:]:
            para = frame.add_paragraph()
            para.text, para.level = line.strip()[2:], int(line.startswith(" "))
        for para in frame.paragraphs:
            for run in para.runs:
                run.font.size = PptPt(16 if para.level == 0 else 14)
        notes = [line[2:] for line in lines if line.startswith("> ")]
        if notes:
            slide.notes_slide.notes_text_frame.text = " ".join(notes)
    buf = io.BytesIO()
    prs.save(buf)
    return fixed_zip(buf.getvalue(), front["template"])


# ---------- E-Mail ----------


def render_eml(front: dict, body: str, fonts: Fonts) -> bytes:
    """Headers in front-matter order; hollernet mails were written with CRLF line ends."""
    msg = EmailMessage()
    for name, value in front["headers"].items():
        msg[name] = value
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP if front["template"] == "hollernet" else default)


# ---------- main ----------

RENDERERS: dict[str, Callable[[dict, str, Fonts], bytes]] = {
    "docx": render_docx,
    "pdf": render_pdf,
    "html": render_html,
    "pptx": render_pptx,
    "eml": render_eml,
}


def find_fonts(font_dir: Path | None) -> Fonts:
    """DejaVu Sans regular and bold: from --font-dir, else wherever fontconfig has them."""
    fonts: Fonts = {}
    for style, name in FONT_FILES.items():
        if font_dir is not None:
            path = font_dir / name
        else:
            path = Path(_fc_match("DejaVu Sans:style=" + ("Bold" if style else "Book")))
        if path.name != name or not path.is_file():
            raise RenderError(
                f"font {name} not found ({'in ' + str(font_dir) if font_dir else 'by fc-match'}); "
                "install DejaVu (apt install fonts-dejavu-core) or pass --font-dir"
            )
        fonts[style] = path
    return fonts


def _fc_match(pattern: str) -> str:
    """The font file fontconfig picks for `pattern` (a fallback if the family is missing)."""
    try:
        cmd = ["fc-match", "-f", "%{file}", pattern]
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        return ""


def write_sidecar(target: Path, meta: dict) -> None:
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100)
    target.with_name(target.name + ".meta.yaml").write_text(text, encoding="utf-8")


def render_all(sources: Path, out: Path, font_dir: Path | None) -> list[Path]:
    """Render every source under `sources` into the same folder below `out`, with its sidecar."""
    loaded = [(path, *read_source(path)) for path in sorted(sources.rglob("*.md"))]
    needs_fonts = any(front["format"] == "pdf" for _, front, _ in loaded)
    fonts = find_fonts(font_dir) if needs_fonts else {}
    written = []
    for path, front, body in loaded:
        target = out / path.parent.relative_to(sources) / front["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(RENDERERS[front["format"]](front, body, fonts))
        write_sidecar(target, front["meta"])
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=REPO / "tools" / "corpus_sources")
    parser.add_argument("--out", type=Path, default=REPO / "corpus")
    parser.add_argument(
        "--font-dir", type=Path, help="folder with DejaVuSans.ttf (default: ask fc-match)"
    )
    args = parser.parse_args(argv)
    try:
        written = render_all(args.sources, args.out, args.font_dir)
    except RenderError as err:
        print(f"render_corpus: {err}", file=sys.stderr)
        return 1
    for target in written:
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
