"""Wer weiß was: who knows about a topic, from knowledge areas, interviews and authored documents.

Someone who has left stays findable as the source of what they left; the successor is named as
today's contact.
"""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import Json
from app.ui.display import german_date, md_escape

RESULT = "experts_result"
SOURCES = 5  # links shown per expert


def contact_line(contact: Json | None) -> str:
    if not contact:
        return ""
    return f" · {md_escape(contact['contact'])}" if contact.get("contact") else ""


def left_line(expert: Json) -> None:
    """A retired expert: marked, with the successor as today's contact."""
    st.warning("Nicht mehr im Dienst – Quelle des Wissens, das sie oder er hinterlassen hat.")
    contact = expert.get("contact")
    if not contact:
        st.caption("Eine Nachfolge ist nicht eingetragen – wenden Sie sich an den Fachbereich.")
        return
    st.markdown(
        f":material/person: **Heute ansprechbar:** {md_escape(contact['name'])}"
        f"{contact_line(contact)}"
    )


def sources(expert: Json) -> None:
    """Links to the published interview answers and the documents the expert wrote."""
    links = [
        (answer["document_id"], f"Interview: {answer['question']}")
        for answer in expert.get("answers") or []
        if answer.get("document_id")
    ]
    links += [(doc["id"], doc["title"]) for doc in expert.get("documents") or []]
    for document_id, label in links[:SOURCES]:
        st.page_link(
            "views/dokument.py",
            label=label,
            icon=":material/description:",
            query_params={"id": document_id},
        )


def expert_card(expert: Json) -> None:
    with st.container(border=True):
        st.subheader(md_escape(expert["name"]))
        facts = [expert.get("department") or "", expert.get("role") or ""]
        st.caption(" · ".join(md_escape(fact) for fact in facts if fact))
        areas = [area["name"] for area in expert.get("areas") or []]
        if areas:
            st.markdown("**Wissensgebiete:** " + md_escape(", ".join(areas)))
        if expert.get("retired"):
            left_line(expert)
        elif contact_line(expert.get("contact")):
            st.markdown(f":material/call: **Kontakt**{contact_line(expert.get('contact'))}")
        if expert.get("exit_date"):  # HR and admins only
            st.caption(f"Geplanter Austritt: {german_date(expert['exit_date'])}")
        sources(expert)


session.require_login()
st.title("Wer weiß was")
st.write(
    "Finden Sie Kolleginnen und Kollegen, die sich mit einem Thema auskennen – "
    "aus Wissensgebieten, Interviews und Dokumenten."
)
with st.form("experts"):
    topic = st.text_input("Thema", placeholder="z. B. Friedhofsgebühren, Wahlvorbereitung")
    asked = st.form_submit_button("Personen finden", type="primary")
if asked:
    if not topic.strip():
        st.warning("Bitte geben Sie ein Thema ein.")
    else:
        found = session.call(session.api().experts, topic.strip())
        if found is not None:
            st.session_state[RESULT] = {"topic": topic.strip(), "experts": found}
result = st.session_state.get(RESULT)
if result:
    if not result["experts"]:
        st.info(
            f"Zu „{md_escape(result['topic'])}“ ist niemand eingetragen. Versuchen Sie einen "
            "allgemeineren Begriff oder fragen Sie in der Suche."
        )
    else:
        st.caption(f"{len(result['experts'])} Personen zu „{md_escape(result['topic'])}“")
        for expert in result["experts"]:
            expert_card(expert)
