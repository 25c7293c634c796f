"""The scanner: triggers behind proclitics, several-word forms, cancelling words, cues."""

from rasd import arabic
from rasd.events.scan import scan
from rasd.model import Document


def _scanned(text):
    return scan(arabic.prepare(Document.make(text, "t.txt")))


def _triggers(text):
    s = _scanned(text)
    return [(s.forms[h.first], h.value.type) for h in s.triggers]


def test_a_trigger_is_found_behind_its_proclitics():
    assert _triggers("وللقصف أثر") == [("وللقصف", "ASSAULT")]


def test_a_form_of_several_words_needs_its_words():
    assert _triggers("أطلق سراح الأسرى")[0][1] == "RETREAT"
    assert _triggers("أطلق النار على الحاجز")[0][1] == "ASSAULT"


def test_a_cancelling_word_after_a_trigger_drops_it():
    assert _triggers("ضرب مثلا على ذلك") == []


def test_an_indefinite_noun_with_the_article_is_no_trigger():
    assert _triggers("وقعت الأطراف اتفاقا") and not _triggers("انتقد الاتفاق")[1:]


def test_function_words_are_not_read_behind_the_article_or_ka():
    s = _scanned("كان الجيش الآن هناك")
    assert [c for c in s.cues if c.value == "complement"] == []


def test_prepositions_are_kept_as_marks_not_hits():
    s = _scanned("قصفت الطائرات مواقع في حلب")
    assert "place" in s.marks.values()
    assert all(c.value != "place" for c in s.cues)


def test_english_forms_are_lower_cased():
    assert _triggers("Jets BOMBED the town") == [("bombed", "ASSAULT")]


def test_a_row_that_needs_a_word_is_no_event_without_it():
    assert _triggers("حطت طائرة الرئيس التركي في مطار الرياض") == []
    assert _triggers("حطت طائرة شحن في المطار تحمل أسلحة")[0][1] == "AID"
