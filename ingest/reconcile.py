"""Store and manifest reconcile: per document, the chunks the manifest recorded against the store.

Documents missing or partial in the store are marked stale in the manifest, so the next ingest
treats them as changed and re-indexes them from their source; orphans in the store (document ids
the manifest does not know) are removed.

>>> state = inspect_index(manifest, store, check_sources=True)   # `amtswissen check`
>>> state.consistent, state.missing
(False, ('/share/urlaub.md',))
>>> repair = reconcile(manifest, store)                          # before each ingest
>>> [entry.source for entry in repair.redo]
['/share/urlaub.md']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ingest.manifest import Manifest, ManifestEntry
from search.protocols import Store

STALE = "stale"  # the content hash of an entry whose chunks must be written again


@dataclass(frozen=True)
class IndexState:
    """What the manifest says against what the store holds (`amtswissen check`)."""

    manifest_documents: int
    store_documents: int
    missing: tuple[str, ...]  # sources recorded, without a chunk in the store
    partial: tuple[str, ...]  # sources whose chunk count in the store differs from the record
    orphaned: tuple[str, ...]  # document ids in the store the manifest does not know
    gone: tuple[str, ...] = ()  # recorded sources no longer on disk (checked on request)

    @property
    def consistent(self) -> bool:
        return not (self.missing or self.partial or self.orphaned or self.gone)

    def as_json(self) -> dict[str, Any]:
        return {
            "consistent": self.consistent,
            "documents": {"manifest": self.manifest_documents, "store": self.store_documents},
            "missing": list(self.missing),
            "partial": list(self.partial),
            "orphaned": list(self.orphaned),
            "sources_gone": list(self.gone),
        }


@dataclass(frozen=True)
class Repair:
    """What one reconcile step did before an ingest; `set_aside`: a damaged store moved away."""

    redo: tuple[ManifestEntry, ...] = ()
    orphans_removed: int = 0
    set_aside: str | None = None

    @property
    def anything(self) -> bool:
        return bool(self.redo or self.orphans_removed or self.set_aside)

    def as_json(self) -> dict[str, Any]:
        return {
            "reindexed": [entry.source for entry in self.redo],
            "orphans_removed": self.orphans_removed,
            "store_set_aside": self.set_aside,
        }


def inspect_index(manifest: Manifest, store: Store, check_sources: bool = False) -> IndexState:
    """Compare manifest and store in one pass over the manifest and one facet of the store."""
    entries = manifest.all()
    counts = store.chunk_counts()
    known = {entry.document_id for entry in entries}
    return IndexState(
        manifest_documents=len(entries),
        store_documents=len(counts),
        missing=tuple(sorted(e.source for e in entries if e.document_id not in counts)),
        partial=tuple(sorted(e.source for e in entries if _partial(e, counts))),
        orphaned=tuple(sorted(set(counts) - known)),
        gone=tuple(sorted(e.source for e in entries if not Path(e.source).exists()))
        if check_sources
        else (),
    )


def _partial(entry: ManifestEntry, counts: Mapping[str, int]) -> bool:
    return entry.document_id in counts and counts[entry.document_id] != entry.chunks


def reconcile(manifest: Manifest, store: Store, set_aside: str | None = None) -> Repair:
    """Remove orphans; mark missing and partial documents stale (their file is indexed again)."""
    state = inspect_index(manifest, store)
    store.delete_documents(state.orphaned)
    wanted = set(state.missing) | set(state.partial)
    redo = []
    for entry in manifest.all():
        if entry.source in wanted:
            manifest.record(replace(entry, content_hash=STALE))
            redo.append(entry)
    return Repair(tuple(redo), len(state.orphaned), set_aside)


def by_overrides(
    entries: Iterable[ManifestEntry], skip: set[str] | None = None
) -> list[tuple[dict[str, Any], list[Path]]]:
    """The entries' sources grouped by the overrides they were ingested with (in first order)."""
    groups: dict[str, tuple[dict[str, Any], list[Path]]] = {}
    for entry in entries:
        if skip and entry.source in skip:
            continue
        key = json.dumps(dict(entry.overrides), sort_keys=True, default=str)
        groups.setdefault(key, (dict(entry.overrides), []))[1].append(Path(entry.source))
    return list(groups.values())


def existing(paths: Sequence[Path]) -> list[Path]:
    return [path for path in paths if path.exists()]
