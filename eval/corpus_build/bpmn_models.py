"""Process models of Stadt Hollerbach as data, written as BPMN 2.0 XML the way modelling tools export them.

Used by build_interviews.py; every model carries lanes, documentation and a BPMNDiagram section.
Node tuple: (id, kind, name, lane_id, column, row, documentation); flow tuple: (id, source, target,
name, condition). Boundary events: kind "boundaryEvent:<attachedToRef>".
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

TOOLS = {
    "camunda": (
        'exporter="Camunda Modeler" exporterVersion="5.31.0" '
        'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
        'xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
        'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.22.0"'
    ),
    "signavio": (
        'exporter="Signavio Process Editor, http://www.signavio.com" exporterVersion="18.6.0" '
        'xmlns:signavio="http://www.signavio.com" expressionLanguage="http://www.w3.org/TR/XPath" '
        'typeLanguage="http://www.w3.org/2001/XMLSchema"'
    ),
    "bpmnio": 'exporter="bpmn-js (https://demo.bpmn.io)" exporterVersion="17.11.1"',
}
SIZES = {"event": (36, 36), "gateway": (50, 50), "task": (100, 80)}
LANE_H, COL_W, X0 = 200, 150, 230


def _shape_kind(kind: str) -> str:
    if kind.endswith("Event") or kind.startswith("boundaryEvent"):
        return "event"
    return "gateway" if kind.endswith("Gateway") else "task"


def _bounds(node: tuple, lane_index: dict[str, int]) -> tuple[int, int, int, int]:
    nid, kind, _name, lane, col, row, _doc = node
    w, h = SIZES[_shape_kind(kind)]
    cx = X0 + col * COL_W + 50
    cy = lane_index[lane] * LANE_H + 60 + row * 90
    return cx - w // 2, cy - h // 2, w, h


def _node_xml(node: tuple, model: dict) -> str:
    nid, kind, name, _lane, _col, _row, doc = node
    attrs = f"id={quoteattr(nid)} name={quoteattr(name)}" if name else f"id={quoteattr(nid)}"
    tag = kind
    if kind.startswith("boundaryEvent:"):
        tag = "boundaryEvent"
        attrs += f' attachedToRef="{kind.split(":", 1)[1]}" cancelActivity="true"'
    if nid in model.get("default", {}):
        attrs += f' default="{model["default"][nid]}"'
    if model["tool"] == "camunda" and kind == "userTask" and model.get("groups", {}).get(nid):
        attrs += f' camunda:candidateGroups="{model["groups"][nid]}"'
    inner = []
    if doc:
        inner.append(f"      <bpmn:documentation>{escape(doc)}</bpmn:documentation>")
    if model["tool"] == "signavio":
        inner.append(
            "      <bpmn:extensionElements>\n"
            '        <signavio:signavioMetaData metaKey="bgcolor" metaValue="#ffffcc" />\n'
            "      </bpmn:extensionElements>"
        )
    inner += [f"      <bpmn:incoming>{f[0]}</bpmn:incoming>" for f in model["flows"] if f[2] == nid]
    inner += [f"      <bpmn:outgoing>{f[0]}</bpmn:outgoing>" for f in model["flows"] if f[1] == nid]
    if kind.startswith("boundaryEvent") or kind == "intermediateCatchEvent":
        inner.append(f'      <bpmn:timerEventDefinition id="TimerDef_{nid}" />')
    return f"    <bpmn:{tag} {attrs}>\n" + "\n".join(inner) + f"\n    </bpmn:{tag}>"


def _flow_xml(flow: tuple) -> str:
    fid, src, tgt, name, cond = flow
    name_attr = f" name={quoteattr(name)}" if name else ""
    head = f'    <bpmn:sequenceFlow id="{fid}"{name_attr} sourceRef="{src}" targetRef="{tgt}"'
    if not cond:
        return head + " />"
    return (
        head + ">\n"
        f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(cond)}'
        "</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>"
    )


def _lanes_xml(model: dict) -> str:
    out = ['    <bpmn:laneSet id="LaneSet_1">']
    for lane_id, lane_name in model["lanes"]:
        out.append(f"      <bpmn:lane id={quoteattr(lane_id)} name={quoteattr(lane_name)}>")
        out += [
            f"        <bpmn:flowNodeRef>{n[0]}</bpmn:flowNodeRef>"
            for n in model["nodes"]
            if n[3] == lane_id
        ]
        out.append("      </bpmn:lane>")
    out.append("    </bpmn:laneSet>")
    return "\n".join(out)


def _diagram_xml(model: dict) -> str:
    lane_index = {lane_id: i for i, (lane_id, _) in enumerate(model["lanes"])}
    cols = max(n[4] for n in model["nodes"]) + 1
    width = X0 + cols * COL_W + 60
    pid = model["participant_id"]
    out = [
        '  <bpmndi:BPMNDiagram id="BPMNDiagram_1">',
        f'    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="{model["collaboration_id"]}">',
        f'      <bpmndi:BPMNShape id="{pid}_di" bpmnElement="{pid}" isHorizontal="true">',
        f'        <dc:Bounds x="130" y="0" width="{width}" height="{len(lane_index) * LANE_H}" />',
        "      </bpmndi:BPMNShape>",
    ]
    for lane_id, i in lane_index.items():
        out += [
            f'      <bpmndi:BPMNShape id="{lane_id}_di" bpmnElement="{lane_id}" isHorizontal="true">',
            f'        <dc:Bounds x="160" y="{i * LANE_H}" width="{width - 30}" height="{LANE_H}" />',
            "      </bpmndi:BPMNShape>",
        ]
    bounds = {n[0]: _bounds(n, lane_index) for n in model["nodes"]}
    for n in model["nodes"]:
        x, y, w, h = bounds[n[0]]
        marker = ' isMarkerVisible="true"' if n[1] == "exclusiveGateway" else ""
        out += [
            f'      <bpmndi:BPMNShape id="{n[0]}_di" bpmnElement="{n[0]}"{marker}>',
            f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />',
            "      </bpmndi:BPMNShape>",
        ]
    for fid, src, tgt, _name, _cond in model["flows"]:
        sx, sy, sw, sh = bounds[src]
        tx, ty, tw, th = bounds[tgt]
        a, b = (sx + sw, sy + sh // 2), (tx, ty + th // 2)
        mid = (a[0] + b[0]) // 2 if b[0] > a[0] else a[0] + 20
        points = [a, (mid, a[1]), (mid, b[1]), b] if a[1] != b[1] else [a, b]
        out.append(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">')
        out += [f'        <di:waypoint x="{px}" y="{py}" />' for px, py in points]
        out.append("      </bpmndi:BPMNEdge>")
    out += ["    </bpmndi:BPMNPlane>", "  </bpmndi:BPMNDiagram>"]
    return "\n".join(out)


def to_xml(model: dict) -> str:
    """Serialise one model dict as a BPMN 2.0 definitions document."""
    pid = model["process_id"]
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
        'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
        'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'id="Definitions_{pid}" targetNamespace="http://bpmn.io/schema/bpmn" '
        f"{TOOLS[model['tool']]}>"
    )
    collab = (
        f'  <bpmn:collaboration id="{model["collaboration_id"]}">\n'
        f'    <bpmn:participant id="{model["participant_id"]}" '
        f'name={quoteattr(model["participant"])} processRef="{pid}" />\n'
        "  </bpmn:collaboration>"
    )
    body = [
        f'  <bpmn:process id="{pid}" name={quoteattr(model["process_name"])} '
        f'isExecutable="{str(model["tool"] == "camunda").lower()}">',
        f"    <bpmn:documentation>{escape(model['documentation'])}</bpmn:documentation>",
        _lanes_xml(model),
        *[_node_xml(n, model) for n in model["nodes"]],
        *[_flow_xml(f) for f in model["flows"]],
        "  </bpmn:process>",
    ]
    return "\n".join([head, collab, *body, _diagram_xml(model), "</bpmn:definitions>"]) + "\n"


BAUANTRAG = {
    "file": "bauantrag_baugenehmigungsverfahren.bpmn",
    "tool": "camunda",
    "process_id": "Process_Bauantrag",
    "collaboration_id": "Collaboration_Bauordnung",
    "participant_id": "Participant_Bauordnung",
    "participant": "Bauantrag bearbeiten (Baugenehmigungsverfahren)",
    "process_name": "Baugenehmigungsverfahren BauO NRW",
    "documentation": (
        "Ablauf für Bauanträge im normalen und vereinfachten Genehmigungsverfahren (§§ 64, 65 "
        "BauO NRW 2018). Fachverfahren: ProBauG. Stand 03/2025, Modell: Sachgebiet Bauordnung."
    ),
    "lanes": [
        ("Lane_Service", "Servicestelle Bauordnung"),
        ("Lane_SB", "Sachbearbeitung Bauordnung"),
        ("Lane_Technik", "Bautechnik / Prüfingenieur"),
        ("Lane_Leitung", "Amtsleitung Bauordnung"),
    ],
    "groups": {"Task_Vollst": "bauordnung", "Task_Pruef": "bauordnung"},
    "nodes": [
        ("Start_Eingang", "startEvent", "Bauantrag eingegangen", "Lane_Service", 0, 0, ""),
        (
            "Task_Erfassen",
            "userTask",
            "Eingang in ProBauG erfassen und Aktenzeichen vergeben",
            "Lane_Service",
            1,
            0,
            "Eingangsstempel, Aktenzeichen nach Schema 63-lfd. Nr./Jahr. Eingangsbestätigung an die "
            "Bauherrschaft (Textbaustein EB-01) innerhalb einer Woche.",
        ),
        (
            "Task_Vollst",
            "userTask",
            "Bauvorlagen auf Vollständigkeit prüfen",
            "Lane_SB",
            2,
            0,
            "Prüfung anhand der Checkliste Bauvorlagen (BauPrüfVO). Frist: zwei Wochen nach Eingang "
            "(§ 71 Abs. 1 BauO NRW).",
        ),
        ("GW_Vollst", "exclusiveGateway", "Unterlagen vollständig?", "Lane_SB", 3, 0, ""),
        (
            "Task_Nachf",
            "userTask",
            "Fehlende Bauvorlagen nachfordern",
            "Lane_SB",
            3,
            1,
            "Nachforderungsschreiben mit angemessener Frist (Regel: vier Wochen). Hinweis auf "
            "Rücknahmefiktion nach § 71 Abs. 1 Satz 2 BauO NRW aufnehmen.",
        ),
        (
            "Timer_Frist",
            "boundaryEvent:Task_Nachf",
            "Nachforderungsfrist abgelaufen",
            "Lane_SB",
            3,
            1,
            "",
        ),
        (
            "Task_Ruecknahme",
            "userTask",
            "Antrag als zurückgenommen behandeln und Gebühr festsetzen",
            "Lane_SB",
            4,
            1,
            "Mitteilung an Bauherrschaft, anteilige Gebühr nach AVerwGebO NRW.",
        ),
        ("End_Zurueck", "endEvent", "Antrag gilt als zurückgenommen", "Lane_SB", 5, 1, ""),
        ("GW_Split", "parallelGateway", "", "Lane_SB", 4, 0, ""),
        (
            "Task_Kreis",
            "sendTask",
            "Stellungnahmen der Fachstellen einholen",
            "Lane_SB",
            5,
            0,
            "Beteiligung Kreis Lindenau (Untere Naturschutzbehörde, Brandschutzdienststelle) und "
            "ggf. Straßen.NRW; Stellungnahmefrist ein Monat.",
        ),
        (
            "Task_Einv",
            "userTask",
            "Gemeindliches Einvernehmen nach § 36 BauGB herbeiführen",
            "Lane_SB",
            6,
            0,
            "Nur bei Vorhaben nach §§ 31, 33-35 BauGB. Einvernehmen gilt nach zwei Monaten als "
            "erteilt. Vorlage für den Bau- und Planungsausschuss über das Ratsbüro.",
        ),
        (
            "Task_Tech",
            "userTask",
            "Bautechnische Prüfung veranlassen",
            "Lane_Technik",
            5,
            0,
            "Standsicherheit und Brandschutz durch staatlich anerkannte Sachverständige bzw. "
            "Prüfingenieur; Prüfbericht zur Akte.",
        ),
        ("GW_Join", "parallelGateway", "", "Lane_SB", 7, 0, ""),
        (
            "Task_Pruef",
            "userTask",
            "Planungsrechtliche und bauordnungsrechtliche Prüfung",
            "Lane_SB",
            8,
            0,
            "Bebauungsplan bzw. §§ 34/35 BauGB, Abstandflächen, Stellplätze.",
        ),
        ("GW_Genehm", "exclusiveGateway", "Vorhaben genehmigungsfähig?", "Lane_SB", 9, 0, ""),
        (
            "Task_Bescheid",
            "userTask",
            "Baugenehmigung mit Nebenbestimmungen entwerfen",
            "Lane_SB",
            10,
            0,
            "",
        ),
        (
            "Task_Gebuehr",
            "serviceTask",
            "Gebühr berechnen und Sollstellung an die Stadtkasse",
            "Lane_SB",
            11,
            0,
            "Tarifstelle 2.4 AVerwGebO NRW; Übergabe an KDO-Kasse per Schnittstelle.",
        ),
        (
            "Task_Zeichnung",
            "userTask",
            "Bescheid zeichnen und zustellen",
            "Lane_Leitung",
            12,
            0,
            "Zustellung mit Postzustellungsurkunde; Abdruck an Kreis Lindenau (Statistik).",
        ),
        ("End_Genehm", "endEvent", "Baugenehmigung erteilt", "Lane_Leitung", 13, 0, ""),
        (
            "Task_Anhoerung",
            "userTask",
            "Anhörung der Bauherrschaft durchführen",
            "Lane_SB",
            10,
            1,
            "Anhörung nach § 28 VwVfG NRW, Frist zwei Wochen; Gelegenheit zur Planänderung geben.",
        ),
        ("GW_Anh", "exclusiveGateway", "Reaktion der Bauherrschaft?", "Lane_SB", 11, 1, ""),
        (
            "Task_Ablehnung",
            "userTask",
            "Ablehnungsbescheid erstellen",
            "Lane_Leitung",
            12,
            1,
            "Zeichnung durch die Amtsleitung, Rechtsbehelfsbelehrung (Klage beim VG Arnsberg).",
        ),
        ("End_Abgelehnt", "endEvent", "Bauantrag abgelehnt", "Lane_Leitung", 13, 1, ""),
        ("End_Eingestellt", "endEvent", "Verfahren eingestellt", "Lane_SB", 12, 2, ""),
    ],
    "default": {"GW_Anh": "Flow_KeineAenderung"},
    "flows": [
        ("Flow_1", "Start_Eingang", "Task_Erfassen", "", ""),
        ("Flow_2", "Task_Erfassen", "Task_Vollst", "", ""),
        ("Flow_3", "Task_Vollst", "GW_Vollst", "", ""),
        ("Flow_VollstJa", "GW_Vollst", "GW_Split", "Ja", "${vollstaendig}"),
        ("Flow_VollstNein", "GW_Vollst", "Task_Nachf", "Nein", "${!vollstaendig}"),
        ("Flow_Nachgereicht", "Task_Nachf", "Task_Vollst", "Unterlagen nachgereicht", ""),
        ("Flow_Frist", "Timer_Frist", "Task_Ruecknahme", "", ""),
        ("Flow_Rueck", "Task_Ruecknahme", "End_Zurueck", "", ""),
        ("Flow_S1", "GW_Split", "Task_Kreis", "", ""),
        ("Flow_S2", "GW_Split", "Task_Einv", "", ""),
        ("Flow_S3", "GW_Split", "Task_Tech", "", ""),
        ("Flow_J1", "Task_Kreis", "GW_Join", "", ""),
        ("Flow_J2", "Task_Einv", "GW_Join", "", ""),
        ("Flow_J3", "Task_Tech", "GW_Join", "", ""),
        ("Flow_4", "GW_Join", "Task_Pruef", "", ""),
        ("Flow_5", "Task_Pruef", "GW_Genehm", "", ""),
        ("Flow_GenJa", "GW_Genehm", "Task_Bescheid", "Ja", "${genehmigungsfaehig}"),
        ("Flow_GenNein", "GW_Genehm", "Task_Anhoerung", "Nein", "${!genehmigungsfaehig}"),
        ("Flow_6", "Task_Bescheid", "Task_Gebuehr", "", ""),
        ("Flow_7", "Task_Gebuehr", "Task_Zeichnung", "", ""),
        ("Flow_8", "Task_Zeichnung", "End_Genehm", "", ""),
        ("Flow_9", "Task_Anhoerung", "GW_Anh", "", ""),
        ("Flow_Geaendert", "GW_Anh", "Task_Pruef", "Geänderte Planung eingereicht", ""),
        ("Flow_Zurueckgenommen", "GW_Anh", "End_Eingestellt", "Antrag zurückgenommen", ""),
        ("Flow_KeineAenderung", "GW_Anh", "Task_Ablehnung", "Keine Änderung", ""),
        ("Flow_10", "Task_Ablehnung", "End_Abgelehnt", "", ""),
    ],
}

GEWERBE = {
    "file": "gewerbeanmeldung.bpmn",
    "tool": "signavio",
    "process_id": "sid-6F1A2C0E-GEWERBE",
    "collaboration_id": "sid-C0LLAB-GEWERBE",
    "participant_id": "sid-POOL-GEWERBE",
    "participant": "Gewerbeanmeldung (GewA 1) bearbeiten",
    "process_name": "Gewerbeanzeige nach § 14 GewO",
    "documentation": (
        "Gewerbeanmeldung am Schalter oder online (OZG-Portal). Gebühr derzeit 26 EUR. "
        "Datenübermittlung nach § 14 Abs. 8 GewO im Standard XGewerbeanzeige. Stand 01/2024."
    ),
    "lanes": [
        ("sid-LANE-THEKE", "Servicetheke Bürgerbüro"),
        ("sid-LANE-GEWERBE", "Sachbearbeitung Gewerbe (Ordnungsamt)"),
        ("sid-LANE-SYSTEM", "Fachverfahren Gewerbe"),
    ],
    "nodes": [
        ("sid-START", "startEvent", "Gewerbeanmeldung eingegangen", "sid-LANE-THEKE", 0, 0, ""),
        (
            "sid-T-PRUEF",
            "task",
            "Identität und Angaben im GewA 1 prüfen",
            "sid-LANE-THEKE",
            1,
            0,
            "Personalausweis/Pass, bei GmbH/UG Handelsregisterauszug, bei Nicht-EU-Staatsangehörigen "
            "Aufenthaltstitel mit Erlaubnis zur selbständigen Tätigkeit.",
        ),
        (
            "sid-GW-ERLAUBNIS",
            "exclusiveGateway",
            "Erlaubnispflichtiges Gewerbe?",
            "sid-LANE-GEWERBE",
            2,
            0,
            "",
        ),
        (
            "sid-T-NACHWEIS",
            "task",
            "Erlaubnis und Nachweise anfordern",
            "sid-LANE-GEWERBE",
            3,
            1,
            "Z. B. Gaststätte, Bewachung (§ 34a), Makler (§ 34c GewO): Führungszeugnis (Belegart O), "
            "Auskunft Gewerbezentralregister, Unbedenklichkeitsbescheinigung Finanzamt.",
        ),
        (
            "sid-GW-NACHWEIS",
            "exclusiveGateway",
            "Nachweise vollständig und unbedenklich?",
            "sid-LANE-GEWERBE",
            4,
            1,
            "",
        ),
        (
            "sid-T-UNTERSAGUNG",
            "task",
            "Untersagungsverfahren nach § 35 GewO prüfen",
            "sid-LANE-GEWERBE",
            5,
            2,
            "Abstimmung mit der Amtsleitung Ordnungsamt.",
        ),
        (
            "sid-END-UNTERSAGUNG",
            "endEvent",
            "Vorgang an Untersagungsverfahren abgegeben",
            "sid-LANE-GEWERBE",
            6,
            2,
            "",
        ),
        ("sid-GW-JOIN", "exclusiveGateway", "", "sid-LANE-THEKE", 5, 0, ""),
        (
            "sid-T-GEBUEHR",
            "task",
            "Gebühr kassieren und Empfangsbescheinigung aushändigen",
            "sid-LANE-THEKE",
            6,
            0,
            "Gebühr 26 EUR bar oder EC; Empfangsbescheinigung nach § 15 GewO.",
        ),
        (
            "sid-T-UEBERMITTLUNG",
            "serviceTask",
            "Daten an Finanzamt, IHK/HWK und Statistik übermitteln",
            "sid-LANE-SYSTEM",
            7,
            0,
            "XGewerbeanzeige, nächtlicher Versandlauf.",
        ),
        (
            "sid-T-PROTOKOLL",
            "task",
            "Versandprotokoll der Übermittlung prüfen",
            "sid-LANE-GEWERBE",
            8,
            0,
            "Täglich morgens; Fehlerliste im Fachverfahren unter Auswertungen.",
        ),
        (
            "sid-GW-FEHLER",
            "exclusiveGateway",
            "Übermittlung fehlerfrei?",
            "sid-LANE-GEWERBE",
            9,
            0,
            "",
        ),
        (
            "sid-T-KORREKTUR",
            "task",
            "Datensatz korrigieren und erneut senden",
            "sid-LANE-GEWERBE",
            9,
            1,
            "",
        ),
        ("sid-END-OK", "endEvent", "Gewerbe angemeldet", "sid-LANE-GEWERBE", 10, 0, ""),
    ],
    "flows": [
        ("sid-F1", "sid-START", "sid-T-PRUEF", "", ""),
        ("sid-F2", "sid-T-PRUEF", "sid-GW-ERLAUBNIS", "", ""),
        ("sid-F-ERL-JA", "sid-GW-ERLAUBNIS", "sid-T-NACHWEIS", "Ja, erlaubnispflichtig", ""),
        ("sid-F-ERL-NEIN", "sid-GW-ERLAUBNIS", "sid-GW-JOIN", "Nein", ""),
        ("sid-F3", "sid-T-NACHWEIS", "sid-GW-NACHWEIS", "", ""),
        ("sid-F-NW-JA", "sid-GW-NACHWEIS", "sid-GW-JOIN", "Ja", ""),
        ("sid-F-NW-NEIN", "sid-GW-NACHWEIS", "sid-T-UNTERSAGUNG", "Nein, Bedenken", ""),
        ("sid-F4", "sid-T-UNTERSAGUNG", "sid-END-UNTERSAGUNG", "", ""),
        ("sid-F5", "sid-GW-JOIN", "sid-T-GEBUEHR", "", ""),
        ("sid-F6", "sid-T-GEBUEHR", "sid-T-UEBERMITTLUNG", "", ""),
        ("sid-F7", "sid-T-UEBERMITTLUNG", "sid-T-PROTOKOLL", "", ""),
        ("sid-F8", "sid-T-PROTOKOLL", "sid-GW-FEHLER", "", ""),
        ("sid-F-OK", "sid-GW-FEHLER", "sid-END-OK", "Ja", ""),
        ("sid-F-FEHLER", "sid-GW-FEHLER", "sid-T-KORREKTUR", "Nein, Fehlermeldung", ""),
        ("sid-F9", "sid-T-KORREKTUR", "sid-T-UEBERMITTLUNG", "", ""),
    ],
}

STERBEFALL = {
    "file": "sterbefall_bestattung.bpmn",
    "tool": "bpmnio",
    "process_id": "Process_Bestattung",
    "collaboration_id": "Collaboration_0x1bst",
    "participant_id": "Participant_0bst",
    "participant": "Sterbefall und Bestattung auf städtischen Friedhöfen",
    "process_name": "Bestattung",
    "documentation": (
        "Vom Eingang der Sterbefallanzeige bis zur Aktualisierung des Grabbuchs. Gilt für die "
        "Friedhöfe Hollerbach-Mitte und Oberdorf. Grundlage: Friedhofssatzung und "
        "Friedhofsgebührensatzung der Stadt Hollerbach, BestG NRW."
    ),
    "lanes": [
        ("Lane_Standesamt", "Standesamt"),
        ("Lane_Friedhof", "Friedhofsverwaltung"),
        ("Lane_Bauhof", "Bauhof / Friedhofsgärtner"),
        ("Lane_Kasse", "Stadtkasse"),
    ],
    "nodes": [
        (
            "Start_Anzeige",
            "startEvent",
            "Sterbefallanzeige durch Bestatter",
            "Lane_Standesamt",
            0,
            0,
            "",
        ),
        (
            "Task_Beurkunden",
            "userTask",
            "Sterbefall beurkunden und Sterbeurkunden ausstellen",
            "Lane_Standesamt",
            1,
            0,
            "Beurkundung im Sterberegister (PStG); Anzeigefrist: spätestens am dritten Werktag.",
        ),
        (
            "Task_Auftrag",
            "userTask",
            "Bestattungsauftrag und Grabwunsch aufnehmen",
            "Lane_Friedhof",
            2,
            0,
            "Formular Bestattungsantrag; Nutzungsberechtigten festhalten.",
        ),
        ("GW_Grabart", "exclusiveGateway", "Welche Grabstätte?", "Lane_Friedhof", 3, 0, ""),
        (
            "Task_Neu",
            "userTask",
            "Neue Grabstelle zuweisen und Nutzungsrecht vergeben",
            "Lane_Friedhof",
            4,
            0,
            "Belegungsplan prüfen; Nutzungszeit Wahlgrab 30 Jahre.",
        ),
        (
            "Task_Vorhanden",
            "userTask",
            "Nutzungsrecht und Ruhefrist prüfen, ggf. verlängern",
            "Lane_Friedhof",
            4,
            1,
            "Ruhefrist Erdbestattung 25 Jahre, Urne 20 Jahre; Nutzungsrecht muss die Ruhefrist "
            "abdecken, sonst Verlängerung gegen Gebühr.",
        ),
        (
            "Task_Anonym",
            "userTask",
            "Platz im Urnengemeinschaftsfeld vergeben",
            "Lane_Friedhof",
            4,
            2,
            "",
        ),
        ("GW_GrabJoin", "exclusiveGateway", "", "Lane_Friedhof", 5, 0, ""),
        (
            "Task_Termin",
            "userTask",
            "Termin mit Bestatter, Kapelle und Bauhof abstimmen",
            "Lane_Friedhof",
            6,
            0,
            "Keine Beisetzungen samstags nach 12 Uhr, sonn- und feiertags.",
        ),
        ("GW_Par", "parallelGateway", "", "Lane_Friedhof", 7, 0, ""),
        ("Task_Aushub", "manualTask", "Grab ausheben und herrichten", "Lane_Bauhof", 8, 0, ""),
        (
            "Task_Bescheid",
            "userTask",
            "Gebührenbescheid nach Friedhofsgebührensatzung erstellen",
            "Lane_Friedhof",
            8,
            0,
            "",
        ),
        (
            "Task_Soll",
            "serviceTask",
            "Gebühr zum Soll stellen",
            "Lane_Kasse",
            9,
            0,
            "Annahmeanordnung an KDO-Kasse.",
        ),
        ("GW_ParJoin", "parallelGateway", "", "Lane_Friedhof", 10, 0, ""),
        ("Task_Beisetzung", "manualTask", "Beisetzung durchführen", "Lane_Bauhof", 11, 0, ""),
        (
            "Task_Grabbuch",
            "userTask",
            "Grabbuch und Belegungsplan aktualisieren",
            "Lane_Friedhof",
            12,
            0,
            "",
        ),
        ("End_Fertig", "endEvent", "Bestattung abgeschlossen", "Lane_Friedhof", 13, 0, ""),
    ],
    "flows": [
        ("Flow_0a1", "Start_Anzeige", "Task_Beurkunden", "", ""),
        ("Flow_0a2", "Task_Beurkunden", "Task_Auftrag", "", ""),
        ("Flow_0a3", "Task_Auftrag", "GW_Grabart", "", ""),
        (
            "Flow_Neu",
            "GW_Grabart",
            "Task_Neu",
            "Neue Grabstelle (Wahl- oder Reihengrab)",
            "${grabart == 'neu'}",
        ),
        (
            "Flow_Vorh",
            "GW_Grabart",
            "Task_Vorhanden",
            "Beisetzung in vorhandener Grabstelle",
            "${grabart == 'vorhanden'}",
        ),
        (
            "Flow_Anon",
            "GW_Grabart",
            "Task_Anonym",
            "Anonym / Urnengemeinschaftsfeld",
            "${grabart == 'anonym'}",
        ),
        ("Flow_0a4", "Task_Neu", "GW_GrabJoin", "", ""),
        ("Flow_0a5", "Task_Vorhanden", "GW_GrabJoin", "", ""),
        ("Flow_0a6", "Task_Anonym", "GW_GrabJoin", "", ""),
        ("Flow_0a7", "GW_GrabJoin", "Task_Termin", "", ""),
        ("Flow_0a8", "Task_Termin", "GW_Par", "", ""),
        ("Flow_0a9", "GW_Par", "Task_Aushub", "", ""),
        ("Flow_0b1", "GW_Par", "Task_Bescheid", "", ""),
        ("Flow_0b2", "Task_Bescheid", "Task_Soll", "", ""),
        ("Flow_0b3", "Task_Aushub", "GW_ParJoin", "", ""),
        ("Flow_0b4", "Task_Soll", "GW_ParJoin", "", ""),
        ("Flow_0b5", "GW_ParJoin", "Task_Beisetzung", "", ""),
        ("Flow_0b6", "Task_Beisetzung", "Task_Grabbuch", "", ""),
        ("Flow_0b7", "Task_Grabbuch", "End_Fertig", "", ""),
    ],
}

SITZUNGSVORLAGE = {
    "file": "sitzungsvorlage_ratsbuero.bpmn",
    "tool": "camunda",
    "process_id": "Process_Sitzungsvorlage",
    "collaboration_id": "Collaboration_Sitzung",
    "participant_id": "Participant_Sitzung",
    "participant": "Sitzungsvorlage erstellen und beraten",
    "process_name": "Sitzungsvorlage",
    "documentation": (
        "Weg einer Beschlussvorlage vom Fachamt bis zur Niederschrift. Ratsinformationssystem: "
        "SD.NET. Ladungsfrist nach Geschäftsordnung des Rates: 7 volle Tage. Stand 09/2024."
    ),
    "lanes": [
        ("Lane_Fachamt", "Fachamt Sachbearbeitung"),
        ("Lane_AL", "Amtsleitung Fachamt"),
        ("Lane_Kaemmerei", "Kämmerei"),
        ("Lane_Ratsbuero", "Ratsbüro / Sitzungsdienst"),
        ("Lane_BM", "Bürgermeisterin"),
        ("Lane_Gremium", "Ausschuss / Rat"),
    ],
    "groups": {"Task_Pruefung": "ratsbuero"},
    "nodes": [
        ("Start_Bedarf", "startEvent", "Beratungsbedarf festgestellt", "Lane_Fachamt", 0, 0, ""),
        (
            "Task_Entwurf",
            "userTask",
            "Vorlagenentwurf in SD.NET anlegen",
            "Lane_Fachamt",
            1,
            0,
            "Vorlagenvorlage 'Beschlussvorlage' verwenden; Beschlussvorschlag als ganzen Satz.",
        ),
        ("GW_Finanz", "exclusiveGateway", "Finanzielle Auswirkungen?", "Lane_Fachamt", 2, 0, ""),
        (
            "Task_Kaemmerei",
            "userTask",
            "Mitzeichnung der Kämmerei einholen",
            "Lane_Kaemmerei",
            3,
            0,
            "Haushaltsstelle und Deckung angeben; Kämmerei braucht drei Arbeitstage.",
        ),
        ("GW_FinJoin", "exclusiveGateway", "", "Lane_Fachamt", 4, 0, ""),
        ("Task_Freigabe", "userTask", "Vorlage durch Amtsleitung freigeben", "Lane_AL", 5, 0, ""),
        (
            "Task_Pruefung",
            "userTask",
            "Vorlage formal prüfen",
            "Lane_Ratsbuero",
            6,
            0,
            "Zuständigkeit des Gremiums (Zuständigkeitsordnung), Beratungsfolge, Anlagen als PDF/A.",
        ),
        ("GW_Formal", "exclusiveGateway", "Vorlage formal in Ordnung?", "Lane_Ratsbuero", 7, 0, ""),
        ("Task_Ueberarbeiten", "userTask", "Vorlage überarbeiten", "Lane_Fachamt", 7, 1, ""),
        (
            "Task_Zeichnen",
            "userTask",
            "Vorlage durch die Bürgermeisterin zeichnen",
            "Lane_BM",
            8,
            0,
            "",
        ),
        (
            "Task_Einladung",
            "userTask",
            "Tagesordnung aufstellen und Einladung versenden",
            "Lane_Ratsbuero",
            9,
            0,
            "Einladung elektronisch über SD.NET und Ratsapp; öffentliche Bekanntmachung im Amtsblatt.",
        ),
        ("Task_Sitzung", "task", "Beraten und beschließen", "Lane_Gremium", 10, 0, ""),
        ("GW_Beschluss", "exclusiveGateway", "Beschluss gefasst?", "Lane_Ratsbuero", 11, 0, ""),
        (
            "Task_Niederschrift",
            "userTask",
            "Niederschrift erstellen und Beschluss an Fachamt geben",
            "Lane_Ratsbuero",
            12,
            0,
            "Niederschrift binnen zwei Wochen; Beschlusskontrolle in SD.NET.",
        ),
        ("End_Fertig", "endEvent", "Beschluss dokumentiert", "Lane_Ratsbuero", 13, 0, ""),
    ],
    "flows": [
        ("Flow_s1", "Start_Bedarf", "Task_Entwurf", "", ""),
        ("Flow_s2", "Task_Entwurf", "GW_Finanz", "", ""),
        ("Flow_FinJa", "GW_Finanz", "Task_Kaemmerei", "Ja", "${finanzielleAuswirkungen}"),
        ("Flow_FinNein", "GW_Finanz", "GW_FinJoin", "Nein", "${!finanzielleAuswirkungen}"),
        ("Flow_s3", "Task_Kaemmerei", "GW_FinJoin", "", ""),
        ("Flow_s4", "GW_FinJoin", "Task_Freigabe", "", ""),
        ("Flow_s5", "Task_Freigabe", "Task_Pruefung", "", ""),
        ("Flow_s6", "Task_Pruefung", "GW_Formal", "", ""),
        ("Flow_FormJa", "GW_Formal", "Task_Zeichnen", "Ja", ""),
        (
            "Flow_FormNein",
            "GW_Formal",
            "Task_Ueberarbeiten",
            "Nein, Rückgabe mit Korrekturhinweisen",
            "",
        ),
        ("Flow_s7", "Task_Ueberarbeiten", "Task_Freigabe", "", ""),
        ("Flow_s8", "Task_Zeichnen", "Task_Einladung", "", ""),
        ("Flow_s9", "Task_Einladung", "Task_Sitzung", "", ""),
        ("Flow_s10", "Task_Sitzung", "GW_Beschluss", "", ""),
        ("Flow_Vertagt", "GW_Beschluss", "Task_Einladung", "Vertagt", "${ergebnis == 'vertagt'}"),
        (
            "Flow_Entschieden",
            "GW_Beschluss",
            "Task_Niederschrift",
            "Beschlossen oder abgelehnt",
            "${ergebnis != 'vertagt'}",
        ),
        ("Flow_s11", "Task_Niederschrift", "End_Fertig", "", ""),
    ],
}

URLAUB = {
    "file": "urlaubsantrag.bpmn",
    "tool": "bpmnio",
    "process_id": "Process_Urlaub",
    "collaboration_id": "Collaboration_Urlaub",
    "participant_id": "Participant_Urlaub",
    "participant": "Urlaubsantrag (Erholungsurlaub nach TVöD)",
    "process_name": "Urlaubsantrag",
    "documentation": (
        "Erholungsurlaub für Tarifbeschäftigte (§ 26 TVöD) und Beamte (FrUrlV NRW). "
        "Zeiterfassung: TimeCard-Portal. Resturlaub verfällt, wenn er nicht bis 31.03. des "
        "Folgejahres angetreten ist (Ausnahmen: Krankheit, Elternzeit)."
    ),
    "lanes": [
        ("Lane_MA", "Beschäftigte"),
        ("Lane_VG", "Vorgesetzte"),
        ("Lane_AL", "Amtsleitung"),
        ("Lane_PA", "Personalamt Zeiterfassung"),
    ],
    "nodes": [
        ("Start_Wunsch", "startEvent", "Urlaubswunsch", "Lane_MA", 0, 0, ""),
        (
            "Task_Vertretung",
            "userTask",
            "Vertretung klären",
            "Lane_MA",
            1,
            0,
            "Vertretung mündlich absprechen und im Antrag eintragen.",
        ),
        (
            "Task_Antrag",
            "userTask",
            "Urlaubsantrag im TimeCard-Portal stellen",
            "Lane_MA",
            2,
            0,
            "",
        ),
        (
            "Task_Pruefen",
            "userTask",
            "Antrag prüfen (Dienstbetrieb, Urlaubsplan)",
            "Lane_VG",
            3,
            0,
            "",
        ),
        ("GW_Lang", "exclusiveGateway", "Mehr als 15 Arbeitstage am Stück?", "Lane_VG", 4, 0, ""),
        ("Task_AL", "userTask", "Zustimmung der Amtsleitung einholen", "Lane_AL", 5, 0, ""),
        ("GW_Genehmigt", "exclusiveGateway", "Urlaub genehmigt?", "Lane_VG", 6, 0, ""),
        ("Task_Buchen", "serviceTask", "Urlaub im Zeitkonto buchen", "Lane_PA", 7, 0, ""),
        (
            "Task_Kalender",
            "userTask",
            "Abwesenheit in Outlook eintragen",
            "Lane_MA",
            8,
            0,
            "Abwesenheitsnotiz mit Vertretung einrichten.",
        ),
        ("End_Genehmigt", "endEvent", "Urlaub genehmigt", "Lane_MA", 9, 0, ""),
        (
            "Task_Ablehnen",
            "userTask",
            "Ablehnung begründen und Alternativtermin besprechen",
            "Lane_VG",
            7,
            1,
            "",
        ),
        ("End_Abgelehnt", "endEvent", "Urlaub abgelehnt", "Lane_VG", 8, 1, ""),
    ],
    "default": {"GW_Lang": "Flow_Kurz"},
    "flows": [
        ("Flow_u1", "Start_Wunsch", "Task_Vertretung", "", ""),
        ("Flow_u2", "Task_Vertretung", "Task_Antrag", "", ""),
        ("Flow_u3", "Task_Antrag", "Task_Pruefen", "", ""),
        ("Flow_u4", "Task_Pruefen", "GW_Lang", "", ""),
        ("Flow_Lang", "GW_Lang", "Task_AL", "Ja", "${arbeitstage > 15}"),
        ("Flow_Kurz", "GW_Lang", "GW_Genehmigt", "", ""),
        ("Flow_u5", "Task_AL", "GW_Genehmigt", "", ""),
        ("Flow_Ja", "GW_Genehmigt", "Task_Buchen", "Ja", ""),
        ("Flow_Nein", "GW_Genehmigt", "Task_Ablehnen", "Nein", ""),
        ("Flow_u6", "Task_Buchen", "Task_Kalender", "", ""),
        ("Flow_u7", "Task_Kalender", "End_Genehmigt", "", ""),
        ("Flow_u8", "Task_Ablehnen", "End_Abgelehnt", "", ""),
    ],
}

MODELS = [
    (
        BAUANTRAG,
        "Bauordnung",
        "Bauantrag – Prozessmodell Baugenehmigungsverfahren",
        "2025-03-14",
        "Dirk Wolters",
        ["bauantrag", "baugenehmigung", "BauO NRW", "prozessmodell"],
    ),
    (
        GEWERBE,
        "Ordnungsamt/Gewerbe",
        "Gewerbeanmeldung – Prozessmodell",
        "2024-01-22",
        "Petra Hülsmann",
        ["gewerbe", "GewO", "gewerbeanmeldung", "prozessmodell"],
    ),
    (
        STERBEFALL,
        "Friedhofsverwaltung",
        "Sterbefall und Bestattung – Prozessmodell",
        "2023-06-05",
        "Elisabeth Rüther",
        ["bestattung", "sterbefall", "friedhof", "prozessmodell"],
    ),
    (
        SITZUNGSVORLAGE,
        "Ratsbüro/Sitzungsdienst",
        "Sitzungsvorlage – Prozessmodell",
        "2024-09-10",
        "Monika Strothmann",
        ["sitzungsvorlage", "ratsinformationssystem", "prozessmodell"],
    ),
    (
        URLAUB,
        "Personalamt",
        "Urlaubsantrag – Prozessmodell",
        "2025-11-03",
        "Sandra Kühn",
        ["urlaub", "TVöD", "zeiterfassung", "prozessmodell"],
    ),
]
