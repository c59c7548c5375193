"""People and knowledge areas over HTTP: the contract shapes, 1-5 scales, who may see whom
(hr, the person, their successor read-only; everyone else 404), linking visible documents."""

from __future__ import annotations

from typing import Any

from app.db.models import DocumentRecord
from tests.api.conftest import Api

AREA = {"name": "Jahresabschluss", "criticality": 5, "uniqueness": 4, "documented": 2}


def person(api: Api, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    body = {"name": "Erika Muster", "department": "Kämmerei", "role": "Haushalt", **fields}
    response = api.client.post("/people", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return dict(response.json())


def add_documents(api: Api, *rows: tuple[str, list[str]]) -> None:
    with api.state().db.session() as session:
        for doc_id, groups in rows:
            session.add(
                DocumentRecord(
                    id=doc_id,
                    source=f"/share/{doc_id}.md",
                    title=f"Titel {doc_id}",
                    access_groups=groups,
                    tags=[],
                )
            )


def test_create_person_returns_the_contract_shape_and_links_successor_and_account(api: Api):
    hr = api.user("personal", "hr")
    api.user("e.muster")
    successor = person(api, hr, name="Jonas Neu", exit_date=None)
    body = {
        "name": "Erika Muster",
        "department": "Kämmerei",
        "role": "Sachbearbeiterin Haushalt",
        "exit_date": "2027-06-30",
        "successor_id": successor["id"],
    }
    response = api.client.post("/people", json={**body, "username": "e.muster"}, headers=hr)
    assert response.status_code == 201, response.text
    created = response.json()
    assert isinstance(created["id"], int)
    assert {k: created[k] for k in body} == body
    assert created["successor"] == "Jonas Neu" and created["username"] == "e.muster"
    assert created["areas"] == []
    fetched = api.client.get(f"/people/{created['id']}", headers=hr).json()
    assert fetched == created


def test_person_references_are_checked(api: Api):
    hr = api.user("personal", "hr")
    first = person(api, hr)
    cases = [
        ({"successor_id": 999}, "successor_id", 422),
        ({"username": "gibt.es.nicht"}, "username", 422),
        ({"name": "   "}, "name", 422),
    ]
    for fields, field, status in cases:
        response = api.client.post("/people", json={"name": "X", **fields}, headers=hr)
        assert response.status_code == status, response.text
        assert response.json()["field"] == field
    self_successor = api.client.patch(
        f"/people/{first['id']}", json={"successor_id": first["id"]}, headers=hr
    )
    assert self_successor.status_code == 422 and self_successor.json()["field"] == "successor_id"
    api.user("e.muster")
    person(api, hr, name="Eins", username="e.muster")
    taken = api.client.post("/people", json={"name": "Zwei", "username": "e.muster"}, headers=hr)
    assert taken.status_code == 409 and "e.muster" in taken.json()["detail"]


def test_patch_changes_only_what_is_sent_and_null_clears(api: Api):
    hr = api.user("personal", "hr")
    created = person(api, hr, exit_date="2027-06-30", contact="Zimmer 204")
    response = api.client.patch(
        f"/people/{created['id']}", json={"exit_date": None, "role": "Leitung"}, headers=hr
    )
    assert response.status_code == 200, response.text
    changed = response.json()
    assert changed["exit_date"] is None and changed["role"] == "Leitung"
    assert changed["contact"] == "Zimmer 204" and changed["name"] == "Erika Muster"
    url = f"/people/{created['id']}"
    nameless = api.client.patch(url, json={"name": None}, headers=hr)
    assert nameless.status_code == 422 and nameless.json()["field"] == "name"
    cleared = api.client.patch(url, json={"contact": None, "department": None}, headers=hr).json()
    assert cleared["contact"] == "" and cleared["department"] is None


def test_who_may_see_a_person(api: Api):
    hr = api.user("personal", "hr")
    expert = api.user("e.muster")
    follower = api.user("j.neu")
    stranger = api.user("fremd")
    successor = person(api, hr, name="Jonas Neu", username="j.neu")
    erika = person(api, hr, username="e.muster", successor_id=successor["id"])
    url = f"/people/{erika['id']}"
    assert api.client.get(url, headers=expert).json()["relation"] == "self"
    assert api.client.get(url, headers=follower).json()["relation"] == "successor"
    assert api.client.get(url, headers=stranger).status_code == 404
    assert api.client.get(url, headers=api.admin).status_code == 200
    # the successor reads but does not change; a stranger does not learn the person exists
    assert api.client.patch(url, json={"role": "x"}, headers=follower).status_code == 403
    assert api.client.patch(url, json={"role": "x"}, headers=stranger).status_code == 404
    assert api.client.post(f"{url}/knowledge-areas", json=AREA, headers=expert).status_code == 403
    assert api.client.post("/people", json={"name": "X"}, headers=expert).status_code == 403

    def names(headers: dict[str, str]) -> list[str]:
        found = api.client.get("/people", headers=headers).json()["people"]
        return sorted(p["name"] for p in found)

    assert names(hr) == ["Erika Muster", "Jonas Neu"]
    assert names(follower) == ["Erika Muster", "Jonas Neu"]  # succeeds Erika, is Jonas
    assert names(expert) == ["Erika Muster"]
    assert names(stranger) == []


def test_knowledge_area_scales_are_1_to_5_and_the_error_names_the_field(api: Api):
    hr = api.user("personal", "hr")
    created = person(api, hr)
    url = f"/people/{created['id']}/knowledge-areas"
    for field, value in (("documented", 6), ("criticality", 0), ("uniqueness", -1)):
        response = api.client.post(url, json={**AREA, field: value}, headers=hr)
        assert response.status_code == 422, response.text
        assert [e["field"] for e in response.json()["errors"]] == [field]
    response = api.client.post(url, json=AREA, headers=hr)
    assert response.status_code == 201
    area = response.json()
    assert {k: area[k] for k in AREA} == AREA and area["person_id"] == created["id"]
    patched = api.client.patch(f"/knowledge-areas/{area['id']}", json={"documented": 4}, headers=hr)
    assert patched.json()["documented"] == 4 and patched.json()["criticality"] == 5
    bad = api.client.patch(f"/knowledge-areas/{area['id']}", json={"documented": 9}, headers=hr)
    assert bad.status_code == 422
    listed = api.client.get(f"/people/{created['id']}", headers=hr).json()["areas"]
    assert [a["name"] for a in listed] == ["Jahresabschluss"]
    assert api.client.delete(f"/knowledge-areas/{area['id']}", headers=hr).status_code == 204
    assert api.client.get(f"/people/{created['id']}", headers=hr).json()["areas"] == []
    assert api.client.delete(f"/knowledge-areas/{area['id']}", headers=hr).status_code == 404


def test_area_documents_are_only_ones_the_caller_can_see(api: Api):
    hr = api.user("personal", "hr", groups=("personalamt",))
    boss = api.user("chefin", "hr", groups=("bauamt",))
    add_documents(api, ("pub1", []), ("pers1", ["personalamt"]), ("bau1", ["bauamt"]))
    created = person(api, hr)
    area = api.client.post(f"/people/{created['id']}/knowledge-areas", json=AREA, headers=hr).json()
    url = f"/knowledge-areas/{area['id']}/documents"
    hidden = api.client.put(url, json={"document_ids": ["pub1", "bau1"]}, headers=hr)
    assert hidden.status_code == 422 and hidden.json()["field"] == "document_ids"
    assert "bau1" in hidden.json()["detail"]
    linked = api.client.put(url, json={"document_ids": ["pub1", "pers1"]}, headers=hr)
    assert linked.status_code == 200
    assert sorted(d["id"] for d in linked.json()["documents"]) == ["pers1", "pub1"]
    # another clerk with other groups sees only their part, and replacing keeps the rest
    theirs = api.client.put(url, json={"document_ids": ["bau1"]}, headers=boss).json()
    assert [d["id"] for d in theirs["documents"]] == ["bau1"]
    mine = api.client.get(f"/people/{created['id']}", headers=hr).json()["areas"][0]
    assert [d["id"] for d in mine["documents"]] == ["pers1"]
