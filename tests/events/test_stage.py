"""The events stage on short sentences of our own, in Arabic and English: triggers,
roles, places, dates, modality and attribution, one event per occurrence."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd import pipeline
from rasd.model import Document


def _events(text, published="2016-03-07"):
    analysis = pipeline.analyze_one(Document.make(text, "test.txt", published=published))
    return analysis, list(analysis.events)


def _one(text, **kw):
    analysis, found = _events(text, **kw)
    assert len(found) == 1, found
    return analysis, found[0]


def test_vso_air_strike_with_target_place_and_date():
    _, e = _one("قصفت طائرات التحالف مواقع الحوثيين في صعدة أمس.")
    assert (e.type, e.mode, e.trigger.text) == ("ASSAULT", "aerial", "قصفت")
    assert e.source == ("igo:saudi-led-coalition",)
    assert e.target == ("grp:houthis",)
    assert e.location == "loc:ye-saada"
    assert (e.date, e.date_from, e.modality, e.attributed_to) == (
        "2016-03-06", "clause", "asserted", "author")


def test_svo_subject_before_the_verb():
    _, e = _one("الجيش السوري قصف مواقع داعش في تدمر.")
    assert e.location == "loc:sy-tadmur"
    assert e.source == ("unit:syaa",)
    assert e.target == ("grp:isis",)


@pytest.mark.parametrize("text", ["لم تقصف الطائرات الروسية مدينة حلب.",
                                  "Turkey did not attack Manbij."])
def test_negated_events_are_kept_as_negated(text):
    _, e = _one(text)
    assert e.modality == "negated" and e.cue is not None


@pytest.mark.parametrize("text", ["ستقصف الطائرات الروسية مواقع داعش في الرقة.",
                                  "The Syrian army will attack Raqqa."])
def test_future_events_are_hypothetical(text):
    _, e = _one(text)
    assert e.modality == "hypothetical" and e.date is None


@pytest.mark.parametrize("text", [
    "قال المرصد السوري لحقوق الإنسان إن طائرات روسية قصفت إدلب يوم الاثنين.",
    "Russian jets bombed Idlib on Monday, the Syrian Observatory for Human Rights said."])
def test_reported_events_are_attributed_to_the_speaker_before_or_after(text):
    _, e = _one(text)
    assert e.modality == "reported"
    assert e.attributed_to == "org:sohr"
    assert e.location == "loc:sy-idlib" and e.date == "2016-03-07"


def test_an_unnamed_speaker_is_no_one_not_the_author():
    _, e = _one("وقالت مصادر محلية إن طائرات التحالف قصفت صعدة.")
    assert e.modality == "reported" and e.attributed_to is None


def test_a_hedge_makes_the_authors_inference():
    _, found = _events("هاجم مسلحو داعش حاجزا للجيش العراقي في الرمادي، فيما بدا أنه "
                       "محاولة لاقتحام المدينة.")
    assert [e.modality for e in found] == ["asserted", "inferred"]
    assert found[0].target and found[1].attributed_to == "author"


def test_no_actor_named_no_actor_guessed():
    _, e = _one("اعتقلت قوات الأمن ناشطا في المدينة.")
    assert e.type == "COERCE" and e.mode == "arrest" and e.source == ()


def test_the_same_attack_told_twice_is_one_event_with_two_evidence_spans():
    text = ("ISIS fighters attacked a Syrian army checkpoint near Deir ez-Zor. "
            "The attack on the checkpoint by ISIS killed five soldiers.")
    _, e = _one(text)
    assert len(e.evidence) == 2
    assert [text[s.start:s.end] for s in e.evidence][1].startswith("The attack")


def test_a_date_carries_from_an_earlier_sentence_of_the_paragraph():
    _, found = _events("في 15 آب 2014 هاجم تنظيم داعش مطار الطبقة. ثم انسحب الجيش السوري "
                       "من المطار.")
    assert [e.date_from for e in found] == ["clause", "narrative"]
    assert {e.date for e in found} == {"2014-08-15"}


def test_a_trigger_word_inside_a_name_is_no_event():
    _, found = _events("أعلنت وزارة الدفاع الروسية.")
    assert found == []


def test_the_worked_example_has_events_with_valid_spans_and_references(example):
    analysis, found = _events(example.read_text(encoding="utf-8"), published="2016-12-16")
    assert len(found) > 10
    analysis.check_offsets()
    types = {e.type for e in found}
    assert {"ASSAULT", "RETREAT", "AID", "CONSULT"} <= types


@given(st.text(alphabet=st.sampled_from(list("قصف هاجم لم قال إن الجيش داعش في حلب ،.\n"
                                             "attack said not ISIS in Aleppo")), max_size=120))
def test_any_text_runs_and_every_span_quotes_the_text(text):
    analysis = pipeline.analyze_one(Document.make(text, "prop.txt"))
    analysis.check_offsets()
    for e in analysis.events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.evidence


def test_a_denial_negates_its_complement_not_the_next_clause():
    _, found = _events("نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت سراقب، واتهمت "
                       "هيئة تحرير الشام بخرق الهدنة.")
    by_type = {e.type: e for e in found}
    assert by_type["ASSAULT"].modality == "negated"
    assert by_type["ASSAULT"].attributed_to == "gov:russia-mod"
    accuse = by_type["ACCUSE"]
    assert accuse.modality == "asserted"  # the ministry's own accusation, told by the author
    assert accuse.source == ("gov:russia-mod",) and accuse.target == ("grp:hts",)


def test_clashes_between_two_sides_name_both_as_actors():
    _, e = _one("اندلعت اشتباكات عنيفة بين الجيش السوري وتنظيم داعش في دير الزور.")
    assert set(e.source) == {"unit:syaa", "grp:isis"} and e.target == ()


def test_a_weak_verb_reads_in_the_feminine_and_plural():
    _, e = _one("استولت قوات النظام على مطار الطبقة.")
    assert e.type == "ASSAULT" and e.trigger.text == "استولت"


def test_a_statements_date_does_not_date_the_event_it_reports():
    _, e = _one("قال المرصد السوري لحقوق الإنسان في بيان يوم الاثنين إن الطائرات الروسية "
                "قصفت إدلب.")
    assert e.date is None and e.modality == "reported"


def test_a_cue_word_inside_a_name_is_no_cue():
    _, e = _one("The United States attacked ISIS positions near Raqqa.")
    assert e.modality == "asserted" and e.attributed_to == "author"


def test_an_english_speaker_stands_before_the_verb():
    _, e = _one("Turkey said Russia bombed Idlib.")
    assert e.modality == "reported" and e.attributed_to == "state:turkey"


def test_no_actor_is_carried_into_an_unrelated_sentence():
    _, found = _events("زار الرئيس التركي موسكو. وقتل خمسة مدنيين في انفجار في حلب.")
    assault = [e for e in found if e.type == "ASSAULT"]
    assert assault and all(e.source == () for e in assault)


def test_a_sentence_that_goes_on_from_the_last_carries_its_subject():
    _, found = _events("رفض تنظيم داعش العرض، فاستجاب له النظام السوري. وما جرى بعد ذلك "
                       "كان انسحابا من القاعدة.")
    retreat = [e for e in found if e.type == "RETREAT"]
    assert retreat and retreat[0].source != ()


def test_an_act_joined_to_a_refusal_by_and_is_a_second_act_not_its_content():
    _, found = _events("Erdogan threatened the Kurds and launched an offensive against them.")
    assert [e.type for e in found] == ["THREATEN", "ASSAULT"]
    _, found = _events("Erdogan threatened an offensive against the Kurds.")
    assert [e.type for e in found] == ["THREATEN"]


def test_two_verbs_in_two_clauses_of_one_sentence_are_two_acts():
    _, found = _events("The SDF fought ISIS for a week, although the SDF had captured "
                       "two villages.")
    assert [e.trigger.text for e in found] == ["fought", "captured"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("تبنى حزب العمال الكردستاني هجوما بسيارة مفخخة على مركز للشرطة.", "grp:pkk"),
    ("تحدثت وكالة الأناضول عن مقتل 260 مسلحا في الغارات التركية.", "org:anadolu"),
])
def test_a_claimed_or_spoken_of_act_is_reported_by_its_speaker(text, speaker):
    _, e = _one(text)
    assert (e.modality, e.attributed_to) == ("reported", speaker)


def test_what_a_speaker_describes_is_presupposed_not_reported():
    _, e = _one("وصف الائتلاف القصف الروسي على حلب بالهمجي.")
    assert e.modality == "asserted"


def test_two_verbs_of_one_sentence_sharing_actor_and_date_are_two_acts():
    _, found = _events("The Syrian army advances on Raqqa on Monday and shoots down a drone.")
    assert [e.trigger.text for e in found] == ["advances", "shoots down"]
