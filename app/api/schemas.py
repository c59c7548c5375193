"""Request and response models of the core routes (auth, users, groups, system); one pair per
resource, never an ORM object. Examples feed the OpenAPI document."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.db.models import ApiToken, AuditEvent, Group, User

Role = Literal["reader", "editor", "hr", "admin"]


class LoginRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"username": "admin", "password": "…"}]}
    )
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class Me(BaseModel):
    id: int
    username: str
    role: Role
    groups: list[str]


class TokenCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "Fachverfahren Meldewesen", "expires_days": 90}]}
    )
    name: str = Field(min_length=1, max_length=100)
    expires_days: int = Field(90, ge=1, le=3650)


class TokenCreated(BaseModel):
    id: int
    name: str
    token: str = Field(description="Shown only this once; only its hash is stored.")
    expires_at: datetime


class TokenPublic(BaseModel):
    id: int
    name: str
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None

    @classmethod
    def of(cls, row: ApiToken) -> TokenPublic:
        return cls(
            id=row.id,
            name=row.name,
            created_at=row.created_at,
            expires_at=row.expires_at,
            last_used_at=row.last_used_at,
        )


class TokensPublic(BaseModel):
    tokens: list[TokenPublic]


class UserCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "username": "m.schneider",
                    "password": "sicheres-passwort",
                    "role": "editor",
                    "groups": ["personalamt"],
                }
            ]
        }
    )
    username: str = Field(min_length=2, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    role: Role = "reader"
    groups: list[str] = Field(default_factory=list, max_length=100)


class UserUpdate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"role": "hr", "groups": ["hr"]}]})
    password: str | None = Field(None, min_length=1, max_length=1024)
    role: Role | None = None
    groups: list[str] | None = Field(None, max_length=100)
    active: bool | None = None


class UserPublic(BaseModel):
    id: int
    username: str
    role: Role
    groups: list[str]
    active: bool
    created_at: datetime

    @classmethod
    def of(cls, user: User) -> UserPublic:
        return cls(
            id=user.id,
            username=user.username,
            role=user.role,  # type: ignore[arg-type]
            groups=[g.name for g in user.groups],
            active=user.active,
            created_at=user.created_at,
        )


class UsersPublic(BaseModel):
    users: list[UserPublic]


class GroupCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "personalamt", "description": "Personalakten"}]}
    )
    name: str = Field(min_length=1, max_length=64)
    description: str = Field("", max_length=1000)


class GroupPublic(BaseModel):
    id: int
    name: str
    description: str
    members: int

    @classmethod
    def of(cls, group: Group) -> GroupPublic:
        return cls(
            id=group.id, name=group.name, description=group.description, members=len(group.members)
        )


class GroupsPublic(BaseModel):
    groups: list[GroupPublic]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class StatsPublic(BaseModel):
    documents: int
    chunks: int
    by_department: dict[str, int]
    by_doc_type: dict[str, int]


class AuditEventPublic(BaseModel):
    id: int
    at: datetime
    username: str
    action: str
    target: str
    detail: dict[str, object]

    @classmethod
    def of(cls, event: AuditEvent) -> AuditEventPublic:
        return cls(
            id=event.id,
            at=event.at,
            username=event.username,
            action=event.action,
            target=event.target,
            detail=event.detail,
        )


class AuditPublic(BaseModel):
    events: list[AuditEventPublic]
    total: int
