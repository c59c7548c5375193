"""Plain-text repairs for PDF lines: hyphenation at line ends, paragraph joining, spaces,
and the keys that recognise running headers and footers ("Seite 3 von 12")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# words after an ellipsis hyphen: "Bau- und Planungsamt", "Vor- oder Nachname"
_ELLIPSIS_NEXT = frozenset({"und", "oder", "bzw", "sowie", "bis", "als", "noch", "respektive"})
_HYPHEN_END = re.compile(r"(?<=\w)[-\u2010]$")
_SOFT_HYPHEN_END = re.compile(r"\u00ad$")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_DIGITS = re.compile(r"\d+")
_LIST_ITEM = re.compile(r"^(?:[•\u2022\u25aa\u25cf\u2013\-*]\s|\d{1,2}[.)]\s|[a-z][)]\s)")
_FIRST_WORD = re.compile(r"[\wäöüß]+")


def collapse_spaces(text: str) -> str:
    """Runs of spaces (justified PDF text) become one.

    >>> collapse_spaces("nach  §  14  OBG")
    'nach § 14 OBG'
    """
    return _SPACES.sub(" ", text).strip()


def join_two(left: str, right: str) -> str:
    """Join a line to the next one: split words lose their hyphen, compounds keep it.

    >>> join_two("Die Ver-", "waltung hilft")
    'Die Verwaltung hilft'
    >>> join_two("Bau-", "und Planungsamt")
    'Bau- und Planungsamt'
    >>> join_two("per E-", "Mail")
    'per E-Mail'
    """
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left or right
    if _SOFT_HYPHEN_END.search(left):
        return left[:-1] + right
    if not _HYPHEN_END.search(left):
        return f"{left} {right}"
    first = _FIRST_WORD.match(right)
    if first is None or first.group() in _ELLIPSIS_NEXT:
        return f"{left} {right}"
    if right[0].islower():
        return left[:-1] + right
    return left + right  # "E-Mail", "2023-2024", "Bürger-Service": a hyphen of the word


def join_lines(lines: Sequence[str]) -> str:
    """The lines of one paragraph as one line of normalised text.

    >>> join_lines(["Der Antrag ist bei der Ver-", "waltung  einzureichen."])
    'Der Antrag ist bei der Verwaltung einzureichen.'
    """
    text = ""
    for line in lines:
        text = join_two(text, collapse_spaces(line))
    return text


def is_list_item(line: str) -> bool:
    """A line that opens a list item: a bullet, a dash, "1." or "a)".

    >>> is_list_item("• Antrag prüfen"), is_list_item("3. Frist"), is_list_item("Antrag")
    (True, True, False)
    """
    return bool(_LIST_ITEM.match(line.lstrip()))


def running_key(line: str) -> str:
    """A line with its numbers masked, so "Seite 3 von 12" and "Seite 4 von 12" match.

    >>> running_key("Seite 3 von 12") == running_key("Seite 4  von 12")
    True
    """
    return _DIGITS.sub("#", collapse_spaces(line)).casefold()


def running_keys(edges: Sequence[Sequence[str]], min_pages: int = 2) -> set[str]:
    """Keys of lines that recur at the top or bottom of most pages (running headers/footers).

    `edges` holds, per page with text, the lines near its top and bottom.
    >>> sorted(running_keys([["Amt", "Text a", "Seite 1"], ["Amt", "Text b", "Seite 2"]]))
    ['amt', 'seite #']
    """
    if len(edges) < min_pages:
        return set()
    counts = Counter(key for page in edges for key in {running_key(line) for line in page})
    needed = max(min_pages, (len(edges) * 3 + 4) // 5)  # at least 60 % of the pages
    return {key for key, n in counts.items() if n >= needed and key}
