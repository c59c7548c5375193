"""The Streamlit entry point: only the navigation, by the logged-in user's role.

streamlit run app/ui/main.py   # AMTSWISSEN_API_URL names the API, default http://127.0.0.1:8000
"""

from __future__ import annotations

import os

import streamlit as st

from app.ui import session
from app.ui.display import role_label

MANAGERS = ("hr", "admin")
EXPERT = "expert"  # a pseudo-role: someone with interviews of their own, whatever their role
# section, file, title, icon, roles that see it (None: every logged-in user)
PAGES: list[tuple[str, str, str, str, tuple[str, ...] | None]] = [
    ("Wissen finden", "views/suche.py", "Suche", ":material/search:", None),
    ("Wissen finden", "views/wer_weiss_was.py", "Wer weiß was", ":material/groups:", None),
    ("Wissen finden", "views/dokument.py", "Dokument", ":material/description:", None),
    ("Wissen finden", "views/einarbeitung.py", "Einarbeitung", ":material/school:", None),
    (
        "Wissen sichern",
        "views/wissen_sichern.py",
        "Wissen sichern",
        ":material/record_voice_over:",
        (*MANAGERS, EXPERT),
    ),
    ("Wissen sichern", "views/risiko.py", "Risiko-Übersicht", ":material/warning:", MANAGERS),
    ("Wissen sichern", "views/sicherungsplan.py", "Sicherungsplan", ":material/event:", MANAGERS),
    (
        "Pflege",
        "views/hochladen.py",
        "Hochladen",
        ":material/upload_file:",
        session.EDITING_ROLES,
    ),
    (
        "Pflege",
        "views/wissensluecken.py",
        "Wissenslücken",
        ":material/help_center:",
        session.GAP_ROLES,
    ),
    ("Pflege", "views/verwaltung.py", "Verwaltung", ":material/settings:", ("admin",)),
]


def pages_for(role: str | None, expert: bool = False) -> dict[str, list[st.Page]]:
    """The pages a role may open, by section; before login only Anmeldung, afterwards Konto.

    `expert`: the user has interviews of their own, so Wissen sichern shows them.
    """
    login = st.Page("views/anmeldung.py", title="Anmeldung", icon=":material/login:", default=True)
    if role is None:
        return {"": [login]}
    roles = {role, EXPERT} if expert else {role}
    sections: dict[str, list[st.Page]] = {}
    for section, path, title, icon, allowed in PAGES:
        if allowed is None or roles & set(allowed):
            page = st.Page(path, title=title, icon=icon, default=not sections)
            sections.setdefault(section, []).append(page)
    konto = st.Page("views/anmeldung.py", title="Konto", icon=":material/person:")
    sections.setdefault("Konto", []).append(konto)
    return sections


def account_caption() -> None:
    me = session.user()
    if me is not None:
        st.sidebar.caption(f"Angemeldet als **{me['username']}** ({role_label(me['role'])})")


st.set_page_config(page_title="Amtswissen", page_icon=":material/menu_book:", layout="wide")
session.configure(os.environ.get("AMTSWISSEN_API_URL", session.DEFAULT_API_URL))
session.restore_user()
account_caption()
role = session.role()
expert = role is not None and role not in MANAGERS and session.has_interviews()
st.navigation(pages_for(role, expert)).run()
