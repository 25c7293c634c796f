"""The reuse tables: a rasd.store/2 file is upgraded, and its documents are indexed later."""

from __future__ import annotations

import duckdb
from click.testing import CliRunner

from rasd.cli import main
from rasd.model import Document
from rasd.store import Store
from rasd.store import reuse as stored
from rasd.store.duckdb import VERSION
from tests.conftest import FIXTURES
from tests.reuse.texts import STORY, variations


def make_version_2(path) -> list[Document]:
    """A rasd.store/2 file holding a story and a copy of it, stored before reuse existed."""
    docs = [Document.make(STORY, "https://www.alyaum.com/a", published="2015-08-01"),
            Document.make(variations(STORY)["tatweel"], "https://www.okaz.com.sa/b",
                          published="2015-08-02")]
    db = duckdb.connect(str(path))
    db.execute((FIXTURES / "store-2.sql").read_text("utf-8"))
    db.execute("INSERT INTO meta VALUES ('version', 'rasd.store/2'), "
               "('schema', 'rasd.analysis/2')")
    for d in docs:
        db.execute("INSERT INTO documents VALUES (?, ?, NULL, ?, 'ar', ?, NULL, 'text', NULL, "
                   "[], now(), 'rasd 0.2.0')", [d.id, d.source, d.published, d.text])
    db.close()
    return docs


def test_a_version_2_store_is_upgraded_and_its_documents_wait_to_be_indexed(tmp_path):
    path = tmp_path / "old.duckdb"
    docs = make_version_2(path)
    with Store(path, read_only=True) as store:
        assert stored.counts(store.db) == {"indexed": 0, "relations": 0}
        assert stored.unindexed(store.db) == [d.id for d in docs]
    with duckdb.connect(str(path), read_only=True) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone() == (VERSION,)


def test_rasd_reuse_catches_up_on_an_upgraded_store(tmp_path):
    path = tmp_path / "old.duckdb"
    source, copy = make_version_2(path)
    result = CliRunner().invoke(main, ["reuse", "--db", str(path), "--json"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.splitlines()
    assert f'"source": "{source.id}", "copy": "{copy.id}", "basis": "published"' in line
    with Store(path, read_only=True) as store:
        assert stored.counts(store.db) == {"indexed": 2, "relations": 1}


def test_relations_are_written_and_read_back_alike(tmp_path):
    relation = {"source": "a" * 64, "copy": "b" * 64, "basis": "credit", "share": 0.5,
                "passages": [{"source": [0, 10], "copy": [5, 15]}]}
    with Store(tmp_path / "s.duckdb") as store:
        stored.write(store.db, [relation])
        assert stored.relations(store.db) == [relation]
        assert stored.relations(store.db, "b" * 64) == [relation]
        assert stored.relations(store.db, "c" * 64) == []
        assert stored.pairs(store.db) == [("a" * 64, "b" * 64)]
