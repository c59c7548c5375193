"""Wissen sichern: people who leave and what they know (HR, admins); interviews for everyone linked.

HR and admins manage people, knowledge areas and every interview; an expert sees and confirms only
their own interviews (the API lists no others).
"""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.capture_guides import guides_section
from app.ui.capture_interviews import MANAGERS, SWITCH_TO, VIEW, interviews_section, plan_form
from app.ui.capture_people import areas_section, choose_person, people_table, person_form

VIEWS = ("Personen", "Interviews", "Leitfäden")


def people_view() -> None:
    people = session.call(session.api().people)
    if people is None:
        return
    people_table(people)
    stats = session.call(session.api().stats) or {}
    departments = sorted(
        set(stats.get("by_department", {}))
        | {p["department"] for p in people if p.get("department")}
    )
    person = choose_person(people)
    person_form(person, people, departments)
    if person is not None:
        areas_section(person)
        plan_form(person)


me = session.require_login()
st.title("Wissen sichern")
if me["role"] in MANAGERS:
    st.write(
        "Erfassen Sie, wer die Verwaltung wann verlässt, welches Wissen diese Person hält, "
        "und sichern Sie es in einem Interview."
    )
    if SWITCH_TO in st.session_state:
        st.session_state[VIEW] = st.session_state.pop(SWITCH_TO)
    view = st.radio("Bereich", VIEWS, key=VIEW, horizontal=True, label_visibility="collapsed")
    if view == "Personen":
        people_view()
    elif view == "Leitfäden":
        guides_section()
    else:
        interviews_section(me["role"])
else:
    st.write(
        "Hier sehen Sie Ihre Interviews: Ergänzen Sie Ihre Antworten und bestätigen Sie den "
        "Inhalt, bevor er für Ihre Kolleginnen und Kollegen veröffentlicht wird."
    )
    interviews_section(me["role"])
