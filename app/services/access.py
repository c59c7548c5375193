"""Who may see what: the one place the access rule lives.

A document with no access groups is public; otherwise a user sees it when they share at least
one group with it. The rule holds for every role, admins included (an admin administers users
and may delete any document, but reads only what their groups allow — personnel files stay
with the personnel office). The rule is handed to the store as a filter inside the query,
never applied to results afterwards.

>>> can_see(Caller(1, "anna", "reader", ("personalamt",)), ("personalamt", "hr"))
True
>>> can_see(Caller(1, "anna", "reader", ()), ("personalamt",))
False
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.services.auth import Caller
from search.types import SearchFilter


def can_see(caller: Caller, access_groups: Sequence[str]) -> bool:
    return not access_groups or bool(set(access_groups) & set(caller.groups))


def store_filter(caller: Caller, base: SearchFilter | None = None) -> SearchFilter:
    """`base` restricted to what the caller may see, for the store to apply inside its query."""
    return replace(base or SearchFilter(), access_groups=tuple(caller.groups))


def can_edit(caller: Caller, access_groups: Sequence[str], owner_id: int | None) -> bool:
    """Editors change documents they own or share a group with (public ones: any editor);
    admins change every document."""
    if caller.is_admin:
        return True
    if caller.role != "editor":
        return False
    return owner_id == caller.id or can_see(caller, access_groups)
