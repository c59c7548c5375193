"""Wissen sichern, the guides (HR, admins): their questions, a new version, a role-specific copy.

A new version changes no interview already planned: interviews keep the questions they were
planned with.
"""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import Json
from app.ui.display import md_escape

HORIZONS = {
    "": "ohne Zeitraum",
    "woche": "Erste Woche",
    "monat": "Erster Monat",
    "jahr": "Erstes Jahr",
}
EXTRA_QUESTIONS = 1  # empty rows offered for new questions in a new version


def show_questions(guide: Json) -> None:
    for number, question in enumerate(guide["questions"], start=1):
        when = HORIZONS.get(question.get("horizon") or "", "")
        st.markdown(f"**{number}. {md_escape(question['text'])}**")
        st.caption(f"{question.get('hint') or ''} ({when})")


def question_fields(guide: Json, number: int, question: Json) -> Json | None:
    """One question's fields in the version form; None when left empty (removed)."""
    key = f"guide-{guide['id']}-v{guide['version']}-{number}"
    text = st.text_area(f"Frage {number}", question.get("text", ""), key=f"{key}-text", height=68)
    left, right = st.columns([3, 1])
    hint = left.text_input("Hinweis für das Gespräch", question.get("hint", ""), key=f"{key}-hint")
    horizons = list(HORIZONS)
    horizon = right.selectbox(
        "Für die Nachfolge",
        horizons,
        index=horizons.index(question.get("horizon") or ""),
        format_func=lambda value: HORIZONS[value],
        key=f"{key}-horizon",
    )
    if not text.strip():
        return None
    return {
        "key": question.get("key", ""),
        "text": text.strip(),
        "hint": hint.strip(),
        "horizon": horizon,
    }


def version_form(guide: Json) -> None:
    """Edit the questions (empty text removes one) and save them as the next version."""
    with st.form(f"guide-version-{guide['id']}"):
        st.caption("Leeren Sie eine Frage, um sie zu entfernen; unten ist Platz für eine neue.")
        rows = [*guide["questions"], *({} for _ in range(EXTRA_QUESTIONS))]
        questions = [question_fields(guide, n, q) for n, q in enumerate(rows, start=1)]
        note = st.text_input(
            "Was ändert sich? (Notiz zur Fassung)", key=f"guide-{guide['id']}-note"
        )
        saved = st.form_submit_button("Als neue Fassung speichern", type="primary")
    kept = [question for question in questions if question is not None]
    if saved and not kept:
        st.error("Ein Leitfaden braucht mindestens eine Frage.")
    elif saved:
        result = session.call(session.api().add_guide_version, guide["id"], kept, note.strip())
        if result is not None:
            st.toast(f"Fassung {result['version']} von „{guide['name']}“ gespeichert.")
            st.rerun()


def copy_form(guides: list[Json]) -> None:
    """A role-specific guide, starting from the questions of an existing one."""
    by_id = {guide["id"]: guide for guide in guides}
    with st.form("guide-new", clear_on_submit=True):
        st.markdown("**Neuen Leitfaden anlegen**")
        name = st.text_input("Name des Leitfadens", placeholder="z. B. Leitfaden Standesamt")
        for_role = st.text_input("Für welche Funktion? (leer = für alle)")
        source = st.selectbox(
            "Fragen übernehmen aus", list(by_id), format_func=lambda g: by_id[g]["name"]
        )
        created = st.form_submit_button("Leitfaden anlegen")
    if not created:
        return
    if not name.strip():
        st.error("Bitte geben Sie einen Namen für den Leitfaden an.")
        return
    body = {
        "name": name.strip(),
        "for_role": for_role.strip(),
        "questions": by_id[source]["questions"],
        "note": f"übernommen aus „{by_id[source]['name']}“",
    }
    if session.call(session.api().create_guide, body) is not None:
        st.toast(f"Leitfaden „{name.strip()}“ angelegt – passen Sie jetzt die Fragen an.")
        st.rerun()


def guides_section() -> None:
    guides = session.call(session.api().guides)
    if guides is None:
        return
    if not guides:
        st.info("Noch kein Leitfaden angelegt.")
    for guide in guides:
        default = " · Standard" if guide.get("is_default") else ""
        role = f" · für {guide['for_role']}" if guide.get("for_role") else ""
        with st.expander(f"{guide['name']} (Fassung {guide['version']}{default}{role})"):
            if guide.get("description"):
                st.write(guide["description"])
            show_questions(guide)
            st.divider()
            version_form(guide)
    if guides:
        copy_form(guides)
