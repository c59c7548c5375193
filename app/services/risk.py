"""Knowledge-loss risk, in the spirit of the IAEA knowledge-loss risk assessment (IAEA-TECDOC-1586,
after the TVA method): total risk = attrition risk × position risk, each on a 1–5 scale.

Attrition risk (how soon the holder leaves), from the whole months until the planned exit:
    under 12 → 5, under 24 → 4, under 36 → 3, under 60 → 2, later or no date → 1 (gone: 5).
Position risk (what is lost when they leave), per knowledge area, from how critical it is (1–5),
how unique (1–5: 5 = nobody else can do it) and how well it is covered (1–5):
    position = (criticality + uniqueness + 2 × (6 − coverage)) / 4, rounded half up
    (coverage counts twice: a critical, unique area that is fully documented and captured drops
    from "full interview" to "targeted interview", one still undocumented stays at the top)
    coverage = min(5, documented + 2 if a published interview answer covers the area)
Total = attrition × position (1–25), and the action it calls for:
    ≥ 16 full interview ("vollständiges Experteninterview"),
    9–15 targeted interview ("gezieltes Interview"),
    ≤ 8  handover by the manager ("Übergabe durch die Führungskraft").
A person's score is that of their riskiest area, a department's that of its riskiest person.

>>> leaves = attrition_risk(date(2027, 3, 31), today=date(2026, 12, 1))
>>> area = AreaRisk.of("Jahresabschluss", criticality=5, uniqueness=5, documented=1,
...                    captured=False, attrition=leaves)
>>> (area.attrition, area.position, area.score, area.action)
(5, 5, 25, 'full_interview')
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from search.errors import InvalidRequest

Action = Literal["full_interview", "targeted_interview", "manager_handover"]
ACTION_LABELS: dict[Action, str] = {
    "full_interview": "vollständiges Experteninterview",
    "targeted_interview": "gezieltes Interview",
    "manager_handover": "Übergabe durch die Führungskraft",
}
# (months until exit at most, attrition risk); later than the last → 1
ATTRITION_STEPS = ((12, 5), (24, 4), (36, 3), (60, 2))
FULL_INTERVIEW_FROM = 16
TARGETED_INTERVIEW_FROM = 9
CAPTURE_BONUS = 2  # a published interview answer counts like two steps of documentation


def months_between(start: date, end: date) -> int:
    """Whole months from `start` to `end` (negative when `end` is earlier).

    >>> months_between(date(2026, 12, 1), date(2027, 12, 1))
    12
    >>> months_between(date(2026, 12, 15), date(2027, 1, 14))
    0
    """
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def attrition_risk(exit_date: date | None, today: date) -> int:
    """1–5 from the months until the planned exit; no date: 1; already gone: 5."""
    if exit_date is None:
        return 1
    if exit_date <= today:
        return 5
    months = months_between(today, exit_date)
    return next((risk for limit, risk in ATTRITION_STEPS if months < limit), 1)


def _scale(name: str, value: int) -> int:
    if not 1 <= value <= 5:
        raise InvalidRequest("risk_scale_invalid", field=name, value=value)
    return value


def coverage(documented: int, captured: bool) -> int:
    """How well an area is covered: its documentation, raised when an interview captured it."""
    return min(5, _scale("documented", documented) + (CAPTURE_BONUS if captured else 0))


def position_risk(criticality: int, uniqueness: int, documented: int, captured: bool) -> int:
    """1–5: criticality, uniqueness and (twice) how little is covered, averaged, rounded half up.

    >>> position_risk(5, 5, 1, False), position_risk(5, 5, 1, True), position_risk(1, 1, 5, False)
    (5, 4, 1)
    """
    gap = 6 - coverage(documented, captured)
    total = _scale("criticality", criticality) + _scale("uniqueness", uniqueness) + 2 * gap
    return math.floor(total / 4 + 0.5)


def action_for(score: int) -> Action:
    """The measure a total score calls for (thresholds above)."""
    if score >= FULL_INTERVIEW_FROM:
        return "full_interview"
    if score >= TARGETED_INTERVIEW_FROM:
        return "targeted_interview"
    return "manager_handover"


@dataclass(frozen=True)
class AreaRisk:
    """The risk of one knowledge area of one person."""

    name: str
    attrition: int
    position: int
    score: int
    action: Action

    @classmethod
    def of(
        cls,
        name: str,
        criticality: int,
        uniqueness: int,
        documented: int,
        captured: bool,
        attrition: int,
    ) -> AreaRisk:
        position = position_risk(criticality, uniqueness, documented, captured)
        score = attrition * position
        return cls(name, attrition, position, score, action_for(score))


@dataclass(frozen=True)
class GroupRisk:
    """A person's or a department's risk: the riskiest of its parts, and how many need action."""

    name: str
    score: int
    action: Action
    full_interviews: int
    targeted_interviews: int


def combine(name: str, parts: Iterable[AreaRisk | GroupRisk]) -> GroupRisk:
    """The risk of a person (from their areas) or a department (from its people).

    >>> a = AreaRisk.of("Kasse", 4, 4, 2, False, attrition=5)
    >>> b = AreaRisk.of("Mahnwesen", 2, 2, 4, False, attrition=5)
    >>> person = combine("Frau K.", [a, b])
    >>> person.score, person.action, person.full_interviews, person.targeted_interviews
    (20, 'full_interview', 1, 1)
    """
    items: Sequence[AreaRisk | GroupRisk] = list(parts)
    score = max((p.score for p in items), default=0)
    return GroupRisk(
        name,
        score,
        action_for(score) if items else "manager_handover",
        sum(_count(p, "full_interview") for p in items),
        sum(_count(p, "targeted_interview") for p in items),
    )


def _count(part: AreaRisk | GroupRisk, action: Action) -> int:
    if isinstance(part, AreaRisk):
        return int(part.action == action)
    return part.full_interviews if action == "full_interview" else part.targeted_interviews
