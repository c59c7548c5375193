"""Content of docs_a: Bauordnung, Kämmerei/Stadtkasse, Steueramt (docx, pdf, html)."""

from docs_a_content_1 import _meta

BO = "Bauordnung"
KA = "Kämmerei/Stadtkasse"
ST = "Steueramt"

BAUVORANFRAGE = """
# Merkblatt Bauvoranfrage (Vorbescheid nach § 77 BauO NRW)

Bauordnung der Stadt Hollerbach · Stand Juni 2024

## 1. Wozu eine Bauvoranfrage?

Mit einer Bauvoranfrage klärt die Bauherrschaft **einzelne Fragen** zu einem Bauvorhaben verbindlich, bevor sie teure Bauvorlagen erstellen lässt. Typische Fragen in Hollerbach:

- Darf im hinteren Gartenbereich ein zweites Wohnhaus gebaut werden („Bebauung in zweiter Reihe“, § 34 BauGB)?
- Ist auf dem Grundstück im Außenbereich eine Nutzungsänderung der Scheune zu Wohnzwecken zulässig (§ 35 BauGB)?
- Wird eine Befreiung von der festgesetzten Dachform oder Baugrenze des Bebauungsplans in Aussicht gestellt (§ 31 Abs. 2 BauGB)?
- Wie viele Vollgeschosse sind zulässig?

Die Antwort ist der **Vorbescheid**. Er bindet die Bauaufsicht im späteren Bauantragsverfahren, soweit er reicht.

## 2. Abgrenzung zur Bauberatung

| | Bauberatung | Bauvoranfrage |
|---|---|---|
| Form | Gespräch, telefonisch oder persönlich | schriftlicher Antrag mit Unterlagen |
| Ergebnis | unverbindliche Einschätzung | verbindlicher Bescheid (Verwaltungsakt) |
| Kosten | kostenlos | gebührenpflichtig |
| Dauer | sofort oder Termin innerhalb einer Woche | ca. 6–8 Wochen |
| Wer | Sachbearbeitung des Bezirks | Sachbearbeitung des Bezirks |

Wir empfehlen, **vor** einer Bauvoranfrage die kostenlose Bauberatung (Sprechzeiten Dienstag und Donnerstag 8–12 Uhr) zu nutzen. Oft erübrigt sich die Voranfrage dann oder die Fragen werden präziser.

## 3. Unterlagen

1. Antrag auf Vorbescheid (amtlicher Vordruck NRW), unterschrieben von der Bauherrschaft
2. **Konkret formulierte Fragen**, nummeriert – wir beantworten nur, was gefragt ist
3. Auszug aus der Liegenschaftskarte bzw. Lageplan im Maßstab 1:500 mit Darstellung des Vorhabens
4. Skizzen oder Bauzeichnungen, soweit für die Beantwortung nötig (z. B. Ansicht bei Fragen zur Gebäudehöhe)
5. Kurze Baubeschreibung (Nutzung, Zahl der Wohnungen, Geschosse)

Bei Fragen, die bauordnungsrechtliche Punkte betreffen (Abstandsflächen, Brandschutz), muss die Voranfrage von einer bauvorlageberechtigten Person (§ 67 BauO NRW) unterschrieben sein. Reine Planungsrechtsfragen kann die Bauherrschaft selbst stellen.

## 4. Ablauf

1. Einreichung über das Bauportal.NRW (Antragsart „Vorbescheid“) oder in Papier (zwei Ausfertigungen).
2. Vollständigkeitsprüfung wie beim Bauantrag (zwei Wochen).
3. Beteiligung: Stadtplanung immer, weitere Stellen nach Bedarf (Kreis Lindenau für Außenbereich, Naturschutz, Denkmal).
4. Entscheidung durch Vorbescheid mit Begründung zu jeder Frage; Gebührenbescheid.

## 5. Geltungsdauer

Der Vorbescheid gilt **drei Jahre** (§ 77 Abs. 1 Satz 2 BauO NRW). Er kann auf schriftlichen Antrag jeweils bis zu **einem Jahr** verlängert werden; der Antrag muss vor Fristablauf eingehen. Ändert sich zwischenzeitlich der Bebauungsplan, bleibt der Vorbescheid wirksam (Bestandsschutz im Rahmen der Geltungsdauer).

## 6. Gebühren

Die Gebühr richtet sich nach Tarifstelle 2.4.5 AVwGebO NRW: **10 % bis 50 %** der Gebühr, die für die Baugenehmigung zu erheben wäre, mindestens 100 €. Praxis Hollerbach: eine Frage zum Planungsrecht für ein Einfamilienhaus rund 250–400 €. Rücknahme vor Entscheidung: Gebühr nach Aufwand.

## 7. Ansprechpartner

- Bezirk Nord (Hollerbach-Mitte, Ebbinghausen): Lukas Berger, 0 23 45 / 678-412
- Bezirk Süd (Kleinhollerbach, Sassenberg): Miriam Scholz, 0 23 45 / 678-413
- Planungsrechtliche Grundsatzfragen: Stadtplanung über die Amtsleitung Bauordnung, Andrea Hoffmann, -410
"""

ABGESCHLOSSENHEIT = """
# Abgeschlossenheitsbescheinigung nach dem Wohnungseigentumsgesetz

## 1. Zweck

Wer ein Gebäude in **Eigentumswohnungen** (Wohnungseigentum) oder Gewerbeeinheiten (Teileigentum) aufteilen will, braucht für das Grundbuchamt einen **Aufteilungsplan** und eine **Abgeschlossenheitsbescheinigung** der Baubehörde (§ 7 Abs. 4 Satz 1 Nr. 1 und 2 Wohnungseigentumsgesetz – WEG). In Hollerbach stellt die Bauordnung diese Bescheinigung aus. Im Haus wird sie auch „Abgeschlossenheit“ oder „AB für die Teilungserklärung“ genannt.

Rechtsgrundlagen: §§ 3, 7, 32 WEG; Allgemeine Verwaltungsvorschrift für die Ausstellung von Bescheinigungen gemäß § 7 Abs. 4 Nr. 2 und § 32 Abs. 2 Nr. 2 WEG (AVA Abgeschlossenheit); AVwGebO NRW Tarifstelle 2.8.

## 2. Was bedeutet „abgeschlossen“?

Eine Wohnung ist abgeschlossen, wenn sie baulich vollkommen von fremden Wohnungen und Räumen abgeschlossen ist, z. B. durch Wände und Decken, und einen **eigenen abschließbaren Zugang** unmittelbar vom Freien, vom Treppenhaus oder von einem Vorraum hat. Zur Wohnung müssen **Küche oder Kochgelegenheit, Wasserversorgung, Ausguss und WC** gehören. Zusätzliche Räume außerhalb der Wohnung (Keller, Dachboden) müssen verschließbar sein.

Seit der WEG-Reform (01.12.2020) können auch **Stellplätze** und Freiflächen Sondereigentum sein; sie gelten als abgeschlossen, wenn ihre Fläche durch Maßangaben im Aufteilungsplan bestimmt ist.

Nach der Rechtsprechung (GmS-OGB 1992) müssen Altbauten **nicht** den heutigen Anforderungen an Brand-, Schall- und Wärmeschutz entsprechen. Wir prüfen nur die Abgeschlossenheit, nicht die baurechtliche Zulässigkeit – die Bescheinigung ersetzt keine Baugenehmigung.

## 3. Antragsunterlagen

| Unterlage | Anforderung |
|---|---|
| Antrag | formlos oder Vordruck „Antrag Abgeschlossenheitsbescheinigung“, Unterschrift Eigentümer oder Bevollmächtigte (Notar) |
| Grundbuchauszug | aktuell, nicht älter als drei Monate |
| Lageplan | Maßstab 1:500 oder 1:1000, mit Stellplätzen und Sondernutzungsflächen |
| Bauzeichnungen | Grundrisse **aller** Geschosse inkl. Keller und Dachboden, Schnitte, Ansichten, Maßstab 1:100 |
| Nummerierung | alle Räume einer Einheit mit derselben Nummer (arabische Ziffer im Kreis), Gemeinschaftseigentum ohne Nummer |
| Ausfertigungen | **drei** gleichlautende Sätze (Grundbuchamt, Antragsteller, Bauakte) |
| Baugenehmigung | Aktenzeichen angeben, falls vorhanden |

Die Pläne müssen mit der genehmigten Bauakte übereinstimmen oder den **tatsächlichen Bauzustand** zeigen. Bei Altbauten ohne Bauakte oder bei Abweichungen erfolgt eine Ortsbesichtigung.

## 4. Ablauf

1. Antrag und Unterlagen in ProBauG als Vorgang „Abgeschlossenheit“ anlegen, Aktenzeichen `63-AB-Jahr-Nr.`.
2. Abgleich mit der Bauakte (Archiv oder digital). Fehlen Unterlagen oder stimmen die Pläne nicht, Nachforderung mit Frist von vier Wochen.
3. Prüfung jeder Einheit nach der Checkliste der AVA: Zugang, Abschluss, Ausstattung, Nummerierung, Kennzeichnung der Sondernutzungsflächen.
4. Bei Bedarf Ortsbesichtigung (Terminabsprache mit Eigentümer, Protokoll).
5. Aufteilungsplan auf **jedem Blatt** mit Dienstsiegel und Unterschrift versehen, Blätter mit Schnur und Siegel verbinden.
6. Bescheinigung nach dem Muster der AVA ausstellen, Gebührenbescheid beifügen.
7. Versand an den Antragsteller bzw. Notar; Ausfertigung für die Bauakte archivieren.

Bearbeitungszeit: in der Regel **vier bis sechs Wochen**, bei Ortsbesichtigung länger.

## 5. Gebühren

| Leistung | Gebühr |
|---|---|
| Abgeschlossenheitsbescheinigung | 60,00 € je Wohnung bzw. Teileigentumseinheit, mindestens 150,00 € |
| Stellplätze als Sondereigentum | 10,00 € je Stellplatz |
| Ortsbesichtigung | nach Zeitaufwand, 25,00 € je angefangene halbe Stunde |
| Änderung einer bereits erteilten Bescheinigung | 50 % der ursprünglichen Gebühr |
| Ablehnung | bis zur vollen Gebühr |

## 6. Hinweise für die Beratung

- Eigentümer fragen oft, ob der Notar die Unterlagen einreichen kann: ja, mit Vollmacht.
- Spätere Umbauten (z. B. Dachgeschossausbau) erfordern eine **Nachtragsbescheinigung**.
- Die Bescheinigung hat keine Geltungsdauer; entscheidend ist, dass die Pläne den Bestand zutreffend zeigen.
- Fragen zur Teilungserklärung oder zur Gemeinschaftsordnung beantworten wir nicht – Verweis an den Notar.

## 7. Zuständigkeit

Renate Fischer, Sachgebiet Baulasten und Abgeschlossenheit, 0 23 45 / 678-415. Vertretung: Kevin Schmitz, -416. Bei Ablehnungen und Streitfällen: Amtsleitung Andrea Hoffmann, -410.
"""

BAUORDNUNG_KONTAKTE = """
# Bauordnung – Wer macht was?

Diese Seite ersetzt die alte Telefonliste der Bauordnung (Excel-Datei auf S:\\63). Bitte bei Personalwechsel sofort Kevin Schmitz Bescheid geben, damit die Seite aktuell bleibt.

## Sprechzeiten

Bauberatung und Akteneinsicht: **Dienstag und Donnerstag 8:00–12:00 Uhr**, Donnerstag zusätzlich 14:00–17:30 Uhr nach Terminvereinbarung. Montags, mittwochs und freitags ist die Bauordnung für Publikum geschlossen (Innendiensttage).

## Zuständigkeiten nach Aufgaben

| Aufgabe | Name | Durchwahl | Raum |
|---|---|---|---|
| Amtsleitung, Widersprüche, Grundsatzfragen, Ablehnungen | Andrea Hoffmann | 678-410 | 301 |
| Bauanträge, Bauvoranfragen, Genehmigungsfreistellung – Bezirk Nord | Lukas Berger | 678-412 | 304 |
| Bauanträge, Bauvoranfragen, Genehmigungsfreistellung – Bezirk Süd | Miriam Scholz | 678-413 | 305 |
| Baulasten, Baulastauskünfte, Abgeschlossenheitsbescheinigungen | Renate Fischer | 678-415 | 307 |
| Gebühren, Statistik, Bauportal.NRW-Administration, Archiv | Kevin Schmitz | 678-416 | 306 |
| Bauüberwachung, Schlussabnahmen, Bauen ohne Genehmigung | Dirk Sommer | 678-418 | 303 |
| Vorzimmer, Posteingang, Scannen von Papieranträgen | Gabi Neumann | 678-411 | 302 |

## Bezirkseinteilung

- **Bezirk Nord** (Herr Berger): Hollerbach-Mitte nördlich der Bahnlinie, Ebbinghausen, Gewerbegebiet Am Hellweg
- **Bezirk Süd** (Frau Scholz): Hollerbach-Mitte südlich der Bahnlinie, Kleinhollerbach, Sassenberg, Außenbereich Süd

Bei Grundstücken direkt an der Bahnlinie entscheidet die Hausnummernliste im Bauportal-Handbuch.

## Vertretungsregeln

- Berger und Scholz vertreten sich gegenseitig.
- Fischer wird durch Schmitz vertreten (nur Auskünfte, keine Eintragung von Baulasten).
- Hoffmann wird durch Berger vertreten; Unterschriften über 500.000 € Rohbausumme nur durch die Beigeordnete (Dezernat III).

## Externe Stellen, die wir oft brauchen

| Stelle | Wofür | Kontakt |
|---|---|---|
| Kreis Lindenau, Untere Denkmalbehörde | Baudenkmäler, Denkmalbereich Altstadt | über Postfach Kreis |
| Kreis Lindenau, Untere Naturschutzbehörde | Außenbereich, Baumschutz, Artenschutz | über Postfach Kreis |
| Kreis Lindenau, Brandschutzdienststelle | Sonderbauten, Gaststätten | über Postfach Kreis |
| Stadtentwässerung Hollerbach (Tiefbau) | Entwässerungsanträge, Anschlussgenehmigung | intern, Durchwahl 678-440 |
| Stadtplanung | Bebauungspläne, Einvernehmen § 36 BauGB | intern, Durchwahl 678-450 |
| Bauportal.NRW Support | Portalstörungen auf Landesseite | Ticket über Kevin Schmitz |
| KommunalIT Westfalen, Service-Desk | ProBauG, Scanner, XBau-Schnittstelle | 0 23 45 / 99 88-100 |

## Wenn etwas nicht läuft

1. **Bauportal-Eingang fehlt oder ist unvollständig:** zuerst Kevin Schmitz (-416). Er prüft die XBau-Nachricht und eröffnet ggf. ein Ticket beim Landesportal.
2. **ProBauG startet nicht oder Akte gesperrt:** Service-Desk KommunalIT Westfalen, Stichwort „ProBauG“, Ticketnummer im Vorgang notieren.
3. **Bürger beschwert sich über lange Bearbeitungszeit:** Fristen prüfen (Vollständigkeit zwei Wochen, Entscheidung sechs Wochen), Sachstand mitteilen; bei Eskalation Frau Hoffmann.
4. **Schwarzbau gemeldet:** an Dirk Sommer (Bauüberwachung), nicht selbst vor Ort gehen.

## Postfächer

- bauordnung@hollerbach.de – allgemeiner Eingang (Vorzimmer)
- baulasten@hollerbach.de – Baulastauskünfte
- bauportal@hollerbach.de – technische Rückfragen zum Bauportal
"""

KASSENANORDNUNG = """
# Dienstanweisung über Kassenanordnungen (DA Anordnungswesen)

Stadt Hollerbach · Der Bürgermeister · Kämmerei/Stadtkasse · gültig ab 01.01.2021, Fassung vom 01.10.2024

## 1. Geltungsbereich

Diese Dienstanweisung gilt für alle Organisationseinheiten der Stadtverwaltung, die Einzahlungen oder Auszahlungen veranlassen. Sie ergänzt § 93 Gemeindeordnung NRW (GO NRW), die Kommunalhaushaltsverordnung NRW (KomHVO NRW) und die Dienstanweisung für die Stadtkasse (DA Kasse).

Grundsatz: **Ohne schriftliche oder elektronische Anordnung darf die Stadtkasse weder Geld annehmen noch auszahlen.** Ausnahmen sind in Abschnitt 7 geregelt.

## 2. Arten von Kassenanordnungen

| Anordnung | Zweck |
|---|---|
| Annahmeanordnung | Forderung der Stadt (Gebühr, Miete, Erstattung) wird zum Soll gestellt |
| Auszahlungsanordnung | Zahlung einer Rechnung, Erstattung, Zuschuss |
| Daueranordnung | wiederkehrende Zahlungen gleicher Höhe (Mieten, Leasing), höchstens für ein Haushaltsjahr |
| Sammelanordnung | mehrere Zahlungen gleicher Art (z. B. Gewerbeanmeldungen eines Tages) |
| Absetzungsanordnung / Änderungsanordnung | Korrektur, Minderung oder Stornierung einer Forderung |
| Umbuchungsanordnung | Berichtigung der Buchung zwischen Konten |

## 3. Inhalt einer Kassenanordnung

Jede Anordnung muss enthalten:

1. anordnende Stelle, Datum
2. Betrag (in Ziffern), bei Auszahlungen ggf. Skontobetrag und Skontofrist
3. Zahlungspflichtige bzw. Empfänger mit Anschrift und Bankverbindung (IBAN)
4. Zahlungsgrund und **Fälligkeit**
5. Kassenzeichen (bei Annahmeanordnungen automatisch aus KDO-Kasse)
6. Buchungsstelle: Produkt, Sachkonto, Kostenstelle, ggf. Investitionsnummer
7. Feststellungsvermerke „sachlich richtig“ und „rechnerisch richtig“
8. Unterschrift bzw. elektronische Freigabe der anordnungsbefugten Person

Begründende Unterlagen (Rechnung, Vertrag, Bescheid) sind beizufügen oder im Workflow zu verlinken.

## 4. Feststellung und Anordnungsbefugnis

- **Sachlich richtig** zeichnet, wer die Lieferung oder Leistung fachlich beurteilen kann (Ware erhalten, Leistung vertragsgemäß).
- **Rechnerisch richtig** zeichnet, wer Beträge, Mengen und Preise nachgerechnet hat.
- **Anordnungsbefugt** ist nur, wer in der bei der Stadtkasse hinterlegten Liste der Anordnungsbefugten mit Unterschriftsprobe bzw. Workflow-Berechtigung geführt wird.

Wertgrenzen für die Anordnungsbefugnis:

| Betrag | anordnungsbefugt |
|---|---|
| bis 5.000 € | Sachbearbeitung mit Befugnis laut Liste |
| bis 50.000 € | Amtsleitung |
| über 50.000 € | Amtsleitung und Kämmerer (Dr. Michael Vogt) gemeinsam |

**Vier-Augen-Prinzip:** Sachliche Feststellung und Anordnung dürfen nicht von derselben Person stammen, wenn der Betrag 1.000 € übersteigt. Wer Kassengeschäfte ausführt (Buchhaltung, Kassierer), darf nicht anordnen. Niemand darf Anordnungen zu eigenen Gunsten erteilen.

## 5. Elektronischer Rechnungs-Workflow

Seit 2023 werden Eingangsrechnungen ausschließlich im Rechnungs-Workflow von KDO-Kasse bearbeitet. E-Rechnungen (XRechnung, ZUGFeRD) kommen über das E-Rechnungsportal NRW, Papierrechnungen werden in der Poststelle gescannt. Die Fachämter zeichnen sachlich/rechnerisch richtig und geben frei; die Freigabe ersetzt die Unterschrift.

## 6. Fristen

- Auszahlungsanordnungen müssen der Stadtkasse **spätestens fünf Arbeitstage vor Fälligkeit** vorliegen.
- Rechnungen mit **Skonto** sind im Workflow mit dem Kennzeichen „SKONTO“ zu markieren und innerhalb von **drei Arbeitstagen** freizugeben (siehe Rundmail des Kämmerers vom 29.09.2025).
- Annahmeanordnungen sind unverzüglich nach Entstehen der Forderung zu erteilen, damit Mahnlauf und Vollstreckung funktionieren.
- Jahresabschluss: Anordnungen für das abgelaufene Jahr bis **15. Januar**.

## 7. Ausnahmen ohne vorherige Anordnung

Die Stadtkasse darf ohne Anordnung annehmen: Einzahlungen, die ihr ohne Anordnung angeboten werden (Verwahrkonto, Klärung nach Vermerk „Unklare Zahlungseingänge“), Fundgelder, Barkassen-Einnahmen der Einzahlungskassen (Bürgerbüro, Standesamt, Ordnungsamt) aufgrund allgemeiner Annahmeanordnung.

## 8. Verstöße

Verstöße gegen diese Dienstanweisung werden dem Rechnungsprüfungsamt gemeldet. Schäden durch verspätete Anordnungen (Mahngebühren von Lieferanten, verlorenes Skonto) werden im Jahresbericht der Kämmerei ausgewiesen.

## 9. Ansprechpartner

- Birgit Lange, Kassenleitung, -520
- Nadine Becker, Buchhaltung, Anordnungsbefugten-Liste, -522
- Dr. Michael Vogt, Kämmerer, -510
- Workflow-Berechtigungen KDO-Kasse: Ticket beim Service-Desk KommunalIT Westfalen mit Freigabe der Kassenleitung
"""

STUNDUNG = """
# Dienstanweisung Stundung und Ratenzahlung

Kämmerei/Stadtkasse Hollerbach · Teil der Dienstanweisung über Stundung, Niederschlagung und Erlass (DA SNE) · Stand 01.04.2025

## 1. Grundsatz

Forderungen der Stadt sind bei Fälligkeit einzuziehen. Kann ein Schuldner nicht fristgerecht zahlen, kann die Forderung ganz oder teilweise **gestundet** oder eine **Ratenzahlung** vereinbart werden, wenn die Einziehung bei Fälligkeit eine **erhebliche Härte** bedeuten würde und der Anspruch durch die Stundung nicht gefährdet erscheint.

Rechtsgrundlagen:

- § 222 Abgabenordnung (AO) i. V. m. § 12 Abs. 1 Nr. 5 KAG NRW – für Steuern und Abgaben (Grundsteuer, Gewerbesteuer, Hundesteuer, Gebühren, Beiträge)
- §§ 234, 238 AO – Stundungszinsen
- § 6a VwVG NRW – Vollstreckungsaufschub bei laufender Vollstreckung
- DA SNE – entsprechende Anwendung auf privatrechtliche Forderungen (Mieten, Pachten)

## 2. Begriffe

| Begriff | Bedeutung |
|---|---|
| Stundung | Hinausschieben der Fälligkeit; keine Säumniszuschläge, aber Stundungszinsen |
| Ratenzahlung (mit Stundung) | Forderung wird in Teilbeträgen fällig gestellt |
| Vollstreckungsaufschub | Forderung bleibt fällig, die Kasse verzichtet vorläufig auf Vollstreckungsmaßnahmen; Säumniszuschläge laufen weiter |
| Erlass | endgültiger Verzicht (§ 227 AO) – nicht Gegenstand dieser Anweisung |

## 3. Antrag

1. Der Antrag ist **schriftlich** (Brief, E-Mail, Serviceportal) vor Fälligkeit zu stellen; nach Fälligkeit ist nur noch Vollstreckungsaufschub möglich.
2. Begründung der Härte und Vordruck **SNE-1** „Erklärung über die wirtschaftlichen Verhältnisse“ (Einkommen, Vermögen, Verbindlichkeiten) mit Nachweisen.
3. Bei Unternehmen: aktuelle betriebswirtschaftliche Auswertung (BWA), Liquiditätsplan.
4. Telefonische Zusagen sind unzulässig. Am Telefon nur den Ablauf erklären.

## 4. Zuständigkeit und Wertgrenzen

| Betrag (je Schuldner, Summe aller Forderungen) | Entscheidung |
|---|---|
| bis 5.000 € | Sachbearbeitung des anordnenden Fachamts bzw. Steueramts, im Benehmen mit der Stadtkasse |
| über 5.000 € bis 25.000 € | Kämmerer |
| über 25.000 € | Haupt- und Finanzausschuss (nicht öffentliche Sitzung, Vorlage über das Ratsbüro) |
| Vollstreckungsaufschub bis 12 Monate | Stadtkasse (Kassenleitung, Vollziehungsbeamter bis 6 Monate vor Ort) |

## 5. Bedingungen

- Stundungsdauer höchstens **12 Monate**, Ratenzahlungen höchstens **24 Monate** (länger nur mit Kämmerer).
- Mindestrate **25,00 €** monatlich.
- **Stundungszinsen** 0,5 % pro vollen Monat (§ 238 AO). Verzicht auf Zinsen, wenn sie insgesamt unter 50,00 € liegen oder bei Bezug von Sozialleistungen.
- Sicherheitsleistung (Bankbürgschaft, Grundschuld) bei Beträgen über **10.000 €** und Stundung über sechs Monate.
- **Terminverlust:** Wird eine Rate nicht pünktlich gezahlt, wird der gesamte Restbetrag sofort fällig. Diese Klausel muss im Bescheid stehen.
- Laufende Vorauszahlungen (z. B. Gewerbesteuer) müssen weiter pünktlich gezahlt werden.

## 6. Bearbeitung in KDO-Kasse

1. Stundungs- bzw. Ratenplan im Personenkonto anlegen (Menü „Stundung/Raten“), Kennzeichen setzt den Mahnlauf für diese Forderung aus.
2. Stundungsbescheid mit Zinsberechnung, Ratenplan und Terminverlust-Klausel aus der Vorlage „SNE-Bescheid“ erstellen.
3. Wiedervorlage auf Ende der Stundung bzw. monatliche Ratenüberwachung (Liste „Überfällige Raten“ jeden Montag).
4. Bei Terminverlust: Kennzeichen entfernen, Forderung geht in den nächsten Mahnlauf bzw. direkt in die Vollstreckung.

## 7. Dokumentation und Berichte

Jede Entscheidung ist mit Begründung zu dokumentieren (Vermerk im Personenkonto und in der Papier-/E-Akte). Die Stadtkasse berichtet dem Kämmerer halbjährlich über Zahl und Volumen der Stundungen. Das Rechnungsprüfungsamt prüft stichprobenartig.

## 8. Ansprechpartner

- Birgit Lange, Kassenleitung, -520
- Ralf Otto, Vollziehungsbeamter (Ratenvereinbarung im Außendienst), -524
- Matthias Kurz, Steueramt (Stundung von Steuern), -530
- Dr. Michael Vogt, Kämmerer, -510
"""

HUNDESTEUER_2018 = """
# Merkblatt Hundesteuer

Stadt Hollerbach · Steueramt · Januar 2018

## Wer muss Hundesteuer zahlen?

Wer in Hollerbach einen Hund hält, der älter als drei Monate ist, muss ihn beim Steueramt anmelden und Hundesteuer zahlen. Rechtsgrundlage ist die Hundesteuersatzung der Stadt Hollerbach vom 11.12.2012 in Verbindung mit dem Kommunalabgabengesetz NRW (KAG NRW).

## Anmeldung

- Die Anmeldung muss **innerhalb eines Monats** nach Aufnahme des Hundes oder nach Zuzug erfolgen.
- Anmeldung schriftlich mit dem Anmeldevordruck oder persönlich im Steueramt, Zimmer 208.
- Sie erhalten eine Steuermarke, die der Hund außerhalb der Wohnung sichtbar tragen muss.
- Eine Ersatzmarke kostet 3,00 €.

## Steuersätze

| Anzahl der Hunde | Steuer je Hund und Jahr |
|---|---|
| ein Hund | 84,00 € |
| zwei Hunde | 102,00 € |
| drei und mehr Hunde | 120,00 € |
| gefährlicher Hund | 600,00 € |

## Steuerbefreiungen und Ermäßigungen

1. Blindenführhunde und Hunde schwerbehinderter Personen mit Merkzeichen Bl, aG oder H sind steuerfrei.
2. Hunde aus dem Tierheim Lindenau sind für **sechs Monate** steuerfrei.
3. Empfänger von Leistungen nach dem SGB II (Arbeitslosengeld II) oder SGB XII erhalten auf Antrag eine Ermäßigung um 50 % für einen Hund.
4. Wachhunde auf Einzelgehöften im Außenbereich sind zu 50 % ermäßigt.

## Fälligkeit

Die Hundesteuer wird vierteljährlich am 15.02., 15.05., 15.08. und 15.11. fällig. Auf Antrag ist eine Jahreszahlung zum 01.07. möglich. Bitte erteilen Sie uns ein SEPA-Lastschriftmandat, dann müssen Sie sich um nichts kümmern.

## Abmeldung

Wenn Sie Ihren Hund abgeben, er verstirbt oder Sie aus Hollerbach wegziehen, melden Sie den Hund bitte **innerhalb eines Monats** ab und geben die Steuermarke zurück. Die Steuerpflicht endet mit Ablauf des Monats, in dem der Hund abgegeben wurde oder verstorben ist.

## Rechtsbehelf

Gegen den Hundesteuerbescheid kann innerhalb eines Monats Klage beim Verwaltungsgericht Arnsberg erhoben werden.

## Ansprechpartnerin

Elke Wagner, Steueramt, Zimmer 208, Telefon 0 23 45 / 678-533, E-Mail e.wagner@hollerbach.de

Sprechzeiten: Montag bis Freitag 8:30–12:00 Uhr, Donnerstag zusätzlich 14:00–17:00 Uhr.
"""

GEWERBESTEUER = """
# Gewerbesteuer-Vorauszahlungen – Festsetzung und Anpassung

Steueramt Hollerbach · Prozessbeschreibung · Sachgebiet Gewerbesteuer

## 1. Rechtsgrundlagen

- Gewerbesteuergesetz (GewStG), insbesondere § 16 (Hebesatz), § 19 (Vorauszahlungen), § 20 (Abrechnung)
- Abgabenordnung (AO) §§ 184, 233a (Zinsen), 30 (Steuergeheimnis)
- Hebesatzsatzung der Stadt Hollerbach: Hebesatz Gewerbesteuer **445 %** (seit 01.01.2023, unverändert 2026)

## 2. Zusammenspiel Finanzamt – Stadt

Das **Finanzamt** ermittelt den Gewinn aus Gewerbebetrieb, berechnet den Gewerbeertrag (Freibetrag 24.500 € für Einzelunternehmen und Personengesellschaften) und erlässt den **Gewerbesteuermessbescheid**. Die **Stadt** wendet darauf den Hebesatz an und erlässt den Gewerbesteuerbescheid sowie den Bescheid über die Vorauszahlungen. Die Messbescheide kommen elektronisch über den Datenaustausch zwischen Finanzverwaltung und Gemeinden in KDO-Steuern an.

Beispiel: Messbetrag 2.000 € × 445 % = 8.900 € Gewerbesteuer im Jahr → Vorauszahlung 2.225 € pro Quartal.

## 3. Vorauszahlungen (§ 19 GewStG)

| Punkt | Regel |
|---|---|
| Fälligkeiten | **15.02., 15.05., 15.08., 15.11.** |
| Höhe | je ein Viertel der Steuer, die sich bei der letzten Veranlagung ergeben hat |
| Mindestbetrag | Vorauszahlungen werden nur festgesetzt, wenn sie mindestens 50 € betragen (§ 19 Abs. 5 GewStG) |
| Anpassung durch die Stadt | bis zum Ende des 15. auf den Erhebungszeitraum folgenden Kalendermonats (§ 19 Abs. 3 GewStG) |
| Anpassung durch das Finanzamt | Messbetrag für Vorauszahlungszwecke – die Stadt ist daran gebunden |

## 4. Ablauf bei Eingang eines Messbescheids

1. Eingang im elektronischen Postkorb von KDO-Steuern prüfen (täglich).
2. Zuordnung zum Steuerpflichtigen über die Steuernummer; neue Betriebe anlegen (Abgleich mit der Gewerbeanmeldung des Ordnungsamts).
3. Festsetzung der Gewerbesteuer für das Jahr: Messbetrag × Hebesatz. Bei Zerlegung (Betriebsstätten in mehreren Gemeinden) nur der Zerlegungsanteil.
4. **Zinsen nach § 233a AO** berechnen lassen: Verzinsung beginnt 15 Monate nach Ablauf des Steuerjahres, 0,15 % pro vollen Monat.
5. Vorauszahlungen für das laufende und folgende Jahr neu festsetzen.
6. Bescheid im Massendruck; Abschlusszahlung fällig **einen Monat nach Bekanntgabe** (§ 20 Abs. 2 GewStG); Überzahlungen werden erstattet oder verrechnet.
7. Soll-Stellung in der Stadtkasse erfolgt automatisch über die Schnittstelle.

## 5. Antrag auf Herabsetzung der Vorauszahlungen

Unternehmen beantragen die Herabsetzung meist, wenn die Gewinne einbrechen.

1. Antrag schriftlich mit Begründung und aktuellen Zahlen (BWA, voraussichtlicher Gewinn).
2. **Vorrangig an das Finanzamt verweisen:** Setzt das Finanzamt einen niedrigeren Messbetrag für Vorauszahlungszwecke fest, passen wir automatisch an.
3. Eigene Anpassung durch die Stadt nur bei offensichtlichen Fällen und Beträgen bis 20.000 € jährlich, sonst Abstimmung mit Amtsleitung Herrn Kurz.
4. Bis zur Entscheidung bleiben die Vorauszahlungen fällig. Bei Liquiditätsproblemen zusätzlich Stundungsantrag (DA Stundung und Ratenzahlung).

## 6. Steuergeheimnis

Auskünfte zu Messbeträgen, Vorauszahlungen oder Rückständen dürfen nur an den Steuerpflichtigen selbst oder an Bevollmächtigte (Steuerberater mit Vollmacht in der Akte) erteilt werden (§ 30 AO). Keine Auskünfte an Ratsmitglieder, Presse oder andere Ämter, außer für die Unbedenklichkeitsbescheinigung auf Antrag des Unternehmens (z. B. für die Gaststättenerlaubnis).

## 7. Haushaltsbezug

Die Gewerbesteuer ist mit rund 14 Mio. € die wichtigste Steuereinnahme der Stadt. Größere Änderungen (Herabsetzungen oder Erstattungen über **100.000 €**) sind der Kämmerei unverzüglich zu melden (Haushaltsüberwachung, Gewerbesteuerumlage).

## 8. Ansprechpartner

- Daniel Hartmann, Gewerbesteuer und Vergnügungssteuer, 0 23 45 / 678-536
- Matthias Kurz, Amtsleitung Steueramt, -530
- Technik KDO-Steuern: Service-Desk KommunalIT Westfalen, 0 23 45 / 99 88-100
"""

VERGNUEGUNGSSTEUER = """
# Vergnügungssteuersatzung – Auszug mit Bearbeitungshinweisen

Satzung über die Erhebung einer Vergnügungssteuer in der Stadt Hollerbach (Vergnügungssteuersatzung – VStS) vom 11.12.2019 in der Fassung der 1. Änderungssatzung vom 10.12.2024. Auszug: §§ 1, 3, 4, 6, 8, 10. Die mit „Bearbeitungshinweis“ gekennzeichneten Absätze sind nicht Teil der Satzung.

## § 1 Steuergegenstand

Der Besteuerung unterliegen die folgenden im Gebiet der Stadt Hollerbach veranstalteten Vergnügungen:

1. das Bereitstellen von Spiel-, Geschicklichkeits- und Unterhaltungsgeräten mit oder ohne Gewinnmöglichkeit in Spielhallen, Gaststätten, Vereinsräumen und ähnlichen Orten,
2. Vorführungen von Striptease, Peep-Shows, Table-Tänzen und ähnlichen Veranstaltungen,
3. das Bereitstellen von Räumen zur Anbahnung sexueller Handlungen.

## § 3 Steuerschuldner

Steuerschuldner ist der Unternehmer der Veranstaltung (Veranstalter). Bei Spielgeräten ist Steuerschuldner der **Aufsteller** des Geräts. Der Inhaber der Räume, in denen die Geräte aufgestellt sind, haftet als Gesamtschuldner.

## § 4 Bemessungsgrundlage

Bemessungsgrundlage bei Spielgeräten mit Gewinnmöglichkeit ist der **Spieleinsatz**. Spieleinsatz ist der Geldbetrag, den die Spieler für die Nutzung des Geräts aufwenden, ausgewiesen im manipulationssicheren Zählwerksausdruck nach § 12 Spielverordnung (SpielV).

## § 6 Steuersätze

| Gerät | Aufstellort | Steuersatz |
|---|---|---|
| Spielgerät mit Gewinnmöglichkeit | Spielhalle | 5 % des Spieleinsatzes |
| Spielgerät mit Gewinnmöglichkeit | Gaststätte, sonstige Orte | 4 % des Spieleinsatzes |
| Spielgerät ohne Gewinnmöglichkeit | Spielhalle | 30,00 € je Gerät und angefangenen Monat |
| Spielgerät ohne Gewinnmöglichkeit | Gaststätte, sonstige Orte | 15,00 € je Gerät und angefangenen Monat |
| Geräte mit Darstellung von Gewalt, Kriegshandlungen | überall | 300,00 € je Gerät und Monat |
| Vorführungen nach § 1 Nr. 2 | je Veranstaltungstag | 3,00 € je angefangene 10 m² Fläche |

Nicht steuerpflichtig sind Kinderspielgeräte mit einem Einsatz bis 0,20 € sowie Musikautomaten.

**Bearbeitungshinweis:** Die Satzsenkung für Gaststätten (4 %) gilt seit 01.01.2025. Für Quartale davor gilt einheitlich 5 %.

## § 8 Besteuerungsverfahren

1. Der Steuerschuldner hat bis zum **15. Tag nach Ablauf eines Kalendervierteljahres** eine Steueranmeldung nach amtlichem Vordruck abzugeben und die Steuer selbst zu berechnen.
2. Der Steueranmeldung sind für jedes Gerät die **Zählwerksausdrucke** für das Quartal beizufügen (Ausleseprotokolle mit fortlaufender Nummerierung).
3. Die Steuer ist zum selben Termin fällig.
4. Die Steueranmeldung steht einer Steuerfestsetzung unter Vorbehalt der Nachprüfung gleich (§ 168 AO). Ein Bescheid ergeht nur, wenn die Stadt abweicht.

**Bearbeitungshinweis:** Fehlende Anmeldung → Erinnerung nach 10 Tagen, danach Schätzung nach § 162 AO und Verspätungszuschlag nach § 152 AO (mindestens 25 € je angefangenen Monat). Schätzungsgrundlage: Durchschnitt der letzten vier Quartale plus 10 %.

## § 10 Melde- und Mitwirkungspflichten

1. Aufstellung, Austausch und Entfernung von Spielgeräten sind bis zum **15. Tag des Folgemonats** anzuzeigen (Gerätetyp, Zulassungsnummer der PTB, Aufstellort).
2. Die Beauftragten der Stadt sind berechtigt, zur Nachprüfung die Aufstellorte während der Öffnungszeiten zu betreten und Zählwerksausdrucke zu verlangen (Außenprüfung, §§ 193 ff. AO).

**Bearbeitungshinweis:** Neue Spielhallen und Gaststätten mit Geräten erfahren wir über die Gewerbeanmeldung (Ordnungsamt) bzw. die Erlaubnis nach § 33c GewO (Kreis Lindenau). Die Gewerbeabteilung schickt eine Kopie an das Steueramt – bei Lücken bei Frau Schulte nachfragen.

## Praxis im Steueramt

| Aufgabe | Termin | Wer |
|---|---|---|
| Eingang Steueranmeldungen prüfen | bis 25. nach Quartalsende | Daniel Hartmann |
| Erinnerungen versenden | 26. nach Quartalsende | Daniel Hartmann |
| Außenprüfung (Stichprobe 2 Betriebe/Jahr) | nach Jahresplan | Hartmann mit Vollziehungsbeamtem der Stadtkasse |
| Meldung Aufkommen an Kämmerei | quartalsweise | Amtsleitung |

Derzeit sind 9 Spielhallen-Konzessionen und 31 Gaststätten mit Geldspielgeräten erfasst (Stand 31.12.2025). Aufkommen 2025: ca. 610.000 €.

Ansprechpartner: Daniel Hartmann, Durchwahl -536, vergnuegungssteuer@hollerbach.de; Vertretung Matthias Kurz, -530.
"""

RECHTSBEHELFE = """
# Dienstanweisung Rechtsbehelfe und Fristen im Steueramt

Steueramt Hollerbach · gültig ab 01.01.2025 (ersetzt die Fassung von 2019) · Verantwortlich: Matthias Kurz

## 1. Ausgangslage: kein Widerspruch in NRW

In Nordrhein-Westfalen ist das Widerspruchsverfahren für die meisten Verwaltungsakte abgeschafft (§ 110 Justizgesetz NRW – JustG NRW). Für **kommunale Steuern** (Grundsteuer, Gewerbesteuer, Hundesteuer, Vergnügungssteuer, Zweitwohnungsteuer) findet **kein Vorverfahren** statt. Der Rechtsbehelf ist die **Klage beim Verwaltungsgericht Arnsberg** innerhalb **eines Monats** nach Bekanntgabe (§ 74 Abs. 1 VwGO).

Trotzdem schreiben viele Bürger „Widerspruch“. Solche Schreiben werden nicht als unzulässig abgetan, sondern wie unten beschrieben behandelt.

## 2. Übersicht Rechtsbehelfe

| Bescheid | Erlassen von | Rechtsbehelf | Frist |
|---|---|---|---|
| Grundsteuerwertbescheid, Grundsteuermessbescheid | Finanzamt Lindenau | Einspruch beim Finanzamt (§ 347 AO) | 1 Monat |
| Gewerbesteuermessbescheid | Finanzamt Lindenau | Einspruch beim Finanzamt | 1 Monat |
| Grundsteuerbescheid | Stadt, Steueramt | Klage VG Arnsberg | 1 Monat |
| Gewerbesteuerbescheid, Vorauszahlungsbescheid | Stadt, Steueramt | Klage VG Arnsberg | 1 Monat |
| Hundesteuerbescheid | Stadt, Steueramt | Klage VG Arnsberg | 1 Monat |
| Vergnügungssteuer (Abweichung von der Anmeldung) | Stadt, Steueramt | Klage VG Arnsberg | 1 Monat |
| Abrechnungsbescheid über Säumniszuschläge (§ 218 Abs. 2 AO) | Stadt, Stadtkasse | Klage VG Arnsberg | 1 Monat |

Einwendungen gegen die **Höhe des Messbetrags** (Bewertung, Gewinn) können nur im Verfahren gegen den Bescheid des Finanzamts geltend gemacht werden. Der städtische Bescheid ist ein Folgebescheid; wird der Messbescheid geändert, ändern wir von Amts wegen (§ 175 Abs. 1 Satz 1 Nr. 1 AO).

## 3. Bekanntgabe und Fristberechnung

1. Ein per Post versandter Bescheid gilt am **vierten Tag** nach Aufgabe zur Post als bekanntgegeben (§ 122 Abs. 2 Nr. 1 AO in der ab 01.01.2025 geltenden Fassung, anwendbar über § 12 KAG NRW; vorher dritter Tag).
2. Fällt das Fristende auf einen Samstag, Sonntag oder Feiertag, endet die Frist am nächsten Werktag (§ 108 Abs. 3 AO).
3. Beispiel: Bescheid datiert und versandt am Donnerstag, 15.01.2026 → Bekanntgabe Montag, 19.01.2026 → Klagefrist endet Donnerstag, 19.02.2026.
4. Fehlt die Rechtsbehelfsbelehrung oder ist sie fehlerhaft, beträgt die Frist **ein Jahr** (§ 58 Abs. 2 VwGO). Deshalb nur die aktuellen Textbausteine in KDO-Steuern verwenden.

## 4. Umgang mit „Widersprüchen“

1. Eingang stempeln, in KDO-Steuern Vorgang „Einwendung“ anlegen.
2. **Innerhalb von zwei Wochen** schriftlich antworten (Textbaustein „Einwendung_NRW“) mit dem Hinweis, dass ein Widerspruch nicht statthaft ist, die Eingabe als Antrag auf Überprüfung bzw. Änderung behandelt wird und die **Klagefrist nicht unterbrochen** wird.
3. Inhaltlich prüfen: Ist der Bescheid fehlerhaft (falscher Hebesatz, falscher Steuerpflichtiger, Rechenfehler)? Dann Änderung nach §§ 172 ff. AO bzw. Berichtigung nach § 129 AO.
4. Richtet sich die Einwendung gegen den Messbetrag: Weiterleitung als Einspruch an das Finanzamt **nur mit Einverständnis** des Bürgers; sonst Hinweis, selbst Einspruch beim Finanzamt einzulegen (Fristwahrung liegt beim Bürger).
5. Klingt das Schreiben nach Klage („Ich klage“), trotzdem nicht weiterleiten; Hinweis auf das Verwaltungsgericht.

## 5. Aussetzung der Vollziehung

Weder Einspruch beim Finanzamt noch Klage haben **aufschiebende Wirkung** (§ 361 AO, § 80 Abs. 2 Nr. 1 VwGO). Der Betrag bleibt fällig. Antrag auf Aussetzung der Vollziehung (AdV) beim Steueramt möglich, wenn ernstliche Zweifel an der Rechtmäßigkeit bestehen; ist der Messbescheid beim Finanzamt ausgesetzt, setzen wir den Folgebescheid ebenfalls aus. Bei reinen Zahlungsschwierigkeiten: Stundung (DA SNE), keine AdV.

## 6. Klageverfahren

Geht eine Klage beim VG ein, übersendet das Gericht sie der Stadt. Zuständig für die Klageerwiderung ist das Steueramt in Abstimmung mit dem **Rechtsamt** (Dr. Katrin Jansen, Durchwahl -120). Frist für die Erwiderung laut Gericht beachten (meist vier Wochen); Verwaltungsvorgang vollständig und paginiert übersenden.

## 7. Wiedereinsetzung

Hat ein Bürger die Frist unverschuldet versäumt (Krankenhausaufenthalt, Urlaub bis sechs Wochen), kann das Gericht Wiedereinsetzung in den vorigen Stand gewähren (§ 60 VwGO). Das entscheidet nicht das Steueramt; Bürger an das Gericht verweisen.

## 8. Ansprechpartner

- Matthias Kurz, Amtsleitung Steueramt, -530
- Susanne Albers, Grundsteuer, -532
- Daniel Hartmann, Gewerbe- und Vergnügungssteuer, -536
- Tanja Roth, Hundesteuer, -534
- Dr. Katrin Jansen, Rechtsamt, -120
"""

DOCS = [
    {
        "path": "bauordnung/bauvoranfrage_merkblatt.docx",
        "meta": _meta(
            "Merkblatt Bauvoranfrage (Vorbescheid nach § 77 BauO NRW)",
            BO,
            "merkblatt",
            "Miriam Scholz",
            "2019-11-04",
            "2024-06-10",
            ["bauvoranfrage", "vorbescheid", "BauO NRW", "bauberatung", "BauGB"],
        ),
        "body": BAUVORANFRAGE,
    },
    {
        "path": "bauordnung/abgeschlossenheitsbescheinigung.pdf",
        "meta": _meta(
            "Abgeschlossenheitsbescheinigung nach dem WEG – Verfahren",
            BO,
            "prozessbeschreibung",
            "Renate Fischer",
            "2018-02-19",
            "2024-03-11",
            [
                "abgeschlossenheitsbescheinigung",
                "WEG",
                "aufteilungsplan",
                "wohnungseigentum",
                "teilungserklärung",
            ],
        ),
        "body": ABGESCHLOSSENHEIT,
    },
    {
        "path": "bauordnung/bauordnung_ansprechpartner.html",
        "meta": _meta(
            "Bauordnung – Wer macht was? (Ansprechpartner und Zuständigkeiten)",
            BO,
            "kontaktliste",
            "Kevin Schmitz",
            "2022-08-01",
            "2026-01-07",
            ["kontakte", "zuständigkeit", "bauordnung", "bezirke", "vertretung", "bauportal"],
        ),
        "body": BAUORDNUNG_KONTAKTE,
    },
    {
        "path": "kaemmerei/kassenanordnung_dienstanweisung.docx",
        "meta": _meta(
            "Dienstanweisung über Kassenanordnungen (DA Anordnungswesen)",
            KA,
            "dienstanweisung",
            "Dr. Michael Vogt",
            "2021-01-01",
            "2024-10-01",
            [
                "kassenanordnung",
                "auszahlungsanordnung",
                "annahmeanordnung",
                "sachlich richtig",
                "KomHVO NRW",
                "KDO-Kasse",
            ],
        ),
        "body": KASSENANORDNUNG,
    },
    {
        "path": "kaemmerei/stundung_ratenzahlung_dienstanweisung.pdf",
        "meta": _meta(
            "Dienstanweisung Stundung und Ratenzahlung (Teil der DA SNE)",
            KA,
            "dienstanweisung",
            "Birgit Lange",
            "2020-02-03",
            "2025-04-01",
            [
                "stundung",
                "ratenzahlung",
                "AO",
                "stundungszinsen",
                "vollstreckungsaufschub",
                "DA SNE",
            ],
        ),
        "body": STUNDUNG,
    },
    {
        "path": "steueramt/hundesteuer_merkblatt_2018_alt.pdf",
        "meta": _meta(
            "Merkblatt Hundesteuer (Stand Januar 2018)",
            ST,
            "merkblatt",
            "Elke Wagner",
            "2018-01-15",
            "2018-01-15",
            ["hundesteuer", "steuermarke", "hundesteuersatzung", "veraltet"],
        ),
        "body": HUNDESTEUER_2018,
    },
    {
        "path": "steueramt/gewerbesteuer_vorauszahlungen.docx",
        "meta": _meta(
            "Gewerbesteuer-Vorauszahlungen – Festsetzung und Anpassung",
            ST,
            "prozessbeschreibung",
            "Daniel Hartmann",
            "2020-05-11",
            "2025-10-20",
            ["gewerbesteuer", "vorauszahlung", "GewStG", "messbescheid", "hebesatz", "zinsen"],
        ),
        "body": GEWERBESTEUER,
    },
    {
        "path": "steueramt/vergnuegungssteuer_satzung_auszug.docx",
        "meta": _meta(
            "Vergnügungssteuersatzung – Auszug mit Bearbeitungshinweisen",
            ST,
            "satzung_auszug",
            "Daniel Hartmann",
            "2020-01-20",
            "2025-01-13",
            ["vergnügungssteuer", "spielgeräte", "spielhalle", "steueranmeldung", "satzung"],
        ),
        "body": VERGNUEGUNGSSTEUER,
    },
    {
        "path": "steueramt/rechtsbehelfe_fristen_steueramt.pdf",
        "meta": _meta(
            "Dienstanweisung Rechtsbehelfe und Fristen im Steueramt",
            ST,
            "dienstanweisung",
            "Matthias Kurz",
            "2019-04-01",
            "2025-01-02",
            [
                "widerspruch",
                "klage",
                "rechtsbehelf",
                "frist",
                "JustG NRW",
                "AO",
                "VwGO",
                "bekanntgabe",
            ],
        ),
        "body": RECHTSBEHELFE,
    },
]
