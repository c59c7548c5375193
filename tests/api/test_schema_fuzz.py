"""schemathesis against the OpenAPI document: whatever the schema allows, the service never
answers 5xx (as admin, so the requests get past authentication into every route's body).

Driven through schemathesis' strategies with hypothesis directly: its pytest plugin does not
run under pytest 9.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from app.api.app import create_app
from tests.api.conftest import Api, make_settings

DOCUMENT = create_app(make_settings(Path("/nonexistent"))).openapi()
OPERATIONS = sorted(
    (method.upper(), path) for path, ops in DOCUMENT["paths"].items() for method in ops
)


def _operation(api: Api, method: str, path: str):
    schema = schemathesis.openapi.from_asgi("/openapi.json", api.client.app)
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.method.upper() == method and operation.path == path:
            return operation
    raise AssertionError(f"{method} {path} not in the schema")


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_request_the_schema_allows_gets_a_server_error(api: Api, method: str, path: str):
    operation = _operation(api, method, path)
    headers = dict(api.admin)

    @given(case=operation.as_strategy())
    @settings(
        max_examples=10,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def check(case) -> None:
        response = case.call(headers={**(case.headers or {}), **headers})
        assert response.status_code < 500, (method, path, response.text[:500])
        if response.status_code >= 400:
            content_type = response.headers.get("content-type", [""])
            assert content_type[0].startswith("application/problem+json"), content_type

    check()


def test_the_openapi_document_has_examples():
    bodies = DOCUMENT["components"]["schemas"]
    assert bodies["UserCreate"].get("examples") and bodies["LoginRequest"].get("examples")
