"""Descriptions of a state's forces and government, and «المملكة», name the actor."""

from __future__ import annotations

from rasd import arabic
from rasd.entities import descriptions, tag
from rasd.entities.kb import load
from rasd.model import Document


def _linked(text: str) -> dict[str, str | None]:
    doc = Document.make(text, "t.txt", published="2015-08-01")
    return {m.text: m.entity for m in tag(doc, arabic.prepare(doc)).mentions}


def test_forces_and_government_by_the_states_adjective():
    linked = _linked("وقال مجلس الوزراء اليمني إن القوات اليمنية تقدمت")
    assert linked["مجلس الوزراء اليمني"] == "gov:yemen"
    assert linked["القوات اليمنية"] == "unit:yemen-armed-forces"


def test_english_descriptions_need_the_capital():
    assert _linked("Russian forces advanced.")["Russian forces"] == "unit:russian-armed-forces"


def test_every_description_names_the_states_own_entity():
    kb = load()
    for form, entity_id in descriptions.forms(kb):
        assert kb[entity_id].type in ("GOVERNMENT", "MILITARY_UNIT"), form


def test_the_kingdom_is_the_one_kingdom_the_document_names():
    linked = _linked("أكد العاهل السعودي أن المملكة تدعم اليمن")
    assert linked["المملكة"] == "state:saudi-arabia"


def test_the_kingdom_is_nobody_without_one_kingdom_named():
    assert "المملكة" not in _linked("قالت مصادر إن المملكة تدعم اليمن")
    assert _linked("زار وفد المملكة المتحدة العراق")["المملكة المتحدة"] == "state:uk"
