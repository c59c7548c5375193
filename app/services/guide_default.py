"""The default interview guide: a Wissensstafette (knowledge relay) for staff before retirement.

Built on expert debriefing as public administrations practise it: start from the tasks and the
calendar, then the tacit part (practice against the rules, judgement cases walked through on a
real example, side systems, the informal network), then what went wrong, and end with what the
successor must learn when. Each question has a key the handover plan builds on and a horizon:
by when the successor needs it (woche | monat | jahr; "" = the answer is split by its lines).
"""

from __future__ import annotations

NAME = "Wissensstafette – Experteninterview vor dem Ruhestand"
DESCRIPTION = (
    "Leitfaden für das Gespräch mit Beschäftigten, die in den nächsten Monaten ausscheiden. "
    "Etwa 90 Minuten; Interviewerin oder Interviewer fragt nach, bis ein konkretes Beispiel "
    "auf dem Tisch liegt. Die Antworten werden von der befragten Person bestätigt, bevor sie "
    "veröffentlicht werden."
)
NOTE = "Erste Fassung (Standardleitfaden)"

QUESTIONS: tuple[dict[str, str], ...] = (
    {
        "key": "aufgaben",
        "horizon": "monat",
        "text": "Welche Aufgaben erledigen Sie, die in keiner Stellenbeschreibung und keinem "
        "Geschäftsverteilungsplan stehen?",
        "hint": "Auch was „nebenbei“ läuft: Zuarbeiten für andere Ämter, feste Vertretungen, "
        "Auskünfte, um die man Sie immer bittet. Wer merkt es zuerst, wenn das liegen bleibt?",
    },
    {
        "key": "fristen",
        "horizon": "woche",
        "text": "Welche Termine und Fristen haben Sie im Blick – jährlich wiederkehrende, "
        "gesetzliche und solche, die am Sitzungskalender von Rat und Ausschüssen hängen?",
        "hint": "Das Jahr Monat für Monat durchgehen: Meldungen an Kreis und Land, Haushalt, "
        "Vorlagenfristen, Widerspruchs- und Verjährungsfristen. Wo steht die Frist, und wer "
        "oder was erinnert Sie daran?",
    },
    {
        "key": "praxis",
        "horizon": "monat",
        "text": "Wo weicht die gelebte Praxis von Vorschrift, Dienstanweisung oder "
        "Ablaufbeschreibung ab – und warum?",
        "hint": "Welche Schritte lassen Sie aus gutem Grund weg oder machen Sie zusätzlich? "
        "Welche Absprache oder Erfahrung steckt dahinter, und wer hat sie gebilligt?",
    },
    {
        "key": "faelle",
        "horizon": "jahr",
        "text": "Bei welchen Fällen kommt es auf Ihr Urteil an? Bitte gehen Sie einen echten "
        "Fall Schritt für Schritt mit uns durch.",
        "hint": "Woran erkennen Sie, dass ein Fall anders ist? Welche Fragen stellen Sie sich, "
        "welche Unterlagen ziehen Sie heran, wie haben Sie entschieden und warum? Namen und "
        "andere personenbezogene Daten bitte weglassen.",
    },
    {
        "key": "ausfall",
        "horizon": "woche",
        "text": "Was geht als Erstes schief, wenn Sie zwei Wochen unerwartet fehlen?",
        "hint": "Welche Vorgänge bleiben liegen, welche Anrufe laufen ins Leere, welche "
        "Zahlungen oder Bescheide verzögern sich? Was muss eine Vertretung am ersten Tag wissen?",
    },
    {
        "key": "nebensysteme",
        "horizon": "monat",
        "text": "Mit welchen Nebensystemen arbeiten Sie neben dem Fachverfahren – eigene "
        "Excel-Listen, Datenbanken, Vorlagen, Makros oder Umwege?",
        "hint": "Wo liegen sie, was rechnen oder prüfen sie, wer kann sie außer Ihnen pflegen? "
        "Welche Lücke des Fachverfahrens schließen sie, und was passiert, wenn sie fehlen?",
    },
    {
        "key": "kontakte",
        "horizon": "woche",
        "text": "Wen rufen Sie an, wenn der normale Weg nicht funktioniert?",
        "hint": "Ansprechpersonen in anderen Ämtern, beim Kreis, beim Land, bei Kammern, "
        "Rechenzentrum oder Herstellern: Funktion (oder Name), wofür, und wie man sie am "
        "besten erreicht.",
    },
    {
        "key": "ablage",
        "horizon": "woche",
        "text": "Wo liegen Akten und Dateien wirklich, und wie sind sie benannt?",
        "hint": "Laufwerke und Ordner, E-Akte, Papierablage, Archiv, Postfächer. Nach welchem "
        "Schema vergeben Sie Dateinamen und Aktenzeichen? Was liegt bisher nur bei Ihnen?",
    },
    {
        "key": "fehler",
        "horizon": "jahr",
        "text": "Welche Fehler sind in der Vergangenheit passiert, und welche Vorgänge sind "
        "heikel?",
        "hint": "Was hat man daraus gelernt, welche Prüfung gibt es seitdem? Wo braucht es "
        "Fingerspitzengefühl – Rat, Presse, Widersprüche, Datenschutz, langjährige Beteiligte?",
    },
    {
        "key": "einarbeitung",
        "horizon": "",
        "text": "Was muss Ihre Nachfolge in der ersten Woche, im ersten Monat und im ersten "
        "Jahr lernen?",
        "hint": "Bitte je eine Zeile mit „Woche:“, „Monat:“ und „Jahr:“ beginnen. Was kann "
        "warten, was nicht? Welche Unterlagen und Personen helfen beim Einstieg?",
    },
)
