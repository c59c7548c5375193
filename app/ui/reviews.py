"""Stand prüfen: the logged-in owner's documents overdue for review, each confirmed with a click
(HR and admins see everyone's)."""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import Json
from app.ui.display import german_date, md_escape


def review_row(item: Json) -> None:
    text_col, button_col = st.columns([4, 1], vertical_alignment="center")
    owner = f" · verantwortlich: {md_escape(item['owner'])}" if item.get("owner") else ""
    text_col.page_link(
        "views/dokument.py",
        label=item["title"],
        icon=":material/description:",
        query_params={"id": item["id"]},
    )
    text_col.caption(f"Prüfung fällig seit {german_date(item['due_on'])}{owner}")
    clicked = button_col.button("Stand bestätigen", key=f"reviewed-{item['id']}")
    if clicked and session.call(session.api().mark_reviewed, item["id"]) is not None:
        st.toast(f"„{item['title']}“ ist wieder aktuell.")
        st.rerun()


def reviews_section() -> None:
    st.subheader("Stand prüfen")
    items = session.call(session.api().reviews)
    if items is None:
        return
    if not items:
        st.caption("Keine Ihrer Dokumente müssen gerade geprüft werden.")
        return
    st.write(
        "Diese Inhalte sind länger nicht geprüft worden. Stimmen sie noch? Dann bestätigen Sie "
        "den Stand – sonst bearbeiten Sie das Dokument."
    )
    for item in items:
        review_row(item)
