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


def _kb(path, name_en="Test Brigade", lat="35.1"):
    path.write_text(f"grp:liwa-test\tARMED_GROUP\tلواء الاختبار\t{name_en}\tكتيبة الاختبار\t\t"
                    f"{lat}\t38.2\n", encoding="utf-8")
    return path


def _linked(db, source_id):
    with Store(db, read_only=True) as store:
        analysis = store.get(source_id)
    return {m.entity for m in analysis.mentions}, {e.id: e for e in analysis.entities}


def _ingested(tmp_path, monkeypatch):
    monkeypatch.delenv("RASD_KB", raising=False)
    db, mine = tmp_path / "k.duckdb", _kb(tmp_path / "mine.tsv")
    report = tmp_path / "r.txt"
    report.write_text("هاجمت كتيبة الاختبار مواقع داعش في الرقة", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--kb", str(mine), str(report)])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        (ident,) = store.ids()
    assert "grp:liwa-test" in _linked(db, ident)[0]
    return db, mine, ident


def test_reanalyse_keeps_the_links_a_user_kb_made_at_ingest(tmp_path, monkeypatch):
    db, mine, ident = _ingested(tmp_path, monkeypatch)
    for args in (["--all", "--kb", str(mine)], ["--all"]):  # named, or as the record says
        result = CliRunner().invoke(main, ["reanalyse", "--db", str(db), *args])
        assert result.exit_code == 0 and "1 reanalysed" in result.output, result.output
        assert "grp:liwa-test" in _linked(db, ident)[0]
    plain = CliRunner().invoke(main, ["reanalyse", "--db", str(db)])
    assert "0 reanalysed" in plain.output and "1 already current" in plain.output


def test_an_edited_user_kb_row_is_seen_and_entity_rows_are_refreshed(tmp_path, monkeypatch):
    db, mine, ident = _ingested(tmp_path, monkeypatch)
    assert _linked(db, ident)[1]["grp:liwa-test"].name_en == "Test Brigade"
    _kb(mine, name_en="Test Battalion", lat="36.5")
    result = CliRunner().invoke(main, ["reanalyse", "--db", str(db)])
    assert "1 reanalysed" in result.output, result.output
    entity = _linked(db, ident)[1]["grp:liwa-test"]
    assert (entity.name_en, entity.lat) == ("Test Battalion", 36.5)
    shown = CliRunner().invoke(main, ["show", "--db", str(db), ident[:12], "--json"])
    assert "Test Battalion" in shown.output and "Test Brigade" not in shown.output
    exported = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv",
                                         "--layer", "entities"])
    assert "Test Battalion" in exported.output and "Test Brigade" not in exported.output


def test_a_changed_shipped_table_or_model_makes_records_stale(tmp_path, monkeypatch):
    from rasd import knowledge

    db, _, ident = _ingested(tmp_path, monkeypatch)
    monkeypatch.setattr(knowledge, "shipped_digest", lambda: "f" * 64)  # a fixed row, say
    result = CliRunner().invoke(main, ["reanalyse", "--db", str(db)])
    assert "1 reanalysed" in result.output, result.output
    assert "grp:liwa-test" in _linked(db, ident)[0]


def test_records_made_with_a_kb_file_that_is_gone_are_kept_and_named(tmp_path, monkeypatch):
    db, mine, ident = _ingested(tmp_path, monkeypatch)
    mine.unlink()
    result = CliRunner().invoke(main, ["reanalyse", "--db", str(db), "--all"])
    assert result.exit_code == 1
    assert "mine.tsv" in result.output and "give --kb FILE" in result.output
    assert "grp:liwa-test" in _linked(db, ident)[0]
