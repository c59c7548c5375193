"""Publishing interviews into search and retracting them, at the service level: the rows are made
directly in the api fixture's database, publish/retract are called as the interview flow calls
them (the caller commits), and what users get is checked through POST /search and the document
routes (hash embedder, real pipeline and store)."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.api.routes import STARTUP, documents
from app.db.capture_models import (
    Guide,
    GuideVersion,
    Interview,
    InterviewAnswer,
    InterviewQuestion,
    KnowledgeArea,
    Person,
    StatusChange,
)
from app.db.models import AuditEvent, DocumentRecord, User
from app.services import publishing
from app.services.auth import Caller, caller_of
from app.services.published_files import answer_markdown, interview_folder
from ingest.converters import convert
from ingest.metadata import load_meta
from search.errors import InvalidRequest
from search.types import DocumentMeta
from tests.api.conftest import Api

EXPERT = "Erika Muster"
FRISTEN = "Welche Fristen hängen am Ratszyklus?"
AUSFALL = "Was bricht zuerst, wenn Sie fehlen?"
KONTAKTE = "Wen rufen Sie an, wenn der normale Weg versagt?"
ANSWERS = {
    FRISTEN: "Die Plakatierungsgenehmigung vor Wahlen muss sechs Wochen vorher im Amtsblatt stehen.",
    AUSFALL: "Zuerst bleibt die Niederschrift der Ratssitzung liegen, sie schreibt sonst niemand.",
    KONTAKTE: "",  # not answered: never published
}
VTT = """WEBVTT

00:01:05.000 --> 00:01:09.000
<v Interviewer>Wo liegen die Vorlagen für den Hauptausschuss?

00:01:09.500 --> 00:01:20.250
<v Erika Muster>Die Schablonen für Hauptausschussvorlagen liegen im Laufwerk R unter Gremien.
"""


def caller(session: Session, username: str = "admin") -> Caller:
    return caller_of(session.scalars(select(User).where(User.username == username)).one())


def make_interview(
    api: Api,
    answers: dict[str, str],
    access: tuple[str, ...] = (),
    expert_user: str = "",
    status: str = "freigegeben",
) -> int:
    """A released interview of Erika Muster (Ratsbüro) with one question per answer; the first
    answer is tagged "Sitzungsdienst", the others "Wahlen"."""
    with api.state().db.session() as session:
        user = caller(session, expert_user).id if expert_user else None
        person = Person(name=EXPERT, department="Ratsbüro", exit_date=date(2027, 3, 31))
        person.user_id = user
        areas = [
            KnowledgeArea(name=name, criticality=5, uniqueness=4, documented=1)
            for name in ("Sitzungsdienst", "Wahlen")
        ]
        person.areas = areas
        guide = session.scalars(select(Guide)).first() or Guide(
            name="Leitfaden", versions=[GuideVersion(version=1, questions=[])]
        )
        session.add_all([person, guide])
        session.flush()
        interview = Interview(
            person=person,
            guide_version=guide.versions[0],
            status=status,
            access_groups=list(access),
            scheduled_for=date(2026, 10, 20),
        )
        held = datetime(2026, 11, 3, 10, tzinfo=UTC)  # postponed: held two weeks later
        interview.changes.append(StatusChange(from_status="geplant", to_status="geführt", at=held))
        for position, (text, answer) in enumerate(answers.items()):
            question = InterviewQuestion(position=position, key=f"q{position}", text=text)
            interview.questions.append(question)
            tagged = areas[:1] if position == 0 else areas[1:]
            interview.answers.append(InterviewAnswer(question=question, text=answer, areas=tagged))
        session.add(interview)
        session.flush()
        return interview.id


def act(api: Api, interview_id: int, action: Any, username: str = "admin") -> None:
    """publish or retract as the interview flow does it: one session, committed on success."""
    state = api.state()
    with state.db.session() as session:
        action(state, session, session.get(Interview, interview_id), caller(session, username))


def edit(api: Api, interview_id: int, question: str, text: str) -> None:
    with api.state().db.session() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        next(a for a in interview.answers if a.question.text == question).text = text


def attach_transcript(api: Api, interview_id: int, name: str, content: bytes) -> None:
    """A transcript stored as the upload route stores originals (content-addressed)."""
    digest = hashlib.sha256(content).hexdigest()
    relative = Path("originals") / digest[:2] / digest / name
    path = api.settings.data_dir / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with api.state().db.session() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        interview.transcript_path = relative.as_posix()
        interview.transcript_name, interview.transcript_sha256 = name, digest


def hits(
    api: Api, headers: dict[str, str], query: str, dates: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    body = {"query": query, "top_k": 20, "filters": {"doc_types": ["interview"], **(dates or {})}}
    response = api.client.post("/search", json=body, headers=headers)
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["hits"]
    return found


def texts(api: Api, headers: dict[str, str], query: str) -> set[str]:
    return {h["text"] for h in hits(api, headers, query)}


def document_ids(api: Api, interview_id: int) -> dict[str, str | None]:
    """Question text (or "transcript") → published document id."""
    with api.state().db.session() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        ids: dict[str, str | None] = {a.question.text: a.document_id for a in interview.answers}
        ids["transcript"] = interview.transcript_document_id
        return ids


def registry_rows(api: Api) -> dict[str, DocumentRecord]:
    with api.state().db.session() as session:
        rows = {row.id: row for row in session.scalars(select(DocumentRecord))}
        session.expunge_all()
        return rows


def indexed(api: Api, interview_id: int) -> set[str]:
    """Document ids the manifest holds under the interview's folder."""
    folder = os.path.realpath(interview_folder(api.settings, interview_id))
    return {e.document_id for e in api.state().services.manifest.sources_under(folder)}


def test_published_answers_are_found_naming_expert_and_question(api_both: Api) -> None:
    interview = make_interview(api_both, ANSWERS)
    reader = api_both.user("rita")
    assert hits(api_both, reader, "Plakatierungsgenehmigung Wahlen") == []
    act(api_both, interview, publishing.publish)
    found = hits(api_both, reader, "Plakatierungsgenehmigung Wahlen Amtsblatt")
    best = found[0]
    assert best["text"].endswith(ANSWERS[FRISTEN])
    assert (best["expert"], best["question"], best["doc_type"]) == (EXPERT, FRISTEN, "interview")
    assert best["heading_path"] == [FRISTEN] and best["department"] == "Ratsbüro"
    assert best["title"] == f"Interview {EXPERT}: {FRISTEN}"
    ids = document_ids(api_both, interview)
    assert ids[KONTAKTE] is None and ids["transcript"] is None  # empty answer, no transcript
    assert {h["document_id"] for h in found} <= {ids[FRISTEN], ids[AUSFALL]}
    rows = registry_rows(api_both)
    assert set(rows) == {ids[FRISTEN], ids[AUSFALL]} == indexed(api_both, interview)
    row = rows[str(ids[FRISTEN])]
    assert (row.doc_type, row.author, row.tags, row.access_groups) == (
        "interview",
        EXPERT,
        ["Sitzungsdienst"],
        [],
    )
    assert row.review_months == 12 and row.reviewed_at is not None
    assert hits(api_both, reader, "Plakatierungsgenehmigung") == hits(
        api_both, reader, "Plakatierungsgenehmigung", {"date_from": "2026-11-03"}
    )  # dated the day of the interview
    assert hits(api_both, reader, "Plakatierungsgenehmigung", {"date_to": "2026-11-02"}) == []
    listed = api_both.client.get("/documents", headers=reader).json()
    assert {d["id"] for d in listed["documents"]} == set(rows)
    assert {d["owner"] for d in listed["documents"]} == {"admin"}  # the expert has no account


def test_the_expert_with_an_account_owns_the_published_answers(api: Api) -> None:
    api.user("erika", "reader")
    interview = make_interview(api, ANSWERS, expert_user="erika")
    act(api, interview, publishing.publish)
    owners = {row.owner_id for row in registry_rows(api).values()}
    with api.state().db.session() as session:
        assert owners == {caller(session, "erika").id}
        events = session.scalars(select(AuditEvent).where(AuditEvent.action.like("interview_%")))
        assert [(e.action, e.target, e.detail["documents"]) for e in events] == [
            ("interview_published", f"interview:{interview}", 2)
        ]


def test_an_edit_republishes_only_that_answer_as_the_same_document(api: Api) -> None:
    interview = make_interview(api, ANSWERS)
    act(api, interview, publishing.publish)
    store, before = api.state().services.store, document_ids(api, interview)
    untouched = store.chunk_ids(str(before[AUSFALL]))
    new = "Die Plakatierungsgenehmigung gilt seit 2026 erst acht Wochen vor der Kommunalwahl."
    edit(api, interview, FRISTEN, new)
    act(api, interview, publishing.publish)
    reader = api.user("rita")
    found = [h for h in hits(api, reader, "Plakatierungsgenehmigung") if h["question"] == FRISTEN]
    assert [h["text"].endswith(new) for h in found] == [True]  # one version: the new one
    assert not any(ANSWERS[FRISTEN] in t for t in texts(api, reader, "sechs Wochen Amtsblatt"))
    assert document_ids(api, interview) == before
    assert store.chunk_ids(str(before[AUSFALL])) == untouched
    assert len(registry_rows(api)) == 2


def test_an_answer_emptied_since_the_last_publish_vanishes(api: Api) -> None:
    interview = make_interview(api, ANSWERS)
    act(api, interview, publishing.publish)
    gone = str(document_ids(api, interview)[AUSFALL])
    edit(api, interview, AUSFALL, "   ")
    act(api, interview, publishing.publish)
    assert document_ids(api, interview)[AUSFALL] is None
    assert api.state().services.store.chunk_ids(gone) == set()
    assert gone not in registry_rows(api) and gone not in indexed(api, interview)
    found = texts(api, api.user("rita"), "Niederschrift Ratssitzung")
    assert found and not any("Niederschrift" in text for text in found)  # only the other answer
    assert not (interview_folder(api.settings, interview) / "answer-2.md").exists()


def test_the_transcript_is_searchable_with_its_time_marks(api: Api) -> None:
    interview = make_interview(api, ANSWERS)
    attach_transcript(api, interview, "gespraech-muster.vtt", VTT.encode())
    act(api, interview, publishing.publish)
    reader = api.user("rita")
    found = hits(api, reader, "Schablonen Hauptausschussvorlagen Laufwerk")
    transcript = document_ids(api, interview)["transcript"]
    turn = next(h for h in found if h["document_id"] == transcript)
    # the passage is the exchange: it starts with the question at 1:05, the expert answers
    assert turn["timestamp"] == pytest.approx(65.0) and turn["speaker"] == EXPERT
    assert "Laufwerk R" in turn["text"]
    assert (turn["expert"], turn["doc_type"], turn["question"]) == (EXPERT, "interview", None)
    assert turn["title"] == f"Interview {EXPERT} – Mitschrift"
    original = api.client.get(f"/documents/{transcript}/original", headers=reader)
    assert original.status_code == 200 and original.content == VTT.encode()
    assert "gespraech-muster.vtt" in original.headers["content-disposition"]


def test_retract_removes_every_document_of_the_interview_at_once(api: Api) -> None:
    interview = make_interview(api, ANSWERS)
    attach_transcript(api, interview, "gespraech.vtt", VTT.encode())
    act(api, interview, publishing.publish)
    published = {i for i in document_ids(api, interview).values() if i}
    assert len(published) == 3
    act(api, interview, publishing.retract)
    reader = api.user("rita")
    for query in ("Plakatierungsgenehmigung", "Niederschrift Ratssitzung", "Laufwerk Gremien"):
        assert hits(api, reader, query) == []
    store = api.state().services.store
    assert all(store.chunk_ids(i) == set() for i in published)
    assert registry_rows(api) == {} and indexed(api, interview) == set()
    assert not interview_folder(api.settings, interview).exists()
    assert set(document_ids(api, interview).values()) == {None}
    for document in published:
        assert api.client.get(f"/documents/{document}", headers=api.admin).status_code == 404


def test_access_groups_hold_inside_the_store(api: Api) -> None:
    interview = make_interview(api, ANSWERS, access=("ratsbuero",))
    act(api, interview, publishing.publish)
    member = api.user("maria", "reader", ("ratsbuero",))
    outsider, admin_elsewhere = api.user("otto"), api.user("anton", "admin", ("bauamt",))
    query = "Plakatierungsgenehmigung Wahlen"
    assert [h["expert"] for h in hits(api, member, query)][:1] == [EXPERT]
    document = document_ids(api, interview)[FRISTEN]
    for headers in (outsider, admin_elsewhere):
        assert hits(api, headers, query) == []
        assert api.client.get("/documents", headers=headers).json()["total"] == 0
        assert api.client.get(f"/documents/{document}", headers=headers).status_code == 404
    assert api.client.get(f"/documents/{document}", headers=member).status_code == 200


def test_a_failed_publish_leaves_search_as_it_was(api: Api) -> None:
    interview = make_interview(api, ANSWERS)
    attach_transcript(api, interview, "kaputt.docx", b"PK\x03\x04 kein echtes Word-Dokument")
    with pytest.raises(InvalidRequest) as failed:
        act(api, interview, publishing.publish)
    assert failed.value.code == "interview_publish_failed"
    assert failed.value.params["name"] == "kaputt.docx"
    reader = api.user("rita")
    assert hits(api, reader, "Plakatierungsgenehmigung Wahlen") == []  # nothing went public
    assert indexed(api, interview) == set() and registry_rows(api) == {}
    assert set(document_ids(api, interview).values()) == {None}
    with api.state().db.session() as session:  # detach it again: now it publishes
        row = session.get(Interview, interview)
        assert row is not None
        row.transcript_path = None
    act(api, interview, publishing.publish)
    edit(api, interview, FRISTEN, "Neue Regel zur Plakatierungsgenehmigung, noch ungeprüft.")
    attach_transcript(api, interview, "kaputt.docx", b"PK\x03\x04 kein echtes Word-Dokument")
    with pytest.raises(InvalidRequest):
        act(api, interview, publishing.publish)
    kept = texts(api, reader, "Plakatierungsgenehmigung Wahlen")
    assert any(ANSWERS[FRISTEN] in t for t in kept) and not any("ungeprüft" in t for t in kept)
    with api.state().db.session() as session:
        count = session.scalar(select(func.count()).select_from(DocumentRecord))
        assert count == 2 == len(indexed(api, interview))


def test_a_publish_cut_off_before_its_commit_is_withdrawn_at_the_next_start(api: Api) -> None:
    kept = make_interview(api, {AUSFALL: ANSWERS[AUSFALL]}, status="veröffentlicht")
    act(api, kept, publishing.publish)
    cut_off = make_interview(api, ANSWERS)
    state = api.state()
    with pytest.raises(RuntimeError), state.db.session() as session:
        publishing.publish(state, session, session.get(Interview, cut_off), caller(session))
        raise RuntimeError("Absturz vor dem Commit")
    reader = api.user("rita")
    assert any(ANSWERS[FRISTEN] in t for t in texts(api, reader, "Plakatierungsgenehmigung"))
    hooks = [hook.__name__ for hook in STARTUP]
    assert hooks.index("withdraw_unpublished") < hooks.index(documents.sync_registry.__name__)
    publishing.withdraw_unpublished(state)
    assert not any(ANSWERS[FRISTEN] in t for t in texts(api, reader, "Plakatierungsgenehmigung"))
    assert indexed(api, cut_off) == set() and not interview_folder(api.settings, cut_off).exists()
    published = document_ids(api, kept)[AUSFALL]
    assert indexed(api, kept) == {published} and set(registry_rows(api)) == {published}


def test_an_answers_own_headings_stay_below_its_question(tmp_path: Path) -> None:
    person = Person(name=EXPERT, department="Ratsbüro")
    question = InterviewQuestion(position=0, key="ablage", text="Wo liegen die Akten\nwirklich?")
    text = "Im Keller.\n\n# Altakten\n\nVor 2010 im Stadtarchiv: Müller: fragen!"
    answer = InterviewAnswer(question=question, text=text, areas=[])
    interview = Interview(person=person, access_groups=["ratsbuero"], changes=[])
    interview.scheduled_for, interview.answers = date(2026, 11, 3), [answer]
    path = tmp_path / "answer.md"
    path.write_bytes(answer_markdown(interview, answer, part=2))
    document = convert(path, load_meta(path), "d1")
    asked = "Wo liegen die Akten wirklich?"
    assert [s.heading_path for s in document.sections] == [(asked,), (asked, "Altakten")]
    assert document.meta == DocumentMeta(
        title=f"Interview {EXPERT}: {asked} (Teil 2)",
        department="Ratsbüro",
        doc_type="interview",
        expert=EXPERT,
        question=asked,
        created=date(2026, 11, 3),
        access_groups=("ratsbuero",),
    )


def test_published_documents_change_only_with_their_interview(api: Api) -> None:
    interview = make_interview(api, ANSWERS, access=("ratsbuero",))
    act(api, interview, publishing.publish)
    document = document_ids(api, interview)[FRISTEN]
    editor = api.user("edda", "editor", ("ratsbuero",))
    path = f"/documents/{document}"
    refused = [
        api.client.patch(path, json={"access_groups": []}, headers=editor),
        api.client.delete(path, headers=editor),
        api.client.delete(path, headers=api.admin),  # who may delete what they cannot see
    ]
    for response in refused:
        assert response.status_code == 409, response.text
        assert response.json()["code"] == "document_from_interview"
    assert hits(api, api.user("otto"), "Plakatierungsgenehmigung Wahlen") == []  # still closed
    assert registry_rows(api)[str(document)].access_groups == ["ratsbuero"]
