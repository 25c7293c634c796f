"""``rasd serve``: --db before or after the command, loopback by default, a token beyond."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from rasd.store import Store
from rasd.web import client
from tests.conftest import full_analysis


@pytest.fixture
def store_file(tmp_path):
    path = tmp_path / "made.duckdb"
    with Store(path) as store:
        store.put(full_analysis(), "fixture.txt")
    return path


def _start(*argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "rasd", *argv], stderr=subprocess.PIPE,
                            text=True)


def _wait_for(path, process) -> dict:
    deadline = time.monotonic() + 60
    while not path.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"rasd serve did not start: {process.stderr.read()}")
        time.sleep(0.1)
    time.sleep(0.2)
    return json.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("before", [True, False], ids=["rasd --db X serve", "rasd serve --db X"])
def test_serve_uses_the_db_given_and_answers_on_loopback(store_file, tmp_path, before):
    db = tmp_path / "served.duckdb"
    shutil.copy(store_file, db)
    args = ["serve", "--port", "0"]
    process = _start(*(["--db", str(db), *args] if before else [*args, "--db", str(db)]))
    try:
        found = _wait_for(client.serving_file(db), process)
        assert found["url"].startswith("http://127.0.0.1:") and found["token"] is None
        with urllib.request.urlopen(found["url"] + "/api/status") as r:
            assert json.load(r)["documents"] == 1
        second = subprocess.run([sys.executable, "-m", "rasd", "--db", str(db), "serve",
                                 "--port", "0"], capture_output=True, text=True, timeout=60)
        assert second.returncode == 1 and "in use" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert not client.serving_file(db).exists()


def test_serve_beyond_loopback_wants_the_token(store_file, tmp_path):
    db = tmp_path / "open.duckdb"
    shutil.copy(store_file, db)
    process = _start("--db", str(db), "serve", "--host", "0.0.0.0", "--port", "0",
                        "--token", "t0ken")
    try:
        found = _wait_for(client.serving_file(db), process)
        assert found["token"] == "t0ken"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(found["url"] + "/api/status")
        assert refused.value.code == 401
        asked = urllib.request.Request(found["url"] + "/api/status",
                                       headers={"Authorization": "Bearer t0ken"})
        with urllib.request.urlopen(asked) as r:
            assert r.status == 200
    finally:
        process.terminate()
        process.wait(timeout=20)
