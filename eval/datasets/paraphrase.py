"""Derived test sets built at run time from the external sets, into an ignored cache folder.

    .venv/bin/python -m eval.datasets.paraphrase [--external-dir ../shared/eval-data]

`xquad_r_de_lowlex` stands in for an externally written FAQ set (citizens' words, official
answers), which we do not have: the xquad_r_de questions that share at most a third of their
analyzer terms (stems and compound parts, stopwords dropped) with their answer sentence, over the
full sentence corpus. The questions are natural text, written by XQuAD's translators, not by us;
the selection only removes the questions an exact-term search finds easily, so the sparse list is
weak on this set as it would be on paraphrased questions. `xquad_r_de_paragraphs` is the
paragraph-level variant shipped with xquad_r_de under its own name. Both are written to
`eval/.cache/sets/<name>` (licences: internal use only, never into the repository) and rebuilt
when missing.
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from app.services.evaluation import Dataset, load_dataset

ROOT = Path(__file__).resolve().parents[2]
SETS_DIR = ROOT / "eval" / ".cache" / "sets"
EXTERNAL = ROOT.parent / "shared" / "eval-data"
MAX_SHARE = 1 / 3  # at most a third of a question's terms may occur in its answer
DERIVED = ("xquad_r_de_lowlex", "xquad_r_de_paragraphs")
Analyze = Callable[[str], Iterable[str]]


def term_share(query: str, answer: str, analyze: Analyze) -> float:
    """Fraction of the query's distinct terms that also occur in the answer (0 without terms).

    >>> term_share("rote Äpfel kaufen", "Äpfel sind rot", str.split)
    0.3333333333333333
    """
    terms = set(analyze(query))
    return len(terms & set(analyze(answer))) / len(terms) if terms else 0.0


def low_overlap_ids(dataset: Dataset, analyze: Analyze, max_share: float) -> list[str]:
    """Query ids (in file order) whose term share with all their relevant texts is ≤ max_share."""
    texts = {str(r.get("_id", r.get("id"))): _text(r) for r in dataset.corpus}
    chosen = []
    for query in dataset.queries:
        relevant = dataset.qrels.get(query.id, {})
        answer = " ".join(texts.get(doc, "") for doc in relevant)
        if relevant and term_share(query.text, answer, analyze) <= max_share:
            chosen.append(query.id)
    return chosen


def _text(row: dict[str, object]) -> str:
    return f"{row.get('title') or ''} {row.get('text') or ''}"


def write_subset(source: Path, out: Path, query_ids: list[str], how: str) -> Path:
    """A BEIR folder at `out`: the source corpus, the chosen queries and their qrels."""
    wanted = set(query_ids)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    shutil.copyfile(source / "corpus.jsonl", tmp / "corpus.jsonl")
    queries = (source / "queries.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [line for line in queries if line.strip() and _line_id(line) in wanted]
    (tmp / "queries.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    qrels = (source / "qrels.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line for line in qrels if line.split("\t")[0] in wanted]
    (tmp / "qrels.tsv").write_text("\n".join(["query-id\tcorpus-id\tscore", *rows]) + "\n")
    (tmp / "SOURCE.json").write_text(json.dumps({"derived_from": str(source), "how": how}))
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return out


def _line_id(line: str) -> str:
    row = json.loads(line)
    return str(row.get("_id", row.get("id")))


def build_lowlex(source: Path, out: Path, analyze: Analyze, max_share: float = MAX_SHARE) -> Path:
    """`xquad_r_de_lowlex` (or the same selection on another BEIR set)."""
    ids = low_overlap_ids(load_dataset(source), analyze, max_share)
    how = f"queries whose analyzer-term share with their relevant texts is <= {max_share:.3f}"
    return write_subset(source, out, ids, f"{how}: {len(ids)} queries")


def build_paragraphs(source: Path, out: Path) -> Path:
    """xquad_r_de/paragraphs under a name of its own (a set is named by its folder)."""
    ids = [q.id for q in load_dataset(source).queries]
    return write_subset(source, out, ids, "xquad_r_de/paragraphs, all queries")


def derived_root(name: str, external: Path, analyze: Callable[[], Analyze]) -> Path:
    """The folder of derived set `name`, built first if it is missing."""
    out = SETS_DIR / name
    if (out / "qrels.tsv").exists():
        return out
    xquad = external / "xquad_r_de"
    if name == "xquad_r_de_lowlex":
        return build_lowlex(xquad, out, analyze())
    return build_paragraphs(xquad / "paragraphs", out)


def product_analyzer() -> Analyze:
    """The product's German sparse analyzer (stems, compound parts, stopwords)."""
    from app.compose import build_sparse
    from eval.runner import product_settings

    encoder = build_sparse(product_settings())
    encoder.warm_up()
    return encoder.analyze


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external-dir", type=Path, default=EXTERNAL)
    ns = parser.parse_args(argv)
    for name in DERIVED:
        shutil.rmtree(SETS_DIR / name, ignore_errors=True)
        root = derived_root(name, ns.external_dir, product_analyzer)
        print(f"{name}: {len(load_dataset(root).queries)} queries -> {root}")


if __name__ == "__main__":
    main()
