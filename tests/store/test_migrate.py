"""A store file made by an older rasd opens with this one: its layout is upgraded."""

from __future__ import annotations

import duckdb
import pytest

from rasd.errors import StoreProblem
from rasd.model import SCHEMA, Analysis, Document
from rasd.store import Store
from rasd.store.duckdb import VERSION
from tests.conftest import FIXTURES

MADE_BY = "rasd 0.2.0: text times entities; data 0123456789abcdef"

def make_version_1(path, events: bool = False) -> Document:
    """A rasd.store/1 file holding one document (and, if asked, one event row)."""
    doc = Document.make("قصفت الطائرات مدينة الرقة.", "old.txt", published="2014-08-20",
                        language="ar", reader="text")
    db = duckdb.connect(str(path))
    db.execute((FIXTURES / "store-1.sql").read_text("utf-8"))
    db.execute("INSERT INTO meta VALUES ('version', 'rasd.store/1')")
    db.execute("INSERT INTO documents VALUES (?, ?, NULL, ?, 'ar', ?, NULL, 'text', NULL, [], "
               "now(), ?)", [doc.id, doc.source, doc.published, doc.text, MADE_BY])
    if events:
        db.execute("INSERT INTO events VALUES (?, 0, 'e1', 'ASSAULT', NULL, "
                   "{'start': 0, 'end': 4, 'text': 'قصفت'}, [], [], NULL, NULL, NULL, "
                   "'asserted', 'author', {'start': 0, 'end': 26}, 0.5)", [doc.id])
    db.close()
    return doc

def meta(path) -> dict[str, str]:
    with duckdb.connect(str(path), read_only=True) as db:
        return dict(db.execute("SELECT key, value FROM meta").fetchall())

def test_a_version_1_store_is_upgraded_when_opened(tmp_path):
    path = tmp_path / "old.duckdb"
    doc = make_version_1(path)
    with Store(path) as store:
        assert store.get(doc.id) == Analysis(doc)
        columns = [r[0] for r in store.db.execute("DESCRIBE events").fetchall()]
        assert columns[-6:] == ["date_from", "modality", "attributed_to", "cue", "evidence",
                                "confidence"]
    assert meta(path) == {"version": VERSION, "schema": SCHEMA}

def test_a_version_1_store_opened_for_reading_is_upgraded_first(tmp_path):
    path = tmp_path / "old.duckdb"
    doc = make_version_1(path)
    with Store(path, read_only=True) as store:
        assert store.get(doc.id).document == doc
    assert meta(path)["version"] == VERSION

def test_an_event_row_of_version_1_is_carried_over(tmp_path):
    path = tmp_path / "old.duckdb"
    doc = make_version_1(path, events=True)
    with Store(path) as store:
        (event,) = store.get(doc.id).events
    assert (event.evidence[0].start, event.evidence[0].end) == (0, 26)
    assert (event.date_from, event.cue, event.attributed_to) == (None, None, "author")

def test_records_of_version_1_are_left_for_reanalyse(tmp_path):
    path = tmp_path / "old.duckdb"
    doc = make_version_1(path)
    with Store(path) as store:
        assert store.stale(MADE_BY.replace("entities;", "entities events;")) == [doc.id]

def test_opening_twice_upgrades_once(tmp_path, analysis):
    path = tmp_path / "old.duckdb"
    make_version_1(path)
    with Store(path) as store:
        store.put(analysis, "new.txt")
    with Store(path) as store:
        assert store.get(analysis.document.id) == analysis
        assert store.counts()["documents"] == 2

def test_a_new_store_records_its_version_and_schema(tmp_path):
    Store(tmp_path / "new.duckdb").close()
    assert meta(tmp_path / "new.duckdb") == {"version": VERSION, "schema": SCHEMA}

def test_a_store_of_an_unknown_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "future.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as db:
        db.execute("UPDATE meta SET value = 'rasd.store/99' WHERE key = 'version'")

    with pytest.raises(StoreProblem, match=r"store version rasd\.store/99"):
        Store(path)
    assert meta(path)["version"] == "rasd.store/99"
