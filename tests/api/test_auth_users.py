"""Logins, tokens, users and groups through the real app."""

from __future__ import annotations

from sqlalchemy import select

from app.db.models import ApiToken, AuditEvent, User
from tests.api.conftest import ADMIN_PASSWORD


def test_login_returns_a_bearer_token_of_exactly_the_contract_shape(api_both):
    response = api_both.client.post(
        "/auth/login", json={"username": "admin", "password": ADMIN_PASSWORD}
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access_token", "token_type"} and body["token_type"] == "bearer"
    me = api_both.client.get(
        "/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert me.json() == {"id": 1, "username": "admin", "role": "admin", "groups": []}


def test_wrong_password_is_401_problem_details_and_audited(api_both):
    response = api_both.client.post("/auth/login", json={"username": "admin", "password": "falsch"})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["www-authenticate"] == "Bearer"
    problem = response.json()
    assert problem["status"] == 401 and problem["code"] == "login_failed"
    assert "Passwort falsch" in problem["detail"]
    with api_both.state().db.session() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert "login_failed" in actions and "login" in actions


def test_failed_logins_are_throttled_then_even_the_right_password_waits(api):
    for _ in range(api.settings.login_attempts):
        assert (
            api.client.post("/auth/login", json={"username": "admin", "password": "x"}).status_code
            == 401
        )
    response = api.client.post(
        "/auth/login", json={"username": "admin", "password": ADMIN_PASSWORD}
    )
    assert response.status_code == 429
    assert 0 < int(response.headers["retry-after"]) <= api.settings.login_window_seconds
    assert response.json()["code"] == "login_throttled"


def test_passwords_and_tokens_are_stored_hashed(api):
    headers = api.user("anna", "reader")
    token = headers["Authorization"].split()[1]
    with api.state().db.session() as session:
        user = session.scalar(select(User).where(User.username == "anna"))
        assert user is not None and user.password_hash.startswith("$argon2id$")
        assert "anna-pw-123" not in user.password_hash
        hashes = list(session.scalars(select(ApiToken.token_hash)))
    assert token not in hashes and len(hashes) >= 2


def test_api_token_is_shown_once_works_and_stops_working_when_revoked(api):
    created = api.client.post(
        "/auth/tokens", json={"name": "Fachverfahren", "expires_days": 30}, headers=api.admin
    )
    assert created.status_code == 201
    body = created.json()
    token = {"Authorization": f"Bearer {body['token']}"}
    assert api.client.get("/auth/me", headers=token).status_code == 200
    listed = api.client.get("/auth/tokens", headers=api.admin).json()["tokens"]
    assert [t["name"] for t in listed] == ["Fachverfahren"] and "token" not in listed[0]
    assert api.client.delete(f"/auth/tokens/{body['id']}", headers=api.admin).status_code == 204
    assert api.client.get("/auth/me", headers=token).status_code == 401


def test_expired_token_is_refused(api):
    from datetime import timedelta

    from app.db.models import utcnow

    headers = api.user("bernd")
    with api.state().db.session() as session:
        for row in session.scalars(select(ApiToken)):
            row.expires_at = utcnow() - timedelta(seconds=1)
    response = api.client.get("/auth/me", headers=headers)
    assert response.status_code == 401 and response.json()["code"] == "token_invalid"


def test_token_lifetime_is_bounded(api):
    response = api.client.post(
        "/auth/tokens", json={"name": "x", "expires_days": 4000}, headers=api.admin
    )
    assert response.status_code == 422


def test_admin_manages_users_and_groups(api_both):
    api = api_both
    assert (
        api.client.post(
            "/groups", json={"name": "personalamt", "description": "Personal"}, headers=api.admin
        ).status_code
        == 201
    )
    assert (
        api.client.post("/groups", json={"name": "personalamt"}, headers=api.admin).status_code
        == 409
    )
    created = api.client.post(
        "/users",
        json={
            "username": "m.schneider",
            "password": "sicher-123",
            "role": "editor",
            "groups": ["personalamt"],
        },
        headers=api.admin,
    )
    assert created.status_code == 201
    user = created.json()
    assert user["groups"] == ["personalamt"] and user["role"] == "editor" and user["active"]
    patched = api.client.patch(
        f"/users/{user['id']}", json={"role": "hr", "groups": []}, headers=api.admin
    )
    assert patched.json()["role"] == "hr" and patched.json()["groups"] == []
    groups = api.client.get("/groups", headers=api.admin).json()["groups"]
    assert groups[0]["name"] == "personalamt" and groups[0]["members"] == 0
    names = [u["username"] for u in api.client.get("/users", headers=api.admin).json()["users"]]
    assert names == ["admin", "m.schneider"]
    assert api.client.delete(f"/users/{user['id']}", headers=api.admin).status_code == 204
    assert (
        api.client.post(
            "/auth/login", json={"username": "m.schneider", "password": "sicher-123"}
        ).status_code
        == 401
    )
    events = api.client.get("/audit", headers=api.admin).json()["events"]
    actions = {e["action"] for e in events}
    assert {"user_created", "user_changed", "user_deleted", "group_created"} <= actions


def test_unknown_group_duplicate_user_and_short_password_are_clear_4xx(api):
    bad_group = api.client.post(
        "/users",
        json={"username": "x1", "password": "lang-genug", "groups": ["gibtsnicht"]},
        headers=api.admin,
    )
    assert bad_group.status_code == 422 and "gibtsnicht" in bad_group.json()["detail"]
    short = api.client.post(
        "/users", json={"username": "x2", "password": "kurz"}, headers=api.admin
    )
    assert short.status_code == 422 and short.json()["field"] == "password"
    api.user("doppelt")
    dup = api.client.post(
        "/users", json={"username": "doppelt", "password": "lang-genug"}, headers=api.admin
    )
    assert dup.status_code == 409


def test_the_last_admin_cannot_be_demoted_deactivated_or_delete_themselves(api):
    assert (
        api.client.patch("/users/1", json={"role": "reader"}, headers=api.admin).status_code == 409
    )
    assert (
        api.client.patch("/users/1", json={"active": False}, headers=api.admin).status_code == 409
    )
    assert api.client.delete("/users/1", headers=api.admin).status_code == 409


def test_deactivated_user_loses_access_at_once(api):
    headers = api.user("carla")
    user_id = api.client.get("/auth/me", headers=headers).json()["id"]
    api.client.patch(f"/users/{user_id}", json={"active": False}, headers=api.admin)
    assert api.client.get("/auth/me", headers=headers).status_code == 401


def test_password_change_ends_the_users_sessions(api):
    headers = api.user("dora")
    user_id = api.client.get("/auth/me", headers=headers).json()["id"]
    api.client.patch(f"/users/{user_id}", json={"password": "neues-passwort"}, headers=api.admin)
    assert api.client.get("/auth/me", headers=headers).status_code == 401
    assert api.login("dora", "neues-passwort")


def test_first_start_generates_a_password_when_none_is_set(start_api, tmp_path, capfd):
    from fastapi.testclient import TestClient

    from app.api.app import create_app
    from app.settings import Settings

    settings = Settings(data_dir=tmp_path / "frisch", embedder="hash")
    with TestClient(create_app(settings)):
        pass
    printed = capfd.readouterr().err
    assert "Benutzer 'admin', Passwort: " in printed
    password = printed.split("Passwort: ")[1].split()[0]
    with TestClient(create_app(settings)) as client:  # second start: nothing printed, still valid
        assert (
            client.post("/auth/login", json={"username": "admin", "password": password}).status_code
            == 200
        )
    assert "Passwort" not in capfd.readouterr().err


def test_the_product_hashes_with_the_rfc_9106_low_memory_profile():
    from argon2 import profiles

    import app.services.auth as auth

    assert auth._DUMMY_HASH.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert profiles.RFC_9106_LOW_MEMORY.memory_cost == 65536
