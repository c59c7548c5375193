"""The service under load: N concurrent clients send `POST /search` for a fixed time.

    python -m eval.load                                # own service on the corpus: 2, then 20
    python -m eval.load --url http://127.0.0.1:8000 --token TOKEN --clients 20 --seconds 60

Each client is a thread with its own keep-alive `httpx.Client`, sending the corpus test set's
questions round-robin (each client starts at another question) until the time is up. Counted:
requests, errors by kind (`http_<status>` for a non-2xx answer, the exception's class name for a
failed request), latency percentiles of the successful requests, and requests per second. The
results are printed and written to eval/results/load.json. Without `--url` it indexes the corpus
into a temp data folder, starts the real service there (`eval/load_service.py`; admin password
from `AMTSWISSEN_ADMIN_PASSWORD`, else a generated one) and stops it afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import httpx

from search.metrics import percentile

RESULTS = Path("eval/results")
QUERIES = Path("eval/datasets/amtswissen_de/queries.jsonl")


@dataclass(frozen=True)
class LoadResult:
    """What `clients` concurrent clients saw in `seconds` (latencies in milliseconds)."""

    clients: int
    seconds: float
    requests: int
    errors: dict[str, int]
    p50_ms: float
    p95_ms: float
    p99_ms: float
    rps: float
    setup: str = ""  # e.g. "query cache off"

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def line(self) -> str:
        return (
            f"{self.clients:>3} clients: {self.requests} requests, {self.rps:.1f}/s, "
            f"p50 {self.p50_ms:.0f} ms, p95 {self.p95_ms:.0f} ms, p99 {self.p99_ms:.0f} ms, "
            f"{self.error_count} errors {self.errors or ''}".rstrip()
            + (f" [{self.setup}]" if self.setup else "")
        )


@dataclass
class _Tally:
    """One client's counts; merged after the threads end (no shared state while running)."""

    latencies: list[float]
    errors: Counter[str]


def load_queries(path: Path = QUERIES) -> list[str]:
    """The `text` of every line of a BEIR queries.jsonl."""
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]


def run_load(
    url: str,
    token: str,
    queries: Sequence[str],
    clients: int,
    seconds: float,
    top_k: int = 10,
    timeout: float = 30.0,
) -> LoadResult:
    """Run `clients` threads against `url`/search for `seconds` and tally what they saw."""
    if not queries:
        raise ValueError("no queries")
    tallies = [_Tally([], Counter()) for _ in range(clients)]
    headers = {"Authorization": f"Bearer {token}"}
    ready = threading.Barrier(clients + 1)  # the clock starts once every client is built
    threads = [
        threading.Thread(
            target=_client,
            args=(url, headers, queries, i * len(queries) // clients, top_k, timeout),
            kwargs={"ready": ready, "seconds": seconds, "tally": tallies[i]},
        )
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    ready.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return _result(clients, time.perf_counter() - started, tallies)


def _client(
    url: str,
    headers: dict[str, str],
    queries: Sequence[str],
    start: int,
    top_k: int,
    timeout: float,
    *,
    ready: threading.Barrier,
    seconds: float,
    tally: _Tally,
) -> None:
    """Send searches one after another for `seconds`; one request in flight per client."""
    i = start
    with httpx.Client(base_url=url, headers=headers, timeout=timeout) as http:
        ready.wait()
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            body = {"query": queries[i % len(queries)], "top_k": top_k}
            i += 1
            began = time.perf_counter()
            try:
                response = http.post("/search", json=body)
            except httpx.HTTPError as exc:
                tally.errors[type(exc).__name__] += 1
                continue
            if response.is_success:
                tally.latencies.append((time.perf_counter() - began) * 1000)
            else:
                tally.errors[f"http_{response.status_code}"] += 1


def _result(clients: int, elapsed: float, tallies: list[_Tally]) -> LoadResult:
    latencies = [ms for t in tallies for ms in t.latencies]
    errors: Counter[str] = sum((t.errors for t in tallies), Counter())
    requests = len(latencies) + sum(errors.values())
    return LoadResult(
        clients=clients,
        seconds=round(elapsed, 2),
        requests=requests,
        errors=dict(sorted(errors.items())),
        p50_ms=round(percentile(latencies, 50), 1),
        p95_ms=round(percentile(latencies, 95), 1),
        p99_ms=round(percentile(latencies, 99), 1),
        rps=round(requests / elapsed, 1) if elapsed else 0.0,
    )


def write_results(results: Sequence[LoadResult], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    # the load average tells whether other work shared the cores during the runs
    machine = {"cpus": os.cpu_count(), "load_avg_1m_after": round(os.getloadavg()[0], 2)}
    out.write_text(json.dumps({"machine": machine, "runs": [asdict(r) for r in results]}, indent=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="Base URL of a running service; default: start one.")
    parser.add_argument("--token", help="Bearer token for --url (POST /auth/login).")
    parser.add_argument("--clients", default="2,20", help="Client counts, one run each.")
    parser.add_argument("--seconds", type=float, default=60.0, help="Length of each run.")
    parser.add_argument("--queries", type=Path, default=QUERIES, help="A BEIR queries.jsonl.")
    parser.add_argument("--out", type=Path, default=RESULTS / "load.json")
    ns = parser.parse_args(argv)
    if ns.url and not ns.token:
        parser.error("--url needs --token")
    counts = [int(c) for c in ns.clients.split(",")]
    queries = load_queries(ns.queries)
    if ns.url:
        results = [run_load(ns.url, ns.token, queries, c, ns.seconds) for c in counts]
    else:
        results = _against_own_service(queries, counts, ns.seconds)
    for result in results:
        print(result.line())
    write_results(results, ns.out)
    return 1 if any(r.error_count for r in results) else 0


def _against_own_service(queries: list[str], counts: list[int], seconds: float) -> list[LoadResult]:
    """Index the corpus into a temp data folder, start the service there, run, stop it; then
    once more with the query-embedding cache off (the load repeats the 425 questions, so with
    the cache on every question after the first round skips the model)."""
    from app.settings import Settings
    from eval.load_service import index_corpus, login, running_service

    password = Settings().admin_password or secrets.token_urlsafe(16)
    results = []
    with tempfile.TemporaryDirectory(prefix="aw_load_") as tmp:
        index_corpus(Path(tmp), password)
        for setup, env in (("query cache on", {}), ("query cache off", {"QUERY_CACHE": "0"})):
            with running_service(Path(tmp), password, env) as url:
                token = login(url, "admin", password)
                for count in counts:
                    result = run_load(url, token, queries, count, seconds)
                    results.append(replace(result, setup=setup))
    return results


if __name__ == "__main__":
    raise SystemExit(main())
