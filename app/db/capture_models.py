"""The knowledge-capture tables: people and their knowledge areas, interview guides with versions,
interviews with their questions, answers and status history, and the ticks of a handover plan.

An interview keeps the guide version it was held with: its questions are copied from that version
when it is planned, so a later edit of the guide changes no interview already planned.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models import Base, DocumentRecord, User, utcnow

area_documents = Table(
    "area_documents",
    Base.metadata,
    Column("area_id", ForeignKey("knowledge_areas.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

answer_areas = Table(
    "answer_areas",
    Base.metadata,
    Column("answer_id", ForeignKey("interview_answers.id", ondelete="CASCADE"), primary_key=True),
    Column("area_id", ForeignKey("knowledge_areas.id", ondelete="CASCADE"), primary_key=True),
)


class Person(Base):
    """Someone whose knowledge matters: planned exit, successor, the account they log in with."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200), index=True, default=None)
    role: Mapped[str] = mapped_column(String(200), default="")  # Funktion, Stelle
    exit_date: Mapped[date | None] = mapped_column(Date, default=None)
    successor_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    contact: Mapped[str] = mapped_column(Text, default="")  # phone, room, e-mail
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), unique=True, default=None
    )
    handed_over_at: Mapped[datetime | None] = mapped_column(default=None)  # items passed on
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    areas: Mapped[list[KnowledgeArea]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="KnowledgeArea.id"
    )
    successor: Mapped[Person | None] = relationship(remote_side=[id])
    user: Mapped[User | None] = relationship(foreign_keys=[user_id])


class KnowledgeArea(Base):
    """A task or field of knowledge a person holds, scored 1-5 for the risk overview."""

    __tablename__ = "knowledge_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    criticality: Mapped[int] = mapped_column(Integer)  # 5 = the office stops without it
    uniqueness: Mapped[int] = mapped_column(Integer)  # 5 = nobody else can do it
    documented: Mapped[int] = mapped_column(Integer)  # 5 = fully written down
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    person: Mapped[Person] = relationship(back_populates="areas")
    documents: Mapped[list[DocumentRecord]] = relationship(
        secondary=area_documents, order_by="DocumentRecord.title"
    )


class Guide(Base):
    """An interview guide (Leitfaden); its questions live in versions."""

    __tablename__ = "guides"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    for_role: Mapped[str] = mapped_column(String(200), default="")  # "" = every role
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    versions: Mapped[list[GuideVersion]] = relationship(
        back_populates="guide", cascade="all, delete-orphan", order_by="GuideVersion.version"
    )


class GuideVersion(Base):
    """One version of a guide's questions: [{"key", "text", "hint", "horizon"}, ..]."""

    __tablename__ = "guide_versions"
    __table_args__ = (UniqueConstraint("guide_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    guide_id: Mapped[int] = mapped_column(ForeignKey("guides.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    questions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    guide: Mapped[Guide] = relationship(back_populates="versions")


class Interview(Base):
    """An expert interview and where it stands in the flow geplant → … → veröffentlicht."""

    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    guide_version_id: Mapped[int] = mapped_column(ForeignKey("guide_versions.id"))
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(32), default="geplant", index=True)
    scheduled_for: Mapped[date | None] = mapped_column(Date, default=None)
    interviewer: Mapped[str] = mapped_column(String(200), default="")
    access_groups: Mapped[list[str]] = mapped_column(default=list)  # chosen at release
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)  # by the expert
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    transcript_path: Mapped[str | None] = mapped_column(Text, default=None)  # under data dir
    transcript_name: Mapped[str] = mapped_column(Text, default="")
    transcript_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    transcript_document_id: Mapped[str | None] = mapped_column(String(32), default=None)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    person: Mapped[Person] = relationship()
    guide_version: Mapped[GuideVersion] = relationship()
    questions: Mapped[list[InterviewQuestion]] = relationship(
        cascade="all, delete-orphan", order_by="InterviewQuestion.position"
    )
    answers: Mapped[list[InterviewAnswer]] = relationship(
        cascade="all, delete-orphan",
        order_by="InterviewAnswer.id",
    )
    changes: Mapped[list[StatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="StatusChange.id"
    )


class InterviewQuestion(Base):
    """A question of one interview, copied from its guide version (or added in the interview)."""

    __tablename__ = "interview_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(64), default="")  # the guide's question key
    text: Mapped[str] = mapped_column(Text)
    hint: Mapped[str] = mapped_column(Text, default="")
    horizon: Mapped[str] = mapped_column(String(16), default="")  # woche | monat | jahr


class InterviewAnswer(Base):
    """One knowledge item: an answer to a question, or one part of a split answer. Published,
    it is one searchable document (`document_id`)."""

    __tablename__ = "interview_answers"
    __table_args__ = (UniqueConstraint("question_id", "part"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("interview_questions.id", ondelete="CASCADE"), index=True
    )
    part: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[str | None] = mapped_column(String(32), default=None)  # when published
    published_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    question: Mapped[InterviewQuestion] = relationship()
    areas: Mapped[list[KnowledgeArea]] = relationship(
        secondary=answer_areas, order_by="KnowledgeArea.id"
    )


class StatusChange(Base):
    """Who moved an interview from which status to which, and when."""

    __tablename__ = "interview_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(Integer, default=None)  # kept after deletion
    username: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)


class HandoverTick(Base):
    """A handover item the successor ticked off; `key` is the generated item's stable key."""

    __tablename__ = "handover_ticks"
    __table_args__ = (UniqueConstraint("person_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    done_by: Mapped[str] = mapped_column(String(64), default="")
    done_at: Mapped[datetime] = mapped_column(default=utcnow)
