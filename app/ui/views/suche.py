"""Suche: one search box, filters, results with the marked snippet, feedback and gaps."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from app.ui import session
from app.ui.client import ApiClient, Json
from app.ui.display import (
    doc_type_label,
    file_name,
    heading_path,
    location,
    md_escape,
    safe_snippet,
)

RESULT = "search_result"
TOP_K = 10


def filters_from(departments: list[str], doc_types: list[str], period: Any) -> Json:
    filters: Json = {"departments": departments, "doc_types": doc_types}
    dates = [day for day in (period or ()) if isinstance(day, date)]
    if dates:
        filters["date_from"] = dates[0].isoformat()
        filters["date_to"] = dates[-1].isoformat()
    return filters


def search_form(stats: Json) -> None:
    with st.form("search"):
        query = st.text_input("Wonach suchen Sie?", placeholder="z. B. Wie beantrage ich Urlaub?")
        left, middle, right = st.columns(3)
        departments = left.multiselect(
            "Fachbereich", sorted(stats.get("by_department", {})), placeholder="Alle"
        )
        doc_types = middle.multiselect(
            "Dokumenttyp",
            sorted(stats.get("by_doc_type", {})),
            format_func=doc_type_label,
            placeholder="Alle",
        )
        period = right.date_input("Zeitraum", value=[], format="DD.MM.YYYY")
        submitted = st.form_submit_button("Suchen", type="primary")
    if not submitted:
        return
    if not query.strip():
        st.warning("Bitte geben Sie einen Suchbegriff ein.")
        return
    filters = filters_from(departments, doc_types, period)
    hits = session.call(session.api().search, query.strip(), TOP_K, filters)
    if hits is not None:
        st.session_state[RESULT] = {"query": query.strip(), "filters": filters, "hits": hits}


def original_button(client: ApiClient, hit: Json, index: int, where: Any) -> None:
    document_id = hit["document_id"]
    where.download_button(
        "Original öffnen",
        data=lambda: client.original(document_id),
        file_name=file_name(hit.get("source") or hit["title"]),
        key=f"original-{index}",
        icon=":material/download:",
        on_click="ignore",
    )


def feedback_row(query: str, hit: Json, index: int) -> None:
    given = st.session_state.setdefault("feedback_given", {})
    if hit["chunk_id"] in given:
        st.caption("Danke für Ihre Rückmeldung!")
        return
    comment_col, up_col, down_col = st.columns([6, 1, 1], vertical_alignment="bottom")
    comment = comment_col.text_input(
        "Kommentar (optional)", key=f"comment-{index}", placeholder="Was hat gefehlt oder geholfen?"
    )
    for helpful, where, label in (
        (True, up_col, ":material/thumb_up:"),
        (False, down_col, ":material/thumb_down:"),
    ):
        help_text = "Hilfreich" if helpful else "Nicht hilfreich"
        clicked = where.button(label, key=f"{'up' if helpful else 'down'}-{index}", help=help_text)
        api = session.api()
        if (
            clicked
            and session.call(api.feedback, hit["chunk_id"], query, helpful, comment) is not None
        ):
            given[hit["chunk_id"]] = helpful
            st.rerun()


def provenance(hit: Json) -> None:
    """Interview answers name the expert and the question; overdue content says "Stand prüfen"."""
    if hit.get("expert"):
        st.markdown(
            f":material/record_voice_over: **Expertin/Experte:** {md_escape(hit['expert'])}"
        )
    if hit.get("question"):
        st.markdown(f":material/help: **Frage:** {md_escape(hit['question'])}")
    if hit.get("review_due"):
        st.badge(
            "Stand prüfen",
            icon=":material/update:",
            color="orange",
            help="Dieser Inhalt ist länger nicht geprüft worden – bitte Aktualität beachten.",
        )


def show_hit(client: ApiClient, query: str, hit: Json, index: int) -> None:
    with st.container(border=True):
        st.subheader(md_escape(hit["title"]))
        facts = [
            heading_path(hit.get("heading_path")),
            hit.get("department") or "",
            doc_type_label(hit.get("doc_type")),
            hit.get("source") or "",
            location(hit),
        ]
        st.caption(" · ".join(md_escape(fact) for fact in facts if fact))
        provenance(hit)
        st.html(f'<div class="amtswissen-snippet">{safe_snippet(hit.get("snippet") or "")}</div>')
        open_col, link_col = st.columns(2)
        original_button(client, hit, index, open_col)
        link_col.page_link(
            "views/dokument.py",
            label="Im Dokument ansehen",
            icon=":material/description:",
            query_params={"id": hit["document_id"], "chunk": hit["chunk_id"]},
        )
        feedback_row(query, hit, index)


def nothing_found(result: Json) -> None:
    query = result["query"]
    st.info(
        f"Zu „{md_escape(query)}“ haben wir leider nichts Passendes gefunden. Versuchen Sie andere "
        "Begriffe (z. B. das Amtsdeutsch: „Antrag“, „Bescheinigung“) oder lockern Sie die Filter. "
        "Fehlt das Wissen noch, geben Sie Ihre Frage an die Fachabteilung weiter."
    )
    gap_form(result)


def gap_form(result: Json) -> None:
    """Pass the question on: it lands in the Wissenslücken list of the editors and HR."""
    query = result["query"]
    if st.session_state.get("gap_sent") == query:
        st.success("Danke! Ihre Frage wurde an die Fachabteilung weitergegeben.")
        return
    comment = st.text_area("Was genau möchten Sie wissen? (optional)", key="gap-comment")
    if st.button("Frage an die Fachabteilung weitergeben", type="primary"):
        departments = result["filters"].get("departments", [])
        if session.call(session.api().report_gap, query, departments, comment) is not None:
            st.session_state["gap_sent"] = query
            st.rerun()


def results() -> None:
    result = st.session_state.get(RESULT)
    if not result:
        return
    hits = result["hits"]
    if not hits:
        nothing_found(result)
        return
    st.caption(f"{len(hits)} Treffer zu „{md_escape(result['query'])}“")
    client = session.api()
    for index, hit in enumerate(hits):
        show_hit(client, result["query"], hit, index)
    with st.expander("Nicht das Richtige dabei?"):
        gap_form(result)


session.require_login()
st.title("Suche")
st.write(
    "Fragen Sie in Ihren eigenen Worten – Amtswissen durchsucht alle Dokumente, "
    "die Sie sehen dürfen."
)
search_form(session.call(session.api().stats) or {})
results()
