"""GET /risk, GET /plan (+ CSV, printable page) and GET /experts through the real app; rows are
written straight into its database (people, areas, interviews)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.capture_models import Interview
from app.db.models import User
from app.services.reviews import add_months
from app.services.risk import months_between
from tests import capture_rows as rows
from tests.api.conftest import Api
from tests.api.test_search import ingest
from tests.app.test_capture_samples import _load as load_samples


def user_id(api: Api, username: str) -> int:
    with api.state().db.session() as session:
        return int(session.scalars(select(User.id).where(User.username == username)).one())


def seed(api: Api) -> dict[str, int]:
    """test_risk.py's worked examples, the exit dates counted from today."""
    today = date.today()
    with api.state().db.session() as session:
        k = rows.person(session, "Frau K.", "Kämmerei", add_months(today, 6))  # attrition 5
        m = rows.person(session, "Herr M.", "Kämmerei", add_months(today, 30))  # 3
        berg = rows.person(session, "Erika Berg", "Hauptamt", add_months(today, 8))  # 5
        rows.area(session, k, "Kasse", 4, 4, 2)
        rows.area(session, k, "Mahnung", 2, 2, 4)
        rows.area(session, m, "Vollstreckung", 3, 3, 3)
        abschluss = rows.area(session, berg, "Jahresabschluss", 5, 5, 1)
        interview = rows.interview(
            session, berg, "freigegeben", [("fristen", "woche", "Bis 30.4.", [abschluss])]
        )
        return {"berg": berg.id, "abschluss": abschluss.id, "interview": interview.id}


def get(api: Api, path: str, headers: dict[str, str], **params: Any) -> Any:
    response = api.client.get(path, headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response


def area_of(body: dict[str, Any], area_id: int) -> dict[str, Any]:
    return next(a for a in body["areas"] if a["area_id"] == area_id)


def test_risk_numbers_equal_the_formula_and_fall_when_published(api_both: Api):
    api = api_both
    ids = seed(api)
    hr = api.user("hanna", "hr")
    body = get(api, "/risk", hr).json()
    assert set(body) == {"today", "departments", "people", "areas", "charts"}
    area = area_of(body, ids["abschluss"])
    assert (area["attrition"], area["position"], area["score"]) == (5, 5, 25)
    assert area["action"] == "full_interview"
    assert area["action_label"] == "vollständiges Experteninterview"
    exit_date = add_months(date.today(), 8)  # 7 whole months on the 29th-31st of some months
    assert (area["person"], area["exit_date"], area["captured"]) == (
        "Erika Berg",
        exit_date.isoformat(),
        False,
    )
    assert area["months_left"] == months_between(date.today(), exit_date) in (7, 8)
    people = {p["name"]: p for p in body["people"]}
    assert (people["Frau K."]["score"], people["Herr M."]["score"]) == (20, 9)
    assert people["Erika Berg"]["interview"] == {"id": ids["interview"], "status": "freigegeben"}
    kaemmerei = next(d for d in body["departments"] if d["department"] == "Kämmerei")
    assert (kaemmerei["score"], kaemmerei["full_interviews"], kaemmerei["targeted_interviews"]) == (
        20,
        1,
        2,
    )
    assert body["charts"]["open_interviews"]["freigegeben"] == 1
    with api.state().db.session() as session:  # publish: status and the area tag are in place
        interview = session.get(Interview, ids["interview"])
        assert interview is not None
        interview.status = "veröffentlicht"
    after = area_of(get(api, "/risk", hr).json(), ids["abschluss"])
    assert (after["captured"], after["position"], after["score"]) == (True, 4, 20)


def test_risk_and_plan_are_for_hr_and_admins_only(api: Api):
    seed(api)
    reader, editor = api.user("rita"), api.user("emil", "editor")
    for path in ("/risk", "/plan", "/plan.csv", "/plan/print"):
        for headers in (reader, editor):
            response = api.client.get(path, headers=headers)
            assert response.status_code == 403, (path, response.text)
            assert response.json()["code"] == "role_required"
        assert api.client.get(path, headers=api.admin).status_code == 200


def test_the_plan_as_json_csv_and_printable_page(api: Api):
    seed(api)
    hr = api.user("hanna", "hr")
    plan = get(api, "/plan", hr, department="Kämmerei").json()
    assert plan["department"] == "Kämmerei"
    items = [i for h in plan["half_years"] for i in h["items"]]
    assert {i["area"] for i in items} == {"Kasse", "Mahnung", "Vollstreckung"}
    kasse = next(i for i in items if i["area"] == "Kasse")
    assert kasse["measure"] == "vollständiges Experteninterview" and kasse["score"] == 20
    assert kasse["schedule_interview"] and kasse["write_documents"] and not kasse["done"]
    assert plan["progress"] == {"total": 3, "done": 1, "overdue": 0, "share": 0.333}
    csv_response = get(api, "/plan.csv", hr, department="Kämmerei")
    assert csv_response.headers["content-type"].startswith("text/csv")
    assert "sicherungsplan-K%C3%A4mmerei.csv" in csv_response.headers["content-disposition"]
    raw = csv_response.content
    assert raw.startswith(b"\xef\xbb\xbfHalbjahr;Fachbereich;")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(table) == 4 and {r[4] for r in table[1:]} == {"Kasse", "Mahnung", "Vollstreckung"}
    page = get(api, "/plan/print", hr, department="Kämmerei")
    assert page.headers["content-type"].startswith("text/html")
    assert "Sicherungsplan Kämmerei" in page.text and "@media print" in page.text
    every = get(api, "/plan", hr).json()  # no department: the whole town
    assert [(d["department"], d["total"], d["done"]) for d in every["departments"]] == [
        ("Hauptamt", 1, 0),
        ("Kämmerei", 3, 1),
    ]
    assert {i["area"] for h in every["half_years"] for i in h["items"]} >= {"Jahresabschluss"}


def people_with_successor(api: Api) -> dict[str, int]:
    """Erika Berg retired last month; Jonas Weber is today's contact."""
    today = date.today()
    with api.state().db.session() as session:
        weber = rows.person(session, "Jonas Weber", "Friedhofsamt", None, contact="App. 412")
        berg = rows.person(
            session,
            "Erika Berg",
            "Friedhofsamt",
            add_months(today, -1),
            successor_id=weber.id,
            contact="App. 400",
        )
        gebuehren = rows.area(session, berg, "Gebühren Friedhof", 4, 5, 2)
        rows.area(session, berg, "Grabpflege", 2, 2, 2)
        rows.interview(
            session,
            berg,
            "veröffentlicht",
            [
                (
                    "fristen",
                    "woche",
                    "Die Gebührenkalkulation geht bis 30.9. an den Rat.",
                    [gebuehren],
                )
            ],
        )
        draft = rows.person(session, "Otto Entwurf", "Bauamt", None)
        rows.interview(
            session, draft, "in Prüfung", [("praxis", "monat", "Friedhofsgebühren nebenbei", [])]
        )
        return {"berg": berg.id, "weber": weber.id, "draft": draft.id}


def experts(api: Api, headers: dict[str, str], topic: str) -> list[dict[str, Any]]:
    return get(api, "/experts", headers, topic=topic).json()["experts"]


def test_a_compound_topic_finds_the_retired_expert_with_the_successor_as_contact(api: Api):
    ids = people_with_successor(api)
    reader = api.user("rita")
    found = experts(api, reader, "Friedhofsgebühren")
    assert [e["name"] for e in found] == ["Erika Berg"]  # not the unpublished draft's author
    berg = found[0]
    assert berg["retired"] and berg["contact"]["name"] == "Jonas Weber"
    assert berg["contact"]["contact"] == "App. 412"
    assert [a["name"] for a in berg["areas"]] == ["Gebühren Friedhof"]
    assert [a["question"] for a in berg["answers"]] == ["Frage fristen"]
    assert berg["exit_date"] is None and berg["risk_score"] is None  # personal data
    assert experts(api, reader, "Baugenehmigung") == []
    hr = api.user("hanna", "hr")
    for_hr = experts(api, hr, "Gebühren Friedhof")[0]
    assert for_hr["person_id"] == ids["berg"] and for_hr["exit_date"] is not None
    # gone: attrition 5; Gebühren captured: (4 + 5 + 2 × (6 - 4)) / 4 → 3; Grabpflege 3: 15
    assert for_hr["risk_score"] == 15


def test_authored_documents_count_only_where_the_caller_may_read_them(api: Api, tmp_path: Path):
    ingest(
        api,
        tmp_path / "pub",
        {
            "satzung.md": "---\nauthor: Karl Kasse\n---\n# Hundesteuer\n\nDie Hundesteuersatzung regelt den Steuersatz.\n"
        },
    )
    ingest(
        api,
        tmp_path / "hr",
        {
            "akte.md": "---\nauthor: Petra Personal\n---\n# Vermerk\n\nHundesteuer Befreiung für Assistenzhunde.\n"
        },
        access=("personalamt",),
    )
    reader = api.user("rita")
    member = api.user("paula", "reader", ("personalamt",))
    assert [e["name"] for e in experts(api, reader, "Hundesteuer")] == ["Karl Kasse"]
    names = {e["name"] for e in experts(api, member, "Hundesteuer")}
    assert names == {"Karl Kasse", "Petra Personal"}  # the second by a passage of its text
    karl = experts(api, reader, "Hundesteuer")[0]
    assert karl["person_id"] is None and karl["documents"][0]["title"] == "Hundesteuer"


def test_without_a_topic_the_directory_lists_everyone(api: Api):
    people_with_successor(api)
    found = experts(api, api.user("rita"), "")
    assert {e["name"] for e in found} == {"Erika Berg", "Jonas Weber", "Otto Entwurf"}


def test_the_sample_town_shows_in_overview_directory_plan_and_handover(api: Api):
    """`make run`'s sample data through these routes: the retired Bauhof foreman is found for
    his Streusalz knowledge with his successor to call, and his successor's plan is built."""
    load_samples(api)
    reader, hr = api.user("rita"), api.user("hanna", "hr")
    risk = get(api, "/risk", hr).json()
    assert risk["areas"] and all(1 <= a["score"] <= 25 for a in risk["areas"])
    assert sum(a["captured"] for a in risk["areas"]) >= 3  # three interviews are published
    found = experts(api, reader, "Streusalz")
    koetter = next(e for e in found if e["name"] == "Heinz-Dieter Kötter")
    assert koetter["retired"] and koetter["contact"]["name"] == "Jan Schulte"
    assert koetter["answers"] and koetter["exit_date"] is None
    plan = get(api, "/plan", hr).json()
    now = plan["half_years"][0]
    winter = [i for i in now["items"] if i["person"] == "Heinz-Dieter Kötter"]
    assert winter and all(i["overdue"] for i in winter)  # he has left: due now, late
    plans = {p["person"]: p for p in get(api, "/handover", hr).json()["plans"]}
    handover = get(api, f"/people/{plans['Heinz-Dieter Kötter']['person_id']}/handover", hr).json()
    assert all(section["items"] for section in handover["sections"])  # week, month and year
