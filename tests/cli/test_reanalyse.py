"""``rasd reanalyse``: records made by an older stage table are redone, once."""

from __future__ import annotations

from click.testing import CliRunner

from rasd import pipeline
from rasd.cli import main
from rasd.model import Document
from rasd.store import Store


def test_records_made_before_a_stage_landed_are_redone_once(tmp_path):
    db = tmp_path / "r.duckdb"
    doc = Document.make("قال النظام أمس إن داعش انسحب من الرقة في 5 آب 2014.", "old.txt",
                        published="2016-12-16")
    old_stages = pipeline.STAGES[:1]  # the text layer only: no times, no entities
    with Store(db) as store, store.writer(producer=pipeline.producer(old_stages)) as w:
        w.put(pipeline.analyze_one(doc, old_stages), "old.txt")
    with Store(db, read_only=True) as store:
        assert store.get(doc.id).times == ()

    result = CliRunner().invoke(main, ["reanalyse", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 reanalysed" in result.output
    with Store(db, read_only=True) as store:
        redone = store.get(doc.id)
        assert [t.value for t in redone.times] == ["2016-12-15", "2014-08-05"]
        assert {m.entity for m in redone.mentions} >= {"grp:isis", "gov:syria"}
        assert store.origins(doc.id)[0]["location"] == "old.txt"
        assert store.stale(pipeline.producer()) == []

    again = CliRunner().invoke(main, ["reanalyse", "--db", str(db)])
    assert "0 reanalysed" in again.output and "1 already current" in again.output
    forced = CliRunner().invoke(main, ["reanalyse", "--db", str(db), "--all"])
    assert "1 reanalysed" in forced.output
    with Store(db, read_only=True) as store:
        assert store.get(doc.id) == redone
