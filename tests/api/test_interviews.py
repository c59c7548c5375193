"""Interviews over HTTP: the contract shapes, who sees what (the expert their own, everyone else
404), autosave and split answers, transcripts (WebVTT matched to the guide's questions; a
program refused), confirmation and every transition the status flow refuses (409).

Publishing itself (→veröffentlicht, →zurückgezogen, edits while published) is tested end to end
in tests/api/test_capture_e2e.py; here only the refusals on the way there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from app.db.capture_models import Interview
from app.db.models import AuditEvent
from app.services.interviews import STATUSES, TRANSITIONS
from tests.api.conftest import Api


@dataclass
class Setup:
    api: Api
    hr: dict[str, str]
    expert: dict[str, str]
    person_id: int
    area_id: int
    interview: dict[str, Any]

    def url(self, tail: str = "") -> str:
        return f"/interviews/{self.interview['id']}{tail}"

    def question(self, key: str) -> int:
        return next(q["id"] for q in self.interview["questions"] if q["key"] == key)

    def put(self, headers: dict[str, str] | None, *answers: dict[str, Any]) -> Any:
        return self.api.client.put(
            self.url("/answers"), json={"answers": list(answers)}, headers=headers or self.hr
        )

    def status(self, status: str, **body: Any) -> Any:
        return self.api.client.post(
            self.url("/status"), json={"status": status, **body}, headers=self.hr
        )

    def get(self, headers: dict[str, str] | None = None) -> dict[str, Any]:
        response = self.api.client.get(self.url(), headers=headers or self.hr)
        assert response.status_code == 200, response.text
        return dict(response.json())


def prepare(api: Api) -> Setup:
    hr = api.user("personal", "hr")
    expert = api.user("e.muster")
    body = {"name": "Erika Muster", "department": "Kämmerei", "username": "e.muster"}
    person = api.client.post("/people", json=body, headers=hr).json()
    area = api.client.post(
        f"/people/{person['id']}/knowledge-areas",
        json={"name": "Jahresabschluss", "criticality": 5, "uniqueness": 5, "documented": 1},
        headers=hr,
    ).json()
    response = api.client.post("/interviews", json={"person_id": person["id"]}, headers=hr)
    assert response.status_code == 201, response.text
    return Setup(api, hr, expert, person["id"], area["id"], response.json())


@pytest.fixture
def setup(api: Api) -> Setup:
    return prepare(api)


def test_planning_returns_the_contract_shape_with_the_default_guides_questions(setup: Setup):
    created = setup.interview
    assert isinstance(created["id"], int) and created["status"] == "geplant"
    assert all(isinstance(q["id"], int) and q["text"] for q in created["questions"])
    assert [q["key"] for q in created["questions"]] == [
        "aufgaben", "fristen", "praxis", "faelle", "ausfall",
        "nebensysteme", "kontakte", "ablage", "fehler", "einarbeitung",
    ]  # fmt: skip
    assert created["guide"]["name"].startswith("Wissensstafette")
    assert created["guide"]["version"] == 1 and created["person"]["id"] == setup.person_id
    assert created["answers"] == [] and created["history"] == []
    assert created["confirmation"] is None and created["editable"] is True
    unknown = setup.api.client.post("/interviews", json={"person_id": 999}, headers=setup.hr)
    assert unknown.status_code == 422 and unknown.json()["field"] == "person_id"


def test_the_expert_sees_only_their_own_interviews_everyone_else_gets_404(setup: Setup):
    api = setup.api
    other = api.user("k.andere")
    reader = api.user("leser")
    person = api.client.post(
        "/people", json={"name": "Karl Andere", "username": "k.andere"}, headers=setup.hr
    ).json()
    theirs = api.client.post("/interviews", json={"person_id": person["id"]}, headers=setup.hr)
    # Erika's successor reads her handover, not her unpublished interview
    follower = api.user("j.neu")
    successor = api.client.post(
        "/people", json={"name": "Jonas Neu", "username": "j.neu"}, headers=setup.hr
    ).json()
    api.client.patch(
        f"/people/{setup.person_id}", json={"successor_id": successor["id"]}, headers=setup.hr
    )
    assert api.client.get(f"/people/{setup.person_id}", headers=follower).status_code == 200
    assert setup.get(setup.expert)["id"] == setup.interview["id"]
    answer = {"question_id": setup.question("fristen"), "text": "geheim"}
    for headers in (other, reader, follower):
        assert api.client.get(setup.url(), headers=headers).status_code == 404
        assert setup.put(headers, answer).status_code == 404
        assert api.client.post(setup.url("/confirm"), headers=headers).status_code == 404
        assert (
            api.client.post(
                setup.url("/status"), json={"status": "geführt"}, headers=headers
            ).status_code
            == 404
        )
    assert setup.get()["answers"] == []

    def listed(headers: dict[str, str]) -> list[int]:
        found = api.client.get("/interviews", headers=headers).json()["interviews"]
        return [i["id"] for i in found]

    assert listed(setup.expert) == [setup.interview["id"]]
    assert listed(other) == [theirs.json()["id"]]
    assert listed(reader) == []
    assert sorted(listed(setup.hr)) == sorted([setup.interview["id"], theirs.json()["id"]])
    # the expert may see and answer, but planning and the status flow are hr's
    assert (
        api.client.post(
            "/interviews", json={"person_id": person["id"]}, headers=setup.expert
        ).status_code
        == 403
    )
    assert (
        api.client.post(
            setup.url("/status"), json={"status": "geführt"}, headers=setup.expert
        ).status_code
        == 403
    )
    by_status = api.client.get("/interviews?status=geführt", headers=setup.hr).json()
    assert by_status["interviews"] == []


def test_autosave_replaces_only_the_questions_named(setup: Setup):
    fristen, kontakte = setup.question("fristen"), setup.question("kontakte")
    assert (
        setup.put(setup.expert, {"question_id": fristen, "text": "15.3. Meldung"}).status_code
        == 200
    )
    setup.put(setup.expert, {"question_id": kontakte, "text": "Frau Hahn, Kreis"})
    texts = {a["question_id"]: a["text"] for a in setup.get()["answers"]}
    assert texts == {fristen: "15.3. Meldung", kontakte: "Frau Hahn, Kreis"}
    setup.put(None, {"question_id": fristen, "text": "15.3. Meldung an das Land"})
    setup.put(None, {"question_id": fristen, "text": "15.3. Meldung an das Land"})  # twice: same
    answers = setup.get()["answers"]
    assert [(a["question_id"], a["text"]) for a in answers] == [
        (fristen, "15.3. Meldung an das Land"),
        (kontakte, "Frau Hahn, Kreis"),
    ]
    assert answers[0]["updated_by"] == "personal" and answers[1]["updated_by"] == "e.muster"
    setup.put(None, {"question_id": kontakte, "text": "  "})  # empty text removes
    assert [a["question_id"] for a in setup.get()["answers"]] == [fristen]


def test_an_answer_splits_into_knowledge_items_tagged_with_areas(setup: Setup):
    fristen = setup.question("fristen")
    response = setup.put(
        None,
        {
            "question_id": fristen,
            "text": "Bis 15.3.: Meldung an das Land",
            "area_ids": [setup.area_id],
        },
        {"question_id": fristen, "text": "Bis 30.6.: Kreisumlage"},
    )
    assert response.status_code == 200, response.text
    items = [(a["part"], a["text"], a["area_ids"]) for a in response.json()["answers"]]
    assert items == [
        (0, "Bis 15.3.: Meldung an das Land", [setup.area_id]),
        (1, "Bis 30.6.: Kreisumlage", []),
    ]
    # text only (autosave): the tags stay; a part left out is gone
    again = setup.put(None, {"question_id": fristen, "text": "Bis 15.3.: Meldung (Land)"})
    assert [(a["part"], a["text"], a["area_ids"]) for a in again.json()["answers"]] == [
        (0, "Bis 15.3.: Meldung (Land)", [setup.area_id])
    ]
    person = setup.api.client.get(f"/people/{setup.person_id}", headers=setup.hr).json()
    assert [r["question"] for r in person["areas"][0]["answers"]] == [
        next(q["text"] for q in setup.interview["questions"] if q["id"] == fristen)
    ]
    # the successor learns of answers only once they are published
    follower = setup.api.user("j.neu")
    successor = setup.api.client.post(
        "/people", json={"name": "Jonas Neu", "username": "j.neu"}, headers=setup.hr
    ).json()
    url = f"/people/{setup.person_id}"
    setup.api.client.patch(url, json={"successor_id": successor["id"]}, headers=setup.hr)
    seen = setup.api.client.get(url, headers=follower).json()
    assert seen["relation"] == "successor" and seen["areas"][0]["answers"] == []
    explicit = setup.put(
        None,
        {"question_id": fristen, "text": "drei", "part": 3},
        {"question_id": fristen, "text": "eins", "part": 1},
    )
    assert [(a["part"], a["text"]) for a in explicit.json()["answers"]] == [
        (1, "eins"),
        (3, "drei"),
    ]


def test_answers_must_name_the_interviews_questions_and_the_persons_areas(setup: Setup):
    api = setup.api
    other = api.client.post("/people", json={"name": "Karl"}, headers=setup.hr).json()
    foreign_area = api.client.post(
        f"/people/{other['id']}/knowledge-areas",
        json={"name": "Friedhof", "criticality": 3, "uniqueness": 3, "documented": 3},
        headers=setup.hr,
    ).json()
    fristen = setup.question("fristen")
    cases = [
        [{"question_id": 99_999, "text": "x"}],
        [{"question_id": fristen, "text": "x", "area_ids": [foreign_area["id"]]}],
        [
            {"question_id": fristen, "text": "a", "part": 0},
            {"question_id": fristen, "text": "b", "part": 0},
        ],
    ]
    for answers in cases:
        response = setup.put(None, *answers)
        assert response.status_code == 422, response.text
        assert response.json()["field"] == "answers"
    assert setup.get()["answers"] == []


def move(setup: Setup, *statuses: str) -> None:
    for status in statuses:
        response = setup.status(status)
        assert response.status_code == 200, response.text


def answer_and_confirm(setup: Setup) -> None:
    setup.put(setup.expert, {"question_id": setup.question("fristen"), "text": "15.3."})
    response = setup.api.client.post(setup.url("/confirm"), headers=setup.expert)
    assert response.status_code == 200, response.text


def test_release_needs_the_experts_confirmation_and_records_every_step(setup: Setup):
    api = setup.api
    api.group("kaemmerei")
    move(setup, "geführt", "in Prüfung")
    refused = setup.status("freigegeben", access=["kaemmerei"])
    assert refused.status_code == 409 and refused.json()["code"] == "interview_not_confirmed"
    assert "bestätigt" in refused.json()["detail"]
    answer_and_confirm(setup)
    confirmation = setup.get()["confirmation"]
    assert confirmation["by"] == "e.muster" and confirmation["on_behalf"] is False
    unknown = setup.status("freigegeben", access=["gibtsnicht"])
    assert unknown.status_code == 422 and unknown.json()["field"] == "access"
    released = setup.status("freigegeben", access=["kaemmerei"], note="geprüft")
    assert released.status_code == 200, released.text
    body = released.json()
    assert body["status"] == "freigegeben" and body["access"] == ["kaemmerei"]
    assert body["editable"] is False
    history = [(h["from_status"], h["to_status"], h["by"]) for h in body["history"]]
    assert history == [
        ("geplant", "geführt", "personal"),
        ("geführt", "in Prüfung", "personal"),
        ("in Prüfung", "freigegeben", "personal"),
    ]
    assert body["history"][-1]["note"] == "geprüft"
    with api.state().db.session() as session:
        actions = session.query(AuditEvent.action).filter(
            AuditEvent.target == f"interview:{body['id']}"
        )
        logged = [a for (a,) in actions]
    assert logged.count("interview_status_changed") == 3 and "interview_confirmed" in logged
    back = setup.status("in Prüfung")
    assert back.status_code == 200 and back.json()["status"] == "in Prüfung"


def test_a_text_change_clears_the_confirmation_and_hr_may_confirm_on_behalf(setup: Setup):
    move(setup, "geführt")
    answer_and_confirm(setup)
    setup.put(None, {"question_id": setup.question("fristen"), "text": "15.3. und 30.6."})
    assert setup.get()["confirmation"] is None
    setup.put(
        None,
        {
            "question_id": setup.question("fristen"),
            "text": "15.3. und 30.6.",
            "area_ids": [setup.area_id],
        },
    )
    on_behalf = setup.api.client.post(setup.url("/confirm"), headers=setup.hr)
    assert on_behalf.json()["confirmation"] == {
        **on_behalf.json()["confirmation"],
        "by": "personal",
        "on_behalf": True,
    }
    setup.put(
        None, {"question_id": setup.question("fristen"), "text": "15.3. und 30.6.", "area_ids": []}
    )
    assert setup.get()["confirmation"] is not None  # tags are not what the expert confirmed


def test_confirm_needs_answers_and_a_held_interview(setup: Setup):
    planned = setup.api.client.post(setup.url("/confirm"), headers=setup.expert)
    assert planned.status_code == 409 and planned.json()["code"] == "interview_confirm_invalid"
    move(setup, "geführt")
    empty = setup.api.client.post(setup.url("/confirm"), headers=setup.expert)
    assert empty.status_code == 409 and empty.json()["code"] == "interview_no_answers"


def force_status(api: Api, interview_id: int, status: str) -> None:
    """Put the interview in a status the flow would reach only by publishing."""
    with api.state().db.session() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        interview.status = status
        interview.confirmed_by, interview.confirmed_at = "e.muster", interview.updated_at


# the flow as the brief fixes it (not read from the code under test)
ALLOWED = {
    "geplant": {"geführt"},
    "geführt": {"in Prüfung"},
    "in Prüfung": {"geführt", "freigegeben"},
    "freigegeben": {"in Prüfung", "veröffentlicht"},
    "veröffentlicht": {"zurückgezogen"},
    "zurückgezogen": {"in Prüfung"},
}
INVALID = [(s, w) for s in STATUSES for w in STATUSES if w not in ALLOWED[s]]


def test_every_transition_outside_the_flow_is_a_409(setup: Setup):
    """All 28 pairs on one app (an app per pair would cost a second each)."""
    assert len(INVALID) == 28 and {s: set(t) for s, t in TRANSITIONS.items()} == ALLOWED
    for current, wanted in INVALID:
        force_status(setup.api, setup.interview["id"], current)
        response = setup.status(wanted)
        assert response.status_code == 409, (current, wanted, response.text)
        problem = response.json()
        assert problem["code"] == "interview_transition_invalid"
        assert f"„{current}“" in problem["detail"] and f"„{wanted}“" in problem["detail"]
        assert all(a in problem["detail"] for a in ALLOWED[current])
        after = setup.get()
        assert after["status"] == current and after["history"] == [], (current, wanted)


def test_publishing_an_unreviewed_interview_is_refused_in_german(setup: Setup):
    move(setup, "geführt")
    answer_and_confirm(setup)
    response = setup.status("veröffentlicht", access=[])
    assert response.status_code == 409
    assert response.json()["detail"] == (
        "Ein Interview im Status „geführt“ kann nicht nach „veröffentlicht“ wechseln; "
        "möglich ist: in Prüfung"
    )
    misplaced = setup.status("in Prüfung", access=[])
    assert misplaced.status_code == 422 and misplaced.json()["field"] == "access"


@pytest.mark.parametrize("status", ["freigegeben", "zurückgezogen"])
def test_a_released_or_retracted_interview_cannot_be_edited(api: Api, status: str):
    setup = prepare(api)
    fristen = setup.question("fristen")
    setup.put(None, {"question_id": fristen, "text": "15.3."})
    force_status(api, setup.interview["id"], status)
    response = setup.put(setup.expert, {"question_id": fristen, "text": "geändert"})
    assert response.status_code == 409 and response.json()["code"] == "interview_not_editable"
    assert f"„{status}“" in response.json()["detail"]
    transcript = api.client.post(
        setup.url("/transcript"),
        files={"file": ("g.vtt", VTT.encode(), "text/vtt")},
        headers=setup.hr,
    )
    assert transcript.status_code == 409
    assert [a["text"] for a in setup.get()["answers"]] == ["15.3."]


VTT = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Interviewer>Welche Fristen haben Sie im Blick, jährlich und gesetzlich?

00:00:07.000 --> 00:00:15.000
<v Erika Muster>Bis zum 15. März geht die Meldung an das Statistische Landesamt.

00:00:16.000 --> 00:00:18.000
<v Interviewer>Und was noch?

00:00:19.000 --> 00:00:25.000
<v Erika Muster>Im Juni die Kreisumlage, das vergisst man leicht.

00:00:26.000 --> 00:00:30.000
<v Interviewer>Wen rufen Sie an, wenn der normale Weg nicht funktioniert?

00:00:31.000 --> 00:00:38.000
<v Erika Muster>Frau Hahn beim Kreis, Durchwahl 412.

00:00:39.000 --> 00:00:44.000
<v Interviewer>Was geht als Erstes schief, wenn Sie zwei Wochen fehlen?

00:00:45.000 --> 00:00:50.000
<v Erika Muster>Die Mahnläufe bleiben liegen.
"""


def test_a_webvtt_transcript_prefills_the_empty_answers(setup: Setup):
    ausfall = setup.question("ausfall")
    setup.put(setup.expert, {"question_id": ausfall, "text": "Selbst getippt"})
    response = setup.api.client.post(
        setup.url("/transcript"),
        files={"file": ("gespräch.vtt", VTT.encode(), "text/vtt")},
        headers=setup.expert,
    )
    assert response.status_code == 200, response.text
    found = response.json()
    fristen, kontakte = setup.question("fristen"), setup.question("kontakte")
    assert found["turns"] == 8 and found["interviewer"] == "Interviewer"
    assert found["speakers"] == ["Interviewer", "Erika Muster"]
    assert [m["question_id"] for m in found["matched"]] == [fristen, kontakte, ausfall]
    assert found["matched"][0]["start"] == 1.0
    assert found["filled"] == [fristen, kontakte]  # what was typed is never overwritten
    texts = {a["question_id"]: a["text"] for a in found["interview"]["answers"]}
    assert texts == {
        fristen: "Bis zum 15. März geht die Meldung an das Statistische Landesamt.\n\n"
        "Im Juni die Kreisumlage, das vergisst man leicht.",
        kontakte: "Frau Hahn beim Kreis, Durchwahl 412.",
        ausfall: "Selbst getippt",
    }
    transcript = setup.get()["transcript"]
    assert transcript["name"] == "gespräch.vtt" and len(transcript["sha256"]) == 64
    again = setup.api.client.post(
        setup.url("/transcript"), files={"file": ("gespräch.vtt", VTT.encode())}, headers=setup.hr
    )
    assert again.json()["filled"] == []  # everything it found is answered now


def test_a_program_posing_as_a_transcript_is_refused_and_nothing_is_attached(setup: Setup):
    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 8
    cases = [("gespräch.vtt", "upload_type_mismatch"), ("setup.exe", "upload_type_unsupported")]
    for name, code in cases:
        response = setup.api.client.post(
            setup.url("/transcript"), files={"file": (name, program)}, headers=setup.hr
        )
        assert response.status_code == 422, response.text
        assert response.json()["code"] == code
    assert "EXE" in response.json()["detail"] or "exe" in response.json()["detail"]
    assert setup.get()["transcript"] is None
    originals = setup.api.settings.originals_path
    assert not originals.exists() or not any(p.is_file() for p in originals.rglob("*"))


def test_a_text_without_speakers_is_attached_but_fills_nothing(setup: Setup):
    response = setup.api.client.post(
        setup.url("/transcript"),
        files={"file": ("notizen.txt", "Notizen zum Gespräch über Fristen.".encode())},
        headers=setup.hr,
    )
    assert response.status_code == 200, response.text
    assert response.json()["turns"] == 0 and response.json()["filled"] == []
    assert setup.get()["transcript"]["name"] == "notizen.txt"


def test_the_status_flow_on_both_databases(api_both: Api):
    setup = prepare(api_both)
    api_both.group("kaemmerei")
    move(setup, "geführt")
    answer_and_confirm(setup)
    move(setup, "in Prüfung")
    released = setup.status("freigegeben", access=["kaemmerei"])
    assert released.status_code == 200 and released.json()["access"] == ["kaemmerei"]
    assert (
        setup.put(None, {"question_id": setup.question("fristen"), "text": "x"}).status_code == 409
    )
    assert [h["to_status"] for h in setup.get(setup.expert)["history"]] == [
        "geführt", "in Prüfung", "freigegeben",
    ]  # fmt: skip


def test_guides_for_everyone_new_ones_and_versions_for_hr(setup: Setup):
    api = setup.api
    reader = api.user("leser")
    listed = api.client.get("/guides", headers=reader)
    assert listed.status_code == 200
    default = listed.json()["guides"][0]
    assert default["is_default"] and default["version"] == 1 and len(default["questions"]) == 10
    body = {"questions": [{"key": "fristen", "text": "Welche Fristen?", "horizon": "woche"}]}
    assert (
        api.client.post(f"/guides/{default['id']}/versions", json=body, headers=reader).status_code
        == 403
    )
    bad = api.client.post(
        f"/guides/{default['id']}/versions",
        json={"questions": [{"text": "A?", "horizon": "quartal"}]},
        headers=setup.hr,
    )
    assert bad.status_code == 422
    response = api.client.post(f"/guides/{default['id']}/versions", json=body, headers=setup.hr)
    assert response.status_code == 201 and response.json()["version"] == 2
    assert [v["version"] for v in response.json()["versions"]] == [1, 2]
    # the interview planned before keeps its ten questions; a new one gets the new version
    kept = setup.get()
    assert kept["guide"]["version"] == 1 and len(kept["questions"]) == 10
    fresh = api.client.post("/interviews", json={"person_id": setup.person_id}, headers=setup.hr)
    assert [q["text"] for q in fresh.json()["questions"]] == ["Welche Fristen?"]
    role = api.client.post(
        "/guides",
        json={"name": "Friedhof", "for_role": "Friedhofsverwaltung", **body},
        headers=setup.hr,
    )
    assert role.status_code == 201 and role.json()["for_role"] == "Friedhofsverwaltung"
    chosen = api.client.post(
        "/interviews",
        json={"person_id": setup.person_id, "guide_id": role.json()["id"]},
        headers=setup.hr,
    )
    assert chosen.json()["guide"]["name"] == "Friedhof"
