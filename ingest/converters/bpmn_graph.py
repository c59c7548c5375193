"""Reading order and step numbers for a BPMN process graph (loops, parallel and exclusive branches).

The main path gets plain numbers (1, 2, 3 …); steps on side branches of a decision get the number of
the step before the decision plus a letter (3a, 3b), the way clerks talk about "Schritt 3a".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

STEP_KINDS = frozenset(
    {
        "task",
        "userTask",
        "serviceTask",
        "sendTask",
        "receiveTask",
        "manualTask",
        "businessRuleTask",
        "scriptTask",
        "callActivity",
        "subProcess",
        "transaction",
        "adHocSubProcess",
        "intermediateCatchEvent",
        "intermediateThrowEvent",
    }
)
DECISION_KINDS = frozenset({"exclusiveGateway", "inclusiveGateway", "eventBasedGateway"})
GATEWAY_KINDS = DECISION_KINDS | {"parallelGateway", "complexGateway"}


@dataclass(frozen=True)
class Node:
    """One flow node of a process: its BPMN element kind, label, documentation and lane."""

    id: str
    kind: str
    name: str
    doc: str = ""
    lane: str = ""
    children: tuple[str, ...] = ()  # names of tasks inside a sub-process


@dataclass(frozen=True)
class Flow:
    """A sequence flow (or the pseudo-flow from a task to its boundary event)."""

    id: str
    source: str
    target: str
    label: str = ""
    is_default: bool = False
    boundary: bool = False


@dataclass(frozen=True)
class Walk:
    """The result of walking a process: nodes in reading order, step labels and loop edges."""

    order: tuple[str, ...]
    labels: Mapping[str, str]
    back_edges: frozenset[tuple[str, str]]


def walk(nodes: Mapping[str, Node], flows: Sequence[Flow]) -> Walk:
    """Order the nodes from the start events along the flows and number the steps."""
    succ: dict[str, list[str]] = {n: [] for n in nodes}
    for f in flows:
        if f.source in succ and f.target in succ:
            succ[f.source].append(f.target)
    order, back = _dfs(succ, _roots(nodes, flows))
    forward = {n: [t for t in ts if (n, t) not in back] for n, ts in succ.items()}
    boundary_targets = {f.target for f in flows if f.boundary}
    dist = _distance_to_end(forward, order, nodes)
    main = _main_path(nodes, forward, _roots(nodes, flows), dist, boundary_targets)
    visit = {n: _side_first(ts, main) for n, ts in forward.items()}
    order, _ = _dfs(visit, _roots(nodes, flows))
    return Walk(tuple(order), _number(order, nodes, main), frozenset(back))


def _roots(nodes: Mapping[str, Node], flows: Iterable[Flow]) -> list[str]:
    has_incoming = {f.target for f in flows}
    starts = [n for n, node in nodes.items() if node.kind == "startEvent"]
    orphans = [n for n in nodes if n not in has_incoming and n not in starts]
    rest = [n for n in nodes if n not in starts and n not in orphans]
    return starts + orphans + rest


def _dfs(succ: Mapping[str, Sequence[str]], roots: Sequence[str]) -> tuple[list[str], set]:
    """Reverse postorder (topological for the forward graph) and the edges that close a loop."""
    state: dict[str, int] = {}
    post: list[str] = []
    back: set[tuple[str, str]] = set()
    for root in roots:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(succ[root]))]
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop()
                state[node] = 2
                post.append(node)
            elif state.get(nxt) == 1:
                back.add((node, nxt))
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(succ[nxt])))
    return post[::-1], back


def _distance_to_end(
    forward: Mapping[str, Sequence[str]], order: Sequence[str], nodes: Mapping[str, Node]
) -> dict[str, int]:
    """Longest number of steps from a node to any end, along forward edges only."""
    dist: dict[str, int] = {}
    for n in reversed(order):
        own = 1 if nodes[n].kind in STEP_KINDS else 0
        dist[n] = own + max((dist.get(t, 0) for t in forward[n]), default=0)
    return dist


def _main_path(
    nodes: Mapping[str, Node],
    forward: Mapping[str, Sequence[str]],
    roots: Sequence[str],
    dist: Mapping[str, int],
    boundary_targets: set[str],
) -> set[str]:
    """Main path: the longest branch(es) of each decision, every branch of a parallel split."""
    starts = [r for r in roots if nodes[r].kind == "startEvent"] or list(roots[:1])
    main: set[str] = set()
    todo = list(starts)
    while todo:
        n = todo.pop()
        if n in main:
            continue
        main.add(n)
        targets = [t for t in forward[n] if t not in boundary_targets] or list(forward[n])
        if nodes[n].kind in DECISION_KINDS and len(targets) > 1:
            longest = max(dist.get(t, 0) for t in targets)
            tied = [t for t in targets if dist.get(t, 0) == longest]
            # equally long alternatives that rejoin read best as consecutive main steps
            targets = tied if longest > 0 and len(tied) > 1 else tied[:1]
        todo.extend(targets)
    return main


def _side_first(targets: Sequence[str], main: set[str]) -> list[str]:
    """Visit order that makes side branches read right after their decision, main path after."""
    mains = [t for t in targets if t in main]
    sides = [t for t in targets if t not in main]
    return list(reversed(mains)) + list(reversed(sides))


def _number(order: Sequence[str], nodes: Mapping[str, Node], main: set[str]) -> dict[str, str]:
    labels: dict[str, str] = {}
    counter, letter = 0, 0
    for n in order:
        if nodes[n].kind not in STEP_KINDS:
            continue
        if n in main or counter == 0:
            counter += 1
            letter = 0
            labels[n] = str(counter)
        else:
            labels[n] = f"{counter}{_letters(letter)}"
            letter += 1
    return labels


def _letters(i: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(ord("a") + r) + out
    return out
