"""Writes the interview transcripts in Word format and the BPMN process models into corpus/.

Run: .venv/bin/python eval/corpus_build/build_interviews.py  (deterministic; fixed dates)
The WebVTT/SRT/TXT transcripts are plain text and live directly in corpus/interviews/.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bpmn_models import MODELS, to_xml  # noqa: E402
from interview_docx import DOCX_INTERVIEWS, write_docx  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "corpus"


def write_meta(path: Path, meta: dict) -> None:
    """Sidecar FILE.EXT.meta.yaml next to a non-Markdown file."""
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    path.with_name(path.name + ".meta.yaml").write_text(text, encoding="utf-8")


def build_bpmn() -> list[Path]:
    out = []
    for model, department, title, created, author, tags in MODELS:
        path = ROOT / "prozessmodelle" / model["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(to_xml(model), encoding="utf-8")
        write_meta(
            path,
            {
                "title": title,
                "department": department,
                "doc_type": "prozessmodell",
                "author": author,
                "created": dt.date.fromisoformat(created),
                "tags": tags,
            },
        )
        out.append(path)
    return out


def build_docx() -> list[Path]:
    out = []
    for interview in DOCX_INTERVIEWS:
        path = ROOT / "interviews" / interview["file"]
        write_docx(interview, path)
        write_meta(path, interview["meta"])
        out.append(path)
    return out


if __name__ == "__main__":
    for written in build_bpmn() + build_docx():
        print(written.relative_to(ROOT.parent))
