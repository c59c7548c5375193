"""Sicherungsplan (HR, admins): per department and half-year, what to capture, whom to interview,
which documents to write or review, and how far it has got; as CSV and as a printable page."""

from __future__ import annotations

import streamlit as st
import streamlit.components.v1 as components

from app.ui import session
from app.ui.client import Json
from app.ui.display import action_label, german_date, md_escape

MANAGERS = ("hr", "admin")
PRINT_HEIGHT = 700
PRINT_BUTTON = (
    "<body><style>@media print { .amtswissen-print { display: none; } }</style>"
    '<p class="amtswissen-print"><button onclick="window.print()">Drucken</button></p>'
)


def half_title(half: Json) -> str:
    """ "2027-H1" -> "1. Halbjahr 2027 (01.01.2027 – 30.06.2027)"."""
    year, _, part = str(half["half_year"]).partition("-H")
    label = f"{part}. Halbjahr {year}" if part else str(half["half_year"])
    return f"{label} ({german_date(half.get('start'))} – {german_date(half.get('end'))})"


def area_table(items: list[Json]) -> None:
    st.markdown("**Zu sichernde Wissensgebiete**")
    st.dataframe(
        [
            {
                "Wissensgebiet": item["area"],
                "Person": item["person"],
                "Austritt": german_date(item.get("exit_date")) or "offen",
                "Risiko": item.get("score"),
                "Maßnahme": item.get("measure") or action_label(item),
                "Stand": "gesichert" if item.get("done") else "offen",
            }
            for item in items
        ],
        hide_index=True,
        width="stretch",
    )


def interview_steps(items: list[Json]) -> list[tuple[bool, str]]:
    """(done, text) per area that needs an interview: to schedule, or where it stands."""
    steps = []
    for item in items:
        interview = item.get("interview")
        if item.get("schedule_interview"):
            steps.append((False, f"Interview mit {item['person']} zu „{item['area']}“ planen"))
        elif interview:
            done = interview["status"] == "veröffentlicht"
            steps.append((done, f"Interview mit {item['person']}: {interview['status']}"))
    return list(dict.fromkeys(steps))  # one line per person and status


def document_steps(items: list[Json]) -> list[tuple[bool, str]]:
    steps = []
    for item in items:
        if item.get("write_documents"):
            steps.append((bool(item.get("done")), f"„{item['area']}“ aufschreiben"))
        for doc in item.get("review_documents") or []:
            due = german_date(doc.get("due_on"))
            steps.append((False, f"„{doc['title']}“ prüfen (fällig seit {due})"))
    return steps


def step_list(title: str, steps: list[tuple[bool, str]], empty: str) -> None:
    st.markdown(f"**{title}**")
    if not steps:
        st.caption(empty)
    for done, text in steps:
        mark = ":material/check_circle:" if done else ":material/radio_button_unchecked:"
        st.markdown(f"{mark} {md_escape(text)}")


def progress_bar(progress: Json) -> None:
    total, done = int(progress.get("total") or 0), int(progress.get("done") or 0)
    text = f"{done} von {total} Wissensgebieten gesichert" if total else "Nichts zu sichern"
    overdue = int(progress.get("overdue") or 0)
    if overdue:
        text += f" · {overdue} überfällig"
    st.progress(float(progress.get("share") or 0.0), text=text)


def half_section(half: Json) -> None:
    items = half.get("items") or []
    with st.container(border=True):
        st.subheader(md_escape(half_title(half)))
        progress_bar(half.get("progress") or {})
        if not items:
            st.caption("In diesem Halbjahr ist kein Wissensgebiet fällig.")
            return
        if any(item.get("overdue") for item in items):
            st.warning("Einige Wissensgebiete hätten schon gesichert sein sollen.")
        area_table(items)
        left, right = st.columns(2)
        with left:
            step_list("Interviews", interview_steps(items), "Keine Interviews nötig.")
        with right:
            step_list(
                "Dokumente schreiben oder prüfen", document_steps(items), "Keine Dokumente fällig."
            )


def downloads(department: str) -> None:
    client = session.api()
    left, right = st.columns(2)
    slug = department.replace(" ", "_").replace("/", "_")
    left.download_button(
        "Als CSV herunterladen",
        data=lambda: client.plan_csv(department),
        file_name=f"sicherungsplan_{slug}.csv",
        mime="text/csv",
        icon=":material/table:",
        on_click="ignore",
    )
    right.download_button(
        "Druckansicht herunterladen",
        data=lambda: client.plan_html(department),
        file_name=f"sicherungsplan_{slug}.html",
        mime="text/html",
        icon=":material/download:",
        on_click="ignore",
        help="Eine Seite zum Ausdrucken, z. B. neben dem Digitalisierungsplan des Fachbereichs.",
    )


def printable(department: str) -> None:
    """The API's printable page inside the app, with a button that prints only the plan."""
    if not st.toggle("Druckansicht zeigen", key="plan-print"):
        return
    page = session.call(session.api().plan_html, department)
    if page is None:
        return
    html = page.decode("utf-8").replace("<body>", PRINT_BUTTON, 1)
    components.html(html, height=PRINT_HEIGHT, scrolling=True)


def departments() -> list[str]:
    risk = session.call(session.api().risk) or {}
    return sorted(str(d.get("name") or d.get("department")) for d in risk.get("departments") or [])


session.require_role(*MANAGERS)
st.title("Sicherungsplan")
st.write(
    "Welches Wissen ist in welchem Halbjahr zu sichern? Der Plan ergibt sich aus den "
    "Austrittsdaten und dem Risiko – passend zum Halbjahresrhythmus der Modernisierung."
)
choices = departments()
if not choices:
    st.info(
        "Noch keine Fachbereiche mit erfassten Personen. Legen Sie sie unter „Wissen sichern“ an."
    )
    st.stop()
department = st.selectbox("Fachbereich", choices)
plan = session.call(session.api().plan, department) if department else None
if plan is not None:
    halves = plan.get("half_years") or []
    st.markdown("**Fortschritt insgesamt**")
    progress_bar(plan.get("progress") or {})
    downloads(department)
    printable(department)
    if not halves:
        st.success("Für diesen Fachbereich ist derzeit nichts zu sichern.")
    for half in halves:
        half_section(half)
