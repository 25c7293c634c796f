from __future__ import annotations

from rasd.web import mapping


def test_near_places_join_one_cluster_and_far_ones_do_not():
    places = [{"id": "a", "lat": 35.95, "lon": 39.0, "events": 3},
              {"id": "b", "lat": 35.96, "lon": 39.01, "events": 5},
              {"id": "c", "lat": 33.5, "lon": 36.3, "events": 1},
              {"id": "far", "lat": 0.0, "lon": 0.0, "events": 9}]
    found = mapping.clusters(places)
    assert [[p["id"] for p in c["places"]] for c in found] == [["b", "a"], ["c"]]
    assert found[0]["events"] == 8


def test_projection_puts_damascus_west_of_deir_ez_zor_and_south_of_aleppo():
    damascus, deir, aleppo = (mapping.project(36.29, 33.51), mapping.project(40.14, 35.33),
                              mapping.project(37.16, 36.2))
    assert damascus[0] < deir[0] and damascus[1] > aleppo[1]
