"""URLs are fetched (from a server on loopback here), with the server's charset honoured."""

from __future__ import annotations

import http.server
import threading

import pytest

from rasd import ingest
from rasd.errors import TooLarge, Unreadable
from rasd.ingest.folders import load
from tests.conftest import FIXTURES

PAGES = {
    "/article.html": ((FIXTURES / "article.html").read_bytes(), "text/html; charset=utf-8"),
    "/feed.xml": ((FIXTURES / "feed-rss.xml").read_bytes(), "application/rss+xml"),
    "/legacy.txt": ("قصفت الطائرات المدينة صباح اليوم.".encode("cp1256"),
                    "text/plain; charset=windows-1256"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path not in PAGES:
            self.send_error(404, "Not Found")
            return
        body, kind = PAGES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_page_url_is_fetched_and_read(server):
    (item,) = ingest.read([f"{server}/article.html"])
    assert item.document.title == "Aid convoy reaches besieged town"
    assert item.document.source == f"{server}/article.html"


def test_a_feed_url_gives_its_posts(server):
    items = list(ingest.read([f"{server}/feed.xml"]))
    assert [i.where for i in items] == [f"{server}/feed.xml#{n}" for n in (1, 2, 3)]


def test_the_server_charset_is_honoured(server):
    (item,) = ingest.read([f"{server}/legacy.txt"])
    assert item.document.text == "قصفت الطائرات المدينة صباح اليوم."


def test_http_errors_and_size_limits_are_named(server):
    with pytest.raises(Unreadable, match=r"/missing\.html: the server answered 404"):
        load(f"{server}/missing.html")
    with pytest.raises(TooLarge, match="over the"):
        load(f"{server}/article.html", max_bytes=100)


def test_an_unreachable_host_is_a_clear_error():
    with pytest.raises(Unreadable, match="cannot fetch it"):
        load("http://127.0.0.1:9/nothing")
