"""End to end in Debian's headless Chromium: log in, search, open a document, upload a file; the
risk overview and the half-year plan of a department with people about to leave.

The API runs as in the page tests (uvicorn on a free port), the UI as `streamlit run` in a
subprocess; screenshots land in eval/results/ui/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.infra.browser import launch_chromium
from tests.ui.conftest import ADMIN_PASSWORD, MAIN, Capture, LiveApi, free_port

REPO = MAIN.parents[2]
SHOTS = REPO / "eval" / "results" / "ui"
WAIT_MS = 60_000


@pytest.fixture(scope="module")
def ui_url(corpus: LiveApi) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "AMTSWISSEN_API_URL": corpus.url, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "streamlit", "run", str(MAIN), "--server.headless", "true"]
    command += ["--server.port", str(port), "--browser.gatherUsageStats", "false"]
    command += ["--client.toolbarMode", "viewer"]
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_healthy(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        try:
            if httpx.get(f"{url}/_stcore/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError("streamlit did not start")


def test_log_in_search_open_a_document_and_upload(ui_url: str, tmp_path: Path):
    from playwright.sync_api import expect, sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    upload = tmp_path / "sperrmuell.md"
    upload.write_text("# Sperrmüll anmelden\n\nSperrmüll meldet man beim Bauhof an.\n")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(WAIT_MS)
        page.goto(ui_url)
        page.get_by_label("Benutzername").fill("admin")
        page.get_by_label("Passwort", exact=True).fill(ADMIN_PASSWORD)
        page.screenshot(path=SHOTS / "login.png")
        page.get_by_role("button", name="Anmelden").click()
        expect(page.get_by_role("heading", name="Suche")).to_be_visible()

        page.get_by_label("Wonach suchen Sie?").fill("Urlaubsantrag Resturlaub")
        page.get_by_role("button", name="Suchen").click()
        expect(page.get_by_role("heading", name="Urlaubsantrag stellen").first).to_be_visible()
        expect(page.locator("mark").first).to_be_visible()
        page.screenshot(path=SHOTS / "search.png", full_page=True)

        page.get_by_text("Im Dokument ansehen").first.click()
        expect(page.get_by_text("Fundstelle")).to_be_visible()
        expect(page.get_by_role("heading", name="Urlaubsantrag stellen").first).to_be_visible()
        page.screenshot(path=SHOTS / "document.png", full_page=True)

        page.get_by_role("link", name="Hochladen").click()
        expect(page.get_by_role("heading", name="Hochladen")).to_be_visible()
        page.locator('input[type="file"]').set_input_files(upload)
        expect(page.get_by_text("sperrmuell.md")).to_be_visible()
        page.get_by_role("button", name="Hochladen und aufnehmen").click()
        expect(page.get_by_text("Fertig!")).to_be_visible()
        page.screenshot(path=SHOTS / "upload.png", full_page=True)
        browser.close()


def sample_department(capture: Capture) -> None:
    """A small Kämmerei: one leaving soon (interview under review), one in two years, a successor."""
    successor = capture.person("Aylin Demir", "Kämmerei", None, role="Sachbearbeiterin Stadtkasse")
    leaving = capture.person(
        "Manfred Ostendorf", "Kämmerei", 4, role="Kassenverwalter", successor_id=successor["id"]
    )
    later = capture.person("Bernd Overbeck", "Kämmerei", 19, role="Vollziehungsbeamter")
    for person, name, scores in (
        (leaving, "Kontoauszugsabruf und Tagesabschluss", (5, 4, 2)),
        (leaving, "Verwahrgelder und unklare Zahlungseingänge", (4, 5, 2)),
        (leaving, "Altkonten Volksbank Oberdorf", (2, 5, 1)),
        (later, "Vollstreckung und Ratenzahler", (4, 4, 3)),
    ):
        capture.area(person["id"], name, scores)
    interview = capture.interview(leaving["id"])
    capture.status(interview["id"], "geführt")
    capture.status(interview["id"], "in Prüfung")


def test_the_risk_overview_and_the_plan_of_a_department(ui_url: str, corpus: LiveApi):
    from playwright.sync_api import expect, sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    sample_department(Capture(corpus))
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(WAIT_MS)
        page.goto(ui_url)
        page.get_by_label("Benutzername").fill("admin")
        page.get_by_label("Passwort", exact=True).fill(ADMIN_PASSWORD)
        page.get_by_role("button", name="Anmelden").click()
        expect(page.get_by_role("heading", name="Suche")).to_be_visible()

        page.get_by_role("link", name="Risiko-Übersicht").click()
        expect(page.get_by_role("heading", name="Risiko-Übersicht")).to_be_visible()
        expect(page.get_by_role("heading", name="Risikomatrix")).to_be_visible()
        expect(page.get_by_text("Vollständiges Interview nötig")).to_be_visible()
        expect(page.locator(".vega-embed").nth(3)).to_be_visible()
        expect(page.locator(".vega-embed canvas, .vega-embed svg").nth(3)).to_be_visible()
        page.set_viewport_size({"width": 1400, "height": 1900})  # the whole page in the shot
        page.screenshot(path=SHOTS / "risiko.png")

        page.get_by_role("link", name="Sicherungsplan").click()
        expect(page.get_by_role("heading", name="Sicherungsplan")).to_be_visible()
        page.get_by_label("Fachbereich").click()
        page.get_by_role("option", name="Kämmerei").click()
        expect(page.get_by_text("Halbjahr").first).to_be_visible()
        expect(page.get_by_text("Als CSV herunterladen")).to_be_visible()
        page.screenshot(path=SHOTS / "sicherungsplan.png")

        page.get_by_role("link", name="Wissen sichern").first.click()
        expect(page.get_by_role("heading", name="Wissen sichern")).to_be_visible()
        page.get_by_role("radiogroup").get_by_text("Interviews", exact=True).click()
        page.get_by_label("Interview öffnen").click()
        page.get_by_role("option", name="Manfred Ostendorf").click()
        answer = page.get_by_role("textbox", name="Antwort", exact=True).first
        answer.fill("Der EBICS-Abruf scheitert manchmal mit Fehler 091: dann MT940 von Hand.")
        page.get_by_role("heading", name="Fragen und Antworten").click()  # leaving the field saves
        expect(page.get_by_text("gespeichert um")).to_be_visible()
        page.screenshot(path=SHOTS / "interview.png")
        browser.close()
