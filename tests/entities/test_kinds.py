"""What entity types mean, read from data/entities/types.tsv and levels.tsv."""

from __future__ import annotations

import typing
from collections import Counter

import pytest

from rasd.entities import kinds
from rasd.model import EntityType


def test_kinds_cover_every_entity_type_once():
    assert set(kinds.kinds()) == set(typing.get_args(EntityType))


def test_kinds_own_their_first_prefix():
    """New ids take a type's first prefix; a prefix several types list is another type's
    own, kept so that the ids of entities moved from that type stay stable."""
    own = [k.prefixes[0] for k in kinds.kinds().values()]
    assert len(own) == len(set(own))
    listed = Counter(p for k in kinds.kinds().values() for p in k.prefixes)
    assert {p for p, n in listed.items() if n > 1} <= set(own)


@pytest.mark.parametrize("kind,prefixes", [
    ("MEDIA", ("media", "org")),  # SANA, Reuters were OTHER: org:sana, org:reuters
    ("NGO", ("ngo", "org", "igo")),  # SOHR was OTHER (org:sohr), the ICRC an IGO (igo:icrc)
])
def test_kinds_list_the_sources_a_claim_is_attributed_to(kind, prefixes):
    """Issue item 13: news agencies and monitors were OTHER; "according to whom" needs
    them as what they are, and as actors the events stage can attribute a claim to."""
    got = kinds.kinds()[kind]
    assert (got.prefixes, got.actor, got.place, got.focus) == (prefixes, True, False, False)
    assert kind in kinds.read_as("ORG") and kind in kinds.actors()


def test_kinds_orders_are_distinct():
    orders = [kinds.order(t) for t in kinds.kinds()]
    assert sorted(orders) == list(range(1, len(orders) + 1))


@pytest.mark.parametrize("label,types", [
    ("PERS", {"PERSON"}),
    ("LOC", {"LOCATION", "STATE", "FACILITY"}),
    ("ORG", {"ARMED_GROUP", "GOVERNMENT", "MILITARY_UNIT", "IGO", "MEDIA", "NGO", "OTHER"}),
    ("MISC", set()),
])
def test_kinds_ner_label_may_become_its_types(label, types):
    assert kinds.read_as(label) == types


def test_kinds_new_entities_take_one_type_per_label():
    assert kinds.new_types() == {"PERS": "PERSON", "LOC": "LOCATION", "ORG": "OTHER"}


def test_kinds_actors_and_places():
    assert "STATE" in kinds.actors() and "STATE" in kinds.places()
    assert "LOCATION" not in kinds.actors() and "WEAPON" not in kinds.places()
    assert kinds.focus_types().isdisjoint({"IGO", "MEDIA", "NGO", "OTHER"})


def test_kinds_levels_run_from_the_outermost():
    assert kinds.levels() == ("governorate", "district", "subdistrict")
    assert kinds.level_words()["governorate"] == ("محافظة", "Governorate")
