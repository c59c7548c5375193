"""Risiko-Übersicht, Wer weiß was, Sicherungsplan, the handover plan, expert and review marks in
Suche and the review list, through AppTest against the real API with data made through it."""

from __future__ import annotations

from typing import Any

from streamlit import dataframe_util

from tests.ui.conftest import ADMIN_PASSWORD, Capture, LiveApi, button, hr, labelled
from tests.ui.test_pages import app_as, texts


def chart_rows(chart: Any) -> list[dict[str, Any]]:
    """The rows behind a chart (Streamlit moves an Altair chart's inline data to Arrow bytes)."""
    return list(
        dataframe_util.convert_arrow_bytes_to_pandas_df(chart.proto.data.data).to_dict("records")
    )


def test_risiko_shows_the_score_the_measure_and_four_charts(capture: Capture):
    person = capture.person("Renate Risiko", "Standesamt", 3)
    capture.area(person["id"], "Eheschließungen im Ausland", (5, 5, 1))
    at = app_as(hr(capture.api), "views/risiko.py")
    assert at.title[0].value == "Risiko-Übersicht" and not at.error
    areas = at.dataframe[0].value
    row = areas[areas["Wissensgebiet"] == "Eheschließungen im Ausland"].iloc[0]
    assert (row["Risiko"], row["Maßnahme"]) == (25, "vollständiges Experteninterview")
    assert row["Person"] == "Renate Risiko" and row["Austrittsrisiko"] == 5
    departments = at.dataframe[2].value
    assert 25 in list(departments[departments["Fachbereich"] == "Standesamt"]["Risiko"])
    charts = [chart_rows(chart) for chart in at.get("vega_lite_chart")]
    assert len(charts) == 4
    matrix = next(rows for rows in charts if "Positionsrisiko" in rows[0])
    cell = next(c for c in matrix if (c["Austrittsrisiko"], c["Positionsrisiko"]) == (5, 5))
    assert cell["Wissensgebiete"] >= 1 and cell["Maßnahme"] == "vollständiges Experteninterview"
    labelled(at.selectbox, "Fachbereich").set_value("Standesamt").run()
    assert list(at.dataframe[0].value["Wissensgebiet"]) == ["Eheschließungen im Ausland"]


def test_wer_weiss_was_marks_a_retired_expert_with_the_successor(capture: Capture):
    successor = capture.person("Jonas Weber", "Friedhofsverwaltung", None, contact="Tel. 431")
    retired = capture.person("Erika Berg", "Friedhofsverwaltung", -2, successor_id=successor["id"])
    capture.area(retired["id"], "Friedhofsgebühren kalkulieren", (4, 5, 2))
    at = app_as(capture.api.user("kollege", "reader"), "views/wer_weiss_was.py")
    labelled(at.text_input, "Thema").input("Friedhofsgebühren")
    button(at, "Personen finden").click().run()
    assert not at.error, [e.value for e in at.error]
    assert "Erika Berg" in [h.value for h in at.subheader]
    assert any("Nicht mehr im Dienst" in w.value for w in at.warning)
    assert "Heute ansprechbar:** Jonas Weber" in texts(at)


def test_wer_weiss_was_says_so_when_nobody_knows(live_api: LiveApi):
    at = app_as(live_api.user("kollege", "reader"), "views/wer_weiss_was.py")
    labelled(at.text_input, "Thema").input("Raumfahrtbehörde")
    button(at, "Personen finden").click().run()
    assert "ist niemand eingetragen" in texts(at)


def test_sicherungsplan_shows_the_half_years_with_progress_and_exports(capture: Capture):
    person = capture.person("Paul Plan", "Stadtkasse", 8)
    capture.area(person["id"], "Mahnläufe", (5, 4, 1))
    at = app_as(hr(capture.api), "views/sicherungsplan.py")
    labelled(at.selectbox, "Fachbereich").set_value("Stadtkasse").run()
    assert not at.error, [e.value for e in at.error]
    halves = [h.value for h in at.subheader if "Halbjahr" in h.value]
    assert halves, [h.value for h in at.subheader]
    tables = [t.value for t in at.dataframe]
    assert any("Mahnläufe" in list(t["Wissensgebiet"]) for t in tables)
    assert "Interview mit Paul Plan zu „Mahnläufe“ planen" in texts(at)
    labels = [d.label for d in at.get("download_button")]
    assert labels == ["Als CSV herunterladen", "Druckansicht herunterladen"]
    at.toggle(key="plan-print").set_value(True).run()
    printed = [frame.proto.srcdoc for frame in at.get("iframe")]
    assert len(printed) == 1 and "Mahnläufe" in printed[0] and "window.print()" in printed[0]


def test_einarbeitung_shows_the_handover_plan_and_stores_a_tick(capture: Capture):
    token = capture.api.user("nachfolger", "reader")
    successor = capture.person("Nico Nachfolger", "Bauamt", None, username="nachfolger")
    leaving = capture.person("Vera Vorgängerin", "Bauamt", 5, successor_id=successor["id"])
    interview = capture.interview(leaving["id"])
    capture.answer(interview, "fristen", "Bis 31.1. die Baustatistik ans Landesamt melden.")
    capture.status(interview["id"], "geführt")
    capture.confirm(interview["id"])
    capture.status(interview["id"], "in Prüfung")
    capture.status(interview["id"], "freigegeben")
    at = app_as(token, "views/einarbeitung.py")
    assert not at.error, [e.value for e in at.error]
    assert "Ihr Übergabeplan von Vera Vorgängerin" in [h.value for h in at.header]
    assert "Erste Woche" in [s.value for s in at.subheader]
    assert [box.label for box in at.checkbox] == [
        "Bis 31\\.1\\. die Baustatistik ans Landesamt melden\\."
    ]
    at.checkbox[0].check().run()
    assert not at.error, [e.value for e in at.error]
    plan = capture.json("GET", f"/people/{leaving['id']}/handover", 200)
    items = [i for s in plan["sections"] for i in s["items"]]
    assert [i["done"] for i in items] == [True]


def test_suche_names_the_expert_and_the_question_of_an_interview_answer(capture: Capture):
    person = capture.person("Sabine Sucht", "Wahlamt", 6)
    interview = capture.interview(person["id"])
    capture.answer(interview, "kontakte", "Bei Wahlpannen zuerst die Kreiswahlleiterin anrufen.")
    capture.publish(interview["id"])
    at = app_as(capture.api.token("admin", ADMIN_PASSWORD), "views/suche.py")
    at.text_input[0].input("Kreiswahlleiterin Wahlpannen")
    at.button[0].click().run()
    assert not at.error, [e.value for e in at.error]
    assert "**Expertin/Experte:** Sabine Sucht" in texts(at)
    assert "**Frage:**" in texts(at)


def test_suche_flags_a_hit_overdue_for_review_with_stand_pruefen(corpus: LiveApi):
    corpus.backdate_review(corpus.document_id("Ansprechpartner IT"), months=13)
    at = app_as(corpus.user("suchende", "reader"), "views/suche.py")
    at.text_input[0].input("IT-Hotline Kennwörter zurücksetzen")
    at.button[0].click().run()
    assert not at.error, [e.value for e in at.error]
    badges = [m.value for m in at.markdown if "Stand prüfen" in m.value]
    assert len(badges) == 1, [h.value for h in at.subheader]


def test_konto_lists_overdue_documents_and_confirms_their_review(corpus: LiveApi):
    document_id = corpus.document_id("Winterdienst")
    corpus.backdate_review(document_id, months=14)
    at = app_as(corpus.token("admin", ADMIN_PASSWORD), "views/anmeldung.py")
    assert "Winterdienst" in [link.label for link in at.get("page_link")]
    at.button(key=f"reviewed-{document_id}").click().run()
    assert not at.error, [e.value for e in at.error]
    due = corpus.call("GET", "/reviews").json()["items"]
    assert document_id not in [item["id"] for item in due]
    assert "Winterdienst" not in [link.label for link in at.get("page_link")]
