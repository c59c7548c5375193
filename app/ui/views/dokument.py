"""Dokument: the whole document, the hit's passage highlighted; editors edit or delete it."""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import Json
from app.ui.display import (
    csv_list,
    doc_type_label,
    file_name,
    heading_path,
    location,
    md_escape,
    size_label,
)

DELETED = "document_deleted"


def pick_document() -> None:
    """Without an id in the address: a short list to choose from."""
    st.info("Öffnen Sie ein Dokument über die Suche – oder wählen Sie hier eines aus.")
    listing = session.call(session.api().documents, limit=100) or {"documents": []}
    documents = {doc["id"]: doc["title"] for doc in listing["documents"]}
    choice = st.selectbox(
        "Dokument", list(documents), index=None, format_func=lambda key: documents[key]
    )
    if choice:
        st.query_params["id"] = choice
        st.rerun()


def metadata(doc: Json) -> None:
    groups = ", ".join(doc.get("access_groups") or []) or "alle Mitarbeitenden"
    left, right = st.columns(2)
    left.markdown(
        f"**Fachbereich:** {md_escape(doc.get('department') or '–')}  \n"
        f"**Dokumenttyp:** {md_escape(doc_type_label(doc.get('doc_type')))}  \n"
        f"**Schlagwörter:** {md_escape(', '.join(doc.get('tags') or []) or '–')}"
    )
    right.markdown(
        f"**Verantwortlich:** {md_escape(doc.get('owner') or '–')}  \n"
        f"**Zugriff:** {md_escape(groups)}  \n"
        f"**Datei:** {md_escape(doc.get('filename') or '–')} ({size_label(doc.get('size'))}), "
        f"{doc.get('chunks', 0)} Abschnitte, "
        f"aufgenommen {md_escape(str(doc.get('ingested_at') or '–')[:10])}"
    )
    client = session.api()
    st.download_button(
        "Original öffnen",
        data=lambda: client.original(doc["id"]),
        file_name=file_name(doc.get("filename") or doc["title"]),
        icon=":material/download:",
        on_click="ignore",
    )


def content(doc: Json, marked: str | None) -> None:
    st.subheader("Inhalt")
    previous_path = ""
    for chunk in sorted(doc.get("chunks_list", []), key=lambda chunk: chunk["position"]):
        path = heading_path(chunk.get("heading_path"))
        if path and path != previous_path:
            st.markdown(f"**{md_escape(path)}**")
        previous_path = path
        where = location(chunk)
        if chunk["chunk_id"] == marked:
            with st.container(border=True):
                st.markdown(f":material/location_on: **Fundstelle** {md_escape(where)}")
                st.markdown(chunk["text"])
        else:
            if where:
                st.caption(where)
            st.markdown(chunk["text"])


def edit_form(doc: Json) -> None:
    groups = [group["name"] for group in session.call(session.api().groups) or []]
    current = doc.get("access_groups") or []
    with st.expander("Metadaten und Zugriff bearbeiten"), st.form("edit"):
        title = st.text_input("Titel", doc["title"])
        department = st.text_input("Fachbereich", doc.get("department") or "")
        doc_type = st.text_input("Dokumenttyp", doc.get("doc_type") or "")
        tags = st.text_input(
            "Schlagwörter (durch Komma getrennt)", ", ".join(doc.get("tags") or [])
        )
        access = st.multiselect(
            "Zugriff für Gruppen (leer = alle)",
            sorted(set(groups) | set(current)),
            default=current,
            placeholder="Keine – für alle sichtbar",
        )
        saved = st.form_submit_button("Änderungen speichern", type="primary")
    if saved:
        changes = {
            "title": title.strip(),
            "department": department.strip(),
            "doc_type": doc_type.strip(),
            "tags": csv_list(tags),
            "access_groups": access,
        }
        if session.call(session.api().update_document, doc["id"], changes) is not None:
            st.toast("Änderungen gespeichert.")
            st.rerun()


def delete_section(doc: Json) -> None:
    if not st.session_state.get("confirm_delete"):
        if st.button("Dokument löschen", icon=":material/delete:"):
            st.session_state["confirm_delete"] = True
            st.rerun()
        return
    st.warning(
        f"Soll „{md_escape(doc['title'])}“ wirklich gelöscht werden? "
        "Es verschwindet sofort aus der Suche."
    )
    yes, no = st.columns(2)
    if yes.button("Ja, endgültig löschen", type="primary"):
        st.session_state.pop("confirm_delete", None)
        if session.attempt(session.api().delete_document, doc["id"]):
            st.session_state[DELETED] = doc["title"]
            st.query_params.clear()
            st.rerun()
    if no.button("Abbrechen"):
        st.session_state.pop("confirm_delete", None)
        st.rerun()


me = session.require_login()
st.title("Dokument")
deleted = st.session_state.pop(DELETED, None)
if deleted:
    st.success(f"„{md_escape(deleted)}“ wurde gelöscht.")
document_id = st.query_params.get("id")
if not document_id:
    pick_document()
    st.stop()
doc = session.call(session.api().document, document_id)
if doc is None:
    st.stop()
st.header(md_escape(doc["title"]))
metadata(doc)
if me["role"] in session.EDITING_ROLES:
    edit_form(doc)
    delete_section(doc)
content(doc, st.query_params.get("chunk"))
