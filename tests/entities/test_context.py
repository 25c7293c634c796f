"""Which KB names found are names in context: weak names, adjectives, titles, organisations."""

from __future__ import annotations

from rasd import arabic
from rasd.entities import context, knowledge
from rasd.model import Document


def _names(text: str, day: str | None = None, read=()) -> list[tuple[str, tuple[str, ...]]]:
    view = arabic.prepare(Document.make(text, "t.txt"))
    known = knowledge()
    found, _ = context.kb_names(known.kb, known.gazetteer, view, day, list(read))
    return [(view.normal[m.start:m.end], m.candidates) for m in found]


def test_a_place_inside_an_organisation_the_model_found_is_part_of_its_name():
    text = "وطالب الكعود حكومة الأنبار بالعمل"
    view = arabic.prepare(Document.make(text, "t.txt"))
    start = view.normal.index("حكومه")
    body = (start, start + len("حكومه الانبار"), "ORG")
    assert [c for _, c in _names(text)] == [("loc:iq-anbar-governorate",)]
    assert _names(text, read=[body]) == []


def test_a_weak_name_counts_only_in_context():
    assert _names("وفق القاعدة القانونية") == []
    assert next(c for _, c in _names('والاستقلال عن "القاعدة" في سوريا')) == ("grp:al-qaeda",)
    named = _names("قال بشار الأسد إن الأسد باق")
    assert [c for _, c in named] == [("per:bashar-al-assad",)] * 2


def test_a_country_name_after_an_indefinite_feminine_noun_is_an_adjective():
    view = arabic.prepare(Document.make("أسقطت مقاتلة سورية طائرة", "t.txt"))
    known = knowledge()
    found, adjectives = context.kb_names(known.kb, known.gazetteer, view, None, [])
    assert found == [] and [view.normal[s:e] for s, e in adjectives] == ["سوريه"]


def test_a_dated_title_names_its_holder_on_the_day_only():
    assert [c for _, c in _names("وقال الرئيس الأمريكي إن", day="2015-03-01")] == [
        ("per:barack-obama",)]
    assert _names("وقال الرئيس الأمريكي إن", day=None) == []
    deputy = _names("وقال نائب الرئيس الأمريكي إن", day="2015-03-01")
    assert [c for _, c in deputy] == [("per:joe-biden",)]  # his own title, not Obama's


def test_a_weak_person_s_name_at_a_place_is_no_person():
    assert _names("اشتباكات في البغدادي قرب الرمادي") == [("الرمادي", ("loc:iq-ramadi",))]
    assert ("per:abu-bakr-al-baghdadi",) in [c for _, c in _names("ظهر البغدادي في الموصل")]
