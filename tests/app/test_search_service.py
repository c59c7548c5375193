"""The search use case without a process: query bound, index check, department hints; and the
CLI's terminal sanitiser and path lists."""

from __future__ import annotations

import pytest

from app.cli import clean, read_path_list
from app.compose import build_services
from app.services.search import check_query, department_hints, require_index, search
from app.settings import Settings
from search.errors import InvalidRequest, NotFound
from search.types import SearchFilter


def test_a_query_over_the_bound_is_refused_with_its_length_and_limit():
    settings = Settings(_env_file=None, max_query_chars=20)
    check_query("x" * 20, settings)
    with pytest.raises(InvalidRequest) as caught:
        check_query("x" * 21, settings)
    assert (caught.value.code, caught.value.params) == (
        "query_too_long",
        {"length": 21, "limit": 20},
    )


def test_a_missing_index_is_named_and_nothing_is_created(tmp_path):
    settings = Settings(_env_file=None, embedder="hash", data_dir=tmp_path / "dta")
    services = build_services(settings)
    try:
        with pytest.raises(NotFound, match="no_index"):
            search(services, "Urlaub")
    finally:
        services.close()
    assert not (tmp_path / "dta").exists()


def test_department_hints_name_only_the_unknown_ones_with_the_closest_known():
    [hint] = department_hints(["Bauordnung", "Steuerammt"], ["Steueramt", "Bauordnung"])
    assert (hint.department, hint.known, hint.closest) == (
        "Steuerammt",
        ("Bauordnung", "Steueramt"),
        "Steueramt",
    )
    assert department_hints(["Zoo"], ["Steueramt"])[0].closest is None


def test_the_search_service_returns_hits_and_hints_from_the_store(tmp_path):
    settings = Settings(_env_file=None, embedder="hash", data_dir=tmp_path)
    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "bau.md").write_text("# Bauantrag\n\nDer Bauantrag wird eingereicht.\n")
    services = build_services(settings)
    try:
        services.warm_up()
        services.pipeline().run([tmp_path / "share"], {"department": "Bauordnung"})
        require_index(settings)
        wrong = search(services, "Bauantrag", 5, SearchFilter(departments=("bauordnug",)))
        right = search(services, "Bauantrag", 5, SearchFilter(departments=("Bauordnung",)))
    finally:
        services.close()
    assert wrong.hits == [] and [h.closest for h in wrong.hints] == ["Bauordnung"]
    assert right.hits and right.hints == ()


def test_clean_strips_escape_sequences_and_controls_but_keeps_newlines_tabs_and_umlauts():
    raw = "Ä\x1b[2J\x1b]0;gekapert\x07b\x1b[1A\x9b31m\tc\r\x00\nü\x1bc"
    assert clean(raw) == "Äb\tc\nü"


def test_a_path_list_skips_comments_and_blank_lines_and_keeps_odd_bytes():
    paths = read_path_list(b"# Kopf\n\n /srv/a b.md\n  # weg\n/srv/\xff.txt\r\n")
    assert [str(p) for p in paths] == [" /srv/a b.md", "/srv/\udcff.txt"]
