from __future__ import annotations


def test_entity_page_has_names_events_and_co_actors(client):
    found = client.get("/api/entities/grp:isis").json()
    assert found["name_en"] == "Islamic State" and found["type"] == "ARMED_GROUP"
    assert found["documents"] and found["events"]
    assert any(c["id"] == "gov:syria" for c in found["co_actors"])
    html = client.get("/entities/grp:isis").text
    assert "Islamic State" in html and "تنظيم الدولة" in html


def test_place_page_lists_what_happened_there(client):
    found = client.get("/api/entities/fac:tabqa-airbase").json()
    assert {e["date"] for e in found["events"]} >= {"2014-08-19", "2014-08-24TNI"}


def test_unknown_entity_is_a_404(client):
    assert client.get("/api/entities/nobody").status_code == 404
