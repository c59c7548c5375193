"""The charts of the Risiko-Übersicht, as Altair specs built from the API's JSON (pure functions).

risk_matrix(risk["charts"]["matrix"]) -> the 5 x 5 matrix of attrition risk x position risk,
coloured by the measure each cell calls for, with the number of knowledge areas in it.
"""

from __future__ import annotations

from collections import Counter

import altair as alt

from app.ui.client import Json
from app.ui.display import ACTION_LABELS

FULL_FROM, TARGETED_FROM = 16, 9  # the thresholds of the risk formula (app/services/risk.py)
MEASURE_COLOURS = {
    ACTION_LABELS["full_interview"]: "#c0392b",
    ACTION_LABELS["targeted_interview"]: "#e6a23c",
    ACTION_LABELS["manager_handover"]: "#7fb77e",
}
LEGEND = alt.Legend(orient="bottom", direction="vertical", labelLimit=400, title=None)
OPEN_STATUSES = ("geplant", "geführt", "in Prüfung", "freigegeben")


def measure_of(score: int) -> str:
    if score >= FULL_FROM:
        return ACTION_LABELS["full_interview"]
    if score >= TARGETED_FROM:
        return ACTION_LABELS["targeted_interview"]
    return ACTION_LABELS["manager_handover"]


def matrix_cells(cells: list[Json]) -> list[Json]:
    """The API's 25 cells (attrition, position, count) with German names and each cell's measure."""
    return [
        {
            "Austrittsrisiko": cell["attrition"],
            "Positionsrisiko": cell["position"],
            "Wissensgebiete": cell["count"],
            "Anzahl": str(cell["count"]) if cell["count"] else "",
            "Maßnahme": measure_of(int(cell["attrition"]) * int(cell["position"])),
        }
        for cell in cells
    ]


def risk_matrix(cells: list[Json]) -> alt.LayerChart:
    base = alt.Chart(alt.Data(values=matrix_cells(cells))).encode(
        x=alt.X(
            "Austrittsrisiko:O",
            title="Austrittsrisiko",
            sort="ascending",
            axis=alt.Axis(labelAngle=0),
        ),
        y=alt.Y("Positionsrisiko:O", title="Positionsrisiko", sort="descending"),
    )
    colours = alt.Scale(domain=list(MEASURE_COLOURS), range=list(MEASURE_COLOURS.values()))
    rects = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=alt.Color("Maßnahme:N", scale=colours, legend=LEGEND),
        tooltip=["Austrittsrisiko:O", "Positionsrisiko:O", "Wissensgebiete:Q", "Maßnahme:N"],
    )
    labels = base.mark_text(fontSize=18, fontWeight="bold", color="white").encode(text="Anzahl:N")
    return (rects + labels).properties(height=alt.Step(44))


def month_label(month: str) -> str:
    """`month_label("2027-03") == "03/2027"`."""
    year, _, number = month.partition("-")
    return f"{number}/{year}" if number else month


def exits_chart(exits: list[Json]) -> alt.Chart:
    """Planned exits per month, from the API's 24 months (this one first)."""
    rows = [
        {
            "Monat": month_label(str(m["month"])),
            "Austritte": m["exits"],
            "Personen": ", ".join(m.get("people") or []),
        }
        for m in exits
    ]
    return (
        alt.Chart(alt.Data(values=rows))
        .mark_bar(color="#2c6e9b")
        .encode(
            x=alt.X("Monat:O", title=None, sort=None, axis=alt.Axis(labelAngle=-45)),
            y=alt.Y("Austritte:Q", title="geplante Austritte", axis=alt.Axis(tickMinStep=1)),
            tooltip=["Monat:O", "Austritte:Q", "Personen:N"],
        )
        .properties(height=260)
    )


def coverage_of(area: Json) -> str:
    if area.get("captured"):
        return "im Interview gesichert"
    if int(area.get("documented") or 0) >= 4:
        return "gut dokumentiert"
    return "noch offen"


def coverage_rows(areas: list[Json]) -> list[Json]:
    counts = Counter(
        (str(a.get("department") or "ohne Fachbereich"), coverage_of(a)) for a in areas
    )
    return [
        {"Fachbereich": department, "Stand": stand, "Wissensgebiete": count}
        for (department, stand), count in sorted(counts.items())
    ]


def coverage_chart(areas: list[Json]) -> alt.Chart:
    order = ["im Interview gesichert", "gut dokumentiert", "noch offen"]
    colours = alt.Scale(domain=order, range=["#2e8b57", "#9cc5a1", "#d9d9d9"])
    return (
        alt.Chart(alt.Data(values=coverage_rows(areas)))
        .mark_bar()
        .encode(
            y=alt.Y("Fachbereich:N", title=None, axis=alt.Axis(labelLimit=240)),
            x=alt.X("Wissensgebiete:Q", stack="normalize", title="Anteil der Wissensgebiete"),
            color=alt.Color("Stand:N", scale=colours, sort=order, legend=LEGEND),
            order=alt.Order("Stand:N", sort="ascending"),
            tooltip=["Fachbereich:N", "Stand:N", "Wissensgebiete:Q"],
        )
        .properties(height=alt.Step(36))
    )


def open_interview_rows(open_interviews: dict[str, int]) -> list[Json]:
    return [
        {"Status": status, "Interviews": int(open_interviews.get(status, 0))}
        for status in OPEN_STATUSES
    ]


def open_interviews_chart(open_interviews: dict[str, int]) -> alt.Chart:
    return (
        alt.Chart(alt.Data(values=open_interview_rows(open_interviews)))
        .mark_bar(color="#8e6c8a")
        .encode(
            x=alt.X("Status:N", sort=list(OPEN_STATUSES), title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("Interviews:Q", title="offene Interviews", axis=alt.Axis(tickMinStep=1)),
            tooltip=["Status:N", "Interviews:Q"],
        )
        .properties(height=260)
    )
