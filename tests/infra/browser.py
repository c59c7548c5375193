"""Debian's Chromium under Playwright: no browser download, headless, fit for a root CI.

with sync_playwright() as pw:
    browser = launch_chromium(pw)
    page = browser.new_page()
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the conftest imports this module; Playwright loads only in browser tests
    from playwright.sync_api import Browser, Playwright

CHROMIUM = Path("/usr/bin/chromium")
# root CI: no user namespaces for the sandbox, no GPU, a small /dev/shm, no calls home
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--no-first-run",
    "--mute-audio",
)


class ChromiumUnavailable(RuntimeError):
    """Debian's chromium is not installed; the message says how to get it."""


def chromium_path() -> Path:
    """The Debian chromium binary (the package `chromium`)."""
    found = CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")
    if not found:
        raise ChromiumUnavailable(
            f"no Chromium at {CHROMIUM}: install the Debian package `chromium` "
            "(make system-deps, as root); Playwright's own browser download is not used"
        )
    return Path(found)


def launch_chromium(playwright: Playwright) -> Browser:
    """Playwright's Chromium driver on the system browser; close the result when done."""
    return playwright.chromium.launch(
        executable_path=str(chromium_path()),
        headless=True,
        chromium_sandbox=False,
        args=list(FLAGS),
    )
