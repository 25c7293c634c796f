from __future__ import annotations

import re


def test_map_draws_the_shipped_basemap_and_places_with_events(client):
    html = client.get("/map").text
    assert html.count('class="border"') >= 6  # Syria and its neighbours
    assert "Syria" in html and "Deir ez-Zor" in html
    assert re.search(r'href="/timeline\?place=fac%3Atabqa-airbase"', html)
    assert "/api/" not in html and "http" not in html.split("<main>")[1].split("</main>")[0]


def test_places_api_gives_coordinates_and_event_counts(client):
    places = {p["id"]: p for p in client.get("/api/places").json()}
    assert places["fac:tabqa-airbase"]["events"] == 3
    assert 35 < places["fac:tabqa-airbase"]["lat"] < 36
