"""What the evaluation ranks: the product's top 10 first, then a deeper search for recall."""

from dataclasses import dataclass

from app.services.evaluation import SHOWN, ranked_chunks


@dataclass(frozen=True)
class _Chunk:
    id: str


@dataclass(frozen=True)
class _Scored:
    chunk: _Chunk


class _Retriever:
    """Real retrievers order a top-100 search differently from a top-10 one (DBSF normalises
    over a larger prefetch); this one does so on purpose and records its calls."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def search_chunks(self, text, top_k, mode):
        self.calls.append(top_k)
        ids = [f"c{i}" for i in range(top_k)]
        if top_k > SHOWN:
            ids[0], ids[SHOWN + 1] = ids[SHOWN + 1], ids[0]  # a deep-only winner
        return [_Scored(_Chunk(i)) for i in ids]


def test_first_ten_are_the_top_ten_search_and_the_rest_fills_up_to_depth() -> None:
    retriever = _Retriever()
    ranked = [s.chunk.id for s in ranked_chunks(retriever, "Urlaub", "hybrid", 100)]  # type: ignore[arg-type]
    assert ranked[:SHOWN] == [f"c{i}" for i in range(SHOWN)]
    assert len(ranked) == len(set(ranked)) == 100
    assert ranked[SHOWN : SHOWN + 2] == ["c11", "c10"]  # the deep list's order after the shown
    assert retriever.calls == [SHOWN, 100]


def test_depth_ten_is_one_search() -> None:
    retriever = _Retriever()
    assert len(ranked_chunks(retriever, "Urlaub", "dense", SHOWN)) == SHOWN  # type: ignore[arg-type]
    assert retriever.calls == [SHOWN]
