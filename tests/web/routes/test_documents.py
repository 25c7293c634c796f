from __future__ import annotations

import re

from rasd.web import security


def _example_id(client) -> str:
    docs = client.get("/api/documents").json()
    return next(d["id"] for d in docs if d["source"].endswith("regime-isis.txt"))


def test_status_counts_the_stored_documents(client):
    status = client.get("/api/status").json()
    assert status["documents"] == 3 and status["events"] >= 32


def test_record_api_gives_the_stored_record(client):
    record = client.get(f"/api/documents/{_example_id(client)}").json()
    assert record["schema"] == "rasd.analysis/2"
    text = record["document"]["text"]
    for layer in ("times", "mentions"):
        assert all(text[x["start"]:x["end"]] == x["text"] for x in record[layer])


def test_reader_highlights_every_time_mention_and_trigger(client):
    doc = _example_id(client)
    html = client.get(f"/documents/{doc}").text
    record = client.get(f"/api/documents/{doc}").json()
    assert len(re.findall(r'class="a a-time"', html)) >= len(record["times"])
    assert len(re.findall(r'class="a a-mention"', html)) >= len(record["mentions"])
    assert len(re.findall(r'class="a a-trigger"', html)) >= len(record["events"])
    assert 'id="ev-e26"' in html and 'id="event-e26"' in html
    assert 'dir="rtl"' in html


def test_unknown_document_is_a_404_page_and_json(client):
    assert client.get("/documents/abc").status_code == 404
    response = client.get("/api/documents/abc")
    assert response.status_code == 404 and "no document" in response.json()["error"]


def test_every_page_has_the_csp_without_inline_script(client):
    for url in ("/", "/timeline", "/network", "/search?q=x", "/api/status", "/static/rasd.css",
                "/nowhere"):
        response = client.get(url)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, url
        assert response.headers["x-content-type-options"] == "nosniff"


def test_hostile_titles_and_text_are_escaped(client):
    html = client.get("/").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    for doc in client.get("/api/documents").json():
        page = client.get(f"/documents/{doc['id']}").text
        assert "<script>window" not in page and "<img src=x" not in page
        assert "<svg onload" not in page and 'href="javascript' not in page
    assert "<script" not in re.sub(r'<script src="/static/rasd.js" defer></script>', "", html)


def test_openapi_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/status", "/api/documents", "/api/documents/{document_id}",
                 "/api/events", "/api/network", "/api/search", "/api/entities/{entity_id}"):
        assert path in paths


def test_loopback_needs_no_token_and_other_addresses_do():
    assert security.is_loopback("127.0.0.1") and security.is_loopback("::1")
    assert security.is_loopback("localhost")
    assert not security.is_loopback("0.0.0.0") and not security.is_loopback("192.168.1.5")


def test_token_is_wanted_when_set(store_copy):
    from fastapi.testclient import TestClient

    from rasd.web import app

    with TestClient(app.create(app.Settings(db=store_copy, token="s3cret"))) as c:
        assert c.get("/api/status").status_code == 401
        assert c.get("/api/status", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert c.get("/api/status",
                     headers={"Authorization": "Bearer s3cret"}).status_code == 200
        first = c.get("/?token=s3cret", follow_redirects=False)
        assert first.status_code == 303 and "token" not in first.headers["location"]
        assert c.get("/").status_code == 200  # the cookie now
