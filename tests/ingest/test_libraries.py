"""Library preparation happens once at start-up; importing or converting patches nothing else.

Each test runs in a fresh interpreter: this test session has already prepared the libraries.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_STATE = """
import json, logging, os, sys
def state():
    from docx.parts.document import DocumentPart
    hooks = sys.modules.get("unstructured.nlp.tokenize")
    return {
        "env": {k: os.environ.get(k) for k in ("SCARF_NO_ANALYTICS", "DO_NOT_TRACK", "AUTO_DOWNLOAD_NLTK")},
        "hooks": getattr(hooks, "__doc__", None),
        "unstructured": sorted(m for m in sys.modules if m.startswith("unstructured")) != [],
        "docx_get_style": DocumentPart.get_style.__qualname__,
        "pypdf_level": logging.getLogger("pypdf").level,
    }
"""
_BLOCK_NETWORK = """
import socket
def refuse(*args, **kwargs):
    raise OSError("network access attempted")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.getaddrinfo = refuse
socket.create_connection = refuse
"""
_CONVERT = """
from pathlib import Path
from ingest.converters import convert
from search.types import DocumentMeta
from tests.ingest import fixtures
tmp = Path(sys.argv[1])
docs = [
    convert(fixtures.make_docx(tmp / "a.docx"), DocumentMeta(), "d"),
    convert(fixtures.make_pdf(tmp / "a.pdf", ["Seite eins des Bescheids."]), DocumentMeta(), "p"),
    convert(fixtures.write(tmp / "a.html", b"<html><title>T</title><h1>Antrag</h1><p>Der Antrag wird geprueft.</p></html>"), DocumentMeta(), "h"),
]
"""


def run_fresh(code: str, tmp_path: Path) -> dict[str, object]:
    env = {"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _STATE + code, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_converters_changes_nothing_process_wide(tmp_path):
    result = run_fresh(
        "before = state()\nimport ingest.converters, ingest.chunking\n"
        "print(json.dumps({'before': before, 'after': state()}))",
        tmp_path,
    )
    assert result["after"] == result["before"]
    assert result["after"]["hooks"] is None and result["after"]["env"]["DO_NOT_TRACK"] is None


def test_prepared_libraries_convert_offline_and_twice_is_harmless(tmp_path):
    result = run_fresh(
        _BLOCK_NETWORK
        + "from ingest.libraries import prepare_libraries\nprepare_libraries()\nfirst = state()\n"
        "prepare_libraries()\n"
        + _CONVERT
        + "print(json.dumps({'first': first, 'after': state(), 'n': [len(d.sections) for d in docs]}))",
        tmp_path,
    )
    first = result["first"]
    assert first["env"] == {
        "SCARF_NO_ANALYTICS": "true",
        "DO_NOT_TRACK": "true",
        "AUTO_DOWNLOAD_NLTK": "false",
    }
    assert first["hooks"] == "Offline NLP hooks (amtswissen)."
    assert all(n > 0 for n in result["n"])
    # converting leaves python-docx's class and pypdf's level as they were
    assert result["after"] == first
    assert first["docx_get_style"] == "DocumentPart.get_style" and first["pypdf_level"] == 0


def test_converter_without_preparation_prepares_itself_offline(tmp_path):
    result = run_fresh(
        _BLOCK_NETWORK + _CONVERT + "print(json.dumps({'after': state(), 'n': len(docs)}))",
        tmp_path,
    )
    assert result["after"]["hooks"] == "Offline NLP hooks (amtswissen)." and result["n"] == 3
    assert result["after"]["pypdf_level"] == 0
