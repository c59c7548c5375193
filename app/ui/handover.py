"""Einarbeitung, the handover plan: what the successor learns in the first week, month and year,
from the interviews of the person they succeed, with items to tick off and links to the sources."""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import ApiError, Json
from app.ui.display import german_date, md_escape


def predecessors(me: Json) -> list[Json]:
    """The people whose successor is the logged-in user's own person record."""
    try:
        people = session.api().people()
    except ApiError:
        return []  # no handover for this account: the page shows the department overview
    own = {person["id"] for person in people if person.get("user_id") == me["id"]}
    return [person for person in people if person.get("successor_id") in own]


def tick(person_id: int, key: str) -> None:
    """on_change of an item's checkbox: store the tick at once."""
    done = bool(st.session_state.get(f"tick-{person_id}-{key}"))
    try:
        session.api().tick(person_id, key, done)
    except ApiError as error:
        st.session_state[f"tick-{person_id}-{key}"] = not done  # as it was: nothing stored
        st.session_state[f"tick-error-{person_id}"] = error.detail


def item_links(item: Json) -> None:
    links = []
    if item.get("answer_document_id"):
        links.append((item["answer_document_id"], "Antwort im Interview"))
    links += [(doc["id"], doc["title"]) for doc in item.get("documents") or []]
    for document_id, label in links:
        st.page_link(
            "views/dokument.py",
            label=label,
            icon=":material/description:",
            query_params={"id": document_id},
        )


def item_row(person_id: int, item: Json, section_title: str) -> None:
    """One item, ticked off by its checkbox; the question it answers, when it is one."""
    key = f"tick-{person_id}-{item['key']}"
    st.session_state.setdefault(key, bool(item.get("done")))
    with st.container(border=True):
        st.checkbox(md_escape(item["text"]), key=key, on_change=tick, args=(person_id, item["key"]))
        if item["title"] != section_title:
            st.caption(f"Aus dem Interview: {item['title']}")
        if item.get("done_by"):
            st.caption(f"Erledigt ({item['done_by']}, {german_date(item.get('done_at'))})")
        item_links(item)


def section(person_id: int, title: str, items: list[Json]) -> None:
    st.subheader(title)
    if not items:
        st.caption("Für diesen Zeitraum ist nichts vorgesehen.")
    for item in items:
        item_row(person_id, item, title)


def handover_plan(person: Json) -> None:
    plan = session.call(session.api().handover, person["id"])
    if plan is None:
        return
    st.header(f"Ihr Übergabeplan von {md_escape(plan['person'])}")
    error = st.session_state.pop(f"tick-error-{person['id']}", None)
    if error:
        st.error(error)
    sections, total, done = plan["sections"], plan["total"], plan["done"]
    if not total:
        st.info(
            "Ihr Übergabeplan entsteht, sobald das Interview mit Ihrer Vorgängerin oder Ihrem "
            "Vorgänger freigegeben ist."
        )
        return
    st.progress(done / total, text=f"{done} von {total} Punkten erledigt")
    for part in sections:
        section(person["id"], part["title"], part["items"])


def handover_plans(me: Json) -> bool:
    """The plans of every person the user succeeds; False when they succeed nobody."""
    people = predecessors(me)
    for person in people:
        handover_plan(person)
    return bool(people)
