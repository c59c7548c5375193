"""Wissen sichern, the answers: the guide's questions, one text area per knowledge item, autosaved.

Every change goes to PUT /interviews/{id}/answers as soon as the field loses focus, so nothing typed
is lost when the browser closes; an answer can be split into several knowledge items, each tagged
with the person's knowledge areas.
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from app.ui import session
from app.ui.client import ApiError, Json
from app.ui.display import md_escape

EDITABLE = ("geplant", "geführt", "in Prüfung", "veröffentlicht")


def text_key(interview_id: int, question_id: int, part: int) -> str:
    return f"answer-{interview_id}-{question_id}-{part}"


def tags_key(interview_id: int, question_id: int, part: int) -> str:
    return f"tags-{interview_id}-{question_id}-{part}"


def parts_key(interview_id: int, question_id: int) -> str:
    return f"parts-{interview_id}-{question_id}"


def answers_by_part(interview: Json) -> dict[tuple[int, int], Json]:
    return {
        (int(answer["question_id"]), int(answer.get("part") or 0)): answer
        for answer in interview.get("answers") or []
    }


def save_question(interview_id: int, question_id: int) -> None:
    """on_change: send every knowledge item of one question; note the time or the German error."""
    answers = [
        {
            "question_id": question_id,
            "part": part,
            "text": st.session_state.get(text_key(interview_id, question_id, part), ""),
            "area_ids": st.session_state.get(tags_key(interview_id, question_id, part), []),
        }
        for part in range(st.session_state.get(parts_key(interview_id, question_id), 1))
    ]
    try:
        session.api().save_answers(interview_id, answers)
    except ApiError as error:
        st.session_state[f"save-error-{interview_id}"] = error.detail
        return
    st.session_state.pop(f"save-error-{interview_id}", None)
    st.session_state[f"saved-{interview_id}"] = datetime.now().strftime("%H:%M")


def save_notice(interview_id: int) -> None:
    error = st.session_state.get(f"save-error-{interview_id}")
    if error:
        st.error(f"Nicht gespeichert: {error}")
    saved = st.session_state.get(f"saved-{interview_id}")
    if saved:
        st.caption(f":material/cloud_done: gespeichert um {saved}")


def question_block(interview: Json, number: int, question: Json, areas: dict[int, str]) -> None:
    """One question with its hint and its knowledge items (text areas, area tags)."""
    interview_id, question_id = int(interview["id"]), int(question["id"])
    saved = answers_by_part(interview)
    parts = [part for (qid, part) in saved if qid == question_id]
    count_key = parts_key(interview_id, question_id)
    st.session_state.setdefault(count_key, max(parts, default=0) + 1)
    editable = bool(interview.get("editable"))
    st.markdown(f"**{number}. {md_escape(question['text'])}**")
    if question.get("hint"):
        st.caption(question["hint"])
    for part in range(st.session_state[count_key]):
        answer = saved.get((question_id, part), {})
        knowledge_item(interview_id, question_id, part, answer, areas, editable)
    if editable and st.button(
        "Weiteren Wissensbaustein anlegen",
        key=f"split-{interview_id}-{question_id}",
        icon=":material/call_split:",
        help="Teilen Sie eine lange Antwort in einzelne, für sich verständliche Stücke.",
    ):
        st.session_state[count_key] += 1
        st.rerun()


def knowledge_item(
    interview_id: int,
    question_id: int,
    part: int,
    answer: Json,
    areas: dict[int, str],
    editable: bool,
) -> None:
    key = text_key(interview_id, question_id, part)
    st.session_state.setdefault(key, answer.get("text") or "")
    st.text_area(
        "Antwort" if part == 0 else f"Wissensbaustein {part + 1}",
        key=key,
        height=120,
        disabled=not editable,
        on_change=save_question,
        args=(interview_id, question_id),
        placeholder="Antwort hier eintragen – sie wird automatisch gespeichert.",
    )
    if not areas:
        return
    tags = tags_key(interview_id, question_id, part)
    st.session_state.setdefault(tags, [a for a in answer.get("area_ids") or [] if a in areas])
    st.multiselect(
        "Wissensgebiete",
        list(areas),
        key=tags,
        format_func=lambda area_id: areas.get(area_id, str(area_id)),
        disabled=not editable,
        on_change=save_question,
        args=(interview_id, question_id),
        placeholder="Wissensgebiete zuordnen",
    )


def answers_section(interview: Json, areas: dict[int, str]) -> None:
    st.subheader("Fragen und Antworten")
    if interview.get("editable"):
        st.caption("Jede Antwort wird gespeichert, sobald Sie das Feld verlassen.")
    save_notice(int(interview["id"]))
    if interview["status"] not in EDITABLE:
        st.info(
            f"Im Status „{interview['status']}“ können die Antworten nicht geändert werden. "
            "Zum Bearbeiten muss das Interview wieder „in Prüfung“ sein "
            "(Reiter „Bestätigung und Status“)."
        )
    if interview["status"] == "veröffentlicht" and interview.get("editable"):
        st.caption("Das Interview ist veröffentlicht: Änderungen erscheinen sofort in der Suche.")
    questions = interview.get("questions") or []
    if not questions:
        st.info("Dieses Interview hat keine Fragen.")
    for number, question in enumerate(questions, start=1):
        with st.container(border=True):
            question_block(interview, number, question, areas)


def areas_of(interview: Json) -> dict[int, str]:
    """The knowledge areas of the interviewed person, id -> name, for tagging answers."""
    person = session.call(session.api().person, interview["person"]["id"]) or {}
    return {int(area["id"]): str(area["name"]) for area in person.get("areas") or []}


def forget_answers(interview_id: int) -> None:
    """Drop the fields' values kept in the session, so the next run shows the API's answers."""
    prefixes = tuple(f"{kind}-{interview_id}-" for kind in ("answer", "tags", "parts"))
    for key in [key for key in st.session_state if str(key).startswith(prefixes)]:
        del st.session_state[key]
