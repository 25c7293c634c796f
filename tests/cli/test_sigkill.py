"""Killing ``rasd ingest`` (SIGKILL) mid-folder and running it again stores every document
once, in one process and with worker processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from rasd.store import Store

FILES = 1500
KILL_AFTER = 150


def ingest(folder, db, workers, **kwargs):
    return subprocess.Popen(
        [sys.executable, "-m", "rasd", "ingest", str(folder), "--db", str(db), "--verbose",
         "--workers", str(workers)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"}, **kwargs)


@pytest.mark.parametrize("workers", [1, 2])
def test_sigkill_mid_ingest_then_rerun_gives_every_document_exactly_once(tmp_path, workers):
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(FILES):
        (folder / f"{n:05}.txt").write_text(
            f"تقرير رقم {n}: قصفت الطائرات أطراف البلدة صباح اليوم وفق ناشطين.\n", encoding="utf-8")
    db = tmp_path / "kill.duckdb"

    first = ingest(folder, db, workers)
    added = 0
    for line in first.stderr:
        added += line.startswith("added")
        if added == KILL_AFTER:
            first.send_signal(signal.SIGKILL)
            break
    first.wait(timeout=60)
    assert first.returncode == -signal.SIGKILL, "the run ended before it could be killed"

    with Store(db) as store:  # the write-ahead log replays what was committed
        survived = store.counts()
        # nothing half-written: every stored document has its origin row, and vice versa
        orphans = store.db.execute(
            "SELECT count(*) FROM documents d FULL JOIN origins o ON o.document = d.id "
            "WHERE d.id IS NULL OR o.document IS NULL").fetchone()[0]
    assert KILL_AFTER <= survived["documents"] < FILES
    assert orphans == 0

    second = ingest(folder, db, workers)
    _, err = second.communicate(timeout=600)
    assert second.returncode == 0, err
    outcomes = [line.split()[0] for line in err.splitlines()[:-1]]
    assert outcomes.count("present") == survived["documents"]
    assert outcomes.count("added") == FILES - survived["documents"]
    assert f"already stored, 0 failed ({FILES} sources)" in err

    with Store(db, read_only=True) as store:
        counts = store.counts()
        distinct = store.db.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0]
    assert counts["documents"] == distinct == FILES
    assert counts["origins"] == counts["raw"] == FILES
    assert counts["failures"] == 0
