"""The document routes through the real app: what a user may see, change and delete, and that
a change or deletion reaches search at once (store payload, manifest, registry, audit)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.compose import build_services
from app.db.models import AuditEvent, DocumentRecord
from app.services import registry
from app.services.access import store_filter
from app.services.auth import Caller
from app.services.search import search
from tests.api.conftest import Api, make_settings

PERSONAL = """---
title: Überstundenregelung
department: Personalamt
doc_type: dienstanweisung
tags: [arbeitszeit]
access_groups: [personalamt]
---
# Überstunden

Mehrarbeit wird auf dem Gleitzeitkonto gutgeschrieben und binnen drei Monaten ausgeglichen.

## Antrag

Der Antrag auf Freizeitausgleich geht an die Personalstelle.
"""
BAU = """---
title: Bauantrag prüfen
department: Bauordnung
doc_type: prozess
tags: [bau]
---
# Bauantrag

Die Baugenehmigung setzt einen vollständigen Bauantrag mit Lageplan voraus.
"""
URLAUB = """---
title: Urlaub beantragen
department: Personalamt
doc_type: prozess
---
# Urlaub

Den Erholungsurlaub beantragt man im Urlaubsportal bis zum Monatsende.
"""


def ingest(api: Api, *paths: Path) -> None:
    """What the CLI or a job does: the pipeline under the write lock, then the registry."""
    state = api.state()
    with state.write_lock:
        report = state.services.pipeline().run(list(paths))
        assert report.ok and not report.failed and not report.skipped, report
        with state.db.session() as session:
            registry.sync(session, state.services.manifest, state.services.store)


def upload(api: Api, text: str, filename: str, owner: str) -> str:
    """An original stored content-addressed under the data folder, as an upload job keeps it."""
    state = api.state()
    digest = hashlib.sha256(text.encode()).hexdigest()
    stored = state.settings.originals_path / f"{digest}.md"
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_text(text, encoding="utf-8")
    ingest(api, stored)
    with state.write_lock, state.db.session() as session:
        row = session.scalars(select(DocumentRecord).where(DocumentRecord.source == str(stored)))
        document = row.one()
        meta = registry.first_chunk_meta(state.services.store, document.id)
        assert meta is not None
        owner_id = _user_id(session, owner)
        relative = str(stored.relative_to(state.settings.data_dir))
        original = registry.Original(relative, filename, digest, len(text.encode()))
        registry.record(
            session, document.id, str(stored), meta, document.chunks, owner_id, original
        )
        return document.id


def _user_id(session: Any, username: str) -> int:
    from app.db.models import User

    return session.scalars(select(User.id).where(User.username == username)).one()


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "ueberstunden.md").write_text(PERSONAL, encoding="utf-8")
    (folder / "bauantrag.md").write_text(BAU, encoding="utf-8")
    return folder


def doc_id(api: Api, title: str) -> str:
    with api.state().db.session() as session:
        return session.scalars(select(DocumentRecord.id).where(DocumentRecord.title == title)).one()


def titles(api: Api, headers: dict[str, str], **params: Any) -> list[str]:
    response = api.client.get("/documents", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return [d["title"] for d in response.json()["documents"]]


def finds(api: Api, query: str, groups: tuple[str, ...], title: str) -> bool:
    caller = Caller(0, "probe", "reader", groups)
    result = search(api.state().services, query, filter=store_filter(caller))
    return any(hit.title == title for hit in result.hits)


def audit_events(api: Api, action: str) -> list[AuditEvent]:
    with api.state().db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_group_document_is_invisible_to_readers_outside_the_group(
    api_both: Api, share: Path
) -> None:
    api = api_both
    bernd = api.user("bernd")
    petra = api.user("petra", groups=("personalamt",))
    ingest(api, share)
    personal, bau = doc_id(api, "Überstundenregelung"), doc_id(api, "Bauantrag prüfen")

    assert titles(api, bernd) == ["Bauantrag prüfen"]
    assert sorted(titles(api, petra)) == ["Bauantrag prüfen", "Überstundenregelung"]
    for path in (f"/documents/{personal}", f"/documents/{personal}/original"):
        assert api.client.get(path, headers=bernd).status_code == 404
    stats = api.client.get("/stats", headers=bernd).json()
    assert (stats["documents"], stats["by_department"]) == (1, {"Bauordnung": 1})
    assert api.client.get("/stats", headers=petra).json()["documents"] == 2

    detail = api.client.get(f"/documents/{personal}", headers=petra).json()
    assert detail["access_groups"] == ["personalamt"] and detail["owner"] is None
    positions = [c["position"] for c in detail["chunks_list"]]
    assert positions == sorted(positions) and len(positions) == detail["chunks"]
    assert "Gleitzeitkonto" in " ".join(c["text"] for c in detail["chunks_list"])
    original = api.client.get(f"/documents/{personal}/original", headers=petra)
    assert original.status_code == 200 and original.text == PERSONAL
    assert original.headers["x-content-type-options"] == "nosniff"
    assert api.client.get(f"/documents/{bau}", headers=bernd).status_code == 200

    opened = audit_events(api, "document_opened")  # the public one is not audited
    assert [(e.username, e.target, e.detail["view"]) for e in opened] == [
        ("petra", f"document:{personal}", "chunks"),
        ("petra", f"document:{personal}", "original"),
    ]


def test_list_filters_and_pages_in_the_database(api_both: Api, share: Path) -> None:
    api = api_both
    petra = api.user("petra", groups=("personalamt",))
    (share / "urlaub.md").write_text(URLAUB, encoding="utf-8")
    ingest(api, share)

    assert sorted(titles(api, petra, department="Personalamt")) == [
        "Urlaub beantragen",
        "Überstundenregelung",
    ]
    assert titles(api, petra, doc_type="dienstanweisung") == ["Überstundenregelung"]
    assert titles(api, petra, tag="bau") == ["Bauantrag prüfen"]
    assert titles(api, petra, q="ÜBERSTUNDEN") == ["Überstundenregelung"]
    assert titles(api, petra, q="%") == []  # a LIKE wildcard is a plain character
    assert titles(api, petra, changed_since="2999-01-01") == []
    assert len(titles(api, petra, changed_since="2000-01-01")) == 3
    page = api.client.get("/documents", params={"limit": 2, "offset": 2}, headers=petra).json()
    assert (len(page["documents"]), page["total"], page["limit"], page["offset"]) == (1, 3, 2, 2)
    assert api.client.get("/documents?limit=201", headers=petra).status_code == 422


def test_patch_reapplies_metadata_and_access_groups_to_search(api: Api, share: Path) -> None:
    erika = api.user("erika", "editor", groups=("personalamt", "bauamt"))
    bernd = api.user("bernd")
    ingest(api, share)
    personal = doc_id(api, "Überstundenregelung")
    assert not finds(api, "Gleitzeitkonto", (), "Überstundenregelung")

    response = api.client.patch(f"/documents/{personal}", json={"access_groups": []}, headers=erika)
    assert response.status_code == 200 and response.json()["access_groups"] == []
    assert finds(api, "Gleitzeitkonto", (), "Überstundenregelung")
    assert api.client.get(f"/documents/{personal}", headers=bernd).status_code == 200

    change = {"title": "Mehrarbeit", "tags": ["zeit"], "access_groups": ["bauamt"]}
    response = api.client.patch(f"/documents/{personal}", json=change, headers=erika)
    assert response.status_code == 200, response.text
    assert not finds(api, "Gleitzeitkonto", ("personalamt",), "Mehrarbeit")
    assert finds(api, "Gleitzeitkonto", ("bauamt",), "Mehrarbeit")
    assert api.client.get(f"/documents/{personal}", headers=bernd).status_code == 404
    assert titles(api, erika, tag="zeit") == ["Mehrarbeit"]

    entry = api.state().services.manifest.get(str(share.resolve() / "ueberstunden.md"))
    assert entry.overrides == {"access_groups": ["bauamt"], "title": "Mehrarbeit", "tags": ["zeit"]}
    changes = [
        (e.username, e.detail["old"], e.detail["new"]) for e in audit_events(api, "access_changed")
    ]
    assert changes == [("erika", ["personalamt"], []), ("erika", [], ["bauamt"])]
    unknown = api.client.patch(
        f"/documents/{personal}", json={"access_groups": ["gibtsnicht"]}, headers=erika
    )
    assert unknown.status_code == 422 and unknown.json()["code"] == "group_unknown"


def test_delete_removes_chunks_original_manifest_and_row(api_both: Api, share: Path) -> None:
    api = api_both
    erika = api.user("erika", "editor", groups=("personalamt",))
    document = upload(api, URLAUB, "Urlaub beantragen.md", owner="erika")
    ingest(api, share)
    state = api.state()
    stored = state.settings.originals_path / f"{hashlib.sha256(URLAUB.encode()).hexdigest()}.md"
    assert finds(api, "Erholungsurlaub Urlaubsportal", (), "Urlaub beantragen")

    assert api.client.delete(f"/documents/{document}", headers=erika).status_code == 204
    assert not finds(api, "Erholungsurlaub Urlaubsportal", (), "Urlaub beantragen")
    assert not stored.exists()
    assert api.client.get(f"/documents/{document}", headers=erika).status_code == 404
    assert state.services.manifest.get(str(stored)) is None
    with state.db.session() as session:  # the next start's sync does not bring it back
        registry.sync(session, state.services.manifest, state.services.store)
    assert "Urlaub beantragen" not in titles(api, erika)
    [event] = audit_events(api, "document_deleted")
    assert (event.username, event.detail["title"]) == ("erika", "Urlaub beantragen")

    personal = doc_id(api, "Überstundenregelung")  # from a share: its file stays
    assert api.client.delete(f"/documents/{personal}", headers=erika).status_code == 204
    assert (share / "ueberstunden.md").is_file()
    assert titles(api, erika) == ["Bauantrag prüfen"]


def test_who_may_change_and_delete(api: Api, share: Path) -> None:
    petra = api.user("petra", groups=("personalamt",))
    bernd = api.user("bernd", "editor", groups=("bauamt",))
    ingest(api, share)
    personal, bau = doc_id(api, "Überstundenregelung"), doc_id(api, "Bauantrag prüfen")

    for path in ("/documents", f"/documents/{bau}", f"/documents/{bau}/original", "/stats"):
        assert api.client.get(path).status_code == 401, path
    assert api.client.patch(f"/documents/{bau}", json={"title": "x"}).status_code == 401
    assert api.client.delete(f"/documents/{bau}").status_code == 401

    assert (
        api.client.patch(f"/documents/{personal}", json={"title": "x"}, headers=petra).status_code
        == 403
    )
    assert api.client.delete(f"/documents/{personal}", headers=petra).status_code == 403
    assert (
        api.client.patch(f"/documents/{personal}", json={"title": "x"}, headers=bernd).status_code
        == 404
    )
    assert api.client.delete(f"/documents/{personal}", headers=bernd).status_code == 404
    assert (
        api.client.patch(f"/documents/{bau}", json={"doc_type": "Formular"}, headers=bernd).json()[
            "doc_type"
        ]
        == "formular"
    )
    # the admin reads only what their groups allow, but may delete any document
    assert (
        api.client.patch(
            f"/documents/{personal}", json={"title": "x"}, headers=api.admin
        ).status_code
        == 404
    )
    assert api.client.delete(f"/documents/{personal}", headers=api.admin).status_code == 204
    assert api.client.get(f"/documents/{personal}", headers=petra).status_code == 404


def test_original_download_names_the_file_safely(api: Api) -> None:
    api.user("erika", "editor")
    document = upload(api, URLAUB, 'Über "Urlaub".md', owner="erika")
    response = api.client.get(f"/documents/{document}/original", headers=api.admin)
    assert response.status_code == 200 and response.text == URLAUB
    disposition = response.headers["content-disposition"]
    assert disposition == (
        "attachment; filename=\"Uber _Urlaub_.md\"; filename*=UTF-8''%C3%9Cber%20%22Urlaub%22.md"
    )
    assert api.client.get(f"/documents/{document}", headers=api.admin).json()["owner"] == "erika"
    stored = next(api.state().settings.originals_path.iterdir())
    stored.unlink()
    missing = api.client.get(f"/documents/{document}/original", headers=api.admin)
    assert missing.status_code == 404 and missing.json()["code"] == "original_missing"


def test_start_up_adds_documents_a_cli_ingest_indexed(
    start_api: Any, tmp_path: Path, share: Path
) -> None:
    data = tmp_path / "data"
    services = build_services(make_settings(data))
    try:
        services.pipeline().run([share])
    finally:
        services.close()
    api = start_api(data_dir=data)
    petra = api.user("petra", groups=("personalamt",))
    assert sorted(titles(api, petra)) == ["Bauantrag prüfen", "Überstundenregelung"]
    shutil.rmtree(share)  # a share file gone: no original to download
    personal = doc_id(api, "Überstundenregelung")
    assert api.client.get(f"/documents/{personal}/original", headers=petra).status_code == 404


def test_an_original_two_documents_share_stays_until_the_last_is_deleted(api: Api) -> None:
    erika = api.user("erika", "editor")
    first = upload(api, URLAUB, "Urlaub.md", owner="erika")
    state = api.state()
    stored = next(state.settings.originals_path.iterdir())
    with state.db.session() as session:  # a second upload of the same bytes under another name
        row = session.get_one(DocumentRecord, first)
        copy = DocumentRecord(
            id="f" * 32,
            source="/elsewhere/urlaub.md",
            title="Kopie",
            original_path=row.original_path,
            filename="Kopie.md",
        )
        session.add(copy)
    assert api.client.delete(f"/documents/{first}", headers=erika).status_code == 204
    assert stored.is_file()
    assert api.client.delete(f"/documents/{'f' * 32}", headers=erika).status_code == 204
    assert not stored.exists()


def test_malformed_ids_and_nul_bytes_are_refused_not_crashes(api_both: Api) -> None:
    api = api_both
    for path in ("/documents/..%2F..%2Fetc", "/documents/a%00b", "/documents/x%00/original"):
        assert api.client.get(path, headers=api.admin).status_code in (404, 422), path
    assert api.client.get("/documents?q=a%00b", headers=api.admin).status_code == 422
    assert api.client.get("/documents/abc", headers=api.admin).status_code == 404
    body = {"title": "a\x00b"}
    assert api.client.patch("/documents/abc", json=body, headers=api.admin).status_code == 422
