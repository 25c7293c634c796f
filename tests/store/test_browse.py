"""The web UI's read queries, against the store's own reading of the same records."""

from __future__ import annotations

import pytest

from rasd.store import Store, browse
from tests.conftest import full_analysis


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "b.duckdb") as s:
        s.put(full_analysis(), "fixture.txt")
        yield s


def test_record_is_what_the_store_gives(store):
    analysis = full_analysis()
    record = browse.record(store.db, analysis.document.id)
    expected = store.get(analysis.document.id).to_dict()
    for layer in ("times", "mentions", "events", "entities", "findings"):
        assert [dict(x) for x in record[layer]] == expected[layer], layer
    assert record["document"] == expected["document"]
    assert browse.record(store.db, "0" * 64) is None


def test_events_filter_and_count_agree(store):
    every = browse.events(store.db)
    assert every and browse.count_events(store.db) == len(every)
    event = every[0]
    assert browse.events(store.db, type=event["type"]) == every
    assert browse.events(store.db, type="SANCTION") == []
    assert browse.events(store.db, modality="negated") == []
    actor = (event["source"] + event["target"])[0]
    assert browse.events(store.db, actor=actor)
    assert browse.events(store.db, start="2000-01-01", end="2000-12-31") == []


def test_search_binds_its_pattern_and_reads_only_what_is_new(store):
    ((published, stored_at, found),) = browse.matching(store.db, "الرقة")
    assert published.isoformat() == "2014-08-20"
    assert browse.summaries(store.db, [found])[0]["text"].startswith("قصفت")
    assert browse.matching(store.db, "الرقة", since=stored_at)  # at or after
    later = stored_at.replace(year=stored_at.year + 1)
    assert browse.matching(store.db, "الرقة", since=later) == []
    assert browse.matching(store.db, "'; DROP TABLE documents; --") == []
    assert browse.status(store.db)["documents"] == 1


def test_entity_places_and_actors(store):
    analysis = full_analysis()
    place = next(e for e in analysis.entities if e.lat is not None)
    assert browse.entity(store.db, place.id)["name_ar"] == place.name_ar
    assert any(p["id"] == place.id for p in browse.places(store.db))
    assert browse.entity(store.db, "nobody") is None
