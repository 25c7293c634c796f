"""Capitals and «النظام» as governments and their forces."""

from __future__ import annotations

from rasd import arabic
from rasd.entities import governments, knowledge
from rasd.entities.candidate import Candidate
from rasd.model import Document


def _capitals(text: str) -> list[Candidate]:
    kb = knowledge().kb
    normal = arabic.prepare(Document.make(text, "t.txt")).normal
    found = []
    for name, entity_id in (("موسكو", "loc:ru-moscow"), ("الرياض", "loc:sa-riyadh"),
                            ("دمشق", "loc:sy-damascus")):
        if name in normal:
            start = normal.index(name)
            found.append(Candidate(start, start + len(name), kb[entity_id].entity()))
    return governments.as_governments(kb, normal, found)


def test_a_capital_that_acts_is_its_government_and_one_after_a_preposition_is_not():
    assert [c.entity.id for c in _capitals("موسكو انتقدت القرار")] == ["gov:russia"]
    assert [c.entity.id for c in _capitals("وفي دمشق قال المتحدث")] == ["loc:sy-damascus"]


def test_a_capital_joined_to_a_government_by_wa_is_one_too():
    found = sorted(_capitals("وأعلنت الرياض وموسكو أن"), key=lambda c: c.start)
    assert [c.entity.id for c in found] == ["gov:saudi-arabia", "gov:russia"]
    found = sorted(_capitals("بين الرياض وموسكو"), key=lambda c: c.start)
    assert [c.entity.id for c in found] == ["loc:sa-riyadh", "loc:ru-moscow"]


def test_the_regime_alone_is_the_government_of_the_country_in_focus():
    kb = knowledge().kb
    normal = arabic.prepare(Document.make("قصفت قوات الحكومة مواقع وقال النظام", "t")).normal
    found = governments.by_cues(kb, normal, "SY", [])
    assert [(normal[c.start:c.end], c.entity.id) for c in found] == [
        ("قوات الحكومه", "unit:syrian-armed-forces"), ("النظام", "gov:syria")]
    assert governments.by_cues(kb, normal, None, []) == []
