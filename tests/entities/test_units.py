"""Numbered units the KB lacks are units of their own, never another army's unit."""

from __future__ import annotations

from rasd import arabic
from rasd.entities import tag, units
from rasd.model import Document


def _linked(text: str) -> dict[str, str | None]:
    doc = Document.make(text, "t.txt")
    return {m.text: m.entity for m in tag(doc, arabic.prepare(doc)).mentions}


def test_a_numbered_unit_the_kb_lacks_is_a_unit_of_its_own_with_its_qualifier():
    linked = _linked("هاجم مسلحون معسكر اللواء 22 حرس جمهوري في تعز")
    assert linked["اللواء 22 حرس جمهوري"].startswith("new:military_unit-")


def test_the_same_unit_has_the_same_id_in_two_documents():
    one = _linked("تقدمت الفرقة 30 نحو المدينة")["الفرقة 30"]
    two = _linked("وقال قائد في الفرقة 30 إن الهجوم بدأ")["الفرقة 30"]
    assert one == two


def test_another_number_is_another_unit():
    assert units.entity("الفرقة", "30").id != units.entity("الفرقة", "31").id


def test_a_kb_unit_of_another_country_is_not_linked():
    assert _linked("قصف اللواء 52 في درعا بسوريا")["اللواء 52"] == "unit:syaa-52-brigade"
    assert _linked("قصف اللواء 52 في ليبيا قرب درنة")["اللواء 52"].startswith("new:")


def test_english_ordinals_name_units_too():
    linked = _linked("The 30th Division moved north.")
    assert linked["30th Division"] == units.entity("Division", "30").id


def test_a_rank_before_a_name_is_no_unit():
    assert not any(e and e.startswith("new:military_unit")
                   for e in _linked("وقال اللواء قاسم المحمدي إن القوات تقدمت").values())
