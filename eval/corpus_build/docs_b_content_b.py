# ruff: noqa: E501
"""Corpus content of helper docs_b, part B: Bauhof, Friedhofsverwaltung, IT.

Plain data consumed by build_docs_b.py (same block format as docs_b_content_a).
"""

from __future__ import annotations

BH = "Bauhof"
FH = "Friedhofsverwaltung"
IT = "IT"

GRUENFLAECHEN = {
    "path": "bauhof/gruenflaechenpflege.docx",
    "meta": {
        "title": "Grünflächenpflege, Gehölzschnitt und Baumkontrolle – Arbeitsabläufe Bauhof",
        "department": BH,
        "doc_type": "prozessbeschreibung",
        "author": "Tanja Erdmann",
        "created": "2018-03-05",
        "updated": "2025-02-17",
        "tags": [
            "Grünflächen",
            "Rasenmahd",
            "Heckenschnitt",
            "Baumkontrolle",
            "BNatSchG",
            "Baumkataster",
            "Pflegeklassen",
        ],
    },
    "blocks": [
        ("h1", "Grünflächenpflege, Gehölzschnitt und Baumkontrolle"),
        (
            "p",
            "Bauhof der Stadt Hollerbach, Kolonne Grün (8 Beschäftigte, in der Saison zusätzlich 2 Saisonkräfte). Der Bauhof pflegt rund 62 ha öffentliche Grünflächen, 34 Spielplätze, das Straßenbegleitgrün und etwa 6.800 Straßen- und Parkbäume. Die Friedhöfe pflegt die Friedhofskolonne separat.",
        ),
        ("h2", "1. Pflegeklassen"),
        (
            "table",
            [
                ["Pflegeklasse", "Beispiele", "Rasenmahd", "Sonstiges"],
                [
                    "1 – intensiv",
                    "Rathauspark, Marktplatz, Kurpark",
                    "alle 7–10 Tage (April–Oktober)",
                    "Wechselbepflanzung, Laub wöchentlich",
                ],
                [
                    "2 – normal",
                    "Wohngebietsgrün, Schulhöfe, Spielplätze",
                    "alle 2–3 Wochen",
                    "Strauchschnitt jährlich",
                ],
                [
                    "3 – extensiv",
                    "Straßenbegleitgrün, Regenrückhaltebecken",
                    "2–3 Mal im Jahr",
                    "Sicht- und Lichtraumprofil freihalten",
                ],
                [
                    "4 – naturnah",
                    "Blühwiesen, Streuobstwiese Ostfeld",
                    "1–2 Mal im Jahr, nicht vor 15. Juni",
                    "Mahdgut abräumen (Aushagerung)",
                ],
            ],
        ),
        (
            "p",
            "Die Einstufung der Flächen steht im Grünflächenkataster (GIS, Layer „Pflegeklassen“). Änderungen der Pflegeklasse beschließt der Betriebsausschuss Bauhof und Friedhöfe.",
        ),
        ("h2", "2. Gehölzschnitt und Schutzzeiten"),
        (
            "p",
            "Nach **§ 39 Abs. 5 Nr. 2 BNatSchG** ist es verboten, in der Zeit vom **1. März bis 30. September** Hecken, lebende Zäune, Gebüsche und andere Gehölze abzuschneiden oder auf den Stock zu setzen. Zulässig bleiben schonende Form- und Pflegeschnitte zur Beseitigung des Zuwachses sowie Maßnahmen zur Verkehrssicherung.",
        ),
        (
            "ul",
            [
                "Rückschnitt und „Auf-den-Stock-Setzen“ nur von Oktober bis Februar einplanen.",
                "Vor jedem Schnitt in der Brutzeit Sichtkontrolle auf **besetzte Nester**; bei Fund Arbeit an dieser Stelle einstellen und Vorarbeiterin informieren (Artenschutz, § 44 BNatSchG).",
                "Lichtraumprofil über Fahrbahnen 4,50 m, über Geh- und Radwegen 2,50 m freihalten – das ist Verkehrssicherung und auch im Sommer erlaubt.",
                "Sichtdreiecke an Kreuzungen: Hecken max. 0,80 m hoch.",
            ],
        ),
        ("h2", "3. Baumkontrolle"),
        (
            "p",
            "Die Stadt ist als Eigentümerin verkehrssicherungspflichtig für ihre Bäume. Die Kontrollen erfolgen nach der **FLL-Baumkontrollrichtlinie** (Ausgabe 2020) und werden im Baumkataster dokumentiert.",
        ),
        (
            "ol",
            [
                "Regelkontrolle: je nach Alter, Zustand und Standort alle 1 bis 3 Jahre; Bäume an Spielplätzen, Schulen und Hauptstraßen jährlich, einmal belaubt und einmal unbelaubt.",
                "Kontrolle vom Boden aus (Sichtkontrolle, Klopfprobe), Erfassung auf dem Tablet: Vitalität, Schäden, Maßnahmen, Dringlichkeit.",
                "Bei Verdacht auf innere Schäden (Pilzbefall, Höhlungen): eingehende Untersuchung durch externe Sachverständige beauftragen.",
                "Maßnahmen (Totholz entfernen, Kronenentlastung, Fällung) werden mit Frist im Kataster hinterlegt und abgearbeitet.",
                "Fällungen im Sommerhalbjahr nur bei akuter Gefahr und nach artenschutzrechtlicher Prüfung; bei Höhlenbäumen vorher Abstimmung mit der Unteren Naturschutzbehörde des Kreises Lindenau.",
            ],
        ),
        ("h2", "4. Pflanzenschutz und Wildkraut"),
        (
            "p",
            "Auf befestigten Flächen (Wege, Plätze, Pflaster) ist der Einsatz von Pflanzenschutzmitteln grundsätzlich verboten (§ 12 Abs. 2 PflSchG). Der Bauhof arbeitet ausschließlich mechanisch (Wildkrautbürste) und thermisch (Heißwasser). Glyphosat wird seit dem Ratsbeschluss vom 20.09.2018 auf städtischen Flächen nicht mehr eingesetzt.",
        ),
        ("h2", "5. Jahresplanung"),
        (
            "table",
            [
                ["Zeitraum", "Schwerpunkt"],
                ["Januar–Februar", "Gehölzrückschnitt, Baumpflege, Fällungen, Maschinenwartung"],
                ["März–April", "Frühjahrsputz, Spielsand, Beetvorbereitung, erste Mahd"],
                [
                    "Mai–September",
                    "Mahd nach Pflegeklassen, Bewässerung Jungbäume (bis 3 Jahre nach Pflanzung), Formschnitt Hecken",
                ],
                [
                    "Oktober–November",
                    "Laubbeseitigung, Pflanzungen, Wechselflor, Vorbereitung Winterdienst",
                ],
                ["Dezember", "Winterdienst hat Vorrang, Restarbeiten Gehölzschnitt"],
            ],
        ),
        ("h2", "6. Bürgeranfragen"),
        (
            "p",
            "Typische Anfragen: „Der Baum vor meinem Haus verschattet den Garten“, „Die Hecke wächst über den Gehweg“, „Kann die Wiese nicht öfter gemäht werden?“. Regel: Anfragen über den Mängelmelder oder das Bauhofbüro erfassen; Rückschnitt aus rein ästhetischen Gründen oder wegen Laubfall erfolgt nicht. Hecken auf Privatgrundstücken, die in den Gehweg wachsen, sind Sache der Eigentümer – Hinweis an das Ordnungsamt.",
        ),
        ("h2", "7. Ansprechpersonen"),
        (
            "table",
            [
                ["Aufgabe", "Name", "Durchwahl"],
                ["Vorarbeiterin Kolonne Grün, Baumkontrolle", "Tanja Erdmann", "-518"],
                ["Bauhofbüro, Aufträge", "Ursula Timmer", "-511"],
                ["Bauhofleitung", "Bernd Schulte-Varel", "-510"],
            ],
        ),
    ],
}

SPIELPLATZ = {
    "path": "bauhof/spielplatzkontrolle_checkliste.pdf",
    "meta": {
        "title": "Checkliste Spielplatzkontrolle nach DIN EN 1176 (Routine, operative und Hauptinspektion)",
        "department": BH,
        "doc_type": "checkliste",
        "author": "Sven Rademacher",
        "created": "2019-04-08",
        "updated": "2025-03-31",
        "tags": [
            "Spielplatz",
            "Spielplatzkontrolle",
            "DIN EN 1176",
            "Fallschutz",
            "Inspektion",
            "Spielgerät",
            "Verkehrssicherung",
        ],
    },
    "pdf_header": "Stadt Hollerbach – Bauhof – Spielplatzkontrolle",
    "blocks": [
        ("h1", "Checkliste Spielplatzkontrolle"),
        (
            "p",
            "Die Stadt Hollerbach unterhält **34 öffentliche Spielplätze** mit rund 290 Spielgeräten. Die Kontrollen folgen der DIN EN 1176-7 (Anleitung für Installation, Inspektion, Wartung und Betrieb) und dienen der Verkehrssicherungspflicht. Wer nicht dokumentiert, hat nicht kontrolliert – im Schadensfall zählt nur das Protokoll.",
        ),
        ("h2", "1. Inspektionsarten und Intervalle"),
        (
            "table",
            [
                ["Inspektion", "Intervall in Hollerbach", "Wer", "Dokumentation"],
                [
                    "Visuelle Routine-Inspektion",
                    "wöchentlich; stark frequentierte Plätze (Rathauspark, Am Lindenhof, Schulzentrum) zweimal pro Woche",
                    "Kontrollteam Bauhof",
                    "Spielplatz-App, Kurzprotokoll",
                ],
                [
                    "Operative Inspektion",
                    "monatlich",
                    "Sven Rademacher (befähigte Person)",
                    "Spielplatz-App, Prüfliste je Gerät",
                ],
                [
                    "Jährliche Hauptinspektion",
                    "einmal jährlich, April/Mai",
                    "externer qualifizierter Spielplatzprüfer (DIN SPEC 79161)",
                    "Prüfbericht, Archiv 10 Jahre",
                ],
            ],
        ),
        ("h2", "2. Visuelle Routine-Inspektion – Prüfpunkte"),
        (
            "ul",
            [
                "☐ Verunreinigungen: Glasscherben, Spritzen/Kanülen, Hundekot, Müll",
                "☐ Sandkasten: Fremdkörper, Tierkot; Abdeckung intakt",
                "☐ Offensichtliche Schäden durch Vandalismus (Brandspuren, abgebrochene Teile, Graffiti mit scharfen Kanten)",
                "☐ Fehlende Teile (Sitze, Griffe, Abdeckkappen von Schrauben)",
                "☐ Fallschutz: Sand/Kies gleichmäßig verteilt, keine Mulden unter Schaukeln und Rutschenauslauf",
                "☐ Zäune und Tore: Tore schließen selbsttätig (bei Plätzen an Straßen)",
                "☐ Beschilderung mit Notrufnummer und Meldenummer des Bauhofs vorhanden und lesbar",
            ],
        ),
        ("h2", "3. Operative Inspektion – zusätzliche Prüfpunkte"),
        (
            "ul",
            [
                "☐ Verschleiß an beweglichen Teilen: Schaukelketten, Lager, Seilverbindungen (Ketten bei mehr als 40 % Materialabtrag austauschen)",
                "☐ Standsicherheit der Geräte, Fundamente freigelegt?",
                "☐ Holzteile: Fäulnis im Erdbereich (Stichprobe mit Messer/Ahle), Splitter, Risse",
                "☐ Fangstellen für Kopf, Hals, Finger mit Prüfkörpern kontrollieren (besonders nach Reparaturen)",
                "☐ Fallschutzhöhe: Sand/Kies mindestens 30 cm (20 cm Schichtdicke + 10 cm Auflockerungszuschlag) nach DIN EN 1177",
                "☐ Schrauben und Verbindungsmittel fest, Schraubenenden abgedeckt",
                "☐ Oberflächen: keine scharfen Kanten, hervorstehenden Nägel",
            ],
        ),
        ("h2", "4. Umgang mit Mängeln"),
        (
            "table",
            [
                ["Mangelklasse", "Beispiel", "Sofortmaßnahme", "Frist Beseitigung"],
                [
                    "1 – Gefahr",
                    "gebrochene Schaukelkette, Fundament locker, Spritzen im Sand",
                    "Gerät sofort sperren (Absperrband, Schild „Gerät gesperrt“), Spritzen mit Zange in Kanülenabwurfbehälter",
                    "sofort / Gerät bleibt gesperrt bis Reparatur",
                ],
                [
                    "2 – erheblich",
                    "lockere Bretter, fehlende Abdeckkappen, Fallschutz zu dünn",
                    "Meldung an Bauhofbüro über App",
                    "innerhalb 1 Woche",
                ],
                [
                    "3 – gering",
                    "Farbabplatzungen, leichte Verschmutzung",
                    "in Protokoll aufnehmen",
                    "nächste Wartungsrunde",
                ],
            ],
        ),
        (
            "p",
            "Kann ein Gerät nicht repariert werden, wird es abgebaut. Über Ersatzbeschaffungen entscheidet die Bauhofleitung im Rahmen des Haushaltsansatzes (2026: 85.000 €); größere Erneuerungen gehen über den Betriebsausschuss.",
        ),
        ("h2", "5. Arbeitsschutz bei der Kontrolle"),
        (
            "ul",
            [
                "Schnittschutzhandschuhe und Greifzange mitführen, Kanülen nie mit der Hand aufheben.",
                "Bei Nadelstichverletzung: Wunde bluten lassen, desinfizieren, sofort Durchgangsarzt aufsuchen und Unfallanzeige an das Personalamt (§ 193 SGB VII).",
                "Allein arbeitende Kontrolleure melden sich bei Beginn und Ende der Tour beim Bauhofbüro.",
            ],
        ),
        ("h2", "6. Dokumentation"),
        (
            "p",
            "Alle Kontrollen werden in der **Spielplatz-App** auf dem Tablet erfasst (Datum, Uhrzeit, Kontrolleur, Gerät, Befund, Foto). Fällt die App aus, Papierformular „Kontrollprotokoll Spielplatz“ nutzen und innerhalb von zwei Arbeitstagen nacherfassen. Prüfberichte der Hauptinspektion werden **zehn Jahre** aufbewahrt.",
        ),
        ("h2", "7. Ansprechpersonen"),
        (
            "table",
            [
                ["Funktion", "Name", "Durchwahl"],
                ["Spielplatzkontrolle, befähigte Person", "Sven Rademacher", "-517"],
                ["Bauhofbüro (Mängelmeldungen)", "Ursula Timmer", "-511"],
                ["Bauhofleitung", "Bernd Schulte-Varel", "-510"],
            ],
        ),
    ],
}

FAHRZEUGPOOL = {
    "path": "bauhof/fahrzeugpool_werkstatt.html",
    "meta": {
        "title": "Fahrzeugpool und Bauhofwerkstatt – Buchung, Fahrtenbuch, UVV-Prüfung, Schadensmeldung",
        "department": BH,
        "doc_type": "dienstanweisung",
        "author": "Heinz Kuhlmann",
        "created": "2020-05-11",
        "updated": "2025-06-02",
        "tags": [
            "Fahrzeugpool",
            "Dienstwagen",
            "Werkstatt",
            "UVV-Prüfung",
            "DGUV Vorschrift 70",
            "Fahrtenbuch",
            "Führerscheinkontrolle",
            "E-Auto",
        ],
    },
    "breadcrumb": ["Fachbereiche", "Bauhof", "Fahrzeugpool und Werkstatt"],
    "blocks": [
        ("h1", "Fahrzeugpool und Bauhofwerkstatt"),
        (
            "p",
            "Die Stadt Hollerbach verfügt über einen **Fahrzeugpool** für Dienstfahrten der Verwaltung und über den Fuhrpark des Bauhofs (Lkw, Unimogs, Kleintransporter, Aufsitzmäher). Die Bauhofwerkstatt wartet alle Fahrzeuge und Maschinen. Diese Dienstanweisung gilt für alle, die ein städtisches Fahrzeug führen.",
        ),
        ("h2", "Poolfahrzeuge (Rathaus)"),
        (
            "table",
            [
                ["Fahrzeug", "Kennzeichen", "Standort", "Besonderheit"],
                [
                    "VW ID.3 (Elektro)",
                    "LI-HB 201E",
                    "Rathaushof, Ladesäule 1",
                    "Reichweite ca. 350 km",
                ],
                [
                    "VW ID.3 (Elektro)",
                    "LI-HB 202E",
                    "Rathaushof, Ladesäule 2",
                    "Reichweite ca. 350 km",
                ],
                ["Renault Zoe (Elektro)", "LI-HB 203E", "Rathaushof", "für Kurzstrecken"],
                [
                    "VW Caddy (Diesel)",
                    "LI-HB 210",
                    "Bauhof",
                    "Transport von Material, Anhängerkupplung",
                ],
            ],
        ),
        ("h2", "Buchung und Schlüssel"),
        (
            "ol",
            [
                "Fahrzeug in Outlook als Ressource buchen („Pool-ID3-201“ usw.) – mit Zweck und Ziel im Betreff.",
                "Schlüssel und Ladekarte an der Pforte des Rathauses gegen Unterschrift abholen (Caddy: Bauhofbüro).",
                "Vor Fahrtantritt Sichtprüfung (Reifen, Beleuchtung, Schäden). Vorhandene Schäden im Fahrtenbuch vermerken, sonst gelten sie als während Ihrer Fahrt entstanden.",
                "**Fahrtenbuch** vollständig führen: Datum, Fahrer/in, Ziel, Zweck, km-Stand Beginn/Ende.",
                "E-Autos nach Rückkehr wieder an die Ladesäule anschließen; bei weniger als 30 % Akku Hinweis an die Pforte.",
            ],
        ),
        ("h2", "Voraussetzungen für Fahrerinnen und Fahrer"),
        (
            "ul",
            [
                "**Führerscheinkontrolle:** Halbjährlich legen alle Berechtigten ihren Führerschein bei der Fahrzeugverwaltung vor (Halterpflicht, § 21 StVG). Neue Beschäftigte vor der ersten Fahrt.",
                "**Unterweisung:** jährliche Unterweisung nach § 35 DGUV Vorschrift 70 (E-Learning im Personalportal, ca. 20 Minuten).",
                "Bauhof-Großgeräte (Lkw über 7,5 t, Unimog mit Anbaugeräten) nur mit Einweisung durch die Werkstatt und passender Führerscheinklasse (C/CE).",
                "Private Nutzung und Mitnahme nicht dienstlich beteiligter Personen sind verboten.",
            ],
        ),
        ("h2", "Werkstatt und Prüfungen"),
        (
            "table",
            [
                ["Prüfung", "Intervall", "Durchführung"],
                [
                    "UVV-Prüfung (DGUV Vorschrift 70, § 57)",
                    "jährlich",
                    "Bauhofwerkstatt (befähigte Person)",
                ],
                [
                    "Hauptuntersuchung (§ 29 StVZO)",
                    "Pkw 2 Jahre, Lkw über 7,5 t jährlich",
                    "Prüforganisation auf dem Bauhof-Gelände",
                ],
                [
                    "Prüfung Streuautomaten und Schneepflüge",
                    "jährlich vor dem Winterdienst (Oktober)",
                    "Werkstatt mit Herstellerservice",
                ],
                ["Reifenwechsel", "Oktober und April", "Werkstatt, Termin über Bauhofbüro"],
                ["Prüfung Kleingeräte (Motorsägen, Freischneider)", "jährlich", "Werkstatt"],
            ],
        ),
        (
            "p",
            "Werkstattaufträge bitte über das Formular „Werkstattauftrag“ (Intranet) oder telefonisch. **Priorität** von November bis März haben Winterdienstfahrzeuge; Poolfahrzeuge der Verwaltung werden dann ggf. bei der Vertragswerkstatt Autohaus Brenner repariert.",
        ),
        ("h2", "Unfall oder Schaden"),
        (
            "ol",
            [
                "Unfallstelle sichern, bei Personenschaden Notruf 112.",
                "Polizei hinzuziehen bei Fremdbeteiligung – immer, auch bei Bagatellschäden.",
                "Europäischen Unfallbericht aus dem Handschuhfach ausfüllen, Fotos machen, keine Schuld anerkennen.",
                "Am selben Tag Meldung an die Werkstatt (-515) und Schadensmeldung an die Kämmerei (Versicherung).",
                "Eigene Verletzung: Unfallanzeige an das Personalamt.",
            ],
        ),
        (
            "p",
            "Tankkarten: Für Dieselfahrzeuge liegt eine Tankkarte im Fahrzeug. Tankbelege mit km-Stand ins Fahrtenbuch legen. Verlust der Karte sofort der Werkstatt melden.",
        ),
        ("h2", "Kontakt"),
        (
            "table",
            [
                ["Aufgabe", "Name", "Durchwahl"],
                ["Werkstattmeister, Fahrzeugverwaltung, UVV", "Heinz Kuhlmann", "-515"],
                ["Bauhofbüro, Buchung Caddy", "Ursula Timmer", "-511"],
                ["Pforte Rathaus (Schlüssel Poolfahrzeuge)", "Pforte", "-000"],
            ],
        ),
    ],
}

_GEB_HEADER = ["Nr.", "Leistung", "Gebühr"]

GEBUEHREN_2024 = {
    "path": "friedhof/friedhofsgebuehrensatzung_auszug_2024.docx",
    "meta": {
        "title": "Friedhofsgebührensatzung der Stadt Hollerbach – Auszug mit Gebührentarif (gültig ab 01.01.2024)",
        "department": FH,
        "doc_type": "satzung_auszug",
        "author": "Renate Böckmann",
        "created": "2023-12-20",
        "updated": "2024-01-02",
        "tags": [
            "Friedhofsgebührensatzung",
            "Gebühren",
            "Grabnutzung",
            "Bestattungsgebühr",
            "KAG NRW",
            "Gebührentarif",
            "Satzung",
        ],
    },
    "blocks": [
        (
            "h1",
            "Satzung über die Erhebung von Gebühren für das Friedhofs- und Bestattungswesen der Stadt Hollerbach (Friedhofsgebührensatzung)",
        ),
        (
            "p",
            "vom 14.12.2023 – **Auszug für den Dienstgebrauch** der Friedhofsverwaltung. Aufgrund der §§ 7 und 41 GO NRW sowie der §§ 4 und 6 des Kommunalabgabengesetzes für das Land Nordrhein-Westfalen (KAG NRW) hat der Rat der Stadt Hollerbach in seiner Sitzung am 14.12.2023 folgende Satzung beschlossen. Die Satzung tritt am **01.01.2024** in Kraft; gleichzeitig tritt die Friedhofsgebührensatzung vom 13.12.2018 außer Kraft.",
        ),
        ("h2", "§ 1 Gebührenpflicht"),
        (
            "p",
            "Für die Benutzung der städtischen Friedhöfe und ihrer Einrichtungen sowie für damit zusammenhängende Amtshandlungen werden Gebühren nach dem anliegenden Gebührentarif erhoben.",
        ),
        ("h2", "§ 2 Gebührenschuldner"),
        (
            "p",
            "Gebührenschuldner ist, wer die Leistung beantragt oder in wessen Interesse sie erbracht wird, bei Nutzungsrechten die/der Nutzungsberechtigte. Mehrere Schuldner haften als Gesamtschuldner. Die Bestattungspflichtigen nach § 8 BestG NRW haften neben der antragstellenden Person.",
        ),
        ("h2", "§ 3 Entstehung und Fälligkeit"),
        (
            "p",
            "Die Gebührenschuld entsteht mit der Inanspruchnahme der Leistung bzw. mit der Verleihung des Nutzungsrechts. Die Gebühren werden durch Bescheid festgesetzt und sind **einen Monat nach Bekanntgabe** des Bescheides fällig. Gegen den Bescheid kann innerhalb eines Monats Klage beim Verwaltungsgericht erhoben werden; ein Widerspruchsverfahren findet nicht statt (§ 110 JustG NRW).",
        ),
        ("h2", "Gebührentarif (Anlage zur Satzung)"),
        ("h3", "A. Nutzungsrechte an Grabstätten"),
        (
            "table",
            [
                _GEB_HEADER,
                ["A 1", "Reihengrab für Erwachsene (25 Jahre)", "1.480,00 €"],
                ["A 2", "Wahlgrab je Grabstelle (30 Jahre)", "2.160,00 €"],
                ["A 3", "Verlängerung Wahlgrab je Grabstelle und Jahr", "72,00 €"],
                ["A 4", "Urnenreihengrab (20 Jahre)", "780,00 €"],
                ["A 5", "Urnenwahlgrab (25 Jahre)", "1.250,00 €"],
                ["A 6", "Verlängerung Urnenwahlgrab je Jahr", "50,00 €"],
                ["A 7", "Rasengrab einschl. Pflege (25 Jahre)", "2.390,00 €"],
                ["A 8", "Urnenrasengrab einschl. Pflege (20 Jahre)", "1.320,00 €"],
                ["A 9", "Baumgrab (Urne) im Urnenhain Waldfriedhof (20 Jahre)", "1.450,00 €"],
                [
                    "A 10",
                    "Kindergrab (Kinder bis zum vollendeten 5. Lebensjahr, Sternenkinder)",
                    "gebührenfrei",
                ],
            ],
        ),
        ("h3", "B. Bestattungsgebühren"),
        (
            "table",
            [
                _GEB_HEADER,
                ["B 1", "Erdbestattung Erwachsene (Öffnen und Schließen des Grabes)", "890,00 €"],
                ["B 2", "Erdbestattung Kinder bis 5 Jahre", "210,00 €"],
                ["B 3", "Urnenbeisetzung", "290,00 €"],
                ["B 4", "Zuschlag für Beisetzungen an Samstagen", "250,00 €"],
                ["B 5", "Benutzung der Trauerhalle Waldfriedhof je Trauerfeier", "320,00 €"],
                ["B 6", "Benutzung der Kühlzelle je angefangenen Tag", "35,00 €"],
            ],
        ),
        ("h3", "C. Verwaltungsgebühren und sonstige Leistungen"),
        (
            "table",
            [
                _GEB_HEADER,
                ["C 1", "Umschreibung eines Nutzungsrechts", "45,00 €"],
                ["C 2", "Genehmigung eines Grabmals", "65,00 €"],
                ["C 3", "Genehmigung einer Grabeinfassung oder Grababdeckung", "35,00 €"],
                [
                    "C 4",
                    "Umbettung einer Leiche (Ausgrabung und Wiederbestattung auf städtischem Friedhof)",
                    "1.350,00 €",
                ],
                ["C 5", "Umbettung einer Urne", "310,00 €"],
                ["C 6", "Zweitschrift Graburkunde", "15,00 €"],
                [
                    "C 7",
                    "Abräumen einer Grabstätte nach Ablauf des Nutzungsrechts (Ersatzvornahme), je Grabstelle",
                    "380,00 €",
                ],
            ],
        ),
        ("h2", "Hinweise der Verwaltung (nicht Bestandteil der Satzung)"),
        (
            "ul",
            [
                "Die Gebühren wurden auf Grundlage der Gebührenbedarfsberechnung 2024–2026 kalkuliert (Kostendeckungsgrad 92 %, Grünflächenanteil 15 % herausgerechnet).",
                "Neu gegenüber 2019: Baumgräber (A 9), Gebührenfreiheit für Kindergräber (A 10), Zuschlag Samstag erhöht.",
                "Gebührenbescheide werden über die KDO-Kasse erstellt; Stundung oder Ratenzahlung nur über die Stadtkasse.",
                "Rückfragen: Renate Böckmann, Durchwahl -410; Oliver Janßen, Durchwahl -411.",
            ],
        ),
    ],
}

GEBUEHREN_2019 = {
    "path": "friedhof/friedhofsgebuehrensatzung_auszug_2019_alt.docx",
    "meta": {
        "title": "Friedhofsgebührensatzung der Stadt Hollerbach – Auszug mit Gebührentarif (gültig ab 01.01.2019)",
        "department": FH,
        "doc_type": "satzung_auszug",
        "author": "Wilfried Stroetmann",
        "created": "2018-12-17",
        "updated": "2019-01-03",
        "tags": [
            "Friedhofsgebührensatzung",
            "Gebühren",
            "Grabnutzung",
            "Bestattungsgebühr",
            "KAG NRW",
            "Gebührentarif",
        ],
    },
    "blocks": [
        (
            "h1",
            "Satzung über die Erhebung von Gebühren für das Friedhofs- und Bestattungswesen der Stadt Hollerbach (Friedhofsgebührensatzung)",
        ),
        (
            "p",
            "vom 13.12.2018 – Auszug für den Dienstgebrauch. Aufgrund der §§ 7 und 41 GO NRW und der §§ 4 und 6 KAG NRW hat der Rat der Stadt Hollerbach in seiner Sitzung am 13.12.2018 folgende Satzung beschlossen. Die Satzung tritt am **01.01.2019** in Kraft.",
        ),
        ("h2", "§ 1 Gebührenpflicht"),
        (
            "p",
            "Für die Benutzung der städtischen Friedhöfe und ihrer Einrichtungen werden Gebühren nach dem anliegenden Gebührentarif erhoben.",
        ),
        ("h2", "§ 2 Gebührenschuldner"),
        (
            "p",
            "Gebührenschuldner ist, wer die Leistung beantragt, bei Nutzungsrechten die/der Nutzungsberechtigte. Mehrere Schuldner haften als Gesamtschuldner.",
        ),
        ("h2", "§ 3 Entstehung und Fälligkeit"),
        (
            "p",
            "Die Gebühren werden durch Bescheid festgesetzt und sind **zwei Wochen nach Bekanntgabe** fällig.",
        ),
        ("h2", "Gebührentarif"),
        ("h3", "A. Nutzungsrechte an Grabstätten"),
        (
            "table",
            [
                _GEB_HEADER,
                ["A 1", "Reihengrab für Erwachsene (25 Jahre)", "1.190,00 €"],
                ["A 2", "Wahlgrab je Grabstelle (30 Jahre)", "1.740,00 €"],
                ["A 3", "Verlängerung Wahlgrab je Grabstelle und Jahr", "58,00 €"],
                ["A 4", "Urnenreihengrab (20 Jahre)", "620,00 €"],
                ["A 5", "Urnenwahlgrab (25 Jahre)", "980,00 €"],
                ["A 6", "Verlängerung Urnenwahlgrab je Jahr", "39,20 €"],
                ["A 7", "Rasengrab einschl. Pflege (25 Jahre)", "1.850,00 €"],
                ["A 8", "Urnenrasengrab einschl. Pflege (20 Jahre)", "1.040,00 €"],
                ["A 9", "Kindergrab (bis zum vollendeten 5. Lebensjahr, 15 Jahre)", "390,00 €"],
            ],
        ),
        ("h3", "B. Bestattungsgebühren"),
        (
            "table",
            [
                _GEB_HEADER,
                ["B 1", "Erdbestattung Erwachsene", "720,00 €"],
                ["B 2", "Erdbestattung Kinder bis 5 Jahre", "180,00 €"],
                ["B 3", "Urnenbeisetzung", "230,00 €"],
                ["B 4", "Zuschlag Samstag", "180,00 €"],
                ["B 5", "Benutzung der Trauerhalle", "260,00 €"],
                ["B 6", "Benutzung der Kühlzelle je Tag", "25,00 €"],
            ],
        ),
        ("h3", "C. Verwaltungsgebühren"),
        (
            "table",
            [
                _GEB_HEADER,
                ["C 1", "Umschreibung eines Nutzungsrechts", "30,00 €"],
                ["C 2", "Genehmigung eines Grabmals", "50,00 €"],
                ["C 3", "Genehmigung einer Grabeinfassung", "25,00 €"],
                ["C 4", "Umbettung einer Leiche", "1.100,00 €"],
                ["C 5", "Umbettung einer Urne", "250,00 €"],
            ],
        ),
        ("h2", "Hinweise"),
        (
            "ul",
            [
                "Baumbestattungen werden auf den städtischen Friedhöfen derzeit nicht angeboten.",
                "Gebührenbescheide werden in der Friedhofsverwaltung manuell erstellt und an die Stadtkasse weitergeleitet.",
                "Rückfragen: Friedhofsverwaltung, Herr Wilfried Stroetmann, Durchwahl -410.",
            ],
        ),
    ],
}

UMBETTUNG = {
    "path": "friedhof/umbettung_merkblatt.pdf",
    "meta": {
        "title": "Merkblatt Umbettung von Verstorbenen und Urnen",
        "department": FH,
        "doc_type": "merkblatt",
        "author": "Renate Böckmann",
        "created": "2020-06-15",
        "updated": "2024-11-11",
        "tags": [
            "Umbettung",
            "Exhumierung",
            "Ausgrabung",
            "Urne",
            "Ruhezeit",
            "Gesundheitsamt",
            "Friedhofssatzung",
        ],
    },
    "pdf_header": "Stadt Hollerbach – Friedhofsverwaltung – Merkblatt Umbettung",
    "blocks": [
        ("h1", "Merkblatt Umbettung"),
        (
            "p",
            "Eine **Umbettung** ist die Ausgrabung (Exhumierung) einer bestatteten Leiche oder die Entnahme einer Urne und die Wiederbeisetzung in einer anderen Grabstätte – auf demselben oder einem anderen Friedhof. Die Totenruhe ist ein hohes Rechtsgut; Umbettungen sind deshalb nur ausnahmsweise zulässig. Rechtsgrundlagen: § 23 Friedhofssatzung der Stadt Hollerbach, BestG NRW, Friedhofsgebührensatzung (Tarifstellen C 4 und C 5).",
        ),
        ("h2", "1. Wann ist eine Umbettung möglich?"),
        (
            "ul",
            [
                "Umbettungen bedürfen immer der **vorherigen schriftlichen Genehmigung** der Friedhofsverwaltung.",
                "Während der Ruhezeit nur aus einem **wichtigen Grund**, z. B. Zusammenführung von Ehepartnern in einem gemeinsamen Grab, Umzug der Angehörigen in eine weit entfernte Stadt, Fehlbelegung.",
                "Im **ersten Jahr** der Ruhezeit werden Leichen nur bei dringendem öffentlichen Interesse oder auf richterliche Anordnung umgebettet.",
                "Nach Ablauf der Ruhezeit ist eine Umbettung nur in eine andere Grabstätte auf einem städtischen Friedhof möglich.",
                "Urnen können grundsätzlich jederzeit umgebettet werden, wenn die Urne noch entnommen werden kann (keine zersetzte biologisch abbaubare Urne).",
            ],
        ),
        ("h2", "2. Wer kann die Umbettung beantragen?"),
        (
            "p",
            "Antragsberechtigt ist die/der **Nutzungsberechtigte** der bisherigen Grabstätte. Wird in ein Grab mit einer anderen nutzungsberechtigten Person umgebettet, muss auch diese zustimmen. Die Zustimmung der nächsten Angehörigen (Ehegatte, Kinder) ist beizufügen; bei Streit unter Angehörigen entscheidet nicht die Friedhofsverwaltung, sondern ggf. das Zivilgericht.",
        ),
        ("h2", "3. Ablauf"),
        (
            "ol",
            [
                "**Schriftlicher Antrag** an die Friedhofsverwaltung mit Begründung, Angabe der bisherigen und der neuen Grabstätte und Zustimmungserklärungen.",
                "Bei Umbettung auf einen **anderen Friedhof**: Aufnahmebestätigung des anderen Friedhofsträgers.",
                "Bei Leichen (Erdbestattung) holt die Friedhofsverwaltung die **Stellungnahme des Gesundheitsamts des Kreises Lindenau** ein. Bearbeitungszeit dort ca. 2–3 Wochen.",
                "Genehmigungsbescheid mit Auflagen und Gebührenbescheid; Gebühr ist vor der Umbettung zu zahlen.",
                "Durchführung durch ein von der Friedhofsverwaltung zugelassenes Bestattungsunternehmen in Abstimmung mit dem Friedhofswärter, in der Regel **früh morgens vor Öffnung** des Friedhofs. Angehörige können bei der Ausgrabung nicht anwesend sein.",
                "Wiederbeisetzung; Eintrag im Friedhofsverzeichnis bei beiden Grabstätten.",
            ],
        ),
        ("h2", "4. Zeitliche Beschränkungen"),
        (
            "p",
            "Ausgrabungen von Leichen finden nicht in den Monaten **Mai bis September** statt (Witterung, Hygiene). Urnenumbettungen sind ganzjährig möglich, nicht jedoch bei Bodenfrost.",
        ),
        ("h2", "5. Kosten"),
        (
            "table",
            [
                ["Leistung", "Gebühr (Tarif ab 01.01.2024)"],
                ["Umbettung einer Leiche auf städtischem Friedhof (C 4)", "1.350,00 €"],
                ["Umbettung einer Urne (C 5)", "310,00 €"],
                ["Nutzungsrecht an der neuen Grabstätte", "nach Tarifstelle A"],
                [
                    "Kosten des Bestattungsunternehmens (neuer Sarg, Überführung)",
                    "nach Rechnung des Unternehmens",
                ],
            ],
        ),
        (
            "p",
            "Die antragstellende Person trägt außerdem Schäden, die an benachbarten Grabstätten oder Anlagen durch die Umbettung entstehen. Grabmal und Bepflanzung der alten Grabstätte müssen vorher auf eigene Kosten entfernt werden.",
        ),
        ("h2", "6. Auswirkungen auf Ruhezeit und Nutzungsrecht"),
        (
            "p",
            "Durch die Umbettung beginnt die Ruhezeit **nicht neu**; sie läuft weiter. Das Nutzungsrecht an der bisherigen Grabstätte erlischt mit der Umbettung, wenn dort keine weiteren Verstorbenen beigesetzt sind; eine Erstattung von Gebühren erfolgt nicht. Das Nutzungsrecht an der neuen Grabstätte muss mindestens die verbleibende Ruhezeit abdecken.",
        ),
        ("h2", "7. Umbettung auf behördliche Anordnung"),
        (
            "p",
            "Ausgrabungen auf Anordnung der Staatsanwaltschaft oder eines Gerichts (z. B. Obduktion) sind keine Umbettungen im Sinne dieses Merkblatts. Sie werden von der Friedhofsverwaltung unterstützt; Kosten trägt die anordnende Stelle.",
        ),
        ("h2", "8. Kontakt"),
        (
            "p",
            "Friedhofsverwaltung, Renate Böckmann (-410), Oliver Janßen (-411), friedhof@hollerbach.de. Friedhofswärter Waldfriedhof: Karl Heitmann (-412).",
        ),
    ],
}

GRABMAL = {
    "path": "friedhof/grabmalgenehmigung.html",
    "meta": {
        "title": "Antrag auf Grabmalgenehmigung – Ausfüllhilfe und Prüfablauf",
        "department": FH,
        "doc_type": "formularhilfe",
        "author": "Oliver Janßen",
        "created": "2021-09-06",
        "updated": "2025-05-05",
        "tags": [
            "Grabmal",
            "Grabstein",
            "Grabmalgenehmigung",
            "Steinmetz",
            "Standsicherheit",
            "TA Grabmal",
            "Kinderarbeit",
        ],
    },
    "breadcrumb": ["Fachbereiche", "Friedhofsverwaltung", "Grabmalgenehmigung"],
    "blocks": [
        ("h1", "Grabmalgenehmigung: Ausfüllhilfe und Prüfablauf"),
        (
            "p",
            "Grabmale, Einfassungen und Grababdeckungen dürfen auf den städtischen Friedhöfen nur mit **vorheriger Genehmigung** der Friedhofsverwaltung errichtet oder verändert werden (§ 26 Friedhofssatzung). In der Praxis stellt fast immer der Steinmetzbetrieb den Antrag im Auftrag der Nutzungsberechtigten. Diese Seite erklärt Sachbearbeitung und Vertretung, worauf bei der Prüfung zu achten ist.",
        ),
        ("h2", "Die Felder im Antragsformular"),
        (
            "table",
            [
                ["Feld", "Inhalt", "Prüfhinweis"],
                [
                    "Grabstätte",
                    "Friedhof, Feld-Reihe-Nummer (z. B. W-12-07)",
                    "Nutzungsrecht noch mindestens 5 Jahre gültig?",
                ],
                [
                    "Nutzungsberechtigte/r",
                    "Name, Anschrift, Unterschrift",
                    "Unterschrift der/des eingetragenen Berechtigten, nicht nur Steinmetz",
                ],
                [
                    "Art der Anlage",
                    "stehendes Grabmal, liegende Platte, Einfassung, Abdeckung",
                    "Abdeckung max. 50 % der Grabfläche (Ausnahme Urnengräber)",
                ],
                [
                    "Maße",
                    "Höhe, Breite, Stärke",
                    "Gestaltungsvorschriften je Grabfeld (Waldfriedhof Feld W: max. 1,20 m Höhe)",
                ],
                [
                    "Material und Bearbeitung",
                    "Gesteinsart, Herkunftsland, Oberfläche",
                    "keine Kunststoffe, keine polierten schwarzen Steine in Feld B (Baumgräber)",
                ],
                [
                    "Inschrift",
                    "Text, Schriftart, Symbole",
                    "nur Name, Daten, kurze Sinnsprüche; keine Werbung",
                ],
                ["Befestigung", "Fundament, Dübel, Verankerung", "Nachweis nach TA Grabmal"],
            ],
        ),
        ("h2", "Erforderliche Anlagen"),
        (
            "ul",
            [
                "Zeichnung im Maßstab **1:10** mit Vorder-, Seitenansicht und Grundriss, Angabe der Fundamentierung",
                "**Standsicherheitsnachweis** bzw. Bemessung nach der Technischen Anleitung zur Standsicherheit von Grabmalanlagen (TA Grabmal der Deutschen Naturstein-Akademie, DENAK)",
                "Bei Natursteinen aus bestimmten Herkunftsländern: **Nachweis nach § 4a BestG NRW**, dass die Steine ohne schlimmste Formen der Kinderarbeit hergestellt wurden (Zertifikat einer anerkannten Zertifizierungsstelle, z. B. Xertifix, Fair Stone). Ohne Nachweis keine Genehmigung.",
                "Vollmacht der/des Nutzungsberechtigten, wenn der Steinmetz unterschreibt",
            ],
        ),
        ("h2", "Prüfablauf in der Friedhofsverwaltung"),
        (
            "ol",
            [
                "Eingang erfassen (Friedhofssoftware, Vorgang „Grabmal“), Vollständigkeit prüfen; fehlende Unterlagen beim Steinmetz anfordern.",
                "Nutzungsrecht und Gestaltungsvorschriften des Grabfelds prüfen.",
                "Prüfung des Herkunftsnachweises nach § 4a BestG NRW.",
                "Genehmigung erteilen (Bescheid mit Auflagen) und Gebühr festsetzen: Grabmal 65 €, Einfassung/Abdeckung 35 € (Friedhofsgebührensatzung 2024, C 2/C 3).",
                "Bearbeitungszeit: **2 bis 3 Wochen** ab Vollständigkeit.",
            ],
        ),
        ("h2", "Aufstellung und Abnahme"),
        (
            "ul",
            [
                "Stehende Grabmale auf Erdgräbern frühestens **sechs Monate nach der Bestattung** (Setzung des Bodens). Bei Urnengräbern keine Wartezeit.",
                "Der Steinmetz meldet die Aufstellung mindestens zwei Arbeitstage vorher beim Friedhofswärter an.",
                "Nach Aufstellung: Abnahmeprüfung mit Prüfgerät durch den Friedhofswärter; Abnahmebescheinigung des Steinmetzbetriebs zur Akte.",
                "Ohne Genehmigung errichtete Grabmale: Aufforderung zur Beseitigung mit Frist, danach Ersatzvornahme.",
            ],
        ),
        ("h2", "Jährliche Standsicherheitsprüfung"),
        (
            "p",
            "Nach der Frostperiode (April/Mai) prüft die Friedhofsverwaltung jährlich alle Grabmale mit einem kalibrierten Prüfgerät (Prüflast je nach Grabmalhöhe 300 bzw. 500 N). Lockere Grabmale werden sofort umgelegt oder abgesperrt, die Nutzungsberechtigten erhalten eine Aufforderung zur Befestigung innerhalb von vier Wochen. Verantwortlich für die Standsicherheit sind die Nutzungsberechtigten.",
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Oliver Janßen, Durchwahl -411 (Grabmalanträge); Karl Heitmann, Friedhofswärter, Durchwahl -412 (Anmeldung Aufstellung, Abnahme); friedhof@hollerbach.de.",
        ),
    ],
}

VPN = {
    "path": "it/vpn_homeoffice_dienstanweisung.docx",
    "meta": {
        "title": "Dienstanweisung VPN-Zugang und IT-Sicherheit bei mobiler Arbeit (Homeoffice)",
        "department": IT,
        "doc_type": "dienstanweisung",
        "author": "Timo Lange",
        "created": "2020-03-23",
        "updated": "2025-08-11",
        "tags": [
            "VPN",
            "Homeoffice",
            "mobiles Arbeiten",
            "Fernzugriff",
            "Zwei-Faktor",
            "FortiClient",
            "IT-Sicherheit",
        ],
    },
    "blocks": [
        ("h1", "Dienstanweisung VPN-Zugang und IT-Sicherheit bei mobiler Arbeit"),
        (
            "p",
            "Stadt Hollerbach, IT, in Kraft seit 01.09.2025 (ersetzt die Übergangsregelung „Homeoffice Corona“ vom 23.03.2020). Grundlage sind die Dienstvereinbarung über mobiles Arbeiten vom 01.06.2022, Art. 32 DSGVO, die IT-Sicherheitsleitlinie der Stadt und der BSI IT-Grundschutz (Baustein OPS.1.2.4 Telearbeit).",
        ),
        ("h2", "1. Voraussetzungen"),
        (
            "ul",
            [
                "Genehmigter Antrag auf mobiles Arbeiten (Personalamt, Formular „Vereinbarung mobiles Arbeiten“).",
                "**Dienstliches Notebook** der Stadt. Private Geräte dürfen nicht mit dem städtischen Netz verbunden werden – auch nicht über Webmail mit Dateidownload.",
                "Einrichtung des VPN-Clients (FortiClient) und der Zwei-Faktor-Authentifizierung durch die IT. Termin über die IT-Hotline -600, Dauer ca. 15 Minuten.",
                "Internetanschluss zu Hause mit mindestens 16 Mbit/s; WLAN mit WPA2 oder WPA3 verschlüsselt.",
            ],
        ),
        ("h2", "2. VPN-Verbindung herstellen"),
        (
            "ol",
            [
                "Notebook starten und mit dem heimischen Netz verbinden.",
                "Mit dem Windows-Konto anmelden (funktioniert dank zwischengespeicherter Anmeldung auch ohne Verbindung).",
                "FortiClient öffnen, Verbindung „Hollerbach-VPN“ wählen, Benutzername und Windows-Kennwort eingeben.",
                "Den sechsstelligen Code aus der Authenticator-App auf dem Diensthandy eingeben (Beschäftigte ohne Diensthandy erhalten einen Hardware-Token).",
                "Nach erfolgreicher Verbindung sind Laufwerke, Intranet und Fachverfahren verfügbar. Telefonie über den Softphone-Client (siehe Merkblatt Telefonanlage).",
            ],
        ),
        ("h2", "3. Was geht im Homeoffice – und was nicht?"),
        (
            "table",
            [
                ["Anwendung", "mobil nutzbar?", "Hinweis"],
                ["E-Mail, Laufwerke, Intranet, Personalportal", "ja", "–"],
                [
                    "OK.EWO, VOIS",
                    "ja, lesend und bearbeitend",
                    "kein Druck von Urkunden/Bescheinigungen",
                ],
                [
                    "KDO-Kasse",
                    "ja, aber keine Zahlungsfreigaben",
                    "Zahlungsläufe und Freigaben nur im Rathaus (Vier-Augen-Prinzip Kasse)",
                ],
                ["PROSOZ", "ja", "Sozialdaten: Bildschirm vor Mitbewohnern schützen"],
                ["SessionNet", "ja", "auch ohne VPN über Internet (Anmeldung)"],
                ["Drucken", "nein", "kein Ausdruck personenbezogener Daten zu Hause"],
            ],
        ),
        ("h2", "4. Sicherheitsregeln"),
        (
            "ul",
            [
                "Bildschirm beim Verlassen sperren (Windows-Taste + L), auch zu Hause.",
                "Öffentliche WLANs (Bahn, Café) nur mit aktivem VPN; besser den Hotspot des Diensthandys nutzen.",
                "Keine dienstlichen Daten auf private USB-Sticks, private Cloud-Dienste oder private E-Mail-Konten.",
                "Papierakten nur in Ausnahmefällen mitnehmen (Genehmigung der Führungskraft), verschlossen transportieren, nicht im Auto lassen.",
                "Telefonate mit personenbezogenen Inhalten so führen, dass Dritte nicht mithören können; smarte Lautsprecher (Sprachassistenten) im Arbeitsraum ausschalten.",
                "Updates: Notebook mindestens einmal pro Woche per VPN verbinden, damit Sicherheitsupdates installiert werden. Geräte, die 30 Tage keine Verbindung hatten, werden automatisch gesperrt.",
            ],
        ),
        ("h2", "5. Typische Probleme und Lösungen"),
        (
            "table",
            [
                ["Problem", "Lösung"],
                [
                    "VPN verbindet nicht, Fehlermeldung „Credential or SSLVPN configuration is wrong“",
                    "Kennwort geändert? Neues Windows-Kennwort verwenden. Konto gesperrt? IT-Hotline.",
                ],
                [
                    "Code aus der Authenticator-App wird abgelehnt",
                    "Uhrzeit des Diensthandys prüfen (automatische Zeit aktivieren).",
                ],
                [
                    "Verbindung bricht ständig ab",
                    "Router neu starten, per Kabel verbinden; Mitbewohner-Streaming reduziert die Bandbreite.",
                ],
                [
                    "Laufwerke fehlen nach Verbindung",
                    "Abmelden und neu anmelden, während das VPN verbunden ist.",
                ],
                [
                    "Neues Diensthandy – Authenticator weg",
                    "IT-Hotline, die IT setzt die Zwei-Faktor-Registrierung zurück (Identitätsprüfung per Rückruf).",
                ],
            ],
        ),
        ("h2", "6. Verlust oder Diebstahl"),
        (
            "p",
            "Verlust oder Diebstahl von Notebook, Diensthandy oder Token **sofort** der IT-Hotline melden (außerhalb der Servicezeit per E-Mail an it-hotline@hollerbach.de und am nächsten Morgen telefonisch). Die IT sperrt das Gerät und das VPN-Konto. Diebstahl zusätzlich bei der Polizei anzeigen; die IT informiert den Datenschutzbeauftragten (Meldepflicht nach Art. 33 DSGVO prüfen).",
        ),
        ("h2", "7. Ansprechpartner"),
        (
            "p",
            "IT-Hotline 0 23 45 / 678-600 (Mo–Do 7:30–16:00 Uhr, Fr 7:30–13:00 Uhr); VPN und Netzwerk: Timo Lange, Durchwahl -614; Fragen zur Vereinbarung mobiles Arbeiten: Personalamt, Jens Albers, Durchwahl -212.",
        ),
    ],
}

VERSCHLUESSELUNG = {
    "path": "it/email_verschluesselung_datenschutz.pdf",
    "meta": {
        "title": "Dienstanweisung Versand personenbezogener Daten per E-Mail und E-Mail-Verschlüsselung",
        "department": IT,
        "doc_type": "dienstanweisung",
        "author": "Georg Pieper",
        "created": "2019-01-21",
        "updated": "2025-10-27",
        "tags": [
            "E-Mail-Verschlüsselung",
            "Datenschutz",
            "DSGVO",
            "S/MIME",
            "Sozialdaten",
            "Datenpanne",
            "vertraulich",
        ],
    },
    "pdf_header": "Stadt Hollerbach – Datenschutz und Informationssicherheit",
    "blocks": [
        ("h1", "Dienstanweisung E-Mail-Verschlüsselung und Versand personenbezogener Daten"),
        (
            "p",
            "Verfasser: Georg Pieper, behördlicher Datenschutzbeauftragter und Informationssicherheitsbeauftragter. Rechtsgrundlagen: Art. 5 Abs. 1 Buchst. f und Art. 32 DSGVO, Datenschutzgesetz NRW (DSG NRW), Sozialgeheimnis (§ 35 SGB I, §§ 67 ff. SGB X), Steuergeheimnis (§ 30 AO), Meldegeheimnis (§ 7 BMG), Personalaktendaten (§ 83 ff. LBG NRW).",
        ),
        ("h2", "1. Grundsatz"),
        (
            "p",
            "Eine normale E-Mail ist wie eine Postkarte. Zwar werden E-Mails zwischen Mailservern heute fast immer transportverschlüsselt (TLS), auf den Servern liegen sie aber im Klartext. Personenbezogene Daten der Schutzklassen „vertraulich“ und „streng vertraulich“ dürfen deshalb **nur Ende-zu-Ende-verschlüsselt** oder über einen sicheren Kanal versendet werden.",
        ),
        ("h2", "2. Schutzklassen"),
        (
            "table",
            [
                ["Schutzklasse", "Beispiele", "Versand per E-Mail"],
                [
                    "öffentlich",
                    "Pressemitteilungen, Sitzungstermine, Öffnungszeiten",
                    "unbeschränkt",
                ],
                [
                    "intern",
                    "Dienstanweisungen, Protokolle ohne Personenbezug",
                    "innerhalb der Verwaltung und an Behörden mit TLS",
                ],
                [
                    "vertraulich",
                    "Meldedaten, Gebührenbescheide, Bewerbungen, Personaldaten",
                    "nur verschlüsselt nach außen",
                ],
                [
                    "streng vertraulich",
                    "Sozialdaten, Gesundheitsdaten (Art. 9 DSGVO), Steuerdaten, Personalakte, Disziplinarsachen",
                    "nur verschlüsselt, auch intern nur an Berechtigte",
                ],
            ],
        ),
        ("h2", "3. Welche Verfahren gibt es?"),
        ("h3", "a) Behördenkommunikation"),
        (
            "p",
            "E-Mails an den Kreis Lindenau, das Jobcenter, andere Kommunen in NRW und Landesbehörden laufen über das gesicherte Behördennetz (DOI-Netz bzw. KommunalIT-Verbund) und sind ausreichend geschützt. Für andere Behörden ist **S/MIME** zu nutzen: Die Stadt besitzt Gruppenzertifikate für die Postfächer sozialamt@, personalamt@ und standesamt@. Persönliche Zertifikate beantragt die Führungskraft über die IT.",
        ),
        ("h3", "b) Bürgerinnen, Bürger, Unternehmen"),
        (
            "ol",
            [
                "**Bevorzugt:** Rückantwort über das Postfach im Servicekonto NRW bzw. BundID (OZG-Nutzerkonto), wenn die Person darüber einen Antrag gestellt hat.",
                "**Secure-Mail-Gateway:** Im Betreff das Schlüsselwort **[vertraulich]** voranstellen. Das Gateway der KommunalIT verschlüsselt die E-Mail; Empfänger erhalten eine Benachrichtigung und lesen die Nachricht nach Registrierung im Webportal.",
                "**Verschlüsselte PDF- oder ZIP-Datei** (AES-256) mit mindestens 12-stelligem Kennwort. Das Kennwort **nie in derselben E-Mail**, sondern telefonisch oder per SMS mitteilen.",
                "Ausdrücklicher Wunsch nach unverschlüsselter E-Mail: nur bei Daten der eigenen Person, auf schriftlichen Wunsch mit Hinweis auf das Risiko; nicht bei Gesundheitsdaten Dritter. Vermerk in der Akte.",
            ],
        ),
        ("h2", "4. Typische Fehler vermeiden"),
        (
            "ul",
            [
                "Adresse vor dem Senden prüfen – die Autovervollständigung in Outlook ist die häufigste Ursache für Fehlversand.",
                "Mehrere externe Empfänger nie sichtbar in „An“ oder „Cc“, sondern in „Bcc“.",
                "Keine Weiterleitung dienstlicher E-Mails an private Postfächer (ist technisch gesperrt).",
                "Scans von Ausweisen oder Bescheiden nicht unnötig lange im Postfach aufbewahren, sondern in die Akte überführen und löschen.",
                "Vorsicht bei „Allen antworten“ in Verteilern mit Personaldaten.",
            ],
        ),
        ("h2", "5. Datenpanne – was tun?"),
        (
            "p",
            "Ist eine E-Mail mit personenbezogenen Daten an den falschen Empfänger gegangen oder unverschlüsselt versendet worden:",
        ),
        (
            "ol",
            [
                "Sofort den Datenschutzbeauftragten informieren (Georg Pieper, -620, datenschutz@hollerbach.de), auch außerhalb der Kernarbeitszeit per E-Mail.",
                "Empfänger bitten, die E-Mail ungelesen zu löschen und die Löschung zu bestätigen.",
                "Der Datenschutzbeauftragte prüft, ob eine Meldung an die Landesbeauftragte für Datenschutz und Informationsfreiheit NRW (LDI NRW) innerhalb von **72 Stunden** nötig ist (Art. 33 DSGVO) und ob Betroffene zu benachrichtigen sind (Art. 34 DSGVO).",
                "Nichts vertuschen: Das Verschweigen einer Datenpanne ist ein größeres Problem als die Panne selbst.",
            ],
        ),
        ("h2", "6. Fax und Messenger"),
        (
            "p",
            "Fax gilt nicht als sicherer Übertragungsweg und soll nur noch genutzt werden, wenn Gerichte oder Ärzte nichts anderes anbieten. Private Messenger (WhatsApp u. a.) sind für dienstliche personenbezogene Daten verboten.",
        ),
        ("h2", "7. Kontakt"),
        (
            "p",
            "Datenschutz: Georg Pieper, Durchwahl -620. Technische Fragen zu S/MIME-Zertifikaten und Secure-Mail-Gateway: IT-Hotline -600.",
        ),
    ],
}

TELEFON = {
    "path": "it/telefonanlage_bedienung.html",
    "meta": {
        "title": "Telefonanlage: Rufumleitung, Anrufbeantworter, Softphone und Störungen",
        "department": IT,
        "doc_type": "merkblatt",
        "author": "Timo Lange",
        "created": "2023-05-15",
        "updated": "2025-10-06",
        "tags": [
            "Telefon",
            "Telefonanlage",
            "Rufumleitung",
            "Voicemail",
            "Softphone",
            "Durchwahl",
            "Sammelrufnummer",
        ],
    },
    "breadcrumb": ["Fachbereiche", "IT", "Telefonanlage"],
    "blocks": [
        ("h1", "Telefonanlage – Kurzanleitung"),
        (
            "p",
            "Seit Mai 2023 telefoniert die Stadtverwaltung über eine **IP-Telefonanlage**, die im Rechenzentrum der KommunalIT Westfalen betrieben wird. Alle Durchwahlen haben das Format **0 23 45 / 678-xxx**. Intern wählen Sie nur die dreistellige Durchwahl. Für die Amtsleitung (extern) vorher eine **0** wählen.",
        ),
        ("h2", "Die wichtigsten Funktionen"),
        (
            "table",
            [
                ["Funktion", "Tischtelefon", "Softphone (PC/Notebook)"],
                ["Rufumleitung sofort einschalten", "*21* Zielnummer #", "Menü Umleitung → Sofort"],
                ["Rufumleitung ausschalten", "#21#", "Umleitung → Aus"],
                [
                    "Umleitung bei besetzt / nach 20 Sekunden",
                    "*67* Ziel # / *61* Ziel #",
                    "Umleitung → Bedingt",
                ],
                ["Anruf heranholen (Pickup in der Gruppe)", "**8", "Schaltfläche „Übernehmen“"],
                [
                    "Rückfrage und Weiterverbinden",
                    "Taste R, Durchwahl, auflegen",
                    "Weiterleiten → Mit Rückfrage",
                ],
                ["Dreierkonferenz", "Taste Konferenz", "Konferenz hinzufügen"],
                ["Anrufbeantworter abhören", "Taste Briefumschlag oder -699", "Reiter Voicemail"],
            ],
        ),
        ("h2", "Anrufbeantworter (Voicemail) einrichten"),
        (
            "ol",
            [
                "Von Ihrem Apparat die **699** wählen.",
                "Start-PIN 1234 eingeben und sofort eine eigene vierstellige PIN festlegen.",
                "Namen und Ansagetext aufsprechen. Formulierungsvorschlag für Abwesenheit: „Stadt Hollerbach, Sozialamt, Birgit Scholz. Ich bin bis einschließlich Freitag nicht im Haus. In dringenden Fällen erreichen Sie meine Vertretung unter 678-317.“",
                "Sprachnachrichten werden zusätzlich als E-Mail (Audiodatei) in Ihr Postfach gestellt.",
            ],
        ),
        ("h2", "Abwesenheit und Urlaub"),
        (
            "p",
            "Bei Urlaub und längerer Abwesenheit bitte eine **Rufumleitung auf die Vertretung** oder auf die Sammelrufnummer des Teams einrichten – nicht einfach klingeln lassen. Sammelrufnummern (z. B. Bürgerbüro -150, Wohngeld -319, Bauhofbüro -511) verteilen Anrufe auf alle angemeldeten Apparate; An- und Abmelden über die Taste „Gruppe“.",
        ),
        ("h2", "Softphone im Homeoffice"),
        (
            "ul",
            [
                "Das Softphone ist auf allen dienstlichen Notebooks installiert und nutzt Ihre normale Durchwahl.",
                "Voraussetzung ist eine aktive VPN-Verbindung (siehe Dienstanweisung VPN).",
                "Ein Headset ist Pflicht (Datenschutz, Akustik). Ersatz-Headsets gibt es in der IT, Raum 014.",
                "Tischtelefon und Softphone klingeln parallel; angenommen wird dort, wo Sie gerade sind.",
            ],
        ),
        ("h2", "Neue Durchwahl, Umzug, Namensänderung"),
        (
            "p",
            "Neue Durchwahlen und Umzüge von Apparaten beantragen Führungskräfte im Serviceportal (*IT → Telefonie*). Vorlauf: fünf Arbeitstage. Das Telefonbuch im Intranet wird automatisch aus den Daten der Telefonanlage aktualisiert (einmal täglich nachts).",
        ),
        ("h2", "Störungen"),
        (
            "table",
            [
                ["Problem", "Was tun?"],
                [
                    "Display zeigt „Keine Verbindung“",
                    "Netzwerkkabel prüfen (Telefon hängt zwischen Wanddose und PC), Telefon vom Strom trennen und neu starten",
                ],
                [
                    "Externe Anrufer hören mich nicht",
                    "Headset-Stecker prüfen, ggf. Hörer statt Headset verwenden; dann Störung melden",
                ],
                [
                    "Komplette Telefonanlage gestört (niemand kann telefonieren)",
                    "IT-Hotline per E-Mail, Timo Lange per Diensthandy; die IT meldet an KommunalIT (Priorität 1)",
                ],
                [
                    "Einzelnes Telefon defekt",
                    "Ticket im Serviceportal oder Anruf von einem anderen Apparat bei -600",
                ],
            ],
        ),
        ("h2", "Ansprechpartner"),
        (
            "p",
            "Telefonie und Diensthandys: Timo Lange, Durchwahl -614, t.lange@hollerbach.de. Allgemeine Störungen: IT-Hotline -600.",
        ),
    ],
}

OKEWO_MAIL = {
    "path": "it/stoerung_okewo_wartung_mail.eml",
    "meta": {
        "title": "WG: Störung OK.EWO Meldebescheinigungen und Wartungsfenster 07.02.2026",
        "department": IT,
        "doc_type": "email",
        "author": "Julia Krämer",
        "created": "2026-02-03",
        "updated": "2026-02-03",
        "tags": [
            "OK.EWO",
            "Störung",
            "Wartung",
            "KommunalIT",
            "Ticket",
            "Meldebescheinigung",
            "Workaround",
        ],
    },
    "mail": {
        "from": "Julia Krämer <j.kraemer@hollerbach.de>",
        "to": "Buergerbuero <buergerbuero@hollerbach.de>",
        "cc": "IT-Hotline <it-hotline@hollerbach.de>, Sozialamt <sozialamt@hollerbach.de>, Andreas Voss <a.voss@hollerbach.de>",
        "date": "2026-02-03T11:26:00+01:00",
        "subject": "WG: [KIT-Ticket 2026-014587] Störung OK.EWO Meldebescheinigungen / Wartungsfenster Sa 07.02.2026",
        "message_id": "<20260203112600.9904@hollerbach.de>",
        "in_reply_to": "<kit-2026-014587.3@kommunalit-westfalen.de>",
        "body": """Hallo zusammen,

kurze Info zur Störung von gestern Nachmittag und zur Wartung am Samstag. Bitte auch an die Kolleginnen und Kollegen im Sozialamt weitergeben, die lesend auf OK.EWO zugreifen.

1. Störung Meldebescheinigungen (gestern 13:40–16:10 Uhr)
Ursache war laut KommunalIT ein fehlerhaftes Zertifikat am Druckdienst. Die Bescheinigungen, die gestern mit der Fehlermeldung "Dokument konnte nicht erzeugt werden" abgebrochen sind, wurden NICHT erstellt und müssen neu gedruckt werden. Eine Gebühr wurde in den abgebrochenen Fällen nicht gebucht. Das Ticket ist geschlossen.

Falls heute noch jemand die Fehlermeldung bekommt: OK.EWO komplett schließen, neu anmelden. Hilft das nicht -> bitte NICHT selbst ein neues Ticket bei KommunalIT aufmachen, sondern bei uns melden (-600), wir hängen es an das alte Ticket an.

2. Wartungsfenster Samstag, 07.02.2026, 6:00–14:00 Uhr
OK.EWO wird auf die neue Version aktualisiert (u. a. Änderungen XMeld). In der Zeit ist OK.EWO nicht erreichbar, auch nicht lesend. Der Samstagsdienst im Bürgerbüro ist informiert und vergibt ab 14 Uhr Termine.
Am Montag, 09.02., bitte beim ersten Anmelden etwas Geduld haben (Cache). Auffälligkeiten nach dem Update bitte über eure Key-User sammeln und gesammelt melden.

3. Für die Zukunft
Aktuelle Störungen und Wartungsfenster stehen immer auf der Intranet-Startseite unter "Störungsmeldungen". Bevor ihr anruft, bitte kurz dort schauen – gestern hatten wir 23 Anrufe zum selben Problem.

Viele Grüße
Julia Krämer
IT / First-Level-Support
Tel. 0 23 45 / 678-612

-----Ursprüngliche Nachricht-----
Von: Servicedesk KommunalIT Westfalen <servicedesk@kommunalit-westfalen.de>
Gesendet: Dienstag, 3. Februar 2026 09:02
An: it-hotline@hollerbach.de
Betreff: [KIT-Ticket 2026-014587] Störung OK.EWO Meldebescheinigungen - gelöst

Sehr geehrte Damen und Herren,

die von Ihnen gemeldete Störung (Mandant 05 9 74 028, Priorität 2) wurde am 02.02.2026 um 16:10 Uhr behoben. Ursache: abgelaufenes Zertifikat am Dokumentenerzeugungsdienst. Wir bitten, nicht erzeugte Dokumente erneut anzustoßen.

Wir weisen auf das geplante Wartungsfenster am 07.02.2026 von 6:00 bis 14:00 Uhr hin (Versionswechsel OK.EWO).

Mit freundlichen Grüßen
Ihr Servicedesk KommunalIT Westfalen
Tel. 0 25 31 / 90 44-100
""",
    },
}

SPECS = [
    GRUENFLAECHEN,
    SPIELPLATZ,
    FAHRZEUGPOOL,
    GEBUEHREN_2024,
    GEBUEHREN_2019,
    UMBETTUNG,
    GRABMAL,
    VPN,
    VERSCHLUESSELUNG,
    TELEFON,
    OKEWO_MAIL,
]
