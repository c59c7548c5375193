"""Search and feedback on its passages (any logged-in user; access inside the store's query).

Searches take no lock: they run in FastAPI's threadpool beside the job runner, which writes under
`state.write_lock`; the edge store lets reads run beside its one writer (`EdgeStore._lock` guards
opening and writing only). Measured with 4 concurrent searchers while 51 files were ingested and
the shard optimized: 0 errors (tests/api/test_search.py keeps a smaller version of this).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from fastapi import APIRouter

from app.api.deps import AppState, CurrentUser, SessionDep, StateDep
from app.api.schemas_search import Created, FeedbackCreate, SearchRequest, SearchResponse
from app.services import querylog
from app.services.querylog_writer import QueryLogWriter
from app.services.search import hit_json

router = APIRouter(tags=["Suche"])


def query_log(state: AppState) -> QueryLogWriter:
    writer: QueryLogWriter = state.extras["query_log"]
    return writer


def start_query_log(state: AppState) -> Callable[[], None]:
    """Start-up hook: the query-log writer thread; its stop writes what is left."""
    writer = state.extras["query_log"] = QueryLogWriter(state.db)
    return writer.start()


@router.post("/search", response_model=SearchResponse)
def search(
    body: SearchRequest, state: StateDep, session: SessionDep, caller: CurrentUser
) -> SearchResponse:
    """The best passages the caller may see, each flagged `review_due` when its document is
    overdue for review (due days cached: `reviews.DueDates`); every search goes into the query
    log."""
    result = querylog.logged_search(
        query_log(state).add,
        state.services,
        caller,
        body.query,
        body.top_k,
        body.filters.to_filter(),
    )
    originals = state.originals
    due = state.due_dates.due(session, (h.document_id for h in result.hits), date.today())
    hits = [{**hit_json(h, originals), "review_due": h.document_id in due} for h in result.hits]
    return SearchResponse.of(hits)


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
