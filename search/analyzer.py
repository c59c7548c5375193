"""German analyzer for the sparse (BM25) side of hybrid search: terms, term ids, vectors, snippets.

Spelling: every word is lowercased and folded (ß→ss, ä→ae, ö→oe, ü→ue) before stemming with the
Snowball German stemmer, which maps ae/oe/ue back to umlauts and then drops the accents, so
"Anträge", "Antraege" and "Antrage" all become "antrag", "Straße" and "Strasse" become "strass".
Compounds are indexed whole and as their parts ("Urlaubsanträge" -> urlaubsantrag, urlaub, antrag),
hyphenated words whole and per piece ("E-Mail" -> email, mail). IDF is applied by the store.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search.compounds import CompoundSplitter, fold
from search.types import SparseVector

STOPWORDS_FILE = Path(__file__).with_name("stopwords_de.txt")
_WORD = r"[\w\u00ad\u0300-\u036f]+"
# "§ 34" / "§§ 3a", numbers with separators (1.500,00 / 01.02.2024), words joined by hyphens.
TOKEN_RE = re.compile(rf"§+\s*\d+[a-z]?|\d+(?:[.,]\d+)+|{_WORD}(?:-{_WORD})*")
_SPACE = re.compile(r"\s+")


def term_id(term: str) -> int:
    """Stable id of a term in [0, 2**31): the first 4 bytes of its blake2b digest.

    >>> term_id("antrag") == term_id("antrag")
    True
    """
    digest = hashlib.blake2b(term.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "big") & 0x7FFFFFFF


def load_stopwords(path: Path = STOPWORDS_FILE) -> frozenset[str]:
    """Folded stopwords from a one-word-per-line file (# starts a comment)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


@dataclass(frozen=True)
class WordTerms:
    """The terms one word contributes: its own term and the terms of its parts."""

    term: str
    parts: tuple[str, ...]
    term_id: int
    part_ids: tuple[int, ...]

    def matches(self, terms: set[str] | frozenset[str]) -> bool:
        return self.term in terms or any(p in terms for p in self.parts)


@dataclass(frozen=True)
class Token:
    """A word of the text with its character offsets and terms."""

    start: int
    end: int
    terms: WordTerms


class GermanSparseEncoder:
    """BM25-style sparse vectors and highlighted snippets for German text.

    >>> enc = GermanSparseEncoder()
    >>> enc.warm_up()                                 # stopwords, stemmer, noun dictionary
    >>> enc.analyze("Urlaubsanträge für Beamte")
    ['urlaubsantrag', 'urlaub', 'antrag', 'beamt']
    >>> enc.encode_query("Urlaub")                     # SparseVector(indices=(...,), values=(1.0,))
    >>> enc.highlight("Alle Urlaubsanträge gehen an das Personalamt.", "Urlaub")
    'Alle <mark>Urlaubsanträge</mark> gehen an das Personalamt.'
    """

    def __init__(
        self,
        stem: bool = True,
        split_compounds: bool = True,
        part_weight: float = 0.7,
        k1: float = 1.2,
        b: float = 0.75,
        avgdl: float = 120.0,
        stopwords: Iterable[str] | None = None,
        splitter: CompoundSplitter | None = None,
        cache_size: int = 500_000,
        dictionary_cache: Path | None = None,
        text_cache_size: int = 4096,
    ) -> None:
        self.stem, self.split_compounds, self.part_weight = stem, split_compounds, part_weight
        self.k1, self.b, self.avgdl = k1, b, avgdl
        self._given_stopwords = stopwords
        self._stopwords: frozenset[str] | None = None
        self._splitter = splitter
        self._dictionary_cache = dictionary_cache  # parsed noun table, see load_noun_dictionary
        self._stemmer: object | None = None
        self._word_terms = lru_cache(maxsize=cache_size)(self._analyze_word)
        # highlighting analyses each hit's whole chunk; popular chunks are hit again and again
        self._text_tokens = lru_cache(maxsize=text_cache_size)(self._tokens_of)
        self._term_id = lru_cache(maxsize=cache_size)(term_id)

    def warm_up(self) -> None:
        if self._stopwords is not None:
            return
        import Stemmer

        given = self._given_stopwords
        self._stopwords = load_stopwords() if given is None else frozenset(fold(w) for w in given)
        self._stemmer = Stemmer.Stemmer("german")
        if self.split_compounds:
            self._splitter = self._splitter or CompoundSplitter(
                blocked=self._stopwords, dictionary_cache=self._dictionary_cache
            )
            self._splitter.warm_up()

    # --- analysis ---------------------------------------------------------------------------

    def tokens(self, text: str) -> list[Token]:
        """Content words of `text` (stopwords dropped) with offsets, in order."""
        return list(self._text_tokens(text))

    def _tokens_of(self, text: str) -> tuple[Token, ...]:
        found = []
        for m in TOKEN_RE.finditer(text):
            terms = self._word_terms(m.group())
            if terms is not None:
                found.append(Token(m.start(), m.end(), terms))
        return tuple(found)

    def analyze(self, text: str) -> list[str]:
        """Final terms of `text` in order: each word's term followed by its parts' terms."""
        out: list[str] = []
        for terms in self._iter_terms(text):
            out.append(terms.term)
            out.extend(terms.parts)
        return out

    def _iter_terms(self, text: str) -> Iterator[WordTerms]:
        lookup = self._word_terms
        for word in TOKEN_RE.findall(text):
            terms = lookup(word)
            if terms is not None:
                yield terms

    def _analyze_word(self, word: str) -> WordTerms | None:
        self.warm_up()
        if word.startswith("§"):
            number = word.lstrip("§").strip()
            return self._word_terms_of("§" + number, (number,))
        norm = fold(_clean(word))
        if norm in self._stop or (len(norm) < 2 and not norm.isdigit()):
            return None
        if "-" not in norm:
            return self._word_terms_of(self._term(norm), self._part_terms(norm, word))
        pieces = [(p, s) for p, s in zip(norm.split("-"), word.split("-"), strict=False) if p]
        parts = [self._term(p) for p, _ in pieces if self._keep_piece(p)]
        for piece, surface in pieces:
            parts.extend(self._part_terms(piece, surface))
        return self._word_terms_of(self._term("".join(p for p, _ in pieces)), parts)

    @property
    def _stop(self) -> frozenset[str]:
        return self._stopwords or frozenset()

    def _keep_piece(self, piece: str) -> bool:
        return piece not in self._stop and (len(piece) >= 2 or piece.isdigit())

    def _part_terms(self, norm: str, surface: str) -> list[str]:
        """Terms of the compound parts of one (hyphen-free) word; none for abbreviations."""
        if self._splitter is None or not self.split_compounds or _is_abbreviation(surface):
            return []
        return [self._term(p) for p in self._splitter.split(norm)]

    def _term(self, folded: str) -> str:
        if not self.stem or self._stemmer is None:
            return folded
        return str(self._stemmer.stemWord(folded))  # type: ignore[attr-defined]

    def _word_terms_of(self, term: str, parts: Iterable[str]) -> WordTerms:
        unique = tuple(dict.fromkeys(p for p in parts if p and p != term))
        ids = tuple(self._term_id(p) for p in unique)
        return WordTerms(term, unique, self._term_id(term), ids)

    # --- vectors ----------------------------------------------------------------------------

    def encode_document(self, text: str) -> SparseVector:
        """BM25 term-frequency saturation per term; compound parts count `part_weight` each."""
        tf: dict[int, float] = {}
        length = 0
        pw = self.part_weight
        for terms in self._iter_terms(text):
            length += 1
            tf[terms.term_id] = tf.get(terms.term_id, 0.0) + 1.0
            for pid in terms.part_ids:
                tf[pid] = tf.get(pid, 0.0) + pw
        norm = self.k1 * (1.0 - self.b + self.b * length / self.avgdl)
        scale = self.k1 + 1.0
        indices = sorted(tf)
        return SparseVector(tuple(indices), tuple(tf[i] * scale / (tf[i] + norm) for i in indices))

    def encode_query(self, text: str) -> SparseVector:
        """Weight 1.0 for every distinct query term, compound parts included."""
        ids: set[int] = set()
        for terms in self._iter_terms(text):
            ids.add(terms.term_id)
            ids.update(terms.part_ids)
        indices = tuple(sorted(ids))
        return SparseVector(indices, (1.0,) * len(indices))

    # --- snippets ---------------------------------------------------------------------------

    def highlight(self, text: str, query: str, max_chars: int = 300) -> str:
        """Best window (at most `max_chars` of text) around query matches, matches in <mark>.

        A word matches when its term or one of its compound parts is a query term. The text is
        not HTML-escaped: escape it before rendering untrusted text as HTML.
        """
        wanted = set(self.analyze(query))
        tokens = self.tokens(text)
        hits = [t for t in tokens if t.terms.matches(wanted)]
        start, end = _best_window(text, tokens, hits, max_chars)
        marked = [t for t in hits if start <= t.start and t.end <= end]
        out, pos = [], start
        for t in marked:
            out += [text[pos : t.start], "<mark>", text[t.start : t.end], "</mark>"]
            pos = t.end
        out.append(text[pos:end])
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(text) else ""
        return prefix + "".join(out).strip() + suffix if out else ""


def _clean(word: str) -> str:
    """NFC (combining umlauts from PDFs) and no soft hyphens."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", word).replace("\u00ad", "")
    return word


def _is_abbreviation(surface: str) -> bool:
    """Mixed-case forms such as "BauO", "eAU", "KiTa" are names, not compounds."""
    inner = surface[1:]
    return any(c.isupper() for c in inner) and not surface.isupper()


def _best_window(
    text: str, tokens: list[Token], hits: list[Token], max_chars: int
) -> tuple[int, int]:
    """(start, end) of the snippet: the span with the most distinct matches, cut at spaces."""
    if len(text) <= max_chars:
        return 0, len(text)
    if not hits:
        return 0, _snap_end(text, 0, max_chars)
    span, best_score = (hits[0].start, hits[0].end), (-1, -1)
    for i, first in enumerate(hits):
        inside = [h for h in hits[i:] if h.end - first.start <= max_chars] or [first]
        score = (len({h.terms.term for h in inside}), len(inside))
        if score > best_score:
            span, best_score = (first.start, max(h.end for h in inside)), score
    slack = max(0, max_chars - (span[1] - span[0]))
    start = max(0, min(span[0] - slack // 3, len(text) - max_chars))
    start = _snap_start(text, start, span[0])
    return start, _snap_end(text, start, start + max_chars)


def _snap_start(text: str, start: int, limit: int) -> int:
    """Move `start` forward to the beginning of a word, never past `limit`."""
    if start == 0 or text[start - 1].isspace():
        return start
    m = _SPACE.search(text, start, limit)
    return m.end() if m else limit


def _snap_end(text: str, start: int, end: int) -> int:
    """Move `end` back to the end of a word (cut mid-word only if one word fills the window)."""
    end = min(end, len(text))
    if end == len(text) or text[end].isspace():
        return end
    cut = max((m.start() for m in _SPACE.finditer(text, start, end)), default=start)
    return cut if cut > start else end
