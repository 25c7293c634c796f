"""Names spelt otherwise than the KB writes them: generated spellings, skeletons, scores."""

from __future__ import annotations

from rasd import arabic
from rasd.entities import knowledge, tag, variants
from rasd.model import Document


def _linked(text: str) -> dict[str, str | None]:
    doc = Document.make(text, "t.txt", published="2016-05-01")
    return {m.text: m.entity for m in tag(doc, arabic.prepare(doc)).mentions}


def test_a_dropped_space_and_an_added_article_are_spellings_of_the_name():
    assert "بشارالاسد" in list(variants.spellings("بشار الأسد", "PERSON"))
    assert "صواريخ الكاتيوشا" in list(variants.spellings("صواريخ كاتيوشا", "WEAPON"))
    assert "مطار الطبقه" in list(variants.spellings("مطار الطبقة العسكري", "FACILITY"))


def test_a_person_gets_no_article_before_the_last_name():
    assert "محمد العلي" not in list(variants.spellings("محمد علي", "PERSON"))


def test_the_glued_spellings_link_in_a_text():
    linked = _linked("وقال بشارالأسد إن القصف بصواريخ الكاتيوشا مستمر")
    assert linked["بشارالأسد"] == "per:bashar-al-assad"
    assert linked["صواريخ الكاتيوشا"] == "wpn:katyusha"


def test_long_vowels_articles_and_doubled_letters_leave_one_skeleton():
    assert variants.skeleton("كيليس") == variants.skeleton("كلس")
    assert variants.skeleton("Maaret al-Numan") == variants.skeleton("Maarat an-Numan")
    assert variants.skeleton("Kobanî") == variants.skeleton("Kobani")


def test_the_score_is_one_for_a_diacritic_and_less_for_a_letter():
    assert variants.score("Hīt", "Hit") == 1.0
    assert 0.5 < variants.score("Maaret al-Numan", "Maarat al-Numan") < 1.0


def test_a_lookup_respects_type_country_and_the_threshold():
    known = knowledge()
    found = variants.lookup(known.variants, known.kb, "Kobanî", {"LOCATION"}, "SY")
    assert found is not None and found.entity == "loc:sy-ayn-al-arab"
    assert variants.lookup(known.variants, known.kb, "Kobanî", {"PERSON"}, "SY") is None
    assert variants.lookup(known.variants, known.kb, "Kobanî", {"LOCATION"}, "IQ") is None
    # one letter off in a short name is below the threshold
    assert variants.lookup(known.variants, known.kb, "Mansour", {"LOCATION"}, "SY") is None


def test_english_text_links_a_name_written_with_diacritics():
    linked = _linked("Fighters entered Kobanî on Monday, and the town of Hīt fell.")
    assert linked["Kobanî"] == "loc:sy-ayn-al-arab"
    assert linked["Hīt"] == "loc:iq-hit"


def test_lower_case_words_are_not_looked_up_in_english():
    linked = _linked("The hit was felt in Raqqa.")
    assert "hit" not in linked
