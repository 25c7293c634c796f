from __future__ import annotations


def test_network_api_is_rasd_network_json(client):
    graph = client.get("/api/network").json()
    assert {"nodes", "edges"} <= set(graph)
    edge = next(e for e in graph["edges"] if {e["source"], e["target"]} == {"gov:syria",
                                                                          "grp:isis"})
    assert sum(edge["counts"].values()) >= 1


def test_network_date_filter_keeps_fewer_edges(client):
    every = client.get("/api/network").json()["edges"]
    august = client.get("/api/network", params={"from": "2014-08-01", "to": "2014-08-31"}).json()
    assert 0 < len(august["edges"]) < len(every)
    html = client.get("/network", params={"from": "2014-08-01", "to": "2014-08-31"}).text
    assert html.count('class="edge"') >= len(august["edges"])


def test_edge_page_lists_events_with_their_evidence(client):
    html = client.get("/network/edge", params={"source": "gov:syria",
                                               "target": "grp:isis"}).text
    assert "<blockquote" in html and "#ev-e" in html
    assert client.get("/network/edge", params={"source": "x", "target": "y"}).status_code == 404


def test_network_refuses_from_after_to(client):
    response = client.get("/api/network", params={"from": "2015-01-01", "to": "2014-01-01"})
    assert response.status_code == 400
