"""`amtswissen capture load`: sample knowledge-capture data (people, knowledge areas, interviews)
into the database, published interviews into the index.

It owns the data folder while it runs, like `ingest`; `make run` calls it after indexing corpus/.

>>> amtswissen capture load corpus/wissenssicherung
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select

from app.cli_common import DataDir, JsonFlag, emit, fail, open_services, say
from app.compose import Services
from app.db.models import User
from app.db.session import Database
from app.services.auth import Caller, ensure_admin
from app.settings import Settings
from search.errors import AmtswissenError

capture = typer.Typer(help="Knowledge capture: sample data.", no_args_is_help=True)


@dataclass
class _State:
    """What publishing needs: the data folder's services, the database and a write lock."""

    settings: Settings
    db: Database
    services: Services
    write_lock: threading.RLock = field(default_factory=threading.RLock)


def _admin(db: Database, settings: Settings) -> Caller:
    """The first admin, on whose behalf samples are recorded (made first on a fresh database)."""
    with db.session() as session:
        password = ensure_admin(session, settings)
        user = session.scalars(select(User).where(User.role == "admin").order_by(User.id)).first()
        if user is None:  # ensure_admin always leaves one
            raise RuntimeError("no admin")
        caller = Caller(user.id, user.username, user.role, tuple(g.name for g in user.groups))
    if password:
        say(f"Erster Start: Benutzer 'admin', Passwort: {password} (nur jetzt angezeigt)", err=True)
    return caller


@capture.command("load")
def load(
    paths: Annotated[list[Path], typer.Argument(help="*.capture.yaml files or folders.")],
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Folder the sample's document paths are under.")
    ] = Path("corpus"),
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Load sample people, knowledge areas and interviews (people already present are kept)."""
    from app.services import capture_samples  # the capture services, only when loading

    with open_services(data_dir, as_json) as services:
        db = Database(services.settings.database)
        try:
            db.migrate()
            caller = _admin(db, services.settings)
            state = _State(services.settings, db, services)
            loaded = capture_samples.load_samples(state, paths, corpus, caller)
        except AmtswissenError as exc:
            raise fail(exc, as_json) from exc
        finally:
            db.close()
    if as_json:
        emit(capture_samples.as_json(loaded))
        return
    say(
        f"Wissenssicherung: {loaded.people} Personen, {loaded.areas} Wissensgebiete, "
        f"{loaded.interviews} Interviews geladen ({loaded.published} veröffentlicht)"
    )
