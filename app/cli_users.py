"""`amtswissen users add/list`: accounts straight on the database, for admins on the server.

They never touch the index, so they work while `amtswissen serve` runs.

>>> echo "$PASSWORT" | amtswissen users add anna --role editor --group Bauamt --password-stdin
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from app.cli_common import DataDir, JsonFlag, emit, fail, say, settings_for
from app.db.models import User
from app.db.session import Database
from app.services.auth import ensure_admin
from app.services.users import create_user, list_users
from app.settings import Settings
from search.errors import AmtswissenError, InvalidRequest

users = typer.Typer(
    help="Accounts, straight on the database (for admins on the server; works while the "
    "service runs).",
    no_args_is_help=True,
)


def _database(settings: Settings, as_json: bool) -> Database:
    """The migrated database; on a fresh one the first `admin` is made first, as `serve` would
    (a user added before the first start must not leave the service without an admin)."""
    database = Database(settings.database)
    try:
        database.migrate()
        with database.session() as session:
            password = ensure_admin(session, settings)
    except AmtswissenError as exc:
        raise fail(exc, as_json) from exc
    if password:
        say(f"Erster Start: Benutzer 'admin', Passwort: {password} (nur jetzt angezeigt)", err=True)
    return database


def _user_json(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "role": user.role,
        "groups": sorted(g.name for g in user.groups),
        "active": user.active,
        "created_at": user.created_at.isoformat(),
    }


def _read_password(from_stdin: bool) -> str:
    """The new password: the first line of stdin, or asked twice, hidden, on a terminal."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise typer.BadParameter(
            "kein Terminal für die Passwortabfrage: --password-stdin verwenden",
            param_hint="--password-stdin",
        )
    return str(typer.prompt("Passwort", hide_input=True, confirmation_prompt="Wiederholen"))


@users.command("add")
def add_user(
    name: Annotated[str, typer.Argument(help="User name (login).")],
    role: Annotated[str, typer.Option("--role", help="reader, editor, hr or admin.")],
    group: Annotated[
        list[str] | None, typer.Option("--group", help="Group (repeatable; made if new).")
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin's first line.")
    ] = False,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Create a user (audited as done on the command line)."""
    password = _read_password(password_stdin)
    database = _database(settings_for(data_dir), as_json)
    try:
        with database.session() as session:
            user = create_user(session, None, name, password, role, group or (), True)
            shown = _user_json(user)
    except AmtswissenError as exc:
        raise fail(exc, as_json, 2 if isinstance(exc, InvalidRequest) else 1) from exc
    finally:
        database.close()
    if as_json:
        emit(shown)
        return
    groups = ", ".join(shown["groups"]) or "keine"
    say(f"Benutzer {shown['username']} angelegt (Rolle {shown['role']}, Gruppen: {groups})")


@users.command("list")
def list_all(data_dir: DataDir = None, as_json: JsonFlag = False) -> None:
    """List the users with role, groups and whether they are active."""
    database = _database(settings_for(data_dir), as_json)
    try:
        with database.session() as session:
            shown = [_user_json(u) for u in list_users(session)]
    finally:
        database.close()
    if as_json:
        emit({"users": shown})
        return
    for user in shown:
        state = "aktiv" if user["active"] else "gesperrt"
        groups = ", ".join(user["groups"]) or "-"
        say(f"{user['username']:<24} {user['role']:<7} {state:<9} Gruppen: {groups}")
