"""Einarbeitung: per department key processes, contacts, interviews, the last 30 days' changes."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from app.ui import session
from app.ui.client import Json
from app.ui.display import doc_type_label, md_escape
from app.ui.handover import handover_plans

PROCESS_TYPES = ("prozessbeschreibung", "dienstanweisung", "checkliste", "merkblatt")
CONTACT_TYPES = ("kontaktliste", "ansprechpartner")
RECENT_DAYS = 30
LIMIT = 50


def documents(department: str, **filters: str) -> list[Json]:
    listing = session.call(session.api().documents, department=department, limit=LIMIT, **filters)
    return listing["documents"] if listing else []


def unique(groups: list[list[Json]]) -> list[Json]:
    """The documents of several listings, each once, sorted by title."""
    seen: dict[str, Json] = {}
    for listing in groups:
        for doc in listing:
            seen.setdefault(doc["id"], doc)
    return sorted(seen.values(), key=lambda doc: doc["title"].casefold())


def section(title: str, docs: list[Json], empty: str) -> None:
    st.subheader(title)
    if not docs:
        st.caption(empty)
        return
    for doc in docs:
        left, right = st.columns([3, 1])
        left.page_link(
            "views/dokument.py",
            label=doc["title"],
            icon=":material/description:",
            query_params={"id": doc["id"]},
        )
        right.caption(
            f"{md_escape(doc_type_label(doc.get('doc_type')))} · "
            f"{str(doc.get('ingested_at') or '')[:10]}"
        )


def overview(department: str) -> None:
    processes = unique([documents(department, doc_type=kind) for kind in PROCESS_TYPES])
    contacts = unique(
        [documents(department, doc_type=kind) for kind in CONTACT_TYPES]
        + [documents(department, q="Ansprechpartner")]
    )
    interviews = documents(department, doc_type="interview")
    since = (date.today() - timedelta(days=RECENT_DAYS)).isoformat()
    recent = documents(department, changed_since=since)
    section(
        "Wichtige Abläufe", processes, "Für diesen Fachbereich sind noch keine Abläufe hinterlegt."
    )
    section(
        "Ansprechpartner", contacts, "Noch keine Kontaktliste hinterlegt – fragen Sie Ihre Leitung."
    )
    section(
        "Erfahrungswissen aus Interviews",
        interviews,
        "Für diesen Fachbereich gibt es noch keine Interviews.",
    )
    section(
        f"Neu oder geändert in den letzten {RECENT_DAYS} Tagen",
        recent,
        "In letzter Zeit hat sich nichts geändert.",
    )


me = session.require_login()
st.title("Einarbeitung")
st.write(
    "Willkommen im Team! Hier finden Sie für Ihren Fachbereich das Wichtigste für die ersten Tage."
)
if handover_plans(me):
    st.divider()
    st.header("Ihr Fachbereich")
stats = session.call(session.api().stats) or {}
departments = sorted(stats.get("by_department", {}))
if not departments:
    st.info("Es sind noch keine Dokumente aufgenommen.")
    st.stop()
chosen = st.selectbox("Ihr Fachbereich", departments)
if chosen:
    overview(chosen)
