"""Offline, German-aware stand-ins for unstructured's NLTK hooks (no downloads, no network).

unstructured classifies paragraphs as title or narrative text with NLTK's punkt tokenizer and an
English POS tagger, which it downloads on import. These replacements are regex based and know
German: abbreviations like "z. B." do not end a sentence, capitalised nouns do not make a sentence
look like a title, and German finite verbs count as verbs.

`ingest.libraries.prepare_libraries()` installs them; this module changes nothing on import.

>>> sent_tokenize("Das gilt z. B. für Nr. 5. Danach endet es.")
['Das gilt z. B. für Nr. 5.', 'Danach endet es.']
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.sentences import split_sentences


def _lexicon(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
    """Split text into sentences (`ingest.sentences`), as NLTK's punkt does for unstructured."""
    return list(_sent_tokenize_cached(text))


@lru_cache(maxsize=256)
def _sent_tokenize_cached(text: str) -> tuple[str, ...]:
    return tuple(split_sentences(text))


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
