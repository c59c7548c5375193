"""The two interview transcripts delivered as Word files (Q/A with speaker names), as data.

Turn tuples: ("K", text) is the interviewer, ("E", text) the expert. Written by build_interviews.py.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

FIXED_TIME = (2026, 1, 5, 9, 0, 0)


def write_docx(interview: dict, path: Path) -> None:
    """Title, a small facts table, the conversation as bold-name paragraphs, a contacts table."""
    doc = Document()
    doc.core_properties.author = interview["meta"]["author"]
    doc.core_properties.title = interview["meta"]["title"]
    stamp = dt.datetime(*FIXED_TIME)
    doc.core_properties.created = doc.core_properties.modified = stamp
    doc.core_properties.last_printed = stamp
    doc.add_heading(interview["meta"]["title"], level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for key, value in interview["facts"]:
        row = table.add_row().cells
        row[0].text, row[1].text = key, value
    doc.add_heading("Gesprächsverlauf", level=2)
    names = {"K": interview["interviewer"], "E": interview["meta"]["expert"]}
    for who, text in interview["turns"]:
        para = doc.add_paragraph()
        run = para.add_run(f"{names[who]}: ")
        run.bold = interview["bold_names"]
        para.add_run(text)
        para.paragraph_format.space_after = Pt(6)
    doc.add_heading(interview["summary_heading"], level=2)
    for item in interview["summary"]:
        doc.add_paragraph(item, style="List Bullet")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """python-docx stamps zip entries with the current time; fixed stamps keep the output stable."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, blob in entries:
            dst.writestr(zipfile.ZipInfo(name, FIXED_TIME), blob, zipfile.ZIP_DEFLATED)


HOFFMANN_TURNS = [
    ("K", "Frau Hoffmann-Rieke, vielen Dank für Ihre Zeit. Wie lange sind Sie in der Bauordnung?"),
    (
        "E",
        "Seit 1990. Ich habe als technische Zeichnerin angefangen und bin dann in die Sachbearbeitung gewechselt. Nach sechsunddreißig Jahren ist im Februar Schluss.",
    ),
    (
        "K",
        "Was sollte jemand Neues in der Bauordnung als Erstes wissen, was nicht in den Akten steht?",
    ),
    (
        "E",
        "Das Baulastenverzeichnis. Offiziell ist das digital, seit 2008 im Fachverfahren. Aber die Baulasten von vor 1995 sind nur auf Karteikarten erfasst, im Rollschrank im Archivraum hinter meinem Büro. Bei der Digitalisierung wurden nur die aktiven Blätter übernommen, und dabei ist einiges durchgerutscht. Wer eine Baulastenauskunft gibt und nur ins Fachverfahren guckt, kann etwas übersehen. Also immer zusätzlich die Karteikarten prüfen, besonders bei Abstandflächenbaulasten in der Altstadt.",
    ),
    ("K", "Und alte Bauakten, wo findet man die?"),
    (
        "E",
        "Für Hollerbach selbst liegen die Hausakten bei uns im Keller, nach Straßen sortiert. Für Oberdorf ist es komplizierter: Bis zur Gebietsreform 1975 war die Bauaufsicht für Oberdorf beim Kreis. Die alten Oberdorfer Akten liegen deshalb im Kreisarchiv in Lindenau. Da ruft man Herrn Brandt beim Kreis an, Durchwahl 412, der kennt das. Der sucht einem die Akte raus und schickt eine Kopie, wenn man ihm Gemarkung, Flur und Flurstück nennt. Offiziell müsste man einen schriftlichen Antrag stellen, das dauert dann sechs Wochen.",
    ),
    ("K", "Wie ist es mit den Gebühren im Fachverfahren?"),
    (
        "E",
        "ProBauG rechnet die Gebühren nach der Tarifstelle automatisch. Aber bei Rohbauwerten über einer Million stimmt die Berechnung nicht, weil die Höchstgebühr nicht richtig gekappt wird. Das ist seit Jahren gemeldet und nie behoben worden. Für diese Fälle rechne ich mit meiner Excel-Datei nach, Gebuehrenrechner_Rohbau_v3.xlsx, die liegt auf dem S-Laufwerk unter Bauordnung, Vorlagen. Die v2 bitte nicht mehr nehmen, die hat noch die alten Rohbauwerte pro Kubikmeter von 2019.",
    ),
    (
        "K",
        "Im Prozessmodell gibt es die Nachforderung mit der Rücknahmefiktion. Worauf muss man da achten?",
    ),
    (
        "E",
        "Dass die Frist im Nachforderungsschreiben drinsteht und der Hinweis, dass der Antrag sonst als zurückgenommen gilt. Fehlt der Hinweis, ist die Rücknahmefiktion nicht wirksam. Das ist uns 2020 vor dem Verwaltungsgericht auf die Füße gefallen. Seitdem ist der Textbaustein NF-03 Pflicht. Und die Frist in ProBAUG als Wiedervorlage eintragen, sonst merkt keiner, dass sie abgelaufen ist.",
    ),
    ("K", "Wie läuft das mit dem gemeindlichen Einvernehmen?"),
    (
        "E",
        "Da ist das Problem, dass der Bau- und Planungsausschuss nur alle sechs Wochen tagt. Die Frist für das Einvernehmen ist zwei Monate, danach gilt es als erteilt. Also muss die Vorlage spätestens vier Wochen vor der Sitzung im Ratsbüro bei Frau Strothmann sein. Wenn es nicht passt, gibt es die Möglichkeit der Dringlichkeitsentscheidung, aber das will die Bürgermeisterin nur in Ausnahmefällen. Ich habe mir deshalb die Sitzungstermine immer gleich im Januar für das ganze Jahr in den Kalender eingetragen und rückwärts gerechnet.",
    ),
    ("K", "Wie gehen Sie mit Bauanträgen um, die über das Bauportal digital kommen?"),
    (
        "E",
        "Seit 2023 kommen die ersten Anträge digital über das Bauportal NRW. Die Dateien landen in einem Postfach, das ProBauG nicht automatisch abholt. Man muss morgens im Portal-Postfach nachsehen und die Unterlagen von Hand importieren. Das hat die Servicestelle anfangs nicht gewusst, da lagen Anträge drei Wochen unbemerkt. Seitdem steht auf meiner Checkliste für den Morgen: erst das Portal, dann die Papierpost. Und die Eingangsbestätigung mit dem Datum aus dem Portal schreiben, nicht mit dem Importdatum, sonst stimmen die Fristen nicht.",
    ),
    ("K", "Gibt es Probleme mit den Dateiformaten?"),
    (
        "E",
        "Ja, die Architekten schicken Pläne als riesige PDF-Dateien mit Ebenen. ProBauG zeigt die manchmal leer an. Dann die Datei einmal mit dem PDF-Drucker neu drucken, dann geht es. Das ist ein Trick, den ich von der IT habe, von Herrn Bettermann.",
    ),
    ("K", "Welche Partner von außen sind wichtig?"),
    (
        "E",
        "Das Vermessungsbüro Brenken, die machen die meisten amtlichen Lagepläne hier. Wenn ein Lageplan unklar ist, rufe ich direkt bei Herrn Brenken an. Und beim Kreis die Brandschutzdienststelle, die Stellungnahmen dauern da gern länger als einen Monat. Da hilft eine freundliche Erinnerung nach drei Wochen.",
    ),
    ("K", "Gibt es saisonale Dinge?"),
    (
        "E",
        "Im Frühjahr kommen die Anfragen zu Gartenhäusern, Carports und Terrassenüberdachungen. Da ist vieles genehmigungsfrei, Gebäude bis 30 Kubikmeter, im Außenbereich nur 7,5. Aber die Abstandflächen gelten trotzdem, und da gibt es dann im Sommer den Nachbarstreit. Ich habe ein Merkblatt dazu geschrieben, das liegt am Empfang, aber ehrlich gesagt erklärt man es am Telefon fünfmal am Tag.",
    ),
    ("K", "Und Nachbarbeschwerden, wie gehen Sie damit um?"),
    (
        "E",
        "Ich fahre hin, bevor ich einen Brief schreibe. Meistens ist es ein Streit, der mit Bauordnung wenig zu tun hat. Wenn es wirklich ein Verstoß ist, dann Anhörung und Ordnungsverfügung. Die Fotos vom Ortstermin kommen in die Akte mit Datum, das wird vor Gericht wichtig.",
    ),
    ("K", "Wer vertritt Sie in der Bauordnung?"),
    (
        "E",
        "Herr Wolters, der Amtsleiter, und für die Baulasten Frau Kaya. Frau Kaya kennt die Karteikarten, die habe ich letztes Jahr eingearbeitet.",
    ),
    ("K", "Was ist Ihr wichtigster Rat?"),
    (
        "E",
        "Die Akten ordentlich führen. Jede Telefonnotiz in die Akte. Und keine Zusagen am Telefon, was genehmigt wird. Das wird einem Jahre später vorgehalten.",
    ),
    ("K", "Danke, Frau Hoffmann-Rieke."),
]

STROTHMANN_TURNS = [
    (
        "K",
        "Frau Strothmann, danke, dass Sie mitmachen. Wie lange betreuen Sie schon den Sitzungsdienst?",
    ),
    (
        "E",
        "Im Ratsbüro bin ich seit 1992. Ich habe fünf Bürgermeister erlebt und, warten Sie, sieben Wahlperioden. Ende Oktober gehe ich.",
    ),
    ("K", "Was ist die wichtigste Frist, die man kennen muss?"),
    (
        "E",
        "Die Ladungsfrist. Laut Geschäftsordnung sieben volle Tage. Der Rat tagt donnerstags. Das heißt, die Einladung muss spätestens am Mittwoch der Vorwoche raus, und zwar vollständig mit den Vorlagen. Und was viele vergessen: die öffentliche Bekanntmachung im Amtsblatt. Redaktionsschluss für das Amtsblatt ist Freitag um 12 Uhr in der Woche davor. Wer das verpasst, hat eine fehlerhafte Bekanntmachung, und dann kann jemand die Beschlüsse angreifen.",
    ),
    ("K", "Wie sieht es mit dem Ratsinformationssystem aus?"),
    (
        "E",
        "SD.NET. Das funktioniert meistens gut. Aber der PDF-Export der Vorlagen hängt, wenn große Pläne als Anlage drin sind, so ab zwanzig Megabyte. Dann läuft der Export ewig und bricht irgendwann ab. Mein Workaround: Die Pläne vorher mit dem PDF-Programm verkleinern, oder den Plan nicht als Anlage, sondern als separates Dokument im Ratsinfo einstellen und in der Vorlage nur darauf verweisen. Die Fachämter wissen das oft nicht, deshalb sage ich bei Bauleitplanung immer vorher Bescheid.",
    ),
    ("K", "Wie ist das mit den Fraktionen?"),
    (
        "E",
        "Die Fraktionsvorsitzenden wollen die Vorlagen gern vorab per Mail haben. Das machen wir nicht, weil dann nicht alle Ratsmitglieder gleichzeitig informiert sind. Die einzige Ausnahme ist der Haushaltsplanentwurf. Der geht nach Einbringung in den Rat an alle Fraktionen gleichzeitig als PDF, und die Haushaltsreden werden vorher mit den Fraktionen abgestimmt, wer wann spricht. Das ist keine Regel, das ist eine Tradition seit Bürgermeister Hellmann.",
    ),
    ("K", "Wie bereiten Sie eine Sitzung konkret vor, sagen wir eine Ratssitzung?"),
    (
        "E",
        "Drei Wochen vorher schicke ich den Fachämtern eine Erinnerung, dass die Vorlagen bis zum Vorlagenschluss da sein müssen. Vorlagenschluss ist bei mir immer der Dienstag, zwei Wochen vor der Sitzung. Das steht nirgendwo offiziell, aber sonst schaffe ich die formale Prüfung, die Unterschrift der Bürgermeisterin und den Versand nicht. Wer später kommt, muss eine Tischvorlage machen, und die mag der Rat überhaupt nicht. Außerdem reserviere ich den Ratssaal im Raumbuchungssystem für das ganze Jahr im Voraus, sonst bucht die Volkshochschule den Saal für einen Kurs.",
    ),
    ("K", "Und nichtöffentliche Vorlagen?"),
    (
        "E",
        "Die laufen getrennt. Die werden nicht im öffentlichen Ratsinfo eingestellt, sondern nur im geschützten Bereich für die Mandatsträger. Personalangelegenheiten und Grundstücksgeschäfte sind immer nichtöffentlich. Da prüfe ich zweimal, ob der richtige Haken gesetzt ist, weil ein Fehler da sofort in der Zeitung steht. Das ist einmal passiert, 2014, und das vergisst hier keiner.",
    ),
    ("K", "Wie wird das Sitzungsgeld abgerechnet?"),
    (
        "E",
        "Halbjährlich. Ich führe die Anwesenheit in der Excel-Datei Sitzungsgeld_2025.xlsx, für jedes Jahr eine neue, im Ordner Ratsbüro, Sitzungsgeld. Die Anwesenheitslisten aus den Sitzungen sind die Grundlage. Ende Juni und Ende Dezember geht die Abrechnung an die Stadtkasse. Verdienstausfall müssen die Ratsmitglieder gesondert beantragen, mit Bescheinigung vom Arbeitgeber. Da gibt es immer wieder Nachfragen, und die Beträge richten sich nach der Hauptsatzung.",
    ),
    ("K", "Was passiert mit den Tonaufnahmen der Sitzungen?"),
    (
        "E",
        "Die Tonaufnahme ist nur Hilfsmittel für die Niederschrift. Sobald der Rat die Niederschrift genehmigt hat, wird die Aufnahme gelöscht. Das dokumentiere ich in einer kleinen Löschliste. Es gab mal einen Streit, weil ein Ratsmitglied die Aufnahme haben wollte, und da war es wichtig, dass wir nachweisen konnten, wann sie gelöscht wurde.",
    ),
    ("K", "Und die Technik im Ratssaal?"),
    (
        "E",
        "Die Mikrofonanlage ist alt. Wenn sie ausfällt, zuerst den Hausmeister, Herrn Nowak, anrufen. Im Schrank hinter der Bühne liegen vier Funkmikrofone als Ersatz, der Schrank hat ein Zahlenschloss, der Code ist das Jahr der Gebietsreform. Und für die Tablets der Ratsmitglieder ist die IT zuständig, Herr Bettermann. Wenn ein Ratsmitglied sein Passwort vergessen hat, dann bitte nicht in der Sitzung zurücksetzen, das dauert zu lange, dann bekommt er die Papiervorlage aus der Reserve.",
    ),
    ("K", "Gibt es saisonale Dinge im Sitzungsdienst?"),
    (
        "E",
        "Der Sitzungskalender für das nächste Jahr muss im August aufgestellt werden, damit der Rat ihn im September beschließt. In den Sommerferien in NRW gibt es keine Sitzungen, das ist eine feste Absprache. Und im November und Dezember sind die Haushaltsberatungen, da braucht man doppelt so viel Zeit für die Niederschriften.",
    ),
    ("K", "Was muss man zu Niederschriften wissen?"),
    (
        "E",
        "Die Niederschrift muss innerhalb von zwei Wochen fertig sein und von der Bürgermeisterin und mir unterschrieben werden. Die Beschlüsse gehen sofort danach als Auszug an die Fachämter, die müssen die Umsetzung in SD.NET rückmelden. Die Beschlusskontrolle mache ich zweimal im Jahr als Bericht für den Haupt- und Finanzausschuss. Da fehlen immer Rückmeldungen, und da muss man nachtelefonieren.",
    ),
    ("K", "Gibt es eine Vertretung für Sie im Sitzungsdienst?"),
    (
        "E",
        "Frau Peters aus dem Hauptamt. Sie hat schon Ausschusssitzungen protokolliert, aber noch keine Ratssitzung allein. Das sollte bis zum Herbst einmal geübt werden.",
    ),
    ("K", "Was ist Ihr wichtigster Rat?"),
    (
        "E",
        "Ruhe bewahren und die Geschäftsordnung kennen. In den Sitzungen kommen Geschäftsordnungsanträge, und die Bürgermeisterin guckt dann zu mir. Ich habe eine kommentierte Ausgabe der Geschäftsordnung mit meinen Notizen, die liegt im Schreibtisch, die sollte meine Nachfolgerin bekommen.",
    ),
    ("K", "Vielen Dank, Frau Strothmann."),
]

DOCX_INTERVIEWS = [
    {
        "file": "interview_hoffmann-rieke_bauordnung.docx",
        "interviewer": "Sandra Kühn",
        "bold_names": True,
        "turns": HOFFMANN_TURNS,
        "facts": [
            ("Datum", "18.11.2025"),
            ("Interviewerin", "Sandra Kühn, Personalamt"),
            ("Expertin", "Gisela Hoffmann-Rieke, Sachbearbeitung Bauordnung"),
            ("Anlass", "Wissenssicherung vor Eintritt in den Ruhestand (02/2026)"),
        ],
        "summary_heading": "Merkposten aus dem Gespräch",
        "summary": [
            "Baulasten vor 1995: Karteikarten im Rollschrank zusätzlich prüfen",
            "Oberdorfer Bauakten vor 1975: Kreisarchiv, Herr Brandt (Durchwahl 412)",
            "Gebühren ab 1 Mio. Rohbauwert: Gebuehrenrechner_Rohbau_v3.xlsx",
            "Nachforderung: Textbaustein NF-03 mit Rücknahmehinweis",
            "Bauportal-Postfach morgens prüfen",
        ],
        "meta": {
            "title": "Experteninterview: Gisela Hoffmann-Rieke, Sachbearbeitung Bauordnung",
            "department": "Bauordnung",
            "doc_type": "interview",
            "expert": "Gisela Hoffmann-Rieke",
            "author": "Sandra Kühn, Personalamt",
            "created": dt.date(2025, 11, 18),
            "tags": ["wissenssicherung", "bauordnung", "baulasten", "bauantrag", "ruhestand"],
        },
    },
    {
        "file": "interview_strothmann_ratsbuero.docx",
        "interviewer": "Sandra Kühn",
        "bold_names": False,
        "turns": STROTHMANN_TURNS,
        "facts": [
            ("Datum", "30.09.2025"),
            ("Interviewerin", "Sandra Kühn, Personalamt"),
            ("Expertin", "Monika Strothmann, Ratsbüro/Sitzungsdienst"),
            ("Anlass", "Wissenssicherung vor Eintritt in den Ruhestand (10/2026)"),
        ],
        "summary_heading": "Offene Punkte für die Übergabe",
        "summary": [
            "Kommentierte Geschäftsordnung an Nachfolgerin übergeben",
            "Ratssitzung mit Frau Peters üben",
            "Sitzungskalender 2027 im August aufstellen",
        ],
        "meta": {
            "title": "Experteninterview: Monika Strothmann, Sitzungsdienst",
            "department": "Ratsbüro/Sitzungsdienst",
            "doc_type": "interview",
            "expert": "Monika Strothmann",
            "author": "Sandra Kühn, Personalamt",
            "created": dt.date(2025, 9, 30),
            "tags": ["wissenssicherung", "sitzungsdienst", "SD.NET", "ladungsfrist", "ruhestand"],
        },
    },
]
