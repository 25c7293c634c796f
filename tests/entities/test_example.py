"""The worked example's actors and places, linked by the general KB and linker."""

from __future__ import annotations

import rasd
from tests.conftest import EXAMPLE, shared


def test_worked_example_links_its_actors_and_places():
    shared("examples")
    analysis = rasd.analyze(EXAMPLE)
    linked = {m.entity for m in analysis.mentions}
    for entity in ("gov:syria", "grp:isis", "grp:nusra-front", "grp:fsa", "grp:al-qaeda",
                   "per:abu-bakr-al-baghdadi", "per:ayman-al-zawahiri",
                   "per:bashar-al-jaafari", "igo:unsc", "loc:sy-ar-raqqah",
                   "loc:sy-deir-ez-zor", "loc:sy-ayn-isa", "fac:tabqa-airbase",
                   "fac:hama-airbase", "unit:syaa-17-division", "unit:syaa-93-brigade"):
        assert entity in linked, entity
    text = analysis.document.text
    assert all(text[m.start:m.end] == m.text for m in analysis.mentions)
    # «اللواء 93» is the brigade; no number of the example is read as a person or place
    units = {m.text: m.entity for m in analysis.mentions if m.type == "MILITARY_UNIT"}
    assert units.get("اللواء 93") == "unit:syaa-93-brigade"
    assert {e.id for e in analysis.entities} == linked


def test_a_commander_the_kb_lacks_becomes_one_entity_from_the_ner_model():
    shared("examples")
    analysis = rasd.analyze(EXAMPLE)
    issa = [e for e in analysis.entities if e.name_ar == "عادل عيسى"]
    assert len(issa) == 1 and issa[0].type == "PERSON" and issa[0].id.startswith("new:")
    assert sum(m.entity == issa[0].id for m in analysis.mentions) >= 3
