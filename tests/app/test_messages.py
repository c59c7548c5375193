"""Every error code raised in search/ and ingest/ has one German template, and no template is idle."""

from __future__ import annotations

import ast
import pickle
import re
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

import search.errors
from app.messages import TEMPLATES, german, german_text
from search.errors import AmtswissenError, ConfigError, ConversionError, StoreError

ROOT = Path(__file__).resolve().parents[2]
FAMILY = {
    name
    for name, obj in vars(search.errors).items()
    if isinstance(obj, type) and issubclass(obj, AmtswissenError)
}
CODE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")


@dataclass(frozen=True)
class Site:
    where: str
    code: str | None  # None: the first argument is not a literal
    params: frozenset[str] | None  # None: **kwargs, unknown


def _family_name(func: ast.expr) -> str | None:
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return name if name in FAMILY else None


def error_sites() -> list[Site]:
    """Every `XError(...)` built in the product and the harness, raised or returned (AST walk)."""
    sites = []
    for package in ("search", "ingest", "app", "eval"):
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in ("search/errors.py", "app/messages.py"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and _family_name(node.func):
                    sites.append(_site(f"{rel}:{node.lineno}", node))
    return sites


def _site(where: str, call: ast.Call) -> Site:
    first = call.args[0] if call.args else None
    code = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
    names = [k.arg for k in call.keywords]
    params = None if None in names else frozenset(n for n in names if n)
    return Site(where, code, params)


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


SITES = error_sites()
RAISED = {s.code for s in SITES if s.code}


def test_the_walk_finds_the_raise_sites():
    assert len(SITES) > 60 and {"pdf_encrypted", "file_too_large", "model_missing"} <= RAISED


def test_every_error_is_built_with_a_literal_snake_case_code():
    bad = [s.where for s in SITES if s.code is None or not CODE.fullmatch(s.code)]
    assert bad == []


def test_every_raised_code_has_a_german_template():
    assert sorted(RAISED - set(TEMPLATES)) == []


def test_every_template_belongs_to_a_raised_code():
    assert sorted(set(TEMPLATES) - RAISED) == []


def test_every_raise_site_passes_the_params_its_template_names():
    missing = [
        (s.where, s.code, sorted(fields(TEMPLATES[s.code]) - s.params))
        for s in SITES
        if s.code in TEMPLATES and s.params is not None and fields(TEMPLATES[s.code]) - s.params
    ]
    assert missing == []


def test_german_names_the_file_first_and_formats_sizes():
    error = ConversionError("file_too_large", file="plan.pdf", size=60_000_000, limit=52_428_800)
    assert german(error) == (
        "plan.pdf: Datei zu groß (60.0 MB > 52.4 MB; Grenze: AMTSWISSEN_MAX_FILE_MB)"
    )
    assert german_text("unsupported_type", {"suffix": ""}) == (
        "Dateityp '(ohne Endung)' wird nicht unterstützt"
    )


def test_the_edge_names_the_environment_variable_the_lower_layer_does_not():
    error = ConversionError("text_too_long", chunks=5000, limit=2000, setting="max_chunks_per_file")
    assert "AMTSWISSEN" not in str(error) and "max_chunks_per_file" in str(error)
    assert "AMTSWISSEN_MAX_CHUNKS_PER_FILE erhöhen" in german(error)


def test_unknown_codes_and_missing_params_fall_back_to_the_developer_text():
    assert german(StoreError("index folder x is locked")) == "index folder x is locked"
    assert german(ConfigError("model_missing")) == "model_missing"
    assert german_text("no_such_code", {"n": 1}) == "no_such_code (n=1)"


@pytest.mark.parametrize("cls", [ConversionError, StoreError])
def test_errors_keep_code_params_and_class_through_pickling(cls):
    error = pickle.loads(pickle.dumps(cls("pdf_damaged", file="a.pdf", detail="EOF")))
    assert type(error) is cls and (error.code, error.params) == (
        "pdf_damaged",
        {"file": "a.pdf", "detail": "EOF"},
    )
    assert str(error) == "pdf_damaged (file='a.pdf', detail='EOF')"
