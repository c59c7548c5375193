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


def names(values: list[object]) -> list[str]:
    """Area or document names, whether the API sends plain strings or objects with a name."""
    found = []
    for value in values:
        name = value.get("name") or value.get("title") if isinstance(value, dict) else value
        if name:
            found.append(str(name))
    return found


def successor_of(expert: Json) -> Json | None:
    successor = expert.get("successor")
    if isinstance(successor, dict):
        return successor
    if expert.get("successor_name"):
        return {"name": expert["successor_name"], "contact": expert.get("successor_contact", "")}
    return None


def left_line(expert: Json) -> None:
    """A retired expert: marked, with the successor as today's contact."""
    when = german_date(expert.get("exit_date"))
    st.warning(
        "Nicht mehr im Dienst" + (f" (seit {when})" if when else "") + " – Quelle des Wissens.",
        icon=":material/history:",
    )
    successor = successor_of(expert)
    if successor is None:
        st.caption("Eine Nachfolge ist nicht eingetragen – wenden Sie sich an den Fachbereich.")
        return
    contact = f" · {md_escape(successor['contact'])}" if successor.get("contact") else ""
    st.markdown(f":material/person: **Heute ansprechbar:** {md_escape(successor['name'])}{contact}")


def expert_card(expert: Json) -> None:
    with st.container(border=True):
        st.subheader(md_escape(expert["name"]))
        facts = [expert.get("department") or "", expert.get("role") or ""]
        st.caption(" · ".join(md_escape(fact) for fact in facts if fact))
        areas = names(expert.get("areas") or [])
        if areas:
            st.markdown("**Wissensgebiete:** " + md_escape(", ".join(areas)))
        sources = names(expert.get("documents") or [])
        if sources:
            st.markdown("**Dokumente und Interviews:** " + md_escape(", ".join(sources[:5])))
        if expert.get("retired") or expert.get("left"):
            left_line(expert)
        elif expert.get("contact"):
            st.markdown(f":material/call: **Kontakt:** {md_escape(expert['contact'])}")


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
