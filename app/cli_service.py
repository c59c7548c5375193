"""`amtswissen serve` (API and UI together), registered on the CLI's typer app by `register(app)`
with `amtswissen users` (app/cli_users.py).

serve exit codes: 0 stopped by Ctrl-C/SIGTERM, 1 the API failed or stopped, 2 bad arguments,
3 the data folder is held by another process, 4 the UI stopped (the API was stopped with it).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer

from app.cli_common import SERVICE_NOTE, DataDir, fail, say, settings_for
from app.db.session import Database
from app.services.auth import ensure_admin
from app.settings import Settings
from search.errors import AmtswissenError, ConfigError, InvalidRequest

UI_MAIN = Path(__file__).resolve().parent / "ui" / "main.py"
EXIT_API, EXIT_UI = 1, 4
READY_SECONDS = 120.0  # model warm-up on a slow machine


@dataclass(frozen=True)
class Endpoints:
    """Where API and UI listen, and the addresses a browser on this machine uses."""

    host: str
    api_port: int
    ui_port: int

    @property
    def browse_host(self) -> str:
        if self.host in ("0.0.0.0", "::", ""):
            return "127.0.0.1"
        return f"[{self.host}]" if ":" in self.host else self.host

    @property
    def api_url(self) -> str:
        return f"http://{self.browse_host}:{self.api_port}"

    @property
    def ui_url(self) -> str:
        return f"http://{self.browse_host}:{self.ui_port}"


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 = every interface (a server).")
    ] = "127.0.0.1",
    api_port: Annotated[int, typer.Option("--api-port", min=1, max=65535)] = 8000,
    ui_port: Annotated[int, typer.Option("--ui-port", min=1, max=65535)] = 8501,
    no_ui: Annotated[bool, typer.Option("--no-ui", help="Start only the API.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Start the API and the German web UI together; Ctrl-C stops both."""
    settings = settings_for(data_dir)
    where = Endpoints(host, api_port, ui_port)
    if not no_ui and not UI_MAIN.is_file():
        raise fail(ConfigError("ui_missing", path=str(UI_MAIN)), False)
    ports = [(api_port, "--api-port")] + ([] if no_ui else [(ui_port, "--ui-port")])
    for port, option in ports:
        if not _port_free(host, port):
            raise fail(InvalidRequest("port_in_use", host=host, port=port, option=option), False, 2)
    services, password = _prepare(settings)
    raise typer.Exit(_run(settings, services, where, password, no_ui))


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _prepare(settings: Settings) -> tuple[Any, str | None]:
    """Take the data folder, migrate, create the first admin, warm the models: every failure
    here is one German line, not a traceback from inside the server."""
    from app.compose import build_services

    try:
        services = build_services(settings)
        services.warm_up(heal=True)  # takes the data folder (edge store) before loading models
        database = Database(settings.database)
        try:
            database.migrate()
            with database.session() as session:
                password = ensure_admin(session, settings)
        finally:
            database.close()
    except AmtswissenError as exc:
        raise fail(exc, False) from exc
    return services, password


def _run(
    settings: Settings, services: Any, where: Endpoints, password: str | None, no_ui: bool
) -> int:
    """Serve until a signal or until one side stops; the exit code says which."""
    import uvicorn

    from app.api.app import create_app

    config = uvicorn.Config(
        create_app(settings, services), host=where.host, port=where.api_port,
        log_level="warning", access_log=False, lifespan="on",
    )  # fmt: skip
    server = uvicorn.Server(config)
    stopped = threading.Event()  # set by Ctrl-C/SIGTERM

    def on_signal(signum: int, _frame: Any) -> None:
        stopped.set()
        server.handle_exit(signum, None)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
    note = _write_note(settings, where)
    ui = None if no_ui else _start_ui(where)
    outcome: dict[str, int] = {}
    watcher = threading.Thread(
        target=_watch, args=(server, ui, where, password, settings, stopped, outcome), daemon=True
    )
    watcher.start()
    try:
        server.run()
    except SystemExit:  # uvicorn exits on a failed start (port taken meanwhile, lifespan error)
        outcome.setdefault("code", EXIT_API)
    finally:
        if ui is not None:
            _stop(ui)
        note.unlink()
    return _exit_code(outcome, stopped.is_set(), server.started)


def _exit_code(outcome: dict[str, int], by_signal: bool, started: bool) -> int:
    if "ui" in outcome:
        say(f"Fehler: die Oberfläche endete (Code {outcome['ui']}); die API wurde gestoppt", True)
        return EXIT_UI
    if by_signal and "code" not in outcome:
        say("Amtswissen beendet.", err=True)
        return 0
    say("Fehler: die API lief nicht an oder endete unerwartet" if not started
        else "Fehler: die API endete unerwartet", err=True)  # fmt: skip
    return outcome.get("code", EXIT_API)


def _write_note(settings: Settings, where: Endpoints) -> ServiceNote:
    """Tell other `amtswissen` calls on this data folder where the service answers (only the
    embedded store has one owner; API processes on a Qdrant server share the folder)."""
    note = ServiceNote(settings.data_dir / SERVICE_NOTE, os.getpid())
    if settings.store == "edge":
        note.path.write_text(json.dumps({"pid": note.pid, "api_url": where.api_url}), "utf-8")
    return note


@dataclass(frozen=True)
class ServiceNote:
    path: Path
    pid: int

    def unlink(self) -> None:
        """Remove the note if it is this process's."""
        try:
            if json.loads(self.path.read_text("utf-8")).get("pid") == self.pid:
                self.path.unlink()
        except (OSError, ValueError, AttributeError):
            pass


def _start_ui(where: Endpoints) -> subprocess.Popen[bytes]:
    """Streamlit in its own session (signals reach it from us, in order), pointed at the API."""
    root = UI_MAIN.parents[2]
    env = {
        **os.environ,
        "AMTSWISSEN_API_URL": where.api_url,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
    }
    command = [
        sys.executable, "-m", "streamlit", "run", str(UI_MAIN),
        "--server.port", str(where.ui_port), "--server.address", where.host,
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    return subprocess.Popen(
        command, cwd=root, env=env, stdout=subprocess.DEVNULL, start_new_session=True
    )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _watch(
    server: Any,
    ui: subprocess.Popen[bytes] | None,
    where: Endpoints,
    password: str | None,
    settings: Settings,
    stopped: threading.Event,
    outcome: dict[str, int],
) -> None:
    """Print the addresses once both answer; stop the API when the UI process ends."""
    announced = False
    deadline = time.monotonic() + READY_SECONDS
    while not server.should_exit:
        if ui is not None and ui.poll() is not None and not stopped.is_set():
            outcome["ui"] = ui.returncode
            server.should_exit = True
            return
        if not announced and (_answers(f"{where.api_url}/health") or time.monotonic() > deadline):
            ui_ready = ui is None or _wait_answer(f"{where.ui_url}/_stcore/health", ui, 60.0)
            _announce(where, password, settings, ui is not None and ui_ready)
            announced = True
        time.sleep(0.2)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def _wait_answer(url: str, process: subprocess.Popen[bytes], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        if _answers(url):
            return True
        time.sleep(0.3)
    return False


def _announce(where: Endpoints, password: str | None, settings: Settings, ui: bool) -> None:
    lines = ["", "Amtswissen läuft."]
    if ui:
        lines.append(f"  Oberfläche:  {where.ui_url}")
    lines.append(f"  API:         {where.api_url}  (Dokumentation: {where.api_url}/docs)")
    if password:
        lines.append(f"  Anmeldung:   admin / {password}")
        lines.append("               (erzeugtes Passwort, nur jetzt angezeigt: bitte notieren)")
    elif settings.admin_password:
        lines.append("  Anmeldung:   admin / Passwort aus AMTSWISSEN_ADMIN_PASSWORD")
    else:
        lines.append("  Anmeldung:   admin / das beim ersten Start angezeigte Passwort")
    lines.append("Beenden mit Strg+C.")
    typer.echo("\n".join(lines))
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    """Add `serve`, `users` and `capture` to the CLI."""
    from app.cli_capture import capture
    from app.cli_users import users

    app.command()(serve)
    app.add_typer(users, name="users")
    app.add_typer(capture, name="capture")
