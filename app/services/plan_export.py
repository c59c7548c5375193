"""The half-year plan as a CSV file for Excel (German headers, `;`, UTF-8 with BOM, German
dates) and as a self-contained printable HTML page, to sit next to a department's
digitalisation plan.

>>> plan_csv(plan).startswith("\\ufeffHalbjahr;Fachbereich;Person;")
True
"""

from __future__ import annotations

import csv
import io
from datetime import date
from html import escape

from app.services.plan import Plan, PlanHalf, PlanItem
from app.services.risk import ACTION_LABELS

HEADERS = (
    "Halbjahr",
    "Fachbereich",
    "Person",
    "Austritt",
    "Wissensgebiet",
    "Risiko",
    "Maßnahme",
    "Interview",
    "Dokumente",
    "Stand",
)


def german_date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def interview_text(item: PlanItem) -> str:
    if item.schedule_interview:
        return "Interview planen"
    if item.interview is not None:
        return item.interview.status
    return ""


def documents_text(item: PlanItem) -> str:
    todo = ["Dokumentation schreiben"] if item.write_documents else []
    todo += [f"Stand prüfen: {d.title}" for d in item.review_documents]
    return "; ".join(todo)


def status_text(item: PlanItem) -> str:
    if item.done:
        return "erledigt (erfasst)" if item.row.captured else "erledigt (dokumentiert)"
    return "überfällig" if item.overdue else "offen"


def item_cells(half: PlanHalf, item: PlanItem) -> list[str]:
    row = item.row
    return [
        half.label,
        row.person.department or "",
        row.person.name,
        german_date(row.person.exit_date),
        row.area.name,
        str(row.risk.score),
        ACTION_LABELS[row.risk.action],
        interview_text(item),
        documents_text(item),
        status_text(item),
    ]


def plan_csv(plan: Plan) -> str:
    """Semicolon-separated with a BOM, so a German Excel opens it with umlauts intact."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for half in plan.half_years:
        for item in half.items:
            writer.writerow(item_cells(half, item))
    return "\ufeff" + out.getvalue()


STYLE = """
body { font-family: "Segoe UI", Arial, sans-serif; font-size: 11pt; margin: 2em; color: #111; }
h1 { font-size: 18pt; margin-bottom: 0.2em; } h2 { font-size: 14pt; margin-top: 1.5em; }
p.meta { color: #444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #e8e8e8; } tr.late td { background: #fde2e2; } tr.done td { color: #555; }
@media print {
  body { margin: 0; font-size: 9pt; } h2 { page-break-after: avoid; }
  tr { page-break-inside: avoid; } th { background: #ddd !important; }
  tr.late td { background: #fde2e2 !important; }
  @page { size: A4 landscape; margin: 1.5cm; }
}
"""


def _row_html(half: PlanHalf, item: PlanItem) -> str:
    css = "late" if item.late else "done" if item.done else ""
    cells = "".join(f"<td>{escape(c)}</td>" for c in item_cells(half, item)[1:])
    return f'<tr class="{css}">{cells}</tr>'


def _half_html(half: PlanHalf) -> str:
    progress = half.progress
    head = "".join(f"<th>{escape(h)}</th>" for h in HEADERS[1:])
    rows = "\n".join(_row_html(half, i) for i in half.items)
    summary = f"{progress.done} von {progress.total} erledigt"
    if progress.overdue:
        summary += f", {progress.overdue} überfällig"
    return (
        f"<h2>{escape(half.label)} ({german_date(half.half.start)} – "
        f"{german_date(half.half.end)}): {summary}</h2>\n"
        f"<table><thead><tr>{head}</tr></thead><tbody>\n{rows}\n</tbody></table>"
    )


def plan_html(plan: Plan) -> str:
    """A printable page: one table per half-year, overdue rows marked, no external resources."""
    title = f"Sicherungsplan {plan.department}" if plan.department else "Sicherungsplan"
    progress = plan.progress
    body = (
        "\n".join(_half_html(h) for h in plan.half_years)
        or "<p>Keine Wissensgebiete zu sichern.</p>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>\n"
        f"<h1>{escape(title)}</h1>\n"
        f'<p class="meta">Stand {german_date(plan.today)} · {progress.done} von '
        f"{progress.total} Wissensgebieten gesichert, {progress.overdue} überfällig</p>\n"
        f"{body}\n</body></html>\n"
    )
