"""A long command line does not crash the ONNX embedder (issue 8: onnxruntime 1.30's telemetry
runs a recursive regex over /proc/self/cmdline at import and overflows the stack past ~33 KB)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("onnxruntime")

REPO = Path(__file__).resolve().parents[2]
REPO_MODEL = REPO / "models" / "multilingual-e5-small"
ONE_LONG = ["a" * 120_000]  # one argument, just under Linux's 128 KiB per-argument limit
MANY_SHORT = [f"dir/datei-{i:05d}.md" for i in range(8_000)]  # ~150 KB of shell-expanded paths

WARM_UP_WITHOUT_MODEL = """
import sys
from search.errors import ConfigError
from search.onnx_embedder import OnnxEmbedder
try:
    OnnxEmbedder(sys.argv[1]).warm_up()
except ConfigError as exc:
    print("ConfigError:", exc)
"""

EMBED_ONE = """
import sys
import numpy as np
from search.onnx_embedder import OnnxEmbedder
vector = OnnxEmbedder(sys.argv[1], threads=1).embed_query("Wie beantrage ich Urlaub?")
print(vector.shape[0], round(float(np.linalg.norm(vector)), 4))
"""


def run_child(tmp_path: Path, code: str, *args: str) -> subprocess.CompletedProcess:
    """The code as a script in a fresh process, telemetry "0" as a user might set it.

    A script file, not `-c`: a newline in the command line ends the regex's `.*` early and
    hides the crash.
    """
    script = tmp_path / "child.py"
    script.write_text(code, encoding="utf-8")
    env = {
        **os.environ,
        "ORT_DISABLE_TELEMETRY": "0",
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(REPO),
    }
    return subprocess.run(
        [sys.executable, str(script), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("long_args", [ONE_LONG, MANY_SHORT], ids=["one-argument", "many-paths"])
def test_loading_onnxruntime_survives_a_long_command_line(tmp_path: Path, long_args) -> None:
    result = run_child(tmp_path, WARM_UP_WITHOUT_MODEL, str(tmp_path), *long_args)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert "model_missing" in result.stdout  # onnxruntime was imported before the check


@pytest.mark.skipif(
    not (REPO_MODEL / "onnx" / "model_int8.onnx").is_file(), reason="no exported ONNX model"
)
def test_embedding_works_with_a_long_command_line(tmp_path: Path) -> None:
    result = run_child(tmp_path, EMBED_ONE, str(REPO_MODEL), *ONE_LONG)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert result.stdout.split() == ["384", "1.0"]
