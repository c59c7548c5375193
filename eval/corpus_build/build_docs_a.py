"""Write the non-Markdown corpus files of helper docs_a (docx, pdf, html, eml + meta sidecars).

Usage: .venv/bin/python eval/corpus_build/build_docs_a.py
Content lives in docs_a_content_*.py as a small Markdown-like text per document; this script renders
it deterministically (fixed zip timestamps, fixed PDF creation date, fixed mail headers).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import sys
import zipfile
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import yaml
from docx import Document as DocxDocument
from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docs_a_content_1 import DOCS as DOCS_1  # noqa: E402
from docs_a_content_2 import DOCS as DOCS_2  # noqa: E402
from docs_a_mails import MAILS  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
BOLD = re.compile(r"\*\*(.+?)\*\*")
NUMBERED = re.compile(r"^\d+\.\s+")

Block = tuple[str, object]


def parse_blocks(text: str) -> list[Block]:
    """Turn the Markdown-like body into (kind, payload) blocks."""
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    for raw in text.strip().splitlines():
        line = raw.strip()
        kind, payload = _classify(line)
        if kind == "p":
            para.append(line)
            continue
        flush()
        if kind == "blank" or kind == "sep":
            continue
        _append(blocks, kind, payload)
    flush()
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


def _append(blocks: list[Block], kind: str, payload: object) -> None:
    group = {"row": "table", "ul": "ul", "ol": "ol"}.get(kind)
    if group is None:
        blocks.append((kind, payload))
        return
    if blocks and blocks[-1][0] == group:
        items = blocks[-1][1]
        assert isinstance(items, list)
        items.append(payload)
    else:
        blocks.append((group, [payload]))


def plain(text: str) -> str:
    return BOLD.sub(r"\1", text)


def word_count(text: str) -> int:
    return len(re.findall(r"\w[\w\-./§€%]*", plain(text)))


# ---------- Word ----------


def _docx_runs(paragraph, text: str) -> None:
    for i, part in enumerate(BOLD.split(text)):
        if part:
            paragraph.add_run(part).bold = i % 2 == 1


def render_docx(doc: dict, target: Path) -> None:
    d = DocxDocument()
    meta = doc["meta"]
    props = d.core_properties
    props.title, props.author = meta["title"], meta["author"]
    props.created = dt.datetime.fromisoformat(meta["created"])
    props.modified = dt.datetime.fromisoformat(meta["updated"])
    props.last_modified_by = meta["author"]
    for kind, payload in parse_blocks(doc["body"]):
        if kind in ("h1", "h2", "h3"):
            d.add_heading(str(payload), level=int(kind[1]))
        elif kind == "p":
            _docx_runs(d.add_paragraph(), str(payload))
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number"
            for item in payload:  # type: ignore[union-attr]
                _docx_runs(d.add_paragraph(style=style), item)
        elif kind == "table":
            _docx_table(d, payload)  # type: ignore[arg-type]
    buf = io.BytesIO()
    d.save(buf)
    target.write_bytes(_fix_zip_times(buf.getvalue()))


def _docx_table(d, rows: list[list[str]]) -> None:
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            para = table.cell(r, c).paragraphs[0]
            _docx_runs(para, f"**{cell}**" if r == 0 and cell else cell)


def _fix_zip_times(data: bytes) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------- PDF ----------


class _Pdf(FPDF):
    doc_title = ""

    def header(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Stadt Hollerbach · {self.doc_title}", align="L")
        self.ln(8)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 8, f"Seite {self.page_no()} von {{nb}}", align="C")


def render_pdf(doc: dict, target: Path) -> None:
    meta = doc["meta"]
    pdf = _Pdf(format="A4")
    pdf.doc_title = meta["title"]
    pdf.set_creation_date(dt.datetime.fromisoformat(meta["updated"]).replace(tzinfo=dt.UTC))
    pdf.set_title(meta["title"])
    pdf.set_author(meta["author"])
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=18)
    _pdf_cover(pdf, meta)
    for kind, payload in parse_blocks(doc["body"]):
        _pdf_block(pdf, kind, payload)
    pdf.output(str(target))


def _pdf_cover(pdf: _Pdf, meta: dict) -> None:
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
        ("Erstellt", _de_date(meta["created"])),
        ("Stand", _de_date(meta["updated"])),
    ]
    with pdf.table(col_widths=(40, 100), width=140, headings_style=FontFace(emphasis="")) as table:
        for row in rows:
            table.row(row)
    pdf.add_page()


def _de_date(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")


def _pdf_block(pdf: _Pdf, kind: str, payload: object) -> None:
    pdf.set_x(pdf.l_margin)
    if kind in ("h1", "h2", "h3"):
        size = {"h1": 15, "h2": 12.5, "h3": 11}[kind]
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, size * 0.55, str(payload))
        pdf.ln(1.5)
    elif kind == "p":
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.2, str(payload), markdown=True)
        pdf.ln(2)
    elif kind in ("ul", "ol"):
        pdf.set_font("DejaVu", "", 10)
        for i, item in enumerate(payload, start=1):  # type: ignore[arg-type]
            bullet = "•" if kind == "ul" else f"{i}."
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(7, 5.2, bullet)
            pdf.multi_cell(0, 5.2, item, markdown=True)
        pdf.ln(2)
    elif kind == "table":
        pdf.set_font("DejaVu", "", 9)
        with pdf.table(text_align="LEFT", markdown=True) as table:
            for row in payload:  # type: ignore[attr-defined]
                table.row(row)
        pdf.ln(3)


# ---------- HTML ----------

NAV = [
    ("Startseite", "/intranet/"),
    ("Fachbereiche", "/intranet/fachbereiche/"),
    ("Dienstanweisungen", "/intranet/da/"),
    ("Formulare", "/intranet/formulare/"),
    ("Telefonbuch", "/intranet/telefon/"),
]


def _inline(text: str) -> str:
    return BOLD.sub(r"<strong>\1</strong>", html.escape(text, quote=False))


def _html_blocks(blocks: list[Block]) -> Iterator[str]:
    for kind, payload in blocks:
        if kind in ("h1", "h2", "h3"):
            yield f"<{kind}>{_inline(str(payload))}</{kind}>"
        elif kind == "p":
            yield f"<p>{_inline(str(payload))}</p>"
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{_inline(i)}</li>" for i in payload)  # type: ignore[attr-defined]
            yield f"<{kind}>{items}</{kind}>"
        elif kind == "table":
            rows = payload  # type: ignore[assignment]
            head = "".join(f"<th>{_inline(c)}</th>" for c in rows[0])  # type: ignore[index]
            body = "".join(
                "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>"
                for row in rows[1:]  # type: ignore[index]
            )
            yield f'<table class="tabelle"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def render_html(doc: dict, target: Path) -> None:
    meta = doc["meta"]
    nav = "\n".join(
        f'      <li><a href="{href}">{html.escape(name)}</a></li>' for name, href in NAV
    )
    content = "\n    ".join(_html_blocks(parse_blocks(doc["body"])))
    page = f"""<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>{html.escape(meta["title"])} – Intranet Stadt Hollerbach</title>
  <meta name="author" content="{html.escape(meta["author"])}">
  <link rel="stylesheet" href="/intranet/static/hollerbach.css">
</head>
<body>
  <header class="kopf"><a href="/intranet/"><img src="/intranet/static/wappen.png" alt="Wappen"></a>
    <span class="portal">HollerNet – Intranet der Stadtverwaltung Hollerbach</span>
    <form class="suche" action="/intranet/suche"><input name="q" placeholder="Suchen …"></form>
  </header>
  <nav class="hauptnavigation">
    <ul>
{nav}
    </ul>
  </nav>
  <div class="breadcrumb">Startseite › Fachbereiche › {html.escape(meta["department"])}</div>
  <main>
    {content}
  </main>
  <footer>Seitenverantwortlich: {html.escape(meta["author"])} · Letzte Änderung: {_de_date(meta["updated"])}
    · <a href="/intranet/impressum">Impressum</a> · <a href="/intranet/datenschutz">Datenschutz</a></footer>
</body>
</html>
"""
    target.write_text(page, encoding="utf-8")


# ---------- E-Mail ----------


def render_eml(mail: dict, target: Path) -> None:
    msg = EmailMessage()
    msg["From"] = mail["from"]
    msg["To"] = mail["to"]
    if mail.get("cc"):
        msg["Cc"] = mail["cc"]
    msg["Date"] = mail["date"]
    msg["Subject"] = mail["subject"]
    msg["Message-ID"] = mail["message_id"]
    if mail.get("in_reply_to"):
        msg["In-Reply-To"] = mail["in_reply_to"]
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(mail["body"].strip() + "\n", charset="utf-8", cte="quoted-printable")
    target.write_bytes(msg.as_bytes(policy=SMTP))


# ---------- main ----------

RENDERERS = {"docx": render_docx, "pdf": render_pdf, "html": render_html}


def write_meta(meta: dict, target: Path) -> None:
    sidecar = target.with_name(target.name + ".meta.yaml")
    ordered: dict[str, object] = {k: meta[k] for k in ("title", "department", "doc_type", "author")}
    ordered["created"] = dt.date.fromisoformat(meta["created"])
    ordered["updated"] = dt.date.fromisoformat(meta["updated"])
    ordered["tags"] = list(meta.get("tags", []))
    ordered["access_groups"] = list(meta.get("access_groups", []))
    sidecar.write_text(
        yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def main() -> None:
    for doc in [*DOCS_1, *DOCS_2]:
        target = CORPUS / doc["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        RENDERERS[target.suffix.lstrip(".")](doc, target)
        write_meta(doc["meta"], target)
        print(f"{doc['path']:<62} {word_count(doc['body']):>5} Wörter")
    for mail in MAILS:
        target = CORPUS / mail["path"]
        render_eml(mail, target)
        write_meta(mail["meta"], target)
        print(f"{mail['path']:<62} {word_count(mail['body']):>5} Wörter")


if __name__ == "__main__":
    main()
