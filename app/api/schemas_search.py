"""Request and response models of search, feedback and gap analytics; examples feed OpenAPI."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from app.services.gaps import REASONS, Gap
from search.types import SearchFilter

Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Names = Annotated[list[Name], Field(default_factory=list, max_length=50)]
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    """Only `YYYY-MM-DD` (pydantic alone would also take a Unix timestamp)."""
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError("expected a date as YYYY-MM-DD")


IsoDate = Annotated[date | None, BeforeValidator(_iso_date), Field(None, description="YYYY-MM-DD")]


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


class SearchFilters(BaseModel):
    """What a search is restricted to; empty lists do not restrict. `date_*` compare against
    the document's last change (else its creation date)."""

    model_config = ConfigDict(extra="forbid")
    departments: Names
    doc_types: Names
    tags: Names
    date_from: IsoDate
    date_to: IsoDate

    @model_validator(mode="after")
    def _ordered(self) -> SearchFilters:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        return self

    def to_filter(self) -> SearchFilter:
        return SearchFilter(
            departments=tuple(self.departments),
            doc_types=tuple(self.doc_types),
            tags=tuple(self.tags),
            date_from=self.date_from,
            date_to=self.date_to,
        )


class SearchRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "query": "Wie beantrage ich Sonderurlaub?",
                    "top_k": 5,
                    "filters": {"departments": ["Personalamt"], "date_from": "2024-01-01"},
                }
            ]
        },
    )
    query: str = Field(min_length=1, description="German question or keywords.")
    top_k: int | None = Field(None, ge=1, le=100, description="Default: AMTSWISSEN_TOP_K.")
    filters: SearchFilters = Field(default_factory=SearchFilters)  # type: ignore[arg-type]

    _query = field_validator("query")(_not_blank)


class SearchHit(BaseModel):
    """A passage as the CLI's `search --json` shows it (`app.services.search.hit_json`)."""

    chunk_id: str
    document_id: str
    title: str
    source: str
    heading_path: list[str]
    page: int | None
    timestamp: float | None = Field(description="Seconds from the start of a recording.")
    speaker: str | None
    department: str | None
    doc_type: str
    review_due: bool = Field(False, description='Overdue for review: "Stand prüfen".')
    score: float
    snippet: str = Field(description="The passage with query terms as <mark>…</mark>.")
    text: str
    expert: str | None = Field(None, description="Whose knowledge it is (interviews).")
    question: str | None = Field(
        None, description="The interview question a published answer answers."
    )


class SearchResponse(BaseModel):
    hits: list[SearchHit]

    @classmethod
    def of(cls, hits: list[dict[str, Any]]) -> SearchResponse:
        return cls(hits=[SearchHit(**h) for h in hits])


class FeedbackCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "chunk_id": "0b3c1f0e-5d7a-5e1b-9a55-3c2f4d1e6a70",
                    "query": "Sonderurlaub beantragen",
                    "helpful": False,
                    "comment": "Veraltet",
                }
            ]
        }
    )
    chunk_id: str = Field(min_length=1, max_length=64)
    query: str = Field("", max_length=2000)
    helpful: bool
    comment: str = Field("", max_length=2000)


class GapReportCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "query": "Wie beantrage ich Sonderurlaub?",
                    "departments": ["Personalamt"],
                    "comment": "Nichts zu Sonderurlaub bei Umzug gefunden",
                }
            ]
        }
    )
    query: str = Field(min_length=1, max_length=2000)
    departments: Names
    comment: str = Field("", max_length=2000)

    _query = field_validator("query")(_not_blank)


class Created(BaseModel):
    id: int


class GapPublic(BaseModel):
    query: str = Field(description="The most frequent wording.")
    variants: list[str]
    count: int
    departments: list[str]
    reasons: dict[str, int] = Field(description=f"Counts by reason: {', '.join(REASONS)}.")
    last_asked: datetime

    @classmethod
    def of(cls, gap: Gap) -> GapPublic:
        return cls(
            query=gap.query,
            variants=list(gap.variants),
            count=gap.count,
            departments=list(gap.departments),
            reasons=dict(gap.reasons),
            last_asked=gap.last_asked,
        )


class GapsPublic(BaseModel):
    gaps: list[GapPublic]
    queries_total: int = Field(description="Questions of the window the caller may see.")
