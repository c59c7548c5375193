"""Pure formatting for the pages: German labels, page and time marks, safe snippets."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

DOC_TYPES = {
    "prozessbeschreibung": "Prozessbeschreibung",
    "prozessmodell": "Prozessmodell",
    "dienstanweisung": "Dienstanweisung",
    "checkliste": "Checkliste",
    "merkblatt": "Merkblatt",
    "formularhilfe": "Formularhilfe",
    "kontaktliste": "Kontaktliste",
    "ansprechpartner": "Ansprechpartner",
    "interview": "Interview",
    "email": "E-Mail",
    "vermerk": "Vermerk",
    "satzung_auszug": "Satzungsauszug",
}
ROLES = {"reader": "Lesen", "editor": "Redaktion", "hr": "Personal", "admin": "Verwaltung"}
MARK_OPEN, MARK_CLOSE = html.escape("<mark>"), html.escape("</mark>")


def doc_type_label(doc_type: str | None) -> str:
    """German name of a document type: `doc_type_label("satzung_auszug") == "Satzungsauszug"`."""
    if not doc_type:
        return "ohne Typ"
    return DOC_TYPES.get(doc_type, doc_type.replace("_", " ").capitalize())


def role_label(role: str) -> str:
    return ROLES.get(role, role)


def time_mark(seconds: float) -> str:
    """`time_mark(192) == "03:12"`, `time_mark(3723) == "1:02:03"`."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def location(hit: Mapping[str, Any]) -> str:
    """Where in the original a hit sits: "S. 3", "ab 03:12" (with the speaker when known), or ""."""
    if hit.get("page") is not None:
        return f"S. {hit['page']}"
    if hit.get("timestamp") is not None:
        speaker = f" ({hit['speaker']})" if hit.get("speaker") else ""
        return f"ab {time_mark(hit['timestamp'])}{speaker}"
    return ""


def heading_path(headings: list[str] | None) -> str:
    return " › ".join(headings or [])


def safe_snippet(snippet: str) -> str:
    """HTML for a snippet: everything escaped except the API's own <mark>…</mark> tags.

    >>> safe_snippet("<b>Urlaub</b> <mark>beantragen</mark>")
    '&lt;b&gt;Urlaub&lt;/b&gt; <mark>beantragen</mark>'
    """
    escaped = html.escape(snippet, quote=True)
    return escaped.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def file_name(source: str) -> str:
    """The file name of a source path, for the download: `file_name("it/a b.md") == "a b.md"`."""
    return source.replace("\\", "/").rsplit("/", 1)[-1] or "original"


def size_label(size: int | None) -> str:
    """`size_label(2048) == "2,0 KB"`."""
    if size is None:
        return "unbekannt"
    if size < 1024:
        return f"{size} Byte"
    value, unit = (size / 1024, "KB") if size < 1024**2 else (size / 1024**2, "MB")
    return f"{value:.1f} {unit}".replace(".", ",")


def csv_list(text: str) -> list[str]:
    """`csv_list(" a, b ,,c ") == ["a", "b", "c"]`."""
    return [part.strip() for part in text.split(",") if part.strip()]


MARKDOWN_SPECIALS = "\\`*_{}[]()<>#+-.!|~$:"


def md_escape(text: str) -> str:
    """Text shown literally inside Streamlit markdown: a backslash before every markdown special."""
    return "".join("\\" + char if char in MARKDOWN_SPECIALS else char for char in text)


# knowledge capture
NEXT_STATUSES: dict[str, tuple[str, ...]] = {
    "geplant": ("geführt",),
    "geführt": ("in Prüfung",),
    "in Prüfung": ("geführt", "freigegeben"),
    "freigegeben": ("in Prüfung", "veröffentlicht"),
    "veröffentlicht": ("zurückgezogen",),
    "zurückgezogen": ("in Prüfung",),
}
STATUS_ACTIONS = {
    "geführt": "Als geführt markieren",
    "in Prüfung": "Zur Prüfung geben",
    "freigegeben": "Freigeben",
    "veröffentlicht": "Veröffentlichen",
    "zurückgezogen": "Zurückziehen",
}
BACK_ACTIONS = {  # (current, wanted) -> label, for the steps back
    ("in Prüfung", "geführt"): "Zur Überarbeitung zurückgeben",
    ("freigegeben", "in Prüfung"): "Freigabe aufheben",
    ("zurückgezogen", "in Prüfung"): "Wieder öffnen",
}
STATUS_HELP = {
    "freigegeben": "Nur möglich, wenn die Expertin oder der Experte den Inhalt bestätigt hat.",
    "veröffentlicht": "Die Antworten erscheinen sofort in der Suche – für die gewählten Gruppen.",
    "zurückgezogen": "Die Antworten verschwinden sofort aus der Suche.",
}
ACTION_LABELS = {
    "full_interview": "vollständiges Experteninterview",
    "targeted_interview": "gezieltes Interview",
    "manager_handover": "Übergabe durch die Führungskraft",
}
SCALE_HELP = {
    "criticality": "1 = kaum wichtig … 5 = ohne dieses Wissen steht die Arbeit still",
    "uniqueness": "1 = viele können es … 5 = niemand sonst kann es",
    "documented": "1 = nichts aufgeschrieben … 5 = vollständig dokumentiert",
}


def status_action(current: str, wanted: str) -> str:
    """The button label for a status change: `status_action("in Prüfung", "freigegeben")` is
    "Freigeben", `status_action("freigegeben", "in Prüfung")` "Freigabe aufheben"."""
    return BACK_ACTIONS.get((current, wanted)) or STATUS_ACTIONS.get(wanted, wanted)


def action_label(row: Mapping[str, Any]) -> str:
    """The German measure of a risk row: the API's label when it sends one, else from its code."""
    for key in ("action_label", "measure"):
        if isinstance(row.get(key), str) and row[key]:
            return str(row[key])
    return ACTION_LABELS.get(str(row.get("action") or ""), str(row.get("action") or "–"))


def german_date(value: Any) -> str:
    """`german_date("2027-03-31") == "31.03.2027"`; empty for no date."""
    text = str(value or "")[:10]
    if len(text) != 10 or text[4] != "-":
        return text
    year, month, day = text.split("-")
    return f"{day}.{month}.{year}"


def german_datetime(value: Any) -> str:
    """`german_datetime("2026-12-01T15:04:09Z") == "01.12.2026, 15:04"`."""
    text = str(value or "")
    if len(text) < 16:
        return german_date(text)
    return f"{german_date(text[:10])}, {text[11:16]}"


def progress_text(job: Mapping[str, Any]) -> str:
    """ "1 von 3 Dateien verarbeitet", plus the transcription of a recording while it runs."""
    progress = job.get("progress") or {}
    text = f"{progress.get('done', 0)} von {progress.get('total') or '?'} Dateien verarbeitet"
    current = job.get("current")
    if current and current.get("step") == "transcribe":
        share = round(100 * float(current.get("share") or 0))
        text += f" · {current.get('file', '')}: Transkription {share} %"
    return text
