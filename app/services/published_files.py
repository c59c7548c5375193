"""The files a published interview is indexed from: DATA_DIR/interviews/<id>/, owned by publishing.

`answer-<answer id>.md` per non-empty answer — YAML front matter (titel, typ, experte,
fachbereich, schlagworte = the answer's knowledge areas, zugriff, frage, erstellt) and the question
as its heading, so every chunk's heading path carries it — and the attached transcript as
`mitschrift<ext>` with a sidecar that gives it a title. Files are written atomically (a hidden
temporary file, then a rename): the pipeline never reads half a file.

>>> folder = PublishedFolder.of(settings, interview)
>>> sorted(folder.answers)          # answer files by name
['answer-12.md', 'answer-13.md']
>>> folder.write(interview_folder(settings, interview.id))
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from app.db.capture_models import Interview, InterviewAnswer
from app.settings import Settings
from search.errors import Conflict

TRANSCRIPT_STEM = "mitschrift"
HELD = "geführt"  # the status change that records the interview as held
_H1 = re.compile(r"(?m)^#(?=[ \t]|$)")  # an ATX level-1 heading in an answer's own text
_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")


def interview_folder(settings: Settings, interview_id: int) -> Path:
    return settings.data_dir / "interviews" / str(interview_id)


def interview_of(settings: Settings, source: str) -> int | None:
    """The interview whose published folder `source` (a resolved path) lies in, if any.

    >>> interview_of(settings, f"{settings.data_dir.resolve()}/interviews/7/answer-12.md")
    7
    """
    root = os.path.realpath(settings.data_dir / "interviews")
    if not source.startswith(root + os.sep):
        return None
    folder = source[len(root) + 1 :].split(os.sep, 1)[0]
    return int(folder) if folder.isdigit() else None


def one_line(text: str) -> str:
    """`text` with every run of whitespace (newlines too) as one space."""
    return " ".join(text.split())


def answer_title(expert: str, question: str, part: int | None) -> str:
    """What people see in hit lists and the document list.

    >>> answer_title("Erika Alt", "Welche Fristen gibt es?", 2)
    'Interview Erika Alt: Welche Fristen gibt es? (Teil 2)'
    """
    return f"Interview {expert}: {question}" + (f" (Teil {part})" if part else "")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _front_matter(fields: dict[str, Any]) -> str:
    kept = {key: value for key, value in fields.items() if value not in (None, "", [])}
    return yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=10_000)


def interview_day(interview: Interview) -> date:
    """The day the knowledge was given: when the interview was recorded as held, else the day
    it was scheduled for, else when it was planned."""
    held = next((c.at for c in interview.changes if c.to_status == HELD), None)
    return held.date() if held else interview.scheduled_for or interview.created_at.date()


def answer_markdown(interview: Interview, answer: InterviewAnswer, part: int | None) -> bytes:
    """The published document of one answer. A level-1 heading in the answer itself becomes
    level 2, so the question stays at the top of every heading path."""
    person = interview.person
    question = one_line(answer.question.text) or answer.question.key or "Frage"
    front = _front_matter(
        {
            "titel": answer_title(person.name, question, part),
            "typ": "interview",
            "experte": person.name,
            "fachbereich": person.department,
            "frage": question,
            "schlagworte": [area.name for area in answer.areas],
            "zugriff": list(interview.access_groups),
            "erstellt": interview_day(interview),
        }
    )
    body = _H1.sub("##", answer.text.strip())
    return f"---\n{front}---\n\n# {question}\n\n{body}\n".encode()


def transcript_sidecar(interview: Interview) -> bytes:
    """Title, knowledge areas and date of the transcript (the sidecar beside its copy)."""
    areas = [area.name for answer in interview.answers for area in answer.areas]
    front = {
        "titel": f"Interview {interview.person.name} – Mitschrift",
        "schlagworte": list(dict.fromkeys(areas)),
        "erstellt": interview_day(interview),
    }
    return _front_matter(front).encode()


def stored_transcript(settings: Settings, interview: Interview) -> Path | None:
    """The attached transcript as stored under the data folder; attached but missing: 409."""
    if not interview.transcript_path:
        return None
    path = Path(interview.transcript_path)
    path = path if path.is_absolute() else settings.data_dir / path
    if not path.is_file():
        name = interview.transcript_name or path.name
        raise Conflict("interview_transcript_missing", id=interview.id, name=name)
    return path


def transcript_name(stored: Path) -> str:
    """`mitschrift` with the stored file's extension, which picks the converter."""
    suffix = stored.suffix.lower()
    return TRANSCRIPT_STEM + (suffix if _SUFFIX.fullmatch(suffix) else ".txt")


def publishable(interview: Interview) -> list[tuple[InterviewAnswer, int | None]]:
    """The non-empty answers with their part number (1, 2, .. when a question has several)."""
    parts: dict[int, list[InterviewAnswer]] = defaultdict(list)
    for answer in interview.answers:
        if answer.text.strip():
            parts[answer.question_id].append(answer)
    found: list[tuple[InterviewAnswer, int | None]] = []
    for answers in parts.values():
        ordered = sorted(answers, key=lambda a: (a.part, a.id))
        numbered = len(ordered) > 1
        found.extend((a, n if numbered else None) for n, a in enumerate(ordered, 1))
    return sorted(found, key=lambda item: item[0].id)


@dataclass(frozen=True)
class PublishedFolder:
    """What an interview's folder must hold: answer files by name, the transcript to copy."""

    answers: dict[str, tuple[InterviewAnswer, bytes]] = field(default_factory=dict)
    transcript: Path | None = None  # the stored original, copied as `transcript_file`
    transcript_file: str = ""
    sidecar: bytes = b""

    @classmethod
    def of(cls, settings: Settings, interview: Interview) -> PublishedFolder:
        answers = {
            f"answer-{answer.id}.md": (answer, answer_markdown(interview, answer, part))
            for answer, part in publishable(interview)
        }
        stored = stored_transcript(settings, interview)
        if stored is None:
            return cls(answers)
        name = transcript_name(stored)
        return cls(answers, stored, name, transcript_sidecar(interview))

    def names(self) -> set[str]:
        """Every file name the folder holds (the sidecar included)."""
        names = set(self.answers)
        if self.transcript is not None:
            names |= {self.transcript_file, self.transcript_file + ".meta.yaml"}
        return names

    def write(self, folder: Path) -> None:
        """Bring `folder` to exactly these files; anything else in it is removed."""
        folder.mkdir(parents=True, exist_ok=True)
        for name, (_, content) in self.answers.items():
            write_atomically(folder / name, content)
        if self.transcript is not None:
            write_atomically(folder / (self.transcript_file + ".meta.yaml"), self.sidecar)
            copy_atomically(self.transcript, folder / self.transcript_file)
        for entry in folder.iterdir():
            if entry.name not in self.names():
                remove(entry)


def write_atomically(path: Path, content: bytes) -> None:
    """`path` holds `content` (or already did: then it is left untouched)."""
    if path.is_file() and path.read_bytes() == content:
        return
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def copy_atomically(source: Path, path: Path) -> None:
    if path.is_file() and _digest(path) == _digest(source):
        return
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        shutil.copyfile(source, temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def set_aside(folder: Path) -> Path | None:
    """Move the published folder to a hidden sibling (the pipeline never reads it) and put an
    identical copy in its place: the old state to go back to if publishing fails."""
    if not folder.is_dir():
        return None
    aside = folder.with_name(f".{folder.name}.previous")
    remove(aside)  # left over from a crash: the folder itself is what was published
    shutil.copytree(folder, aside)
    return aside


def restore(folder: Path, aside: Path | None) -> None:
    """The folder as it was before (`aside`), or empty if nothing was published before."""
    remove(folder)
    if aside is not None:
        os.replace(aside, folder)
    else:
        folder.mkdir(parents=True, exist_ok=True)
