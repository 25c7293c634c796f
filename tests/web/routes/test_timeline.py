from __future__ import annotations


def test_tabqa_in_august_2014(client):
    events = client.get("/api/events", params={
        "place": "fac:tabqa-airbase", "from": "2014-08-01", "to": "2014-08-31"}).json()
    got = {(e["type"], e["date"], e["modality"], e["attributed_to"]) for e in events}
    assert got == {("AID", "2014-08-19", "asserted", "author"),
                   ("RETREAT", "2014-08-24TNI", "asserted", "author")}
    html = client.get("/timeline", params={
        "place": "fac:tabqa-airbase", "from": "2014-08-01", "to": "2014-08-31"}).text
    assert html.count('class="item"') == 2 and "(night)" in html and "(day)" in html


def test_timeline_filters_by_actor_type_and_modality(client):
    reported = client.get("/api/events", params={"modality": "reported"}).json()
    assert reported and all(e["modality"] == "reported" for e in reported)
    isis = client.get("/api/events", params={"actor": "grp:isis", "type": "RETREAT"}).json()
    assert isis and all(e["type"] == "RETREAT" for e in isis)
    assert all("grp:isis" in e["source"] + e["target"] + [e["attributed_to"]] for e in isis)


def test_timeline_refuses_a_bad_date_with_a_message(client):
    response = client.get("/api/events", params={"from": "August"})
    assert response.status_code == 400 and "YYYY-MM-DD" in response.json()["error"]
    assert client.get("/timeline", params={"to": "2014-02-30"}).status_code == 400
