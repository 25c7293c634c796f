"""``rasd network`` on a small store of hand-made records (tests/store/test_network.py)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.store import Store
from tests.store.test_network import RECORDS


def rasd(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def stored(db):
    with Store(db) as store:
        for n, analysis in enumerate(RECORDS):
            store.put(analysis, f"{n}.txt")
    return db


def test_network_json_has_nodes_and_edges_with_counts_and_events(stored):
    result = rasd("network", "--json")
    assert result.exit_code == 0, result.output
    graph = json.loads(result.stdout)
    assert set(graph) == {"nodes", "edges"}
    assert set(graph["nodes"][0]) == {"id", "name", "type"}
    edge = graph["edges"][0]
    assert set(edge) == {"source", "target", "mutual", "counts", "events"}
    assert set(edge["counts"]) == {"verbal_cooperation", "material_cooperation",
                                   "verbal_conflict", "material_conflict"}
    assert set(edge["events"][0]) == {"document", "event", "type", "modality", "date",
                                      "dated_by", "counted"}
    assert (edge["source"], edge["target"]) == ("gov:syria", "grp:isis")  # the most counted


def test_network_options_filter_by_actor_and_date(stored):
    result = rasd("network", "--json", "--actor", "grp:fsa", "--from", "2014-08-01",
                  "--to", "2014-08-31")
    (edge,) = json.loads(result.stdout)["edges"]
    assert (edge["source"], edge["target"], edge["mutual"]) == ("grp:fsa", "grp:isis", True)


def test_network_prints_a_table_of_edges_by_name(stored):
    result = rasd("network")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["edge", "v-coop", "m-coop", "v-confl", "m-confl", "listed"]
    assert lines[1].split() == ["Syrian", "government", "→", "ISIS", "0", "0", "1", "1", "3"]
    assert any(line.startswith("الجيش الحر ↔ ISIS") for line in lines)
    assert lines[-1].startswith("6 edges between 4 actors")


def test_network_of_a_store_without_events_says_so(db):
    Store(db).close()
    assert rasd("network").stdout.strip() == "no events between actors"
    assert json.loads(rasd("network", "--json").stdout) == {"nodes": [], "edges": []}


def test_network_an_unknown_actor_is_an_error(stored):
    result = CliRunner().invoke(main, ["network", "--actor", "grp:nobody"])
    assert result.exit_code == 1
    assert "grp:nobody: no stored record names this entity id" in result.stderr


@pytest.mark.parametrize("args,message", [
    (["--from", "2015-01-01", "--to", "2014-01-01"], "is after --to"),
    (["--from", "2014-02-30"], "no real day"),
    (["--to", "last week"], "YYYY-MM-DD"),
])
def test_network_bad_dates_are_usage_errors(stored, args, message):
    result = CliRunner().invoke(main, ["network", *args])
    assert result.exit_code == 2 and message in result.stderr
