"""knowledge capture

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 14:57:36.710437
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("for_role", sa.String(length=200), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guides")),
        sa.UniqueConstraint("name", name=op.f("uq_guides_name")),
    )
    op.create_table(
        "guide_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guide_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["guide_id"],
            ["guides.id"],
            name=op.f("fk_guide_versions_guide_id_guides"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guide_versions")),
        sa.UniqueConstraint("guide_id", "version", name=op.f("uq_guide_versions_guide_id")),
    )
    with op.batch_alter_table("guide_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guide_versions_guide_id"), ["guide_id"], unique=False)

    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("exit_date", sa.Date(), nullable=True),
        sa.Column("successor_id", sa.Integer(), nullable=True),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("handed_over_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["successor_id"],
            ["people.id"],
            name=op.f("fk_people_successor_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_people_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("user_id", name=op.f("uq_people_user_id")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_department"), ["department"], unique=False)

    op.create_table(
        "handover_ticks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("done_by", sa.String(length=64), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_handover_ticks_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_ticks")),
        sa.UniqueConstraint("person_id", "key", name=op.f("uq_handover_ticks_person_id")),
    )
    with op.batch_alter_table("handover_ticks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handover_ticks_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("guide_version_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("scheduled_for", sa.Date(), nullable=True),
        sa.Column("interviewer", sa.String(length=200), nullable=False),
        sa.Column("access_groups", sa.JSON(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_by", sa.String(length=64), nullable=False),
        sa.Column("transcript_path", sa.Text(), nullable=True),
        sa.Column("transcript_name", sa.Text(), nullable=False),
        sa.Column("transcript_sha256", sa.String(length=64), nullable=True),
        sa.Column("transcript_document_id", sa.String(length=32), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["users.id"],
            name=op.f("fk_interviews_created_by_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["guide_version_id"],
            ["guide_versions.id"],
            name=op.f("fk_interviews_guide_version_id_guide_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_interviews_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interviews_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interviews_status"), ["status"], unique=False)

    op.create_table(
        "knowledge_areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("criticality", sa.Integer(), nullable=False),
        sa.Column("uniqueness", sa.Integer(), nullable=False),
        sa.Column("documented", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_knowledge_areas_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_areas")),
    )
    with op.batch_alter_table("knowledge_areas", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_knowledge_areas_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "area_documents",
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["knowledge_areas.id"],
            name=op.f("fk_area_documents_area_id_knowledge_areas"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_area_documents_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("area_id", "document_id", name=op.f("pk_area_documents")),
    )
    op.create_table(
        "interview_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("hint", sa.Text(), nullable=False),
        sa.Column("horizon", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_questions_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_questions")),
    )
    with op.batch_alter_table("interview_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interview_questions_interview_id"), ["interview_id"], unique=False
        )

    op.create_table(
        "interview_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=False),
        sa.Column("to_status", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_status_changes_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_status_changes")),
    )
    with op.batch_alter_table("interview_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interview_status_changes_interview_id"), ["interview_id"], unique=False
        )

    op.create_table(
        "interview_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=True),
        sa.Column("published_sha256", sa.String(length=64), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_answers_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["interview_questions.id"],
            name=op.f("fk_interview_answers_question_id_interview_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_answers")),
        sa.UniqueConstraint("question_id", "part", name=op.f("uq_interview_answers_question_id")),
    )
    with op.batch_alter_table("interview_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interview_answers_interview_id"), ["interview_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interview_answers_question_id"), ["question_id"], unique=False
        )

    op.create_table(
        "answer_areas",
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["interview_answers.id"],
            name=op.f("fk_answer_areas_answer_id_interview_answers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["knowledge_areas.id"],
            name=op.f("fk_answer_areas_area_id_knowledge_areas"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("answer_id", "area_id", name=op.f("pk_answer_areas")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("review_months", sa.Integer(), server_default="12", nullable=False)
        )
        batch_op.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("reviewed_at")
        batch_op.drop_column("review_months")
        batch_op.drop_column("author")

    op.drop_table("answer_areas")
    with op.batch_alter_table("interview_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_answers_question_id"))
        batch_op.drop_index(batch_op.f("ix_interview_answers_interview_id"))

    op.drop_table("interview_answers")
    with op.batch_alter_table("interview_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_status_changes_interview_id"))

    op.drop_table("interview_status_changes")
    with op.batch_alter_table("interview_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_questions_interview_id"))

    op.drop_table("interview_questions")
    op.drop_table("area_documents")
    with op.batch_alter_table("knowledge_areas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_areas_person_id"))

    op.drop_table("knowledge_areas")
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interviews_status"))
        batch_op.drop_index(batch_op.f("ix_interviews_person_id"))

    op.drop_table("interviews")
    with op.batch_alter_table("handover_ticks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_ticks_person_id"))

    op.drop_table("handover_ticks")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_department"))

    op.drop_table("people")
    with op.batch_alter_table("guide_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guide_versions_guide_id"))

    op.drop_table("guide_versions")
    op.drop_table("guides")
