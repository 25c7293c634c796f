"""Worker processes: the same store, the same output and the same messages as one
process, whatever the number of workers; a folder of real articles and bad sources."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from rasd import batch, workers
from rasd.store import Store
from tests.conftest import shared

ARTICLES = 24


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Real SaudiNewsNet articles as files, one of them twice, with an empty file, a
    binary one and a feed of two posts among them."""
    folder = tmp_path_factory.mktemp("reports")
    with zipfile.ZipFile(shared("data/saudinewsnet/2015-07-22.zip")) as z:
        articles = json.loads(z.read(z.namelist()[0]))[:ARTICLES]
    for n, a in enumerate(articles):
        (folder / f"{n:03}.txt").write_text(f"{a['date_extracted'][:10]}\n{a['content']}",
                                            encoding="utf-8")
    (folder / "copy.txt").write_bytes((folder / "005.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>أ</title><pubDate>Mon, 20 Jul 2015 10:00:00 GMT</pubDate><description>"
        "قصفت الطائرات الروسية مدينة حلب أمس.</description></item>"
        "<item><title>ب</title><pubDate>Tue, 21 Jul 2015 10:00:00 GMT</pubDate><description>"
        "انسحب تنظيم داعش من مدينة تدمر.</description></item></channel></rss>",
        encoding="utf-8")
    return folder


def _ingest(tmp_path, folder, name, count):
    seen: list[tuple[str, str]] = []
    with Store(tmp_path / f"{name}.duckdb") as store:
        tally = batch.run(store, [str(folder)], workers=count,
                          on_result=lambda outcome, where, _: seen.append((outcome, where)))
        return tally, seen, store.path


def _exported(db) -> str:
    done = subprocess.run([sys.executable, "-m", "rasd", "export", "--db", str(db),
                           "--format", "jsonl"], capture_output=True, text=True, check=True)
    return done.stdout


def test_two_workers_store_what_one_process_stores(tmp_path, folder):
    one, seen_one, db_one = _ingest(tmp_path, folder, "one", 1)
    two, seen_two, db_two = _ingest(tmp_path, folder, "two", 2)
    assert (one.files, one.added, one.present, one.failed) == (
        two.files, two.added, two.present, two.failed) == (ARTICLES + 4, ARTICLES + 2, 1, 2)
    assert seen_two == seen_one  # each outcome, in the sources' order
    assert [e.message for e in two.errors] == [e.message for e in one.errors]
    assert two.warnings == one.warnings
    assert _exported(db_two) == _exported(db_one)
    again, _, _ = _ingest(tmp_path, folder, "two", 2)  # a rerun adds nothing
    assert (again.added, again.present) == (0, ARTICLES + 3)


def test_analyze_prints_the_same_records_in_the_same_order(folder):
    def analyze(count):
        return subprocess.run([sys.executable, "-m", "rasd", "analyze", str(folder), "--jsonl",
                               "--workers", str(count)], capture_output=True, text=True)

    one, two = analyze(1), analyze(2)
    assert one.returncode == two.returncode == 1  # the empty and the binary file
    assert two.stdout == one.stdout and two.stdout.count("\n") == ARTICLES + 3
    assert sorted(two.stderr.splitlines()) == sorted(one.stderr.splitlines())


def test_the_default_uses_workers_only_for_many_sources():
    assert workers.count(None, workers.FEW_SOURCES - 1) == 1
    assert workers.count(None, workers.FEW_SOURCES) == workers.cores()
    assert workers.count(3, 1) == 3 and workers.count(0, 100) == 1
