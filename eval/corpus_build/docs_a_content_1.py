"""Content of docs_a: Bürgerbüro/Meldewesen, Standesamt, Ordnungsamt/Gewerbe (docx, pdf, html)."""

BB = "Bürgerbüro/Meldewesen"
SA = "Standesamt"
OA = "Ordnungsamt/Gewerbe"


def _meta(title, department, doc_type, author, created, updated, tags, access_groups=()):
    return {
        "title": title,
        "department": department,
        "doc_type": doc_type,
        "author": author,
        "created": created,
        "updated": updated,
        "tags": list(tags),
        "access_groups": list(access_groups),
    }


PA_2019_ALT = """
# Personalausweis beantragen – Arbeitsanleitung Bürgerbüro

Stand: März 2019 · Verantwortlich: Gerd Habermann, Bürgerbüro

## 1. Allgemeines

Diese Arbeitsanleitung beschreibt die Antragsaufnahme für Personalausweise (PA), Reisepässe (RP) und Kinderreisepässe (KiRP). Rechtsgrundlagen sind das Personalausweisgesetz (PAuswG), das Passgesetz (PassG) sowie die Personalausweisgebührenverordnung (PAuswGebV) in der Fassung von 2017.

Kunden können ohne Termin kommen. Am Eingang ziehen sie eine Wartemarke; montags und donnerstags ist mit Wartezeiten über einer Stunde zu rechnen. Termine werden nur für Familien mit mehr als drei Anträgen telefonisch vergeben.

## 2. Ablauf am Schalter

1. Altes Dokument entgegennehmen oder Verlustanzeige aufnehmen.
2. Meldedaten in OK.EWO prüfen.
3. **Biometrisches Passfoto** (35 x 45 mm, nicht älter als sechs Monate) mit der Fotomustertafel prüfen und einscannen. Selbst ausgedruckte Fotos sind zulässig, wenn sie der Mustertafel entsprechen.
4. Fingerabdrücke: beim Reisepass Pflicht, beim Personalausweis **freiwillig** – Kunden fragen und im Antrag vermerken.
5. Unterschrift auf dem Unterschriftenpad.
6. Gebühr kassieren und Antrag an die Bundesdruckerei senden. Lieferzeit **vier bis sechs Wochen**.

## 3. Gebühren (Stand 2019)

| Dokument | ab 24 Jahre | unter 24 Jahre |
|---|---|---|
| Personalausweis | 28,80 € | 22,80 € |
| Reisepass (32 Seiten) | 60,00 € | 37,50 € |
| Reisepass (48 Seiten) | 82,00 € | 59,50 € |
| Expresspass Zuschlag | 32,00 € | 32,00 € |
| Kinderreisepass | 13,00 € | 13,00 € |
| Verlängerung/Aktualisierung Kinderreisepass | 6,00 € | 6,00 € |
| Vorläufiger Personalausweis | 10,00 € | 10,00 € |

## 4. Kinderreisepass

Der Kinderreisepass wird für Kinder bis zum 12. Geburtstag ausgestellt und sofort am Schalter gedruckt. Er ist sechs Jahre gültig, höchstens bis zum 12. Geburtstag, und kann verlängert werden. Passfoto wird eingeklebt und gesiegelt. Beide Elternteile müssen zustimmen.

## 5. Abholung

Die Dokumente können montags bis freitags ohne Wartemarke am Abholschalter (Schalter 5) abgeholt werden. PIN-Brief kommt per Post. Dritte benötigen eine Vollmacht.

## 6. Ansprechpartner

- Gerd Habermann, Sachgebietsleitung Pass- und Ausweiswesen, Durchwahl 0 23 45 / 678-211
- Sabine Krämer, Vertretung, Durchwahl -210
- Technische Probleme: IT-Abteilung im Rathaus, Herr Lenz, Durchwahl -150

Hinweis: Bei Störungen der Verbindung zur Bundesdruckerei bitte sofort Herrn Habermann informieren.
"""

MELDEBESCHEINIGUNG = """
# Formularhilfe: Antrag auf Meldebescheinigung

Diese Formularhilfe erklärt die Felder des Vordrucks „Antrag auf Ausstellung einer Meldebescheinigung“ (Vordruck BB-04, Stand 2024) und die Bearbeitung in OK.EWO. Sie richtet sich an neue Kolleginnen und Kollegen sowie an die Vertretung aus dem Standesamt.

## Rechtsgrundlagen

- § 18 Bundesmeldegesetz (BMG) – Meldebescheinigung
- § 44 BMG – einfache Melderegisterauskunft (für Dritte, **nicht** verwechseln!)
- Verwaltungsgebührensatzung der Stadt Hollerbach, Tarifstelle 3.2

## Was ist eine Meldebescheinigung?

Die Meldebescheinigung bestätigt der **gemeldeten Person selbst**, welche Daten im Melderegister über sie gespeichert sind. Umgangssprachlich sagen Kunden auch „Wohnsitzbescheinigung“, „Meldenachweis“ oder „Aufenthaltsbescheinigung“. Will ein Dritter (Vermieter, Inkassobüro, Anwalt) die Anschrift einer anderen Person wissen, ist das eine Melderegisterauskunft nach § 44 BMG – dafür gibt es einen eigenen Vordruck (BB-07).

## Die zwei Arten

| Art | Inhalt | Typischer Zweck | Gebühr |
|---|---|---|---|
| Einfache Meldebescheinigung (§ 18 Abs. 1 BMG) | Name, Doktorgrad, Anschrift, Einzugsdatum | Arbeitgeber, Kita, Bank | 10,00 € |
| Erweiterte Meldebescheinigung (§ 18 Abs. 2 BMG) | zusätzlich frühere Anschriften, Staatsangehörigkeit, Familienstand, gesetzliche Vertreter u. a. | Eheschließung, Einbürgerung, Behörden im Ausland | 12,00 € |
| Online über das Serviceportal (mit Online-Ausweis) | wie oben, als PDF mit elektronischem Siegel | alle | 5,00 € |

Gebührenfrei sind Bescheinigungen für Renten-, Sozialleistungs- und Kindergeldzwecke (Zweck im Feld 7 eintragen und auf der Bescheinigung vermerken).

## Die Felder des Vordrucks

1. **Feld 1 – Antragsteller/in:** Familienname, Vornamen, Geburtsdatum. Bei Namensänderung den aktuellen Namen.
2. **Feld 2 – Anschrift:** aktuelle Anschrift in Hollerbach. Nebenwohnung? Dann ankreuzen, welche Wohnung bescheinigt werden soll.
3. **Feld 3 – Art der Bescheinigung:** einfach oder erweitert. Im Zweifel einfach – die meisten Stellen brauchen nicht mehr.
4. **Feld 4 – Zusätzliche Daten** (nur bei erweiterter Bescheinigung): welche Daten genau? Nur ankreuzen, was wirklich gebraucht wird (Datensparsamkeit).
5. **Feld 5 – Für weitere Personen:** Familienangehörige im selben Haushalt können mit aufgenommen werden, wenn sie volljährig zustimmen oder minderjährige Kinder sind. Pro Person eine eigene Bescheinigung, Gebühr jeweils.
6. **Feld 6 – Zustellung:** Abholung, Post oder E-Mail (nur mit elektronischem Siegel aus dem Portal).
7. **Feld 7 – Verwendungszweck:** nur ausfüllen, wenn Gebührenfreiheit beantragt wird.
8. **Feld 8 – Vollmacht:** bei Antrag durch Dritte, Ausweis der bevollmächtigten Person vorlegen lassen.

## Bearbeitung in OK.EWO

1. Person suchen, Identität prüfen (Ausweis am Schalter, bei Post: Unterschriftsvergleich und Ausweiskopie).
2. Menü „Bescheinigungen“ → „Meldebescheinigung einfach“ bzw. „erweitert“ wählen; Datenumfang anhaken.
3. Bei **Auskunftssperre** (§ 51 BMG) im Datensatz: Bescheinigung nur an die Person selbst, nie per Post an abweichende Adresse.
4. Ausdruck auf Normalpapier, Dienstsiegel, Unterschrift.
5. Gebühr über das EC-Terminal kassieren; bei Postversand Rechnung über Kassenzeichen aus OK.EWO.

## Häufige Fragen am Schalter

- „Reicht die Meldebestätigung vom Umzug?“ – Die Meldebestätigung nach § 24 BMG bekommt man nur bei der Anmeldung; viele Stellen akzeptieren sie. Eine neue Meldebescheinigung ist dann nicht nötig.
- „Brauche ich eine Lebensbescheinigung für die Rente aus dem Ausland?“ – Die stellen wir ebenfalls aus (gebührenfrei, Formular des ausländischen Rententrägers mitbringen).

Rückfragen: Jonas Petersen (Key-User OK.EWO), 0 23 45 / 678-214, oder Melanie Yilmaz, -212.
"""

FUEHRUNGSZEUGNIS = """
# Führungszeugnis beantragen – Infoseite für das Bürgerbüro

Das Führungszeugnis (umgangssprachlich „polizeiliches Führungszeugnis“) wird **vom Bundesamt für Justiz (BfJ) in Bonn** ausgestellt. Das Bürgerbüro nimmt nur den Antrag auf, kassiert die Gebühr und übermittelt die Daten elektronisch an das Bundeszentralregister. Rechtsgrundlage ist das Bundeszentralregistergesetz (BZRG), §§ 30, 30a und 30b.

## Welche Arten gibt es?

| Art | Rechtsgrundlage | Belegart | Wird geschickt an |
|---|---|---|---|
| Privatführungszeugnis | § 30 Abs. 1 BZRG | N (normal) | Wohnanschrift der antragstellenden Person |
| Führungszeugnis zur Vorlage bei einer Behörde | § 30 Abs. 5 BZRG | O (Behörde) | direkt an die Behörde (Anschrift und Verwendungszweck angeben!) |
| Erweitertes Führungszeugnis | § 30a BZRG | NE bzw. OE | Kinder- und Jugendarbeit, Pflege; **nur mit schriftlicher Aufforderung** des Arbeitgebers oder Vereins |
| Europäisches Führungszeugnis | § 30b BZRG | – | für EU-Staatsangehörige, enthält auch Einträge des Heimatstaates |

Für eine Gaststättenerlaubnis oder eine Bewachungserlaubnis braucht das Ordnungsamt bzw. der Kreis ein Führungszeugnis der **Belegart O** – bitte Kunden darauf hinweisen, sonst muss neu beantragt werden.

## Ablauf am Schalter

1. Identität prüfen (Personalausweis oder Reisepass). Nur die betroffene Person selbst kann den Antrag stellen, auch Minderjährige ab 14 Jahren. Ein Antrag durch Bevollmächtigte ist **nicht** möglich.
2. Beim erweiterten Führungszeugnis: Aufforderungsschreiben des Trägers im Original vorlegen lassen, Kopie zum Vorgang.
3. In OK.EWO unter „BZR/GZR-Antrag“ den Antrag erfassen, Belegart und ggf. Behördenanschrift eintragen.
4. Gebühr kassieren oder Gebührenbefreiung prüfen.
5. Antrag elektronisch senden, Quittung mit Antragsdatum aushändigen.
6. Bearbeitungszeit beim BfJ: in der Regel **ein bis zwei Wochen**.

## Gebühren

| Leistung | Gebühr |
|---|---|
| Führungszeugnis (jede Belegart) | 13,00 € |
| Europäisches Führungszeugnis | 17,00 € |
| Auskunft aus dem Gewerbezentralregister (§ 150 GewO) | 13,00 € |

**Gebührenbefreiung** ist möglich für ehrenamtlich Tätige (Bestätigung des Vereins bzw. der Einrichtung über die ehrenamtliche Tätigkeit), bei Mittellosigkeit (Nachweis Bürgergeld, Sozialhilfe) und für Jugendleiter (Juleica). Die Befreiung wird mit dem Antrag beantragt, die Entscheidung trifft das BfJ.

Die Gebühren werden im Bürgerbüro vereinnahmt und monatlich von der Stadtkasse an die Bundeskasse abgeführt (Sammel-Kassenanordnung durch die Teamleitung Bürgerbüro).

## Online-Antrag

Kunden mit Online-Ausweis und Kartenlesegerät bzw. Smartphone-App können das Führungszeugnis direkt über das Online-Portal des BfJ beantragen und online bezahlen. Dann ist kein Besuch im Bürgerbüro nötig – bitte am Telefon darauf hinweisen, das spart Termine.

## Was tun, wenn …

- **… das Führungszeugnis nach drei Wochen nicht da ist?** Kunden an das BfJ verweisen (Auskunftsstelle Bundeszentralregister). Wir haben keinen Einblick in den Bearbeitungsstand.
- **… die Übermittlung in OK.EWO fehlschlägt?** Antrag in OK.EWO auf „zu senden“ lassen, Key-User Jonas Petersen (Durchwahl -214) informieren. Kunden **nicht** erneut zahlen lassen.
- **… der Kunde im Ausland wohnt?** Antrag direkt beim BfJ (schriftlich mit beglaubigter Unterschrift über die Auslandsvertretung).

## Ansprechpartner

- Melanie Yilmaz, Bürgerbüro, 0 23 45 / 678-212
- Jonas Petersen, Key-User OK.EWO, 0 23 45 / 678-214
- Sabine Krämer, Teamleitung, 0 23 45 / 678-210
"""

GEBURT = """
# Dienstanweisung Beurkundung von Geburten

Standesamt Hollerbach · gültig ab 01.03.2022 · letzte Änderung 15.09.2025

## 1. Zweck und Geltungsbereich

Diese Dienstanweisung regelt die Beurkundung von Geburten im Standesamtsbezirk Hollerbach, insbesondere der Geburten im St.-Marien-Hospital Hollerbach (ca. 650 Geburten pro Jahr) und der Hausgeburten. Sie gilt für alle Standesbeamtinnen und Standesbeamten und die Sachbearbeitung im Standesamt.

Rechtsgrundlagen: §§ 18–27 Personenstandsgesetz (PStG), §§ 31–35 Personenstandsverordnung (PStV), §§ 1591–1600d, 1616–1618 BGB (Abstammung und Geburtsname), Personenstandsverwaltungsvorschrift (PStG-VwV).

## 2. Anzeige der Geburt

Die Geburt ist dem Standesamt **binnen einer Woche** anzuzeigen (§ 18 PStG). Bei Geburten im Krankenhaus ist der Träger der Einrichtung zur schriftlichen Anzeige verpflichtet (§ 20 PStG). Das St.-Marien-Hospital übermittelt die Geburtsanzeige **elektronisch** über die Schnittstelle in AutiSta; die Eltern geben die Unterlagen entweder im Krankenhaus ab (Sammelkasten Standesamt, Abholung montags, mittwochs, freitags durch den Botendienst) oder bringen sie persönlich vorbei.

Bei Hausgeburten sind die Eltern, ersatzweise Hebamme oder Ärztin/Arzt, anzeigepflichtig (§ 19 PStG). Die Anzeige erfolgt mündlich im Standesamt mit Bescheinigung der Hebamme.

## 3. Erforderliche Unterlagen

| Familienstand der Mutter | Unterlagen |
|---|---|
| verheiratet | Eheurkunde oder beglaubigter Ausdruck aus dem Eheregister, Ausweise beider Eltern |
| ledig | Geburtsurkunde der Mutter, Ausweis; ggf. Vaterschaftsanerkennung und Sorgeerklärung (Jugendamt, Notar oder Standesamt) |
| geschieden / verwitwet | Eheurkunde mit Auflösungsvermerk bzw. Scheidungsurteil mit Rechtskraftvermerk oder Sterbeurkunde |
| Auslandsbezug | zusätzlich Nachweise der Staatsangehörigkeit, ggf. Übersetzungen; Fall an Frau Reuter |

Fehlen Unterlagen, wird die Geburt trotzdem zeitnah beurkundet, soweit die Tatsache der Geburt feststeht; fehlende Angaben werden als Hinweis nachgetragen.

## 4. Ablauf der Beurkundung

1. Eingang der elektronischen Geburtsanzeige in AutiSta prüfen (Postkorb „Geburten“ täglich bis 10 Uhr).
2. Unterlagen der Eltern zuordnen, Vollständigkeit prüfen. Fehlende Unterlagen per Textbaustein „Geburt – Nachforderung“ anfordern, Wiedervorlage eine Woche.
3. **Namensbestimmung** prüfen: Führen die Eltern einen Ehenamen, erhält das Kind diesen automatisch (§ 1616 BGB). Sind die Eltern nicht verheiratet und hat nur die Mutter das Sorgerecht, erhält das Kind ihren Namen (§ 1617a BGB); mit Sorgeerklärung und Vaterschaftsanerkennung kann auch der Name des Vaters bestimmt werden. Ohne Ehenamen und bei gemeinsamer Sorge bestimmen die Eltern den Geburtsnamen durch Erklärung (§ 1617 BGB); seit 01.05.2025 ist auch ein aus beiden Namen gebildeter Doppelname möglich. Die Erklärung ist öffentlich zu beglaubigen oder vor dem Standesamt abzugeben.
4. Vornamen prüfen: Kindeswohl, Geschlechtsbezug nicht mehr erforderlich. Zweifelsfälle (Fantasienamen, Ortsnamen) mit Frau Reuter besprechen; im Zweifel Anfrage an die Gesellschaft für deutsche Sprache.
5. Beurkundung im Geburtenregister in AutiSta, zweite Standesbeamtin liest gegen (Vier-Augen-Prinzip bei Auslandsbezug zwingend).
6. Urkunden erstellen und versenden bzw. zur Abholung bereitlegen.
7. Mitteilungen lösen: Meldebehörde (automatisch an OK.EWO), Bundeszentralamt für Steuern (Steuer-ID), Statistisches Landesamt IT.NRW, bei ledigen Müttern ggf. Jugendamt Kreis Lindenau.

## 5. Urkunden und Gebühren

Mit der Beurkundung erhalten die Eltern **gebührenfrei** je eine Geburtsurkunde für Kindergeld, Elterngeld und Mutterschaftsgeld/Krankenkasse (Zweck wird auf der Urkunde vermerkt, § 64 Abs. 1 PStG). Jede weitere Geburtsurkunde kostet 12,00 €, im selben Vorgang jede weitere 6,00 €. Die Zahlung erfolgt per Überweisung auf das Kassenzeichen aus AutiSta oder am EC-Terminal.

## 6. Fristüberschreitung

Ist eine Geburt nach drei Monaten noch nicht angezeigt, ermittelt das Standesamt von Amts wegen (§ 25 PStG) und beurkundet nach Aufklärung. Die Eltern werden angeschrieben; bei fehlender Mitwirkung Information an das Jugendamt. Ordnungswidrigkeit nach § 70 PStG nur in Ausnahmefällen nach Rücksprache mit der Amtsleitung.

## 7. Totgeburten, Fehlgeburten

Totgeburten (ab 500 g oder ab der 24. Schwangerschaftswoche) werden im Geburtenregister mit Vermerk beurkundet. Fehlgeburten können auf Wunsch der Eltern mit einer Bescheinigung dokumentiert werden (§ 31 Abs. 3 PStV). Hier besonders einfühlsames Vorgehen; Termin außerhalb der Sprechzeiten anbieten.

## 8. Ansprechpartner

- Claudia Reuter, Standesbeamtin, Auslandsfälle und Namensrecht, Durchwahl -230
- Thomas Brinkmann, Standesbeamter, Durchwahl -231
- Aylin Demir, Urkunden und Postkorb AutiSta, Durchwahl -232
- St.-Marien-Hospital, Patientenverwaltung Kreißsaal: Durchwahl siehe Kontaktliste Standesamt
"""

STERBEFALL = """
# Merkblatt: Sterbefall beurkunden

Dieses Merkblatt fasst zusammen, wie ein Sterbefall im Standesamt Hollerbach beurkundet wird. Es dient als Grundlage für Auskünfte am Telefon („Wie melde ich einen Todesfall?“) und für die Sachbearbeitung. In den meisten Fällen erledigt das **Bestattungsinstitut** die Anzeige für die Angehörigen.

## 1. Rechtsgrundlagen

- §§ 28–33 Personenstandsgesetz (PStG) – Sterbefallanzeige und Beurkundung
- §§ 37–39 Personenstandsverordnung (PStV)
- Bestattungsgesetz NRW (BestG NRW) – Leichenschau, Bestattungsfristen
- Verwaltungsgebührensatzung Standesamt

## 2. Zuständigkeit und Frist

Zuständig ist das Standesamt, in dessen Bezirk der Tod eingetreten ist – nicht das Standesamt des Wohnorts. Stirbt jemand aus Hollerbach im Klinikum Lindenau, ist das Standesamt Lindenau zuständig.

Der Tod muss dem Standesamt **spätestens am dritten Werktag** nach dem Tod angezeigt werden (§ 28 PStG). Samstage zählen hier nicht als Werktag.

## 3. Wer muss anzeigen?

1. Jede Person, die mit der verstorbenen Person in häuslicher Gemeinschaft gelebt hat.
2. Die Person, in deren Wohnung sich der Sterbefall ereignet hat.
3. Jede andere Person, die bei dem Tod zugegen war oder davon aus eigenem Wissen unterrichtet ist.

Bei Sterbefällen in Krankenhäusern, Alten- und Pflegeheimen zeigt die Einrichtung schriftlich an (§ 30 PStG). Die Angehörigen können ein Bestattungsinstitut mit der Anzeige beauftragen.

## 4. Benötigte Unterlagen

| Unterlage | Hinweis |
|---|---|
| Todesbescheinigung | vom Arzt, nicht vertraulicher Teil offen, vertraulicher Teil verschlossen |
| Personalausweis oder Reisepass der verstorbenen Person | wird entwertet und auf Wunsch zurückgegeben |
| Geburtsurkunde (bei Ledigen) | |
| Eheurkunde oder Auszug aus dem Eheregister (bei Verheirateten) | |
| zusätzlich Sterbeurkunde des Ehegatten (bei Verwitweten) | |
| Scheidungsurteil mit Rechtskraftvermerk (bei Geschiedenen) | |
| Ausweis der anzeigenden Person, ggf. Vollmacht des Bestatters | |

Bei ausländischen Staatsangehörigen oder Urkunden aus dem Ausland: zusätzlich Pass, Übersetzungen; Rücksprache mit Frau Reuter.

## 5. Ablauf im Standesamt

1. Eingang der Sterbefallanzeige (Bestatter meist per E-Mail vorab und mit Unterlagen persönlich). Eingangsstempel und Uhrzeit notieren.
2. Todesbescheinigung prüfen: Todesart „natürlich“, „nicht natürlich“ oder „ungeklärt“. Bei nicht natürlichem oder ungeklärtem Tod ist die **Freigabe der Staatsanwaltschaft** abzuwarten – keine Beurkundung der Todesursache, aber Beurkundung des Sterbefalls ist möglich, sobald Zeitpunkt und Ort feststehen.
3. Daten in AutiSta im Sterberegister erfassen, Gegenlesen durch zweite Person.
4. Beurkundung durch Standesbeamtin/Standesbeamten, Sterbeurkunden erstellen.
5. Mitteilungen automatisch oder per Vordruck: Meldebehörde (OK.EWO, Abmeldung von Amts wegen), Nachlassgericht beim Amtsgericht Lindenau, Gesundheitsamt Kreis Lindenau (vertraulicher Teil der Todesbescheinigung), Rentenservice über die Meldebehörde, Waffenbehörde bei Waffenbesitz.
6. Bestattungsgenehmigung: In NRW keine gesonderte Genehmigung des Standesamts; die Friedhofsverwaltung benötigt aber die Sterbeurkunde bzw. die Bescheinigung über die Beurkundung für die Grabvergabe.

## 6. Bestattungsfristen (BestG NRW)

- Erdbestattung frühestens 24 Stunden nach Eintritt des Todes, spätestens nach **zehn Tagen**.
- Feuerbestattung: zusätzliche zweite Leichenschau im Krematorium; Urnenbeisetzung innerhalb von sechs Wochen.
- Verlängerung nur auf Antrag beim Ordnungsamt (z. B. wenn Angehörige aus dem Ausland anreisen).

## 7. Gebühren

| Leistung | Gebühr |
|---|---|
| Beurkundung des Sterbefalls | gebührenfrei |
| Sterbeurkunde, erstes Exemplar | 12,00 € |
| jede weitere Sterbeurkunde im selben Vorgang | 6,00 € |
| Sterbeurkunde für Rentenversicherung, Krankenkasse, Versorgungsamt | gebührenfrei (Zweckvermerk) |

Angehörige brauchen erfahrungsgemäß **fünf bis acht Sterbeurkunden** (Banken, Versicherungen, Rentenversicherung, Arbeitgeber, Vermieter, Erbschein).

## 8. Wochenende und Feiertage

Am Wochenende ist das Standesamt nicht besetzt. Bestatter reichen die Unterlagen am nächsten Werktag ein. Für dringende Überführungen ins Ausland gibt es eine Rufbereitschaft über die Telefonzentrale der Feuerwehr (nur nach Ansage des Bestatters, kein Angebot für Privatpersonen).

## 9. Ansprechpartner

- Thomas Brinkmann, Standesbeamter, Sterbefälle, 0 23 45 / 678-231
- Claudia Reuter, Auslandsfälle, 0 23 45 / 678-230
- Aylin Demir, Urkunden, 0 23 45 / 678-232
- Friedhofsverwaltung (Grabvergabe, Friedhofsgebühren): siehe Telefonliste Friedhofsverwaltung
"""

GASTSTAETTE = """
# Gaststättenerlaubnis nach § 2 GastG – Bearbeitung im Ordnungsamt

Ordnungsamt Hollerbach, Sachgebiet Gewerbe · Verantwortlich: Jens Müller

## 1. Wann ist eine Erlaubnis nötig?

In NRW gilt weiterhin das **Gaststättengesetz des Bundes (GastG)** mit der Gaststättenverordnung NRW (GastV NRW). Erlaubnispflichtig ist nur, wer **alkoholische Getränke** zum Verzehr an Ort und Stelle ausschenkt (§ 2 Abs. 1 GastG). Wer nur alkoholfreie Getränke oder Speisen anbietet (Imbiss, Café ohne Alkohol), braucht keine Erlaubnis, aber eine Gewerbeanmeldung.

Die Erlaubnis ist **personen-, raum- und betriebsartbezogen**. Neue Erlaubnis erforderlich bei Inhaberwechsel, Änderung der Rechtsform, Erweiterung der Räume (z. B. Biergarten) oder Änderung der Betriebsart (Schankwirtschaft → Diskothek).

## 2. Verfahrensarten

| Verfahren | Rechtsgrundlage | Dauer/Gültigkeit | Gebühr (AVwGebO NRW) |
|---|---|---|---|
| Gaststättenerlaubnis | § 2 GastG | unbefristet | 300 € bis 3.500 €, Regelfall Schankwirtschaft 650 € |
| Vorläufige Erlaubnis bei Betriebsübernahme | § 11 GastG | i. d. R. drei Monate | 150 € |
| Gestattung aus besonderem Anlass (Schützenfest, Stadtfest) | § 12 GastG | nur für die Veranstaltung | 30 € bis 300 €, Vereine meist 30 € |
| Stellvertretungserlaubnis | § 9 GastG | befristet möglich | 100 € bis 500 € |

## 3. Unterlagen für die Erlaubnis

1. Antragsformular (unterschrieben), Personalausweis
2. **Führungszeugnis Belegart O** (zur Vorlage bei einer Behörde) – beantragt im Bürgerbüro
3. Auskunft aus dem **Gewerbezentralregister** (Belegart 9) – ebenfalls im Bürgerbüro
4. Unbedenklichkeitsbescheinigung des Finanzamts Lindenau und der Stadt Hollerbach (Steueramt, Gewerbesteuer/Vergnügungssteuer)
5. **Unterrichtungsnachweis** der IHK über lebensmittelrechtliche Kenntnisse (§ 4 Abs. 1 Nr. 4 GastG)
6. Miet- oder Pachtvertrag, Grundriss der Betriebsräume mit Flächenangaben
7. Bei juristischen Personen: Handelsregisterauszug, Gesellschaftsvertrag; Unterlagen für alle Geschäftsführer

## 4. Ablauf

1. Beratungsgespräch mit Herrn Müller (Termin, ca. 30 Minuten) – fast alle Probleme lassen sich dort klären.
2. Antrag mit Unterlagen annehmen, **Vorschuss von 25 %** der voraussichtlichen Gebühr anfordern (Kassenanordnung an die Stadtkasse).
3. Beteiligung (Frist zwei Wochen): Bauordnung (ist die Nutzung als Gaststätte genehmigt? Stellplätze?), Lebensmittelüberwachung beim Kreis Lindenau, Polizeiwache Hollerbach, ggf. Brandschutzdienststelle des Kreises.
4. Prüfung der **Zuverlässigkeit** (§ 4 Abs. 1 Nr. 1 GastG): Einträge im Führungszeugnis/GZR, Steuerrückstände.
5. Ortsbesichtigung vor Eröffnung (mit Lebensmittelüberwachung, wenn möglich gemeinsamer Termin).
6. Erlaubnisurkunde mit Auflagen (Sperrzeit, Lärmschutz, Jugendschutz) ausstellen, Gebührenbescheid (Restgebühr).
7. Gewerbeanmeldung nach § 14 GewO zusätzlich erfassen (GewA 1, siehe Prozessbeschreibung Gewerbeanzeigen).

Bearbeitungszeit bei vollständigen Unterlagen: **drei bis vier Wochen**. Ohne Erlaubnis darf der Betrieb nicht eröffnet werden – Ordnungswidrigkeit nach § 28 GastG.

## 5. Gestattungen für Feste

Vereine stellen den Antrag auf Gestattung nach § 12 GastG **spätestens vier Wochen** vor der Veranstaltung. Bei Veranstaltungen auf öffentlichen Straßen und Plätzen zusätzlich Sondernutzungserlaubnis (Herr Kowalski) und ggf. verkehrsrechtliche Anordnung. Jugendschutz-Hinweisblatt aushändigen. Für den Hollerbacher Schützenfestumzug und die Kirmes gibt es Sammeltermine im Februar.

## 6. Sperrzeit

Die allgemeine Sperrzeit in NRW beschränkt sich auf die „Putzstunde“ von 5 bis 6 Uhr (§ 4 GastV NRW). Für einzelne Betriebe kann die Sperrzeit bei Lärmbeschwerden verlängert werden (Anhörung, Bescheid durch die Amtsleitung).

## 7. Kontakte

- Jens Müller, Gaststätten und Gestattungen, Durchwahl -313
- Petra Schulte, Vertretung, -312
- Stefan Kowalski, Sondernutzungen/Außengastronomie, -316
- Frank Wollenweber, Amtsleitung (Versagung, Widerruf nach § 15 GastG), -310
"""

SONDERNUTZUNG = """
# Sondernutzung öffentlicher Straßen, Wege und Plätze

Diese Intranetseite beschreibt, wann eine **Sondernutzungserlaubnis** erforderlich ist und wie Anträge im Ordnungsamt bearbeitet werden. Bürgerinnen und Bürger sprechen meist von „Container auf die Straße stellen“, „Gerüst genehmigen lassen“ oder „Tische vor die Tür stellen“.

## Rechtsgrundlagen

- § 18 Straßen- und Wegegesetz NRW (StrWG NRW) – Sondernutzung an Gemeinde- und Landesstraßen
- § 8 Bundesfernstraßengesetz (FStrG) – Ortsdurchfahrten der B 236
- Satzung über Erlaubnisse und Gebühren für Sondernutzungen an öffentlichen Straßen in der Stadt Hollerbach (Sondernutzungssatzung) vom 09.12.2020, zuletzt geändert am 10.12.2024
- § 45 StVO – verkehrsrechtliche Anordnung (zusätzlich, wenn der Verkehr beeinträchtigt wird)

## Wann ist es eine Sondernutzung?

Eine Sondernutzung liegt vor, wenn die Straße über den **Gemeingebrauch** hinaus genutzt wird – also nicht nur zum Gehen, Fahren und Parken. Typische Fälle:

- Außengastronomie (Tische und Stühle auf dem Gehweg)
- Warenauslagen, Kundenstopper, Werbeaufsteller
- Bauschuttcontainer, Baugerüste, Baustelleneinrichtungen, Umzugswagen mit Halteverbot
- Plakatierung (Veranstaltungen, Wahlwerbung)
- Informationsstände von Parteien, Vereinen, Initiativen
- Verkaufsstände, Imbisswagen außerhalb von Märkten

Nicht bei uns: Sondernutzungen auf **Privatgrund** (keine Erlaubnis nötig) und Aufgrabungen für Leitungen (Tiefbauamt, Aufbruchgenehmigung).

## Antragsfristen

| Art | Antrag spätestens |
|---|---|
| Container, Umzug mit Halteverbotszone | 5 Arbeitstage vorher |
| Baugerüst, Baustelleneinrichtung | 2 Wochen vorher |
| Außengastronomie (Saison 1.3.–31.10.) | bis 31.01. für die ganze Saison |
| Infostand, Plakatierung | 2 Wochen vorher; Wahlwerbung siehe Wahlplakatierungsrichtlinie |
| Veranstaltungen auf Straßen und Plätzen | 6 Wochen vorher |

## Gebühren (Auszug aus dem Gebührentarif der Sondernutzungssatzung)

| Nutzung | Gebühr |
|---|---|
| Container bis 10 m³ | 15,00 € je angefangene Woche |
| Baugerüst, Bauzaun | 1,50 € je m² und angefangenen Monat, mindestens 25,00 € |
| Außengastronomie Innenstadt (Zone 1) | 18,00 € je m² und Saison |
| Außengastronomie übrige Stadt (Zone 2) | 10,00 € je m² und Saison |
| Warenauslage, Kundenstopper | 40,00 € je Stück und Jahr |
| Plakate (Veranstaltungen) | 1,00 € je Plakat, mindestens 20,00 € |
| Wahlwerbung politischer Parteien | gebührenfrei |
| Infostand gemeinnütziger Vereine | gebührenfrei |

Hinzu kommt eine **Verwaltungsgebühr** von 25,00 € je Erlaubnis.

## Ablauf der Bearbeitung

1. Antrag über das Online-Formular, per E-Mail an sondernutzung@hollerbach.de oder persönlich (Zimmer 108). Lageskizze mit Maßen ist Pflicht.
2. Prüfung: Restgehwegbreite von mindestens **1,50 m** (bei Außengastronomie 1,80 m für Kinderwagen und Rollstühle), Sichtdreiecke an Kreuzungen, Feuerwehrzufahrten, Haltestellen.
3. Bei Eingriff in den fließenden Verkehr: verkehrsrechtliche Anordnung durch die Straßenverkehrsbehörde (Ordnungsamt, Frau Kaya), Halteverbotsschilder stellt der Antragsteller über eine Fachfirma auf – **72 Stunden vorher**.
4. Bei Ortsdurchfahrt B 236: Zustimmung von Straßen.NRW einholen (Dauer ca. 2 Wochen).
5. Erlaubnis mit Auflagen (Widerrufsvorbehalt, Haftung, Reinigung, Beleuchtung bei Nacht) und Gebührenbescheid erteilen; Kassenanordnung an die Stadtkasse.
6. Kontrolle stichprobenartig durch den kommunalen Ordnungsdienst; ungenehmigte Nutzung: Anhörung, Ordnungsverfügung, Bußgeld nach § 59 StrWG NRW.

## Ansprechpartner

| Thema | Name | Durchwahl |
|---|---|---|
| Sondernutzungen allgemein, Außengastronomie | Stefan Kowalski | 0 23 45 / 678-316 |
| Verkehrsrechtliche Anordnungen, Halteverbote | Selin Kaya | 0 23 45 / 678-318 |
| Vertretung, Amtsleitung | Frank Wollenweber | 0 23 45 / 678-310 |
| Kontrolle vor Ort (KOD) | Bereitschaftshandy KOD | 0171 5550 319 |
"""

FUNDSACHEN = """
# Dienstanweisung Fundbüro

Ordnungsamt Hollerbach · Dienstanweisung Nr. 32/04 · in Kraft seit 01.07.2017, zuletzt geändert 03.02.2025

## 1. Geltungsbereich und Zuständigkeit

Das Fundbüro der Stadt Hollerbach ist Teil des Ordnungsamts (Zimmer 110, Rathaus, Erdgeschoss). Es nimmt Fundsachen an, die im Stadtgebiet gefunden werden, und verwahrt, verwertet oder gibt sie heraus. Zuständig ist Frau Heike Brandt (Durchwahl -315), Vertretung Herr Stefan Kowalski (-316).

Rechtsgrundlagen: §§ 965–984 Bürgerliches Gesetzbuch (BGB), § 978 BGB für Funde in Behördenräumen und öffentlichen Verkehrsmitteln, Verwaltungsgebührensatzung der Stadt Hollerbach.

## 2. Annahme von Fundsachen

1. Fundsache entgegennehmen, Finder identifizieren (Name, Anschrift, Telefon), Fundort und Funddatum erfassen.
2. Erfassung im Fundverwaltungsprogramm „FundInfo“ (Modul der KommunalIT Westfalen) mit Foto und Beschreibung; Fundnummer auf Anhänger.
3. Fragen, ob der Finder **Rechte an der Fundsache** behalten will (Eigentumserwerb nach Fristablauf, Finderlohn) oder darauf verzichtet. Verzicht schriftlich auf dem Fundschein.
4. Fundschein (Quittung) an den Finder aushändigen.
5. Funde mit einem Wert **bis 10 €** muss der Finder nicht abgeben (§ 965 Abs. 2 BGB) – wir nehmen sie trotzdem an.

## 3. Sonderregelungen nach Art der Fundsache

| Fundsache | Vorgehen |
|---|---|
| Personalausweise, Reisepässe | nicht in FundInfo, sondern gesammelt **jeden Dienstag** an das Bürgerbüro |
| Führerscheine, Fahrzeugpapiere | an die Führerscheinstelle bzw. Zulassungsstelle Kreis Lindenau |
| Bargeld | am selben Tag bei der Stadtkasse einzahlen (Verwahrkonto Fundgelder), Quittung zur Fundakte |
| EC-/Kreditkarten | Karte durchschneiden, an das ausgebende Institut senden |
| Handys, Tablets | nicht entsperren; IMEI notieren; nach 4 Wochen ohne Meldung Anfrage beim Netzbetreiber |
| Schlüssel | mit Fundort sorgfältig beschreiben, Aushang im Online-Fundbüro |
| Fahrräder | Lagerung beim Bauhof (Halle 3), Rahmennummer und Codierung notieren, Abgleich Polizei-Fahndung |
| Waffen, Munition, Betäubungsmittel | nicht annehmen – sofort Polizei verständigen |
| Lebende Tiere | Fundtiere gehen an das Tierheim Lindenau (Vertrag), Kosten trägt die Stadt |
| Verderbliche Sachen | dürfen sofort versteigert oder vernichtet werden (§ 966 Abs. 2 BGB), Vermerk |

## 4. Aufbewahrung und Suche

- Aufbewahrungsfrist: **sechs Monate** ab Anzeige des Fundes (§ 973 BGB).
- Fundsachen werden im Online-Fundbüro (ohne besondere Merkmale) veröffentlicht. Besondere Merkmale (Gravur, Inhalt der Geldbörse) bleiben geheim – sie dienen zum Eigentumsnachweis.
- Verlustmeldungen von Bürgern werden ebenfalls in FundInfo erfasst; das System gleicht automatisch ab.

## 5. Herausgabe an Verlierer oder Eigentümer

1. Eigentum glaubhaft machen lassen (Beschreibung der besonderen Merkmale, Kaufbeleg, Schlüssel passt).
2. Ausweis prüfen, Herausgabe quittieren lassen.
3. Finderlohn berechnen und dem Finder mitteilen, sofern er nicht verzichtet hat: **5 %** vom Wert bis 500 €, **3 %** vom Mehrwert, bei Tieren 3 % (§ 971 BGB). Bei Behördenfunden nach § 978 BGB nur die Hälfte, und erst ab 50 € Wert.
4. Verwaltungsgebühr für die Aufbewahrung: 5,00 € bis 25,00 € je nach Aufwand; Fahrräder 15,00 €.

## 6. Nach Ablauf der Frist

- Hat der Finder seine Rechte vorbehalten, wird er angeschrieben und kann die Sache innerhalb von **vier Wochen** abholen; danach verfällt der Anspruch.
- Sonstige Fundsachen gehen in das Eigentum der Stadt über und werden verwertet: **öffentliche Versteigerung** (Online-Auktion zweimal jährlich, Fahrräder im Frühjahr), Abgabe an gemeinnützige Einrichtungen (Kleidung an die Kleiderkammer), Vernichtung wertloser Sachen mit Protokoll (Vier-Augen-Prinzip).
- Erlöse werden über Kassenanordnung als Ertrag vereinnahmt.

## 7. Datenschutz

Fundsachen mit persönlichen Daten (Notizbücher, Speichermedien) werden nicht durchsucht, außer zur Feststellung des Eigentümers. Speichermedien werden vor der Verwertung durch die IT gelöscht oder physisch vernichtet.

## 8. Ansprechpartner

- Heike Brandt, Fundbüro, Durchwahl -315, fundbuero@hollerbach.de
- Stefan Kowalski, Vertretung, -316
- Bauhof (Lagerung Fundfahrräder): Halle 3, Ansprechpartner laut Telefonliste Bauhof
- Stadtkasse (Einzahlung Fundgeld): Olga Wiebe, -521
"""

DOCS = [
    {
        "path": "buergerbuero/personalausweis_beantragen_2019_alt.docx",
        "meta": _meta(
            "Personalausweis beantragen – Arbeitsanleitung (Stand 2019)",
            BB,
            "prozessbeschreibung",
            "Gerd Habermann",
            "2019-03-04",
            "2019-03-04",
            ["personalausweis", "reisepass", "kinderreisepass", "gebühren", "veraltet"],
        ),
        "body": PA_2019_ALT,
    },
    {
        "path": "buergerbuero/meldebescheinigung_formularhilfe.docx",
        "meta": _meta(
            "Formularhilfe Antrag auf Meldebescheinigung",
            BB,
            "formularhilfe",
            "Jonas Petersen",
            "2020-07-13",
            "2024-10-21",
            ["meldebescheinigung", "BMG", "OK.EWO", "formular", "melderegisterauskunft"],
        ),
        "body": MELDEBESCHEINIGUNG,
    },
    {
        "path": "buergerbuero/fuehrungszeugnis_beantragen.html",
        "meta": _meta(
            "Führungszeugnis beantragen",
            BB,
            "merkblatt",
            "Melanie Yilmaz",
            "2021-05-03",
            "2025-02-10",
            [
                "führungszeugnis",
                "BZRG",
                "bundesamt für justiz",
                "gewerbezentralregister",
                "gebühren",
            ],
        ),
        "body": FUEHRUNGSZEUGNIS,
    },
    {
        "path": "standesamt/geburtsbeurkundung_dienstanweisung.docx",
        "meta": _meta(
            "Dienstanweisung Beurkundung von Geburten",
            SA,
            "dienstanweisung",
            "Claudia Reuter",
            "2022-03-01",
            "2025-09-15",
            [
                "geburt",
                "geburtsbeurkundung",
                "PStG",
                "namensbestimmung",
                "autista",
                "geburtsurkunde",
            ],
        ),
        "body": GEBURT,
    },
    {
        "path": "standesamt/sterbefall_beurkunden_merkblatt.pdf",
        "meta": _meta(
            "Merkblatt Sterbefall beurkunden",
            SA,
            "merkblatt",
            "Thomas Brinkmann",
            "2019-10-07",
            "2025-05-19",
            ["sterbefall", "sterbeurkunde", "PStG", "BestG NRW", "bestatter", "todesbescheinigung"],
        ),
        "body": STERBEFALL,
    },
    {
        "path": "ordnungsamt/gaststaettenerlaubnis.docx",
        "meta": _meta(
            "Gaststättenerlaubnis nach § 2 GastG – Bearbeitung",
            OA,
            "prozessbeschreibung",
            "Jens Müller",
            "2018-06-18",
            "2025-03-31",
            [
                "gaststätte",
                "gaststättenerlaubnis",
                "GastG",
                "gestattung",
                "konzession",
                "sperrzeit",
            ],
        ),
        "body": GASTSTAETTE,
    },
    {
        "path": "ordnungsamt/sondernutzung_oeffentlicher_verkehrsraum.html",
        "meta": _meta(
            "Sondernutzung öffentlicher Straßen, Wege und Plätze",
            OA,
            "merkblatt",
            "Stefan Kowalski",
            "2021-01-11",
            "2025-01-27",
            [
                "sondernutzung",
                "StrWG NRW",
                "außengastronomie",
                "container",
                "gerüst",
                "plakatierung",
            ],
        ),
        "body": SONDERNUTZUNG,
    },
    {
        "path": "ordnungsamt/fundsachen_dienstanweisung.pdf",
        "meta": _meta(
            "Dienstanweisung Fundbüro",
            OA,
            "dienstanweisung",
            "Heike Brandt",
            "2017-07-01",
            "2025-02-03",
            ["fundsachen", "fundbüro", "BGB", "finderlohn", "versteigerung", "fundfahrräder"],
        ),
        "body": FUNDSACHEN,
    },
]
