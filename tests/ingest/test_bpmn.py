"""BpmnConverter on models written in the test and on a corpus model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.messages import german
from ingest.converters.bpmn import BpmnConverter
from search.errors import ConversionError
from search.protocols import Converter
from search.types import DocumentMeta

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "prozessmodelle"
NS = (
    'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
)


def bpmn(nodes: list[tuple[str, str, str, str]], flows: list[tuple[str, str, str]], **kw) -> str:
    """nodes: (id, kind, name, lane); flows: (source, target, name); a pool around one process."""
    lanes: dict[str, list[str]] = {}
    for nid, _kind, _name, lane in nodes:
        lanes.setdefault(lane, []).append(nid)
    lane_xml = "".join(
        f'<bpmn:lane id="L{i}" name="{lane}">'
        + "".join(f"<bpmn:flowNodeRef>{n}</bpmn:flowNodeRef>" for n in refs)
        + "</bpmn:lane>"
        for i, (lane, refs) in enumerate(lanes.items())
    )
    node_xml = "".join(f'<bpmn:{k} id="{i}" name="{n}"/>' for i, k, n, _ in nodes)
    flow_xml = ""
    for j, (src, tgt, name) in enumerate(flows):
        cond = kw.get("conditions", {}).get((src, tgt))
        body = (
            f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{cond}'
            "</bpmn:conditionExpression>"
            if cond
            else ""
        )
        flow_xml += (
            f'<bpmn:sequenceFlow id="F{j}" name="{name}" sourceRef="{src}" targetRef="{tgt}">'
            f"{body}</bpmn:sequenceFlow>"
        )
    pool = kw.get("pool", "Bauantrag prüfen")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions {NS} id="D1">'
        f'<bpmn:collaboration id="C1"><bpmn:participant id="P1" name="{pool}" processRef="Pr1"/>'
        f'</bpmn:collaboration><bpmn:process id="Pr1" name="intern">'
        f'<bpmn:laneSet id="LS">{lane_xml}</bpmn:laneSet>{node_xml}{flow_xml}</bpmn:process>'
        '<bpmndi:BPMNDiagram id="Di"/></bpmn:definitions>'
    )


BAU_NODES = [
    ("S", "startEvent", "Antrag eingegangen", "Servicestelle"),
    ("T1", "userTask", "Eingang erfassen", "Servicestelle"),
    ("T2", "userTask", "Bauvorlagen auf Vollständigkeit prüfen", "Sachbearbeitung Bauordnung"),
    ("G1", "exclusiveGateway", "Unterlagen vollständig?", "Sachbearbeitung Bauordnung"),
    ("T2a", "userTask", "Unterlagen nachfordern", "Sachbearbeitung Bauordnung"),
    ("P", "parallelGateway", "", "Sachbearbeitung Bauordnung"),
    ("T3", "sendTask", "Kreis beteiligen", "Sachbearbeitung Bauordnung"),
    ("T4", "serviceTask", "Gebühr berechnen", "Kasse"),
    ("J", "parallelGateway", "", "Sachbearbeitung Bauordnung"),
    ("T5", "userTask", "Bescheid zeichnen", "Amtsleitung"),
    ("E", "endEvent", "Genehmigung erteilt", "Amtsleitung"),
]
BAU_FLOWS = [
    ("S", "T1", ""),
    ("T1", "T2", ""),
    ("T2", "G1", ""),
    ("G1", "P", "Ja"),
    ("G1", "T2a", "Nein"),
    ("T2a", "T2", ""),
    ("P", "T3", ""),
    ("P", "T4", ""),
    ("T3", "J", ""),
    ("T4", "J", ""),
    ("J", "T5", ""),
    ("T5", "E", ""),
]


def convert(tmp_path: Path, xml: str, meta: DocumentMeta | None = None, name: str = "m.bpmn"):
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return BpmnConverter().run(path, meta or DocumentMeta(), "doc1")


def steps(doc) -> list[str]:
    return [s.text.splitlines()[0] for s in doc.sections if s.text.startswith("Schritt")]


def test_implements_converter_protocol() -> None:
    assert isinstance(BpmnConverter(), Converter)
    assert ".bpmn" in BpmnConverter.extensions


def test_steps_follow_the_flow_with_roles(tmp_path: Path) -> None:
    doc = convert(tmp_path, bpmn(BAU_NODES, BAU_FLOWS))
    assert steps(doc) == [
        "Schritt 1 – Eingang erfassen (Rolle: Servicestelle)",
        "Schritt 2 – Bauvorlagen auf Vollständigkeit prüfen (Rolle: Sachbearbeitung Bauordnung)",
        "Schritt 2a – Unterlagen nachfordern (Rolle: Sachbearbeitung Bauordnung)",
        "Schritt 3 – Kreis beteiligen (Rolle: Sachbearbeitung Bauordnung)",
        "Schritt 4 – Gebühr berechnen (Rolle: Kasse; automatisiert im Fachverfahren)",
        "Schritt 5 – Bescheid zeichnen (Rolle: Amtsleitung)",
    ]
    step5 = next(s for s in doc.sections if s.text.startswith("Schritt 5"))
    assert step5.heading_path == ("Bauantrag prüfen", "Amtsleitung")
    assert step5.kind == "step"
    assert "Ende (Genehmigung erteilt)" in step5.text


def test_overview_names_process_roles_and_step_count(tmp_path: Path) -> None:
    doc = convert(tmp_path, bpmn(BAU_NODES, BAU_FLOWS))
    overview = doc.sections[0].text
    assert doc.meta.title == "Bauantrag prüfen"
    assert "Beteiligte Rollen: Servicestelle, Sachbearbeitung Bauordnung, Kasse, Amtsleitung" in (
        overview
    )
    assert "Anzahl Schritte: 6 (Entscheidungen: 1)" in overview


def test_gateway_lists_conditions_and_loop_goes_back(tmp_path: Path) -> None:
    doc = convert(tmp_path, bpmn(BAU_NODES, BAU_FLOWS))
    decision = next(s.text for s in doc.sections if s.text.startswith("Entscheidung"))
    assert decision.startswith("Entscheidung: Unterlagen vollständig? – Ja: parallel weiter mit")
    assert "Nein: weiter mit Schritt 2a (Unterlagen nachfordern)" in decision
    retry = next(s.text for s in doc.sections if s.text.startswith("Schritt 2a"))
    assert "zurück zu Schritt 2 (Bauvorlagen auf Vollständigkeit prüfen)" in retry


def test_condition_expression_serves_as_label_when_flow_has_no_name(tmp_path: Path) -> None:
    nodes = [
        ("S", "startEvent", "", "A"),
        ("G", "exclusiveGateway", "Betrag über 500 €?", "A"),
        ("X", "task", "Zweite Unterschrift einholen", "A"),
        ("Y", "task", "Auszahlen", "A"),
        ("E", "endEvent", "", "A"),
    ]
    flows = [("S", "G", ""), ("G", "X", ""), ("G", "Y", ""), ("X", "Y", ""), ("Y", "E", "")]
    xml = bpmn(nodes, flows, conditions={("G", "X"): "${betrag &gt; 500}"})
    sections = convert(tmp_path, xml).sections
    decision = next(s.text for s in sections if s.text.startswith("Entscheidung"))
    assert "${betrag > 500}: weiter mit Schritt 1 (Zweite Unterschrift einholen)" in decision
    assert "Weg 2: weiter mit Schritt 2 (Auszahlen)" in decision


def test_meta_title_wins_over_pool_name(tmp_path: Path) -> None:
    doc = convert(tmp_path, bpmn(BAU_NODES, BAU_FLOWS), DocumentMeta(title="Bauantrag (Modell)"))
    assert doc.meta.title == "Bauantrag (Modell)"


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["Kasse", "Bürgerbüro", "IT"]), min_size=1, max_size=12))
def test_a_chain_is_numbered_one_to_n_in_flow_order(lanes: list[str]) -> None:
    import tempfile

    ids = [f"T{i}" for i in range(len(lanes))]
    nodes = [("S", "startEvent", "", lanes[0])]
    nodes += [
        (i, "task", f"Aufgabe {n}", lane)
        for n, (i, lane) in enumerate(zip(ids, lanes, strict=True))
    ]
    chain = ["S", *ids]
    flows = list(zip(chain[:-1], chain[1:], [""] * len(ids), strict=True))
    # flows listed backwards so the order cannot come from document order
    with tempfile.TemporaryDirectory() as tmp:
        doc = convert(Path(tmp), bpmn(nodes, flows[::-1]))
    assert steps(doc) == [
        f"Schritt {n + 1} – Aufgabe {n} (Rolle: {lane})" for n, lane in enumerate(lanes)
    ]


def test_corpus_bauantrag_model(tmp_path: Path) -> None:
    path = CORPUS / "bauantrag_baugenehmigungsverfahren.bpmn"
    doc = BpmnConverter().run(path, DocumentMeta(), "bau")
    labels = [re.match(r"Schritt (\w+)", s).group(1) for s in steps(doc)]  # type: ignore[union-attr]
    assert labels[:4] == ["1", "2", "2a", "2b"]
    assert "Sachbearbeitung Bauordnung" in doc.sections[0].text
    decision = next(s.text for s in doc.sections if "Unterlagen vollständig?" in s.text[:40])
    assert "Nein: weiter mit Schritt 2a (Fehlende Bauvorlagen nachfordern)" in decision
    nachf = next(s.text for s in doc.sections if s.text.startswith("Schritt 2a"))
    assert "Falls „Nachforderungsfrist abgelaufen“: weiter mit Schritt 2b" in nachf


@pytest.mark.parametrize(
    ("xml", "code"),
    [
        ("<bpmn:definitions xmlns:bpmn='x'><unclosed>", "xml_invalid"),
        ("<html><body>kein Modell</body></html>", "not_bpmn"),
        (
            f"<bpmn:definitions {NS}><bpmn:collaboration id='c'/></bpmn:definitions>",
            "bpmn_no_process",
        ),
    ],
)
def test_broken_files_raise_conversion_error(tmp_path: Path, xml: str, code: str) -> None:
    with pytest.raises(ConversionError) as err:
        convert(tmp_path, xml)
    assert err.value.code == code


@pytest.mark.parametrize(
    "dtd",
    [
        '<!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>',
        '<!DOCTYPE d [<!ENTITY a "GEHEIM"><!ENTITY x "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    ],
)
def test_entities_are_never_expanded(tmp_path: Path, dtd: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM", encoding="utf-8")
    body = bpmn(BAU_NODES, BAU_FLOWS).split("?>", 1)[1]
    body = body.replace(
        "<bpmn:laneSet", "<bpmn:documentation>&x;</bpmn:documentation><bpmn:laneSet"
    )
    xml = '<?xml version="1.0"?>' + dtd.format(secret=secret) + body
    with pytest.raises(ConversionError) as err:
        convert(tmp_path, xml)
    assert err.value.code == "xml_doctype_forbidden"
    assert "GEHEIM" not in str(err.value) + german(err.value)


def test_missing_file_raises_conversion_error(tmp_path: Path) -> None:
    with pytest.raises(ConversionError) as err:
        BpmnConverter().run(tmp_path / "fehlt.bpmn", DocumentMeta(), "x")
    assert err.value.code == "file_unreadable"
    assert german(err.value).startswith("fehlt.bpmn: Datei nicht gefunden oder nicht lesbar")
