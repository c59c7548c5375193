"""Who is calling: passwords (argon2), login sessions and API tokens (random, stored as sha256),
failed-login throttling in the database (so it holds across API processes), the first admin.

>>> token = login(session, settings, "admin", "geheim123", address="10.0.0.7")
>>> resolve_token(session, token)[0].role
'admin'
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, joinedload

from app.db.models import ApiToken, LoginAttempt, User, utcnow
from app.services import audit
from app.settings import Settings
from search.errors import AccessDenied, InvalidRequest, NotFound, Throttled, Unauthenticated

ROLES = ("reader", "editor", "hr", "admin")
TOKEN_PREFIX = "aw_"
MIN_PASSWORD = 8
_hasher = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)
# verified against when the user does not exist, so timing does not tell which names exist
_DUMMY_HASH = _hasher.hash("amtswissen-dummy-password")


@dataclass(frozen=True)
class Caller:
    """The authenticated user of a request, as services need it (never an ORM object)."""

    id: int
    username: str
    role: str
    groups: tuple[str, ...]
    token_id: int | None = None

    def require(self, *roles: str) -> None:
        """Refuse unless the caller has one of `roles` (admin always passes)."""
        if self.role != "admin" and self.role not in roles:
            raise AccessDenied("role_required", roles=", ".join(roles), role=self.role)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def caller_of(user: User, token_id: int | None = None) -> Caller:
    return Caller(user.id, user.username, user.role, tuple(g.name for g in user.groups), token_id)


def hash_password(password: str) -> str:
    check_password(password)
    return _hasher.hash(password)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidRequest("password_too_short", field="password", min=MIN_PASSWORD)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    """Tokens are 256 random bits: a plain sha256 is enough to store them safely."""
    return hashlib.sha256(token.encode()).hexdigest()


def _throttle_keys(username: str, address: str) -> list[tuple[str, int]]:
    name = username.strip().casefold()
    return [(f"{name}|{address}", 1), (f"{name}|*", 4)]  # one address; every address together


def _check_throttle(session: Session, settings: Settings, username: str, address: str) -> None:
    since = utcnow() - timedelta(seconds=settings.login_window_seconds)
    for key, factor in _throttle_keys(username, address):
        count, first = session.execute(
            select(func.count(), func.min(LoginAttempt.at)).where(
                LoginAttempt.key == key, LoginAttempt.at >= since
            )
        ).one()
        if count >= settings.login_attempts * factor:
            wait = settings.login_window_seconds - (utcnow() - _aware(first)).total_seconds()
            raise Throttled("login_throttled", retry_after=max(1, int(wait) + 1))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _record_failure(session: Session, username: str, address: str) -> None:
    for key, _ in _throttle_keys(username, address):
        session.add(LoginAttempt(key=key))


def authenticate(
    session: Session, settings: Settings, username: str, password: str, address: str = ""
) -> User:
    """The active user with this name and password; failures are counted and throttled."""
    _check_throttle(session, settings, username, address)
    user = session.scalar(select(User).where(User.username == username.strip()))
    ok = _verify(user.password_hash if user else _DUMMY_HASH, password)
    if user is None or not ok or not user.active:
        _record_failure(session, username, address)
        audit.record(session, None, "login_failed", f"user:{username[:64]}", {}, address)
        session.commit()  # the count must outlive the refused request's rollback
        raise Unauthenticated("login_failed")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    session.execute(delete(LoginAttempt).where(LoginAttempt.key.like(f"{username.casefold()}|%")))
    return user


def login(
    session: Session, settings: Settings, username: str, password: str, address: str = ""
) -> str:
    """A new session token for the user (shown once; only its hash is stored)."""
    user = authenticate(session, settings, username, password, address)
    lifetime = timedelta(hours=settings.session_hours)
    token, _ = _issue(session, user, "session", "Anmeldung", lifetime)
    audit.record(session, caller_of(user), "login", f"user:{user.id}", {}, address)
    return token


def _issue(
    session: Session, user: User, kind: str, name: str, lifetime: timedelta
) -> tuple[str, ApiToken]:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        user_id=user.id,
        kind=kind,
        name=name,
        token_hash=token_hash(token),
        expires_at=utcnow() + lifetime,
    )
    session.add(row)
    session.flush()
    return token, row


def issue_api_token(
    session: Session, settings: Settings, caller: Caller, name: str, expires_days: int
) -> tuple[str, ApiToken]:
    """A named API token of the caller, valid `expires_days` (at most the configured maximum)."""
    if not 1 <= expires_days <= settings.token_days_max:
        limit = settings.token_days_max
        raise InvalidRequest("token_days_invalid", field="expires_days", max=limit)
    user = session.get_one(User, caller.id)
    token, row = _issue(session, user, "api", name.strip()[:100], timedelta(days=expires_days))
    audit.record(session, caller, "token_created", f"token:{row.id}", {"name": row.name})
    return token, row


def resolve_token(session: Session, token: str) -> tuple[Caller, datetime]:
    """The caller a bearer token belongs to and when the token expires; unknown, expired or of
    an inactive user: 401."""
    row = session.scalar(
        select(ApiToken)
        .where(ApiToken.token_hash == token_hash(token))
        .options(joinedload(ApiToken.user).selectinload(User.groups))
    )
    now = utcnow()
    if row is None or row.expires_at <= now or not row.user.active:
        raise Unauthenticated("token_invalid")
    if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=1):
        row.last_used_at = now  # at most once a minute: a search is not a write
    return caller_of(row.user, row.id), row.expires_at


def list_tokens(session: Session, caller: Caller) -> list[ApiToken]:
    return list(
        session.scalars(
            select(ApiToken)
            .where(ApiToken.user_id == caller.id, ApiToken.kind == "api")
            .order_by(ApiToken.id)
        )
    )


def revoke_token(session: Session, caller: Caller, token_id: int) -> None:
    """Revoke one of the caller's tokens (admins: anyone's)."""
    row = session.get(ApiToken, token_id)
    if row is None or (row.user_id != caller.id and not caller.is_admin):
        raise NotFound("token_not_found", id=token_id)
    session.delete(row)
    audit.record(session, caller, "token_revoked", f"token:{token_id}", {})


def ensure_admin(session: Session, settings: Settings) -> str | None:
    """Create the `admin` user on first start; returns the generated password to print once."""
    if session.scalar(select(func.count()).select_from(User)):
        return None
    password = settings.admin_password or secrets.token_urlsafe(12)
    session.add(User(username="admin", password_hash=hash_password(password), role="admin"))
    session.flush()
    audit.record(session, None, "user_created", "user:admin", {"role": "admin", "first": True})
    return None if settings.admin_password else password
