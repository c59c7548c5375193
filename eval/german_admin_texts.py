"""Deterministic, self-written German administrative sentences and passages for tests and benches.

Example::

    passages = admin_passages(100, seed=7)   # 100 passages of 60-120 words
"""

from __future__ import annotations

import random

_SUBJECTS = [
    "Das Bürgeramt",
    "Die Ausländerbehörde",
    "Der Fachbereich Ordnung und Sicherheit",
    "Die Sachbearbeiterin im Standesamt",
    "Das Jugendamt der Stadt",
    "Die Kämmerei",
    "Der Bauordnungsbereich",
    "Die Wohngeldstelle",
    "Das Straßenverkehrsamt",
    "Die Gewerbeabteilung",
    "Der Sozialdienst für Senioren",
    "Die zuständige Kreisverwaltung",
]
_ACTIONS = [
    "prüft den Antrag auf Vollständigkeit",
    "fordert fehlende Unterlagen schriftlich an",
    "erteilt nach § 34 BauGB die Genehmigung",
    "leitet die Akte an das Rechnungsprüfungsamt weiter",
    "stellt einen Gebührenbescheid über 45,50 € aus",
    "dokumentiert den Vorgang im Dokumentenmanagementsystem",
    "informiert die Antragstellerin per E-Mail an buergeramt@stadt-musterhausen.de",
    "setzt eine Frist von vier Wochen zur Stellungnahme",
    "vereinbart einen Termin über das Online-Portal",
    "holt die Zustimmung des Personalrats ein",
    "übermittelt die Daten gemäß Art. 6 Abs. 1 lit. e DSGVO",
    "erstellt einen Vermerk für die Wiedervorlage",
]
_CONTEXTS = [
    "bei Anträgen auf Wohngeld",
    "im Rahmen der Einbürgerung",
    "nach Eingang des Widerspruchs",
    "vor der Ausstellung eines Personalausweises",
    "für die Sondernutzung öffentlicher Straßen",
    "im Fall einer Ummeldung innerhalb der Gemeinde",
    "während der Übergangsphase bis zum 31.12.2025",
    "bei Gewerbeanmeldungen mit Außengastronomie",
    "für Kita-Plätze im Stadtteil Nord-Ost",
    "bei Baumfällungen auf Privatgrundstücken",
]
_CLOSERS = [
    "Rückfragen beantwortet die Hotline unter 0221/123-4567 (Mo.–Fr., 8–16 Uhr).",
    "Die Bearbeitungszeit beträgt in der Regel zwei bis drei Wochen.",
    "Bitte beachten Sie: Unvollständige Anträge können nicht bearbeitet werden.",
    "Näheres regelt die Dienstanweisung „Aktenführung“ in der Fassung vom 01.04.2024.",
    "Ausnahmen sind nur mit Zustimmung der Amtsleitung zulässig.",
    "Vertretungsregelungen sind im Geschäftsverteilungsplan hinterlegt.",
    "Die Gebühr ermäßigt sich für Inhaber des Sozialpasses um 50 %.",
    "Originalbelege sind zehn Jahre aufzubewahren; Kopien genügen nicht.",
]
_QUIRKS = ["", "", "", " ", "\n", "  ", "\t", "\u00a0"]


def admin_sentence(rng: random.Random) -> str:
    """One sentence: subject, context, action, sometimes a closing remark."""
    text = f"{rng.choice(_SUBJECTS)} {rng.choice(_ACTIONS)} {rng.choice(_CONTEXTS)}."
    if rng.random() < 0.4:
        text += rng.choice(_QUIRKS) + " " + rng.choice(_CLOSERS)
    return text


def admin_sentences(n: int, seed: int = 0) -> list[str]:
    """``n`` deterministic German administrative sentences."""
    rng = random.Random(seed)
    return [admin_sentence(rng) for _ in range(n)]


def admin_passages(n: int, seed: int = 0, min_words: int = 60, max_words: int = 120) -> list[str]:
    """``n`` deterministic passages of ``min_words``..``max_words`` words each."""
    rng = random.Random(seed)
    passages = []
    for _ in range(n):
        target = rng.randint(min_words, max_words)
        words: list[str] = []
        while len(words) < target:
            words.extend(admin_sentence(rng).split(" "))
        passages.append(" ".join(words[:target]))
    return passages
