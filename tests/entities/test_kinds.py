"""What entity types mean, read from data/entities/types.tsv and levels.tsv."""

from __future__ import annotations

import typing

import pytest

from rasd.entities import kinds
from rasd.model import EntityType


def test_kinds_cover_every_entity_type_once():
    assert set(kinds.kinds()) == set(typing.get_args(EntityType))
    prefixes = [p for k in kinds.kinds().values() for p in k.prefixes]
    assert len(prefixes) == len(set(prefixes))


def test_kinds_orders_are_distinct():
    orders = [kinds.order(t) for t in kinds.kinds()]
    assert sorted(orders) == list(range(1, len(orders) + 1))


@pytest.mark.parametrize("label,types", [
    ("PERS", {"PERSON"}),
    ("LOC", {"LOCATION", "STATE", "FACILITY"}),
    ("ORG", {"ARMED_GROUP", "GOVERNMENT", "MILITARY_UNIT", "IGO", "OTHER"}),
    ("MISC", set()),
])
def test_kinds_ner_label_may_become_its_types(label, types):
    assert kinds.read_as(label) == types


def test_kinds_new_entities_take_one_type_per_label():
    assert kinds.new_types() == {"PERS": "PERSON", "LOC": "LOCATION", "ORG": "OTHER"}


def test_kinds_actors_and_places():
    assert "STATE" in kinds.actors() and "STATE" in kinds.places()
    assert "LOCATION" not in kinds.actors() and "WEAPON" not in kinds.places()
    assert kinds.focus_types().isdisjoint({"IGO", "OTHER"})


def test_kinds_levels_run_from_the_outermost():
    assert kinds.levels() == ("governorate", "district", "subdistrict")
    assert kinds.level_words()["governorate"] == ("محافظة", "Governorate")
