"""Wer weiß was: who knows about a topic, from knowledge areas, published interview answers and
authored documents, matched with the project's German analyzer (stemming, compound parts), so
"Friedhofsgebühren" finds "Gebühren Friedhof" and "Gebührensatzung Friedhof" alike.

Besides the names of areas, questions and documents, a keyword search (sparse, the caller's
access groups inside the store's query) over what the caller may read attributes matching
passages to their expert or author. A retired expert (exit date past) stays findable as the
source of what they left; today's contact is the first successor still in office. Exit dates
and risk scores are personal data: only HR and admins get them.

>>> found = find_experts(session, services, caller, "Friedhofsgebühren", today=date(2027, 1, 4))
>>> [(e.name, e.retired, e.contact_person.name if e.contact_person else None) for e in found]
[('Erika Berg', True, 'Jonas Weber')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.compose import Services
from app.db.capture_models import Interview, InterviewAnswer, Person
from app.db.models import DocumentRecord
from app.services import overview
from app.services.access import can_see, store_filter
from app.services.auth import Caller
from app.services.search import search
from search.analyzer import GermanSparseEncoder, WordTerms
from search.errors import NotFound

MATCH_FROM = 0.5  # mean per topic word: 1 for the word itself, half the share of its parts
SEARCH_HITS = 50


@dataclass(frozen=True)
class AnswerRef:
    interview_id: int
    answer_id: int
    question: str
    document_id: str | None


@dataclass
class Expert:
    """One person (or an author who is no person on record) and what matched."""

    name: str
    person: Person | None = None
    relevance: float = 0.0  # a rank, not a share: the best match plus a little per further one
    areas: dict[int, str] = field(default_factory=dict)
    answers: dict[int, AnswerRef] = field(default_factory=dict)
    documents: dict[str, DocumentRecord] = field(default_factory=dict)
    retired: bool = False
    contact_person: Person | None = None  # whom to call today
    risk_score: int | None = None  # HR and admins only

    def add(self, score: float) -> None:
        """Rank by the best match; every further match adds a tenth of the smaller score."""
        self.relevance = max(self.relevance, score) + min(self.relevance, score) * 0.1


class Matcher:
    """Does a text speak about the topic: analyzer terms of the topic against the text's."""

    def __init__(self, sparse: GermanSparseEncoder, topic: str) -> None:
        self.sparse = sparse
        self.words: list[WordTerms] = list(
            {t.terms.term: t.terms for t in sparse.tokens(topic)}.values()
        )

    def score(self, text: str) -> float:
        """0–1; the mean over topic words (a word by its own term, else half its parts' share).

        >>> Matcher(sparse, "Friedhofsgebühren").score("Gebühren auf dem Friedhof")
        1.0
        """
        if not self.words:
            return 0.0
        terms = set(self.sparse.analyze(text))
        return sum(_word_score(w, terms) for w in self.words) / len(self.words)


def _word_score(word: WordTerms, terms: set[str]) -> float:
    if word.term in terms:
        return 1.0
    if not word.parts:
        return 0.0
    share = sum(p in terms for p in word.parts) / len(word.parts)
    return 1.0 if share == 1.0 else share / 2


class Directory:
    """Experts by person id, and authors who are no person by their folded name."""

    def __init__(self, people: Sequence[Person], today: date) -> None:
        self.today = today
        self.people = {p.id: p for p in people}
        self.by_user = {p.user_id: p for p in people if p.user_id is not None}
        self.by_name = {p.name.casefold(): p for p in people}
        self.found: dict[str, Expert] = {}

    def of_person(self, person: Person) -> Expert:
        key = f"p{person.id}"
        if key not in self.found:
            retired = person.exit_date is not None and person.exit_date < self.today
            contact = current_contact(person, self.today) if retired else person
            self.found[key] = Expert(person.name, person, retired=retired, contact_person=contact)
        return self.found[key]

    def of_document(self, row: DocumentRecord) -> Expert | None:
        person = self.by_name.get((row.author or "").casefold())
        if person is None and row.owner_id is not None:
            person = self.by_user.get(row.owner_id)
        if person is not None:
            return self.of_person(person)
        if not row.author:
            return None
        return self.found.setdefault(f"a{row.author.casefold()}", Expert(row.author))


def current_contact(person: Person, today: date) -> Person | None:
    """The first successor in the chain still in office."""
    seen, current = {person.id}, person.successor
    while current is not None and current.id not in seen:
        if current.exit_date is None or current.exit_date >= today:
            return current
        seen.add(current.id)
        current = current.successor
    return None


def published_answers(session: Session, caller: Caller) -> list[tuple[Interview, InterviewAnswer]]:
    """Answers of published interviews the caller may read."""
    query = (
        select(Interview)
        .where(Interview.status == overview.PUBLISHED)
        .options(
            selectinload(Interview.answers).selectinload(InterviewAnswer.question),
            selectinload(Interview.answers).selectinload(InterviewAnswer.areas),
        )
    )
    return [
        (interview, answer)
        for interview in session.scalars(query)
        if can_see(caller, interview.access_groups)
        for answer in interview.answers
        if answer.text.strip()
    ]


def match_areas(directory: Directory, matcher: Matcher, people: Iterable[Person]) -> None:
    for person in people:
        for area in person.areas:
            score = matcher.score(f"{area.name}\n{area.description}")
            if score >= MATCH_FROM:
                expert = directory.of_person(person)
                expert.areas[area.id] = area.name
                expert.add(score)


def match_answers(
    directory: Directory, matcher: Matcher, answers: list[tuple[Interview, InterviewAnswer]]
) -> None:
    for interview, answer in answers:
        person = directory.people.get(interview.person_id)
        tags = " ".join(a.name for a in answer.areas)
        score = matcher.score(f"{answer.question.text}\n{tags}\n{answer.text}")
        if person is not None and score >= MATCH_FROM:
            expert = directory.of_person(person)
            ref = AnswerRef(interview.id, answer.id, answer.question.text, answer.document_id)
            expert.answers[answer.id] = ref
            expert.areas.update({a.id: a.name for a in answer.areas})
            expert.add(score)


def match_documents(
    directory: Directory,
    matcher: Matcher,
    rows: Iterable[DocumentRecord],
    passages: dict[str, float],
) -> None:
    """Documents by title and tags, or by a matching passage the keyword search found."""
    for row in rows:
        score = max(matcher.score(f"{row.title}\n{' '.join(row.tags)}"), passages.get(row.id, 0.0))
        expert = directory.of_document(row) if score >= MATCH_FROM else None
        if expert is not None:
            expert.documents[row.id] = row
            expert.add(score)


def matching_passages(
    services: Services, caller: Caller, matcher: Matcher, topic: str
) -> dict[str, float]:
    """Document id → best matching passage score, from a keyword search as the caller."""
    try:
        hits = search(
            services, topic, SEARCH_HITS, store_filter(caller), "sparse", hints=False
        ).hits
    except NotFound:  # no index yet: nothing indexed to attribute
        return {}
    best: dict[str, float] = defaultdict(float)
    for hit in hits:
        best[hit.document_id] = max(
            best[hit.document_id], matcher.score(f"{hit.title}\n{hit.text}")
        )
    return dict(best)


def visible_documents(
    session: Session, caller: Caller, owners: Iterable[int], skip: set[str]
) -> list[DocumentRecord]:
    """Documents that name an author or belong to a person's account, as the caller may see."""
    attributed = or_(DocumentRecord.author.is_not(None), DocumentRecord.owner_id.in_(list(owners)))
    rows = session.scalars(select(DocumentRecord).where(attributed).order_by(DocumentRecord.title))
    return [r for r in rows if r.id not in skip and can_see(caller, r.access_groups)]


def find_experts(
    session: Session, services: Services, caller: Caller, topic: str | None, today: date
) -> list[Expert]:
    """Who knows about `topic`, most relevant first; without a topic, everyone with their areas."""
    people = overview.load_people(session)
    directory = Directory(people, today)
    if topic is None or not topic.strip():
        for person in people:
            directory.of_person(person).areas.update({a.id: a.name for a in person.areas})
    else:
        matcher = Matcher(services.sparse, topic)
        answers = published_answers(session, caller)
        match_areas(directory, matcher, people)
        match_answers(directory, matcher, answers)
        skip = {a.document_id for _, a in answers if a.document_id}
        passages = matching_passages(services, caller, matcher, topic)
        match_documents(
            directory,
            matcher,
            visible_documents(session, caller, directory.by_user, skip),
            passages,
        )
    experts = list(directory.found.values())
    if caller.role in ("hr", "admin"):
        add_risk(session, experts, today)
    return sorted(experts, key=lambda e: (-e.relevance, e.retired, e.name))


def add_risk(session: Session, experts: list[Expert], today: date) -> None:
    scores = {row.person.id: row.risk.score for row in overview.person_rows(session, today)}
    for expert in experts:
        if expert.person is not None:
            expert.risk_score = scores.get(expert.person.id)
