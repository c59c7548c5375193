"""A throwaway PostgreSQL cluster for one test session: initdb in a temp dir, a free port, trust auth.

    with running_cluster() as cluster:
        url = cluster.url(cluster.create_database())

PostgreSQL refuses to run as root, so under root (CI) the server binaries run as the `postgres`
user that Debian's package creates, and the temp dir is handed to it.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

INSTALL_ROOT = Path("/usr/lib/postgresql")
SUPERUSER = "postgres"
HOST = "127.0.0.1"
START_ATTEMPTS = 3
# a throwaway cluster needs no durability; this keeps initdb and CREATE DATABASE fast
SERVER_OPTIONS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class PostgresUnavailable(RuntimeError):
    """The test cluster could not be set up; the message says what to do."""


@dataclass(frozen=True)
class Cluster:
    """A running cluster; `url(name)` is the SQLAlchemy URL of one of its databases."""

    data_dir: Path
    port: int

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@{HOST}:{self.port}/{database}"

    def connect(self) -> psycopg.Connection:
        return psycopg.connect(
            host=HOST, port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        )

    def create_database(self) -> str:
        name = f"test_{uuid.uuid4().hex[:12]}"
        with self.connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def drop_database(self, name: str) -> None:
        # FORCE: an engine a test forgot to dispose must not keep the database alive
        with self.connect() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def bin_dir() -> Path:
    """The newest installed server's bin dir, e.g. /usr/lib/postgresql/15/bin."""
    found = [
        p.parent
        for p in INSTALL_ROOT.glob("*/bin/pg_ctl")
        if re.fullmatch(r"\d+", p.parent.parent.name)
    ]
    if not found:
        raise PostgresUnavailable(
            f"no PostgreSQL server under {INSTALL_ROOT}: install the Debian package `postgresql` "
            "(make system-deps, as root)"
        )
    return max(found, key=lambda p: int(p.parent.name))


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", SUPERUSER, "--", *args] if os.geteuid() == 0 else args


def _run(args: list[str], cwd: Path) -> None:
    # cwd: the server user may not be allowed into the caller's working directory
    done = subprocess.run(
        _as_server_user(args), cwd=cwd, capture_output=True, text=True, timeout=60
    )
    if done.returncode != 0:
        raise PostgresUnavailable(
            f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
        )


def _make_base() -> Path:
    base = Path(tempfile.mkdtemp(prefix="amtswissen-pg-"))
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam(SUPERUSER)
        except KeyError:
            shutil.rmtree(base)
            raise PostgresUnavailable(
                f"running as root, but there is no `{SUPERUSER}` user to run the server as "
                "(it comes with the Debian package `postgresql`)"
            ) from None
        os.chown(base, owner.pw_uid, owner.pw_gid)
    return base


def _start(bins: Path, base: Path, data: Path) -> int:
    log = base / "server.log"
    last = ""
    for _ in range(START_ATTEMPTS):  # another process may take the free port before we bind it
        port = free_port()
        options = [f"-c listen_addresses={HOST}", f"-p {port}", f"-k {base}"]
        options += [f"-c {option}" for option in SERVER_OPTIONS]
        args = [str(bins / "pg_ctl"), "start", "-w", "-t", "30", "-D", str(data), "-l", str(log)]
        try:
            _run([*args, "-o", " ".join(options)], cwd=base)
            return port
        except PostgresUnavailable as err:
            last = f"{err}\n{log.read_text(errors='replace') if log.exists() else ''}"
    raise PostgresUnavailable(f"the test PostgreSQL did not start: {last.strip()}")


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    """Start a fresh cluster; stop it and delete its files on exit, also after an error."""
    bins = bin_dir()
    base = _make_base()
    data = base / "data"
    try:
        init = [str(bins / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust"]
        _run([*init, "-E", "UTF8", "--locale=C", "--no-sync"], cwd=base)
        yield Cluster(data_dir=data, port=_start(bins, base, data))
    finally:
        try:
            if (data / "postmaster.pid").exists():  # also a server whose start timed out
                _run(
                    [str(bins / "pg_ctl"), "stop", "-w", "-m", "immediate", "-D", str(data)],
                    cwd=base,
                )
        finally:
            shutil.rmtree(base, ignore_errors=True)
