"""E-mails of docs_a (.eml): internal mails with colloquial wording, some with quoted replies."""

from docs_a_content_1 import _meta

OK_EWO = """
Hallo zusammen,

heute Morgen hing OK.EWO ja schon wieder bei fast allen direkt nach der Anmeldung (Sanduhr, dann "Keine Antwort vom Server"). Weil das jetzt zum dritten Mal in diesem Monat passiert ist und einige von euch nicht wussten, wen sie anrufen sollen, hier nochmal in Kurzform, was zu tun ist. Bitte ausdrucken und an den Schalter hängen.

1. Nicht fünfmal den PC neu starten. Das bringt nichts und die Sitzung auf dem Server bleibt trotzdem hängen.
2. Kurz beim Nachbarschalter fragen, ob es nur bei dir hängt oder bei allen.
   - Nur bei dir: abmelden, Citrix-Sitzung komplett schließen, neu anmelden. Hilft das nicht -> mich anrufen.
   - Bei allen: sofort mich anrufen (Durchwahl -214). Ich melde die Störung gesammelt beim Service-Desk der KommunalIT Westfalen, damit nicht acht Tickets für dasselbe Problem aufgemacht werden.
3. Wenn ich nicht da bin (Urlaub, Schule, Dienstag nachmittags Key-User-Runde): selbst beim Service-Desk KommunalIT anrufen, 0 23 45 / 99 88-100, Stichwort "OK.EWO Bürgerbüro Hollerbach, Totalausfall". Ticketnummer bitte in den Teams-Kanal "Bürgerbüro" schreiben.
4. Unsere Haus-IT (Marco Lenz, -150) ist NUR zuständig, wenn Drucker, Netzwerk, Kartenleser oder Unterschriftenpad spinnen. Bei OK.EWO selbst kann Marco nichts machen, bitte dort nicht anrufen.

Notbetrieb, solange OK.EWO nicht läuft:
- Anmeldungen/Ummeldungen auf dem Papiervordruck aus dem Notfallordner aufnehmen (roter Ordner, Schalter 1), Wohnungsgeberbestätigung kopieren, Kunden sagen, dass die Meldebestätigung per Post kommt. Nacherfassung am selben Tag.
- Ausweisanträge gehen nicht (Lichtbild und Fingerabdruck laufen über OK.EWO). Kunden neuen Termin anbieten, vorrangig in den nächsten zwei Tagen.
- Verlustanzeigen auf Papier aufnehmen (Vordruck liegt im selben Ordner), Sperre später nachholen. Bei Diebstahl mit Reise demnächst bitte Sabine Bescheid geben.
- Meldebescheinigungen: leider nicht möglich, Kunden auf das Serviceportal verweisen (läuft über einen anderen Server und geht meistens trotzdem).

Ich habe bei KommunalIT nachgefragt: Ursache war wohl ein Update am Datenbankserver, das nicht angekündigt war. Sie wollen uns künftig vorher informieren. Mal sehen.

Viele Grüße
Jonas

--
Jonas Petersen
Stadt Hollerbach – Bürgerbüro
Key-User OK.EWO / XMeld
Telefon 0 23 45 / 678-214
j.petersen@hollerbach.de

-----Ursprüngliche Nachricht-----
Von: Krämer, Sabine
Gesendet: Dienstag, 18. November 2025 09:12
An: Petersen, Jonas
Betreff: OK.EWO schon wieder weg

Jonas, kannst du bitte nochmal für alle aufschreiben, wer bei so einem Ausfall was macht? Die Neue am Schalter 3 hat heute früh bei der Haus-IT angerufen und dann eine halbe Stunde gewartet. Danke! Sabine
"""

TRAUTERMINE = """
Liebe Kolleginnen und Kollegen,

der Jahresplan der Samstagstrauungen 2026 steht, der Bürgermeister hat ihn gestern abgezeichnet. Hier die wichtigsten Punkte, damit am Telefon und am Empfang alle dasselbe sagen:

Samstagstermine 2026 (jeweils 10:00 bis 14:00 Uhr, max. 6 Trauungen pro Samstag):
- Altes Rathaus, Historischer Ratssaal: 14.03., 11.04., 09.05., 13.06., 11.07., 12.09., 10.10., 12.12.
- Wasserschloss: 16.05., 20.06. (Ausnahme: 06.06. geht nicht, da Schlossfest), 18.07., 15.08., 19.09.
- Schnapszahl-Termin: Samstag, 06.06.2026 (06.06.26) – wir machen zusätzlich ab 8:30 Uhr im Trauzimmer und im Ratssaal auf, max. 12 Trauungen statt 6. Die Anfragen laufen schon, bitte alles über Aylin.

Neue Regeln ab 2026:
1. Reservierungen (egal ob telefonisch, per Mail oder am Schalter) trägt NUR noch Aylin im Outlook-Kalender "Trauungen" ein. Alle anderen notieren Name + Telefon + Wunschtermin und leiten das an Aylin weiter (Durchwahl -232). Wir hatten 2025 zwei Doppelbuchungen, das soll nicht mehr passieren.
2. Eine Reservierung verfällt, wenn nicht innerhalb von 6 Wochen die Anmeldung der Eheschließung erfolgt ist. Ausnahme: Auslandsfälle (Befreiung OLG dauert), da entscheidet Claudia.
3. Die Zusatzgebühr Wasserschloss (250 Euro) muss spätestens 4 Wochen vor der Trauung bezahlt sein. Rechnung über die Stadtkasse, Kassenzeichen aus AutiSta. Ohne Zahlungseingang keine Trauung im Schloss – dann weichen wir ins Trauzimmer aus.
4. Den Schlüssel fürs Wasserschloss holt die diensthabende Standesbeamtin Freitag bis 12 Uhr beim Hausmeister (Herr Kuhn, Bauhof) ab. Nicht erst am Samstagmorgen!
5. Sektempfang/Reiswerfen: im Schlosshof ja, Reis und Konfetti nein (Auflage der Schlossverwaltung). Seifenblasen gehen.

Vertretung: Ich bin vom 13.07. bis 21.08. im Urlaub, die Samstage 18.07. und 15.08. übernimmt Claudia. Falls eine Trauende kurzfristig krank wird: Amtsleitung anrufen, eine Trauung wird nicht abgesagt – notfalls macht der Bürgermeister als Eheschließungsstandesbeamter ehrenhalber (er hat die Bestellung).

Gebühren für das Trauzimmer und den Ratssaal bleiben unverändert, siehe Prozessbeschreibung Eheschließung.

Danke euch und viele Grüße
Thomas

--
Thomas Brinkmann
Standesbeamter
Stadt Hollerbach – Standesamt
Telefon 0 23 45 / 678-231
"""

FUNDRAEDER = """
Hallo Herr Wollenweber, hallo Bauhof-Team,

kurze Info und eine Bitte: Im Bauhof in Halle 3 stehen inzwischen 47 Fundfahrräder, davon 39 mit abgelaufener Aufbewahrungsfrist (6 Monate, § 973 BGB). Die Halle ist laut Bauhof voll, siehe Mail unten.

Mein Vorschlag für die Frühjahrsversteigerung:
- Online-Versteigerung über die Auktionsplattform wie 2025, Einstellen ab 23.03.2026, Laufzeit 14 Tage.
- Vorher bitte Fotos und Rahmennummern: Ich komme am Dienstag, 10.03., ab 9 Uhr mit Stefan vorbei. Es wäre super, wenn jemand vom Bauhof die Räder so hinstellt, dass wir rankommen.
- Rahmennummern gleiche ich vorher nochmal mit der Polizei-Sachfahndung ab (ist bei 4 Rädern noch offen).
- E-Bikes (5 Stück): Akkus bitte separat lagern (Brandgefahr!), nicht in der Halle laden. Die Akkus werden mitversteigert, wenn sie noch funktionieren – ohne Ladegerät.
- Räder in schlechtem Zustand (ca. 10) gehen an die Fahrradwerkstatt der Lindenauer Arbeitslosenhilfe, Abholung organisiere ich.

Abholung durch die Käufer nur gegen Zahlungsnachweis, Termine donnerstags 14–16 Uhr am Bauhof. Der Erlös geht per Kassenanordnung an die Stadtkasse (Ertrag Fundsachen).

Finder, die ihre Rechte vorbehalten haben (3 Räder), habe ich angeschrieben; sie haben 4 Wochen Zeit, die Räder abzuholen.

Herr Wollenweber: Dürfen wir die Versteigerung wieder auf der Homepage und im Amtsblatt ankündigen? Text schicke ich Ihnen bis Freitag.

Viele Grüße
Heike Brandt
Fundbüro – Ordnungsamt Stadt Hollerbach
Telefon 0 23 45 / 678-315
fundbuero@hollerbach.de

> Von: Bauhof Hollerbach – Lager
> Gesendet: Montag, 23. Februar 2026 07:41
> Betreff: Fundräder
>
> Moin Frau Brandt,
> Halle 3 ist dicht, wir kriegen die Kehrmaschine kaum noch raus. Können die Räder bis Ende März weg? Sonst stellen wir sie draußen unters Vordach, da werden sie aber nass.
> Gruß, Lager Bauhof
"""

SKONTO = """
Liebe Amtsleitungen,

ein unangenehmes Thema, aber es muss sein: Laut Auswertung der Stadtkasse haben wir 2024 Skonto in Höhe von rund 41.300 Euro verschenkt, weil Rechnungen zu spät durch den Workflow gelaufen sind. Im ersten Halbjahr 2025 waren es schon wieder 23.800 Euro. Das ist Geld, das uns im Haushalt fehlt – bei der aktuellen Haushaltslage (HSK-Nähe!) können wir uns das nicht leisten.

Zur Erinnerung, wie es laufen soll (DA Anordnungswesen, Abschnitt 6):

1. Rechnungen kommen als E-Rechnung (XRechnung/ZUGFeRD) über das E-Rechnungsportal oder eingescannt in den Workflow von KDO-Kasse. Die Skontofrist läuft ab Rechnungsdatum bzw. Eingang – nicht ab dem Tag, an dem jemand den Workflow öffnet.
2. Rechnungen mit Skonto bitte sofort mit dem Kennzeichen "SKONTO" markieren und innerhalb von 3 Arbeitstagen sachlich und rechnerisch richtig zeichnen und freigeben.
3. Den Skontobetrag und das Skontodatum in der Anordnung eintragen (Feld "Abzug"). Die Kasse zahlt SKONTO-Rechnungen jeden Tag, alle anderen nur dienstags und freitags.
4. Urlaubs- und Krankheitsvertretung im Workflow hinterlegen! In der Hälfte der Fälle lag die Rechnung bei jemandem, der im Urlaub war.
5. Skonto darf nur gezogen werden, wenn es vereinbart ist (Rechnung oder Vertrag). Kein "eigenmächtiges" Skonto – das gibt nur Ärger mit den Lieferanten und Mahngebühren.

Die Stadtkasse schickt ab Oktober jeden Montag eine Liste "Skonto läuft ab in 3 Tagen" an die Amtsleitungen. Bitte kurz reinschauen.

Bei Fragen zum Workflow: Nadine Becker (Buchhaltung, -522). Vertretungsregeln im Workflow einrichten lassen: Ticket beim Service-Desk KommunalIT mit Freigabe der Kassenleitung (Birgit Lange, -520).

Danke für Ihre Unterstützung!

Dr. Michael Vogt
Kämmerer / Fachbereichsleitung Finanzen
Stadt Hollerbach
Telefon 0 23 45 / 678-510

> Von: Bauhof – Leitung
> Gesendet: Montag, 29. September 2025 08:05
> Betreff: AW: Skonto
>
> Herr Dr. Vogt, bei uns liegt es ehrlich gesagt daran, dass die Rechnungen erst mit den Lieferscheinen von der Baustelle abgeglichen werden müssen und die Kollegen draußen nur einmal die Woche im Büro sind. Können wir für Rechnungen unter 500 Euro die sachliche Richtigkeit vereinfachen?
>
> Antwort Vogt: Ja, für den Bauhof wird die Kasse eine Sammelfreigabe für Kleinbeträge bis 500 Euro prüfen. Ich melde mich bis Mitte Oktober.
"""

GRUNDSTEUER = """
Hallo zusammen,

seit Donnerstag sind die Grundsteuerbescheide 2026 (Jahresbescheide Grundbesitzabgaben) draußen, und wie erwartet klingelt das Telefon ununterbrochen. Susanne hatte gestern 94 Anrufe. Damit wir alle dasselbe sagen und die Zentrale richtig weiterverbindet, hier die Sprachregelung:

Telefonzentrale / Bürgerbüro (bitte so weiterverbinden):
- Nachnamen A bis L -> Susanne Albers, -532
- Nachnamen M bis Z -> Daniel Hartmann, -536
- Fragen zur Abbuchung / "Ich habe doch schon gezahlt" -> Stadtkasse, Nadine Becker, -522
- Fragen zur Abfallgebühr oder Straßenreinigung auf demselben Bescheid -> nicht wir, sondern die Gebührenstelle (Durchwahl steht auf dem Bescheid)

Was ist neu 2026?
- Hebesatz Grundsteuer B für Wohngrundstücke steigt von 560 % auf 575 % (Ratsbeschluss Dezember 2025). Nichtwohngrundstücke bleiben bei 890 %, Grundsteuer A bleibt bei 300 %.
- Das heißt: Für ein normales Einfamilienhaus sind das meist nur 10 bis 25 Euro mehr im Jahr. Wer "das Dreifache" zahlt, hat das schon seit 2025 – das kommt vom neuen Messbetrag des Finanzamts, nicht vom Hebesatz.

Typische Fragen und was wir sagen:
1. "Warum so teuer?" -> Messbescheid vom Finanzamt raussuchen lassen, Rechnung Messbetrag x Hebesatz erklären. Nicht über Sinn und Unsinn der Reform diskutieren, bitte.
2. "Ich lege Widerspruch ein!" -> Freundlich sagen: Widerspruch gibt es in NRW nicht, gegen unseren Bescheid geht nur Klage beim Verwaltungsgericht innerhalb eines Monats. Wenn sie den Wert/Messbetrag für falsch halten -> Einspruch beim Finanzamt. Schriftliche "Widersprüche" bitte nach der DA Rechtsbehelfe bearbeiten (Antwort innerhalb von 2 Wochen mit Textbaustein).
3. "Ich habe verkauft, warum krieg ich noch den Bescheid?" -> Stichtag 1. Januar, Umschreibung erst nach Zurechnungsbescheid vom Finanzamt.
4. "Kann ich in Raten zahlen?" -> Quartalszahlung ist ja schon der Normalfall. Wer mehr Zeit braucht: schriftlicher Stundungsantrag, Entscheidung nach DA Stundung.
5. "Jahreszahlung?" -> Antrag hätte bis 30.09.2025 da sein müssen, für 2026 geht es nicht mehr, für 2027 gerne jetzt schon beantragen.

Bitte keine Zusagen zu Erlass oder Aussetzung am Telefon – immer schriftlich.

Bis Ende Februar gilt: Rückrufe statt Warteschleife. Zettel mit Name/Telefon/Kassenzeichen in die Ablage "Rückruf Grundsteuer" (Teams-Planner), wir arbeiten die am Nachmittag ab. Ich helfe selbst am Dienstag und Mittwoch mit.

Danke euch, das wird wieder ruhiger!
Matthias

--
Matthias Kurz
Leitung Steueramt
Stadt Hollerbach
Telefon 0 23 45 / 678-530
"""

MAILS = [
    {
        "path": "buergerbuero/ok_ewo_stoerung_2025-11.eml",
        "meta": _meta(
            "OK.EWO hängt – wer macht was bei Ausfall (Rundmail)",
            "Bürgerbüro/Meldewesen",
            "email",
            "Jonas Petersen",
            "2025-11-18",
            "2025-11-18",
            ["OK.EWO", "störung", "notbetrieb", "service-desk", "KommunalIT"],
        ),
        "from": "Jonas Petersen <j.petersen@hollerbach.de>",
        "to": "Team Bürgerbüro <buergerbuero-team@hollerbach.de>",
        "cc": "Sabine Krämer <s.kraemer@hollerbach.de>",
        "date": "Tue, 18 Nov 2025 11:47:00 +0100",
        "subject": "AW: OK.EWO schon wieder weg – bitte lesen, wer bei Ausfall was macht",
        "message_id": "<20251118114700.jp214@hollerbach.de>",
        "in_reply_to": "<20251118091200.sk210@hollerbach.de>",
        "body": OK_EWO,
    },
    {
        "path": "standesamt/trautermine_2026_rundmail.eml",
        "meta": _meta(
            "Trautermine 2026 – Samstage, Wasserschloss, neue Regeln",
            "Standesamt",
            "email",
            "Thomas Brinkmann",
            "2025-11-27",
            "2025-11-27",
            ["trauung", "trautermine", "wasserschloss", "samstag", "reservierung"],
        ),
        "from": "Thomas Brinkmann <t.brinkmann@hollerbach.de>",
        "to": "Standesamt <standesamt@hollerbach.de>",
        "cc": "Empfang Rathaus <empfang@hollerbach.de>",
        "date": "Thu, 27 Nov 2025 14:05:00 +0100",
        "subject": "Trautermine 2026 – Samstage, Wasserschloss und neue Regeln für Reservierungen",
        "message_id": "<20251127140500.tb231@hollerbach.de>",
        "body": TRAUTERMINE,
    },
    {
        "path": "ordnungsamt/fundfahrraeder_versteigerung_2026.eml",
        "meta": _meta(
            "Fundfahrräder – Frühjahrsversteigerung 2026 und Lagerplatz Bauhof",
            "Ordnungsamt/Gewerbe",
            "email",
            "Heike Brandt",
            "2026-02-24",
            "2026-02-24",
            ["fundsachen", "fundfahrräder", "versteigerung", "bauhof", "fundbüro"],
        ),
        "from": "Heike Brandt <fundbuero@hollerbach.de>",
        "to": "Frank Wollenweber <f.wollenweber@hollerbach.de>, Bauhof Lager <bauhof-lager@hollerbach.de>",
        "cc": "Stefan Kowalski <s.kowalski@hollerbach.de>",
        "date": "Tue, 24 Feb 2026 10:22:00 +0100",
        "subject": "AW: Fundräder – Versteigerung Frühjahr 2026 / Halle 3 voll",
        "message_id": "<20260224102200.hb315@hollerbach.de>",
        "in_reply_to": "<20260223074100.bauhof@hollerbach.de>",
        "body": FUNDRAEDER,
    },
    {
        "path": "kaemmerei/skonto_rechnungsworkflow_rundmail.eml",
        "meta": _meta(
            "Skonto verschenkt – Rechnungen schneller freigeben (Rundmail Kämmerer)",
            "Kämmerei/Stadtkasse",
            "email",
            "Dr. Michael Vogt",
            "2025-09-29",
            "2025-09-29",
            ["skonto", "rechnung", "e-rechnung", "XRechnung", "workflow", "KDO-Kasse"],
        ),
        "from": "Dr. Michael Vogt <m.vogt@hollerbach.de>",
        "to": "Amtsleitungen <amtsleitungen@hollerbach.de>",
        "cc": "Birgit Lange <b.lange@hollerbach.de>, Nadine Becker <n.becker@hollerbach.de>",
        "date": "Mon, 29 Sep 2025 16:30:00 +0200",
        "subject": "Skonto verschenkt – bitte Rechnungen mit Skonto innerhalb von 3 Tagen freigeben",
        "message_id": "<20250929163000.mv510@hollerbach.de>",
        "body": SKONTO,
    },
    {
        "path": "steueramt/grundsteuerbescheide_2026_sprachregelung.eml",
        "meta": _meta(
            "Grundsteuerbescheide 2026 – Anrufwelle und Sprachregelung",
            "Steueramt",
            "email",
            "Matthias Kurz",
            "2026-01-19",
            "2026-01-19",
            [
                "grundsteuer",
                "hebesatz",
                "sprachregelung",
                "widerspruch",
                "telefon",
                "bescheid 2026",
            ],
        ),
        "from": "Matthias Kurz <m.kurz@hollerbach.de>",
        "to": "Steueramt <steueramt@hollerbach.de>",
        "cc": "Telefonzentrale <zentrale@hollerbach.de>, Bürgerbüro <buergerbuero@hollerbach.de>",
        "date": "Mon, 19 Jan 2026 08:15:00 +0100",
        "subject": "Grundsteuerbescheide 2026 – Anrufwelle, bitte so weiterverbinden",
        "message_id": "<20260119081500.mk530@hollerbach.de>",
        "body": GRUNDSTEUER,
    },
]
