"""The sample knowledge capture `make run` loads: corpus/wissenssicherung through the real
services (hash embedder), then what people see of it through the API."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.capture_models import Interview, Person, StatusChange
from app.db.models import User
from app.services.auth import caller_of
from app.services.capture_samples import load_samples, read_sample
from search.errors import InvalidRequest
from tests.api.conftest import Api

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "corpus" / "wissenssicherung"


def _load(api: Api) -> object:
    state = api.state()
    with state.db.session() as session:
        admin = caller_of(session.scalars(select(User).where(User.username == "admin")).one())
    return load_samples(state, [SAMPLES], REPO / "corpus", admin)


def test_samples_load_once_with_their_history_and_publish_into_search(api: Api) -> None:
    first = _load(api)
    again = _load(api)

    assert (first.people, first.interviews, first.published) == (14, 7, 3)  # type: ignore[attr-defined]
    assert (again.people, again.interviews, again.published) == (0, 0, 0)  # type: ignore[attr-defined]
    with api.state().db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 14
        statuses = sorted(session.scalars(select(Interview.status)))
        published = session.scalars(
            select(Interview).where(Interview.status == "veröffentlicht")
        ).all()
        walked = [[c.to_status for c in i.changes] for i in published]
        koetter = session.scalars(select(Person).where(Person.name == "Heinz-Dieter Kötter")).one()
        successor = koetter.successor.name if koetter.successor else None
    assert statuses.count("veröffentlicht") == 3 and "in Prüfung" in statuses
    assert walked == [["geführt", "in Prüfung", "freigegeben", "veröffentlicht"]] * 3
    assert successor == "Jan Schulte"

    reader = api.user("leser", "reader")
    found = api.client.post(
        "/search", json={"query": "Streusalz Rahmenvertrag Kreis"}, headers=reader
    )
    hit = found.json()["hits"][0]
    assert (hit["doc_type"], hit["expert"]) == ("interview", "Heinz-Dieter Kötter")
    assert hit["question"]
    # the Stadtkasse interview was released for the group "kasse" only
    kasse = api.client.post("/search", json={"query": "EBICS-Schlüssel Fehler 091"}, headers=reader)
    assert all(h["expert"] != "Manfred Ostendorf" for h in kasse.json()["hits"])


def test_a_broken_sample_names_its_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.capture.yaml"
    bad.write_text(
        "people:\n  - key: a\n    name: A\n    areas:\n      - name: X\n        criticality: 9\n"
        "        uniqueness: 1\n        documented: 1\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidRequest) as caught:
        read_sample(bad)
    assert caught.value.params["file"] == "kaputt.capture.yaml"
    assert caught.value.params["field"] == "people.0.areas.0.criticality"


def test_sample_status_history_is_recorded_by_the_loading_admin(api: Api) -> None:
    _load(api)
    with api.state().db.session() as session:
        who = set(session.scalars(select(StatusChange.username)))
    assert who == {"admin"}
