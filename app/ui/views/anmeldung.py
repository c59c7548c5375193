"""Anmeldung: user name and password in, token and role kept in the session; once in, the Konto."""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import ApiClient, ApiError
from app.ui.display import md_escape, role_label
from app.ui.reviews import reviews_section

JUST_LOGGED_IN = "just_logged_in"


def login_form() -> None:
    st.title("Willkommen bei Amtswissen")
    st.write(
        "Das Wissen der Verwaltung an einem Ort. Bitte melden Sie sich mit Ihrem Dienstkonto an."
    )
    notice = st.session_state.pop(session.NOTICE, None)
    if notice:
        st.info(notice)
    with st.form("login"):
        username = st.text_input("Benutzername")
        password = st.text_input("Passwort", type="password")
        submitted = st.form_submit_button("Anmelden", type="primary")
    if not submitted:
        return
    if not username.strip() or not password:
        st.error("Bitte geben Sie Benutzername und Passwort ein.")
        return
    try:
        token = session.api().login(username.strip(), password)
        me = ApiClient(session.api().base_url, token).me()
    except ApiError as error:
        st.error(error.detail)
        return
    session.log_in(token, me)
    st.session_state[JUST_LOGGED_IN] = True
    st.rerun()


def account(me: dict) -> None:
    if st.session_state.pop(JUST_LOGGED_IN, False):
        st.switch_page("views/suche.py")
    st.title("Konto")
    groups = ", ".join(me.get("groups") or []) or "keine"
    st.markdown(
        f"**Benutzername:** {md_escape(me['username'])}  \n"
        f"**Rolle:** {role_label(me['role'])}  \n"
        f"**Gruppen:** {md_escape(groups)}"
    )
    if st.button("Abmelden"):
        session.log_out("Sie haben sich abgemeldet. Bis bald!")
        st.rerun()
    reviews_section()


current = session.user()
if current is None:
    login_form()
else:
    account(current)
