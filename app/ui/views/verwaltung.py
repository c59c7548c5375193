"""Verwaltung (admin): users, groups, own API tokens, index statistics and the audit log."""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import Json
from app.ui.display import ROLES, doc_type_label, role_label

AUDIT_PAGE = 50


def user_table(users: list[Json]) -> None:
    st.dataframe(
        [
            {
                "Benutzername": user["username"],
                "Rolle": role_label(user["role"]),
                "Gruppen": ", ".join(user.get("groups") or []),
                "Aktiv": "ja" if user.get("active", True) else "nein",
                "Angelegt": str(user.get("created_at") or "")[:10],
            }
            for user in users
        ],
        hide_index=True,
    )


def create_user(groups: list[str]) -> None:
    with st.expander("Neuen Benutzer anlegen"), st.form("new-user", clear_on_submit=True):
        username = st.text_input("Benutzername")
        password = st.text_input("Erstes Passwort", type="password")
        role = st.selectbox("Rolle", list(ROLES), format_func=role_label)
        member_of = st.multiselect("Gruppen", groups, placeholder="Keine")
        created = st.form_submit_button("Anlegen", type="primary")
    if created:
        if not username.strip() or not password:
            st.error("Bitte Benutzername und Passwort angeben.")
        elif session.call(session.api().create_user, username.strip(), password, role, member_of):
            st.success(f"Benutzer „{username.strip()}“ wurde angelegt.")


def edit_user(users: list[Json], groups: list[str]) -> None:
    by_id = {user["id"]: user for user in users}
    with st.expander("Benutzer bearbeiten"):
        chosen = st.selectbox(
            "Benutzer", list(by_id), format_func=lambda key: by_id[key]["username"]
        )
        if chosen is None:
            return
        user = by_id[chosen]
        with st.form(f"edit-user-{chosen}"):
            role = st.selectbox(
                "Rolle", list(ROLES), index=list(ROLES).index(user["role"]), format_func=role_label
            )
            member_of = st.multiselect(
                "Gruppen",
                sorted(set(groups) | set(user["groups"])),
                default=user["groups"],
                placeholder="Keine",
            )
            active = st.checkbox("Aktiv", value=user.get("active", True))
            password = st.text_input("Neues Passwort (leer lassen = unverändert)", type="password")
            saved = st.form_submit_button("Speichern", type="primary")
    if saved:
        changes: Json = {"role": role, "groups": member_of, "active": active}
        if password:
            changes["password"] = password
        if session.call(session.api().update_user, chosen, changes):
            st.success(f"Benutzer „{user['username']}“ wurde gespeichert.")


def users_tab() -> None:
    groups = [group["name"] for group in session.call(session.api().groups) or []]
    create_user(groups)
    users = session.call(session.api().users) or []
    edit_user(users, groups)
    user_table(users)


def groups_tab() -> None:
    with st.form("new-group", clear_on_submit=True):
        name = st.text_input("Name der neuen Gruppe")
        description = st.text_input("Beschreibung")
        created = st.form_submit_button("Gruppe anlegen")
    if created:
        if not name.strip():
            st.error("Bitte geben Sie einen Namen für die Gruppe an.")
        elif session.call(session.api().create_group, name.strip(), description.strip()):
            st.success(f"Gruppe „{name.strip()}“ wurde angelegt.")
    groups = session.call(session.api().groups) or []
    st.dataframe(
        [
            {
                "Gruppe": g["name"],
                "Beschreibung": g.get("description") or "",
                "Mitglieder": members(g),
            }
            for g in groups
        ],
        hide_index=True,
    )


def members(group: Json) -> str:
    value = group.get("members")
    return ", ".join(value) if isinstance(value, list) else str(value or 0)


def tokens_tab() -> None:
    st.write("API-Tokens erlauben anderen Programmen den Zugriff in Ihrem Namen.")
    with st.form("new-token", clear_on_submit=True):
        name = st.text_input("Wofür ist das Token?", placeholder="z. B. Fachverfahren Anbindung")
        days = st.number_input("Gültig für Tage", min_value=1, max_value=730, value=90)
        created = st.form_submit_button("Token erzeugen")
    if created:
        token = session.call(session.api().create_token, name.strip() or "API-Token", int(days))
        if token:
            st.warning("Kopieren Sie das Token jetzt – es wird nur dieses eine Mal angezeigt.")
            st.code(token["token"], language=None)
    tokens = session.call(session.api().tokens) or []
    if not tokens:
        st.caption("Sie haben noch keine Tokens.")
        return
    st.dataframe(
        [
            {
                "Name": t["name"],
                "Erstellt": str(t.get("created_at") or "")[:16],
                "Läuft ab": str(t.get("expires_at") or "")[:10],
                "Zuletzt benutzt": str(t.get("last_used_at") or "nie")[:16],
            }
            for t in tokens
        ],
        hide_index=True,
    )
    by_id = {t["id"]: t["name"] for t in tokens}
    revoke = st.selectbox(
        "Token widerrufen", list(by_id), index=None, format_func=lambda key: by_id[key]
    )
    clicked = revoke is not None and st.button("Widerrufen", type="primary")
    if clicked and session.attempt(session.api().revoke_token, revoke):
        st.toast(f"Das Token „{by_id[revoke]}“ wurde widerrufen.")
        st.rerun()


def index_tab() -> None:
    stats = session.call(session.api().stats)
    if stats is None:
        return
    left, right = st.columns(2)
    left.metric("Dokumente", stats.get("documents", 0))
    right.metric("Abschnitte im Index", stats.get("chunks", 0))
    by_department = stats.get("by_department", {})
    by_doc_type = {
        doc_type_label(key): value for key, value in stats.get("by_doc_type", {}).items()
    }
    if by_department:
        st.markdown("**Dokumente je Fachbereich**")
        st.bar_chart(
            {"Fachbereich": list(by_department), "Dokumente": list(by_department.values())},
            x="Fachbereich",
            y="Dokumente",
            horizontal=True,
        )
    if by_doc_type:
        st.markdown("**Dokumente je Dokumenttyp**")
        st.bar_chart(
            {"Dokumenttyp": list(by_doc_type), "Dokumente": list(by_doc_type.values())},
            x="Dokumenttyp",
            y="Dokumente",
            horizontal=True,
        )


def audit_tab() -> None:
    page = st.number_input("Seite", min_value=1, value=1, step=1, key="audit-page")
    log = session.call(session.api().audit, AUDIT_PAGE, (int(page) - 1) * AUDIT_PAGE)
    if log is None:
        return
    total = log.get("total", 0)
    pages = max(1, -(-total // AUDIT_PAGE))
    st.caption(f"Seite {int(page)} von {pages} · {total} Einträge insgesamt")
    st.dataframe(
        [
            {
                "Zeitpunkt": str(event.get("at") or "")[:19].replace("T", " "),
                "Benutzer": event.get("username") or "–",
                "Aktion": event.get("action") or "",
                "Ziel": event.get("target") or "",
                "Details": event.get("detail")
                if isinstance(event.get("detail"), str)
                else str(event.get("detail") or ""),
            }
            for event in log.get("events", [])
        ],
        hide_index=True,
    )


session.require_role("admin")
st.title("Verwaltung")
tabs = st.tabs(["Benutzer", "Gruppen", "API-Tokens", "Index", "Protokoll"])
for tab, render in zip(
    tabs, (users_tab, groups_tab, tokens_tab, index_tab, audit_tab), strict=True
):
    with tab:
        render()
