"""«هذا الأخير» and «الأخير» as subject: the antecedent found, and the cost of finding it."""

from __future__ import annotations

from rasd.arabic import fold
from rasd.entities import anaphora
from rasd.model import Entity
from tests.entities.comparisons import Tally, per_item

ENVOY = Entity("per:envoy", "المبعوث", None, "PERSON")
ARMY = Entity("mil:army", "الجيش", None, "MILITARY_UNIT")


def _found(normal: str, name: str, entity: Entity, tally=int) -> list:
    out, at = [], normal.find(name)
    while at >= 0:
        out.append((tally(at), tally(at + len(name)), entity))
        at = normal.find(name, at + 1)
    return out


def test_the_latter_goes_to_the_last_actor_named_before_it():
    normal = fold("التقى الجيش بالمبعوث وقال هذا الأخير إن")
    found = _found(normal, "الجيش", ARMY) + _found(normal, "المبعوث", ENVOY)
    [(start, end, entity)] = anaphora.resolve(normal, found)
    assert normal[start:end] == "الاخير" and entity == ENVOY


def test_nothing_further_back_than_the_reach():
    normal = fold("قال المبعوث " + "كلام " * 100 + "وقال هذا الأخير")
    assert anaphora.resolve(normal, _found(normal, "المبعوث", ENVOY)) == []


def test_the_latter_compares_a_few_names_each_issue_14_item_5():
    """Each «الأخير» filtered every name of the document: a long document's work grew
    with the square of its names. Only the names within reach are looked at now."""
    count = {}
    for n in (100, 400):
        tally = Tally()
        normal = fold("التقى الجيش بالمبعوث وقال هذا الأخير إن. " * n)
        anaphora.resolve(normal, _found(normal, "المبعوث", ENVOY, tally)
                         + _found(normal, "الجيش", ARMY, tally))
        count[n] = tally.count
    small, large = per_item(count)
    assert large < 1.5 * small, count
