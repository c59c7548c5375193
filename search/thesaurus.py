"""Query-side thesaurus for German administration: abbreviations <-> long forms, everyday words ->
official terms ("Perso" -> "Personalausweis", "KAG" -> "Kommunalabgabengesetz").

Keys are compared word by word after lowercasing, ß/umlaut folding and Snowball stemming, so
inflected forms match ("Knöllchens" finds "Knöllchen"). Short abbreviations (at most three
characters, e.g. "AO", "GO") only match when the query does not write them all in lowercase,
so the German word "ab" or a stray "go" never pulls in a law.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from search.compounds import fold
from search.errors import ConfigError

THESAURUS_FILE = Path(__file__).with_name("thesaurus_de.yaml")
_WORD = re.compile(r"[\w§]+(?:[./][\w]+)*")
SHORT_ABBREVIATION = 3

Key = tuple[str, ...]


@dataclass(frozen=True)
class Expansion:
    """What the thesaurus added to a query: the matched phrases and the new terms, in order."""

    matched: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms)


@dataclass(frozen=True)
class _Entry:
    targets: tuple[str, ...]
    strict_case: bool  # a short abbreviation: the query must not write it all in lowercase


class Thesaurus:
    """Expand a German query with the official and abbreviated names of what it asks for.

    >>> thesaurus = Thesaurus()                       # the bundled thesaurus_de.yaml
    >>> thesaurus.warm_up()
    >>> thesaurus.expand("Perso verloren")
    'Perso verloren Personalausweis Verlust Verlustanzeige'
    >>> thesaurus.expansion("Was regelt die BauO NRW?").terms
    ('Landesbauordnung', 'Bauordnung')
    """

    def __init__(self, path: Path | None = None, max_terms: int = 12) -> None:
        self.path = path or THESAURUS_FILE
        self.max_terms = max_terms
        self._entries: dict[Key, _Entry] | None = None
        self._longest = 1
        self._stemmer: Any = None

    def warm_up(self) -> None:
        if self._entries is not None:
            return
        import Stemmer

        self._stemmer = Stemmer.Stemmer("german")
        entries = self._load_entries(_read_yaml(self.path))
        self._longest = max((len(k) for k in entries), default=1)
        self._entries = entries

    def __len__(self) -> int:
        self.warm_up()
        return len(self._entries or {})

    def expand(self, query: str) -> str:
        """The query followed by its expansion terms (unchanged when nothing matches)."""
        terms = self.expansion(query).terms
        return " ".join((query, *terms)) if terms else query

    def expansion(self, query: str) -> Expansion:
        """Phrases of `query` found in the thesaurus and the terms they bring, not yet in it."""
        self.warm_up()
        words = _WORD.findall(query)
        keys = [self._key_word(w) for w in words]
        present = set(keys)
        matched: list[str] = []
        terms: dict[str, None] = {}
        i = 0
        while i < len(words):
            size, entry = self._match(words, keys, i)
            if entry is None:
                i += 1
                continue
            matched.append(" ".join(words[i : i + size]))
            for target in entry.targets:
                if not set(self._key(target)) <= present:
                    terms.setdefault(target)
            i += size
        return Expansion(tuple(matched), tuple(terms)[: self.max_terms])

    # --- matching ---------------------------------------------------------------------------

    def _match(self, words: list[str], keys: list[str], start: int) -> tuple[int, _Entry | None]:
        assert self._entries is not None
        for size in range(min(self._longest, len(words) - start), 0, -1):
            entry = self._entries.get(tuple(keys[start : start + size]))
            if entry is None:
                continue
            if entry.strict_case and size == 1 and words[start].islower():
                continue
            return size, entry
        return 0, None

    def _key(self, phrase: str) -> Key:
        return tuple(self._key_word(w) for w in _WORD.findall(phrase))

    def _key_word(self, word: str) -> str:
        folded = fold(word)
        return str(self._stemmer.stemWord(folded)) if len(folded) > SHORT_ABBREVIATION else folded

    # --- loading ----------------------------------------------------------------------------

    def _load_entries(self, data: Mapping[str, Any]) -> dict[Key, _Entry]:
        entries: dict[Key, _Entry] = {}
        for key, targets in _mapping(data, "abbreviations").items():
            self._add(entries, key, targets)
            for target in targets:  # the long form brings the abbreviation back
                self._add(entries, target, [key, *(t for t in targets if t != target)])
        for group in _groups(data.get("synonyms") or []):
            for term in group:
                self._add(entries, term, [t for t in group if t != term])
        for key, targets in _mapping(data, "colloquial").items():
            self._add(entries, key, targets)
        return entries

    def _add(self, entries: dict[Key, _Entry], phrase: str, targets: Iterable[str]) -> None:
        key = self._key(phrase)
        if not key:
            return
        old = entries.get(key)
        merged = tuple(dict.fromkeys([*(old.targets if old else ()), *targets]))
        strict = len(key) == 1 and len(phrase) <= SHORT_ABBREVIATION and not phrase.islower()
        entries[key] = _Entry(merged, strict or bool(old and old.strict_case))


def _read_yaml(path: Path) -> Mapping[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError("thesaurus_unreadable", path=str(path), detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise ConfigError("thesaurus_not_mapping", path=str(path))
    return data


def _mapping(data: Mapping[str, Any], section: str) -> dict[str, list[str]]:
    raw = data.get(section) or {}
    if not isinstance(raw, dict):
        raise ConfigError("thesaurus_section_not_mapping", section=section)
    return {str(k): [str(t) for t in _as_list(v)] for k, v in raw.items()}


def _groups(raw: Any) -> list[list[str]]:
    if not isinstance(raw, list):
        raise ConfigError("thesaurus_synonyms_not_list")
    return [[str(t) for t in _as_list(group)] for group in raw]


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]
