"""Request and response models of the document routes; never an ORM object."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.db.models import DocumentRecord
from search.types import Chunk

NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL
Name = Annotated[str, Field(min_length=1, max_length=100, pattern=NO_NUL)]


class DocumentPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "3f2a9c0d1b7e4a55a1c2d3e4f5061728",
                    "title": "Urlaubsantrag stellen",
                    "department": "Personalamt",
                    "doc_type": "prozess",
                    "tags": ["urlaub"],
                    "access_groups": ["personalamt"],
                    "owner": "m.schneider",
                    "filename": "urlaubsantrag.md",
                    "size": 2048,
                    "sha256": "…",
                    "ingested_at": "2025-01-15T09:30:00Z",
                    "chunks": 4,
                }
            ]
        }
    )
    id: str
    title: str
    department: str | None
    doc_type: str
    tags: list[str]
    access_groups: list[str] = Field(description="Empty: every user may see the document.")
    owner: str | None = Field(description="Username of who uploaded it, if known.")
    filename: str
    size: int | None
    sha256: str | None
    ingested_at: datetime
    chunks: int

    @classmethod
    def fields_of(cls, row: DocumentRecord) -> dict[str, object]:
        return {
            "id": row.id,
            "title": row.title,
            "department": row.department,
            "doc_type": row.doc_type,
            "tags": list(row.tags or []),
            "access_groups": list(row.access_groups or []),
            "owner": row.owner.username if row.owner else None,
            "filename": row.filename,
            "size": row.size,
            "sha256": row.sha256,
            "ingested_at": row.ingested_at,
            "chunks": row.chunks,
        }

    @classmethod
    def of(cls, row: DocumentRecord) -> DocumentPublic:
        return cls.model_validate(cls.fields_of(row))


class DocumentsPublic(BaseModel):
    documents: list[DocumentPublic]
    total: int
    limit: int
    offset: int


class ChunkPublic(BaseModel):
    chunk_id: str
    position: int
    text: str
    heading_path: list[str]
    page: int | None
    timestamp: float | None
    speaker: str | None

    @classmethod
    def of(cls, chunk: Chunk) -> ChunkPublic:
        return cls(
            chunk_id=chunk.id,
            position=chunk.position,
            text=chunk.text,
            heading_path=list(chunk.heading_path),
            page=chunk.page,
            timestamp=chunk.timestamp,
            speaker=chunk.speaker,
        )


class DocumentDetail(DocumentPublic):
    chunks_list: list[ChunkPublic]

    @classmethod
    def of_chunks(cls, row: DocumentRecord, chunks: list[Chunk]) -> DocumentDetail:
        return cls.model_validate(
            {**cls.fields_of(row), "chunks_list": [ChunkPublic.of(c) for c in chunks]}
        )


class DocumentUpdate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"department": "Personalamt", "access_groups": ["personalamt"]}]
        }
    )
    title: str | None = Field(None, min_length=1, max_length=500, pattern=NO_NUL)
    department: str | None = Field(None, min_length=1, max_length=200, pattern=NO_NUL)
    doc_type: str | None = Field(None, min_length=1, max_length=64, pattern=NO_NUL)
    tags: list[Name] | None = Field(None, max_length=100)
    access_groups: list[Name] | None = Field(
        None, max_length=100, description="Existing groups; an empty list makes it public."
    )
