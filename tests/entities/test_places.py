"""Places named after a place word that the KB lacks are places of their own."""

from __future__ import annotations

from rasd import arabic
from rasd.entities import new, tag
from rasd.model import Document


def _linked(text: str) -> dict[str, str | None]:
    doc = Document.make(text, "t.txt")
    return {m.text: m.entity for m in tag(doc, arabic.prepare(doc)).mentions}


def test_a_name_after_a_town_word_is_a_place_of_its_own():
    linked = _linked("قتل مدنيون قرب بلدة سرمدا وفي حي الشرطة بالعاصمة")
    assert linked["سرمدا"] == new.entity("سرمدا", "LOC").id
    assert linked["الشرطة"].startswith("new:location-")


def test_a_compound_name_keeps_its_head():
    linked = _linked("اندلعت اشتباكات في منطقة دار سعد أمس")
    assert linked["دار سعد"].startswith("new:location-")


def test_an_adjective_after_a_place_word_is_no_place():
    linked = _linked("أقامت القوات منطقة عسكرية وحيا سكنيا قرب قرية صغيرة")
    assert not any(e and e.startswith("new:location") for e in linked.values())


def test_a_common_word_without_the_article_needs_a_place_only_word():
    linked = _linked("دارت معارك في منطقة اشتباكات واسعة")
    assert "اشتباكات" not in linked


def test_a_kb_place_after_a_place_word_keeps_its_link():
    assert _linked("وصلوا إلى مخيم اليرموك للاجئين")["مخيم اليرموك"] == "loc:sy-al-yarmuk"


def test_english_place_words_name_places_too():
    linked = _linked("Rebels took the town of Sarmada and shelled the Sukari district.")
    assert linked["Sarmada"].startswith("new:location-")
    assert linked["Sukari"].startswith("new:location-")
