from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap

import pytest

from rasd.errors import NoText, StoreProblem
from rasd.model import Analysis, Document, Offsets
from rasd.store import Store
from rasd.store.duckdb import LAYERS

PINNED = "1e0811c62f2a5e0f"  # sha256 of tables.sql; see the last test


def test_full_record_round_trips(tmp_path, analysis):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.put(analysis, "fixture.txt", ("ab" * 32, b"raw bytes"))
        again = store.get(analysis.document.id)
    assert again == analysis


def test_documents_record_what_analysed_them(tmp_path, analysis):
    with Store(tmp_path / "s.duckdb") as store:
        with store.writer(producer="rasd 9.9: text times") as w:
            w.put(analysis, "a.txt")
        (by,) = store.db.execute("SELECT analysed_by FROM documents").fetchone()
    assert by == "rasd 9.9: text times"


def test_put_is_idempotent(tmp_path, analysis):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.put(analysis, "a.txt", ("ab" * 32, b"raw"))
        first = store.counts()
        assert not store.put(analysis, "a.txt", ("ab" * 32, b"raw"))
        assert store.counts() == first
        assert not store.put(analysis, "copy/a.txt", ("ab" * 32, b"raw"))
        assert store.counts() == {**first, "origins": first["origins"] + 1}


def test_failure_is_kept_once_and_cleared_by_a_later_success(tmp_path, analysis):
    with Store(tmp_path / "s.duckdb") as store:
        error = NoText("a.txt", "no text")
        store.put_failure("a.txt", error, "ingest")
        store.put_failure("a.txt", error, "ingest")
        (row,) = store.failures()
        assert (row["location"], row["kind"], row["message"]) == ("a.txt", "no_text",
                                                                  "a.txt: no text")
        store.put(analysis, "a.txt")
        assert store.failures() == []


def test_a_document_that_cannot_be_written_becomes_a_failure(tmp_path, analysis):
    broken = dataclasses.replace(analysis, times=analysis.times * 2)  # duplicate key t1
    with Store(tmp_path / "s.duckdb") as store:
        assert not store.put(broken, "a.txt", ("cd" * 32, b"raw"))
        assert {k: v for k, v in store.counts().items() if v} == {"failures": 1}
        (failure,) = store.failures()
        assert failure["kind"] == "store" and "a.txt: could not be stored" in failure["message"]
        assert store.put(analysis, "a.txt")
        assert store.failures() == []


def test_one_bad_document_in_a_group_does_not_sink_the_others(tmp_path, analysis):
    broken = dataclasses.replace(analysis, times=analysis.times * 2)
    others = [Analysis(Document.make(f"نص رقم {n}", f"{n}.txt")) for n in range(3)]
    seen = []
    with Store(tmp_path / "s.duckdb") as store:
        with store.writer(every=100, on_done=lambda *o: seen.append(o[:2])) as w:
            w.put(others[0], "0.txt")
            w.put(broken, "bad.txt")
            w.put(others[1], "1.txt")
            w.put(others[1], "1-copy.txt")
            w.put(others[2], "2.txt")
        assert seen == [("added", "0.txt"), ("failed", "bad.txt"), ("added", "1.txt"),
                        ("present", "1-copy.txt"), ("added", "2.txt")]
        counts = store.counts()
    assert (counts["documents"], counts["origins"], counts["failures"]) == (3, 4, 1)


def test_writer_commits_in_groups(tmp_path):
    docs = [Analysis(Document.make(f"نص {n}", f"{n}.txt")) for n in range(10)]
    committed = []
    with Store(tmp_path / "s.duckdb") as store:
        with store.writer(every=4, on_done=lambda *o: committed.append(o[1])) as w:
            for n, doc in enumerate(docs):
                w.put(doc, f"{n}.txt")
                assert len(committed) == (n + 1) // 4 * 4
                assert w.has(doc.document.id)
        assert len(committed) == 10 and store.counts()["documents"] == 10


def test_layer_order_survives_the_store(tmp_path, analysis):
    times = tuple(dataclasses.replace(analysis.times[0], id=f"t{n}") for n in (1, 2, 10, 3))
    ordered = dataclasses.replace(analysis, times=times)
    with Store(tmp_path / "s.duckdb") as store:
        store.put(ordered, "a.txt")
        assert [t.id for t in store.get(ordered.document.id).times] == ["t1", "t2", "t10", "t3"]


def test_analyses_reads_every_record_in_chunks(tmp_path, analysis):
    others = [Analysis(Document.make(f"نص {n}", f"{n}.txt")) for n in range(7)]
    with Store(tmp_path / "s.duckdb") as store:
        store.put(analysis, "a.txt")
        for n, other in enumerate(others):
            store.put(other, f"{n}.txt")
        assert list(store.analyses(chunk=3)) == [analysis, *others]


def test_layer_tables_mirror_the_model(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        for table, cls in LAYERS.items():
            columns = [r[0] for r in store.db.execute(f"DESCRIBE {table}").fetchall()]
            assert columns == ["document", "seq", *(f.name for f in dataclasses.fields(cls))]
        columns = [r[0] for r in store.db.execute("DESCRIBE documents").fetchall()]
        for field in dataclasses.fields(Document):
            assert field.name in columns


def test_resolve_takes_a_unique_prefix(tmp_path, analysis):
    with Store(tmp_path / "s.duckdb") as store:
        store.put(analysis, "a.txt")
        other = Analysis(Document.make("نص آخر", "b.txt"))
        store.put(other, "b.txt")
        assert store.resolve(analysis.document.id[:8]) == analysis.document.id
        for bad, problem in [("zz", "hex digits"), ("0000", "no document"), ("' OR 1=1", "hex")]:
            with pytest.raises(StoreProblem, match=problem):
                store.resolve(bad)


def test_reading_a_missing_database_says_so(tmp_path):
    with pytest.raises(StoreProblem, match="no database here yet"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("hello")
    with pytest.raises(StoreProblem, match=r"not a rasd database|cannot open"):
        Store(path)


def test_a_database_held_by_another_process_is_named(tmp_path):
    path = tmp_path / "held.duckdb"
    Store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, duckdb
        db = duckdb.connect({str(path)!r})
        print("ready", flush=True)
        sys.stdin.read()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreProblem, match="in use by another process"):
            Store(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_summary_and_documents(tmp_path, analysis):
    with Store(tmp_path / "s.duckdb") as store:
        store.put(analysis, "a.txt")
        (row,) = store.documents()
        assert (row["times"], row["mentions"], row["events"], row["findings"]) == (1, 2, 1, 1)
        summary = store.summary()
        assert summary["published_from"] == "2014-08-20" and summary["language"] == {"ar": 1}
        assert (summary["version"], summary["schema"]) == ("rasd.store/3", "rasd.analysis/2")


def test_a_place_noted_for_a_document_that_failed_fails_too(tmp_path, analysis):
    broken = dataclasses.replace(analysis, times=analysis.times * 2)
    seen = []
    with Store(tmp_path / "s.duckdb") as store:
        with store.writer(every=100, on_done=lambda *o: seen.append(o[:2])) as w:
            w.put(broken, "b.txt")
            w.note(broken.document, "b-copy.txt")
        assert seen == [("failed", "b.txt"), ("failed", "b-copy.txt")]
        counts = store.counts()
    assert (counts["documents"], counts["origins"], counts["failures"]) == (0, 0, 2)


def test_a_location_duckdb_cannot_store_is_made_printable(tmp_path):
    bad = "dir/\udcc7\udce1.txt"  # a Windows-1256 file name read on Linux
    with Store(tmp_path / "s.duckdb") as store:
        store.put_failure(bad, NoText(bad, "no text"), "ingest", ("ef" * 32, b"raw"))
        (row,) = store.failures()
    assert row["location"] == "dir/\\xc7\\xe1.txt" and row["message"].endswith("no text")


def test_a_changed_table_layout_comes_with_a_new_store_version():
    """Bump VERSION in store/duckdb.py (and this hash) whenever tables.sql changes."""
    import hashlib
    from importlib import resources

    from rasd.store.duckdb import VERSION

    sql = resources.files("rasd.store").joinpath("tables.sql").read_bytes()
    assert (VERSION, hashlib.sha256(sql).hexdigest()[:16]) == ("rasd.store/3", PINNED)


def test_an_entity_row_is_refreshed_by_a_redone_record_and_kept_by_ingest(tmp_path, analysis):
    fixed = dataclasses.replace(analysis.entities[0], name_en="Raqqa city", lat=35.9507)
    other = Analysis(Document.make("نص آخر عن الرقة", "b.txt"), entities=(fixed,))
    with Store(tmp_path / "s.duckdb") as store:
        store.put(analysis, "a.txt")
        store.put(other, "b.txt")  # another spelling at ingest: the first row stays
        assert store.get(analysis.document.id).entities[0] == analysis.entities[0]
        store.replace([dataclasses.replace(analysis, entities=(fixed, analysis.entities[1]))],
                      "rasd 9.9: text")
        assert store.get(analysis.document.id).entities[0] == fixed
        assert store.get(other.document.id).entities[0] == fixed
        assert store.counts()["entities"] == 2


def test_events_of_every_shape_round_trip(tmp_path, analysis):
    """Evidence lists of several stretches, no cue, an unnamed speaker, no date, fighting
    between sides with no target: each comes back as it went in."""
    first = analysis.events[0]
    text = analysis.document.text
    clashes = dataclasses.replace(
        first, id="e2", type="ASSAULT", mode=None, source=("ent:aircraft", "loc:raqqa"),
        target=(), location=None, time=None, date=None, date_from=None, modality="negated",
        attributed_to=None, cue=None, evidence=(Offsets(0, 4), Offsets(5, len(text))),
        confidence=0.0)
    said = dataclasses.replace(first, id="e3", type="ACCUSE", mode="disapprove",
                               date_from="narrative", attributed_to="loc:raqqa")
    record = dataclasses.replace(analysis, events=(first, clashes, said))
    record.check_offsets()
    with Store(tmp_path / "s.duckdb") as store:
        store.put(record, "a.txt")
        assert store.get(record.document.id) == record
        store.replace([analysis], "rasd 9.9: text")
        assert store.get(record.document.id) == analysis
