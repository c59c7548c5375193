"""Knowledge capture end to end through the API, as the issue's "done when" describes it: a person
with an exit date and knowledge areas, an interview planned, answered by the expert, a transcript
uploaded, confirmed, released and published — a reader's search finds the answer with the expert
named and the question it answers, and the risk score of the area it is tagged with goes down;
an edit while published replaces it; retracted, the same search no longer finds it, and the score
is what it was."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.services.risk import AreaRisk, attrition_risk
from tests.api.conftest import Api

EXPERT = "Erika Muster"
ANSWER = (
    "Die Plakatierungsgenehmigungen für Wahlen müssen sechs Wochen vor dem Wahltag im Amtsblatt "
    "stehen; die Frist steht in keinem Kalender, nur in meiner Wiedervorlage."
)
EDITED = (
    "Die Plakatierungsgenehmigungen für Wahlen: seit der neuen Satzung acht Wochen vor dem "
    "Wahltag, und die Wiedervorlage liegt jetzt im Ratsinformationssystem."
)
VTT = """WEBVTT

00:02:10.000 --> 00:02:14.000
<v Interviewer>Wo liegen die Vorlagen, die sonst niemand findet?

00:02:14.500 --> 00:02:31.000
<v Erika Muster>Die Schablonen für Hauptausschussvorlagen liegen im Laufwerk R unter Gremien.
"""


class Flow:
    """The API as hr, the expert and a reader use it."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.hr = api.user("hanna", "hr")
        self.expert = api.user("e.muster")
        self.reader = api.user("rita")

    def call(self, method: str, path: str, headers: dict[str, str], **kw: Any) -> Any:
        response = self.api.client.request(method, path, headers=headers, **kw)
        assert response.status_code in (200, 201), (method, path, response.text)
        return response.json()

    def status(self, interview: int, status: str, **body: Any) -> dict[str, Any]:
        path = f"/interviews/{interview}/status"
        answer: dict[str, Any] = self.call("POST", path, self.hr, json={"status": status, **body})
        assert answer["status"] == status
        return answer

    def search(self, query: str) -> list[dict[str, Any]]:
        body = {"query": query, "top_k": 10}
        hits: list[dict[str, Any]] = self.call("POST", "/search", self.reader, json=body)["hits"]
        return hits

    def risk(self, area: int) -> int:
        areas = self.call("GET", "/risk", self.hr)["areas"]
        return int(next(row["score"] for row in areas if row["area_id"] == area))


AREAS = (
    {"name": "Wahlen", "criticality": 5, "uniqueness": 5, "documented": 1},
    {"name": "Sitzungskalender", "criticality": 4, "uniqueness": 4, "documented": 1},
)
EXIT = date.today() + timedelta(days=120)


def plan(flow: Flow) -> tuple[dict[str, Any], list[int]]:
    """Erika Muster (Ratsbüro, leaving in four months), her two knowledge areas, an interview
    planned with the default guide; returns the interview and the area ids."""
    body = {
        "name": EXPERT,
        "department": "Ratsbüro",
        "role": "Sachbearbeiterin Sitzungsdienst",
        "exit_date": EXIT.isoformat(),
        "successor_id": None,
        "username": "e.muster",
    }
    person = flow.call("POST", "/people", flow.hr, json=body)
    path = f"/people/{person['id']}/knowledge-areas"
    areas = [flow.call("POST", path, flow.hr, json=area)["id"] for area in AREAS]
    planned = flow.call("POST", "/interviews", flow.hr, json={"person_id": person["id"]})
    assert planned["status"] == "geplant"
    return planned, areas


def release(flow: Flow, planned: dict[str, Any], area: int) -> dict[str, Any]:
    """The expert answers the deadline question (tagged with `area`) and uploads the
    transcript, hr takes it to review, the expert confirms, hr releases it to everyone;
    returns the question answered."""
    interview = planned["id"]
    question: dict[str, Any] = next(q for q in planned["questions"] if q["key"] == "fristen")
    answers = {"answers": [{"question_id": question["id"], "text": ANSWER, "area_ids": [area]}]}
    flow.call("PUT", f"/interviews/{interview}/answers", flow.expert, json=answers)
    flow.status(interview, "geführt")
    upload = {"file": ("gespraech-muster.vtt", VTT.encode(), "text/vtt")}
    flow.call("POST", f"/interviews/{interview}/transcript", flow.expert, files=upload)
    flow.status(interview, "in Prüfung")
    flow.call("POST", f"/interviews/{interview}/confirm", flow.expert)
    flow.status(interview, "freigegeben", access=[])
    return question


def test_an_interview_goes_from_plan_to_search_and_back_out(api: Api) -> None:
    flow = Flow(api)
    planned, (tagged, _) = plan(flow)
    interview = planned["id"]
    question = release(flow, planned, tagged)
    assert flow.search("Plakatierungsgenehmigungen Wahlen Amtsblatt") == []  # not yet published

    flow.status(interview, "veröffentlicht")
    hit = flow.search("Plakatierungsgenehmigungen Wahlen Amtsblatt")[0]
    assert hit["text"].endswith(ANSWER)
    assert (hit["expert"], hit["question"], hit["doc_type"]) == (
        EXPERT,
        question["text"],
        "interview",
    )
    turns = flow.search("Schablonen Hauptausschussvorlagen Laufwerk Gremien")
    turn = next(h for h in turns if h["timestamp"] is not None)  # the transcript's passage
    assert (turn["expert"], turn["timestamp"]) == (EXPERT, 130.0)  # the exchange starts at 2:10

    edited = {"answers": [{"question_id": question["id"], "text": EDITED}]}
    flow.call("PUT", f"/interviews/{interview}/answers", flow.expert, json=edited)
    found = [h for h in flow.search("Plakatierungsgenehmigungen Wahlen") if h["question"]]
    same = [h["text"].endswith(EDITED) for h in found if h["document_id"] == hit["document_id"]]
    assert same == [True]
    assert not any(ANSWER in h["text"] for h in found)  # one version: the edited one

    flow.status(interview, "zurückgezogen")
    for query in ("Plakatierungsgenehmigungen Wahlen Amtsblatt", "Schablonen Laufwerk Gremien"):
        assert flow.search(query) == []


def expected_score(area: dict[str, Any], captured: bool) -> int:
    """The area's score by the formula (app/services/risk.py, pinned in tests/app/test_risk.py)."""
    attrition = attrition_risk(EXIT, date.today())
    inputs = (area["criticality"], area["uniqueness"], area["documented"])
    return AreaRisk.of(area["name"], *inputs, captured, attrition).score


def test_publishing_lowers_the_risk_score_of_the_tagged_area_and_retracting_restores_it(
    api: Api,
) -> None:
    flow = Flow(api)
    planned, areas = plan(flow)
    tagged, untagged = areas
    release(flow, planned, tagged)
    unpublished = {area: expected_score(AREAS[i], False) for i, area in enumerate(areas)}
    assert expected_score(AREAS[0], True) < unpublished[tagged]  # the formula can fall here
    assert {area: flow.risk(area) for area in areas} == unpublished

    flow.status(planned["id"], "veröffentlicht")
    published = {tagged: expected_score(AREAS[0], True), untagged: unpublished[untagged]}
    assert {area: flow.risk(area) for area in areas} == published

    flow.status(planned["id"], "zurückgezogen")
    assert {area: flow.risk(area) for area in areas} == unpublished
