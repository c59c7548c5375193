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
    ("views/suche.py", "Suche", ":material/search:", None),
    ("views/dokument.py", "Dokument", ":material/description:", None),
    ("views/einarbeitung.py", "Einarbeitung", ":material/school:", None),
    ("views/hochladen.py", "Hochladen", ":material/upload_file:", session.EDITING_ROLES),
    ("views/wissensluecken.py", "Wissenslücken", ":material/help_center:", session.GAP_ROLES),
    ("views/verwaltung.py", "Verwaltung", ":material/settings:", ("admin",)),
]


def pages_for(role: str | None) -> list[st.Page]:
    """The pages a role may open; before login only Anmeldung, afterwards it is the Konto page."""
    if role is None:
        return [
            st.Page("views/anmeldung.py", title="Anmeldung", icon=":material/login:", default=True)
        ]
    allowed = [
        st.Page(path, title=title, icon=icon, default=index == 0)
        for index, (path, title, icon, roles) in enumerate(PAGES)
        if roles is None or role in roles
    ]
    return [*allowed, st.Page("views/anmeldung.py", title="Konto", icon=":material/person:")]


def account_caption() -> None:
    me = session.user()
    if me is not None:
        st.sidebar.caption(f"Angemeldet als **{me['username']}** ({role_label(me['role'])})")


st.set_page_config(page_title="Amtswissen", page_icon=":material/menu_book:", layout="wide")
session.configure(os.environ.get("AMTSWISSEN_API_URL", session.DEFAULT_API_URL))
session.restore_user()
account_caption()
st.navigation(pages_for(session.role())).run()
