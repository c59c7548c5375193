"""The knowledge-capture pages through AppTest against the real API, with data made through it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import Capture, LiveApi, button, hr, labelled
from tests.ui.test_pages import app_as, texts


def test_wissen_sichern_creates_a_person_and_a_knowledge_area(corpus: LiveApi):
    live_api = corpus  # its departments are offered (AppTest cannot type a new option)
    at = app_as(hr(live_api), "views/wissen_sichern.py")
    assert at.title[0].value == "Wissen sichern" and not at.error
    labelled(at.text_input, "Name").input("Gisela Sommer")
    labelled(at.selectbox, "Fachbereich").set_value("Personalamt")
    labelled(at.text_input, "Funktion").input("Sachbearbeiterin Gewerbe")
    labelled(at.date_input, "Austrittsdatum (geplant)").set_value(date(2027, 6, 30))
    labelled(at.text_area, "Kontakt").input("Zimmer 12, Durchwahl 212")
    button(at, "Person anlegen").click().run()
    assert not at.error, [e.value for e in at.error]
    people = live_api.call("GET", "/people").json()["people"]
    person = next(p for p in people if p["name"] == "Gisela Sommer")
    assert person["department"] == "Personalamt" and person["exit_date"] == "2027-06-30"
    assert "Noch keine Wissensgebiete erfasst." in texts(at)
    labelled(at.text_input, "Bezeichnung").input("Gewerbeummeldungen mit Sonderfällen")
    at.slider(key=f"new-area-{person['id']}-criticality").set_value(5)
    at.slider(key=f"new-area-{person['id']}-uniqueness").set_value(4)
    at.slider(key=f"new-area-{person['id']}-documented").set_value(1)
    button(at, "Wissensgebiet hinzufügen").click().run()
    assert not at.error, [e.value for e in at.error]
    areas = live_api.call("GET", f"/people/{person['id']}").json()["areas"]
    assert [(a["name"], a["criticality"], a["uniqueness"], a["documented"]) for a in areas] == [
        ("Gewerbeummeldungen mit Sonderfällen", 5, 4, 1)
    ]


def test_a_person_without_a_name_is_refused_in_german(live_api: LiveApi):
    at = app_as(hr(live_api), "views/wissen_sichern.py")
    button(at, "Person anlegen").click().run()
    assert [e.value for e in at.error] == ["Bitte geben Sie einen Namen an."]


def open_interview(at: AppTest, interview_id: int) -> AppTest:
    at.radio[0].set_value("Interviews").run()
    labelled(at.selectbox, "Interview öffnen").set_value(interview_id).run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return at


def test_answers_are_autosaved_split_and_tagged_and_the_status_moves(capture: Capture):
    person = capture.person("Herbert Lang", "Kämmerei", 4)
    area = capture.area(person["id"], "Jahresabschluss", (5, 5, 1))
    interview = capture.interview(person["id"])
    first = interview["questions"][0]["id"]
    at = open_interview(app_as(hr(capture.api), "views/wissen_sichern.py"), interview["id"])
    at.text_area(key=f"answer-{interview['id']}-{first}-0").input("Vor dem 31.3. das Kassenbuch.")
    at.run()
    assert any("gespeichert um" in c.value for c in at.caption), "autosave shows its time"
    at.multiselect(key=f"tags-{interview['id']}-{first}-0").select(area["id"]).run()
    button(at, "Weiteren Wissensbaustein anlegen").click().run()
    at.text_area(key=f"answer-{interview['id']}-{first}-1").input("Zweitens die Rücklagen.").run()
    saved = capture.json("GET", f"/interviews/{interview['id']}", 200)
    answers = sorted((a["part"], a["text"]) for a in saved["answers"])
    assert answers == [(0, "Vor dem 31.3. das Kassenbuch."), (1, "Zweitens die Rücklagen.")]
    tagged = next(a for a in saved["answers"] if a["part"] == 0)
    assert tagged["area_ids"] == [area["id"]]

    button(at, "Als geführt markieren").click().run()
    button(at, "Zur Prüfung geben").click().run()
    assert {b.label for b in at.button} >= {"Freigeben", "Zur Überarbeitung zurückgeben"}
    button(at, "Freigeben").click().run()  # not yet confirmed: the API's German 409
    assert len(at.error) == 1 and "bestätigt" in at.error[0].value
    button(at, "Inhalt bestätigen").click().run()
    assert any("Inhalt bestätigt von" in s.value for s in at.success)
    button(at, "Freigeben").click().run()
    assert not at.error, [e.value for e in at.error]
    assert capture.json("GET", f"/interviews/{interview['id']}", 200)["status"] == "freigegeben"
    assert at.text_area(key=f"answer-{interview['id']}-{first}-0").disabled, "released: read only"
    history = at.dataframe[-1].value
    assert list(history["Nach"]) == ["geführt", "in Prüfung", "freigegeben"]


def test_an_expert_sees_only_their_own_interview_and_confirms_it(capture: Capture):
    expert_token = capture.api.user("expertin", "reader")
    own = capture.person("Ilse Expertin", "Bauhof", 10, username="expertin")
    other = capture.person("Otto Fremd", "Bauhof", 10)
    interview = capture.interview(own["id"])
    capture.interview(other["id"])
    capture.answer(interview, "ausfall", "Die Streupläne im Winter: nur ich kenne die Reihenfolge.")
    capture.status(interview["id"], "geführt")
    at = app_as(expert_token, "views/wissen_sichern.py")
    assert at.title[0].value == "Wissen sichern" and not at.radio, "experts see no people"
    labels = labelled(at.selectbox, "Interview öffnen").options
    assert len(labels) == 1 and "Ilse Expertin" in labels[0]
    labelled(at.selectbox, "Interview öffnen").set_value(interview["id"]).run()
    assert not [b for b in at.button if b.label == "Zur Prüfung geben"], "no status buttons"
    button(at, "Inhalt bestätigen").click().run()
    assert not at.error, [e.value for e in at.error]
    confirmation = capture.json("GET", f"/interviews/{interview['id']}", 200)["confirmation"]
    assert confirmation["by"] == "expertin" and not confirmation["on_behalf"]


def test_a_reader_without_interviews_has_no_capture_pages(live_api: LiveApi):
    at = app_as(live_api.user("nur-lesen", "reader"))
    for page in ("views/wissen_sichern.py", "views/risiko.py", "views/sicherungsplan.py"):
        with pytest.raises(ValueError, match="navigation page"):
            at.switch_page(page)
    at.switch_page("views/wer_weiss_was.py").run()
    assert at.title[0].value == "Wer weiß was"


def test_hr_plans_an_interview_with_the_default_guide_and_lands_on_it(capture: Capture):
    person = capture.person("Doris Plan", "Bürgerbüro", 14)
    at = app_as(hr(capture.api), "views/wissen_sichern.py")
    labelled(at.selectbox, "Person auswählen").set_value(person["id"]).run()
    guide = labelled(at.selectbox, "Leitfaden")
    assert guide.value is not None and "Wissensstafette" in guide.options[guide.index or 0]
    labelled(at.text_input, "Interview führt").input("Frau Berger")
    button(at, "Interview planen").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.radio[0].value == "Interviews"
    assert "Interview mit Doris Plan" in [h.value for h in at.header]
    planned = capture.json("GET", "/interviews", 200, params={"person_id": person["id"]})
    assert [(i["status"], i["interviewer"]) for i in planned["interviews"]] == [
        ("geplant", "Frau Berger")
    ]


def search_hits(api: LiveApi, query: str) -> list[dict[str, Any]]:
    hits = api.call("POST", "/search", json={"query": query, "top_k": 10}).json()["hits"]
    return [hit for hit in hits if hit.get("expert") == "Theo Tor"]


def search_titles(api: LiveApi, query: str) -> list[str]:
    return [hit["title"] for hit in search_hits(api, query)]


def test_publishing_and_retracting_from_the_status_buttons(capture: Capture):
    person = capture.person("Theo Tor", "Friedhofsverwaltung", 7)
    interview = capture.interview(person["id"])
    capture.answer(interview, "kontakte", "Bei Umbettungen zuerst das Gesundheitsamt des Kreises.")
    capture.status(interview["id"], "geführt")
    capture.confirm(interview["id"])
    capture.status(interview["id"], "in Prüfung")
    capture.status(interview["id"], "freigegeben")
    at = open_interview(app_as(hr(capture.api), "views/wissen_sichern.py"), interview["id"])
    assert {b.label for b in at.button} >= {"Veröffentlichen", "Freigabe aufheben"}
    button(at, "Veröffentlichen").click().run()
    assert not at.error, [e.value for e in at.error]
    assert search_titles(capture.api, "Umbettungen Gesundheitsamt"), "published: found"
    answer = next(a for a in at.text_area if "Umbettungen" in (a.value or ""))
    answer.input("Bei Umbettungen zuerst das Ordnungsamt, dann das Gesundheitsamt.").run()
    assert any("gespeichert um" in c.value for c in at.caption)
    found = [h["text"] for h in search_hits(capture.api, "Umbettungen Ordnungsamt")]
    assert len(found) == 1 and "Ordnungsamt" in found[0], "edited: re-published, one version"
    button(at, "Zurückziehen").click().run()
    assert not at.error, [e.value for e in at.error]
    assert search_titles(capture.api, "Umbettungen Gesundheitsamt") == [], "retracted: gone"
    assert "Wieder öffnen" in [b.label for b in at.button]


def test_hr_copies_the_default_guide_and_saves_a_new_version(capture: Capture):
    at = app_as(hr(capture.api), "views/wissen_sichern.py")
    at.radio[0].set_value("Leitfäden").run()
    labelled(at.text_input, "Name des Leitfadens").input("Leitfaden Standesamt")
    labelled(at.text_input, "Für welche Funktion? (leer = für alle)").input("Standesbeamtin")
    button(at, "Leitfaden anlegen").click().run()
    assert not at.error, [e.value for e in at.error]
    guides = capture.json("GET", "/guides", 200)["guides"]
    default = next(g for g in guides if g["is_default"])
    copy = next(g for g in guides if g["name"] == "Leitfaden Standesamt")
    assert copy["for_role"] == "Standesbeamtin" and copy["questions"] == default["questions"]

    prefix = f"guide-{copy['id']}-v1"
    at.text_area(key=f"{prefix}-1-text").input("Welche Trauorte außerhalb des Rathauses gibt es?")
    at.text_area(key=f"{prefix}-2-text").input("")  # removed
    at.text_input(key=f"guide-{copy['id']}-note").input("Trauorte statt Nebenaufgaben")
    form = f"guide-version-{copy['id']}"
    next(
        b for b in at.button if b.label == "Als neue Fassung speichern" and b.form_id == form
    ).click()
    at.run()
    assert not at.error, [e.value for e in at.error]
    saved = next(g for g in capture.json("GET", "/guides", 200)["guides"] if g["id"] == copy["id"])
    assert saved["version"] == 2 and len(saved["questions"]) == len(default["questions"]) - 1
    assert saved["questions"][0]["text"] == "Welche Trauorte außerhalb des Rathauses gibt es?"
    assert saved["questions"][0]["key"] == default["questions"][0]["key"]


VTT = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Frau Berger>Welche Fristen und Termine haben Sie im Blick?

00:00:06.500 --> 00:00:15.000
<v Kurt Kasse>Bis zum 15. Januar geht die Hundesteuer-Statistik an den Kreis.
"""


def test_a_transcript_is_uploaded_and_reported(capture: Capture):
    person = capture.person("Kurt Kasse", "Steueramt", 9)
    interview = capture.interview(person["id"])
    at = open_interview(app_as(hr(capture.api), "views/wissen_sichern.py"), interview["id"])
    at.get("file_uploader")[0].set_value(("gespraech.vtt", VTT.encode(), "text/vtt"))
    button(at, "Transkript hochladen").click().run()
    assert not at.error, [e.value for e in at.error]
    notice = next(s.value for s in at.success if "gespraech.vtt" in s.value)
    assert "2 Redebeiträge" in notice and "Kurt Kasse" in notice
    saved = capture.json("GET", f"/interviews/{interview['id']}", 200)
    assert saved["transcript"]["name"] == "gespraech.vtt"
    assert any("Angehängt: gespraech" in caption.value for caption in at.caption)
    filled = [area.value for area in at.text_area if "Hundesteuer" in (area.value or "")]
    assert len(filled) == 1, "the answer pre-filled from the transcript shows at once"


def test_a_knowledge_area_is_rescored_linked_to_a_document_and_deleted(corpus: LiveApi):
    capture = Capture(corpus)
    person = capture.person("Bruno Bauhof", "Bauhof", 11)
    area = capture.area(person["id"], "Streupläne", (3, 3, 3))
    document_id = corpus.document_id("Winterdienst")
    at = app_as(hr(corpus), "views/wissen_sichern.py")
    labelled(at.selectbox, "Person auswählen").set_value(person["id"]).run()
    at.slider(key=f"area-{area['id']}-documented").set_value(5)
    labelled(at.multiselect, "Dokumente, die dieses Wissen abdecken").select(document_id)
    next(
        b for b in at.button if b.label == "Speichern" and b.form_id == f"area-{area['id']}"
    ).click()
    at.run()
    assert not at.error, [e.value for e in at.error]
    saved = capture.json("GET", f"/people/{person['id']}", 200)["areas"][0]
    assert saved["documented"] == 5 and [d["id"] for d in saved["documents"]] == [document_id]
    button(at, "Wissensgebiet löschen").click().run()
    assert not at.error, [e.value for e in at.error]
    assert capture.json("GET", f"/people/{person['id']}", 200)["areas"] == []
