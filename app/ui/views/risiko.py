"""Risiko-Übersicht (HR, admins): where knowledge is about to leave, by area, person and department.

Scores come from GET /risk (attrition risk x position risk, 1-25, after the IAEA knowledge-loss
risk assessment); the page only shows them, with the measure each calls for.
"""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import Json
from app.ui.display import action_label, german_date
from app.ui.risk_charts import coverage_chart, exits_chart, open_interviews_chart, risk_matrix

MANAGERS = ("hr", "admin")
EXPLANATION = (
    "**So wird gerechnet:** Risiko = Austrittsrisiko × Positionsrisiko (je 1–5, zusammen 1–25). "
    "Das Austrittsrisiko steigt, je näher der Austritt rückt (unter 12 Monaten: 5). "
    "Das Positionsrisiko ergibt sich aus Kritikalität, Einzigartigkeit und – doppelt gewichtet – "
    "wie wenig dokumentiert oder im Interview gesichert ist. Ab 16 Punkten ist ein vollständiges "
    "Experteninterview angezeigt, ab 9 ein gezieltes Interview, darunter genügt eine Übergabe "
    "durch die Führungskraft."
)


def area_rows(areas: list[Json]) -> list[Json]:
    return [
        {
            "Wissensgebiet": area["area"],
            "Person": area["person"],
            "Fachbereich": area.get("department") or "–",
            "Austritt": german_date(area.get("exit_date")) or "offen",
            "Austrittsrisiko": area.get("attrition"),
            "Positionsrisiko": area.get("position"),
            "Risiko": area.get("score"),
            "Maßnahme": action_label(area),
        }
        for area in sorted(areas, key=lambda a: -int(a.get("score") or 0))
    ]


def person_rows(people: list[Json]) -> list[Json]:
    return [
        {
            "Person": person["name"],
            "Fachbereich": person.get("department") or "–",
            "Funktion": person.get("role") or "–",
            "Austritt": german_date(person.get("exit_date")) or "offen",
            "Nachfolge": person.get("successor") or "offen",
            "Wissensgebiete": person.get("areas", 0),
            "Risiko": person.get("score"),
            "Maßnahme": action_label(person),
        }
        for person in sorted(people, key=lambda p: -int(p.get("score") or 0))
    ]


def department_rows(departments: list[Json]) -> list[Json]:
    return [
        {
            "Fachbereich": department["department"],
            "Personen": department.get("people", 0),
            "Risiko": department.get("score"),
            "Maßnahme": action_label(department),
            "Vollständige Interviews": department.get("full_interviews", 0),
            "Gezielte Interviews": department.get("targeted_interviews", 0),
        }
        for department in sorted(departments, key=lambda d: -int(d.get("score") or 0))
    ]


def headline(risk: Json) -> None:
    areas = risk.get("areas") or []
    urgent = sum(1 for area in areas if int(area.get("score") or 0) >= 16)
    first, second, third = st.columns(3)
    first.metric("Wissensgebiete erfasst", len(areas))
    second.metric("Vollständiges Interview nötig", urgent)
    third.metric(
        "Personen mit Austrittsdatum", sum(1 for p in risk["people"] if p.get("exit_date"))
    )


def tables(risk: Json) -> None:
    by_area, by_person, by_department = st.tabs(["Wissensgebiete", "Personen", "Fachbereiche"])
    score = st.column_config.ProgressColumn("Risiko", min_value=0, max_value=25, format="%d")
    config = {"Risiko": score}
    by_area.dataframe(area_rows(risk["areas"]), hide_index=True, column_config=config)
    by_person.dataframe(person_rows(risk["people"]), hide_index=True, column_config=config)
    by_department.dataframe(
        department_rows(risk["departments"]), hide_index=True, column_config=config
    )


def charts(risk: Json) -> None:
    data = risk.get("charts") or {}
    left, right = st.columns(2)
    with left:
        st.subheader("Risikomatrix")
        st.caption(
            "Anzahl der Wissensgebiete je Feld: rechts, wer bald geht; oben, was schwer zu "
            "ersetzen ist. Die Farbe zeigt die nötige Maßnahme."
        )
        st.altair_chart(risk_matrix(data.get("matrix") or []), width="stretch")
    with right:
        st.subheader("Austritte in den nächsten 24 Monaten")
        st.altair_chart(exits_chart(data.get("exits") or []), width="stretch")
    left, right = st.columns(2)
    with left:
        st.subheader("Sicherungsstand je Fachbereich")
        st.altair_chart(coverage_chart(risk["areas"]), width="stretch")
    with right:
        st.subheader("Offene Interviews")
        st.altair_chart(open_interviews_chart(data.get("open_interviews") or {}), width="stretch")


session.require_role(*MANAGERS)
st.title("Risiko-Übersicht")
st.write("Wo droht Wissen verloren zu gehen – und was ist jetzt zu tun?")
everything = session.call(session.api().risk)
departments = sorted(d["department"] for d in (everything or {}).get("departments") or [])
chosen = st.selectbox("Fachbereich", departments, index=None, placeholder="alle Fachbereiche")
risk = session.call(session.api().risk, chosen) if chosen else everything
if risk is not None:
    risk.setdefault("areas", [])
    risk.setdefault("people", [])
    risk.setdefault("departments", [])
    if not risk["areas"]:
        st.info(
            "Noch keine Wissensgebiete erfasst. Legen Sie unter „Wissen sichern“ Personen mit "
            "ihrem Austrittsdatum und ihren Wissensgebieten an – dann erscheint hier das Risiko."
        )
    else:
        headline(risk)
        tables(risk)
        charts(risk)
        with st.expander("Wie wird das Risiko berechnet?"):
            st.markdown(EXPLANATION)
