"""Anmeldung: user name and password in, the token and the user's role kept in the session."""

from __future__ import annotations

import streamlit as st

from app.ui import session
from app.ui.client import ApiClient, ApiError

st.title("Willkommen bei Amtswissen")
st.write("Das Wissen der Verwaltung an einem Ort. Bitte melden Sie sich mit Ihrem Dienstkonto an.")

notice = st.session_state.pop(session.NOTICE, None)
if notice:
    st.info(notice)

with st.form("login"):
    username = st.text_input("Benutzername")
    password = st.text_input("Passwort", type="password")
    submitted = st.form_submit_button("Anmelden", type="primary")

if submitted:
    if not username or not password:
        st.error("Bitte geben Sie Benutzername und Passwort ein.")
    else:
        try:
            token = session.api().login(username.strip(), password)
            me = ApiClient(session.api().base_url, token).me()
        except ApiError as error:
            st.error(error.detail)
        else:
            session.log_in(token, me)
            st.rerun()
