"""The Streamlit entry point: only the navigation, by the logged-in user's role.

streamlit run app/ui/main.py   # AMTSWISSEN_API_URL names the API, default http://127.0.0.1:8000
"""

from __future__ import annotations

import os

import streamlit as st

from app.ui import session
from app.ui.display import role_label

# file, title, icon, roles that see it (None: every logged-in user)
PAGES: list[tuple[str, str, str, tuple[str, ...] | None]] = [
    ("pages/suche.py", "Suche", "🔎", None),
    ("pages/dokument.py", "Dokument", "📄", None),
    ("pages/einarbeitung.py", "Einarbeitung", "🧭", None),
    ("pages/hochladen.py", "Hochladen", "📤", session.EDITING_ROLES),
    ("pages/wissensluecken.py", "Wissenslücken", "🕳️", session.GAP_ROLES),
    ("pages/verwaltung.py", "Verwaltung", "⚙️", ("admin",)),
]


def pages_for(role: str | None) -> list[st.Page]:
    """The pages a role may open; before login only Anmeldung."""
    if role is None:
        return [st.Page("pages/anmeldung.py", title="Anmeldung", icon="🔑", default=True)]
    return [
        st.Page(path, title=title, icon=icon, default=index == 0)
        for index, (path, title, icon, roles) in enumerate(PAGES)
        if roles is None or role in roles
    ]


def account_sidebar() -> None:
    me = session.user()
    if me is None:
        return
    st.sidebar.caption(f"Angemeldet als **{me['username']}** ({role_label(me['role'])})")
    if st.sidebar.button("Abmelden", key="logout"):
        session.log_out("Sie haben sich abgemeldet.")
        st.rerun()


st.set_page_config(page_title="Amtswissen", page_icon="📚", layout="wide")
session.configure(os.environ.get("AMTSWISSEN_API_URL", session.DEFAULT_API_URL))
if st.session_state.get(session.TOKEN) and session.user() is None:
    me = session.call(session.api().me)
    if me is not None:
        session.log_in(st.session_state[session.TOKEN], me)
account_sidebar()
st.navigation(pages_for(session.role())).run()
