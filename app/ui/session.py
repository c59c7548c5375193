"""What every page shares: the session's API client, the logged-in user, German errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import streamlit as st

from app.ui.client import ApiClient, ApiError, Json

DEFAULT_API_URL = "http://127.0.0.1:8000"
API_URL = "api_url"
TOKEN = "token"
ME = "me"
NOTICE = "notice"
HAS_INTERVIEWS = "has_interviews"
EXPIRED = "Ihre Anmeldung ist abgelaufen oder ungültig. Bitte melden Sie sich erneut an."
EDITING_ROLES = ("editor", "admin")
GAP_ROLES = ("editor", "hr", "admin")

T = TypeVar("T")


def configure(api_url: str) -> None:
    """Remember the API's address for this browser session (the first value wins)."""
    st.session_state.setdefault(API_URL, api_url)


def api() -> ApiClient:
    """The API client for this session, with the user's token once logged in."""
    return ApiClient(st.session_state.get(API_URL, DEFAULT_API_URL), st.session_state.get(TOKEN))


def log_in(token: str, me: Json) -> None:
    st.session_state[TOKEN] = token
    st.session_state[ME] = me


def log_out(notice: str | None = None) -> None:
    for key in (TOKEN, ME, HAS_INTERVIEWS):
        st.session_state.pop(key, None)
    if notice:
        st.session_state[NOTICE] = notice


def user() -> Json | None:
    return st.session_state.get(ME)


def role() -> str | None:
    me = user()
    return me["role"] if me else None


def call(action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Run one API call; on failure show its German error, return None (401: to Anmeldung)."""
    try:
        return action(*args, **kwargs)
    except ApiError as error:
        show(error)
        return None


def attempt(action: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
    """Run one API call that returns nothing; True on success, else its German error is shown."""
    try:
        action(*args, **kwargs)
    except ApiError as error:
        show(error)
        return False
    return True


def show(error: ApiError) -> None:
    if error.status == 401:  # the Konto page turns into Anmeldung once logged out
        log_out(EXPIRED)
        st.switch_page("views/anmeldung.py")
    st.error(error.detail)


def has_interviews() -> bool:
    """Whether the user has interviews of their own (asked once per session)."""
    if HAS_INTERVIEWS not in st.session_state:
        try:
            st.session_state[HAS_INTERVIEWS] = bool(api().interviews())
        except ApiError:
            st.session_state[HAS_INTERVIEWS] = False
    return bool(st.session_state[HAS_INTERVIEWS])


def restore_user() -> None:
    """A token without its user (set by a test, or after a reload): ask the API whose it is."""
    if not st.session_state.get(TOKEN) or user() is not None:
        return
    try:
        st.session_state[ME] = api().me()
    except ApiError as error:
        log_out(EXPIRED if error.status == 401 else None)
        if error.status != 401:
            st.error(error.detail)


def require_login() -> Json:
    """The logged-in user; a page shown without a login stops with a hint."""
    me = user()
    if me is None:
        st.info("Bitte melden Sie sich zuerst an.")
        st.stop()
    return me


def require_role(*roles: str) -> Json:
    """The logged-in user holding one of `roles`; otherwise the page stops with a German hint."""
    me = require_login()
    if me["role"] not in roles:
        st.warning("Diese Seite steht Ihrer Rolle nicht zur Verfügung.")
        st.stop()
    return me
