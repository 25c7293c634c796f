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
