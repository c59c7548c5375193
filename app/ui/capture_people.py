"""Wissen sichern, the people: who leaves when, their successor, and the knowledge they hold."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from app.ui import session
from app.ui.client import Json
from app.ui.display import SCALE_HELP, german_date, md_escape

NEW = "new"
DOCUMENTS = 200  # the documents offered for linking to a knowledge area
CHOSEN = "person_chosen"
SCALES = (
    ("criticality", "Kritikalität"),
    ("uniqueness", "Einzigartigkeit"),
    ("documented", "Dokumentationsgrad"),
)


def people_table(people: list[Json]) -> None:
    if not people:
        st.info("Noch keine Personen erfasst. Legen Sie unten die erste Person an.")
        return
    names = {person["id"]: person["name"] for person in people}
    st.dataframe(
        [
            {
                "Name": person["name"],
                "Fachbereich": person.get("department") or "–",
                "Funktion": person.get("role") or "–",
                "Austritt": german_date(person.get("exit_date")) or "offen",
                "Nachfolge": names.get(person.get("successor_id"), "–"),
                "Wissensgebiete": len(person.get("areas") or []),
            }
            for person in people
        ],
        hide_index=True,
        width="stretch",
    )


def choose_person(people: list[Json]) -> Json | None:
    """The person to edit, or None for a new one."""
    by_id: dict[Any, Json] = {person["id"]: person for person in people}
    options = [NEW, *by_id]
    current = st.session_state.get(CHOSEN, NEW)
    chosen = st.selectbox(
        "Person auswählen",
        options,
        index=options.index(current) if current in options else 0,
        format_func=lambda key: "Neue Person anlegen" if key == NEW else by_id[key]["name"],
    )
    st.session_state[CHOSEN] = chosen
    return None if chosen == NEW else by_id[chosen]


def person_form(person: Json | None, people: list[Json], departments: list[str]) -> None:
    """Create or edit one person: name, Fachbereich, Funktion, exit, successor, contact, account."""
    key = person["id"] if person else NEW
    others = {p["id"]: p["name"] for p in people if not person or p["id"] != person["id"]}
    with st.form(f"person-{key}", clear_on_submit=person is None):
        left, right = st.columns(2)
        name = left.text_input("Name", (person or {}).get("name", ""))
        department = right.selectbox(
            "Fachbereich",
            departments,
            index=index_of(departments, (person or {}).get("department")),
            accept_new_options=True,
            placeholder="Fachbereich wählen oder eingeben",
        )
        role = left.text_input("Funktion", (person or {}).get("role", ""))
        exit_date = right.date_input(
            "Austrittsdatum (geplant)",
            value=parse_date((person or {}).get("exit_date")),
            format="DD.MM.YYYY",
        )
        successor = left.selectbox(
            "Nachfolge",
            list(others),
            index=index_of(list(others), (person or {}).get("successor_id")),
            format_func=lambda pid: others[pid],
            placeholder="noch offen",
        )
        account = right.text_input(
            "Konto (Benutzername, optional)",
            (person or {}).get("username") or "",
            help="Mit Konto kann die Person ihr Interview selbst sehen und bestätigen.",
        )
        contact = st.text_area("Kontakt", (person or {}).get("contact", ""), height=80)
        saved = st.form_submit_button(
            "Änderungen speichern" if person else "Person anlegen", type="primary"
        )
    if not saved:
        return
    if not name.strip():
        st.error("Bitte geben Sie einen Namen an.")
        return
    body: Json = {
        "name": name.strip(),
        "department": (department or "").strip() or None,
        "role": role.strip(),
        "exit_date": exit_date.isoformat() if isinstance(exit_date, date) else None,
        "successor_id": successor,
        "contact": contact.strip(),
        "username": account.strip() or None,
    }
    save_person(person, body)


def save_person(person: Json | None, body: Json) -> None:
    client = session.api()
    if person is None:
        created = session.call(client.create_person, body)
        if created is not None:
            st.session_state[CHOSEN] = created["id"]
            st.toast(f"{body['name']} wurde angelegt.")
            st.rerun()
    elif session.call(client.update_person, person["id"], body) is not None:
        st.toast("Änderungen gespeichert.")
        st.rerun()


def area_sliders(key: str, area: Json | None) -> dict[str, int]:
    values = {}
    for column, (field, label) in zip(st.columns(3), SCALES, strict=True):
        values[field] = column.slider(
            label,
            1,
            5,
            int((area or {}).get(field, 3)),
            key=f"{key}-{field}",
            help=SCALE_HELP[field],
        )
    return values


def areas_section(person: Json) -> None:
    st.subheader("Wissensgebiete")
    st.caption(
        "Aufgaben oder Wissen, das diese Person hält. Die drei Werte fließen in die "
        "Risiko-Übersicht ein."
    )
    areas = person.get("areas") or []
    if not areas:
        st.info("Noch keine Wissensgebiete erfasst.")
    else:
        listing = session.call(session.api().documents, limit=DOCUMENTS) or {}
        documents = {doc["id"]: doc["title"] for doc in listing.get("documents") or []}
        for area in areas:
            edit_area(area, documents)
    new_area(person)


def linked_ids(area: Json) -> list[str]:
    return [str(doc["id"] if isinstance(doc, dict) else doc) for doc in area.get("documents") or []]


def edit_area(area: Json, documents: dict[str, str]) -> None:
    """One area: name, description, the three scores and the documents that cover it."""
    linked = linked_ids(area)
    titles = {
        str(doc["id"]): str(doc.get("title") or doc["id"])
        for doc in area.get("documents") or []
        if isinstance(doc, dict)
    }
    titles.update(documents)
    with st.expander(md_escape(area["name"])), st.form(f"area-{area['id']}"):
        name = st.text_input("Bezeichnung", area["name"])
        description = st.text_input("Beschreibung", area.get("description") or "")
        values = area_sliders(f"area-{area['id']}", area)
        chosen = st.multiselect(
            "Dokumente, die dieses Wissen abdecken",
            sorted(titles, key=lambda doc_id: titles[doc_id].casefold()),
            default=[doc_id for doc_id in linked if doc_id in titles],
            format_func=lambda doc_id: titles[doc_id],
            placeholder="Dokumente wählen",
        )
        save_col, delete_col = st.columns(2)
        saved = save_col.form_submit_button("Speichern", type="primary")
        deleted = delete_col.form_submit_button("Wissensgebiet löschen", icon=":material/delete:")
    client = session.api()
    if saved and name.strip():
        changes = {"name": name.strip(), "description": description.strip(), **values}
        done = session.call(client.update_area, area["id"], changes) is not None
        if done and sorted(chosen) != sorted(linked):
            done = session.call(client.link_documents, area["id"], chosen) is not None
        if done:
            st.toast("Wissensgebiet gespeichert.")
            st.rerun()
    if deleted and session.attempt(client.delete_area, area["id"]):
        st.toast(f"„{area['name']}“ wurde gelöscht.")
        st.rerun()


def new_area(person: Json) -> None:
    with st.form(f"new-area-{person['id']}", clear_on_submit=True):
        st.markdown("**Neues Wissensgebiet**")
        name = st.text_input(
            "Bezeichnung", placeholder="z. B. Jahresabschluss der Friedhofsgebühren"
        )
        description = st.text_input("Beschreibung (optional)")
        values = area_sliders(f"new-area-{person['id']}", None)
        added = st.form_submit_button("Wissensgebiet hinzufügen")
    if not added:
        return
    if not name.strip():
        st.error("Bitte geben Sie eine Bezeichnung für das Wissensgebiet an.")
        return
    body = {"name": name.strip(), "description": description.strip(), **values}
    if session.call(session.api().add_area, person["id"], body) is not None:
        st.toast("Wissensgebiet hinzugefügt.")
        st.rerun()


def index_of(options: list[Any], value: Any) -> int | None:
    return options.index(value) if value in options else None


def parse_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
