"""GET /people/{id}/handover and its ticks; "Stand prüfen": review_due on search hits, GET
/reviews, POST /documents/{id}/reviewed; documents passing to the successor when someone leaves."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.api.routes.handover import hand_over_departed
from app.db.capture_models import Person
from app.db.models import AuditEvent, DocumentRecord
from app.services.reviews import add_months
from tests import capture_rows as rows
from tests.api.conftest import Api
from tests.api.test_capture_overview import user_id
from tests.api.test_search import ingest, search

EINARBEITUNG = """Erste Woche:
- Fristenkalender im Laufwerk K: lesen
- Kassenschlüssel beim Hausmeister abholen
Erster Monat: Mahnlauf einmal begleiten
Jahr: Jahresabschluss mit der Kommunalaufsicht"""


def handover_setup(api: Api) -> dict[str, Any]:
    """Frau K. (user "kaete") leaves; Jonas (user "jonas") succeeds her."""
    headers = {name: api.user(name) for name in ("kaete", "jonas", "fremd")}
    with api.state().db.session() as session:
        jonas = rows.person(session, "Jonas Weber", "Kämmerei", None, user_id=user_id(api, "jonas"))
        k = rows.person(
            session,
            "Frau K.",
            "Kämmerei",
            add_months(date.today(), 5),
            successor_id=jonas.id,
            user_id=user_id(api, "kaete"),
        )
        kasse = rows.area(session, k, "Kasse", 4, 4, 2)
        kasse.documents = [rows.document(session, "d1", "Kassenanweisung", datetime.now(UTC))]
        answers = [
            ("fristen", "woche", "Kassenprüfung jedes Quartal", [kasse]),
            ("faelle", "jahr", "Stundung 2019: so entschieden", []),
            ("nebensysteme", "", "Excel-Liste der Daueraufträge", []),
            ("einarbeitung", "", EINARBEITUNG, []),
            ("ablage", "woche", "   ", []),
        ]
        released = rows.interview(session, k, "freigegeben", answers)
        rows.interview(session, k, "in Prüfung", [("fehler", "jahr", "Noch nicht geprüft", [])])
        return {"person": k.id, "interview": released.id, **headers}


def handover(api: Api, setup: dict[str, Any], headers: dict[str, str]) -> Any:
    return api.client.get(f"/people/{setup['person']}/handover", headers=headers)


def test_the_plan_groups_released_answers_by_horizon(api: Api):
    setup = handover_setup(api)
    response = handover(api, setup, setup["jonas"])
    assert response.status_code == 200, response.text
    plan = response.json()
    assert (plan["person"], plan["successor"]["name"]) == ("Frau K.", "Jonas Weber")
    assert plan["interviews"] == [{"id": setup["interview"], "status": "freigegeben"}]
    sections = {s["horizon"]: s for s in plan["sections"]}
    assert [s["title"] for s in plan["sections"]] == ["Erste Woche", "Erster Monat", "Erstes Jahr"]
    texts = {h: [i["text"] for i in s["items"]] for h, s in sections.items()}
    assert texts == {
        "woche": [
            "Kassenprüfung jedes Quartal",
            "Fristenkalender im Laufwerk K: lesen",
            "Kassenschlüssel beim Hausmeister abholen",
        ],
        "monat": ["Excel-Liste der Daueraufträge", "Mahnlauf einmal begleiten"],
        "jahr": ["Stundung 2019: so entschieden", "Jahresabschluss mit der Kommunalaufsicht"],
    }  # the unreviewed interview and the empty answer are left out
    first = sections["woche"]["items"][0]
    assert first["areas"][0]["name"] == "Kasse" and first["documents"][0]["id"] == "d1"
    assert (plan["total"], plan["done"]) == (7, 0)


def test_who_sees_the_plan_and_who_ticks_it(api: Api):
    setup = handover_setup(api)
    hr = api.user("hanna", "hr")
    for headers in (setup["jonas"], setup["kaete"], hr, api.admin):
        assert handover(api, setup, headers).status_code == 200
    hidden = handover(api, setup, setup["fremd"])
    assert hidden.status_code == 404 and hidden.json()["code"] == "person_not_found"
    assert api.client.get("/people/999/handover", headers=hr).status_code == 404
    key = handover(api, setup, hr).json()["sections"][0]["items"][0]["key"]
    path = f"/people/{setup['person']}/handover/{key}"
    assert api.client.post(path, json={"done": True}, headers=setup["fremd"]).status_code == 404
    own = api.client.post(path, json={"done": True}, headers=setup["kaete"])
    assert own.status_code == 403 and own.json()["code"] == "handover_tick_denied"
    ticked = api.client.post(path, json={"done": True}, headers=setup["jonas"])
    assert ticked.status_code == 200, ticked.text
    assert (ticked.json()["done"], ticked.json()["done_by"]) == (True, "jonas")
    again = handover(api, setup, setup["jonas"]).json()  # the key is stable across generations
    assert again["done"] == 1 and again["sections"][0]["items"][0]["done"]
    unticked = api.client.post(path, json={"done": False}, headers=hr)
    assert unticked.status_code == 200 and not unticked.json()["done"]
    assert handover(api, setup, hr).json()["done"] == 0
    unknown = api.client.post(f"/people/{setup['person']}/handover/abc123", headers=hr)
    assert unknown.status_code == 404 and unknown.json()["code"] == "handover_item_not_found"


def test_overdue_hits_are_flagged_and_listed_for_their_owner(api: Api, tmp_path: Path):
    ingest(api, tmp_path / "docs", {"urlaub.md": "# Sonderurlaub\n\nSonderurlaub beantragen.\n"})
    editor = api.user("emil", "editor")
    with api.state().db.session() as session:
        row = session.scalars(select(DocumentRecord)).one()
        row.owner_id, document_id = user_id(api, "emil"), row.id
    reader = api.user("rita")
    hit = search(api, reader, "Sonderurlaub").json()["hits"][0]
    assert hit["review_due"] is False  # just ingested
    with api.state().db.session() as session:
        row = session.get(DocumentRecord, document_id)
        row.ingested_at = datetime(2020, 1, 1, tzinfo=UTC)
    api.state().due_dates.forget(document_id)  # changed behind the service: seen after 30 s
    assert search(api, reader, "Sonderurlaub").json()["hits"][0]["review_due"] is True
    own = api.client.get("/reviews", headers=editor).json()
    assert [i["id"] for i in own["items"]] == [document_id] and own["total"] == 1
    assert own["items"][0]["due_on"] == "2021-01-01" and own["items"][0]["owner"] == "emil"
    assert api.client.get("/reviews", headers=reader).json()["total"] == 0  # not theirs
    hr = api.user("hanna", "hr")
    assert api.client.get("/reviews", headers=hr).json()["total"] == 1
    assert api.client.get("/reviews", headers=hr, params={"owner_id": 999}).json()["total"] == 0
    refused = api.client.post(f"/documents/{document_id}/reviewed", headers=reader)
    assert refused.status_code == 403 and refused.json()["code"] == "document_review_denied"
    done = api.client.post(
        f"/documents/{document_id}/reviewed", json={"review_months": 24}, headers=editor
    )
    assert done.status_code == 200, done.text
    assert (done.json()["review_due"], done.json()["review_months"]) == (False, 24)
    assert search(api, reader, "Sonderurlaub").json()["hits"][0]["review_due"] is False
    assert api.client.get("/reviews", headers=editor).json()["total"] == 0
    missing = api.client.post("/documents/nix/reviewed", headers=hr)
    assert missing.status_code == 404


def leaver(api: Api, exit_date: date) -> tuple[int, int]:
    """Frau K. owns two documents and leaves on `exit_date`; Jonas succeeds her."""
    for name in ("kaete", "jonas"):
        api.user(name, "editor")
    now = datetime.now(UTC)
    with api.state().db.session() as session:
        jonas = rows.person(session, "Jonas", "Kämmerei", None, user_id=user_id(api, "jonas"))
        k = rows.person(
            session,
            "Frau K.",
            "Kämmerei",
            exit_date,
            successor_id=jonas.id,
            user_id=user_id(api, "kaete"),
        )
        for number in (1, 2):
            rows.document(session, f"k{number}", f"Vermerk {number}", now, owner_id=k.user_id)
        return k.id, user_id(api, "jonas")


def owners(api: Api) -> set[int | None]:
    with api.state().db.session() as session:
        return set(session.scalars(select(DocumentRecord.owner_id)))


def test_leaving_passes_the_documents_to_the_successor(api: Api):
    person_id, jonas = leaver(api, add_months(date.today(), 3))
    assert (
        api.client.post(f"/people/{person_id}/leave", headers=api.user("rita")).status_code == 403
    )
    response = api.client.post(f"/people/{person_id}/leave", headers=api.user("hanna", "hr"))
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["exit_date"], body["handed_over"], body["to_user_id"]) == (
        date.today().isoformat(),
        2,
        jonas,
    )
    assert owners(api) == {jonas}
    with api.state().db.session() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "documents_handed_over")
        ).one()
        assert sorted(event.detail["documents"]) == ["k1", "k2"]
        assert session.get(Person, person_id).handed_over_at is not None


def test_the_start_up_check_hands_over_once_for_exits_past(api: Api):
    person_id, jonas = leaver(api, add_months(date.today(), -1))
    hand_over_departed(api.state())
    assert owners(api) == {jonas}
    with api.state().db.session() as session:  # given back to her later: not moved again
        session.get(DocumentRecord, "k1").owner_id = user_id(api, "kaete")
    hand_over_departed(api.state())  # already handed over: not again
    assert owners(api) == {jonas, user_id(api, "kaete")}


def test_a_successor_without_an_account_waits(api: Api):
    api.user("kaete", "editor")
    with api.state().db.session() as session:
        heir = rows.person(session, "Ohne Konto", "Kämmerei", None)
        k = rows.person(
            session,
            "Frau K.",
            "Kämmerei",
            date(2020, 1, 1),
            successor_id=heir.id,
            user_id=user_id(api, "kaete"),
        )
        rows.document(session, "k1", "Vermerk", datetime.now(UTC), owner_id=k.user_id)
    hand_over_departed(api.state())
    assert owners(api) == {user_id(api, "kaete")}
    with api.state().db.session() as session:
        assert session.get(Person, k.id).handed_over_at is None  # tried again on the next start


def test_the_einarbeitung_page_finds_the_plans_of_its_caller(api: Api):
    setup = handover_setup(api)
    listed = api.client.get("/handover", headers=setup["jonas"]).json()["plans"]
    assert [(p["person_id"], p["relation"], p["total"]) for p in listed] == [
        (setup["person"], "successor", 7)
    ]
    own = api.client.get("/handover", headers=setup["kaete"]).json()["plans"]
    assert [p["relation"] for p in own] == ["self"]
    assert api.client.get("/handover", headers=setup["fremd"]).json() == {"plans": []}
    for_hr = api.client.get("/handover", headers=api.user("hanna", "hr")).json()["plans"]
    assert [p["person"] for p in for_hr] == ["Frau K."]  # Jonas has no interview


def test_who_may_mark_a_document_reviewed(api: Api):
    old = datetime(2020, 1, 1, tzinfo=UTC)
    with api.state().db.session() as session:
        rows.document(session, "g1", "Dienstanweisung Kasse", old, access_groups=["kasse"])
    outsider_editor = api.user("emil", "editor")
    group_editor = api.user("gerda", "editor", ("kasse",))
    group_reader = api.user("rolf", "reader", ("kasse",))
    hidden = api.client.post("/documents/g1/reviewed", headers=outsider_editor)
    assert hidden.status_code == 404  # not visible to them: as if unknown
    assert api.client.post("/documents/g1/reviewed", headers=group_reader).status_code == 403
    done = api.client.post("/documents/g1/reviewed", headers=group_editor)
    assert done.status_code == 200 and done.json()["review_due"] is False
    with api.state().db.session() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document_reviewed")
        ).one()
        assert (event.username, event.target) == ("gerda", "document:g1")
