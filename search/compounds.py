"""German compound splitting against a noun dictionary, so "Urlaub" finds "Urlaubsanträge".

Dictionary-based (like Elasticsearch's dictionary_decompounder, but choosing one segmentation):
a word is cut into the fewest dictionary nouns, joined by Fugen elements (-s-, -es-, -n-, -en-,
-e-, -er-, -ens-) or with an elided final -e ("Schul|buch"); parts that are themselves compounds
are split again. The dictionary is every inflected form of the ~100k Wiktionary nouns in the
`german-nouns` package (proper names, place names, affixes and abbreviations left out).

Words and dictionary are compared in a folded spelling (lowercase, ß→ss, ä→ae, ö→oe, ü→ue),
so "Straßenreinigung" and "Strassenreinigung" split alike.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search.errors import ConfigError

LINKERS = ("", "s", "es", "n", "en", "e", "er", "ens")
_FOLD = str.maketrans({"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue"})
_SKIPPED_POS = (
    "Toponym",
    "Vorname",
    "Nachname",
    "Eigenname",
    "Affix",
    "Suffix",
    "Gebundenes Lexem",
    "Buchstabe",
    "Symbol",
    "Abkürzung",
    "Straßenname",
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Short nouns common enough to stand as compound parts; other parts need >= 4 letters (>= 5 when
# re-splitting a word that is itself in the dictionary), which keeps out "Jug|end", "Kata|strophe".
SHORT_PARTS = _words(
    "bau amt rat tag ort weg hof ehe akt see tuer zug bus rad bad gas not art kur eid kfz "
    "pkw lkw zeit geld land kind bund post park plan wahl fund hund dach feld wald berg "
    "muell wert recht teil dorf bahn haus gast lohn miet kauf brief akte daten pass"
)
# Bound first elements (verb stems, adjectives) starting administrative compounds; not nouns.
HEADS = _words(
    "melde sterbe sozial mahn fahr sonder wohn pruef zahl lehr lern warte schreib lese "
    "halte miet kauf gross klein frei privat gesamt haupt neben fach eigen sammel wasch "
    "trink bastel spiel"
)
# Never compound parts: particles Wiktionary also lists as nouns ("das Wider", "das Fort") and
# misleading old stems ("Fried|hof" is not "Friede").
NEVER_PARTS = _words("wider fort voll ueber unter durch hinter zurueck weiter heim fried")
# Suffixes after which a following part needs the Fugen-s ("Ordnung|s|amt", never "Ordnung|samt").
_S_LINKED = ("ung", "heit", "keit", "schaft", "ion", "taet", "ling", "tum")
# (number of parts, -sum of squared base lengths, letters in parts, parts): smaller is better.
_Split = tuple[int, int, int, tuple[str, ...]]


def fold(word: str) -> str:
    """The spelling words are compared in: "Anträge" -> "antraege", "Straße" -> "strasse"."""
    return word.lower().translate(_FOLD)


def german_nouns_csv() -> Path:
    """Path of the noun table shipped by the `german-nouns` package."""
    try:
        from german_nouns.config import CSV_FILE_PATH
    except ImportError as exc:  # pragma: no cover - dependency is pinned
        raise ConfigError("package_missing", package="german-nouns") from exc
    return Path(CSV_FILE_PATH)


@dataclass(frozen=True)
class NounDictionary:
    """Folded noun forms (all cases and numbers) and the subset that are lemmas (nom. singular)."""

    forms: frozenset[str]
    lemmas: frozenset[str]

    @classmethod
    def of(cls, words: Iterable[str]) -> NounDictionary:
        folded = frozenset(fold(w) for w in words)
        return cls(folded, folded)


def load_german_nouns(path: Path, min_len: int = 3) -> NounDictionary:
    """The common nouns of a german-nouns CSV (names, places, affixes, abbreviations left out)."""
    forms: set[str] = set()
    lemmas: set[str] = set()
    with path.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            row = next(csv.reader([line])) if '"' in line else line.rstrip("\n").split(",")
            if len(row) < 8 or any(pos in row[1] for pos in _SKIPPED_POS):
                continue
            words = [fold(x) for x in row[7:] if len(x) >= min_len and x.isalpha()]
            forms.update(words)
            lemmas.update(fold(x) for x in row[7:16] if len(x) >= min_len and x.isalpha())
    return NounDictionary(frozenset(forms), frozenset(lemmas))


_CACHE_FORMAT = "amtswissen-nouns-1"


def load_noun_dictionary(path: Path, cache: Path | None = None) -> NounDictionary:
    """`load_german_nouns(path)`, kept in `cache` (a text file) so later runs skip the parse.

    Parsing the 20 MB table takes about a second of CPU in every process that indexes or
    searches; the cache is read in a tenth of that. It is used only if written for this very
    table (name, size and modification time), and rewritten otherwise.
    """
    stat = path.stat()
    signature = f"{_CACHE_FORMAT} {path.name} {stat.st_size} {stat.st_mtime_ns}"
    if cache is not None:
        cached = _read_cache(cache, signature)
        if cached is not None:
            return cached
    nouns = load_german_nouns(path)
    if cache is not None:
        _write_cache(cache, signature, nouns)
    return nouns


def _read_cache(cache: Path, signature: str) -> NounDictionary | None:
    try:
        lines = cache.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    if len(lines) != 3 or lines[0] != signature:
        return None
    return NounDictionary(frozenset(lines[1].split()), frozenset(lines[2].split()))


def _write_cache(cache: Path, signature: str, nouns: NounDictionary) -> None:
    """Best effort and atomic: a read-only models folder only costs the parse next time."""
    text = "\n".join([signature, " ".join(sorted(nouns.forms)), " ".join(sorted(nouns.lemmas))])
    partial = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, cache)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


class CompoundSplitter:
    """Splits German compounds into dictionary nouns, Fugen elements removed.

    >>> splitter = CompoundSplitter()
    >>> splitter.warm_up()                       # loads ~250k noun forms (1-2 s)
    >>> splitter.split("Grundsteuerbescheid")
    ('grund', 'steuerbescheid', 'steuer', 'bescheid')
    """

    def __init__(
        self,
        words: Iterable[str] | None = None,
        blocked: Iterable[str] = (),
        cache_size: int = 200_000,
        dictionary_cache: Path | None = None,
    ) -> None:
        self._given = words
        self._dictionary_cache = dictionary_cache
        self._blocked = frozenset(fold(w) for w in blocked) | NEVER_PARTS
        self._words: frozenset[str] | None = None
        self._lemmas: frozenset[str] = frozenset()
        self._starts: frozenset[str] = frozenset()
        self._cached_split = lru_cache(maxsize=cache_size)(self._split)

    def warm_up(self) -> None:
        if self._words is not None:
            return
        given = self._given
        nouns = (
            load_noun_dictionary(german_nouns_csv(), self._dictionary_cache)
            if given is None
            else NounDictionary.of(given)
        )
        self._words, self._lemmas = nouns.forms, nouns.lemmas
        elided = (w[:-1] for w in self._words if len(w) >= 5 and w.endswith("e"))
        self._starts = self._words | HEADS | frozenset(elided)  # anything a non-final part can be

    def split(self, word: str) -> tuple[str, ...]:
        """Parts of `word` (folded): outer parts first, then their parts; () for no compound."""
        return self._cached_split(word)

    def _split(self, word: str) -> tuple[str, ...]:
        self.warm_up()
        folded = fold(word)
        if len(folded) < 6 or not folded.isalpha():
            return ()
        best = self._segment(folded, strict=folded in self._dictionary)
        if best is None:
            return ()
        parts = list(best[3])
        for part in best[3]:
            parts.extend(p for p in self.split(part) if p not in parts)
        return tuple(parts)

    @property
    def _dictionary(self) -> frozenset[str]:
        return self._words or frozenset()

    def _segment(self, word: str, strict: bool) -> _Split | None:
        """Fewest-parts segmentation of `word` into at least two dictionary parts, or None."""
        n = len(word)
        best: list[_Split | None] = [None] * (n + 1)  # best[i]: segmentation of word[i:]
        best[n] = (0, 0, 0, ())
        for i in range(n - 3, 0, -1):
            best[i] = self._best_from(word, i, best, strict, whole_ok=True)
        return self._best_from(word, 0, best, strict, whole_ok=False)

    def _best_from(
        self, word: str, i: int, best: list[_Split | None], strict: bool, whole_ok: bool
    ) -> _Split | None:
        """Best segmentation of word[i:] given the segmentations of every later suffix."""
        n, found, starts, words = len(word), None, self._starts, self._dictionary
        for j in range(i + 3, n + 1 if whole_ok else n):
            part = word[i:j]
            if part not in starts and part not in words:
                continue
            if j == n:
                if self._part_ok(part, strict, final=True):
                    found = _better(found, _extend(part, 0, best[n]))
                continue
            if not self._part_ok(part, strict, final=False):
                continue
            for linker in self._linkers(part):
                k = j + len(linker)
                rest = best[k] if k < n else None
                if rest is not None and word.startswith(linker, j):
                    found = _better(found, _extend(part, self._base_len(part), rest))
        return found

    def _part_ok(self, part: str, strict: bool, final: bool) -> bool:
        words = self._dictionary
        if part in words:
            pass
        elif final or not (part in HEADS or (len(part) >= 4 and part + "e" in words)):
            return False
        if part in self._blocked:
            return False
        if not final and part in HEADS:
            return True
        return part in SHORT_PARTS or self._base_len(part) >= (5 if strict else 4)

    def _base_len(self, part: str) -> int:
        """Length without a genitive ending: "halts" counts as "halt" (4), "kurs" stays 4."""
        if part in self._lemmas:
            return len(part)
        for ending in ("es", "s"):
            base = part[: -len(ending)]
            if part.endswith(ending) and (base in self._dictionary or base in SHORT_PARTS):
                return len(base)
        return len(part)

    def _linkers(self, part: str) -> tuple[str, ...]:
        if part.endswith(_S_LINKED):
            return ("s",)
        if part in self._dictionary:
            return LINKERS
        return ("",)  # a verb stem or an elided -e takes no Fugen element


def _extend(part: str, base_len: int, rest: _Split | None) -> _Split:
    """Prepend `part`; "urlaub|s|" and "urlaubs|" score alike, then the shorter part wins."""
    n, score, letters, parts = rest or (0, 0, 0, ())
    return (n + 1, score - (base_len or len(part)) ** 2, letters + len(part), (part, *parts))


def _better(a: _Split | None, b: _Split) -> _Split:
    return b if a is None or b < a else a
