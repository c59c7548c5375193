"""The import contract: import-linter's contracts (pyproject.toml) and the UI's HTTP-only rule."""

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UI_ALLOWED = {"httpx", "streamlit", "altair"}  # altair: Streamlit's own chart library


def imported_roots(path: Path) -> set[str]:
    """Top-level modules `path` imports (relative imports count as the file's own package)."""
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            roots.add("app.ui" if node.level else (node.module or ""))
    return roots


def foreign_imports(folder: Path) -> dict[str, set[str]]:
    """Imports under `folder` that are neither app.ui, stdlib nor an allowed HTTP/UI library."""
    found = {}
    for path in sorted(folder.rglob("*.py")):
        bad = {
            name
            for name in imported_roots(path)
            if not name.startswith("app.ui")
            and name.split(".")[0] not in sys.stdlib_module_names | UI_ALLOWED
        }
        if bad:
            found[path.name] = bad
    return found


def test_import_linter_contracts_are_kept():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_ui_imports_only_http_and_streamlit():
    assert foreign_imports(REPO / "app" / "ui") == {}


def test_the_ui_rule_catches_a_project_import(tmp_path):
    page = tmp_path / "app" / "ui" / "pages"
    page.mkdir(parents=True)
    (page / "search.py").write_text("import httpx\nfrom app.compose import build_services\n")
    (page / "ok.py").write_text("import json\nimport streamlit as st\nfrom . import client\n")
    assert foreign_imports(tmp_path / "app" / "ui") == {"search.py": {"app.compose"}}
