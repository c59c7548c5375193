"""Offline, German-aware stand-ins for unstructured's NLTK hooks (no downloads, no network).

unstructured classifies paragraphs as title or narrative text with NLTK's punkt tokenizer and an
English POS tagger, which it downloads on import. These replacements are regex based and know
German: abbreviations like "z. B." do not end a sentence, capitalised nouns do not make a sentence
look like a title, and German finite verbs count as verbs.

>>> install()  # before the first `import unstructured...`
>>> sent_tokenize("Das gilt z. B. für Nr. 5. Danach endet es.")
['Das gilt z. B. für Nr. 5.', 'Danach endet es.']
"""

from __future__ import annotations

import os
import re
import sys
import types
from functools import lru_cache


def _lexicon(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = _lexicon(
    """
    abs abschn abt allg anh anm art aufl az bd beschl bes best bspw bzgl bzw ca co dgl dipl dr
    ebd entspr etc evtl fa fr gem ggf ggü grds hr hrsg inkl insb jh jr kap kfz lfd lt max min mio
    mrd mwst nr nrn o.ä pkt pos prof rd rdnr rn s sog std str tel u.a u.u usw vgl vs z.b zb zzgl
    ziff zit i.d.r i.v.m d.h u.ä o.g
    """
)

_SENTENCE_END = re.compile(r"[.!?…]+[\"'»“”)\]]*\s+")
_MONTH = re.compile(
    r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)
_TOKEN = re.compile(r"\w+(?:[-.'’]\w+)*|[^\w\s]", re.UNICODE)

_WORD_CLASSES = {
    "DT": """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
        keiner dieser diese dieses diesen diesem jeder jede jedes jeden jedem alle allen aller
        the a an""",
    "IN": """in im ins an am auf aus bei beim mit nach seit von vom vor zu zum zur über unter für
        gegen ohne um durch bis ab gemäß laut wegen trotz während innerhalb außerhalb of for to
        on by with from at""",
    "CC": "und oder aber sondern denn sowie bzw. and or but",
    "PRP": """ich du er sie es wir ihr man sich mich mir dich dir uns euch ihnen ihm ihn wer was
        welche welcher welches dass ob wenn weil als wie da damit sofern falls i you he she it
        we they""",
    "RB": """nicht auch nur noch schon sehr dann danach vorher hier dort jetzt immer oft meist erst
        bereits ggf. etwa ca. so ja nein bitte zudem außerdem zuerst zuletzt not also""",
    "CD": "eins zwei drei vier fünf sechs sieben acht neun zehn one two three",
}
_FUNCTION_TAGS = {word: tag for tag, words in _WORD_CLASSES.items() for word in words.split()}

_VERBS = _lexicon(
    """
    ist sind war waren bin bist seid sei wäre wären wird werden wurde wurden worden wirst
    hat haben hatte hatten hast habe kann können konnte konnten muss müssen musste mussten
    soll sollen sollte sollten darf dürfen durfte mag möchte möchten will wollen wollte gibt gab
    geht ging kommt kam macht machte steht stand liegt lag sagt sagte gilt galt bleibt blieb
    erfolgt erfolgen enthält beginnt endet regelt prüft erhält nimmt sieht
    is are was were be been has have had do does did can could will would shall should may must
    """
)
_VERB_SUFFIXES = ("en", "ern", "eln", "t", "te", "ten", "st", "test", "et", "ed", "ing")


def sent_tokenize(text: str) -> list[str]:
    """Split text into sentences; German abbreviations, ordinals and initials do not end one."""
    return list(_sent_tokenize_cached(text))


@lru_cache(maxsize=256)
def _sent_tokenize_cached(text: str) -> tuple[str, ...]:
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _is_false_boundary(text, start, match):
            continue
        sentence = text[start : match.end()].strip()
        if sentence:
            sentences.append(sentence)
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return tuple(sentences)


def _is_false_boundary(text: str, start: int, match: re.Match[str]) -> bool:
    """True when the full stop belongs to an abbreviation, an initial or a date ordinal."""
    if text[match.start()] != ".":
        return False
    following = text[match.end() : match.end() + 12]
    if following[:1].islower():
        return True
    before = text[start : match.start()].rsplit(None, 1)
    word = before[-1].lower().lstrip("(\"'„»") if before else ""
    if word.isdigit() and len(word) <= 2:
        return bool(_MONTH.match(following))  # "am 1. Januar"
    return word in ABBREVIATIONS or _is_initial(word)


def _is_initial(word: str) -> bool:
    """Single letters ("B" in "z. B.") and dotted chains ("u.a") are abbreviations."""
    return len(word) == 1 and word.isalpha() or bool(re.fullmatch(r"(\w\.)+\w", word))


@lru_cache(maxsize=256)
def _word_tokenize_cached(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text))


def word_tokenize(text: str) -> list[str]:
    """Split text into word and punctuation tokens."""
    return list(_word_tokenize_cached(text))


def pos_tag(text: str) -> list[tuple[str, str]]:
    """Penn-style tags good enough for unstructured's verb test, on German and English text."""
    tagged: list[tuple[str, str]] = []
    for sentence in sent_tokenize(text):
        tokens = word_tokenize(sentence)
        for index, token in enumerate(tokens):
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            tagged.append((token, _tag(token, index == 0, following)))
    return tagged


def _tag(token: str, sentence_start: bool, following: str) -> str:
    lower = token.lower()
    if not token[0].isalnum():
        return "."
    if token.replace(".", "").replace(",", "").isdigit():
        return "CD"
    if lower in _VERBS and (token.islower() or sentence_start):
        return "VBZ"
    if lower in _FUNCTION_TAGS and (token.islower() or sentence_start):
        return _FUNCTION_TAGS[lower]
    if token[0].isupper():
        return "NNP" if token.isupper() else "NN"  # German nouns are capitalised
    if lower.endswith(_VERB_SUFFIXES) and len(lower) > 3 and not following[:1].isupper():
        return "VB"  # infinitive/participle/finite form; adjectives usually precede a noun
    return "JJ" if lower.endswith(("ig", "lich", "isch", "bar", "sam")) else "NN"


def exceeds_cap_ratio(text: str, threshold: float = 0.5) -> bool:
    """German-aware cap-ratio test: capitalised nouns are normal, only ALL-CAPS words count."""
    if len(sent_tokenize(text)) > 1:
        return False
    if text.isupper():
        return True
    tokens = [token for token in word_tokenize(text) if token.isalpha()]
    if not tokens:
        return True
    shouting = sum(1 for token in tokens if token.isupper() and len(token) > 1)
    return shouting / len(tokens) > threshold


def install() -> None:
    """Route unstructured's NLP hooks to this module and switch its telemetry off (idempotent).

    Must run before unstructured is imported so its NLTK module (which downloads on import) never
    loads; if it already loaded, the hooks are patched in place instead.
    """
    # unstructured reads these at import time; they are process settings of a library, not ours.
    for name, value in (
        ("SCARF_NO_ANALYTICS", "true"),
        ("DO_NOT_TRACK", "true"),
        ("AUTO_DOWNLOAD_NLTK", "false"),
    ):
        os.environ[name] = value
    hooks = {"sent_tokenize": sent_tokenize, "word_tokenize": word_tokenize, "pos_tag": pos_tag}
    existing = sys.modules.get("unstructured.nlp.tokenize")
    if existing is None:
        module = types.ModuleType("unstructured.nlp.tokenize", "Offline NLP hooks (amtswissen).")
        module.__dict__.update(hooks)
        sys.modules[module.__name__] = module
    else:
        existing.__dict__.update(hooks)
    import unstructured.partition.text_type as text_type

    text_type.__dict__.update(hooks)
    text_type.__dict__["exceeds_cap_ratio"] = exceeds_cap_ratio
