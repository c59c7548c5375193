# ruff: noqa: E501
"""Corpus content of helper docs_b, part A: Personalamt, Sozialamt, Ratsbüro/Sitzungsdienst.

Plain data consumed by build_docs_b.py. Block kinds: h1/h2/h3/p (str), ul/ol (list of str),
table (list of rows, first row = header). **bold** is rendered as bold.
"""

from __future__ import annotations

PA = "Personalamt"
SO = "Sozialamt"
RB = "Ratsbüro/Sitzungsdienst"

ELTERNZEIT = {
    "path": "personalamt/elternzeit_merkblatt.docx",
    "meta": {
        "title": "Merkblatt Mutterschutz, Elternzeit und Teilzeit während der Elternzeit",
        "department": PA,
        "doc_type": "merkblatt",
        "author": "Petra Wiegand",
        "created": "2019-07-01",
        "updated": "2025-05-12",
        "tags": ["Elternzeit", "Mutterschutz", "BEEG", "Elterngeld", "Teilzeit", "Schwangerschaft"],
    },
    "blocks": [
        ("h1", "Merkblatt Mutterschutz, Elternzeit und Teilzeit in der Elternzeit"),
        (
            "p",
            "Stadt Hollerbach – Personalamt, Stand: Mai 2025. Dieses Merkblatt richtet sich an Tarifbeschäftigte. Für Beamtinnen und Beamte gelten die Freistellungs- und Urlaubsverordnung NRW (FrUrlV NRW) und die Mutterschutzregelungen des Landes, die inhaltlich weitgehend gleich sind. Bitte sprechen Sie uns frühzeitig an – viele Fristen laufen ab dem Tag der Geburt.",
        ),
        ("h2", "1. Schwangerschaft mitteilen"),
        (
            "p",
            "Teilen Sie Ihre Schwangerschaft und den voraussichtlichen Entbindungstermin dem Personalamt mit, sobald Sie es möchten (§ 15 MuSchG). Erst dann können wir die Gefährdungsbeurteilung Ihres Arbeitsplatzes anpassen und die Schutzfristen planen. Die Meldung an die Aufsichtsbehörde (Bezirksregierung) übernimmt das Personalamt.",
        ),
        (
            "ul",
            [
                "**Schutzfrist vor der Geburt:** 6 Wochen (Sie dürfen auf eigenen ausdrücklichen Wunsch weiterarbeiten).",
                "**Schutzfrist nach der Geburt:** 8 Wochen, bei Früh- und Mehrlingsgeburten sowie bei Behinderung des Kindes 12 Wochen.",
                "Während der Schutzfristen zahlen Krankenkasse (Mutterschaftsgeld) und Stadt (Zuschuss) zusammen Ihr Nettoentgelt weiter.",
                "Der Erholungsurlaub wird durch Mutterschutzfristen **nicht** gekürzt.",
            ],
        ),
        ("h2", "2. Elternzeit anmelden"),
        (
            "p",
            "Elternzeit können Mütter und Väter bis zum dritten Geburtstag des Kindes nehmen; bis zu 24 Monate davon können zwischen dem dritten und dem achten Geburtstag genommen werden (§ 15 BEEG). Jeder Elternteil kann seine Elternzeit auf drei Zeitabschnitte verteilen.",
        ),
        (
            "table",
            [
                ["Zeitraum der Elternzeit", "Anmeldefrist beim Personalamt", "Kündigungsschutz ab"],
                [
                    "bis zum 3. Geburtstag",
                    "spätestens **7 Wochen** vor Beginn",
                    "Anmeldung, frühestens 8 Wochen vor Beginn",
                ],
                [
                    "zwischen 3. und 8. Geburtstag",
                    "spätestens **13 Wochen** vor Beginn",
                    "Anmeldung, frühestens 14 Wochen vor Beginn",
                ],
                [
                    "Mutter direkt nach Mutterschutz",
                    "7 Wochen vor Ende der Schutzfrist nach der Geburt",
                    "wie oben",
                ],
            ],
        ),
        (
            "p",
            "Die Anmeldung muss **schriftlich** erfolgen (Formular „Anmeldung Elternzeit“ im Intranet, unterschrieben). Für die Zeit bis zum dritten Geburtstag müssen Sie verbindlich erklären, für welche Zeiträume innerhalb von zwei Jahren Sie Elternzeit nehmen (§ 16 Abs. 1 BEEG). Das Personalamt bestätigt die Elternzeit schriftlich.",
        ),
        ("h2", "3. Teilzeit während der Elternzeit"),
        (
            "p",
            "Während der Elternzeit dürfen Sie bis zu **32 Wochenstunden** im Durchschnitt des Monats arbeiten (§ 15 Abs. 4 BEEG). Bei der Stadt Hollerbach besteht ein Rechtsanspruch auf Teilzeit, wenn",
        ),
        (
            "ul",
            [
                "das Arbeitsverhältnis länger als sechs Monate besteht,",
                "die Arbeitszeit für mindestens zwei Monate auf 15 bis 32 Wochenstunden verringert werden soll,",
                "keine dringenden dienstlichen Gründe entgegenstehen.",
            ],
        ),
        (
            "p",
            "Den Antrag auf Teilzeit stellen Sie mit denselben Fristen wie die Elternzeit (7 bzw. 13 Wochen). Bitte stimmen Sie die Verteilung der Arbeitszeit vorher mit Ihrer Führungskraft ab. Lehnt die Stadt ab, muss dies innerhalb von vier Wochen (bzw. acht Wochen bei Elternzeit ab dem 3. Geburtstag) schriftlich begründet werden.",
        ),
        ("h2", "4. Elterngeld"),
        (
            "p",
            "Elterngeld zahlt nicht die Stadt, sondern die **Elterngeldstelle des Kreises Lindenau** (Jugendamt). Elterngeld wird rückwirkend nur für die letzten drei Lebensmonate vor dem Monat der Antragstellung gezahlt – also zügig beantragen. Für den Antrag benötigen Sie eine Arbeitgeberbescheinigung über Zuschuss zum Mutterschaftsgeld und Arbeitszeit; diese stellt Frau Wiegand aus (Bearbeitungszeit ca. eine Woche).",
        ),
        ("h2", "5. Auswirkungen auf Urlaub, Zusatzversorgung und Stufenlaufzeit"),
        (
            "ul",
            [
                "**Erholungsurlaub:** Für jeden vollen Kalendermonat Elternzeit ohne Teilzeit kann der Urlaub um ein Zwölftel gekürzt werden (§ 17 BEEG). Die Stadt Hollerbach macht davon Gebrauch. Bei Teilzeit in Elternzeit keine Kürzung.",
                "**Resturlaub** aus der Zeit vor der Elternzeit verfällt nicht; er kann nach der Elternzeit im laufenden oder im nächsten Jahr genommen werden.",
                "**Zusatzversorgung (kvw):** Für Elternzeit werden Versorgungspunkte für bis zu 36 Monate je Kind gutgeschrieben (soziale Komponente).",
                "**Stufenlaufzeit:** Elternzeit unterbricht die Stufenlaufzeit, ohne dass die bisher zurückgelegte Zeit verloren geht (§ 17 Abs. 3 TVöD), Elternzeiten bis zu fünf Jahren je Kind.",
            ],
        ),
        ("h2", "6. Rückkehr"),
        (
            "p",
            "Etwa drei Monate vor Ende der Elternzeit meldet sich das Personalamt bei Ihnen, um den Wiedereinstieg zu planen (Arbeitszeit, Arbeitsplatz, IT-Zugänge). Sie haben Anspruch auf Rückkehr auf einen gleichwertigen Arbeitsplatz. Eine vorzeitige Beendigung der Elternzeit ist nur mit Zustimmung der Stadt möglich (Ausnahme: Geburt eines weiteren Kindes, besondere Härte).",
        ),
        ("h2", "7. Ansprechpartnerinnen"),
        (
            "table",
            [
                ["Thema", "Name", "Durchwahl"],
                ["Elternzeit, Mutterschutz, Bescheinigungen", "Petra Wiegand", "0 23 45 / 678-214"],
                ["Teilzeit, Arbeitszeitmodelle", "Jens Albers", "0 23 45 / 678-212"],
                [
                    "Gleichstellung, Vereinbarkeit Familie und Beruf",
                    "Anke Hofmeister (Gleichstellungsbeauftragte)",
                    "0 23 45 / 678-235",
                ],
            ],
        ),
    ],
}

DV_ARBEITSZEIT = {
    "path": "personalamt/dienstvereinbarung_arbeitszeit_2024.pdf",
    "meta": {
        "title": "Dienstvereinbarung über die flexible Arbeitszeit (Gleitzeit) und die elektronische Zeiterfassung 2024",
        "department": PA,
        "doc_type": "dienstanweisung",
        "author": "Sabine Kortmann",
        "created": "2024-02-20",
        "updated": "2024-03-28",
        "tags": [
            "Gleitzeit",
            "Arbeitszeit",
            "Zeiterfassung",
            "Dienstvereinbarung",
            "Funktionszeit",
            "Gleittag",
            "Zeitkonto",
            "LPVG",
        ],
    },
    "pdf_header": "Stadt Hollerbach – Dienstvereinbarung Arbeitszeit (DV AZ 2024)",
    "blocks": [
        (
            "h1",
            "Dienstvereinbarung über die flexible Arbeitszeit und die elektronische Zeiterfassung (DV AZ 2024)",
        ),
        (
            "p",
            "Zwischen der Stadt Hollerbach, vertreten durch die Bürgermeisterin, und dem Personalrat der Stadtverwaltung Hollerbach wird gemäß § 70 in Verbindung mit § 72 Abs. 4 Satz 1 Nr. 1 und Nr. 2 LPVG NRW folgende Dienstvereinbarung geschlossen. Sie tritt am **01.04.2024** in Kraft und ersetzt die Dienstvereinbarung über die gleitende Arbeitszeit vom 01.07.2017.",
        ),
        ("h2", "§ 1 Geltungsbereich"),
        (
            "p",
            "Die Dienstvereinbarung gilt für alle Beschäftigten und Beamtinnen/Beamten der Stadtverwaltung. Ausgenommen sind die Beschäftigten des Bauhofs im Schichtbetrieb und im Winterdienst, die Hausmeisterinnen/Hausmeister und das Personal der Kindertageseinrichtungen; für sie gelten Dienstpläne.",
        ),
        ("h2", "§ 2 Regelmäßige Arbeitszeit"),
        (
            "ul",
            [
                "Tarifbeschäftigte: 39 Stunden wöchentlich (§ 6 Abs. 1 TVöD), Sollzeit je Arbeitstag bei 5-Tage-Woche 7 Stunden 48 Minuten.",
                "Beamtinnen und Beamte: 41 Stunden wöchentlich (§ 2 AZVO NRW), ab Vollendung des 55. Lebensjahres 40 Stunden, ab dem 60. Lebensjahr 39 Stunden.",
                "Teilzeitbeschäftigte: individuell vereinbarte Sollzeit.",
            ],
        ),
        ("h2", "§ 3 Rahmenzeit und Funktionszeit"),
        (
            "p",
            "Die **Rahmenzeit** (frühester Beginn, spätestes Ende) liegt montags bis freitags zwischen **6:30 Uhr und 19:00 Uhr**. Eine Kernzeit, in der alle anwesend sein müssen, gibt es nicht mehr. Stattdessen legt jeder Fachbereich **Funktionszeiten** fest, in denen die Erreichbarkeit durch Absprache im Team sichergestellt wird:",
        ),
        (
            "table",
            [
                ["Bereich", "Funktionszeit"],
                ["allgemein (Verwaltung)", "Mo–Fr 8:30–12:00 Uhr, Mo–Do 14:00–15:30 Uhr"],
                ["Bürgerbüro, Standesamt", "nach Öffnungszeiten, Do bis 18:00 Uhr"],
                ["Sozialamt", "Mo, Di, Do 8:30–12:00 Uhr, Do 14:00–17:00 Uhr"],
                ["Ratsbüro an Sitzungstagen", "bis Sitzungsende"],
            ],
        ),
        ("h2", "§ 4 Pausen und Höchstarbeitszeit"),
        (
            "p",
            "Nach mehr als sechs Stunden Arbeitszeit ist eine Pause von mindestens 30 Minuten, nach mehr als neun Stunden von mindestens 45 Minuten einzulegen (§ 4 ArbZG). Die Pause kann frühestens ab 11:30 Uhr genommen werden. Wird keine Pause gebucht, zieht das Zeiterfassungssystem die gesetzliche Mindestpause automatisch ab. Die tägliche Arbeitszeit darf **zehn Stunden** nicht überschreiten; darüber hinausgehende Zeiten werden gekappt und nicht gutgeschrieben.",
        ),
        ("h2", "§ 5 Zeiterfassung"),
        (
            "ol",
            [
                "Beginn und Ende der Arbeitszeit sowie Pausen werden elektronisch erfasst – am Terminal mit dem Dienstausweis (Chip) oder im Personalportal über das Web-Terminal (bei mobiler Arbeit und Außendienst).",
                "Dienstgänge außerhalb des Rathauses werden als „Dienstgang“ gebucht, Dienstreisen als „Dienstreise“ mit Uhrzeit.",
                "Fehlbuchungen korrigieren Beschäftigte selbst per Korrekturantrag im Personalportal innerhalb von **fünf Arbeitstagen**; die Führungskraft genehmigt.",
                "Die Daten der Zeiterfassung dürfen nicht zur Leistungs- oder Verhaltenskontrolle verwendet werden, außer bei begründetem Verdacht auf Arbeitszeitbetrug nach Beteiligung des Personalrats.",
            ],
        ),
        ("h2", "§ 6 Zeitkonto und Ampel"),
        (
            "p",
            "Abweichungen von der Sollzeit werden auf dem Gleitzeitkonto saldiert. Zulässig ist ein Saldo von **höchstens plus 40 Stunden und minus 20 Stunden** am Monatsende. Übersteigende Plusstunden verfallen, es sei denn, sie sind als Mehrarbeit/Überstunden angeordnet worden.",
        ),
        (
            "table",
            [
                ["Ampelphase", "Saldo", "Folge"],
                ["grün", "–10 bis +25 Stunden", "keine"],
                [
                    "gelb",
                    "+25 bis +40 bzw. –10 bis –20 Stunden",
                    "Beschäftigte/r baut ab; Hinweis der Führungskraft",
                ],
                [
                    "rot",
                    "über +40 bzw. unter –20 Stunden",
                    "verpflichtendes Gespräch mit Führungskraft, Abbauplan binnen 3 Monaten",
                ],
            ],
        ),
        ("h2", "§ 7 Gleittage"),
        (
            "p",
            "Guthaben kann stunden-, halbtags- oder tageweise ausgeglichen werden. Je Kalenderjahr sind bis zu **24 ganze Gleittage** zulässig, davon höchstens drei zusammenhängend und in Verbindung mit Urlaub. Gleittage sind im Personalportal wie Urlaub zu beantragen und von der Führungskraft zu genehmigen.",
        ),
        ("h2", "§ 8 Mehrarbeit und Überstunden"),
        (
            "p",
            "Mehrarbeit und Überstunden (§ 7 TVöD, § 61 LBG NRW) müssen vorher schriftlich angeordnet werden und werden gesondert gebucht. Sie werden vorrangig durch Freizeit ausgeglichen. Gleitzeitguthaben sind keine Überstunden.",
        ),
        ("h2", "§ 9 Missbrauch"),
        (
            "p",
            "Manipulation der Zeiterfassung (z. B. Buchen für andere) ist ein schwerwiegender Pflichtverstoß und kann arbeits- bzw. disziplinarrechtliche Folgen haben. Bei wiederholten Verstößen kann die Teilnahme an der Gleitzeit entzogen werden.",
        ),
        ("h2", "§ 10 Schlussbestimmungen"),
        (
            "p",
            "Die Dienstvereinbarung kann mit einer Frist von drei Monaten zum Jahresende gekündigt werden; bis zum Abschluss einer neuen Vereinbarung wirkt sie nach. Fragen zur Anwendung beantwortet das Personalamt, Herr Jens Albers, Durchwahl -212. Ansprechpartner im Personalrat: Michael Brügge, Durchwahl -230.",
        ),
        (
            "p",
            "Hollerbach, den 28.03.2024 – gez. Ulrike Terhorst, Bürgermeisterin – gez. Michael Brügge, Vorsitzender des Personalrats",
        ),
    ],
}

DV_GLEITZEIT_ALT = {
    "path": "personalamt/dienstvereinbarung_gleitzeit_2017_alt.pdf",
    "meta": {
        "title": "Dienstvereinbarung über die gleitende Arbeitszeit (Fassung 2017)",
        "department": PA,
        "doc_type": "dienstanweisung",
        "author": "Bernhard Lüke",
        "created": "2017-06-12",
        "updated": "2017-06-29",
        "tags": [
            "Gleitzeit",
            "Kernzeit",
            "Arbeitszeit",
            "Dienstvereinbarung",
            "Zeiterfassung",
            "Gleittag",
        ],
    },
    "pdf_header": "Stadt Hollerbach – Dienstvereinbarung Gleitzeit 2017",
    "blocks": [
        ("h1", "Dienstvereinbarung über die gleitende Arbeitszeit"),
        (
            "p",
            "Zwischen dem Bürgermeister der Stadt Hollerbach und dem Personalrat wird nach § 70 LPVG NRW folgende Dienstvereinbarung abgeschlossen. Sie tritt am **01.07.2017** in Kraft und ersetzt die Regelung vom 01.01.2009.",
        ),
        ("h2", "§ 1 Geltungsbereich"),
        (
            "p",
            "Die Dienstvereinbarung gilt für die Beschäftigten und Beamten der Kernverwaltung im Rathaus und in der Außenstelle Sozialamt. Für den Bauhof, die Hausmeister und die Kindertageseinrichtungen gelten Dienstpläne.",
        ),
        ("h2", "§ 2 Arbeitszeitrahmen"),
        (
            "table",
            [
                ["Zeitabschnitt", "Montag bis Donnerstag", "Freitag"],
                ["Gleitzeit Beginn", "7:00–9:00 Uhr", "7:00–9:00 Uhr"],
                ["Kernzeit (Anwesenheitspflicht)", "9:00–15:00 Uhr", "9:00–12:00 Uhr"],
                ["Gleitzeit Ende", "15:00–18:30 Uhr", "12:00–16:00 Uhr"],
            ],
        ),
        (
            "p",
            "Während der **Kernzeit** besteht für alle Beschäftigten Anwesenheitspflicht. Abwesenheit in der Kernzeit ist nur mit Genehmigung der/des Vorgesetzten zulässig (Kernzeitverletzung).",
        ),
        ("h2", "§ 3 Pausen"),
        (
            "p",
            "Die Mittagspause beträgt mindestens 30 Minuten und ist zwischen 12:00 und 14:00 Uhr zu nehmen. Sie ist am Zeiterfassungsgerät zu buchen. Ohne Buchung werden 30 Minuten abgezogen.",
        ),
        ("h2", "§ 4 Zeiterfassung"),
        (
            "ol",
            [
                "Beginn und Ende der Arbeitszeit werden am Zeiterfassungsgerät im Foyer des Rathauses mit der Zeiterfassungskarte gebucht.",
                "Vergessene Buchungen sind mit dem **Formblatt Z 3** („Korrekturbeleg Zeiterfassung“) innerhalb von zwei Wochen beim Personalamt einzureichen, abgezeichnet von der/dem Vorgesetzten.",
                "Die Monatsübersicht wird jedem Beschäftigten in Papierform zugeleitet.",
            ],
        ),
        ("h2", "§ 5 Gleitzeitkonto"),
        (
            "p",
            "Am Monatsende darf das Gleitzeitkonto **höchstens 20 Plusstunden und 10 Minusstunden** aufweisen. Darüber hinausgehende Plusstunden verfallen ohne Ausgleich (Kappung). Ein Übertrag von Minusstunden über 10 Stunden hinaus führt zu einer Kürzung des Entgelts bzw. zur Anrechnung auf den Erholungsurlaub.",
        ),
        ("h2", "§ 6 Gleittage"),
        (
            "p",
            "Ein Zeitausgleich in ganzen Tagen (Gleittag) ist bis zu **sechsmal im Kalenderjahr** zulässig, halbe Gleittage zählen als halber Tag. Gleittage dürfen nicht unmittelbar vor oder nach dem Erholungsurlaub genommen werden. Der Antrag erfolgt auf dem Urlaubsvordruck („Antrag auf Arbeitsbefreiung/Gleittag“) und ist spätestens drei Tage vorher zu stellen.",
        ),
        ("h2", "§ 7 Dienstgänge"),
        (
            "p",
            "Dienstgänge sind vor Verlassen des Dienstgebäudes in das Dienstgangbuch der Abteilung einzutragen. Dienstgänge, die vor Dienstbeginn beginnen oder nach Dienstende enden, sind durch die/den Vorgesetzten zu bestätigen.",
        ),
        ("h2", "§ 8 Missbrauch"),
        (
            "p",
            "Wer die Zeiterfassung missbräuchlich nutzt (z. B. Buchung für Kollegen), kann von der Gleitzeit ausgeschlossen werden. Weitere arbeitsrechtliche Schritte bleiben vorbehalten.",
        ),
        ("h2", "§ 9 Inkrafttreten und Kündigung"),
        (
            "p",
            "Die Dienstvereinbarung kann mit einer Frist von sechs Monaten zum Jahresende gekündigt werden. Fragen beantwortet das Personalamt, Herr Bernhard Lüke, Durchwahl -211.",
        ),
        (
            "p",
            "Hollerbach, den 29.06.2017 – gez. Hans-Georg Kemper, Bürgermeister – gez. Elisabeth Rensing, Vorsitzende des Personalrats",
        ),
    ],
}

DIENSTREISE = {
    "path": "personalamt/dienstreiseantrag.html",
    "meta": {
        "title": "Dienstreisen beantragen und abrechnen – Ausfüllhilfe Dienstreiseantrag",
        "department": PA,
        "doc_type": "formularhilfe",
        "author": "Jens Albers",
        "created": "2021-04-12",
        "updated": "2025-11-17",
        "tags": [
            "Dienstreise",
            "Reisekosten",
            "LRKG NRW",
            "Fahrtkosten",
            "Tagegeld",
            "Dienstreiseantrag",
            "Fortbildung",
        ],
    },
    "breadcrumb": ["Fachbereiche", "Personalamt", "Dienstreisen"],
    "blocks": [
        ("h1", "Dienstreisen beantragen und abrechnen"),
        (
            "p",
            "Eine **Dienstreise** ist eine Reise zur Erledigung von Dienstgeschäften außerhalb von Hollerbach, die vorher schriftlich oder elektronisch angeordnet bzw. genehmigt wurde (§ 2 LRKG NRW). Für Tarifbeschäftigte gilt das Landesreisekostengesetz NRW über § 44 TVöD entsprechend. Fahrten innerhalb des Stadtgebiets sind Dienstgänge und werden nur in der Zeiterfassung gebucht.",
        ),
        ("h2", "So läuft es ab"),
        (
            "ol",
            [
                "Dienstreiseantrag im Personalportal ausfüllen: *Mein Personalportal → Anträge → Dienstreise*. Bei Fortbildungen zusätzlich den Fortbildungsantrag anhängen.",
                "Genehmigung durch die Führungskraft **vor Reiseantritt**. Reisen ins Ausland genehmigt die Bürgermeisterin.",
                "Fahrzeug oder Ticket buchen: Dienstwagen aus dem Fahrzeugpool (Outlook-Ressource) hat Vorrang; Bahntickets bucht die Poststelle über das Firmenkundenkonto.",
                "Nach der Reise: Reisekostenabrechnung im Portal mit Belegen (Scan oder Foto) einreichen.",
                "Auszahlung mit der nächsten Gehaltsabrechnung, sofern die Abrechnung bis zum 10. des Monats vorliegt.",
            ],
        ),
        ("h2", "Ausfüllhilfe: die Felder im Antrag"),
        (
            "table",
            [
                ["Feld", "Was gehört hinein?", "Typischer Fehler"],
                [
                    "Reiseziel",
                    "Ort und genaue Adresse der Dienststätte",
                    "nur „Düsseldorf“ – bitte mit Anschrift",
                ],
                [
                    "Zweck der Reise",
                    "z. B. „Fortbildung Wohngeld-Plus, Studieninstitut Westfalen“",
                    "Zweck zu allgemein („Termin“)",
                ],
                [
                    "Beginn/Ende",
                    "Abfahrt und Rückkehr an Wohnung oder Dienststätte mit Uhrzeit",
                    "Uhrzeit fehlt – dann kein Tagegeld",
                ],
                [
                    "Verkehrsmittel",
                    "Dienstwagen, Bahn, privater Pkw, Fahrrad",
                    "privater Pkw ohne Begründung",
                ],
                [
                    "Begründung privater Pkw",
                    "Nur nötig für die höhere Wegstreckenentschädigung",
                    "leer gelassen",
                ],
                [
                    "Kostenstelle",
                    "Kostenstelle des Fachbereichs (z. B. 50-100 Sozialamt)",
                    "Kostenstelle des Personalamts eingetragen",
                ],
                [
                    "Mitreisende",
                    "Namen, wenn Fahrgemeinschaft",
                    "Mitreisende rechnen zusätzlich ab",
                ],
            ],
        ),
        ("h2", "Was wird erstattet?"),
        (
            "ul",
            [
                "**Fahrtkosten Bahn:** 2. Klasse, einschließlich Zuschläge; die BahnCard der Stadt kann bei der Poststelle ausgeliehen werden. Ein vorhandenes Deutschlandticket (Jobticket) ist vorrangig zu nutzen.",
                "**Privater Pkw:** Wegstreckenentschädigung nach § 6 LRKG NRW: 0,30 € je km, wenn ein erhebliches dienstliches Interesse bestätigt ist (z. B. kein Poolfahrzeug frei, Transport von Material), sonst 0,20 € je km.",
                "**Tagegeld** (§ 7 LRKG NRW): 14 € bei mehr als 8 Stunden Abwesenheit, 28 € für volle Kalendertage bei mehrtägigen Reisen. Gestellte Mahlzeiten werden abgezogen (Frühstück 20 %, Mittag- und Abendessen je 40 % des vollen Tagegelds).",
                "**Übernachtung:** bis 80 € je Nacht ohne Begründung; höhere Kosten nur mit Begründung (Messe, Großveranstaltung).",
                "**Nebenkosten:** Parkgebühren, Tagungsunterlagen gegen Beleg.",
            ],
        ),
        ("h2", "Fristen"),
        (
            "p",
            "Die Reisekostenvergütung muss innerhalb einer **Ausschlussfrist von sechs Monaten** nach Ende der Dienstreise beantragt werden (§ 3 Abs. 6 LRKG NRW). Danach ist eine Erstattung nicht mehr möglich – auch nicht ausnahmsweise.",
        ),
        ("h2", "Unfall auf der Dienstreise"),
        (
            "p",
            "Ein Unfall auf einer genehmigten Dienstreise ist ein Arbeitsunfall (Tarifbeschäftigte, Unfallkasse NRW) bzw. Dienstunfall (Beamtinnen/Beamte). Bitte innerhalb von drei Tagen dem Personalamt melden. Schäden am privaten Pkw werden nur bei erheblichem dienstlichem Interesse nach den Sachschadensrichtlinien erstattet.",
        ),
        ("h2", "Kontakt"),
        (
            "table",
            [
                ["Thema", "Ansprechperson", "Durchwahl"],
                ["Dienstreiseanträge, Abrechnung", "Jens Albers", "-212"],
                ["Bahntickets, BahnCard", "Poststelle, Frau Kröger", "-030"],
                ["Poolfahrzeuge", "Fahrzeugpool Bauhof, Heinz Kuhlmann", "-515"],
            ],
        ),
    ],
}

RUHESTAND_MAIL = {
    "path": "personalamt/rundmail_uebergabe_ruhestand.eml",
    "meta": {
        "title": "AW: Übergabe bei Ruhestand – bitte rechtzeitig planen (Ruhestandsliste 2026)",
        "department": PA,
        "doc_type": "email",
        "author": "Sabine Kortmann",
        "created": "2026-01-27",
        "updated": "2026-01-27",
        "tags": [
            "Ruhestand",
            "Übergabe",
            "Wissenstransfer",
            "Doppelbesetzung",
            "Nachfolge",
            "Rundmail",
        ],
    },
    "mail": {
        "from": "Sabine Kortmann <s.kortmann@hollerbach.de>",
        "to": "Bernd Schulte-Varel <b.schulte-varel@hollerbach.de>",
        "cc": "Fuehrungskraefte <fuehrungskraefte@hollerbach.de>",
        "date": "2026-01-27T10:42:00+01:00",
        "subject": "AW: Übergabe bei Ruhestand – bitte rechtzeitig planen (Ruhestandsliste 2026)",
        "message_id": "<20260127104200.5512@hollerbach.de>",
        "in_reply_to": "<20260126091500.8841@hollerbach.de>",
        "body": """Hallo Bernd,

danke für die schnelle Rückmeldung, ich antworte mal an alle, weil die Frage sicher nicht nur den Bauhof betrifft.

Zu Heinz Kuhlmann (Werkstatt, Ruhestand zum 30.06.2026):
- Die Nachfolge ist freigegeben, Ausschreibung geht diese Woche raus (Kfz-Mechatroniker/in, EG 6 TVöD). Realistisch ist ein Start zum 01.05., dann hätten wir zwei Monate Überschneidung.
- Die jährlichen UVV-Prüfungen nach DGUV Vorschrift 70 dürfen nur "befähigte Personen" machen. Wenn die Nachfolge den Sachkundelehrgang noch nicht hat, muss der Lehrgang sofort nach Einstellung gebucht werden (Kosten trägt das Personalamt aus dem Fortbildungsbudget). Bis dahin bitte die Prüfungen für Juli/August vorziehen, solange Herr Kuhlmann noch da ist.
- Bitte mit Herrn Kuhlmann eine Liste machen: welche Fahrzeuge, welche Prüffristen, welche Werkstätten/Händler, welche Tricks beim alten Unimog. Vorlage ist die "Checkliste Ausscheiden in den Ruhestand" im Intranet.
- Frau Demir (-216) meldet sich wegen eines Interviews für Amtswissen, ca. 1 Stunde. Gerade die Werkstatt-Themen stehen nirgends aufgeschrieben.

An alle: Im Anhang die Ruhestandsliste 2026/2027 (nur für Führungskräfte!). Bitte denkt an Folgendes:
1. Übergabeplan spätestens 6 Monate vor dem letzten Arbeitstag.
2. Wer eine Doppelbesetzung braucht: kurze Begründung an mich, ich kläre das Budget mit der Kämmerei. Mehr als 3 Monate Überschneidung sind im Haushalt 2026 nicht drin.
3. Resturlaub und Gleitzeit rechtzeitig abbauen lassen – eine Auszahlung von Urlaub gibt es nur in Ausnahmefällen.
4. Wer vorzeitig in Rente geht (z. B. mit 63/64), muss selbst kündigen oder einen Auflösungsvertrag mit uns machen. Die Rente allein beendet das Arbeitsverhältnis nicht! Bitte weist eure Leute darauf hin, wir hatten 2025 zwei Fälle, wo das zu spät aufgefallen ist.

Fragen gerne direkt an mich (-210).

Viele Grüße
Sabine Kortmann
Leitung Personalamt
Stadt Hollerbach | Marktplatz 1 | 59xxx Hollerbach
Tel. 0 23 45 / 678-210

-----Ursprüngliche Nachricht-----
Von: Bernd Schulte-Varel
Gesendet: Montag, 26. Januar 2026 09:15
An: Sabine Kortmann
Betreff: Übergabe bei Ruhestand – bitte rechtzeitig planen (Ruhestandsliste 2026)

Hallo Sabine,

bei uns geht ja Heinz Kuhlmann Ende Juni. Der macht die ganze Werkstatt inkl. UVV-Prüfungen und kennt jeden Wagen auswendig. Wie machen wir das mit der Übergabe? Wenn die Stelle erst im Sommer besetzt wird, haben wir im Herbst ein Problem, spätestens wenn der Winterdienst losgeht und die Streuer geprüft werden müssen.

Gruß
Bernd
""",
    },
}

ONBOARDING = {
    "path": "personalamt/onboarding_willkommen.pptx",
    "meta": {
        "title": "Willkommen bei der Stadt Hollerbach – Onboarding für neue Mitarbeitende",
        "department": PA,
        "doc_type": "merkblatt",
        "author": "Laura Demir",
        "created": "2023-08-28",
        "updated": "2025-09-01",
        "tags": [
            "Onboarding",
            "Einarbeitung",
            "neue Mitarbeitende",
            "erster Arbeitstag",
            "Probezeit",
            "Ansprechpartner",
        ],
    },
    "slides": [
        {
            "title": "Willkommen bei der Stadt Hollerbach!",
            "subtitle": "Onboarding für neue Kolleginnen und Kollegen – Personalamt, Stand September 2025",
        },
        {
            "title": "Die Stadt Hollerbach in Zahlen",
            "bullets": [
                "Rund 18.000 Einwohnerinnen und Einwohner, Kreis Lindenau",
                "ca. 260 Beschäftigte in Verwaltung, Bauhof, Kitas und Schulen",
                "Verwaltungsspitze: Bürgermeisterin Ulrike Terhorst, ein Beigeordneter",
                "IT-Dienstleister: KommunalIT Westfalen (Rechenzentrum für OK.EWO, VOIS, KDO-Kasse)",
            ],
            "notes": "Kurz das Organigramm aus dem Intranet zeigen.",
        },
        {
            "title": "Ihr erster Tag",
            "bullets": [
                "8:30 Uhr Begrüßung im Personalamt (Zimmer 201)",
                "Arbeitsvertrag, Verpflichtung nach dem Verpflichtungsgesetz, Datenschutzbelehrung",
                "Dienstausweis und Zeiterfassungschip bei der Hausmeisterei",
                "9:00–10:00 Uhr Laptop und Zugänge in der IT (Raum 014), Passwort-Self-Service einrichten",
                "Danach: Ihre Führungskraft und Ihre Patin/Ihr Pate zeigen Ihnen den Arbeitsplatz",
            ],
        },
        {
            "title": "Arbeitszeit und Zeiterfassung",
            "bullets": [
                "Gleitzeit nach der Dienstvereinbarung Arbeitszeit 2024",
                "- Rahmenzeit 6:30–19:00 Uhr, keine Kernzeit, aber Funktionszeiten im Team",
                "- Zeitkonto maximal +40 / –20 Stunden, bis zu 24 Gleittage im Jahr",
                "Buchen am Terminal mit dem Dienstausweis oder im Personalportal (Web-Terminal)",
                "Tarifbeschäftigte: 39 Stunden pro Woche, Beamtinnen/Beamte: 41 Stunden",
            ],
        },
        {
            "title": "Urlaub und Krankmeldung",
            "bullets": [
                "30 Urlaubstage bei 5-Tage-Woche, Antrag im Personalportal",
                "Resturlaub bis 31. März des Folgejahres nehmen",
                "Krank? Bis 9:00 Uhr bei der Führungskraft melden (Bauhof: bis 6:30 Uhr)",
                "Ab dem 4. Kalendertag ärztliche Feststellung – bei gesetzlich Versicherten elektronisch (eAU), kein gelber Schein mehr",
            ],
        },
        {
            "title": "IT, Datenschutz und Sicherheit",
            "bullets": [
                "IT-Hotline: 0 23 45 / 678-600 – bei allen Störungen und Passwortproblemen",
                "Fachverfahren (z. B. OK.EWO, PROSOZ) nur mit Berechtigungsantrag der Fachbereichsleitung",
                "Personenbezogene Daten nur verschlüsselt per E-Mail versenden",
                "Bildschirm sperren beim Verlassen des Platzes: Windows-Taste + L",
                "Verdächtige E-Mails nicht öffnen, sondern an die IT melden",
            ],
        },
        {
            "title": "Probezeit und Einarbeitung",
            "bullets": [
                "Probezeit: 6 Monate (§ 2 Abs. 4 TVöD), bei Beamtinnen/Beamten nach LBG NRW",
                "Einarbeitungsplan mit Ihrer Führungskraft in den ersten zwei Wochen",
                "Zwischengespräch nach 3 Monaten, Abschlussgespräch vor Ende der Probezeit",
                "Fortbildungen über das Studieninstitut Westfalen – Antrag über die Führungskraft",
                "Wissensportal Amtswissen: Prozessbeschreibungen und Tipps erfahrener Kolleginnen und Kollegen",
            ],
        },
        {
            "title": "Wichtige Ansprechpartner",
            "bullets": [
                "Personalamt: Sabine Kortmann (Leitung, -210), Laura Demir (Einstellung, Ausbildung, -216)",
                "Urlaub, Zeiterfassung: Jens Albers (-212); Entgelt, Elternzeit: Petra Wiegand (-214)",
                "Personalrat: Michael Brügge (-230)",
                "Gleichstellungsbeauftragte: Anke Hofmeister (-235)",
                "Datenschutzbeauftragter: Georg Pieper (-620)",
            ],
            "notes": "Telefonbuch im Intranet zeigen; Personalrat stellt sich ggf. selbst kurz vor.",
        },
        {
            "title": "Noch Fragen?",
            "bullets": [
                "Fragen Sie lieber einmal zu viel als zu wenig!",
                "Ihre Patin/Ihr Pate ist die erste Anlaufstelle im Alltag",
                "Rückmeldung zum Onboarding: onboarding@hollerbach.de",
            ],
        },
    ],
}

GRUNDSICHERUNG = {
    "path": "sozialamt/grundsicherung_alter_erwerbsminderung.docx",
    "meta": {
        "title": "Grundsicherung im Alter und bei Erwerbsminderung (4. Kapitel SGB XII) – Verfahrensablauf",
        "department": SO,
        "doc_type": "prozessbeschreibung",
        "author": "Markus Feldmann",
        "created": "2018-09-03",
        "updated": "2025-11-24",
        "tags": [
            "Grundsicherung",
            "SGB XII",
            "Rente",
            "Erwerbsminderung",
            "Altersarmut",
            "Antrag",
            "Bundeserstattung",
        ],
    },
    "blocks": [
        ("h1", "Grundsicherung im Alter und bei Erwerbsminderung – Verfahrensablauf"),
        (
            "p",
            "Sozialamt Hollerbach, Sachgebiet Sozialhilfe. Rechtsgrundlagen: §§ 41–46b SGB XII, Delegationssatzung des Kreises Lindenau, Richtlinien des Kreises zu den Kosten der Unterkunft. Stand: November 2025.",
        ),
        ("h2", "1. Anspruchsberechtigte"),
        (
            "p",
            "Grundsicherung nach dem 4. Kapitel SGB XII erhalten Personen mit gewöhnlichem Aufenthalt in Deutschland, die ihren Lebensunterhalt nicht aus Einkommen und Vermögen bestreiten können und",
        ),
        (
            "ul",
            [
                "die **Altersgrenze** nach § 41 Abs. 2 SGB XII erreicht haben (schrittweise Anhebung auf 67 Jahre; für Jahrgang 1960: 66 Jahre und 4 Monate) oder",
                "volljährig und **dauerhaft voll erwerbsgemindert** im Sinne des § 43 Abs. 2 SGB VI sind (unabhängig von der Arbeitsmarktlage), einschließlich Beschäftigter in Werkstätten für behinderte Menschen (WfbM).",
            ],
        ),
        (
            "p",
            "Ist die Erwerbsminderung nur befristet oder noch nicht festgestellt, ist Hilfe zum Lebensunterhalt nach dem 3. Kapitel zu prüfen (siehe eigene Prozessbeschreibung HLU).",
        ),
        ("h2", "2. Antrag ist Voraussetzung"),
        (
            "p",
            "Anders als die HLU wird Grundsicherung **nur auf Antrag** geleistet (§ 44 Abs. 1 SGB XII). Der Antrag wirkt auf den **Ersten des Monats** zurück, in dem er gestellt wurde (§ 44 Abs. 2 SGB XII). Ein formloser Antrag (Telefon mit Aktenvermerk, E-Mail, Hinweis der Rentenversicherung) genügt zur Fristwahrung. Die Deutsche Rentenversicherung informiert Rentnerinnen und Rentner mit niedriger Rente über die Grundsicherung; Anträge, die bei der DRV gestellt werden, leitet diese an uns weiter.",
        ),
        ("h2", "3. Bearbeitung Schritt für Schritt"),
        (
            "ol",
            [
                "**Eingang erfassen** in PROSOZ, Antragsdatum festhalten, Eingangsbestätigung mit Unterlagenliste versenden (Frist zur Vorlage: 4 Wochen).",
                "**Erwerbsminderung klären:** Liegt kein Rentenbescheid über dauerhafte volle Erwerbsminderung vor, Ersuchen an den Rentenversicherungsträger nach § 45 SGB XII richten. Die Entscheidung der DRV ist bindend.",
                "**Unterhalt prüfen:** Unterhaltsansprüche gegenüber Kindern und Eltern bleiben unberücksichtigt, wenn deren Jahreseinkommen unter **100.000 €** liegt (§ 94 Abs. 1a SGB XII). Vermutung zugunsten der Leistungsberechtigten; nur bei konkreten Hinweisen nachfragen.",
                "**Einkommen anrechnen:** Renten, Betriebsrenten, Wohngeld ist ausgeschlossen (Transferleistung). Bei mindestens 33 Jahren Grundrentenzeiten Freibetrag nach § 82a SGB XII berücksichtigen.",
                "**Vermögen:** Schonbetrag 10.000 € je Person; angemessene Bestattungsvorsorge (Treuhandvertrag) ist geschützt.",
                "**Bedarf berechnen:** Regelbedarf (RBS 1: 563 €, RBS 2 für Paare je 506 €), Mehrbedarf Merkzeichen G (17 % des Regelbedarfs), Kosten der Unterkunft und Heizung nach Richtlinie des Kreises.",
                "**Bescheid** erstellen, Bewilligungszeitraum in der Regel **12 Monate** (§ 44 Abs. 3 SGB XII), Vier-Augen-Prinzip bei Erstbewilligung.",
                "**Krankenversicherung** prüfen: Beiträge zur freiwilligen bzw. privaten Kranken- und Pflegeversicherung werden nach § 32 SGB XII übernommen.",
            ],
        ),
        ("h2", "4. Unterlagen"),
        (
            "table",
            [
                ["Unterlage", "Hinweis"],
                ["Personalausweis bzw. Aufenthaltstitel", "Kopie für die Akte"],
                [
                    "Rentenbescheid(e), Betriebsrente",
                    "aktueller Bescheid inkl. Anpassungsmitteilung Juli",
                ],
                [
                    "Mietvertrag, letzte Nebenkostenabrechnung",
                    "bei Eigentum: Grundbesitzabgabenbescheid, Zinsbescheinigung",
                ],
                ["Kontoauszüge der letzten 3 Monate", "alle Konten, auch Sparbücher"],
                [
                    "Nachweis Kranken- und Pflegeversicherung",
                    "Beitragshöhe bei freiwilliger Versicherung",
                ],
                ["Schwerbehindertenausweis", "für Mehrbedarfe"],
            ],
        ),
        ("h2", "5. Weiterbewilligung und Änderungen"),
        (
            "p",
            "Zwei Monate vor Ende des Bewilligungszeitraums erzeugt PROSOZ die Wiedervorlage und den Weiterbewilligungsantrag. Die jährliche Rentenanpassung zum 1. Juli wird per Sammelbescheid umgesetzt; die Daten übermittelt die DRV maschinell. Einmalige Bedarfe (z. B. Waschmaschine, Brille) werden nur noch als Darlehen nach § 37 SGB XII gewährt.",
        ),
        ("h2", "6. Bundeserstattung"),
        (
            "p",
            "Der Bund erstattet die Nettoausgaben der Grundsicherung vollständig (§ 46a SGB XII). Deshalb müssen die Ausgaben **korrekt auf dem Produktkonto 05.2.01 Grundsicherung** gebucht werden und nicht auf der HLU. Die Kämmerei meldet die Ausgaben quartalsweise über den Kreis Lindenau an das Land. Fehlbuchungen fallen bei der Prüfung durch den Kreis auf und kosten die Stadt Geld.",
        ),
        ("h2", "7. Zuständigkeiten"),
        (
            "table",
            [
                ["Aufgabe", "Name", "Durchwahl"],
                ["Grundsicherung Buchstaben A–K", "Claudia Neumann", "-312"],
                [
                    "Grundsicherung Buchstaben L–Z, Bestattungskosten § 74 SGB XII",
                    "Markus Feldmann",
                    "-313",
                ],
                ["Widersprüche, Amtsleitung", "Thomas Reuter", "-310"],
            ],
        ),
    ],
}

OBDACH = {
    "path": "sozialamt/obdachlosenunterbringung_dienstanweisung.pdf",
    "meta": {
        "title": "Dienstanweisung Vermeidung von Wohnungslosigkeit und ordnungsbehördliche Unterbringung Obdachloser",
        "department": SO,
        "doc_type": "dienstanweisung",
        "author": "Frank Hellwig",
        "created": "2019-11-18",
        "updated": "2025-10-13",
        "tags": [
            "Obdachlosigkeit",
            "Unterbringung",
            "OBG NRW",
            "Wohnungsnotfall",
            "Räumungsklage",
            "Einweisung",
            "Notunterkunft",
        ],
    },
    "pdf_header": "Stadt Hollerbach – Sozialamt, Fachstelle Wohnungsnotfälle",
    "blocks": [
        ("h1", "Dienstanweisung Wohnungsnotfälle und Obdachlosenunterbringung"),
        (
            "p",
            "Die Unterbringung unfreiwillig obdachloser Menschen ist eine Pflichtaufgabe der örtlichen Ordnungsbehörde zur Gefahrenabwehr (§§ 1, 14 OBG NRW). In Hollerbach ist diese Aufgabe durch die Zuständigkeitsordnung der **Fachstelle Wohnungsnotfälle im Sozialamt** zugewiesen. Das Ordnungsamt übernimmt außerhalb der Dienstzeiten über seine Rufbereitschaft.",
        ),
        ("h2", "1. Grundsätze"),
        (
            "ul",
            [
                "Vorrang hat die **Vermeidung** von Wohnungslosigkeit: Eine erhaltene Wohnung ist immer günstiger und menschlicher als eine Unterbringung.",
                "Unfreiwillige Obdachlosigkeit gefährdet Leben und Gesundheit und ist eine Störung der öffentlichen Sicherheit. Die Stadt muss handeln – unabhängig von Herkunft, Aufenthaltsstatus oder Verschulden.",
                "Unterbringung ist **vorübergehend** und dient nur der Gefahrenabwehr (Obdach, nicht Wohnung). Mindeststandard: eigener Schlafplatz, Heizung, sanitäre Anlagen, Kochgelegenheit.",
            ],
        ),
        ("h2", "2. Prävention bei drohendem Wohnungsverlust"),
        (
            "ol",
            [
                "Das Amtsgericht teilt Räumungsklagen wegen Mietschulden mit (Mitteilung nach § 22 Abs. 9 SGB II bzw. § 36 Abs. 2 SGB XII). Die Mitteilungen gehen an die Fachstelle.",
                "Innerhalb von **drei Arbeitstagen** schreibt die Fachstelle die Haushalte an und bietet einen Beratungstermin an; bei Familien mit Kindern zusätzlich Hausbesuch.",
                "Prüfung der **Mietschuldenübernahme**: bei Bürgergeld-Bezug durch das Jobcenter (§ 22 Abs. 8 SGB II), sonst durch das Sozialamt (§ 36 SGB XII) als Beihilfe oder Darlehen.",
                "Wichtig: Werden Mietrückstände innerhalb von **zwei Monaten nach Zustellung der Räumungsklage** ausgeglichen oder übernimmt eine öffentliche Stelle die Verpflichtung, wird die fristlose Kündigung unwirksam (Schonfristzahlung, § 569 Abs. 3 Nr. 2 BGB).",
                "Verhandlung mit Vermietern über Ratenzahlung oder Fortsetzung des Mietverhältnisses; Vermittlung an die Schuldnerberatung der Diakonie Lindenau.",
            ],
        ),
        ("h2", "3. Einweisung in eine Unterkunft"),
        ("p", "Meldet sich eine Person als obdachlos, ist zu prüfen:"),
        (
            "ul",
            [
                "Ist die Obdachlosigkeit **unfreiwillig**? (Räumung, Brand, Trennung mit Gewalt, Haftentlassung, Entlassung aus Klinik)",
                "Kann sich die Person **selbst helfen**? (Unterkunft bei Angehörigen, eigenes Einkommen für Pension)",
                "Hat die Person ihren gewöhnlichen Aufenthalt zuletzt in Hollerbach gehabt? Auch ortsfremde Personen werden in der Akutsituation untergebracht; die Zuständigkeit wird danach geklärt.",
            ],
        ),
        (
            "p",
            "Die Einweisung erfolgt durch schriftliche **Einweisungsverfügung** (Ordnungsverfügung nach § 14 OBG NRW) mit Befristung (in der Regel drei Monate, verlängerbar) und Hinweis auf die Pflicht zur eigenen Wohnungssuche. Die Person muss sich in der Unterkunft anmelden (Meldepflicht nach BMG, Anmeldung im Bürgerbüro innerhalb von zwei Wochen).",
        ),
        ("h2", "4. Unterkünfte der Stadt Hollerbach"),
        (
            "table",
            [
                ["Unterkunft", "Belegung", "Plätze", "Schlüssel"],
                [
                    "Am Bahndamm 7",
                    "alleinstehende Männer",
                    "14",
                    "Hausmeister / Schlüsselkasten Ordnungsamt",
                ],
                [
                    "Lindenstraße 22",
                    "Frauen, Familien (6 abgeschlossene Wohnungen)",
                    "22",
                    "Fachstelle",
                ],
                [
                    "Notzimmer Rathausnebengebäude",
                    "Akutfälle, max. 3 Nächte",
                    "2",
                    "Pforte / Rufbereitschaft",
                ],
            ],
        ),
        (
            "p",
            "Für die Benutzung werden Gebühren nach der Satzung über die Benutzung der Obdachlosenunterkünfte erhoben (derzeit **245 € je Person und Monat**, Kinder unter 14 Jahren 120 €). Bei Leistungsbezug werden die Gebühren als Kosten der Unterkunft vom Jobcenter bzw. Sozialamt übernommen; bitte sofort Antrag veranlassen.",
        ),
        ("h2", "5. Außerhalb der Dienstzeit"),
        (
            "p",
            "Abends, nachts und am Wochenende meldet die Polizei oder die Kreisleitstelle Lindenau Obdachlose an die **Rufbereitschaft des Ordnungsamts**. Die Rufbereitschaft hat Zugriff auf den Schlüsselkasten (Notzimmer, Bahndamm 7) und die aktuelle Belegungsliste im Laufwerk. Sie stellt eine vorläufige Einweisung aus; die Fachstelle übernimmt am nächsten Arbeitstag bis 10:00 Uhr. Familien mit Kindern: zusätzlich den Bereitschaftsdienst des Jugendamts Kreis Lindenau informieren.",
        ),
        ("h2", "6. Beendigung der Unterbringung"),
        (
            "ul",
            [
                "Auszug in eigene Wohnung (Unterstützung bei Wohnungssuche, Mietkaution als Darlehen)",
                "Widerruf der Einweisung bei schweren Verstößen gegen die Hausordnung (Anhörung nach § 28 VwVfG NRW, bei Gefahr sofort)",
                "Räumung bei fehlender Mitwirkung nur nach Verwaltungsvollstreckung (VwVG NRW) und Abstimmung mit der Amtsleitung",
            ],
        ),
        ("h2", "7. Dokumentation und Datenschutz"),
        (
            "p",
            "Jede Unterbringung wird in der Fallakte (PROSOZ, Fallart „Wohnungsnotfall“) mit Belegungsdatum, Verfügung, Gebührenbescheid und Beratungsvermerken dokumentiert. Daten über Wohnungsnotfälle sind Sozialdaten (§ 35 SGB I, § 67 SGB X) und dürfen an Vermieter nur mit Einwilligung weitergegeben werden.",
        ),
        ("h2", "8. Ansprechpersonen"),
        (
            "table",
            [
                ["Funktion", "Name", "Erreichbarkeit"],
                ["Fachstelle Wohnungsnotfälle", "Frank Hellwig", "-318, f.hellwig@hollerbach.de"],
                ["Vertretung", "Thomas Reuter (Amtsleitung)", "-310"],
                ["Hausmeister Unterkünfte", "Jürgen Boll", "0171 / 555 03 18"],
                [
                    "Rufbereitschaft Ordnungsamt",
                    "über Kreisleitstelle Lindenau",
                    "außerhalb der Dienstzeit",
                ],
            ],
        ),
    ],
}

BUT = {
    "path": "sozialamt/bildung_und_teilhabe.html",
    "meta": {
        "title": "Bildung und Teilhabe (BuT) – Leistungen, Zuständigkeit und Abrechnung",
        "department": SO,
        "doc_type": "merkblatt",
        "author": "Nadine Yilmaz",
        "created": "2020-08-03",
        "updated": "2025-07-21",
        "tags": [
            "Bildung und Teilhabe",
            "BuT",
            "Schulbedarf",
            "Klassenfahrt",
            "Mittagessen",
            "Lernförderung",
            "Kinderzuschlag",
            "Wohngeld",
        ],
    },
    "breadcrumb": ["Fachbereiche", "Sozialamt", "Bildung und Teilhabe"],
    "blocks": [
        ("h1", "Bildung und Teilhabe (BuT)"),
        (
            "p",
            "Kinder, Jugendliche und junge Erwachsene aus Familien mit geringem Einkommen haben Anspruch auf Leistungen für Bildung und Teilhabe. Rechtsgrundlagen sind § 28 SGB II, § 34 SGB XII, § 6b BKGG (bei Kinderzuschlag oder Wohngeld) und § 3 AsylbLG. Diese Seite erklärt, wer in Hollerbach zuständig ist und wie wir mit Schulen, Vereinen und Caterern abrechnen.",
        ),
        ("h2", "Wer ist zuständig?"),
        (
            "table",
            [
                ["Familie bezieht …", "zuständig", "Antrag bei"],
                [
                    "Bürgergeld (SGB II)",
                    "Jobcenter Kreis Lindenau",
                    "Jobcenter, Geschäftsstelle Hollerbach",
                ],
                [
                    "Sozialhilfe/Grundsicherung (SGB XII)",
                    "Stadt Hollerbach, Sozialamt",
                    "Nadine Yilmaz",
                ],
                [
                    "Wohngeld oder Kinderzuschlag (BKGG)",
                    "Stadt Hollerbach, Sozialamt",
                    "Nadine Yilmaz",
                ],
                [
                    "Leistungen nach AsylbLG",
                    "Stadt Hollerbach, Sozialamt",
                    "Sachbearbeitung AsylbLG",
                ],
            ],
        ),
        ("h2", "Leistungen im Überblick (Stand 2025/2026)"),
        (
            "table",
            [
                ["Leistung", "Höhe", "Hinweis"],
                [
                    "Schulausflüge und mehrtägige Klassenfahrten",
                    "tatsächliche Kosten",
                    "Zahlung direkt an die Schule",
                ],
                [
                    "Persönlicher Schulbedarf",
                    "195 € im Schuljahr (130 € zum 1. August, 65 € zum 1. Februar)",
                    "wird bei Wohngeld/KiZ auf Antrag ausgezahlt",
                ],
                [
                    "Schülerbeförderung",
                    "tatsächliche Kosten, soweit nicht vom Schulträger übernommen",
                    "nur nächstgelegene Schule des gewählten Bildungsgangs",
                ],
                [
                    "Lernförderung (Nachhilfe)",
                    "angemessene Kosten",
                    "Bestätigung der Schule erforderlich",
                ],
                [
                    "Gemeinschaftliche Mittagsverpflegung",
                    "volle Kosten (kein Eigenanteil)",
                    "Schule, Kita, Kindertagespflege; Abrechnung mit dem Caterer",
                ],
                [
                    "Teilhabe am sozialen und kulturellen Leben",
                    "15 € monatlich",
                    "Sportverein, Musikschule, Freizeiten",
                ],
            ],
        ),
        ("h2", "Antrag und Bewilligung"),
        (
            "ol",
            [
                "Bei Wohngeld und Kinderzuschlag reicht ein **Antrag für alle Leistungen** (Globalantrag). Lernförderung muss gesondert mit der Bestätigung der Schule beantragt werden.",
                "Der Bewilligungszeitraum richtet sich nach dem Wohngeld- bzw. Kinderzuschlagsbescheid. Anträge wirken auf den Beginn des Bewilligungszeitraums zurück, wenn sie innerhalb dieses Zeitraums gestellt werden.",
                "Die Familie erhält einen **Bewilligungsbescheid** und für Mittagessen und Teilhabe eine Kostenübernahmeerklärung zur Vorlage beim Anbieter.",
                "Die Stadt zahlt direkt an den Anbieter (Schule, Verein, Caterer). Geldleistungen an Eltern nur beim Schulbedarf und in Ausnahmefällen bei Schülerbeförderung.",
            ],
        ),
        ("h2", "Abrechnung mit Anbietern"),
        (
            "ul",
            [
                "Caterer rechnen **monatlich** mit einer Sammelliste ab (Name des Kindes, Bescheidnummer, Anzahl Essen).",
                "Vereine rechnen halbjährlich ab; die Pauschale von 15 € darf auch angespart werden (z. B. für Ferienfreizeit).",
                "Klassenfahrten: Schule reicht die Kostenaufstellung spätestens vier Wochen vor Fahrtantritt ein.",
                "Rechnungen werden über die KDO-Kasse zur Zahlung angeordnet; Sachkonto BuT je Rechtskreis beachten (SGB XII und BKGG getrennt!).",
            ],
        ),
        ("h2", "Häufige Fragen aus Schulen und Vereinen"),
        (
            "p",
            "**„Das Kind hat keinen Bescheid, kann aber nicht mitfahren – was tun?“** Eltern sollen sofort einen Antrag stellen; bei Wohngeldbezug prüfen wir innerhalb einer Woche. **„Kann die Nachhilfe auch privat sein?“** Ja, wenn die Lehrkraft geeignet ist und kein schulisches Angebot besteht.",
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Nadine Yilmaz, Sachbearbeitung BuT, Durchwahl 0 23 45 / 678-317, but@hollerbach.de. Vertretung: Birgit Scholz (-315). Sprechzeiten: Mo, Di, Do 8:30–12:00 Uhr.",
        ),
    ],
}

WOHNGELD_MAIL = {
    "path": "sozialamt/wohngeld_rueckstaende_mail.eml",
    "meta": {
        "title": "AW: Rückstände Wohngeld nach Anpassung 01/2025 – Vorschlag Priorisierung",
        "department": SO,
        "doc_type": "email",
        "author": "Thomas Reuter",
        "created": "2025-02-06",
        "updated": "2025-02-06",
        "tags": [
            "Wohngeld",
            "Rückstand",
            "Bearbeitungszeit",
            "Priorisierung",
            "Vorschuss",
            "Telefonzeiten",
        ],
    },
    "mail": {
        "from": "Thomas Reuter <t.reuter@hollerbach.de>",
        "to": "Birgit Scholz <b.scholz@hollerbach.de>",
        "cc": "Nadine Yilmaz <n.yilmaz@hollerbach.de>",
        "date": "2025-02-06T08:17:00+01:00",
        "subject": "AW: Rückstände Wohngeld nach Anpassung 01/2025 – Vorschlag Priorisierung",
        "message_id": "<20250206081700.2209@hollerbach.de>",
        "in_reply_to": "<20250205161200.7730@hollerbach.de>",
        "body": """Hallo Birgit,

danke für die Aufstellung, das hilft mir für das Gespräch mit dem Beigeordneten am Freitag. Ich bin mit allen Punkten einverstanden:

1. Priorisierung wie vorgeschlagen: Erstanträge mit drohender Räumung zuerst (bitte mit Frank Hellwig abstimmen, er hat die Liste der Räumungsklagen), dann Weiterleistungsanträge, dann die übrigen Erstanträge.
2. Telefonzeiten Wohngeld ab 17.02. befristet bis Ende April nur noch Di und Do 9–12 Uhr. Ansage auf dem Anrufbeantworter und Hinweis auf der Homepage mache ich mit der Pressestelle.
3. Vorschuss nach § 42 SGB I: Ja, wenn der Anspruch dem Grunde nach feststeht und nur die Höhe noch offen ist. Bitte in jedem Fall kurzen Vermerk, und nicht mehr als 80 % des voraussichtlichen Betrags.
4. Aushilfe: Ich frage im Bürgerbüro an, ob Frau Petersen wieder zwei Tage pro Woche aushelfen kann wie 2023. Einarbeitung bitte nur in Erfassung und Nachforderung, nicht in die Berechnung.

Zur Info an Nadine: BuT-Anträge von Wohngeldhaushalten bitte trotzdem weiter zeitnah bearbeiten, vor allem Mittagessen – die Caterer haben schon nachgefragt.

Gruß
Thomas Reuter
Amtsleitung Sozialamt
Tel. 0 23 45 / 678-310

-----Ursprüngliche Nachricht-----
Von: Birgit Scholz
Gesendet: Mittwoch, 5. Februar 2025 16:12
An: Thomas Reuter
Cc: Nadine Yilmaz
Betreff: Rückstände Wohngeld nach Anpassung 01/2025 – Vorschlag Priorisierung

Hallo Thomas,

wie besprochen der Stand Wohngeld:
- 212 unbearbeitete Anträge (davon 131 Erstanträge, 81 Weiterleistungsanträge)
- durchschnittliche Bearbeitungszeit seit Vollständigkeit aktuell ca. 11 Wochen (Ziel sind 6)
- durch die Erhöhung zum 01.01.2025 (+15 % im Schnitt) sind viele Haushalte wieder anspruchsberechtigt, die 2024 knapp drüber lagen
- das Telefon klingelt gefühlt jede 5 Minuten "Wo bleibt mein Wohngeld?"

Mein Vorschlag:
1. Priorisierung (Räumung > Weiterleistung > Rest)
2. Telefonzeiten einschränken, damit wir bearbeiten können
3. Bei langen Wartezeiten Vorschuss nach § 42 SGB I
4. Aushilfe für Erfassung/Nachforderung

Außerdem hängt der Datenabgleich nach § 33 WoGG für Q4, da hat KommunalIT ein Ticket offen (Nr. 2025-001742).

Viele Grüße
Birgit Scholz
Sozialamt – Wohngeld, Tel. -315
""",
    },
}

FRISTEN_RAT = {
    "path": "ratsbuero/einladungsfristen_go_nrw.docx",
    "meta": {
        "title": "Merkblatt Fristen im Sitzungsdienst: Einladung, Tagesordnung, Bekanntmachung (GO NRW, GeschO)",
        "department": RB,
        "doc_type": "merkblatt",
        "author": "Stefan Kamps",
        "created": "2020-11-09",
        "updated": "2025-12-15",
        "tags": [
            "Einladungsfrist",
            "Ladungsfrist",
            "GO NRW",
            "Geschäftsordnung",
            "Tagesordnung",
            "Bekanntmachung",
            "Dringlichkeit",
        ],
    },
    "blocks": [
        ("h1", "Fristen im Sitzungsdienst"),
        (
            "p",
            "Ratsbüro der Stadt Hollerbach – Merkblatt für Sitzungsdienst und Schriftführung der Fachausschüsse. Rechtsgrundlagen: §§ 47, 48, 58 GO NRW, Geschäftsordnung für den Rat und die Ausschüsse der Stadt Hollerbach (GeschO Rat) vom 17.12.2020, Hauptsatzung (§ 16 Bekanntmachungen), BekanntmVO NRW. Fehler bei den Fristen können dazu führen, dass Beschlüsse rechtswidrig und angreifbar sind.",
        ),
        ("h2", "1. Einberufung"),
        (
            "ul",
            [
                "Der Rat wird von der Bürgermeisterin einberufen, so oft es die Geschäftslage erfordert, **mindestens alle zwei Monate** (§ 47 Abs. 1 GO NRW).",
                "Der Rat ist **unverzüglich** einzuberufen, wenn ein Fünftel der Ratsmitglieder oder eine Fraktion dies unter Angabe der Beratungsgegenstände verlangt.",
                "Ausschüsse beruft die/der Ausschussvorsitzende im Benehmen mit der Bürgermeisterin ein (§ 58 Abs. 2 GO NRW).",
            ],
        ),
        ("h2", "2. Einladungsfrist (Ladungsfrist)"),
        (
            "p",
            "Die GO NRW überlässt die Ladungsfrist der Geschäftsordnung (§ 47 Abs. 2 GO NRW). In Hollerbach gilt nach § 1 Abs. 2 GeschO Rat:",
        ),
        (
            "table",
            [
                ["Fall", "Frist", "Berechnung"],
                [
                    "Regelfall Rat und Ausschüsse",
                    "**7 volle Kalendertage**",
                    "Tag des Zugangs und Sitzungstag zählen nicht mit",
                ],
                [
                    "Dringlichkeit (Eilsitzung)",
                    "**3 volle Kalendertage**",
                    "Dringlichkeit ist in der Einladung zu begründen",
                ],
                [
                    "Nachträgliche Ergänzung der Tagesordnung",
                    "3 volle Kalendertage",
                    "nur durch ergänzende Einladung",
                ],
            ],
        ),
        (
            "p",
            "Die Einladung gilt als zugegangen, wenn sie bis 18:00 Uhr im Ratsinformationssystem (SessionNet) bereitgestellt und die Benachrichtigungs-E-Mail versandt wurde. Mitglieder, die der elektronischen Zustellung nicht zugestimmt haben, erhalten die Einladung per Post; dann sind zwei zusätzliche Postlauftage einzuplanen.",
        ),
        ("h3", "Beispielrechnung"),
        (
            "p",
            "Ratssitzung am **Donnerstag, 19.03.2026**: Die sieben vollen Tage sind 12.03. bis 18.03.2026. Die Einladung muss also spätestens am **Mittwoch, 11.03.2026** bis 18:00 Uhr zugehen. Das Ratsbüro versendet in der Praxis bereits am Dienstag der Vorwoche, um Reserve zu haben.",
        ),
        ("h2", "3. Tagesordnung"),
        (
            "ul",
            [
                "Die Bürgermeisterin setzt die Tagesordnung fest; Vorschläge einer Fraktion oder eines Fünftels der Mitglieder muss sie aufnehmen (§ 48 Abs. 1 Satz 2 GO NRW).",
                "Anträge von Fraktionen müssen bis zum **14. Tag vor der Sitzung, 12:00 Uhr** eingehen (§ 11 GeschO Rat).",
                "In der Sitzung kann die Tagesordnung nur um Angelegenheiten erweitert werden, die **keinen Aufschub dulden** oder von äußerster Dringlichkeit sind (§ 48 Abs. 1 Satz 5 GO NRW). Die Dringlichkeit ist zu begründen und in der Niederschrift festzuhalten.",
                "Absetzen eines Tagesordnungspunkts ist per Mehrheitsbeschluss jederzeit möglich.",
            ],
        ),
        ("h2", "4. Öffentliche Bekanntmachung"),
        (
            "p",
            "Zeit, Ort und Tagesordnung der Rats- und Ausschusssitzungen sind **öffentlich bekannt zu machen** (§ 48 Abs. 1 Satz 4 GO NRW). Nach § 16 der Hauptsatzung erfolgt die Bekanntmachung auf hollerbach.de (Rubrik „Amtliche Bekanntmachungen“) und zusätzlich durch Aushang im Schaukasten am Rathaus. Sie muss spätestens am **dritten Tag vor der Sitzung** bewirkt sein. Nichtöffentliche Punkte werden nur mit allgemeiner Bezeichnung (z. B. „Grundstücksangelegenheit“) bekannt gemacht.",
        ),
        ("h2", "5. Dringlichkeitsentscheidungen"),
        (
            "p",
            "Kann die Entscheidung des Rates nicht abgewartet werden, entscheidet der Haupt- und Finanzausschuss; ist auch dessen Einberufung nicht rechtzeitig möglich, entscheiden Bürgermeisterin und ein Ratsmitglied (§ 60 Abs. 1 GO NRW). Die Entscheidung ist dem Rat in der nächsten Sitzung zur **Genehmigung** vorzulegen. Das Ratsbüro führt eine Liste aller Dringlichkeitsentscheidungen.",
        ),
        ("h2", "6. Weitere Fristen auf einen Blick"),
        (
            "table",
            [
                ["Vorgang", "Frist", "Grundlage"],
                [
                    "Vorlagenschluss Verwaltung",
                    "Montag, 3 Wochen vor der Sitzung, 12:00 Uhr",
                    "interne Regelung Ratsbüro",
                ],
                ["Anfragen zur Sitzung", "7 Tage vor der Sitzung", "§ 12 GeschO Rat"],
                [
                    "Fragen von Einwohnerinnen/Einwohnern (Einwohnerfragestunde)",
                    "3 Werktage vor der Sitzung schriftlich",
                    "§ 18 GeschO Rat",
                ],
                [
                    "Veröffentlichung Niederschrift (öffentlicher Teil)",
                    "14 Tage nach der Sitzung",
                    "Dienstanweisung Niederschriften",
                ],
                [
                    "Beanstandung rechtswidriger Beschlüsse durch die Bürgermeisterin",
                    "innerhalb eines Monats",
                    "§ 54 Abs. 2 GO NRW",
                ],
            ],
        ),
        ("h2", "7. Kontakt"),
        (
            "p",
            "Stefan Kamps, Sitzungsdienst, Durchwahl -122; Dr. Katrin Lohmann, Leitung Ratsbüro, Durchwahl -120; sitzungsdienst@hollerbach.de. Im Zweifel über eine Frist immer vor dem Versand nachfragen – nicht danach.",
        ),
    ],
}

RIS = {
    "path": "ratsbuero/ratsinformationssystem_anleitung.pdf",
    "meta": {
        "title": "Anleitung Ratsinformationssystem SessionNet und Mandatos-App für Verwaltung und Mandatsträger",
        "department": RB,
        "doc_type": "merkblatt",
        "author": "Stefan Kamps",
        "created": "2021-03-01",
        "updated": "2025-04-07",
        "tags": [
            "Ratsinformationssystem",
            "RIS",
            "SessionNet",
            "Mandatos",
            "Bürgerinformationssystem",
            "Recherche",
            "Beschluss",
        ],
    },
    "pdf_header": "Stadt Hollerbach – Ratsbüro – Anleitung Ratsinformationssystem",
    "h1_new_page": True,
    "blocks": [
        ("h1", "Anleitung Ratsinformationssystem (SessionNet)"),
        (
            "p",
            "Das Ratsinformationssystem (RIS) der Stadt Hollerbach bildet die gesamte Gremienarbeit ab: Sitzungskalender, Einladungen, Tagesordnungen, Vorlagen, Niederschriften und Beschlüsse seit 2014. Es besteht aus drei Bereichen:",
        ),
        (
            "table",
            [
                ["Bereich", "Nutzerinnen und Nutzer", "Zugang"],
                [
                    "Bürgerinformationssystem (BIS)",
                    "Öffentlichkeit",
                    "hollerbach.de/buergerinfo, ohne Anmeldung",
                ],
                [
                    "Ratsinformationssystem (RIS)",
                    "Rats- und Ausschussmitglieder, sachkundige Bürger",
                    "Anmeldung mit Benutzerkennung, Mandatos-App",
                ],
                [
                    "Verwaltungsbereich",
                    "Beschäftigte der Stadtverwaltung",
                    "automatische Anmeldung im Rathausnetz (Single Sign-on)",
                ],
            ],
        ),
        ("h2", "1. Anmeldung"),
        (
            "p",
            "Beschäftigte öffnen SessionNet über den Link auf der Intranet-Startseite; die Anmeldung erfolgt automatisch mit dem Windows-Konto. Rollen (Lesen, Vorlagen erstellen, Protokoll führen) vergibt das Ratsbüro. Mandatsträgerinnen und Mandatsträger erhalten ihre Zugangsdaten mit der Verpflichtung zu Beginn der Wahlperiode. **Kennwort vergessen?** Beschäftigte wenden sich an die IT-Hotline (-600), Ratsmitglieder an das Ratsbüro (-122).",
        ),
        ("h2", "2. Recherche nach Beschlüssen und Vorlagen"),
        (
            "ol",
            [
                "Menüpunkt **Recherche** wählen.",
                'Suchbegriff eingeben. Die Volltextsuche durchsucht auch die Anlagen (PDF). Mehrere Wörter werden mit UND verknüpft; exakte Phrasen in Anführungszeichen setzen (z. B. "Friedhofsgebührensatzung 2024").',
                "Filter setzen: Zeitraum, Gremium, Vorlagenart (BV, MV), Status (beschlossen, vertagt, abgelehnt).",
                "In der Trefferliste auf die Vorlagennummer klicken (Format BV/2025/137). Im Reiter **Beratungsverlauf** sehen Sie, welches Gremium wann wie entschieden hat.",
            ],
        ),
        (
            "p",
            "Tipp: Beschlüsse vor 2014 sind nicht im RIS, sondern nur in den gebundenen Niederschriftenbänden im Archiv (Ansprechpartnerin: Stadtarchiv, Frau Overbeck, -095).",
        ),
        ("h2", "3. Sitzungskalender und Abonnements"),
        (
            "p",
            "Der Sitzungskalender zeigt alle Termine des Jahres. Über **Abonnieren** können Sie einzelne Gremien als iCal-Kalender in Outlook einbinden und sich per E-Mail informieren lassen, wenn neue Dokumente zu einer Sitzung veröffentlicht werden. Die verbindlichen Termine inklusive Vorlagenschluss stehen zusätzlich im Intranet (Seite „Sitzungskalender 2026“).",
        ),
        ("h2", "4. Mandatos-App für Ratsmitglieder"),
        (
            "ul",
            [
                "Die Stadt stellt Ratsmitgliedern auf Wunsch ein Tablet zur Verfügung; die App **Mandatos** synchronisiert Sitzungsunterlagen automatisch.",
                "Persönliche Anmerkungen und Markierungen in PDFs bleiben privat und werden nicht an die Verwaltung übertragen.",
                "Nichtöffentliche Unterlagen werden verschlüsselt gespeichert und nach Ende der Wahlperiode gelöscht.",
                "Bei Verlust des Tablets sofort das Ratsbüro informieren – das Gerät wird aus der Ferne gesperrt.",
            ],
        ),
        ("h2", "5. Vorlagen und Protokolle (Verwaltung)"),
        (
            "p",
            "Wie eine Sitzungsvorlage angelegt und mitgezeichnet wird, beschreibt der Leitfaden „Sitzungsvorlagen erstellen“. Die Schriftführung erstellt Niederschriften im **Protokollmodul** direkt aus der Tagesordnung heraus: Beschlusstexte werden aus der Vorlage übernommen, Abstimmungsergebnisse eingetragen, danach wird der Beschluss automatisch im Beratungsverlauf der Vorlage angezeigt.",
        ),
        ("h2", "6. Datenschutz und Vertraulichkeit"),
        (
            "ul",
            [
                "Nichtöffentliche Dokumente („nö“) sind nur für Mitglieder des jeweiligen Gremiums und berechtigte Beschäftigte sichtbar.",
                "Ausdrucke nichtöffentlicher Unterlagen nicht im Sitzungssaal liegen lassen; Entsorgung über die Datenschutztonne.",
                "Personenbezogene Daten in öffentlichen Anlagen sind vor dem Hochladen zu schwärzen (Namen von Antragstellern, Grundstückseigentümern).",
            ],
        ),
        ("h2", "7. Häufige Probleme"),
        (
            "table",
            [
                ["Problem", "Lösung"],
                [
                    "Vorlage nicht im Bürgerinfo sichtbar",
                    "Vorlage ist „nö“ gekennzeichnet oder noch nicht freigegeben – Ratsbüro fragen",
                ],
                [
                    "PDF-Anlage lässt sich nicht hochladen",
                    "Dateigröße über 20 MB – PDF verkleinern oder aufteilen",
                ],
                ["Mandatos synchronisiert nicht", "WLAN prüfen, App neu starten; sonst Ratsbüro"],
                [
                    "Suche findet alten Beschluss nicht",
                    "Schreibweise variieren, Zeitraum-Filter entfernen; vor 2014 Archiv",
                ],
            ],
        ),
        ("h2", "8. Kontakt"),
        (
            "p",
            "Ratsbüro, Stefan Kamps (fachliche Betreuung SessionNet, Rollenvergabe), Durchwahl -122; technische Störungen: IT-Hotline -600, die IT leitet an den Hersteller weiter.",
        ),
    ],
}

SITZUNGSKALENDER = {
    "path": "ratsbuero/sitzungskalender_2026.html",
    "meta": {
        "title": "Sitzungskalender 2026 mit Vorlagenschluss und Einladungsterminen",
        "department": RB,
        "doc_type": "merkblatt",
        "author": "Stefan Kamps",
        "created": "2025-11-27",
        "updated": "2026-01-08",
        "tags": [
            "Sitzungskalender",
            "Sitzungstermine",
            "Vorlagenschluss",
            "Rat",
            "Ausschuss",
            "HFA",
            "2026",
        ],
    },
    "breadcrumb": ["Fachbereiche", "Ratsbüro", "Sitzungskalender 2026"],
    "blocks": [
        ("h1", "Sitzungskalender 2026"),
        (
            "p",
            "Der Rat hat den Sitzungskalender 2026 in seiner Sitzung am 11.12.2025 beschlossen (BV/2025/211). Alle Sitzungen beginnen um **17:00 Uhr** im Ratssaal des Rathauses, Marktplatz 1, sofern nicht anders angegeben. **Vorlagenschluss** ist jeweils montags um 12:00 Uhr; bis dahin muss die Vorlage vollständig mitgezeichnet in SessionNet zur Freigabe bei der Bürgermeisterin liegen. Die letzte Spalte nennt den spätesten Zugang der Einladung (7 volle Tage nach § 1 GeschO Rat).",
        ),
        ("h2", "Rat der Stadt Hollerbach"),
        (
            "table",
            [
                ["Sitzung", "Vorlagenschluss", "Einladung spätestens"],
                ["Do 19.03.2026", "Mo 23.02.2026", "Mi 11.03.2026"],
                ["Do 07.05.2026", "Mo 13.04.2026", "Mi 29.04.2026"],
                ["Do 02.07.2026", "Mo 08.06.2026", "Mi 24.06.2026"],
                ["Do 24.09.2026", "Mo 31.08.2026", "Mi 16.09.2026"],
                ["Do 05.11.2026 (Einbringung Haushalt 2027)", "Mo 12.10.2026", "Mi 28.10.2026"],
                ["Do 17.12.2026 (Haushaltsverabschiedung)", "Mo 23.11.2026", "Mi 09.12.2026"],
            ],
        ),
        ("h2", "Haupt- und Finanzausschuss (HFA)"),
        (
            "table",
            [
                ["Sitzung", "Vorlagenschluss", "Einladung spätestens"],
                ["Do 05.03.2026", "Mo 09.02.2026", "Mi 25.02.2026"],
                ["Do 23.04.2026", "Mo 30.03.2026", "Mi 15.04.2026"],
                ["Do 18.06.2026", "Di 26.05.2026 (Pfingstmontag)", "Mi 10.06.2026"],
                ["Do 10.09.2026", "Mo 17.08.2026", "Mi 02.09.2026"],
                ["Do 03.12.2026", "Mo 09.11.2026", "Mi 25.11.2026"],
            ],
        ),
        ("h2", "Fachausschüsse"),
        (
            "table",
            [
                ["Gremium", "Sitzungstermine 2026", "Geschäftsführung"],
                [
                    "Ausschuss für Planung, Bauen und Umwelt",
                    "26.02., 16.04., 11.06., 03.09., 19.11.",
                    "Fachbereich Planen und Bauen",
                ],
                [
                    "Ausschuss für Soziales, Generationen und Integration",
                    "10.03., 09.06., 27.10. (jeweils dienstags)",
                    "Sozialamt, Thomas Reuter",
                ],
                [
                    "Betriebsausschuss Bauhof und Friedhöfe",
                    "24.02., 26.05., 10.11. (jeweils dienstags)",
                    "Bauhofleitung",
                ],
                [
                    "Schul-, Sport- und Kulturausschuss",
                    "04.03., 03.06., 30.09., 25.11. (jeweils mittwochs)",
                    "Fachbereich Schule",
                ],
                ["Rechnungsprüfungsausschuss", "22.04., 28.10.", "Rechnungsprüfung"],
            ],
        ),
        ("h2", "Hinweise"),
        (
            "ul",
            [
                "**Sommerpause:** Zwischen 03.07. und 16.08.2026 (Sommerferien NRW) finden keine Sitzungen statt. Eilige Angelegenheiten nur über Dringlichkeitsentscheidung nach § 60 GO NRW.",
                "**Haushalt 2027:** Vorlagen mit Auswirkungen auf den Haushalt 2027 müssen bis spätestens 14.09.2026 bei der Kämmerei angemeldet sein.",
                "Sitzungen der Fachausschüsse: Vorlagenschluss ebenfalls drei Wochen vorher (Montag), Einladung durch die Geschäftsführung des Ausschusses über SessionNet.",
                "Terminänderungen werden ausschließlich im Ratsinformationssystem veröffentlicht; diese Seite wird nachgezogen.",
            ],
        ),
        ("h2", "Fragen?"),
        ("p", "Sitzungsdienst, Stefan Kamps, Durchwahl -122, sitzungsdienst@hollerbach.de"),
    ],
}

ANFRAGE_MAIL = {
    "path": "ratsbuero/anfrage_fraktion_spielplaetze.eml",
    "meta": {
        "title": "Anfrage der Fraktion Bürgerliste Hollerbach zum Zustand der Spielplätze – Bitte um Antwortentwurf",
        "department": RB,
        "doc_type": "email",
        "author": "Stefan Kamps",
        "created": "2026-02-02",
        "updated": "2026-02-02",
        "tags": ["Anfrage", "Fraktion", "Spielplatz", "Antwortentwurf", "Ratssitzung", "Frist"],
    },
    "mail": {
        "from": "Stefan Kamps <s.kamps@hollerbach.de>",
        "to": "Bernd Schulte-Varel <b.schulte-varel@hollerbach.de>",
        "cc": "Dr. Katrin Lohmann <k.lohmann@hollerbach.de>, Sven Rademacher <s.rademacher@hollerbach.de>",
        "date": "2026-02-02T14:05:00+01:00",
        "subject": "WG: Anfrage A/2026/004 BLH-Fraktion – Zustand der Spielplätze / Antwortentwurf bis 27.02.",
        "message_id": "<20260202140500.3317@hollerbach.de>",
        "in_reply_to": "<20260130190300.1120@blh-hollerbach.de>",
        "body": """Hallo Herr Schulte-Varel,

anbei eine Anfrage der Fraktion Bürgerliste Hollerbach (BLH) zur Ratssitzung am 19.03.2026. Die Anfrage ist unter A/2026/004 in SessionNet registriert.

Bitte schicken Sie mir den Antwortentwurf bis Freitag, 27.02.2026, damit die Mitzeichnung (Fachbereichsleitung, Beigeordneter, Bürgermeisterin) noch vor dem Versand klappt. Die Antwort wird in der Sitzung unter TOP "Anfragen" vorgetragen und zusätzlich schriftlich der Niederschrift beigefügt. Nutzen Sie bitte das Antwortformular aus dem Intranet.

Hinweise:
- Bitte keine direkte Antwort an die Fraktion, alles läuft über das Ratsbüro (wir verteilen an alle Fraktionen gleichzeitig).
- Zahlen bitte mit Stand-Datum angeben.
- Zu Frage 4 (Investitionsbedarf) bitte kurz mit der Kämmerei abstimmen, ob die Beträge im Haushalt 2026 schon drin sind.
- Wenn die Frist nicht zu halten ist, bitte spätestens am 20.02. Bescheid geben, dann schicken wir der Fraktion einen Zwischenstand.

Herr Rademacher ist in cc, weil er die Kontrollprotokolle hat.

Danke und viele Grüße
Stefan Kamps
Ratsbüro / Sitzungsdienst
Tel. 0 23 45 / 678-122

-----Ursprüngliche Nachricht-----
Von: Fraktion Bürgerliste Hollerbach <fraktion@blh-hollerbach.de>
Gesendet: Freitag, 30. Januar 2026 19:03
An: Sitzungsdienst <sitzungsdienst@hollerbach.de>
Betreff: Anfrage zur Ratssitzung am 19.03.2026 – Zustand der städtischen Spielplätze

Sehr geehrte Frau Bürgermeisterin,

gemäß § 12 der Geschäftsordnung bitten wir um Beantwortung folgender Fragen in der Ratssitzung am 19.03.2026:

1. Wie viele städtische Spielplätze gibt es und wie oft werden sie kontrolliert?
2. Wie viele Spielgeräte mussten 2025 wegen Mängeln gesperrt oder abgebaut werden?
3. Wann wird der seit Herbst gesperrte Kletterturm auf dem Spielplatz Am Lindenhof ersetzt?
4. Wie hoch ist der Investitionsbedarf für die Erneuerung der Spielplätze in den nächsten fünf Jahren?
5. Ist eine Beteiligung von Kindern und Jugendlichen bei der Neuplanung vorgesehen?

Mit freundlichen Grüßen
Jutta Klemens
Fraktionsvorsitzende BLH
""",
    },
}

SPECS = [
    ELTERNZEIT,
    DV_ARBEITSZEIT,
    DV_GLEITZEIT_ALT,
    DIENSTREISE,
    RUHESTAND_MAIL,
    ONBOARDING,
    GRUNDSICHERUNG,
    OBDACH,
    BUT,
    WOHNGELD_MAIL,
    FRISTEN_RAT,
    RIS,
    SITZUNGSKALENDER,
    ANFRAGE_MAIL,
]
