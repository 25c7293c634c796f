"""The actor network, queried in the store from hand-made records with events."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.events import kinds
from rasd.model import Analysis, Document, Entity, Event, Offsets, Span
from rasd.store import Store
from rasd.store.network import QUADS

GOV = Entity("gov:syria", "الحكومة السورية", "Syrian government", "GOVERNMENT")
ISIS = Entity("grp:isis", "داعش", "ISIS", "ARMED_GROUP")
FSA = Entity("grp:fsa", "الجيش الحر", None, "ARMED_GROUP")
RUSSIA = Entity("state:russia", "روسيا", "Russia", "STATE")
ENTITIES = (GOV, ISIS, FSA, RUSSIA)


def event(ident, kind, source, target=(), modality="asserted", date=None) -> Event:
    return Event(ident, kind, None, Span(0, 1, "ن"), tuple(e.id for e in source),
                 tuple(e.id for e in target), None, None, date,
                 "clause" if date else None, modality, "author", None, (Offsets(0, 1),), 0.5)


def record(text: str, published: str | None, *events: Event) -> Analysis:
    analysis = Analysis(Document.make("ن" + text, f"{text}.txt", published=published),
                        entities=ENTITIES, events=events)
    analysis.check_offsets()
    return analysis


RECORDS = (
    record("a", "2014-08-20",
           event("e1", "ASSAULT", [GOV], [ISIS], date="2014-08-19"),
           event("e2", "ASSAULT", [GOV], [ISIS], "negated", "2014-08-19"),
           event("e3", "AID", [RUSSIA], [GOV], "reported", "2014-08"),
           event("e4", "ASSAULT", [ISIS, FSA]),
           event("e5", "THREATEN", [ISIS], [GOV], "hypothetical", "2014")),
    record("b", "2015-01-10",
           event("e1", "ACCUSE", [GOV], [ISIS], "reported", "2015-01-09"),
           event("e2", "CONSULT", [RUSSIA, GOV]),
           event("e3", "COERCE", [GOV], [GOV], date="2015-01-09")),
    record("c", None, event("e1", "AGREE", [GOV], [RUSSIA])),
)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "net.duckdb") as store:
        for n, analysis in enumerate(RECORDS):
            store.put(analysis, f"{n}.txt")
        yield store


def edges(graph) -> dict[tuple[str, str] | tuple[str, str, str], dict]:
    """The edges by (source, target), mutual ones by (source, "<->", target)."""
    return {(e["source"], "<->", e["target"]) if e["mutual"] else (e["source"], e["target"]): e
            for e in graph["edges"]}


def counted(edge) -> dict[str, int]:
    return {q: n for q, n in edge["counts"].items() if n}


def test_network_counts_each_edge_by_quad(store):
    found = edges(store.network(kinds.quads()))
    assert counted(found["gov:syria", "grp:isis"]) == {"material_conflict": 1,
                                                       "verbal_conflict": 1}
    assert counted(found["state:russia", "gov:syria"]) == {"material_cooperation": 1}
    assert counted(found["gov:syria", "state:russia"]) == {"verbal_cooperation": 1}
    assert counted(found["gov:syria", "<->", "state:russia"]) == {"verbal_cooperation": 1}
    assert set(found["gov:syria", "grp:isis"]["counts"]) == set(QUADS)


def test_network_lists_negated_and_hypothetical_events_without_counting_them(store):
    found = edges(store.network(kinds.quads()))
    listed = found["gov:syria", "grp:isis"]["events"]
    assert [(e["event"], e["modality"], e["counted"]) for e in listed] == [
        ("e1", "asserted", True), ("e2", "negated", False), ("e1", "reported", True)]
    threat = found["grp:isis", "gov:syria"]
    assert counted(threat) == {} and threat["events"][0]["modality"] == "hypothetical"


def test_network_joins_the_sides_of_an_event_without_target_by_id_order(store):
    found = edges(store.network(kinds.quads()))
    clash = found["grp:fsa", "<->", "grp:isis"]
    assert clash["mutual"] and counted(clash) == {"material_conflict": 1}
    meeting = found["gov:syria", "<->", "state:russia"]
    assert [e["type"] for e in meeting["events"]] == ["CONSULT"]
    assert not {("grp:isis", "<->", "grp:fsa"), ("grp:fsa", "grp:isis")} & set(found)


def test_network_gives_no_edge_from_an_actor_to_itself(store):
    assert ("gov:syria", "gov:syria") not in edges(store.network(kinds.quads()))


def test_network_an_undated_event_takes_its_documents_date(store):
    found = edges(store.network(kinds.quads()))
    (clash,) = found["grp:fsa", "<->", "grp:isis"]["events"]
    assert (clash["date"], clash["dated_by"]) == ("2014-08-20", "published")
    (aid,) = found["state:russia", "gov:syria"]["events"]
    assert (aid["date"], aid["dated_by"]) == ("2014-08", "event")
    (agree,) = found["gov:syria", "state:russia"]["events"]  # its document has no date
    assert (agree["date"], agree["dated_by"], agree["counted"]) == (None, None, True)


def test_network_nodes_name_the_actors_of_the_edges(store):
    graph = store.network(kinds.quads(), actor="grp:fsa")
    assert graph["nodes"] == [
        {"id": "grp:fsa", "name": "الجيش الحر", "type": "ARMED_GROUP"},
        {"id": "grp:isis", "name": "ISIS", "type": "ARMED_GROUP"}]


def test_network_actor_keeps_the_edges_touching_it(store):
    found = edges(store.network(kinds.quads(), actor="state:russia"))
    assert set(found) == {("state:russia", "gov:syria"), ("gov:syria", "state:russia"),
                          ("gov:syria", "<->", "state:russia")}


@pytest.mark.parametrize("start,end,expected", [
    ("2015-01-01", None, {("gov:syria", "grp:isis"): ["e1"],
                          ("gov:syria", "<->", "state:russia"): ["e2"]}),
    (None, "2014-08-31", {("gov:syria", "grp:isis"): ["e1", "e2"],
                          ("state:russia", "gov:syria"): ["e3"],
                          ("grp:fsa", "<->", "grp:isis"): ["e4"]}),
    ("2014-08-15", "2014-08-31", {("gov:syria", "grp:isis"): ["e1", "e2"],
                                  ("grp:fsa", "<->", "grp:isis"): ["e4"]}),
    ("2014-01-01", "2014-12-31", {("gov:syria", "grp:isis"): ["e1", "e2"],
                                  ("state:russia", "gov:syria"): ["e3"],
                                  ("grp:fsa", "<->", "grp:isis"): ["e4"],
                                  ("grp:isis", "gov:syria"): ["e5"]}),
    ("2016-01-01", None, {}),
])
def test_network_dates_keep_events_whose_whole_date_lies_within(store, start, end, expected):
    graph = store.network(kinds.quads(), start=start, end=end)
    assert {k: [e["event"] for e in v["events"]] for k, v in edges(graph).items()} == expected


def test_network_user_values_are_bound_not_spliced(store):
    assert store.network(kinds.quads(), actor="' OR 1=1 --")["edges"] == []
    assert not store.has_entity("' OR 1=1 --") and store.has_entity("grp:isis")


def test_network_store_and_kinds_agree_on_the_quads():
    assert QUADS == kinds.QUADS and set(kinds.quads().values()) == set(QUADS)


IDS = [e.id for e in ENTITIES]
EVENTS = st.lists(st.tuples(
    st.sampled_from(sorted(kinds.quads())), st.lists(st.sampled_from(IDS), max_size=3),
    st.lists(st.sampled_from(IDS), max_size=2),
    st.sampled_from(["asserted", "reported", "inferred", "negated", "hypothetical"])),
    max_size=8)


@settings(max_examples=25)
@given(EVENTS)
def test_network_counts_agree_with_counting_by_hand(tmp_path_factory, drawn):
    expected: Counter[tuple[str, str, bool, str]] = Counter()
    events = []
    for n, (kind, source, target, modality) in enumerate(drawn):
        sides = sorted(set(source))
        pairs = [(a, b, False) for a in sides for b in sorted(set(target)) if a != b]
        if not target:
            pairs = [(a, b, True) for a, b in itertools.combinations(sides, 2)]
        if modality not in ("negated", "hypothetical"):
            expected.update((a, b, m, kinds.quads()[kind]) for a, b, m in pairs)
        events.append(Event(f"e{n}", kind, None, Span(0, 1, "ن"), tuple(source), tuple(target),
                            None, None, None, None, modality, None, None, (Offsets(0, 1),), 1.0))
    with Store(tmp_path_factory.mktemp("net") / "p.duckdb") as store:
        store.put(Analysis(Document.make("ن", "p.txt"), entities=ENTITIES,
                           events=tuple(events)), "p.txt")
        graph = store.network(kinds.quads())
    got = Counter({(e["source"], e["target"], e["mutual"], q): n
                   for e in graph["edges"] for q, n in e["counts"].items() if n})
    assert got == +expected
