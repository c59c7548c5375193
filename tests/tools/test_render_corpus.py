"""tools/render_corpus.py rebuilds the committed corpus files from their Markdown sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.converters import convert
from ingest.metadata import load_meta

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "tools" / "corpus_sources"
RENDERER = REPO / "tools" / "render_corpus.py"
# one source per format and house template
SAMPLES = {
    "buergerbuero/personalausweis_beantragen_2019_alt.docx": "hollernet",
    "personalamt/elternzeit_merkblatt.docx": "intranet",
    "interviews/interview_strothmann_ratsbuero.docx": "interview",
    "steueramt/hundesteuer_merkblatt_2018_alt.pdf": "hollernet",
    "ratsbuero/ratsinformationssystem_anleitung.pdf": "intranet",
    "buergerbuero/fuehrungszeugnis_beantragen.html": "hollernet",
    "personalamt/dienstreiseantrag.html": "intranet",
    "buergerbuero/ok_ewo_stoerung_2025-11.eml": "hollernet",
    "personalamt/rundmail_uebergabe_ruhestand.eml": "intranet",
    "personalamt/onboarding_willkommen.pptx": "intranet",
}


def _render(sources: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(RENDERER), "--sources", str(sources), "--out", str(out), *args]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src, out = tmp_path_factory.mktemp("src"), tmp_path_factory.mktemp("out")
    for target in SAMPLES:
        source = Path(target).with_suffix(".md")
        (src / source.parent).mkdir(parents=True, exist_ok=True)
        shutil.copy(SOURCES / source, src / source)
    result = _render(src, out)
    assert result.returncode == 0, result.stderr
    return out


def _sections(path: Path) -> list[tuple[object, ...]]:
    doc = convert(path, load_meta(path), "id")
    return [(s.text, s.heading_path, s.page, s.kind) for s in doc.sections]


@pytest.mark.parametrize("target", sorted(SAMPLES))
def test_rendered_file_equals_committed_corpus_file(rendered: Path, target: str) -> None:
    new, old = rendered / target, REPO / "corpus" / target
    sidecar = ".meta.yaml"
    assert Path(f"{new}{sidecar}").read_bytes() == Path(f"{old}{sidecar}").read_bytes()
    if new.suffix == ".pdf":
        # the embedded font subset depends on the installed DejaVu build: compare what is read
        assert _sections(new) == _sections(old)
    else:
        assert new.read_bytes() == old.read_bytes()


def test_missing_font_is_a_clear_error(tmp_path: Path) -> None:
    source = Path("steueramt/hundesteuer_merkblatt_2018_alt.md")
    (tmp_path / "src" / source.parent).mkdir(parents=True)
    shutil.copy(SOURCES / source, tmp_path / "src" / source)
    result = _render(tmp_path / "src", tmp_path / "out", "--font-dir", str(tmp_path))
    assert result.returncode == 1
    assert "DejaVuSans.ttf not found" in result.stderr and "--font-dir" in result.stderr
