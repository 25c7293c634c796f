"""The ingest loop: what it reports of each source, document and stage, and its messages
(each true, and said once)."""

from __future__ import annotations

import pytest

from rasd import batch, pipeline
from rasd.store import Store
from tests.conftest import FIXTURES

BODY = "قصفت الطائرات أطراف المدينة صباح اليوم."


@pytest.fixture
def copies(tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "a.txt").write_text(f"16 ديسمبر 2016\nعنوان أول\n{BODY}", encoding="utf-8")
    (folder / "b.txt").write_text(f"الاثنين 17 ديسمبر 2016\nعنوان ثان\n{BODY}",
                                  encoding="utf-8")
    return folder


def run(tmp_path, *sources, **options):
    with Store(tmp_path / "t.duckdb") as store:
        return batch.run(store, [str(s) for s in sources], **options)


def test_a_copy_dated_otherwise_is_said_once_with_its_warnings(tmp_path, copies):
    first = run(tmp_path, copies)
    assert first.added == 1 and first.present == 1
    (weekday, same) = first.warnings
    assert weekday.startswith(f"{copies / 'b.txt'}: the date line says Monday")
    assert same.startswith(f"{copies / 'b.txt'}: same text as document")
    again = run(tmp_path, copies)
    assert again.present == 2 and again.warnings == []  # nothing new to say


def test_published_on_a_stored_file_is_not_said_to_be_kept(tmp_path, copies):
    run(tmp_path, copies / "a.txt")
    again = run(tmp_path, copies / "a.txt", published="2014-08-25")
    assert again.present == 1 and again.warnings == []  # the command's note says it once
    with Store(tmp_path / "t.duckdb") as store:
        (origin,) = store.origins(store.ids()[0])
    assert origin["published"] == "2016-12-16"


def test_published_on_a_new_place_is_kept_there_and_said(tmp_path, copies):
    run(tmp_path, copies / "a.txt")
    other = run(tmp_path, copies / "b.txt", published="2014-08-25")
    assert any("this copy's date (2014-08-25)" in w for w in other.warnings)
    with Store(tmp_path / "t.duckdb") as store:
        dates = {o["location"]: o["published"] for o in store.origins(store.ids()[0])}
    assert dates[str(copies / "b.txt")] == "2014-08-25"


def test_a_stored_source_that_now_gives_another_date_says_it_is_not_read_again(
        tmp_path, copies):
    run(tmp_path, copies / "a.txt")
    (copies / "a.txt").write_text(f"20 ديسمبر 2016\nعنوان أول\n{BODY}", encoding="utf-8")
    (warning,) = run(tmp_path, copies / "a.txt").warnings
    assert warning.startswith(f"{copies / 'a.txt'}: now gives the date 2016-12-20, but it is "
                              "stored (document ")
    assert warning.endswith("published 2016-12-16; a stored source is not read again")


def test_a_stored_documents_own_warnings_are_not_repeated(tmp_path, copies):
    first = run(tmp_path, copies / "b.txt")
    assert len(first.warnings) == 1
    assert run(tmp_path, copies / "b.txt").warnings == []


def test_documents_without_a_date_are_counted_not_repeated(tmp_path):
    for n in range(3):
        (tmp_path / f"p{n}.txt").write_text(f"{BODY} {n}", encoding="utf-8")
    tally = run(tmp_path, *(tmp_path / f"p{n}.txt" for n in range(3)))
    assert tally.warnings == [] and len(tally.undated) == 3
    assert run(tmp_path, tmp_path / "p0.txt").undated == []  # said when first read


def test_batch_reports_each_source_its_documents_and_their_stages(tmp_path):
    said = []
    with Store(tmp_path / "db.duckdb") as store:
        batch.run(store, [str(FIXTURES / "blogger-export.xml")],
                  on_source=lambda where, lengths: said.append(("source", len(lengths))),
                  on_stage=lambda name: said.append(("stage", name)),
                  on_document=lambda where, length: said.append(("document", length > 0)),
                  on_file=lambda where: said.append(("file", where.endswith(".xml"))))
        made_by = {made for made in store.producers()}
    stages = [("stage", s.name) for s in pipeline.STAGES]
    assert said == [("source", 2), *stages, ("document", True), *stages, ("document", True),
                    ("file", True)]
    assert made_by == {pipeline.producer()}, "telling stages changed what made the record"


def test_batch_reports_a_stored_copy_without_running_stages(tmp_path):
    source = str(FIXTURES / "feed-rss.xml")
    with Store(tmp_path / "db.duckdb") as store:
        batch.run(store, [source])
        stages = []
        batch.run(store, [source], on_stage=stages.append)
    assert stages == []
