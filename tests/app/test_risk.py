"""The knowledge-loss risk formula, pinned on worked examples (app/services/risk.py)."""

from __future__ import annotations

import doctest
from datetime import date

import pytest

import app.services.risk as risk
from app.services.risk import AreaRisk, action_for, attrition_risk, combine, position_risk
from search.errors import InvalidRequest

TODAY = date(2026, 12, 1)


def test_the_module_examples_hold():
    results = doctest.testmod(risk, extraglobs={"date": date})
    assert results.attempted >= 6 and results.failed == 0


@pytest.mark.parametrize(
    ("exit_date", "expected"),
    [
        (None, 1),
        (date(2026, 11, 30), 5),  # already gone: the knowledge left with them
        (date(2027, 6, 30), 5),  # 6 months
        (date(2027, 12, 1), 4),  # exactly 12 months
        (date(2028, 11, 30), 4),  # 23 months
        (date(2029, 6, 1), 3),  # 30 months
        (date(2031, 1, 1), 2),  # 49 months
        (date(2032, 1, 1), 1),  # more than 5 years
    ],
)
def test_attrition_risk_follows_the_months_until_the_exit(exit_date, expected):
    assert attrition_risk(exit_date, TODAY) == expected


def test_worked_example_the_kaemmerei_head_retiring_in_eight_months():
    """Jahresabschluss: critical (5), only she can do it (5), hardly documented (1)."""
    attrition = attrition_risk(date(2027, 8, 31), TODAY)
    before = AreaRisk.of("Jahresabschluss", 5, 5, 1, captured=False, attrition=attrition)
    assert (before.attrition, before.position, before.score) == (5, 5, 25)
    assert before.action == "full_interview"
    after = AreaRisk.of("Jahresabschluss", 5, 5, 1, captured=True, attrition=attrition)
    assert (after.position, after.score, after.action) == (4, 20, "full_interview")
    documented = AreaRisk.of("Jahresabschluss", 5, 5, 4, captured=True, attrition=attrition)
    assert (documented.position, documented.score) == (3, 15)
    assert documented.action == "targeted_interview"  # published and documented: risk falls


def test_worked_example_routine_task_of_someone_staying_long():
    area = AreaRisk.of(
        "Posteingang", 2, 1, 4, captured=False, attrition=attrition_risk(None, TODAY)
    )
    assert (area.position, area.score, area.action) == (2, 2, "manager_handover")


def test_thresholds_between_the_three_measures():
    assert [action_for(s) for s in (25, 16, 15, 9, 8, 1)] == [
        "full_interview",
        "full_interview",
        "targeted_interview",
        "targeted_interview",
        "manager_handover",
        "manager_handover",
    ]


def test_a_department_is_as_at_risk_as_its_riskiest_person_and_counts_the_measures():
    k = combine(
        "Frau K.",
        [AreaRisk.of("Kasse", 4, 4, 2, False, 5), AreaRisk.of("Mahnung", 2, 2, 4, False, 5)],
    )
    m = combine("Herr M.", [AreaRisk.of("Vollstreckung", 3, 3, 3, False, 3)])
    department = combine("Kämmerei", [k, m])
    assert (k.score, m.score, department.score) == (20, 9, 20)
    assert (department.full_interviews, department.targeted_interviews) == (1, 2)
    assert combine("leer", []).score == 0


def test_position_risk_grows_with_criticality_and_uniqueness_and_falls_with_coverage():
    assert (
        position_risk(5, 5, 1, False)
        >= position_risk(5, 4, 1, False)
        >= position_risk(4, 4, 1, False)
    )
    assert (
        position_risk(3, 3, 1, False)
        >= position_risk(3, 3, 3, False)
        >= position_risk(3, 3, 5, False)
    )


@pytest.mark.parametrize("bad", [0, 6, -1])
def test_values_outside_the_scale_are_refused_naming_the_field(bad):
    with pytest.raises(InvalidRequest) as caught:
        position_risk(bad, 3, 3, False)
    assert caught.value.params["field"] == "criticality"
