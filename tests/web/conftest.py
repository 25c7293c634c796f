"""A real store for the web tests, made by ``rasd ingest`` from the worked example and
hostile documents, and a real ``rasd serve`` over it for the browser tests."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import shared

# Payloads that would run if any page let them through as markup; each sets a flag.
PAYLOADS = (
    '<script>window.__pwned = "script"</script>',
    '<img src=x onerror="window.__pwned = \'img\'">',
    '<svg onload="window.__pwned = \'svg\'"></svg>',
    'javascript:window.__pwned="href"',
    '"><script>window.__pwned = "attr"</script>',
)
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=\'title\'"><script>window.__pwned=1</script>'


def hostile_documents(folder: Path) -> list[Path]:
    """Documents whose title and text carry every payload, in Arabic and English prose
    that the pipeline finds times, names and events in."""
    ar = folder / "hostile-ar.md"
    ar.write_text(
        "---\n"
        f"title: '{HOSTILE_TITLE.replace(chr(39), chr(39) * 2)}'\n"
        "pubDate: 2014-08-26\n"
        "---\n\n"
        f"قصفت الطائرات السورية مدينة الرقة يوم الثلاثاء 19 آب 2014 {PAYLOADS[0]} "
        f"وقال المرصد إن تنظيم الدولة سيطر على مطار الطبقة {PAYLOADS[1]}.\n\n"
        f"{PAYLOADS[2]} {PAYLOADS[3]} {PAYLOADS[4]}\n", "utf-8")
    en = folder / "hostile-en.md"
    en.write_text(
        "---\n"
        f"title: '<svg onload=alert(1)> javascript:alert(2) {PAYLOADS[4]}'\n"
        "pubDate: 2014-08-27\n"
        "---\n\n"
        f"Syrian government aircraft bombed Raqqa on 24 August 2014 {PAYLOADS[0]}, "
        f"activists said. {PAYLOADS[1]} {PAYLOADS[2]} {PAYLOADS[3]}\n", "utf-8")
    return [ar, en]


@pytest.fixture(scope="session")
def store_file(tmp_path_factory) -> Path:
    """A store made by ``rasd ingest`` (the real command) from real files."""
    folder = tmp_path_factory.mktemp("web-store")
    db = folder / "web.duckdb"
    sources = [shared("examples/blog-2016-12-16-regime-isis.txt"),
               *hostile_documents(folder)]
    done = subprocess.run([sys.executable, "-m", "rasd", "--db", str(db), "ingest",
                           *map(str, sources)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture
def store_copy(store_file, tmp_path) -> Path:
    """A copy of the store that a test may write to."""
    copy = tmp_path / "copy.duckdb"
    shutil.copy(store_file, copy)
    return copy


@pytest.fixture
def client(store_copy):
    """The app in process, over a copy of the store."""
    from fastapi.testclient import TestClient

    from rasd.web import app

    with TestClient(app.create(app.Settings(db=store_copy))) as c:
        yield c


def free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(db: Path, *extra: str):
    """``rasd serve`` in a process of its own, until the block ends; yields its URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "rasd", "--db", str(db), "serve", "--port", str(port), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/api/status", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read() if process.stdout else ""
                    pytest.fail(f"rasd serve did not start: {output}")
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def server(store_file, tmp_path_factory):
    """A real server over a copy of the store (the browser tests may add to it)."""
    copy = tmp_path_factory.mktemp("served") / "served.duckdb"
    shutil.copy(store_file, copy)
    with serving(copy) as url:
        yield url
