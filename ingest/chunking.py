"""Structure-following chunking: heading sections for documents, question–answer turns for
interviews, steps for process models; a token budget that fits the embedder and a small overlap.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ingest.sentences import split_sentences
from search.types import Chunk, Document, Section, chunk_id_for

TokenCounter = Callable[[str], int]
BatchCounter = Callable[[list[str]], list[int]]  # one tokenizer call for many texts: faster

# a colon or semicolon before a capitalised word also ends a packing unit ("Frist: Zwei Wochen")
_CLAUSE_END = re.compile(r"(?<=[:;])\s+(?=[A-ZÄÖÜ0-9„\"(\-•])")


def approx_tokens(text: str) -> int:
    """Cheap token estimate for German subword vocabularies: ≈ 3 characters per token, plus 2."""
    return len(text) // 3 + 2


@dataclass(frozen=True)
class ChunkingParams:
    """Budget in model tokens (context header included) and overlap between split windows."""

    max_tokens: int = 256
    overlap_tokens: int = 32
    context_header: bool = True  # prefix "Titel > Überschrift" to the embedded text


@dataclass
class _Group:
    sections: list[Section]

    @property
    def first(self) -> Section:
        return self.sections[0]


class StructureChunker:
    """Split a Document into Chunks that follow its structure and fit the token budget.

    >>> chunker = StructureChunker(ChunkingParams(max_tokens=128), count_tokens=approx_tokens)
    >>> chunks = chunker.run(document)
    """

    def __init__(
        self,
        params: ChunkingParams,
        count_tokens: TokenCounter = approx_tokens,
        count_batch: BatchCounter | None = None,
    ) -> None:
        self.params = params
        self.count_tokens = count_tokens
        self.count_batch = count_batch or (lambda texts: [count_tokens(t) for t in texts])

    def run(self, document: Document) -> list[Chunk]:
        chunks: list[Chunk] = []
        for group in _group_sections(document.sections):
            header = self._header(document, group)
            for text in self._fit(group, header):
                chunks.append(self._make_chunk(document, group, len(chunks), text, header))
        return chunks

    def _header(self, document: Document, group: _Group) -> str:
        if not self.params.context_header:
            return ""
        parts = [document.meta.title, *group.first.heading_path]
        parts = [p for i, p in enumerate(parts) if p and p not in parts[:i]]
        return " > ".join(parts)

    def _fit(self, group: _Group, header: str) -> Iterator[str]:
        budget = self.params.max_tokens - self.count_tokens(header) - 2
        budget = max(budget, self.params.max_tokens // 2)
        text = "\n".join(_render(s) for s in group.sections)
        # a token has at most ~12 characters: longer texts need splitting, no need to tokenise them
        if len(text) <= budget * 12 and self.count_tokens(text) <= budget:
            yield text
            return
        units = _units(text, budget, self.count_tokens, self.count_batch)
        yield from _split_text(units, budget, self.params.overlap_tokens, self.count_tokens)

    def _make_chunk(
        self, document: Document, group: _Group, position: int, text: str, header: str
    ) -> Chunk:
        first = group.first
        answer = next((s for s in group.sections if s.kind == "turn"), first)
        return Chunk(
            id=chunk_id_for(document.id, position, text),
            document_id=document.id,
            position=position,
            text=text,
            source=document.source,
            meta=document.meta,
            heading_path=_common_heading(group.sections),
            page=first.page,
            timestamp=first.timestamp,
            speaker=answer.speaker,
            embed_text=f"{header}\n{text}" if header else text,
            ocr_confidence=first.ocr_confidence,
        )


def _render(section: Section) -> str:
    if section.speaker and section.kind in ("turn", "question"):
        return f"{section.speaker}: {section.text}"
    return section.text


def _group_key(section: Section) -> tuple[str, ...]:
    return section.heading_path[:1] if section.kind == "step" else section.heading_path


def _group_sections(sections: tuple[Section, ...]) -> Iterator[_Group]:
    """Consecutive sections under the same heading and on the same page form a group; a question
    opens a new one. Splitting at page breaks lets every chunk cite the one page it comes from."""
    current: list[Section] = []
    for section in sections:
        if not section.text.strip():
            continue
        starts_new = bool(current) and (
            section.kind == "question"
            and current[-1].kind != "question"
            or _group_key(section) != _group_key(current[0])
            or section.page != current[-1].page
            or is_passage(section)
            or is_passage(current[-1])
        )
        if starts_new:
            yield _Group(current)
            current = []
        current.append(section)
    if current:
        yield _Group(current)


def is_passage(section: Section) -> bool:
    """A timed stretch of a recording nobody is named for: a group of its own, so the hit's time
    mark (the group's first start) is the passage's own."""
    return section.kind == "turn" and section.speaker is None and section.timestamp is not None


def _common_heading(sections: list[Section]) -> tuple[str, ...]:
    path = sections[0].heading_path
    for section in sections[1:]:
        n = 0
        while n < min(len(path), len(section.heading_path)) and path[n] == section.heading_path[n]:
            n += 1
        path = path[:n]
    return path


def split_units(text: str) -> list[str]:
    """The packing units of a long text: its lines, their sentences, and clauses after ":"/";".

    >>> split_units("Frist: Zwei Wochen, z. B. ab Eingang. Danach\\nEnde")
    ['Frist:', 'Zwei Wochen, z. B. ab Eingang.', 'Danach', 'Ende']
    """
    return [
        clause.strip()
        for line in text.split("\n")
        for sentence in split_sentences(line)
        for clause in _CLAUSE_END.split(sentence)
        if clause.strip()
    ]


def _split_long_unit(unit: str, budget: int, count: TokenCounter) -> list[str]:
    """Split a sentence longer than the budget at words (or, failing that, characters)."""
    words = unit.split(" ")
    if len(words) == 1:
        size = max(budget * 2, 16)  # ≥ 2 chars per token for unbroken strings
        return [unit[i : i + size] for i in range(0, len(unit), size)]
    pieces: list[str] = []
    current: list[str] = []
    for word in words:
        if current and count(" ".join([*current, word])) > budget:
            pieces.append(" ".join(current))
            current = []
        if count(word) > budget:
            pieces.extend(_split_long_unit(word, budget, count))
            continue
        current.append(word)
    if current:
        pieces.append(" ".join(current))
    return pieces


def _units(
    text: str, budget: int, count: TokenCounter, count_batch: BatchCounter
) -> list[tuple[str, int]]:
    units: list[tuple[str, int]] = []
    base = count("")
    sentences = split_units(text)
    for sentence, tokens in zip(sentences, count_batch(sentences), strict=True):
        cost = tokens - base
        if cost > budget:
            units.extend((p, count(p) - base) for p in _split_long_unit(sentence, budget, count))
        else:
            units.append((sentence, cost))
    return units


def _split_text(
    units: list[tuple[str, int]], budget: int, overlap: int, count: TokenCounter
) -> Iterator[str]:
    """Greedy packing of sentences into windows of ≤ budget tokens, with a sentence overlap."""
    i = 0
    while i < len(units):
        window: list[tuple[str, int]] = []
        used = 0
        j = i
        while j < len(units) and (not window or used + units[j][1] + 1 <= budget):
            window.append(units[j])
            used += units[j][1] + 1
            j += 1
        piece = " ".join(u for u, _ in window)
        while len(window) > 1 and count(piece) > budget:
            window.pop()
            j -= 1
            piece = " ".join(u for u, _ in window)
        yield piece
        if j >= len(units):
            break
        i = _overlap_start(units, i, j, overlap, budget)


def _overlap_start(units: list[tuple[str, int]], i: int, j: int, overlap: int, budget: int) -> int:
    """Where the next window starts: trailing sentences worth ≤ overlap tokens, at least one
    sentence when overlap is on and that sentence is short enough to leave room for new text."""
    back, kept = j, 0
    while back - 1 > i and kept + units[back - 1][1] <= overlap:
        back -= 1
        kept += units[back][1]
    if back == j and overlap > 0 and j - 1 > i and units[j - 1][1] <= budget // 3:
        back = j - 1
    return back
