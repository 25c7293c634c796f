"""``rasd ingest`` into a store that ``rasd serve`` holds: the documents are handed to the
server, which keeps answering, and shows them within seconds."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import quote

from rasd.web import cache, client
from tests.web.conftest import serving


def _poll(url: str, stop: threading.Event, seen: list) -> None:
    while not stop.is_set():
        for path in ("/api/status", "/", "/timeline", "/network", "/search?q=" + quote("الرقة")):
            try:
                with urllib.request.urlopen(url + path, timeout=30) as r:
                    seen.append((path, r.status))
            except urllib.error.HTTPError as e:
                seen.append((path, e.code))


def _count(url: str) -> int:
    with urllib.request.urlopen(url + "/api/status") as r:
        return json.load(r)["documents"]


def test_ingest_while_serving_hands_the_documents_to_the_server(store_file, tmp_path):
    db = tmp_path / "live.duckdb"
    shutil.copy(store_file, db)
    folder = tmp_path / "new"
    folder.mkdir()
    for i in range(12):
        (folder / f"n{i}.txt").write_text(
            f"قصفت الطائرات مدينة الرقة يوم {i + 1} آب 2014 وقتل {i + 3} أشخاص.\n", "utf-8")
    with serving(db) as url:
        assert client.serving_file(db).exists()
        stop, seen = threading.Event(), []
        poller = threading.Thread(target=_poll, args=(url, stop, seen))
        poller.start()
        try:
            done = subprocess.run([sys.executable, "-m", "rasd", "--db", str(db), "ingest",
                                   str(folder)], capture_output=True, text=True, timeout=300)
        finally:
            stop.set()
            poller.join()
        assert done.returncode == 0, done.stderr
        assert "12 added" in done.stderr
        ended = time.monotonic()
        while _count(url) != 3 + 12:  # kept answers live cache.STALE seconds after a hand-off
            assert time.monotonic() - ended < cache.STALE + 2, "new documents not shown"
            time.sleep(0.2)
        again = subprocess.run([sys.executable, "-m", "rasd", "--db", str(db), "ingest",
                                str(folder)], capture_output=True, text=True, timeout=300)
        assert "0 added, 12 already stored" in again.stderr
        assert seen and all(status == 200 for _, status in seen), seen
    assert not client.serving_file(db).exists()
    listed = subprocess.run([sys.executable, "-m", "rasd", "--db", str(db), "list"],
                            capture_output=True, text=True, timeout=120)
    assert listed.stdout.count("\n") == 15  # all there once the server is gone


def test_a_stale_serving_file_is_ignored(store_file, tmp_path):
    db = tmp_path / "stale.duckdb"
    shutil.copy(store_file, db)
    client.announce(db, "http://127.0.0.1:9", "key", None)
    with client.store(str(db)) as store:
        assert not isinstance(store, client.RemoteStore)
