"""Soak test (part of `make bench`, not of CI): ingest and search in loops from two processes
while files change underneath, then check that store and registry agree.

Process A re-ingests a working copy of the corpus in a loop; process B searches and asks for stats
in a loop; a third thread edits, adds and deletes files in the working copy the whole time. Both
loops run the real `amtswissen` command line with the product's settings. A refusal because the
other process holds the index (exit 3, code `index_locked`) is the designed answer, not a crash;
anything else that is not exit 0 (a signal, a traceback, another exit code) is counted as a crash.

Usage: python -m eval.soak [--seconds 300] [--out eval/results/soak.json]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

LOCKED = 3  # the CLI's exit code when another process owns the index
QUERIES = ("Wie beantrage ich Urlaub?", "Perso verloren was tun", "Frist Widerspruch Hundesteuer")


@dataclass
class Tally:
    """Outcomes of one loop: exit codes and the first lines of every crash."""

    outcomes: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)

    def record(self, result: subprocess.CompletedProcess[str]) -> None:
        crashed = result.returncode not in (0, LOCKED) or "Traceback" in result.stderr
        self.outcomes["crash" if crashed else "locked" if result.returncode else "ok"] += 1
        if crashed:
            said = (result.stderr.strip() or result.stdout.strip())[-400:]
            self.crashes.append(f"exit {result.returncode}: {said}")


def amtswissen(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "app.cli", *args, "--data-dir", str(data_dir), "--json"]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)


def loop(deadline: float, tally: Tally, commands: list[list[str]], data_dir: Path) -> None:
    turn = 0
    while time.monotonic() < deadline:
        tally.record(amtswissen(commands[turn % len(commands)], data_dir))
        turn += 1


def mutate(deadline: float, work: Path, rng: random.Random, edits: Counter[str]) -> None:
    """Edit, add and delete Markdown files under `work` until the deadline."""
    while time.monotonic() < deadline:
        files = sorted(work.rglob("*.md"))
        action = rng.choice(("edit", "add", "delete"))
        if action == "add" or not files:
            target = work / "soak" / f"neu-{rng.randrange(10**6)}.md"
            target.parent.mkdir(exist_ok=True)
            target.write_text(f"# Neuer Vorgang\n\nUrlaubsantrag Nummer {rng.random()}\n")
        elif action == "edit":
            with rng.choice(files).open("a", encoding="utf-8") as handle:
                handle.write(f"\n\nNachtrag {rng.random()}: Frist beachten.\n")
        else:
            rng.choice(files).unlink(missing_ok=True)
        edits[action] += 1
        time.sleep(rng.uniform(0.2, 1.5))


def run(seconds: float, corpus: Path, seed: int = 7) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="amtswissen-soak-") as tmp_name:
        tmp = Path(tmp_name)
        work, data_dir = tmp / "corpus", tmp / "data"
        shutil.copytree(corpus, work)
        first = amtswissen(["ingest", str(work)], data_dir)  # the index users search exists
        if first.returncode != 0:
            raise SystemExit(f"first ingest failed: {first.stderr or first.stdout}")
        deadline = time.monotonic() + seconds
        ingester, searcher, edits = Tally(), Tally(), Counter[str]()
        searches = [["search", q, "--top-k", "5"] for q in QUERIES] + [["stats"]]
        threads = [
            threading.Thread(
                target=loop, args=(deadline, ingester, [["ingest", str(work)]], data_dir)
            ),
            threading.Thread(target=loop, args=(deadline, searcher, searches, data_dir)),
            threading.Thread(target=mutate, args=(deadline, work, random.Random(seed), edits)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        final = amtswissen(["ingest", str(work)], data_dir)  # the files have stopped changing
        check = amtswissen(["check"], data_dir)
        state = json.loads(check.stdout or "{}")
    crashes = ingester.crashes + searcher.crashes
    return {
        "seconds": seconds,
        "ingest": dict(ingester.outcomes),
        "search": dict(searcher.outcomes),
        "edits": dict(edits),
        "crashes": len(crashes),
        "crash_samples": crashes[:5],
        "final_ingest_exit": final.returncode,
        "consistent": check.returncode == 0,
        "check": state,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--out", type=Path, default=Path("eval/results/soak.json"))
    args = parser.parse_args(argv)
    result = run(args.seconds, args.corpus)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"soak: {json.dumps({k: v for k, v in result.items() if k != 'check'})}")
    return 0 if result["crashes"] == 0 and result["consistent"] else 1


if __name__ == "__main__":
    sys.exit(main())
