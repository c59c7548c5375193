"""Every page through Streamlit's AppTest against the real API over HTTP (no mocks)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import ADMIN_PASSWORD, MAIN, LiveApi

TIMEOUT = 60


def app_as(token: str | None, page: str | None = None) -> AppTest:
    """The app run once with `token` in the session (as after a login), then opened on `page`."""
    at = AppTest.from_file(str(MAIN), default_timeout=TIMEOUT)
    if token:
        at.session_state["token"] = token
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    parts = [element.value for element in (*at.markdown, *at.caption, *at.info, *at.success)]
    return "\n".join(str(part) for part in parts)


def login(at: AppTest, username: str, password: str) -> AppTest:
    at.text_input[0].input(username)
    at.text_input[1].input(password)
    at.button[0].click().run()
    return at


def test_anmeldung_with_a_wrong_password_shows_the_german_error(ui_env: LiveApi):
    at = login(app_as(None), "admin", "falsch-falsch")
    assert at.title[0].value == "Willkommen bei Amtswissen"
    assert len(at.error) == 1 and "Benutzername oder Passwort" in at.error[0].value
    assert "token" not in at.session_state


def test_a_reader_logs_in_lands_on_suche_and_has_no_verwaltung(ui_env: LiveApi):
    ui_env.user("leser", "reader")
    at = login(app_as(None), "leser", "leser-pw-123")
    assert not at.error
    assert at.title[0].value == "Suche"
    assert "leser" in at.sidebar.caption[0].value
    for page in ("views/verwaltung.py", "views/hochladen.py", "views/wissensluecken.py"):
        with pytest.raises(ValueError, match="navigation page"):
            at.switch_page(page)
    at.switch_page("views/einarbeitung.py").run()
    assert at.title[0].value == "Einarbeitung"


def test_suche_shows_the_title_the_marked_snippet_and_records_feedback(corpus: LiveApi):
    at = app_as(corpus.user("suchende", "reader"), "views/suche.py")
    at.text_input[0].input("Urlaubsantrag Resturlaub")
    at.button[0].click().run()
    assert "Urlaubsantrag stellen" in [header.value for header in at.subheader]
    snippets = [element.proto.body for element in at.html]
    assert any("<mark>" in snippet for snippet in snippets), snippets
    assert "Personalamt" in texts(at) and "Prozessbeschreibung" in texts(at)
    at.text_input(key="comment-0").input("Genau das brauchte ich")
    at.button(key="up-0").click().run()
    assert not at.error
    assert "Danke für Ihre Rückmeldung!" in texts(at)


def test_suche_without_hits_passes_the_question_to_the_department(corpus: LiveApi):
    at = app_as(corpus.user("fragende", "reader"), "views/suche.py")
    at.text_input[0].input("Wer repariert das Faxgerät im Keller?")
    at.multiselect[0].select("IT")
    at.multiselect[1].select("dienstanweisung")  # IT has none: nothing can be found
    at.button[0].click().run()
    assert "leider nichts Passendes gefunden" in texts(at)
    at.text_area[0].input("Bitte eine Anleitung")
    next(b for b in at.button if b.label == "Frage an die Fachabteilung weitergeben").click().run()
    assert "an die Fachabteilung weitergegeben" in texts(at)
    gaps = corpus.call("GET", "/analytics/gaps", params={"days": 1}).json()["gaps"]
    assert any("Faxgerät" in gap["query"] and gap["reasons"]["reported"] for gap in gaps), gaps


def test_dokument_shows_the_whole_document_with_the_hit_highlighted(corpus: LiveApi):
    document_id = corpus.document_id("Winterdienst")
    doc = corpus.call("GET", f"/documents/{document_id}").json()
    chunk = doc["chunks_list"][-1]
    at = AppTest.from_file(str(MAIN), default_timeout=TIMEOUT)
    at.session_state["token"] = corpus.user("leserin", "reader")
    at.run()
    at.query_params.update({"id": document_id, "chunk": chunk["chunk_id"]})
    at.switch_page("views/dokument.py").run()
    assert not at.exception and not at.error
    assert at.header[0].value == "Winterdienst"
    markdown = [element.value for element in at.markdown]
    assert any("Fundstelle" in text for text in markdown)
    assert any("Bauhof" in text for text in markdown) and any(
        "alle Mitarbeitenden" in t for t in markdown
    )
    assert not [b for b in at.button if b.label == "Dokument löschen"], "readers cannot delete"


def test_an_editor_deletes_a_document_after_confirming(corpus: LiveApi):
    corpus.ingest("altes_merkblatt.md", "# Altes Merkblatt\n\nVeraltet.\n", "Bauhof", "merkblatt")
    document_id = corpus.document_id("Altes Merkblatt")
    at = AppTest.from_file(str(MAIN), default_timeout=TIMEOUT)
    at.session_state["token"] = corpus.token("admin", ADMIN_PASSWORD)
    at.run()
    at.query_params["id"] = document_id
    at.switch_page("views/dokument.py").run()
    next(b for b in at.button if b.label == "Dokument löschen").click().run()
    assert "wirklich gelöscht" in at.warning[0].value
    next(b for b in at.button if b.label == "Ja, endgültig löschen").click().run()
    assert "wurde gelöscht" in at.success[0].value
    assert corpus.call("GET", f"/documents/{document_id}").status_code == 404


def test_hochladen_ingests_a_file_and_shows_the_report(corpus: LiveApi):
    at = app_as(corpus.user("redaktion", "editor"), "views/hochladen.py")
    text = "# Fundsachen annehmen\n\nFundsachen nimmt das Bürgerbüro an und trägt sie ein.\n"
    at.get("file_uploader")[0].set_value(("fundsachen.md", text.encode(), "text/markdown"))
    at.text_input[0].input("Fundsachen")
    at.button[0].click().run()
    assert not at.error, [e.value for e in at.error]
    assert "Fertig!" in at.success[0].value
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics["Aufgenommen"] == "1" and metrics["Fehlgeschlagen"] == "0"
    corpus.document_id("Fundsachen annehmen")


def test_einarbeitung_lists_processes_and_contacts_of_a_department(corpus: LiveApi):
    at = app_as(corpus.user("neu", "reader"), "views/einarbeitung.py")
    at.selectbox[0].select("IT").run()
    links = [link.label for link in at.get("page_link")]
    assert "Ansprechpartner IT" in links
    at.selectbox[0].select("Personalamt").run()
    links = [link.label for link in at.get("page_link")]
    assert "Urlaubsantrag stellen" in links and "Ansprechpartner IT" not in links


def test_wissensluecken_shows_the_questions_that_found_nothing(ui_env: LiveApi):
    corpus = ui_env
    body = {"query": "Dienstwagen für Hochzeiten ausleihen", "departments": [], "comment": ""}
    response = corpus.call("POST", "/analytics/gaps", json=body)
    assert response.status_code == 201, response.text
    at = app_as(corpus.user("personal", "hr"), "views/wissensluecken.py")
    assert at.title[0].value == "Wissenslücken" and not at.error
    table = at.dataframe[0].value
    assert "Dienstwagen für Hochzeiten ausleihen" in list(table["Frage"])


def test_verwaltung_creates_a_user_and_shows_a_new_token_once(ui_env: LiveApi):
    at = app_as(ui_env.token("admin", ADMIN_PASSWORD), "views/verwaltung.py")
    assert at.title[0].value == "Verwaltung" and not at.error
    form = [t for t in at.text_input if t.label in ("Benutzername", "Erstes Passwort")]
    form[0].input("sachbearbeiter")
    form[1].input("sicheres-passwort-1")
    next(b for b in at.button if b.label == "Anlegen").click().run()
    assert any("sachbearbeiter" in s.value for s in at.success), [e.value for e in at.error]
    users = ui_env.call("GET", "/users").json()["users"]
    assert any(user["username"] == "sachbearbeiter" for user in users)
    next(t for t in at.text_input if t.label == "Wofür ist das Token?").input("Fachverfahren")
    next(b for b in at.button if b.label == "Token erzeugen").click().run()
    assert len(at.code) == 1 and len(at.code[0].value) > 20
    at.run()
    assert not at.code, "the token is shown only once"
