"""Wissen sichern, the interviews: planning, the list, transcript, confirmation, status, history."""

from __future__ import annotations

from datetime import date

import streamlit as st

from app.ui import session
from app.ui.capture_answers import answers_section, areas_of, forget_answers
from app.ui.client import Json
from app.ui.display import (
    NEXT_STATUSES,
    STATUS_HELP,
    german_date,
    german_datetime,
    md_escape,
    status_action,
)

CHOSEN = "interview_chosen"
TRANSCRIPT = "transcript_notice"
VIEW = "capture_view"
SWITCH_TO = "capture_view_next"
MANAGERS = ("hr", "admin")
NEEDS_ACCESS = ("freigegeben", "veröffentlicht")
CONFIRMABLE = ("geführt", "in Prüfung")


def guide_label(guide: Json) -> str:
    return f"{guide['name']} (Fassung {guide['version']})"


def plan_form(person: Json) -> None:
    """Plan an interview with the person, with the guide chosen (the default preselected)."""
    guides = session.call(session.api().guides) or []
    if not guides:
        st.warning("Es ist noch kein Interview-Leitfaden angelegt.")
        return
    by_id = {guide["id"]: guide for guide in guides}
    default = next((i for i, g in enumerate(guides) if g.get("is_default")), 0)
    with st.form(f"plan-{person['id']}"):
        st.markdown(f"**Interview mit {md_escape(person['name'])} planen**")
        guide_id = st.selectbox(
            "Leitfaden", list(by_id), index=default, format_func=lambda g: guide_label(by_id[g])
        )
        left, right = st.columns(2)
        when = left.date_input("Termin (optional)", value=None, format="DD.MM.YYYY")
        interviewer = right.text_input("Interview führt", placeholder="z. B. Frau Berger, Personal")
        planned = st.form_submit_button("Interview planen", type="primary")
    if not planned:
        return
    extra: Json = {"interviewer": interviewer.strip()}
    if isinstance(when, date):
        extra["scheduled_for"] = when.isoformat()
    created = session.call(session.api().plan_interview, person["id"], guide_id, **extra)
    if created is not None:
        st.session_state[CHOSEN] = created["id"]
        st.session_state[SWITCH_TO] = "Interviews"  # the view radio exists already in this run
        st.rerun()


def person_name(interview: Json) -> str:
    return str(interview["person"]["name"])


def interview_label(interview: Json) -> str:
    when = german_date(interview.get("scheduled_for"))
    return f"{person_name(interview)} – {interview['status']}" + (f" ({when})" if when else "")


def choose_interview(interviews: list[Json]) -> int | None:
    st.dataframe(
        [
            {
                "Person": person_name(interview),
                "Status": interview["status"],
                "Termin": german_date(interview.get("scheduled_for")) or "–",
                "Beantwortet": f"{interview['answered']} von {interview['questions_total']}",
                "Bestätigt": "ja" if interview["confirmed"] else "nein",
            }
            for interview in interviews
        ],
        hide_index=True,
        width="stretch",
    )
    by_id = {interview["id"]: interview for interview in interviews}
    current = st.session_state.get(CHOSEN)
    chosen: int | None = st.selectbox(
        "Interview öffnen",
        list(by_id),
        index=list(by_id).index(current) if current in by_id else None,
        format_func=lambda key: interview_label(by_id[key]),
        placeholder="Interview wählen",
    )
    st.session_state[CHOSEN] = chosen
    return chosen


def transcript_section(interview: Json) -> None:
    st.subheader("Transkript")
    if interview.get("transcript"):
        st.caption(f"Angehängt: {md_escape(interview['transcript']['name'])}")
    else:
        st.caption("Noch kein Transkript angehängt (WebVTT, SRT, Word oder Text).")
    with st.form(f"transcript-{interview['id']}", clear_on_submit=True):
        upload = st.file_uploader("Transkript-Datei")
        sent = st.form_submit_button("Transkript hochladen", icon=":material/upload_file:")
    if sent and upload is None:
        st.warning("Bitte wählen Sie zuerst eine Datei aus.")
    elif sent and upload is not None:
        file = (upload.name, upload.getvalue(), upload.type or "application/octet-stream")
        result = session.call(session.api().upload_transcript, interview["id"], file)
        if result is not None:
            forget_answers(interview["id"])  # empty answers may have been filled from it
            st.session_state[TRANSCRIPT] = transcript_summary(result)
            st.rerun()


def transcript_summary(result: Json) -> str:
    matched, filled = len(result.get("matched") or []), len(result.get("filled") or [])
    speakers = ", ".join(result.get("speakers") or []) or "unbekannt"
    return (
        f"Transkript „{result['name']}“ angehängt: {result.get('turns', 0)} Redebeiträge "
        f"(Sprechende: {speakers}), {matched} Fragen des Leitfadens erkannt, "
        f"{filled} leere Antworten daraus vorausgefüllt."
    )


def confirm_section(interview: Json) -> None:
    st.subheader("Bestätigung")
    confirmation = interview.get("confirmation")
    if confirmation:
        behalf = " (im Auftrag)" if confirmation.get("on_behalf") else ""
        when = german_datetime(confirmation["at"])
        st.success(f"Inhalt bestätigt von {md_escape(confirmation['by'])}{behalf} am {when}.")
        return
    st.info(
        "Die Expertin oder der Experte prüft die Antworten und bestätigt den Inhalt. "
        "Erst danach kann das Interview freigegeben werden."
    )
    if interview["status"] not in CONFIRMABLE:
        st.caption("Bestätigen ist möglich, sobald das Interview geführt wurde.")
        return
    if not interview.get("answers"):
        st.caption("Bestätigen ist möglich, sobald Antworten eingetragen sind.")
        return
    clicked = st.button("Inhalt bestätigen", key=f"confirm-{interview['id']}", type="primary")
    if clicked and session.call(session.api().confirm, interview["id"]) is not None:
        st.toast("Inhalt bestätigt.")
        st.rerun()


def status_section(interview: Json) -> None:
    """Buttons for exactly the next allowed statuses; the API's German 409 shows when refused."""
    st.subheader("Status")
    st.markdown(f"Aktueller Status: **{interview['status']}**")
    allowed = NEXT_STATUSES.get(interview["status"], ())
    access: list[str] | None = None
    if any(status in NEEDS_ACCESS for status in allowed):
        groups = [group["name"] for group in session.call(session.api().groups) or []]
        current = list(interview.get("access") or [])
        access = st.multiselect(
            "Sichtbar für Gruppen (leer = alle Mitarbeitenden)",
            sorted(set(groups) | set(current)),
            default=current,
            key=f"access-{interview['id']}",
            placeholder="Keine – für alle sichtbar",
        )
    for column, status in zip(st.columns(max(len(allowed), 1)), allowed, strict=False):
        if column.button(
            status_action(interview["status"], status),
            key=f"status-{interview['id']}-{status}",
            help=STATUS_HELP.get(status),
        ):
            chosen = access if status in NEEDS_ACCESS else None
            if session.call(session.api().set_status, interview["id"], status, chosen) is not None:
                st.toast(f"Status: {status}")
                st.rerun()


def history_section(interview: Json) -> None:
    changes = interview.get("history") or []
    st.subheader("Verlauf")
    if not changes:
        st.caption("Noch keine Statusänderungen.")
        return
    st.dataframe(
        [
            {
                "Zeitpunkt": german_datetime(change.get("at")),
                "Von": change.get("from_status") or "–",
                "Nach": change.get("to_status") or "",
                "Durch": change.get("by") or "–",
            }
            for change in changes
        ],
        hide_index=True,
        width="stretch",
    )


def interview_view(interview_id: int, role: str) -> None:
    interview = session.call(session.api().interview, interview_id)
    if interview is None:
        return
    st.header(f"Interview mit {md_escape(person_name(interview))}")
    notice = st.session_state.pop(TRANSCRIPT, None)
    if notice:
        st.success(notice)
    confirmed = "bestätigt" if interview.get("confirmation") else "noch nicht bestätigt"
    st.markdown(f"Status: **{interview['status']}** · Inhalt {confirmed}")
    st.caption(f"Leitfaden: {md_escape(guide_label(interview['guide']))}")
    answers, transcript, release, history = st.tabs(
        ["Fragen und Antworten", "Transkript", "Bestätigung und Status", "Verlauf"]
    )
    with answers:
        answers_section(interview, areas_of(interview))
    with transcript:
        transcript_section(interview)
    with release:
        confirm_section(interview)
        if role in MANAGERS:
            status_section(interview)
    with history:
        history_section(interview)


def interviews_section(role: str) -> None:
    interviews = session.call(session.api().interviews)
    if interviews is None:
        return
    if not interviews:
        st.info(
            "Noch keine Interviews geplant."
            + (" Planen Sie eines bei einer Person unter „Personen“." if role in MANAGERS else "")
        )
        return
    chosen = choose_interview(interviews)
    if chosen is not None:
        interview_view(chosen, role)
