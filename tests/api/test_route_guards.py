"""Every route but /health refuses a caller without a valid token (401) and every admin-only
route refuses readers (403): walked over the app's own route table, so a new route is covered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.api.app import create_app
from tests.api.conftest import make_settings

PUBLIC = {("GET", "/health"), ("POST", "/auth/login")}


def _routes():
    """From the OpenAPI document: every route the service publishes."""
    app = create_app(make_settings(Path("/nonexistent")))
    for path, operations in app.openapi()["paths"].items():
        for method in operations:
            yield method.upper(), path


ROUTES = sorted(set(_routes()))


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def test_the_walk_sees_the_routes():
    assert ("POST", "/users") in ROUTES and len(ROUTES) >= 12


@pytest.mark.parametrize(("method", "path"), [r for r in ROUTES if r not in PUBLIC])
def test_protected_route_without_token_is_401(api, method, path):
    for headers in ({}, {"Authorization": "Bearer falsch"}):
        response = api.client.request(method, _concrete(path), headers=headers)
        assert response.status_code == 401, (method, path, response.text)
        assert response.json()["status"] == 401


ADMIN_ONLY = [
    ("POST", "/users"),
    ("GET", "/users"),
    ("PATCH", "/users/{user_id}"),
    ("DELETE", "/users/{user_id}"),
    ("POST", "/groups"),
    ("GET", "/audit"),
]


@pytest.mark.parametrize(("method", "path"), ADMIN_ONLY)
def test_admin_route_refuses_a_reader_with_403(api, method, path):
    reader = api.user("leser")
    body = {"username": "neu", "password": "lang-genug"} if method == "POST" else None
    if path == "/groups":
        body = {"name": "g"}
    response = api.client.request(method, _concrete(path), headers=reader, json=body)
    assert response.status_code == 403, response.text
    assert response.json()["code"] == "role_required"
