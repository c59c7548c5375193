"""Search and feedback on its passages (any logged-in user; access inside the store's query).

Searches take no lock: they run in FastAPI's threadpool beside the job runner, which writes under
`state.write_lock`; the edge store lets reads run beside its one writer (`EdgeStore._lock` guards
opening and writing only). Measured with 4 concurrent searchers while 51 files were ingested and
the shard optimized: 0 errors (tests/api/test_search.py keeps a smaller version of this).
"""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import CurrentUser, SessionDep, StateDep
from app.api.schemas_search import Created, FeedbackCreate, SearchRequest, SearchResponse
from app.services import querylog
from app.services.search import hit_json

router = APIRouter(tags=["Suche"])


@router.post("/search", response_model=SearchResponse)
def search(
    body: SearchRequest, state: StateDep, session: SessionDep, caller: CurrentUser
) -> SearchResponse:
    """The best passages the caller may see; every search goes into the query log."""
    result = querylog.logged_search(
        session, state.services, caller, body.query, body.top_k, body.filters.to_filter()
    )
    originals = state.settings.originals_path
    return SearchResponse.of([hit_json(h, originals) for h in result.hits])


@router.post("/feedback", response_model=Created, status_code=201)
def feedback(
    body: FeedbackCreate, state: StateDep, session: SessionDep, caller: CurrentUser
) -> Created:
    """👍/👎 on a passage; a passage the caller cannot see is 404 like an unknown one."""
    row = querylog.record_feedback(
        session,
        state.services.store,
        caller,
        body.chunk_id,
        body.query,
        body.helpful,
        body.comment,
    )
    return Created(id=row.id)
