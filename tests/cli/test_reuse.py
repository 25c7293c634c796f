"""``rasd reuse`` and the sources and copies of ``rasd show``, on a store made by ingest."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rasd.cli import main
from tests.reuse.texts import OTHER, STORY, variations


@pytest.fixture
def ingested(tmp_path):
    """Three files ingested with rasd ingest: a story, a later copy, an unrelated story."""
    files = {"story.txt": ("2015-08-01", STORY),
             "copy.txt": ("2015-08-04", variations(STORY)["paragraph_dropped"]),
             "other.txt": ("2015-08-02", OTHER)}
    db = tmp_path / "r.duckdb"
    for name, (date, text) in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--published", date,
                                           str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    return db


def test_reuse_json_is_one_relation_per_line_with_offsets_into_each_text(ingested):
    result = CliRunner().invoke(main, ["reuse", "--db", str(ingested), "--json"])
    assert result.exit_code == 0, result.output
    (relation,) = [json.loads(line) for line in result.output.splitlines()]
    assert set(relation) == {"source", "copy", "basis", "share", "passages"}
    assert relation["basis"] == "published" and relation["share"] == 1.0
    copy = variations(STORY)["paragraph_dropped"]
    assert [copy[slice(*p["copy"])] for p in relation["passages"]] == [
        STORY.split("\n")[0].rstrip("."), STORY.split("\n")[2].rstrip(".")]
    assert [STORY[slice(*p["source"])] for p in relation["passages"]] == [
        STORY.split("\n")[0].rstrip("."), STORY.split("\n")[2].rstrip(".")]


def test_reuse_for_one_document_and_its_summary(ingested):
    listed = json.loads(CliRunner().invoke(main, ["reuse", "--db", str(ingested),
                                                  "--json"]).output)
    result = CliRunner().invoke(main, ["reuse", "--db", str(ingested), "--document",
                                       listed["copy"][:8]])
    assert result.exit_code == 0, result.output
    assert f"{listed['source'][:12]} → {listed['copy'][:12]}  published" in result.output
    assert "this document's cluster: 2 documents" in result.output


def test_show_lists_a_documents_sources_and_copies(ingested):
    relation = json.loads(CliRunner().invoke(main, ["reuse", "--db", str(ingested),
                                                    "--json"]).output)
    shown = CliRunner().invoke(main, ["show", "--db", str(ingested), relation["copy"][:10]])
    assert f"copy of    {relation['source'][:12]}" in shown.output
    shown = CliRunner().invoke(main, ["show", "--db", str(ingested), relation["source"][:10]])
    assert f"copied by  {relation['copy'][:12]}" in shown.output


def test_reuse_of_an_unknown_document_is_a_clear_error(ingested):
    result = CliRunner().invoke(main, ["reuse", "--db", str(ingested), "--document", "ffff0000"])
    assert result.exit_code == 1 and "no document with this id" in result.output


def test_reuse_without_a_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["reuse", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no database here yet" in result.output
