from __future__ import annotations

import re

from tests.conftest import shared


def _csrf(client) -> str:
    html = client.get("/ingest").text
    return re.search(r'name="csrf" value="([^"]+)"', html)[1]


def test_upload_adds_a_document_and_the_same_again_is_present(client):
    token = _csrf(client)
    data = shared("examples/blog-2016-12-16-regime-isis.txt").read_bytes().replace(
        "العسكري".encode(), "العسكرى".encode(), 1)  # another text: another document
    response = client.post("/ingest", data={"csrf": token},
                           files={"file": ("report.txt", data, "text/plain")})
    assert response.status_code == 200 and "report.txt" in response.text
    again = client.post("/api/ingest", headers={"X-CSRF-Token": token},
                        files={"file": ("report.txt", data, "text/plain")}).json()
    assert [r["outcome"] for r in again["results"]] == ["present"]
    assert client.get("/api/status").json()["documents"] == 4


def test_pasted_text_is_analysed_and_shown_at_once(client):
    token = _csrf(client)
    before = client.get("/api/status").json()["documents"]
    assert client.get("/").text.count("<tr>") == before + 1  # kept until the next write
    found = client.post("/api/ingest", headers={"X-CSRF-Token": token}, data={
        "text": "قصفت الطائرات مدينة حلب يوم 3 آب 2015."}).json()["results"]
    assert found[0]["outcome"] == "added" and found[0]["where"].startswith("paste:")
    assert client.get("/api/status").json()["documents"] == before + 1
    assert client.get("/").text.count("<tr>") == before + 2
    record = client.get(f"/api/documents/{found[0]['document']}").json()
    assert record["events"] and record["times"]


def test_upload_errors_are_the_clis(client):
    token = _csrf(client)
    empty = client.post("/ingest", data={"csrf": token},
                        files={"file": ("empty.txt", b"", "text/plain")})
    assert empty.status_code == 422 and "upload:empty.txt: " in empty.text
    pdf = client.post("/api/ingest", headers={"X-CSRF-Token": token},
                      files={"file": ("a.txt", b"%PDF-1.4\x00\x01\x02" * 10, "text/plain")})
    assert pdf.json()["results"][0]["outcome"] == "failed"
    exe = client.post("/api/ingest", headers={"X-CSRF-Token": token},
                      files={"file": ("tool.exe", b"MZ", "application/octet-stream")})
    assert "not this file" in exe.json()["results"][0]["message"]
    assert client.get("/api/status").json()["failures"] >= 2


def test_upload_over_the_limit_is_refused(store_copy):
    from fastapi.testclient import TestClient

    from rasd.web import app

    with TestClient(app.create(app.Settings(db=store_copy, max_upload=1024))) as c:
        token = _csrf(c)
        big = c.post("/api/ingest", headers={"X-CSRF-Token": token},
                     files={"file": ("big.txt", "ا".encode() * 200_000, "text/plain")})
        assert big.status_code == 413
        small_over = c.post("/api/ingest", headers={"X-CSRF-Token": token},
                            files={"file": ("big.txt", b"a " * 1000, "text/plain")})
        assert "limit" in small_over.json()["results"][0]["message"]


def test_post_without_csrf_or_from_another_site_is_refused(client):
    _csrf(client)
    assert client.post("/api/ingest", data={"text": "نص"}).status_code == 403
    assert client.post("/api/ingest", data={"text": "نص", "csrf": "forged"}).status_code == 403
    token = client.cookies.get("rasd_csrf")
    cross = client.post("/api/ingest", data={"text": "نص", "csrf": token},
                        headers={"Origin": "http://evil.example"})
    assert cross.status_code == 403
    assert client.get("/api/status").json()["documents"] == 3


def test_handoff_wants_the_key(client):
    assert client.get("/api/handoff/status").status_code == 403
    assert client.post("/api/handoff/write", json={"entries": []}).status_code == 403


def test_a_url_is_fetched_and_read_as_rasd_ingest_reads_it(client, tmp_path):
    import http.server
    import threading
    from functools import partial

    page = tmp_path / "report.html"
    page.write_text("<html><head><title>تقرير</title></head><body><article><p>"
                    "قصفت الطائرات مدينة دير الزور يوم 5 آب 2015 وقتل عشرة مدنيين.</p>"
                    "<p>وقال المرصد السوري إن القصف استهدف حيًا سكنيًا.</p></article></body>"
                    "</html>", "utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/report.html"
        token = _csrf(client)
        found = client.post("/api/ingest", headers={"X-CSRF-Token": token},
                            data={"url": url}).json()["results"]
        server.shutdown()
    assert found[0]["outcome"] == "added" and found[0]["where"] == url
    missing = client.post("/api/ingest", headers={"X-CSRF-Token": token},
                          data={"url": "file:///etc/passwd"}).json()["results"]
    assert missing[0]["outcome"] == "failed" and "http" in missing[0]["message"]
