from __future__ import annotations

import io

from rasd.cli.ingest import _Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_run_on_a_terminal_draws_a_bar(monkeypatch):
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    bar = _Progress(verbose=False)
    bar.start(40)
    for n in range(40):
        bar.step(f"{n}.txt")
    bar.close()
    assert "ingesting" in screen.getvalue() and "40/40" in screen.getvalue()


def test_short_runs_pipes_and_verbose_runs_draw_no_bar(monkeypatch):
    for stream, total, verbose in [(Terminal(), 3, False), (io.StringIO(), 40, False),
                                   (Terminal(), 40, True)]:
        monkeypatch.setattr("sys.stderr", stream)
        bar = _Progress(verbose=verbose)
        bar.start(total)
        bar.step("a.txt")
        bar.close()
        assert "ingesting" not in stream.getvalue()


def test_verbose_prints_a_line_per_outcome(capsys):
    bar = _Progress(verbose=True)
    bar.result("added", "a.txt", "0123456789abcdef")
    bar.result("failed", "b.txt", None)
    assert capsys.readouterr().err.splitlines() == ["added    0123456789ab a.txt",
                                                    "failed   -            b.txt"]
