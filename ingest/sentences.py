"""German sentence boundaries with one abbreviation list, for every part that cuts text.

The chunker packs sentences, unstructured's NLP hooks count them (offline_nlp) and long sections
are cut at them (converters/base). A full stop does not end a sentence after an abbreviation
("z. B.", "Abs.", "bzw."), an initial, a date ordinal ("am 1. Januar"), an ordinal after an
article or preposition ("zum 12. Geburtstag") or a list number ("1. Zweck", "Ablauf: 1. Antrag");
nothing ends before a lower-case word. syntok, measured on the corpus, splits "15. | Mai".

>>> split_sentences("Gemäß § 5 Abs. 2 gilt das z. B. ab dem 1. Januar. Danach endet es.")
['Gemäß § 5 Abs. 2 gilt das z. B. ab dem 1. Januar.', 'Danach endet es.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = _words(
    """
    abs abschn abt allg anh anm art aufl az bd beschl bes best bspw bzgl bzw ca co dgl dipl dr
    ebd entspr etc evtl fa ff fr gem ggf ggü grds hr hrsg inkl insb jh jr kap kfz lfd lt max min mio
    mind mrd mwst nr nrn o.ä pkt pos prof rd rdnr rn s sog st std str tel u.a u.u usw vgl vs z.b zb
    zzgl ziff zit i.d.r i.v.m d.h u.ä o.g
    """
)
# words after which a small number is an ordinal ("der 3. Änderung", "bis zum 12. Geburtstag")
_ORDINAL_AFTER = _words(
    "der die das dem den des am im vom zum zur bis ab seit ihr ihre ihrem ihren sein seine "
    "seinem seinen jeden jedem jeder"
)
_ITEM_BEFORE = (":", ";", "-", "–", "•", "*")  # "Ablauf: 1. Antrag", "erstellen; 7. Bescheid"
_MONTH = re.compile(
    r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)
_CANDIDATE = re.compile(r"[.!?…]+[\"'»“”)\]]*\s+")
_DOTTED = re.compile(r"(\w\.)+\w")
_LOOK_BACK = 64  # characters before a full stop that decide it: the last two words


def sentence_ends(text: str, start: int = 0, stop: int | None = None) -> Iterator[int]:
    """Offsets in `text[start:stop]` where a sentence ends and the next begins (after spaces).

    >>> list(sentence_ends("Das gilt z. B. hier. Ende"))
    [21]
    """
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, len(text) if stop is None else stop):
        if not _is_false_boundary(text, sentence_start, match):
            sentence_start = match.end()
            yield sentence_start


def split_sentences(text: str) -> list[str]:
    """Split text into sentences (stripped, never empty); line breaks alone do not end one."""
    return split_at(text, sentence_ends(text))


def split_at(text: str, cuts: Iterable[int]) -> list[str]:
    """The stripped, non-empty pieces of `text` between increasing cut positions.

    >>> split_at("Eins. Zwei.  ", [5])
    ['Eins.', 'Zwei.']
    """
    pieces: list[str] = []
    start = 0
    for end in (*cuts, len(text)):
        piece = text[start:end].strip()
        if piece:
            pieces.append(piece)
        start = end
    return pieces


def _is_false_boundary(text: str, start: int, match: re.Match[str]) -> bool:
    """True when a lower-case word follows, or the full stop ends an abbreviation or an ordinal."""
    following = text[match.end() : match.end() + 12]
    if following[:1].islower():
        return True  # "z. B. für", "(HSK-Nähe!) können"
    if text[match.start()] != ".":
        return False
    words = text[max(start, match.start() - _LOOK_BACK) : match.start()].split()
    word = words[-1].lower().lstrip("(\"'„»") if words else ""
    if word.isdigit() and len(word) <= 2:
        first = len(words) == 1 and match.start() - start <= _LOOK_BACK
        previous = words[-2].lower() if len(words) > 1 else ""
        listed = previous in _ORDINAL_AFTER or previous.endswith(_ITEM_BEFORE)
        return first or listed or bool(_MONTH.match(following))
    return word in ABBREVIATIONS or _is_initial(word)


def _is_initial(word: str) -> bool:
    """Single letters ("B" in "z. B.") and dotted chains ("u.a") are abbreviations."""
    return len(word) == 1 and word.isalpha() or bool(_DOTTED.fullmatch(word))
