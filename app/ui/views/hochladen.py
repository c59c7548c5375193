"""Hochladen (editors, admins): files plus metadata in, a progress bar while it runs, the report."""

from __future__ import annotations

import time

import streamlit as st

from app.ui import session
from app.ui.client import Json, Upload
from app.ui.display import DOC_TYPES, csv_list, doc_type_label, md_escape, progress_text

JOB = "upload_job"
POLL_SECONDS = 0.5
WAIT_SECONDS = 300


def upload_form(stats: Json, groups: list[str]) -> None:
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader("Dateien", accept_multiple_files=True)
        left, right = st.columns(2)
        department = left.selectbox(
            "Fachbereich",
            sorted(stats.get("by_department", {})),
            index=None,
            accept_new_options=True,
            placeholder="Fachbereich wählen oder eingeben",
        )
        doc_type = right.selectbox(
            "Dokumenttyp",
            sorted(set(DOC_TYPES) | set(stats.get("by_doc_type", {}))),
            index=None,
            format_func=doc_type_label,
            accept_new_options=True,
            placeholder="Dokumenttyp wählen",
        )
        tags = left.text_input("Schlagwörter (durch Komma getrennt)")
        access = right.multiselect(
            "Zugriff für Gruppen (leer = alle Mitarbeitenden)",
            groups,
            placeholder="Keine – für alle sichtbar",
        )
        submitted = st.form_submit_button("Hochladen und aufnehmen", type="primary")
    if not submitted:
        return
    if not files:
        st.warning("Bitte wählen Sie mindestens eine Datei aus.")
        return
    uploads: list[Upload] = [
        (f.name, f.getvalue(), f.type or "application/octet-stream") for f in files
    ]
    metadata = {
        "department": department or "",
        "doc_type": doc_type or "",
        "tags": ",".join(csv_list(tags)),
        "access": ",".join(access),
    }
    job_id = session.call(session.api().ingest, uploads, metadata)
    if job_id is not None:
        st.session_state[JOB] = job_id


def wait_for(job_id: str) -> Json | None:
    """Poll the job until it ends, with a progress bar; None if the API failed or took too long."""
    bar = st.progress(0.0, text="Die Dateien werden aufgenommen …")
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        job = session.call(session.api().job, job_id)
        if job is None:
            return None
        done, total = job["progress"]["done"], job["progress"]["total"]
        bar.progress(min(done / total, 1.0) if total else 0.0, text=progress_text(job))
        if job["status"] in ("done", "failed"):
            bar.empty()
            return job
        time.sleep(POLL_SECONDS)
    st.warning("Die Aufnahme dauert länger als erwartet. Schauen Sie später noch einmal vorbei.")
    return None


def issues(title: str, entries: list[Json]) -> None:
    if entries:
        st.markdown(f"**{title}**")
        for entry in entries:
            st.markdown(f"- {md_escape(entry['path'])}: {md_escape(entry['reason'])}")


def show_report(job: Json) -> None:
    report = job.get("report") or {}
    if job["status"] == "failed" and not report:
        st.error(job.get("detail") or job.get("error") or "Die Aufnahme ist fehlgeschlagen.")
        return
    files, chunks = report.get("files", {}), report.get("chunks", {})
    skipped, failed = files.get("skipped", []), files.get("failed", [])
    if files.get("ok") or files.get("unchanged"):
        st.success("Fertig! Die Dokumente sind jetzt in der Suche zu finden.")
    else:
        st.error("Es konnte keine Datei aufgenommen werden.")
    columns = st.columns(4)
    columns[0].metric("Aufgenommen", files.get("ok", 0))
    columns[1].metric("Unverändert", files.get("unchanged", 0))
    columns[2].metric("Übersprungen", len(skipped))
    columns[3].metric("Fehlgeschlagen", len(failed))
    st.caption(
        f"{chunks.get('added', 0)} Abschnitte neu, {chunks.get('removed', 0)} entfernt, "
        f"in {str(report.get('seconds', 0)).replace('.', ',')} Sekunden"
    )
    issues("Übersprungen", skipped)
    issues("Fehlgeschlagen", failed)
    issues("Behalten (nicht neu gelesen)", files.get("kept", []))
    issues("Warnungen (indexiert, bitte prüfen)", files.get("warnings", []))


session.require_role(*session.EDITING_ROLES)
st.title("Hochladen")
st.write(
    "Neue oder geänderte Dokumente aufnehmen. Unterstützt werden u. a. PDF, Word, "
    "PowerPoint, HTML, E-Mails, Markdown, BPMN und Scans (PNG, JPG, TIFF; per Texterkennung)."
)
upload_form(
    session.call(session.api().stats) or {},
    [group["name"] for group in session.call(session.api().groups) or []],
)
if st.session_state.get(JOB):
    finished = wait_for(st.session_state[JOB])
    if finished is not None:
        st.session_state.pop(JOB)
        st.session_state["upload_report"] = finished
if st.session_state.get("upload_report"):
    show_report(st.session_state["upload_report"])
