"""The real services the tests use: PostgreSQL 15 and SQLite through SQLAlchemy, headless Chromium."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from playwright.sync_api import sync_playwright

from tests.infra.browser import launch_chromium
from tests.infra.postgres import running_cluster

GERMAN = "Übergabe der Zuständigkeit: Straßenverkehrsbehörde, Größe 5 µm"


def test_database_url_stores_and_reads_german_text(database_url: str) -> None:
    engine = sa.create_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE notiz (id INTEGER PRIMARY KEY, text VARCHAR(200))"))
            conn.execute(sa.text("INSERT INTO notiz (id, text) VALUES (1, :t)"), {"t": GERMAN})
        with engine.connect() as conn:
            assert (
                conn.execute(sa.text("SELECT text FROM notiz WHERE id = 1")).scalar_one() == GERMAN
            )
    finally:
        engine.dispose()


def test_postgres_url_is_postgresql_15_and_fresh(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert (
                conn.execute(sa.text("SELECT version()")).scalar_one().startswith("PostgreSQL 15.")
            )
            tables = conn.execute(
                sa.text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            )
            assert tables.scalar_one() == 0  # nothing left over from the table the other test made
    finally:
        engine.dispose()


def test_cluster_is_gone_after_the_block() -> None:
    with running_cluster() as cluster:
        url = cluster.url(cluster.create_database())
    assert not cluster.data_dir.exists()
    engine = sa.create_engine(url, connect_args={"connect_timeout": 2})
    with pytest.raises(sa.exc.OperationalError):
        engine.connect()
    engine.dispose()


def test_chromium_renders_german_page_and_screenshot(
    chromium_executable: Path, tmp_path: Path
) -> None:
    html = f"<!doctype html><meta charset='utf-8'><title>Amtswissen</title><h1>{GERMAN}</h1>"
    shot = tmp_path / "seite.png"
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        try:
            page = browser.new_page()
            page.goto("data:text/html;charset=utf-8," + quote(html))
            assert page.title() == "Amtswissen"
            assert page.inner_text("h1") == GERMAN
            page.screenshot(path=str(shot))
        finally:
            browser.close()
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 1000
