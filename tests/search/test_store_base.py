"""The store base's shared pieces that the contract suite does not reach on its own."""

from __future__ import annotations

from datetime import date

from search.store_base import index_schemas, query_vector
from search.store_payload import DENSE, SPARSE, AnyOf, Between, filter_conditions
from search.types import SearchFilter, SparseVector, StoreQuery


def test_every_field_a_filter_uses_has_a_payload_index_of_its_kind() -> None:
    every_field = SearchFilter(
        departments=("Bauamt",),
        doc_types=("prozess",),
        tags=("bau",),
        document_ids=("doc",),
        date_from=date(2024, 1, 1),
        date_to=date(2024, 12, 31),
        access_groups=("g1",),
    )
    schemas = index_schemas(keyword="keyword", integer="integer")
    for condition in filter_conditions(every_field):
        kind = "keyword" if isinstance(condition, AnyOf) else "integer"
        assert isinstance(condition, AnyOf | Between)
        assert schemas.get(condition.key) == kind, condition.key


def test_query_vector_picks_the_named_vector_in_the_backend_type() -> None:
    terms = SparseVector((3, 7), (0.5, 2.0))
    query = StoreQuery(dense=(1.0, 0.0), sparse=terms)
    assert query_vector(query, DENSE, list, lambda v: ("sparse", v)) == [1.0, 0.0]
    assert query_vector(query, SPARSE, list, lambda v: ("sparse", v)) == ("sparse", terms)
