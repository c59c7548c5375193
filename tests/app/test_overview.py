"""The risk overview and the half-year plan from database rows: the overview's numbers are the
worked examples of tests/app/test_risk.py, publishing lowers an area's score, the plan puts each
area into the half-year before its holder's exit."""

from __future__ import annotations

import csv
import doctest
import io
import random
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.db.models import DocumentRecord
from app.db.session import Database
from app.services import plan_export, reviews
from app.services.auth import Caller
from app.services.handover import split_einarbeitung
from app.services.overview import risk_overview
from app.services.plan import HalfYear, capture_by, department_plan
from app.services.risk import AreaRisk, attrition_risk, combine
from search.errors import AccessDenied
from tests import capture_rows as rows

TODAY = date(2026, 12, 1)  # as in tests/app/test_risk.py
HR = Caller(1, "hanna", "hr", ())


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    db = Database(f"sqlite:///{tmp_path / 'amtswissen.db'}")
    db.migrate()
    with db.session() as session:
        yield session
    db.close()


@pytest.fixture
def town(session: Session) -> dict[str, object]:
    """The people of test_risk.py's worked examples."""
    k = rows.person(session, "Frau K.", "Kämmerei", date(2027, 6, 30))  # 6 months: attrition 5
    m = rows.person(session, "Herr M.", "Kämmerei", date(2029, 6, 1))  # 30 months: 3
    berg = rows.person(session, "Erika Berg", "Hauptamt", date(2027, 8, 31))  # 8 months: 5
    post = rows.person(session, "Paul Post", "Hauptamt", None)  # no date: 1
    return {
        "k": k,
        "m": m,
        "berg": berg,
        "post": post,
        "kasse": rows.area(session, k, "Kasse", 4, 4, 2),
        "mahnung": rows.area(session, k, "Mahnung", 2, 2, 4),
        "vollstreckung": rows.area(session, m, "Vollstreckung", 3, 3, 3),
        "abschluss": rows.area(session, berg, "Jahresabschluss", 5, 5, 1),
        "posteingang": rows.area(session, post, "Posteingang", 2, 1, 4),
    }


def _area(view, name):
    return next(a for a in view.areas if a.area.name == name)


def test_area_scores_equal_the_worked_examples(session: Session, town):
    view = risk_overview(session, TODAY)
    abschluss = _area(view, "Jahresabschluss").risk
    assert (abschluss.attrition, abschluss.position, abschluss.score) == (5, 5, 25)
    assert abschluss.action == "full_interview"
    post = _area(view, "Posteingang").risk
    assert (post.position, post.score, post.action) == (2, 2, "manager_handover")
    assert [a.area.name for a in view.areas][:2] == ["Jahresabschluss", "Kasse"]  # riskiest first


def test_people_and_departments_combine_like_the_formula(session: Session, town):
    view = risk_overview(session, TODAY)
    people = {p.person.name: p for p in view.people}
    assert (people["Frau K."].risk.score, people["Herr M."].risk.score) == (20, 9)
    kaemmerei = next(d for d in view.departments if d.name == "Kämmerei")
    assert kaemmerei.risk.score == 20
    assert (kaemmerei.risk.full_interviews, kaemmerei.risk.targeted_interviews) == (1, 2)
    assert [d.name for d in view.departments] == ["Hauptamt", "Kämmerei"]  # 25 before 20
    assert people["Frau K."].months_left == 6 and people["Paul Post"].months_left is None


def test_publishing_an_answer_tagged_with_the_area_lowers_its_score(session: Session, town):
    berg, abschluss = town["berg"], town["abschluss"]
    interview = rows.interview(
        session, berg, "freigegeben", [("fristen", "woche", "Bis 30.4.", [abschluss])]
    )
    assert _area(risk_overview(session, TODAY), "Jahresabschluss").risk.score == 25  # released only
    interview.status = "veröffentlicht"
    session.flush()
    after = _area(risk_overview(session, TODAY), "Jahresabschluss")
    assert after.captured and (after.risk.position, after.risk.score) == (4, 20)
    abschluss.documented = 4
    session.flush()
    documented = _area(risk_overview(session, TODAY), "Jahresabschluss").risk
    assert (documented.position, documented.score, documented.action) == (
        3,
        15,
        "targeted_interview",
    )


def test_charts_matrix_exits_coverage_and_open_interviews(session: Session, town):
    rows.interview(session, town["k"], "geplant")
    rows.interview(session, town["m"], "in Prüfung")
    rows.interview(session, town["berg"], "veröffentlicht")
    charts = risk_overview(session, TODAY).charts
    cells = {(c.attrition, c.position): c.count for c in charts.matrix}
    assert len(cells) == 25 and sum(cells.values()) == 5
    assert (cells[(5, 5)], cells[(5, 4)], cells[(3, 3)], cells[(1, 2)]) == (1, 1, 1, 1)
    assert [m.month for m in charts.exits][:2] == ["2026-12", "2027-01"] and len(charts.exits) == 24
    exits = {m.month: m.people for m in charts.exits if m.people}
    assert exits == {"2027-06": ("Frau K.",), "2027-08": ("Erika Berg",)}  # 2029 is beyond
    kaemmerei = next(c for c in charts.coverage if c.department == "Kämmerei")
    assert (kaemmerei.areas, kaemmerei.captured, kaemmerei.documented) == (3, 0, 1)
    assert kaemmerei.mean_coverage == 3.0  # (2 + 4 + 3) / 3
    assert charts.open_interviews == {"geplant": 1, "geführt": 0, "in Prüfung": 1, "freigegeben": 0}


def test_the_department_filter_keeps_one_department(session: Session, town):
    view = risk_overview(session, TODAY, "Kämmerei")
    assert [d.name for d in view.departments] == ["Kämmerei"]
    assert {a.person.name for a in view.areas} == {"Frau K.", "Herr M."}


@pytest.mark.parametrize(
    ("exit_date", "due", "overdue"),
    [
        (date(2027, 8, 31), (2027, 1), False),  # leaves in 2027-H2: finish in 2027-H1
        (date(2027, 1, 15), (2026, 2), False),  # leaves next half-year: now
        (date(2028, 3, 1), (2027, 2), False),
        (date(2026, 12, 20), (2026, 2), True),  # leaves this half-year: due now, late
        (date(2025, 5, 1), (2026, 2), True),  # gone already
    ],
)
def test_capture_is_due_the_half_year_before_the_exit(exit_date, due, overdue):
    assert capture_by(exit_date, TODAY) == (HalfYear(*due), overdue)


def test_half_years_have_their_bounds():
    assert (HalfYear(2027, 1).label, HalfYear(2027, 1).end) == ("2027-H1", date(2027, 6, 30))
    assert (HalfYear(2027, 2).start, HalfYear(2027, 1).previous()) == (
        date(2027, 7, 1),
        HalfYear(2026, 2),
    )


def test_the_plan_schedules_each_area_with_its_measure_and_todos(session: Session, town):
    old = datetime(2025, 1, 10, tzinfo=UTC)
    due_doc = rows.document(session, "d1", "Kassenanweisung", old)
    hidden = rows.document(session, "d2", "Personalakte", old, access_groups=["personalamt"])
    fresh = rows.document(session, "d3", "Mahnlauf", datetime(2026, 10, 1, tzinfo=UTC))
    town["kasse"].documents = [due_doc, hidden]
    town["mahnung"].documents = [fresh]
    rows.interview(session, town["berg"], "geplant")
    session.flush()
    plan = department_plan(session, HR, TODAY)
    assert [h.label for h in plan.half_years] == ["2026-H2", "2027-H1", "2028-H2"]
    items = {i.row.area.name: i for h in plan.half_years for i in h.items}
    assert "Posteingang" not in items  # no exit date: not scheduled
    kasse = items["Kasse"]
    assert (kasse.due.label, kasse.overdue, kasse.done) == ("2026-H2", False, False)
    assert kasse.schedule_interview and kasse.write_documents  # full interview, documented 2
    assert [d.id for d in kasse.review_documents] == ["d1"]  # d2 hidden from HR, d3 not due
    assert items["Mahnung"].done and not items["Mahnung"].write_documents  # documented 4
    abschluss = items["Jahresabschluss"]
    assert abschluss.interview is not None and abschluss.interview.status == "geplant"
    assert not abschluss.schedule_interview
    vollstreckung = items["Vollstreckung"]
    assert (
        vollstreckung.due.label == "2028-H2"
        and vollstreckung.row.risk.action == "targeted_interview"
    )
    assert (plan.progress.total, plan.progress.done, plan.progress.overdue) == (4, 1, 0)


def test_a_captured_area_is_done_and_a_late_one_comes_first(session: Session, town):
    late = rows.person(session, "Frau Spät", "Kämmerei", date(2026, 12, 20))
    rows.area(session, late, "Haushaltssperre", 3, 3, 1)
    rows.interview(
        session, town["k"], "veröffentlicht", [("faelle", "jahr", "Beispiel", [town["kasse"]])]
    )
    plan = department_plan(session, HR, TODAY, "Kämmerei")
    now = plan.half_years[0]
    assert now.label == "2026-H2"
    assert [i.row.area.name for i in now.items][0] == "Haushaltssperre"
    assert now.items[0].late and now.progress.overdue == 1
    kasse = next(i for i in now.items if i.row.area.name == "Kasse")
    assert kasse.done and kasse.row.captured and not kasse.schedule_interview


def test_only_hr_and_admins_get_the_plan(session: Session, town):
    with pytest.raises(AccessDenied):
        department_plan(session, Caller(2, "rita", "reader", ()), TODAY)


def test_the_csv_opens_in_a_german_excel(session: Session, town):
    text = plan_export.plan_csv(department_plan(session, HR, TODAY, "Kämmerei"))
    assert text.startswith("\ufeff") and "\r\n" in text
    table = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert table[0][:5] == ["Halbjahr", "Fachbereich", "Person", "Austritt", "Wissensgebiet"]
    first = dict(zip(table[0], table[1], strict=True))
    assert first["Halbjahr"] == "2026-H2" and first["Person"] == "Frau K."
    assert first["Austritt"] == "30.06.2027" and first["Wissensgebiet"] == "Kasse"
    assert first["Maßnahme"] == "vollständiges Experteninterview" and first["Risiko"] == "20"
    assert first["Interview"] == "Interview planen" and first["Stand"] == "offen"
    assert len(table) == 4  # header + Kasse, Mahnung, Vollstreckung


def test_the_print_page_is_self_contained_and_escaped(session: Session, town):
    rows.area(session, town["k"], "Kasse <Barkasse> & Tresor", 3, 3, 1)
    page = plan_export.plan_html(department_plan(session, HR, TODAY, "Kämmerei"))
    assert page.startswith("<!DOCTYPE html>") and '<html lang="de">' in page
    assert "@media print" in page and "<h1>Sicherungsplan Kämmerei</h1>" in page
    assert "Kasse &lt;Barkasse&gt; &amp; Tresor" in page and "<Barkasse>" not in page
    assert "http" not in page and "<script" not in page  # nothing loaded from elsewhere
    assert "2026-H2 (01.07.2026 – 31.12.2026)" in page


def test_reviews_are_due_a_review_interval_after_the_last_review():
    row = rows_document(datetime(2025, 11, 30, 8, tzinfo=UTC), months=12)
    assert reviews.due_on(row) == date(2026, 11, 30) and reviews.review_due(row, TODAY)
    row.reviewed_at = datetime(2026, 6, 1, tzinfo=UTC)
    assert not reviews.review_due(row, TODAY)
    row.review_months = 3
    assert reviews.review_due(row, TODAY)  # due 2026-09-01
    assert reviews.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_due_days_of_hits_are_read_once_per_interval_and_forgotten_on_review(session: Session):
    session.add_all(
        [
            rows_document(datetime(2025, 1, 10, tzinfo=UTC), months=12, id="old"),
            rows_document(datetime(2026, 11, 1, tzinfo=UTC), months=12, id="new"),
        ]
    )
    session.flush()
    reads: list[str] = []  # the cache's registry reads

    def count(_conn, _cursor, statement: str, *_args) -> None:
        if statement.startswith("SELECT documents.id, documents.reviewed_at"):
            reads.append(statement)

    event.listen(session.get_bind(), "before_cursor_execute", count)
    now = [0.0]
    cache = reviews.DueDates(seconds=30, clock=lambda: now[0])
    assert cache.due(session, ["old", "new", "gone"], TODAY) == {"old"}  # unknown: not due
    assert len(reads) == 1
    assert cache.due(session, ["new", "old"], TODAY) == {"old"}
    assert cache.due(session, ["gone"], TODAY) == set()  # an unknown id is cached too
    assert len(reads) == 1
    assert cache.due(session, ["new"], date(2027, 11, 2)) == {"new"}  # due at midnight, no read
    session.get(DocumentRecord, "old").reviewed_at = datetime(2026, 11, 30, tzinfo=UTC)
    session.flush()
    assert cache.due(session, ["old"], TODAY) == {"old"}  # changed elsewhere: not yet seen
    now[0] = 31.0
    assert cache.due(session, ["old"], TODAY) == set()  # after `seconds`, read again
    assert len(reads) == 2
    session.get(DocumentRecord, "new").review_months = 1
    session.flush()
    cache.forget("new")
    assert cache.due(session, ["new", "old"], date(2026, 12, 2)) == {"new"}  # forgotten: read
    assert len(reads) == 3
    cache.due(session, [], TODAY)
    assert len(reads) == 3


def rows_document(ingested: datetime, months: int, id: str = "x") -> DocumentRecord:
    return DocumentRecord(id=id, source=f"/{id}", ingested_at=ingested, review_months=months)


@pytest.mark.parametrize(
    "function", [capture_by, reviews.add_months, split_einarbeitung], ids=lambda f: f.__name__
)
def test_the_docstring_examples_hold(function):
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner()
    for test in finder.find(
        function, globs={"date": date, **vars(sys.modules[function.__module__])}
    ):
        runner.run(test)
    assert runner.summarize().attempted >= 1 and runner.summarize().failed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Woche: A\nMonat: B\nJahr: C", [("woche", "A"), ("monat", "B"), ("jahr", "C")]),
        (
            "Erstes Jahr – Haushalt\nERSTE WOCHE: Schlüssel",
            [("jahr", "Haushalt"), ("woche", "Schlüssel")],
        ),
        ("Erster Monat:\n1. Kasse\n* Mahnlauf\n\n", [("monat", "Kasse"), ("monat", "Mahnlauf")]),
        ("Vorab lesen\nJahr: Satzung", [("monat", "Vorab lesen"), ("jahr", "Satzung")]),
        ("Im ersten Jahr: Satzung", [("jahr", "Satzung")]),
        ("Monatlich: Abschluss", [("monat", "Monatlich: Abschluss")]),  # a word, not a label
        ("Jahresabschluss - Fristen", [("monat", "Jahresabschluss - Fristen")]),
    ],
)
def test_the_einarbeitung_answer_is_split_by_its_labels(text, expected):
    assert split_einarbeitung(text) == expected


def test_every_row_is_the_formula_of_its_inputs(session: Session):
    """Many areas with varied inputs: each overview row equals risk.AreaRisk.of on its inputs,
    each person and department risk.combine of their parts."""
    generator = random.Random(10)
    captured_ids = set()
    for number in range(40):
        months = generator.randint(-3, 80)  # gone already up to more than five years
        exit_date = None if generator.random() < 0.2 else reviews.add_months(TODAY, months)
        holder = rows.person(session, f"P{number}", f"D{number % 4}", exit_date)
        for name in ("a", "b"):
            values = [generator.randint(1, 5) for _ in range(3)]
            area = rows.area(session, holder, f"{name}{number}", *values)
            if generator.random() < 0.3:
                rows.interview(
                    session, holder, "veröffentlicht", [("aufgaben", "monat", "x", [area])]
                )
                captured_ids.add(area.id)
    view = risk_overview(session, TODAY)
    assert len(view.areas) == 80
    for row in view.areas:
        area, attrition = row.area, attrition_risk(row.person.exit_date, TODAY)
        captured = area.id in captured_ids
        expected = AreaRisk.of(
            area.name, area.criticality, area.uniqueness, area.documented, captured, attrition
        )
        assert (row.risk, row.captured) == (expected, captured)
    for person in view.people:
        assert person.risk == combine(person.person.name, [a.risk for a in person.areas])
    for department in view.departments:
        assert department.risk == combine(department.name, [p.risk for p in department.people])
