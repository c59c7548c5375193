"""Publishing an interview into search and retracting it: the calls the interview flow makes on
→ veröffentlicht (and after an edit while published) and on → zurückgezogen.

Each non-empty answer is one Markdown document and the attached transcript one more
(`app.services.published_files`), all in the interview's own folder; one pipeline run over that
folder indexes what changed and removes what vanished. A re-publish after an edit therefore
replaces only that answer's document (same file, same document id: search never shows two
versions), and an answer emptied since is removed. The interview-wide fields — type `interview`,
the expert, the department, the access groups chosen at release — are pipeline overrides, so they
beat anything an uploaded transcript says about itself; the store applies the access groups
inside every query.

Crash safety: the folder is copied aside first. If the run fails, or a file cannot be read, the
folder goes back to that copy and the pipeline runs again, so the index shows what it showed
before; the error propagates and the caller, who commits, leaves the interview's status as it
was. Registry rows are written to the caller's session (flushed here, committed there). Should
the process die, or the commit fail, after a run, the index holds documents of an interview the
database does not call published: the start-up hook `withdraw_unpublished` removes them.

>>> publish(state, session, interview, caller)   # then session.commit()
>>> retract(state, session, interview, caller)
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.compose import Services
from app.db.capture_models import Interview
from app.db.models import DocumentRecord, utcnow
from app.db.session import Database
from app.messages import german_text
from app.services import audit, registry
from app.services.auth import Caller
from app.services.published_files import (
    PublishedFolder,
    interview_folder,
    remove,
    restore,
    set_aside,
    sha256,
)
from app.settings import Settings
from ingest.manifest import ManifestEntry
from ingest.report import FileIssue, IngestReport
from search.errors import InvalidRequest, StoreError

log = logging.getLogger("amtswissen.publishing")
PUBLISHED = "veröffentlicht"  # the one status in which an interview's documents are searchable


class CaptureState(Protocol):
    """What publishing needs of the API's state (app.api.deps.AppState has it)."""

    settings: Settings
    db: Database
    services: Services
    write_lock: threading.RLock


def overrides(interview: Interview) -> dict[str, Any]:
    """The fields every document of the interview gets, whatever its file says."""
    fields: dict[str, Any] = {
        "doc_type": "interview",
        "expert": interview.person.name,
        "access_groups": sorted(interview.access_groups),
    }
    if interview.person.department:
        fields["department"] = interview.person.department
    return fields


def _entries(services: Services, folder: Path) -> dict[str, ManifestEntry]:
    """The manifest's entries of the documents indexed from `folder`, by source."""
    return {e.source: e for e in services.manifest.sources_under(os.path.realpath(folder))}


def publish(state: CaptureState, session: Session, interview: Interview, caller: Caller) -> None:
    """Index the interview's answers and transcript as they are now; remove what was emptied."""
    services, folder = state.services, interview_folder(state.settings, interview.id)
    planned = PublishedFolder.of(state.settings, interview)
    with state.write_lock:
        before = _entries(services, folder)
        aside = set_aside(folder)
        try:
            planned.write(folder)
            report = services.pipeline().run([folder], overrides(interview))
            _check(report, folder, interview, planned)
            changed = _register(state, session, interview, planned, before, caller)
            session.flush()
        except BaseException:
            _roll_back(services, folder, aside, before)
            raise
        if aside is not None:
            remove(aside)
    detail = {
        "documents": len(planned.answers) + (planned.transcript is not None),
        "changed": changed,
        "access_groups": sorted(interview.access_groups),
    }
    audit.record(session, caller, "interview_published", f"interview:{interview.id}", detail)


def _check(
    report: IngestReport, folder: Path, interview: Interview, planned: PublishedFolder
) -> None:
    """Refuse a run in which a file of the folder was not indexed, naming it and why."""
    top = os.path.realpath(folder)
    for issue in (*report.failed, *report.skipped, *report.kept):
        if os.path.realpath(issue.path).startswith(top + os.sep):
            raise _failed(interview, planned, issue)


def _failed(interview: Interview, planned: PublishedFolder, issue: FileIssue) -> InvalidRequest:
    name = Path(issue.path).name
    if name == planned.transcript_file:
        name = interview.transcript_name or name
    elif name in planned.answers:
        name = f"Antwort auf „{planned.answers[name][0].question.text}“"
    detail = german_text(issue.code, issue.params)
    return InvalidRequest("interview_publish_failed", id=interview.id, name=name, detail=detail)


def _roll_back(
    services: Services, folder: Path, aside: Path | None, before: Mapping[str, ManifestEntry]
) -> None:
    """Put the folder back as it was and index it so (best effort: the original error counts)."""
    try:
        restore(folder, aside)
        previous = next(iter(before.values())).overrides if before else {}
        services.pipeline().run([folder], previous)
    except Exception:
        log.exception("Veröffentlichung von %s nicht zurückgenommen", folder)


def _register(
    state: CaptureState,
    session: Session,
    interview: Interview,
    planned: PublishedFolder,
    before: Mapping[str, ManifestEntry],
    caller: Caller,
) -> int:
    """Registry rows and document ids after the run; how many documents are new or changed."""
    folder = interview_folder(state.settings, interview.id)
    after = _entries(state.services, folder)
    owner = interview.person.user_id or caller.id
    changed = 0
    for answer in interview.answers:
        answer.document_id = answer.published_sha256 = None
    for name, (answer, content) in planned.answers.items():
        entry = after[os.path.realpath(folder / name)]
        changed += _record(state, session, entry, before, owner, None)
        answer.document_id, answer.published_sha256 = entry.document_id, sha256(content)
    interview.transcript_document_id = None
    if planned.transcript is not None:
        entry = after[os.path.realpath(folder / planned.transcript_file)]
        original = _transcript_original(state.settings, interview, folder / planned.transcript_file)
        changed += _record(state, session, entry, before, owner, original)
        interview.transcript_document_id = entry.document_id
    for source, entry in before.items():
        row = session.get(DocumentRecord, entry.document_id) if source not in after else None
        if row is not None:
            session.delete(row)
    return changed


def _record(
    state: CaptureState,
    session: Session,
    entry: ManifestEntry,
    before: Mapping[str, ManifestEntry],
    owner: int,
    original: registry.Original | None,
) -> int:
    """Register a document that is new or changed (1) — a re-publish that changed nothing else
    leaves its row, and with it the review clock, alone (0). Released means reviewed."""
    old = before.get(entry.source)
    row = session.get(DocumentRecord, entry.document_id)
    if row is not None and old is not None and old.content_hash == entry.content_hash:
        return 0
    meta = registry.first_chunk_meta(state.services.store, entry.document_id)
    if meta is None:  # the run said it indexed the file; an empty store contradicts it
        raise StoreError("published_document_missing", source=entry.source)
    row = registry.record(
        session, entry.document_id, entry.source, meta, entry.chunks, owner, original
    )
    row.reviewed_at = utcnow()
    return 1


def _transcript_original(settings: Settings, interview: Interview, copy: Path) -> registry.Original:
    """The published copy as the document's original, downloaded under the uploaded name."""
    data_dir = settings.data_dir.resolve()
    relative = copy.resolve().relative_to(data_dir).as_posix()
    name = interview.transcript_name or copy.name
    digest = interview.transcript_sha256 or sha256(copy.read_bytes())
    return registry.Original(relative, name, digest, copy.stat().st_size)


def retract(state: CaptureState, session: Session, interview: Interview, caller: Caller) -> None:
    """Remove every document of the interview from search at once, then manifest, files and
    registry rows; the document ids are cleared."""
    services, folder = state.services, interview_folder(state.settings, interview.id)
    with state.write_lock:
        entries = _entries(services, folder)
        known = {a.document_id for a in interview.answers} | {interview.transcript_document_id}
        ids = sorted({e.document_id for e in entries.values()} | {i for i in known if i})
        services.store.delete_documents(ids)
        for source in entries:
            services.manifest.remove(source)
        remove(folder)
        for document_id in ids:
            row = session.get(DocumentRecord, document_id)
            if row is not None:
                session.delete(row)
        for answer in interview.answers:
            answer.document_id = answer.published_sha256 = None
        interview.transcript_document_id = None
        session.flush()
    detail = {"documents": len(ids)}
    audit.record(session, caller, "interview_retracted", f"interview:{interview.id}", detail)


def withdraw_unpublished(state: CaptureState) -> None:
    """Start-up hook: documents indexed from the folder of an interview that is not published
    (a publish cut off before its commit, an interview deleted) leave the index, manifest,
    registry and disk; left-over copies of folders set aside go too."""
    root = state.settings.data_dir / "interviews"
    if not root.is_dir():
        return
    services = state.services
    with state.write_lock, state.db.session() as session:
        published = _published_ids(session)
        top = os.path.realpath(root)
        stale = [
            entry
            for entry in services.manifest.sources_under(top)
            if Path(os.path.relpath(entry.source, top)).parts[0] not in published
        ]
        services.store.delete_documents(sorted({e.document_id for e in stale}))
        for entry in stale:
            services.manifest.remove(entry.source)
            row = session.get(DocumentRecord, entry.document_id)
            if row is not None:
                session.delete(row)
        for folder in root.iterdir():
            if folder.name not in published:
                remove(folder)
    if stale:
        log.warning("%d Dokumente unveröffentlichter Interviews entfernt", len(stale))


def _published_ids(session: Session) -> set[str]:
    """The ids of the published interviews, as their folders are named."""
    rows = session.scalars(select(Interview.id).where(Interview.status == PUBLISHED))
    return {str(interview_id) for interview_id in rows}
