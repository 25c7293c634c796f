from __future__ import annotations


def test_search_finds_raqqa_with_a_clitic(client):
    found = client.get("/api/search", params={"q": "والرقة"}).json()
    assert found["words"] == ["رقه"] and found["total"] == 2
    assert all(d["snippet"][1].endswith(("الرقة", "والرقة")) for d in found["documents"])


def test_search_in_english_ignores_case(client):
    found = client.get("/api/search", params={"q": "RAQQA"}).json()
    assert found["total"] == 1 and found["documents"][0]["snippet"][1] == "Raqqa"


def test_search_page_marks_the_hit_and_handles_no_words(client):
    assert "<mark>" in client.get("/search", params={"q": "مطار الطبقة"}).text
    assert client.get("/api/search", params={"q": "!!"}).json()["total"] == 0


def test_search_kept_for_a_pattern_sees_documents_stored_since(client):
    import re

    assert client.get("/api/search", params={"q": "بحلب"}).json()["total"] == 0
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/ingest").text)[1]
    client.post("/api/ingest", headers={"X-CSRF-Token": token},
                data={"text": "سقطت قذائف على حي في حلب يوم 3 آب 2015."})
    found = client.get("/api/search", params={"q": "بحلب"}).json()
    assert found["total"] == 1 and found["documents"][0]["snippet"][1] == "حلب"
