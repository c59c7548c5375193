"""BPMN 2.0 process models as readable German step lists: one section per step or decision.

Parsing never resolves entities, never loads a DTD and never touches the network, so a hostile file
cannot expand entities or read local files; a streaming scan refuses a DOCTYPE and trees nested
deeper than the budget before lxml builds anything.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from lxml import etree

from ingest.converters.base import BudgetedConverter, count_chars
from ingest.converters.bpmn_graph import (
    DECISION_KINDS,
    GATEWAY_KINDS,
    STEP_KINDS,
    Flow,
    Node,
    Walk,
    walk,
)
from ingest.converters.guards import check_xml
from search.errors import ConversionError
from search.types import Document, DocumentMeta, Section

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
_B = f"{{{BPMN_NS}}}"
_SYSTEM_KINDS = frozenset({"serviceTask", "scriptTask", "businessRuleTask"})
_GATEWAY_WORDS = {
    "exclusiveGateway": "Entscheidung",
    "inclusiveGateway": "Entscheidung (mehrere Wege möglich)",
    "eventBasedGateway": "Warten auf Ereignis",
    "parallelGateway": "Parallel",
    "complexGateway": "Verzweigung",
}


@dataclasses.dataclass(frozen=True)
class _Process:
    name: str
    nodes: dict[str, Node]
    flows: tuple[Flow, ...]
    lanes: tuple[str, ...]
    doc: str


class BpmnConverter(BudgetedConverter):
    """Converts a BPMN 2.0 XML export (Camunda Modeler, Signavio, bpmn.io) into step sections.

    >>> doc = BpmnConverter().run(Path("bauantrag.bpmn"), DocumentMeta(), "abc123")
    >>> doc.sections[1].text
    'Schritt 1 – Bauantrag entgegennehmen (Rolle: Servicestelle) …'
    """

    extensions: tuple[str, ...] = (".bpmn", ".bpmn20.xml")

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        raw = _read(path)
        check_xml(raw, path.name, self.budgets.max_depth)
        root = _parse(raw, path)
        processes = _processes(root)
        if not processes:
            raise ConversionError("bpmn_no_process", file=path.name)
        title = meta.title or processes[0].name or path.stem
        sections: list[Section] = []
        chars = 0
        for process in processes:
            found = _sections(process, process.name or title)
            chars = count_chars(chars, "".join(s.text for s in found), self.budgets.max_chars)
            sections.extend(found)
        return Document(
            id=document_id,
            source=str(path),
            meta=dataclasses.replace(meta, title=title),
            sections=tuple(sections),
        )


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ConversionError(
            "file_unreadable", file=path.name, detail=exc.strerror or str(exc)
        ) from exc


def _parse(raw: bytes, path: Path) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        tree = etree.fromstring(raw, parser=parser).getroottree()
    except etree.XMLSyntaxError as exc:
        raise ConversionError("xml_invalid", file=path.name, detail=exc.msg) from exc
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise ConversionError("xml_doctype_forbidden", file=path.name)
    root = tree.getroot()
    if root.tag != f"{_B}definitions":
        raise ConversionError("not_bpmn", file=path.name, root=root.tag)
    return root


def _processes(root: etree._Element) -> list[_Process]:
    pool_names = {
        p.get("processRef"): p.get("name", "").strip() for p in root.iter(f"{_B}participant")
    }
    found = []
    for el in root.findall(f"{_B}process"):
        name = pool_names.get(el.get("id")) or el.get("name", "").strip()
        process = _read_process(el, name)
        if any(n.kind in STEP_KINDS for n in process.nodes.values()):
            found.append(process)
    return found


def _read_process(el: etree._Element, name: str) -> _Process:
    lane_of, lanes = _lanes(el)
    nodes: dict[str, Node] = {}
    flows: list[Flow] = []
    defaults = {c.get("default") for c in el if c.get("default")}
    for child in el:
        kind = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if not kind or child.get("id") is None:
            continue
        if kind == "sequenceFlow":
            flows.append(_flow(child, defaults))
        elif kind in STEP_KINDS or kind in GATEWAY_KINDS or kind.endswith("Event"):
            nodes[child.get("id")] = _node(child, kind, lane_of.get(child.get("id"), ""))
            if kind == "boundaryEvent" and child.get("attachedToRef"):
                label = f"Falls „{child.get('name', '').strip() or 'Sonderfall'}“"
                flows.append(
                    Flow(
                        f"{child.get('id')}_att",
                        child.get("attachedToRef"),
                        child.get("id"),
                        label,
                        boundary=True,
                    )
                )
    return _Process(name, nodes, tuple(flows), lanes, _doc(el))


def _lanes(el: etree._Element) -> tuple[dict[str, str], tuple[str, ...]]:
    """Lane of every flow node; nested lanes come later in document order, so the innermost wins."""
    lane_of: dict[str, str] = {}
    names: list[str] = []
    for lane in el.iter(f"{_B}lane"):
        name = " ".join(lane.get("name", "").split())
        if name and name not in names:
            names.append(name)
        for ref in lane.findall(f"{_B}flowNodeRef"):
            if ref.text and name:
                lane_of[ref.text.strip()] = name
    return lane_of, tuple(names)


def _node(el: etree._Element, kind: str, lane: str) -> Node:
    children: tuple[str, ...] = ()
    if kind in {"subProcess", "transaction", "adHocSubProcess"}:
        children = tuple(
            " ".join(c.get("name", "").split())
            for c in el
            if isinstance(c.tag, str) and etree.QName(c).localname in STEP_KINDS and c.get("name")
        )
    name = " ".join(el.get("name", "").split())
    return Node(el.get("id"), kind, name, _doc(el), lane, children)


def _flow(el: etree._Element, defaults: set) -> Flow:
    cond = el.find(f"{_B}conditionExpression")
    cond_text = " ".join((cond.text or "").split()) if cond is not None else ""
    label = " ".join(el.get("name", "").split()) or cond_text
    fid = el.get("id")
    return Flow(fid, el.get("sourceRef", ""), el.get("targetRef", ""), label, fid in defaults)


def _doc(el: etree._Element) -> str:
    parts = ["".join(d.itertext()).strip() for d in el.findall(f"{_B}documentation")]
    return "\n".join(p for p in parts if p)


def _sections(process: _Process, name: str) -> list[Section]:
    w = walk(process.nodes, process.flows)
    out = [_overview(process, name, w)]
    for node_id in w.order:
        node = process.nodes[node_id]
        path = (name, node.lane) if node.lane else (name,)
        if node.kind in STEP_KINDS:
            out.append(Section(_step_text(node, process, w), path, kind="step"))
        elif node.kind in GATEWAY_KINDS and len(_outgoing(process, node_id)) > 1:
            out.append(Section(_gateway_text(node, process, w), path, kind="step"))
    return out


def _overview(process: _Process, name: str, w: Walk) -> Section:
    steps = [n for n in w.order if n in w.labels]
    decisions = [
        n
        for n in w.order
        if process.nodes[n].kind in DECISION_KINDS and len(_outgoing(process, n)) > 1
    ]
    kinds = {"startEvent": [], "endEvent": []}  # type: dict[str, list[str]]
    for n in w.order:
        node = process.nodes[n]
        if node.kind in kinds and node.name:
            kinds[node.kind].append(node.name)
    lines = [
        f"Prozessmodell: {name}",
        f"Beteiligte Rollen: {', '.join(process.lanes) or 'keine Lanes angegeben'}",
        f"Anzahl Schritte: {len(steps)} (Entscheidungen: {len(decisions)})",
    ]
    if kinds["startEvent"]:
        lines.append(f"Auslöser: {'; '.join(kinds['startEvent'])}")
    if kinds["endEvent"]:
        lines.append(f"Mögliche Ergebnisse: {'; '.join(kinds['endEvent'])}")
    lines.append("Ablauf: " + "; ".join(f"{w.labels[n]}. {process.nodes[n].name}" for n in steps))
    if process.doc:
        lines.append(process.doc)
    return Section("\n".join(lines), (name,), kind="text")


def _step_text(node: Node, process: _Process, w: Walk) -> str:
    role = f"Rolle: {node.lane}" if node.lane else "Rolle: nicht zugeordnet"
    if node.kind in _SYSTEM_KINDS:
        role += "; automatisiert im Fachverfahren"
    lines = [f"Schritt {w.labels[node.id]} – {node.name or '(ohne Bezeichnung)'} ({role})"]
    if node.doc:
        lines.append(node.doc)
    if node.children:
        lines.append("Teilschritte: " + "; ".join(node.children))
    nexts = [_branch(f, process, w) for f in _outgoing(process, node.id)]
    lines.append("Danach: " + ("; ".join(nexts) if nexts else "Ende des Prozesses."))
    return "\n".join(lines)


def _gateway_text(node: Node, process: _Process, w: Walk) -> str:
    word = _GATEWAY_WORDS.get(node.kind, "Verzweigung")
    question = f" {node.name}" if node.name else ""
    outs = _outgoing(process, node.id)
    if node.kind == "parallelGateway":
        lines = [f"{word}: gleichzeitig – " + "; ".join(_branch(f, process, w) for f in outs)]
    else:
        branches = [_branch(f, process, w, numbered=i) for i, f in enumerate(outs)]
        lines = [f"{word}:{question} – " + "; ".join(branches)]
    if node.doc:
        lines.append(node.doc)
    return "\n".join(lines)


def _outgoing(process: _Process, node_id: str) -> list[Flow]:
    return [f for f in process.flows if f.source == node_id and f.target in process.nodes]


def _branch(flow: Flow, process: _Process, w: Walk, numbered: int | None = None) -> str:
    """'Nein: zurück zu Schritt 3 (Bauvorlagen prüfen)' — condition (if any) and where it leads."""
    label = flow.label or ("sonst" if flow.is_default else "")
    if not label and numbered is not None:
        label = f"Weg {numbered + 1}"
    loop = (flow.source, flow.target) in w.back_edges
    target = _describe(flow.target, process, w, loop, seen=set())
    return f"{label}: {target}" if label else target


def _describe(node_id: str, process: _Process, w: Walk, loop: bool, seen: set[str]) -> str:
    node = process.nodes[node_id]
    if node_id in w.labels:
        verb = "zurück zu" if loop else "weiter mit"
        return f"{verb} Schritt {w.labels[node_id]} ({node.name or 'ohne Bezeichnung'})"
    if node.kind == "endEvent" or node_id in seen:
        return f"Ende ({node.name})" if node.name else "Ende"
    seen.add(node_id)
    outs = _outgoing(process, node_id)
    if node.kind in DECISION_KINDS and len(outs) > 1:
        return f"Entscheidung „{node.name or 'ohne Bezeichnung'}“"
    if not outs:
        return f"Ende ({node.name})" if node.name else "Ende"
    parts = [
        _describe(f.target, process, w, loop or (f.source, f.target) in w.back_edges, seen)
        for f in outs
    ]
    joined = " und ".join(parts)
    return f"parallel {joined}" if node.kind == "parallelGateway" and len(outs) > 1 else joined
