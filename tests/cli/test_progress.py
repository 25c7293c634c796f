"""What ``rasd ingest`` draws while it runs: bars over sources, and inside one big source."""

from __future__ import annotations

import io

import pytest

from rasd import batch
from rasd.cli.progress import Progress
from rasd.store import Store


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_run_on_a_terminal_draws_a_bar(monkeypatch):
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    bar = Progress(verbose=False)
    bar.start(40)
    for n in range(40):
        bar.source(f"{n}.txt", [100])
        bar.document(f"{n}.txt", 100)
        bar.step(f"{n}.txt")
    bar.close()
    assert "ingesting" in screen.getvalue() and "40/40" in screen.getvalue()


def test_short_runs_pipes_and_verbose_runs_draw_no_bar(monkeypatch):
    for stream, total, verbose in [(Terminal(), 3, False), (io.StringIO(), 40, False),
                                   (Terminal(), 40, True)]:
        monkeypatch.setattr("sys.stderr", stream)
        bar = Progress(verbose=verbose)
        bar.start(total)
        bar.source("a.txt", [10])
        bar.stage("times")
        bar.document("a.txt", 10)
        bar.step("a.txt")
        bar.close()
        assert stream.getvalue() == ""


def test_verbose_prints_a_line_per_outcome(capsys):
    bar = Progress(verbose=True)
    bar.result("added", "a.txt", "0123456789abcdef")
    bar.result("failed", "b.txt", None)
    assert capsys.readouterr().err.splitlines() == ["added    0123456789ab a.txt",
                                                    "failed   -            b.txt"]


def _one_source(lengths: list[int], stream, total: int = 1) -> str:
    bar = Progress(verbose=False)
    bar.start(total)
    bar.source("/data/feed.xml", lengths)
    for n, length in enumerate(lengths, 1):
        bar.stage("entities")
        bar.document(f"/data/feed.xml#{n}", length)
    bar.step("/data/feed.xml")
    bar.close()
    return stream.getvalue()


@pytest.mark.parametrize("lengths,shown", [
    ([2_000] * 2_000, "2000/2000 documents"),  # a feed of 2,000 entries
    ([6_000] * 800, "800/800 documents"),  # a table of 800 rows
    ([5_000_000], "entities"),  # one text of 5 MB: the stage being run
])
def test_progress_a_big_source_alone_draws_a_bar_over_its_text(monkeypatch, lengths, shown):
    """Issue 14 item 11: one big source used to show nothing until it was done."""
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    drawn = _one_source(lengths, screen)
    assert "feed.xml" in drawn and shown in drawn and "100%" in drawn


def test_progress_says_which_document_a_stage_runs_on(monkeypatch):
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    assert "document 30/30: entities" in _one_source([500] * 30, screen)


def test_progress_a_big_source_in_a_long_run_shows_in_the_bar_over_sources(monkeypatch):
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    drawn = _one_source([500] * 30, screen, total=25)
    assert "ingesting" in drawn and "feed.xml 30/30 documents" in drawn


@pytest.mark.parametrize("lengths", [[500] * 5, [5_000_000]])
def test_progress_nothing_for_a_small_source_or_off_a_terminal(monkeypatch, lengths):
    stream = Terminal() if len(lengths) == 5 else io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    assert _one_source(lengths, stream) == ""


def test_progress_ingest_of_one_feed_draws_its_entries(monkeypatch, tmp_path):
    """The whole way: batch.run reports inside a feed, and the bar shows it."""
    entries = "".join(f"<item><title>{n}</title><description>قصفت الطائرات مدينة الرقة "
                      f"يوم {n} آب 2014.</description></item>" for n in range(1, 26))
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                    f"{entries}</channel></rss>", "utf-8")
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    bar = Progress(verbose=False)
    with Store(tmp_path / "db.duckdb") as store:
        tally = batch.run(store, [str(feed)], on_start=bar.start, on_file=bar.step,
                          on_source=bar.source, on_stage=bar.stage, on_document=bar.document)
    bar.close()
    assert tally.added == 25
    assert "feed.xml" in screen.getvalue() and "25/25 documents" in screen.getvalue()
