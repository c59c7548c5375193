"""Users and groups, administered by admins; every change goes into the audit log."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import ApiToken, Group, User
from app.services import audit
from app.services.auth import ROLES, Caller, hash_password
from search.errors import Conflict, InvalidRequest, NotFound

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$")
# letters incl. umlauts, digits, space, dot, dash, underscore; no comma (`access` lists use it)
GROUP_NAME = re.compile(r"^[^\W_][\w .-]{0,63}$")


@dataclass(frozen=True)
class UserChange:
    password: str | None = None
    role: str | None = None
    groups: Sequence[str] | None = None
    active: bool | None = None


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidRequest("role_unknown", field="role", role=role, roles=", ".join(ROLES))
    return role


def check_group_name(name: str) -> str:
    name = name.strip()
    if not GROUP_NAME.match(name):
        raise InvalidRequest("group_name_invalid", field="name", name=name[:80])
    return name


def find_groups(session: Session, names: Sequence[str], create: bool = False) -> list[Group]:
    """The groups named; unknown names are an error (a typo must not invent a group)."""
    wanted = list(dict.fromkeys(check_group_name(n) for n in names if n.strip()))
    found = {g.name: g for g in session.scalars(select(Group).where(Group.name.in_(wanted)))}
    missing = [n for n in wanted if n not in found]
    if missing and not create:
        raise InvalidRequest("group_unknown", field="groups", groups=", ".join(missing))
    for name in missing:
        found[name] = Group(name=name)
        session.add(found[name])
    return [found[n] for n in wanted]


def create_user(
    session: Session,
    actor: Caller | None,
    username: str,
    password: str,
    role: str,
    groups: Sequence[str] = (),
    create_groups: bool = False,
) -> User:
    username = username.strip()
    if not USERNAME.match(username):
        raise InvalidRequest("username_invalid", field="username", name=username[:80])
    if session.scalar(select(User.id).where(User.username == username)):
        raise Conflict("user_exists", name=username)
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=check_role(role),
        groups=find_groups(session, groups, create_groups),
    )
    session.add(user)
    session.flush()
    audit.record(
        session, actor, "user_created", f"user:{user.id}", {"username": username, "role": role}
    )
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("user_not_found", id=user_id)
    return user


def _other_active_admins(session: Session, user: User) -> int:
    return (
        session.scalar(
            select(func.count()).where(User.role == "admin", User.active, User.id != user.id)
        )
        or 0
    )


def update_user(session: Session, actor: Caller, user_id: int, change: UserChange) -> User:
    user = get_user(session, user_id)
    detail: dict[str, object] = {}
    loses_admin = (change.role not in (None, "admin")) or change.active is False
    if user.role == "admin" and loses_admin and not _other_active_admins(session, user):
        raise Conflict("last_admin", name=user.username)
    if change.password is not None:
        user.password_hash = hash_password(change.password)
        detail["password"] = "changed"
        _end_sessions(session, user)
    if change.role is not None:
        detail["role"] = [user.role, check_role(change.role)]
        user.role = change.role
    if change.groups is not None:
        groups = find_groups(session, change.groups)
        detail["groups"] = [[g.name for g in user.groups], [g.name for g in groups]]
        user.groups = groups
    if change.active is not None:
        detail["active"] = change.active
        user.active = change.active
    audit.record(session, actor, "user_changed", f"user:{user.id}", detail)
    return user


def _end_sessions(session: Session, user: User) -> None:
    for token in session.scalars(
        select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.kind == "session")
    ):
        session.delete(token)


def delete_user(session: Session, actor: Caller, user_id: int) -> None:
    user = get_user(session, user_id)
    if user.id == actor.id:
        raise Conflict("delete_self")
    if user.role == "admin" and not _other_active_admins(session, user):
        raise Conflict("last_admin", name=user.username)
    audit.record(session, actor, "user_deleted", f"user:{user.id}", {"username": user.username})
    session.delete(user)


def list_groups(session: Session) -> list[Group]:
    return list(session.scalars(select(Group).order_by(Group.name)))


def create_group(session: Session, actor: Caller, name: str, description: str = "") -> Group:
    name = check_group_name(name)
    if session.scalar(select(Group.id).where(Group.name == name)):
        raise Conflict("group_exists", name=name)
    group = Group(name=name, description=description.strip())
    session.add(group)
    session.flush()
    audit.record(session, actor, "group_created", f"group:{group.id}", {"name": name})
    return group
