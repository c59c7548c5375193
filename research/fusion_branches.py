"""Where the product's fusion gains or loses, split by the branch its rule takes per query.

    python -m research.fusion_branches amtswissen_de corpus.sig xquad_r_de xquad.sig \
        xquad_r_de_lowlex xquad.sig legalquad_de legal.sig

Same `.sig` lists as research.fusion_adaptive. Per set and branch (lexical: a top-3 sparse hit
holds COVERAGE of the query's terms, dense weight LEXICAL; else paraphrase, PARAPHRASE): the
queries in it, dense / sparse / fused nDCG@10 there, and the branch's share of the set's margin
over dense (its summed fused − dense, divided by all of the set's queries). All queries, no
split: this explains a result, it chooses nothing. Numbers in `results/fusion_branches.json`.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import numpy as np

from research.common import RESULTS
from research.fusion_adaptive import SetData, fused, pairs_parser, read_sets
from search.metrics import ndcg_at_k

COVERAGE, LEXICAL, PARAPHRASE = 0.6, 0.4, 0.95  # the product's rule (search/fusion.py)


def branches(s: SetData) -> dict[str, Any]:
    """Per branch: queries, mean nDCG@10 of dense / sparse / the branch's fusion, margin share."""
    rows = []
    for qid, q in s.queries.items():
        qrels = s.dataset.qrels[qid]
        lexical = q.signals["cov_sparse3"] >= COVERAGE
        a = LEXICAL if lexical else PARAPHRASE
        scores = [ndcg_at_k(fused(q, "dbsf", w, 30)[:10], qrels) for w in (1.0, 0.0, a)]
        rows.append((lexical, *scores))
    table = np.array(rows, dtype=float)
    out: dict[str, Any] = {"queries": len(table)}
    for name, mask in (("lexical", table[:, 0] == 1), ("paraphrase", table[:, 0] == 0)):
        part = table[mask]
        out[name] = {
            "queries": int(mask.sum()),
            "dense": float(part[:, 1].mean()) if len(part) else None,
            "sparse": float(part[:, 2].mean()) if len(part) else None,
            "fused": float(part[:, 3].mean()) if len(part) else None,
            "margin_share": float((part[:, 3] - part[:, 1]).sum() / len(table)),
        }
    return out


def main(argv: list[str]) -> None:
    ns = pairs_parser(__doc__, RESULTS / "fusion_branches.json").parse_args(argv)
    _, _, sets = read_sets(ns)
    results = {s.name: branches(s) for s in sets}
    for name, r in results.items():
        for branch in ("lexical", "paraphrase"):
            b = r[branch]
            if b["queries"]:
                print(
                    f"{name:24s} {branch:10s} {b['queries']:4d}/{r['queries']:4d}  dense "
                    f"{b['dense']:.4f} sparse {b['sparse']:.4f} fused {b['fused']:.4f}  "
                    f"margin share {b['margin_share']:+.4f}"
                )
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    ns.out.write_text(json.dumps(results, indent=1))
    print(f"wrote {ns.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
