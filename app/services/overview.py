"""The knowledge-at-risk overview ("Risiko-Übersicht") from the database: the formula of
`app/services/risk.py` applied to every knowledge area, person and department, and the chart
data beside it (risk matrix, exits over the next 24 months, coverage per department, open
interviews).

An area is *captured* when it is tagged on an answer of an interview in status
"veröffentlicht"; its attrition comes from its holder's planned exit and `today`.

>>> view = risk_overview(session, today=date(2026, 12, 1))
>>> view.areas[0].risk.score, view.people[0].risk.action
(25, 'full_interview')
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.capture_models import Interview, InterviewAnswer, KnowledgeArea, Person, answer_areas
from app.services.risk import AreaRisk, GroupRisk, attrition_risk, combine, coverage, months_between

PUBLISHED = "veröffentlicht"
OPEN_STATUSES = ("geplant", "geführt", "in Prüfung", "freigegeben")
NO_DEPARTMENT = "(ohne Fachbereich)"
EXIT_MONTHS = 24  # the exits chart looks this far ahead
WELL_DOCUMENTED = 4  # documented >= this: the area counts as written down


@dataclass(frozen=True)
class InterviewRef:
    id: int
    status: str


@dataclass(frozen=True)
class AreaRow:
    """One knowledge area of one person with its risk."""

    area: KnowledgeArea
    person: Person
    captured: bool
    risk: AreaRisk
    months_left: int | None

    @property
    def coverage(self) -> int:
        return coverage(self.area.documented, self.captured)


@dataclass(frozen=True)
class PersonRow:
    """A person, their riskiest area deciding their score, and their latest interview."""

    person: Person
    areas: tuple[AreaRow, ...]
    risk: GroupRisk
    attrition: int
    months_left: int | None
    interview: InterviewRef | None

    @property
    def top(self) -> AreaRow | None:
        return max(self.areas, key=lambda a: a.risk.score, default=None)


@dataclass(frozen=True)
class DepartmentRow:
    name: str
    people: tuple[PersonRow, ...]
    risk: GroupRisk

    @property
    def top(self) -> PersonRow | None:
        return max(self.people, key=lambda p: p.risk.score, default=None)

    @property
    def areas(self) -> int:
        return sum(len(p.areas) for p in self.people)


@dataclass(frozen=True)
class MatrixCell:
    attrition: int
    position: int
    count: int

    @property
    def score(self) -> int:
        return self.attrition * self.position


@dataclass(frozen=True)
class ExitMonth:
    month: str  # YYYY-MM
    people: tuple[str, ...]


@dataclass(frozen=True)
class Coverage:
    department: str
    areas: int
    captured: int
    documented: int  # areas documented >= WELL_DOCUMENTED
    mean_coverage: float  # 1-5, as the formula counts it


@dataclass(frozen=True)
class Charts:
    matrix: tuple[MatrixCell, ...]
    exits: tuple[ExitMonth, ...]
    coverage: tuple[Coverage, ...]
    open_interviews: dict[str, int]


@dataclass(frozen=True)
class Overview:
    departments: tuple[DepartmentRow, ...]
    people: tuple[PersonRow, ...]
    areas: tuple[AreaRow, ...]
    charts: Charts


def load_people(session: Session, department: str | None = None) -> list[Person]:
    """Everyone (of `department`) with their areas, successor and the areas' documents."""
    query = select(Person).options(
        selectinload(Person.areas).selectinload(KnowledgeArea.documents),
        selectinload(Person.successor),
    )
    if department is not None:
        query = query.where(Person.department == department)
    return list(session.scalars(query.order_by(Person.name, Person.id)))


def captured_area_ids(session: Session) -> set[int]:
    """Areas tagged on an answer of a published interview."""
    rows = session.execute(
        select(answer_areas.c.area_id)
        .join(InterviewAnswer, InterviewAnswer.id == answer_areas.c.answer_id)
        .join(Interview, Interview.id == InterviewAnswer.interview_id)
        .where(Interview.status == PUBLISHED)
    )
    return {int(area_id) for (area_id,) in rows}


def latest_interviews(session: Session) -> dict[int, InterviewRef]:
    """Each person's most recent interview (by id)."""
    rows = session.execute(select(Interview.person_id, Interview.id, Interview.status))
    latest: dict[int, InterviewRef] = {}
    for person_id, interview_id, status in rows:
        if person_id not in latest or latest[person_id].id < interview_id:
            latest[person_id] = InterviewRef(interview_id, status)
    return latest


def months_left(person: Person, today: date) -> int | None:
    return None if person.exit_date is None else months_between(today, person.exit_date)


def area_row(area: KnowledgeArea, person: Person, captured: bool, today: date) -> AreaRow:
    attrition = attrition_risk(person.exit_date, today)
    risk = AreaRisk.of(
        area.name, area.criticality, area.uniqueness, area.documented, captured, attrition
    )
    return AreaRow(area, person, captured, risk, months_left(person, today))


def person_rows(
    session: Session, today: date, department: str | None = None
) -> tuple[PersonRow, ...]:
    """Every person with their scored areas, riskiest first."""
    captured = captured_area_ids(session)
    interviews = latest_interviews(session)
    rows = []
    for person in load_people(session, department):
        areas = tuple(area_row(a, person, a.id in captured, today) for a in person.areas)
        risk = combine(person.name, (a.risk for a in areas))
        attrition = attrition_risk(person.exit_date, today)
        left = months_left(person, today)
        rows.append(PersonRow(person, areas, risk, attrition, left, interviews.get(person.id)))
    return tuple(sorted(rows, key=_riskiest_first))


def _riskiest_first(row: PersonRow) -> tuple[int, date, str]:
    return (-row.risk.score, row.person.exit_date or date.max, row.person.name)


def department_name(person: Person) -> str:
    return person.department or NO_DEPARTMENT


def department_rows(people: Sequence[PersonRow]) -> tuple[DepartmentRow, ...]:
    grouped: dict[str, list[PersonRow]] = defaultdict(list)
    for row in people:
        grouped[department_name(row.person)].append(row)
    rows = [DepartmentRow(n, tuple(p), combine(n, (r.risk for r in p))) for n, p in grouped.items()]
    return tuple(sorted(rows, key=lambda d: (-d.risk.score, d.name)))


def risk_overview(session: Session, today: date, department: str | None = None) -> Overview:
    """The scores of every area, person and department (riskiest first) and the charts."""
    people = person_rows(session, today, department)
    areas = tuple(sorted((a for p in people for a in p.areas), key=_area_order))
    departments = department_rows(people)
    charts = Charts(
        risk_matrix(areas),
        exits_by_month(people, today),
        coverage_by_department(departments),
        open_interviews(session, department),
    )
    return Overview(departments, people, areas, charts)


def _area_order(row: AreaRow) -> tuple[int, date, str, str]:
    return (-row.risk.score, row.person.exit_date or date.max, row.person.name, row.area.name)


def risk_matrix(areas: Iterable[AreaRow]) -> tuple[MatrixCell, ...]:
    """How many areas sit in each cell of attrition (1-5) × position (1-5); all 25 cells."""
    counts = Counter((a.risk.attrition, a.risk.position) for a in areas)
    return tuple(
        MatrixCell(att, pos, counts[(att, pos)]) for att in range(5, 0, -1) for pos in range(1, 6)
    )


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def exits_by_month(people: Iterable[PersonRow], today: date) -> tuple[ExitMonth, ...]:
    """Who leaves in each of the next 24 months, this month first (every month listed)."""
    names: dict[str, list[str]] = defaultdict(list)
    for row in people:
        exit_date = row.person.exit_date
        if exit_date is not None and exit_date >= today:
            names[month_key(exit_date.year, exit_date.month)].append(row.person.name)
    months = []
    for offset in range(EXIT_MONTHS):
        index = today.month - 1 + offset
        key = month_key(today.year + index // 12, index % 12 + 1)
        months.append(ExitMonth(key, tuple(sorted(names.get(key, ())))))
    return tuple(months)


def coverage_by_department(departments: Iterable[DepartmentRow]) -> tuple[Coverage, ...]:
    out = []
    for department in departments:
        areas = [a for p in department.people for a in p.areas]
        mean = sum(a.coverage for a in areas) / len(areas) if areas else 0.0
        out.append(
            Coverage(
                department.name,
                len(areas),
                sum(a.captured for a in areas),
                sum(a.area.documented >= WELL_DOCUMENTED for a in areas),
                round(mean, 2),
            )
        )
    return tuple(sorted(out, key=lambda c: c.department))


def open_interviews(session: Session, department: str | None = None) -> dict[str, int]:
    """Interviews not yet published (nor retracted), per status; every open status listed."""
    query = select(Interview.status).where(Interview.status.in_(OPEN_STATUSES))
    if department is not None:
        query = query.join(Person, Person.id == Interview.person_id).where(
            Person.department == department
        )
    counts = Counter(session.scalars(query))
    return {status: counts[status] for status in OPEN_STATUSES}
