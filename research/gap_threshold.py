"""Calibrate the gap analysis' `low_score`: best scores of answerable and unanswerable questions.

    python -m research.gap_threshold [--corpus corpus] [--queries QUERIES.jsonl] \
        [--data-dir /tmp/aw_gaps] [--out research/results/gap_threshold.json]

Indexes the sample corpus with the product composition (`build_services`, the configured e5-onnx
embedder behind the eval cache) in a temporary data folder, runs the corpus test set's questions
(every one is answerable) and `UNANSWERABLE`, German municipal questions the corpus has nothing on
(each topic checked absent from the converted texts of every corpus file: no Kita-Anmeldung,
Biotonne, Briefwahl, Jobrad...), and records the best hybrid score (the product's fusion, DBSF)
and the best dense score of each. A question is
predicted "no good answer" when its best score is below the threshold; the threshold reported is
the one with the best F1 for that prediction, with its precision and recall.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.compose import build_services
from app.settings import Settings
from research.common import CORPUS_SET, RESULTS, ROOT, add_cache_argument, cached_embedder, parser

UNANSWERABLE = [
    "Wie melde ich mein Kind für einen Kita-Platz an?",
    "Wann öffnet das Hallenbad am Wochenende?",
    "Wann wird die Biotonne in meiner Straße geleert?",
    "Wie bestelle ich eine Sperrmüllabholung?",
    "Wo bekomme ich den Abfallkalender?",
    "Wie beantrage ich Briefwahlunterlagen für die Kommunalwahl?",
    "Wo kann ich einen Fischereischein machen?",
    "Wer stellt den kleinen Waffenschein aus?",
    "Wie verlängere ich meinen Jagdschein?",
    "Wie bekomme ich einen Bibliotheksausweis?",
    "Welche Kurse bietet die Volkshochschule im Herbst an?",
    "Wie werde ich Mitglied der freiwilligen Feuerwehr?",
    "Führerschein umtauschen, was brauche ich?",
    "Wo stelle ich einen BAföG-Antrag?",
    "Wann ist die Schulanmeldung für Erstklässler?",
    "Wer bezahlt das Schülerticket?",
    "Wie hoch sind die Abwassergebühren pro Kubikmeter?",
    "Wie befreie ich mich vom Rundfunkbeitrag?",
    "Wo finde ich den aktuellen Mietspiegel?",
    "Wie bekomme ich einen Wohnberechtigungsschein?",
    "Wer kümmert sich um Ratten im Hinterhof?",
    "Ist Tauben füttern in der Innenstadt verboten?",
    "Darf ich an Silvester Feuerwerk im Park zünden?",
    "Brauche ich eine Genehmigung für ein Osterfeuer?",
    "Wann finden öffentliche Stadtführungen statt?",
    "Wo ist die Touristeninformation?",
    "Welche Partnerstädte hat unsere Stadt?",
    "Können Beschäftigte ein Jobrad leasen?",
    "Wann ist der nächste Betriebsausflug?",
    "Was gibt es heute in der Kantine?",
    "Bekommen Mitarbeiter einen kostenlosen Parkplatz am Rathaus?",
    "Wie vereinbare ich einen Termin beim Betriebsarzt?",
    "Gibt es eine Grippeimpfung für Beschäftigte?",
    "Wie reiche ich Rechnungen bei der Beihilfe ein?",
    "Gibt es einen Essenszuschuss für Auszubildende?",
    "Wann ist die Sauna im Freizeitbad geöffnet?",
    "Wie miete ich die Sporthalle für unseren Verein?",
    "Wo gibt es Sandsäcke bei Hochwasser?",
    "Wann ist der nächste Sirenen-Probealarm?",
    "Wann kommt Glasfaser in mein Neubaugebiet?",
    "Gibt es einen Zuschuss für Photovoltaik auf dem Dach?",
    "Wo darf ich eine Wallbox installieren und wer fördert das?",
    "Wie beantrage ich einen Anwohnerparkausweis?",
    "Wer ist für Straßenlaternen zuständig, die nachts ausfallen?",
    "Wann tagt der Seniorenbeirat?",
    "Wie bekomme ich einen Platz in der Offenen Ganztagsschule?",
    "Wo kann ich Altkleider abgeben?",
    "Wie hoch ist die Kurtaxe für Übernachtungsgäste?",
    "Gibt es ein Begrüßungsgeld für Neugeborene?",
    "Wann ist der nächste Flohmarkt auf dem Marktplatz?",
    "Wen rufe ich bei einem Wasserrohrbruch vor dem Haus an?",
    "Wie bekomme ich einen Kleingarten in der Stadt?",
    "Wo beantrage ich Pflegegeld für meine Mutter?",
    "Gibt es ein Sozialticket für den Stadtbus?",
    "Fördert die Stadt eine Dachbegrünung?",
    "Wo hängt der Defibrillator im Rathaus?",
    "Kann ich das Bürgerhaus für eine Hochzeitsfeier mieten?",
    "Wann hat die Schiedsperson Sprechstunde?",
    "Brauche ich eine Erlaubnis, um eine Drohne über dem Stadtpark zu fliegen?",
    "Wann kommt das Schadstoffmobil in unseren Ortsteil?",
]


def best_scores(services: Any, queries: list[str], mode: str) -> list[float]:
    """The best score of each query's hits (0.0 when none) through the product's retriever."""
    retriever = services.retriever()
    out = []
    for query in queries:
        hits = retriever.search(query, services.settings.top_k, mode=mode)
        out.append(hits[0].score if hits else 0.0)
    return out


def separation(answerable: list[float], unanswerable: list[float]) -> dict[str, Any]:
    """The threshold with the best F1 for "no good answer" (= best score below it), and its
    precision, recall and the share of answerable questions it would wrongly list as gaps."""
    labelled = [(s, True) for s in unanswerable] + [(s, False) for s in answerable]
    candidates = sorted({s for s, _ in labelled})
    best: dict[str, Any] = {"f1": -1.0}
    for lo, hi in zip(candidates, [*candidates[1:], candidates[-1] + 1e-6], strict=True):
        threshold = (lo + hi) / 2  # between two observed scores
        flagged = [gap for s, gap in labelled if s < threshold]
        tp = sum(flagged)
        if not tp:
            continue
        precision, recall = tp / len(flagged), tp / len(unanswerable)
        f1 = 2 * precision * recall / (precision + recall)
        if f1 > best["f1"]:
            best = {"threshold": round(threshold, 4), "f1": round(f1, 3)}
            best |= {"precision": round(precision, 3), "recall": round(recall, 3)}
            best["answerable_flagged"] = round((len(flagged) - tp) / len(answerable), 3)
    best["auc"] = round(_auc(answerable, unanswerable), 3)
    return best


def _auc(answerable: list[float], unanswerable: list[float]) -> float:
    """P(an answerable question scores higher than an unanswerable one), ties half."""
    wins = sum((a > u) + 0.5 * (a == u) for a in answerable for u in unanswerable)
    return wins / (len(answerable) * len(unanswerable))


def describe(scores: list[float]) -> dict[str, float]:
    q = statistics.quantiles(scores, n=20)  # 5 % steps
    return {
        "n": len(scores),
        "min": round(min(scores), 4),
        "p05": round(q[0], 4),
        "p25": round(q[4], 4),
        "median": round(statistics.median(scores), 4),
        "p75": round(q[14], 4),
        "p95": round(q[18], 4),
        "max": round(max(scores), 4),
    }


def measure(corpus: Path, queries: Path, data_dir: Path, cache: Path) -> dict[str, Any]:
    answerable = [json.loads(line)["text"] for line in queries.read_text().splitlines() if line]
    embedder = cached_embedder(cache, models_dir=ROOT / "models")
    settings = Settings(data_dir=data_dir, models_dir=ROOT / "models")
    services = build_services(settings, embedder=embedder)
    out: dict[str, Any] = {"fusion": settings.fusion, "embedder": settings.embedder}
    try:
        services.warm_up()
        report = services.pipeline().run([corpus])
        out["corpus"] = {"files": report.ok, "chunks": report.chunks_added}
        for mode in ("hybrid", "dense"):
            yes = best_scores(services, answerable, mode)
            no = best_scores(services, UNANSWERABLE, mode)
            out[mode] = {
                "answerable": describe(yes),
                "unanswerable": describe(no),
                "separation": separation(yes, no),
                "scores": {"answerable": yes, "unanswerable": no},
            }
    finally:
        services.close()
        embedder.close()
    return out


def main(argv: list[str]) -> None:
    args = parser(__doc__)
    args.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="Folder to index.")
    args.add_argument("--queries", type=Path, default=CORPUS_SET / "queries.jsonl")
    args.add_argument("--data-dir", type=Path, help="Empty data folder (default: a temp dir).")
    args.add_argument("--out", type=Path, default=RESULTS / "gap_threshold.json")
    add_cache_argument(args)
    ns = args.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="aw_gaps_") as tmp:
        result = measure(ns.corpus, ns.queries, ns.data_dir or Path(tmp), ns.cache)
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    ns.out.write_text(json.dumps(result, indent=1, ensure_ascii=False))
    for mode in ("hybrid", "dense"):
        summary = {k: result[mode][k] for k in ("answerable", "unanswerable", "separation")}
        print(mode, json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
