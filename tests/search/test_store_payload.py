"""The backend-neutral payload layout: round trip, date keys, access marker and search plan."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.store_payload import (
    PUBLIC,
    AnyOf,
    Between,
    chunk_to_payload,
    date_key,
    filter_conditions,
    payload_to_chunk,
    search_plan,
)
from search.types import Chunk, DocumentMeta, SearchFilter, SparseVector, StoreQuery, chunk_id_for

words = st.text(min_size=1, max_size=12)
optional_words = st.none() | words
optional_dates = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))

metas = st.builds(
    DocumentMeta,
    title=st.text(max_size=30),
    department=optional_words,
    doc_type=words,
    author=optional_words,
    expert=optional_words,
    question=optional_words,
    created=optional_dates,
    updated=optional_dates,
    tags=st.lists(words, max_size=3).map(tuple),
    access_groups=st.lists(words, max_size=3).map(tuple),
    language=st.sampled_from(["de", "en"]),
)


@st.composite
def chunks(draw: st.DrawFn) -> Chunk:
    document_id = draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16))
    position = draw(st.integers(0, 10_000))
    text = draw(st.text(max_size=200))
    return Chunk(
        id=chunk_id_for(document_id, position, text),
        document_id=document_id,
        position=position,
        text=text,
        source=draw(st.text(max_size=40)),
        meta=draw(metas),
        heading_path=tuple(draw(st.lists(words, max_size=3))),
        page=draw(st.none() | st.integers(1, 2000)),
        timestamp=draw(st.none() | st.floats(0, 1e5, allow_nan=False)),
        speaker=draw(optional_words),
        embed_text=draw(st.text(max_size=50)),
    )


@given(chunks())
def test_payload_round_trips_through_json(chunk: Chunk) -> None:
    payload = json.loads(json.dumps(chunk_to_payload(chunk)))
    assert payload_to_chunk(chunk.id, payload) == chunk


@given(chunks())
def test_payload_marks_public_chunks_and_dates_by_updated_else_created(chunk: Chunk) -> None:
    payload = chunk_to_payload(chunk)
    assert payload["access"] == (list(chunk.meta.access_groups) or [PUBLIC])
    day = chunk.meta.updated or chunk.meta.created
    assert payload["date"] == (date_key(day) if day else None)


@given(st.dates(), st.dates())
def test_date_keys_order_like_dates(a: date, b: date) -> None:
    assert (date_key(a) < date_key(b)) == (a < b)


def test_filter_conditions_spell_out_each_field() -> None:
    flt = SearchFilter(
        departments=("Bauamt",),
        tags=("bau",),
        date_from=date(2024, 1, 1),
        access_groups=("g1",),
    )
    assert filter_conditions(flt) == [
        AnyOf("department", ("Bauamt",)),
        AnyOf("tags", ("bau",)),
        Between("date", 20240101, None),
        AnyOf("access", (PUBLIC, "g1")),
    ]
    assert filter_conditions(SearchFilter()) == []
    assert filter_conditions(SearchFilter(access_groups=())) == [AnyOf("access", (PUBLIC,))]


TERMS = SparseVector((1,), (1.0,))
NO_TERMS = SparseVector((), ())


@pytest.mark.parametrize(
    ("mode", "dense", "sparse", "plan"),
    [
        ("hybrid", (1.0,), TERMS, "hybrid"),
        ("hybrid", (1.0,), NO_TERMS, "dense"),
        ("hybrid", (1.0,), None, "dense"),
        ("hybrid", None, TERMS, "sparse"),
        ("hybrid", None, NO_TERMS, "none"),
        ("dense", (1.0,), TERMS, "dense"),
        ("dense", None, TERMS, "none"),
        ("sparse", (1.0,), TERMS, "sparse"),
        ("sparse", (1.0,), NO_TERMS, "none"),
    ],
)
def test_search_plan_uses_only_vectors_that_exist(
    mode: str, dense: tuple | None, sparse: SparseVector | None, plan: str
) -> None:
    query = StoreQuery(dense=dense, sparse=sparse, mode=mode)  # type: ignore[arg-type]
    assert search_plan(query) == plan
