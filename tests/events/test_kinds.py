"""What PLOVER types mean, read from data/events/types.tsv."""

from __future__ import annotations

import typing

import pytest

from rasd import tables
from rasd.events import kinds
from rasd.model import EventType


def test_kinds_cover_every_event_type_once():
    assert list(kinds.kinds()) == list(typing.get_args(EventType))


@pytest.mark.parametrize("quad,types", [
    ("verbal_cooperation", {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}),
    ("material_cooperation", {"COOPERATE", "AID", "RETREAT"}),
    ("verbal_conflict", {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}),
    ("material_conflict", {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}),
])
def test_kinds_quads_follow_the_codebook(quad, types):
    assert {t for t, q in kinds.quads().items() if q == quad} == types


@pytest.mark.parametrize("kind,expected", [
    ("AGREE", ()),
    ("AID", ("military", "economic", "humanitarian", "asylum")),
    ("CONSULT", ("visit", "third-party", "multilateral", "phone")),
    ("RETREAT", ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
])
def test_kinds_modes_of_a_type(kind, expected):
    assert kinds.modes(kind) == expected


def test_kinds_assault_modes_include_the_weapons_of_the_gold_set():
    assert {"aerial", "drone", "heavy-weapons", "explosives", "targeted"} <= set(
        kinds.modes("ASSAULT"))


def test_kinds_only_cooperate_aid_and_sanction_require_a_recipient():
    assert {t for t in kinds.kinds() if kinds.requires_recipient(t)} == {
        "COOPERATE", "AID", "SANCTION"}


def test_kinds_an_unknown_type_is_named():
    with pytest.raises(ValueError, match="'SEIZE' is not a PLOVER event type"):
        kinds.modes("SEIZE")


@pytest.mark.parametrize("row,problem", [
    ("SEIZE\tmaterial_conflict\tno\t-", "not a PLOVER type"),
    ("ASSAULT\tmaterial_violence\tno\t-", "expected a quad"),
    ("ASSAULT\tmaterial_conflict\tmaybe\t-", "yes/no"),
])
def test_kinds_a_bad_row_is_named_with_its_line(row, problem):
    rows = tables.parse(row, "types.tsv", 4)
    with pytest.raises(ValueError, match=f"types.tsv, line 1: .*{problem}"):
        kinds.read(rows)


def test_kinds_a_missing_type_is_named():
    shipped = tables.shipped("events", "types.tsv", 4, header="type")
    with pytest.raises(ValueError, match="no row for ASSAULT"):
        kinds.read([r for r in shipped if r[0] != "ASSAULT"])
