"""Wissenslücken (editor, hr, admin): questions that found nothing good, as table and chart."""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import Json

PERIODS: dict[int, str] = {
    30: "letzte 30 Tage",
    90: "letzte 90 Tage",
    180: "letztes halbes Jahr",
    365: "letztes Jahr",
}
CHART_TOP = 15
REASONS = {
    "no_hits": "Keine Treffer",
    "low_score": "Schwache Treffer",
    "not_helpful": "Nicht hilfreich",
    "reported": "Weitergegeben",
}


def rows(gaps: list[Json]) -> list[Json]:
    """One table row per gap, with German column names."""
    table = []
    for gap in gaps:
        row = {
            "Frage": gap["query"],
            "Anzahl": gap["count"],
            "Fachbereiche": ", ".join(gap.get("departments") or []),
        }
        row.update({label: gap.get("reasons", {}).get(key, 0) for key, label in REASONS.items()})
        row["Zuletzt gefragt"] = str(gap.get("last_asked") or "")[:10]
        row["Ähnlich formuliert"] = "; ".join(
            variant for variant in gap.get("variants") or [] if variant != gap["query"]
        )
        table.append(row)
    return table


def chart(gaps: list[Json]) -> None:
    top = sorted(gaps, key=lambda gap: gap["count"], reverse=True)[:CHART_TOP]
    data = {"Frage": [gap["query"] for gap in top], "Anzahl": [gap["count"] for gap in top]}
    st.bar_chart(data, x="Frage", y="Anzahl", horizontal=True, sort="-Anzahl")


session.require_role(*session.GAP_ROLES)
st.title("Wissenslücken")
st.write(
    "Diese Fragen haben Mitarbeitende gestellt, ohne eine gute Antwort zu finden – "
    "hier fehlt Wissen in Amtswissen."
)
stats = session.call(session.api().stats) or {}
left, right = st.columns(2)
days = left.selectbox("Zeitraum", list(PERIODS), index=1, format_func=lambda key: PERIODS[key])
department = right.selectbox(
    "Fachbereich",
    sorted(stats.get("by_department", {})),
    index=None,
    placeholder="alle Fachbereiche",
)
result = session.call(session.api().gaps, days, department)
if result is not None:
    gaps = result.get("gaps", [])
    first, second = st.columns(2)
    first.metric("Suchanfragen im Zeitraum", result.get("queries_total", 0))
    second.metric("Offene Wissenslücken", len(gaps))
    if not gaps:
        st.success("Im gewählten Zeitraum sind keine Wissenslücken aufgefallen.")
    else:
        st.subheader("Häufigste Lücken")
        chart(gaps)
        st.subheader("Alle Lücken")
        st.dataframe(rows(gaps), hide_index=True, width="stretch")
