"""One short sentence of our own per PLOVER type, in Arabic and English: each trigger
family is found with its type."""

import pytest

from rasd import pipeline
from rasd.model import Document

AR = {
 "AGREE": "اتفقت الحكومة اليمنية مع الحوثيين على تبادل الأسرى.",
 "CONSULT": "التقى وزير الخارجية الروسي نظيره التركي في موسكو.",
 "SUPPORT": "رحبت السعودية بقرار مجلس الأمن.",
 "CONCEDE": "اعتذرت تركيا عن إسقاط الطائرة الروسية.",
 "COOPERATE": "تعاونت القوات العراقية مع التحالف الدولي في الموصل.",
 "AID": "زودت إيران الحوثيين بالصواريخ.",
 "RETREAT": "انسحب تنظيم داعش من مدينة تدمر.",
 "REQUEST": "طالبت الأمم المتحدة الحكومة السورية بفك الحصار عن مضايا.",
 "ACCUSE": "اتهمت واشنطن موسكو بقصف المدنيين في حلب.",
 "REJECT": "رفضت المعارضة السورية المشاركة في مفاوضات جنيف.",
 "THREATEN": "هدد تنظيم داعش بمهاجمة بغداد.",
 "PROTEST": "تظاهر آلاف السوريين في إدلب.",
 "SANCTION": "فرض الاتحاد الأوروبي عقوبات على الحكومة السورية.",
 "MOBILIZE": "حشد الجيش التركي قواته على الحدود السورية.",
 "COERCE": "اعتقلت الشرطة التركية ناشطا في إسطنبول.",
 "ASSAULT": "شن الطيران الروسي غارات على ريف حلب.",
}
EN = {
 "AGREE": "Russia and Turkey agreed on a ceasefire in Idlib.",
 "CONSULT": "The Turkish foreign minister met his Russian counterpart in Moscow.",
 "SUPPORT": "Saudi Arabia welcomed the Security Council resolution.",
 "CONCEDE": "Turkey apologized for the downing of the Russian jet.",
 "COOPERATE": "Iraqi forces cooperated with the US-led coalition in Mosul.",
 "AID": "Iran supplied the Houthis with missiles.",
 "RETREAT": "Islamic State withdrew from Palmyra.",
 "REQUEST": "The United Nations urged the Syrian government to lift the siege.",
 "ACCUSE": "Washington accused Moscow of bombing civilians in Aleppo.",
 "REJECT": "The Syrian opposition rejected the proposal.",
 "THREATEN": "Islamic State threatened Baghdad.",
 "PROTEST": "Thousands of Syrians held demonstrations in Idlib.",
 "SANCTION": "The European Union imposed sanctions on the Syrian government.",
 "MOBILIZE": "The Turkish army deployed troops on the Syrian border.",
 "COERCE": "Turkish police arrested an activist in Istanbul.",
 "ASSAULT": "Russian aircraft bombed rebel positions in Aleppo.",
}


CASES = [("ar", k, t) for k, t in AR.items()] + [("en", k, t) for k, t in EN.items()]


@pytest.mark.parametrize(("language", "kind", "text"), CASES)
def test_each_plover_type_is_found(language, kind, text):
    found = pipeline.analyze_one(Document.make(text, f"{language}.txt")).events
    assert kind in {e.type for e in found}, [(e.type, e.trigger.text) for e in found]


@pytest.mark.parametrize("text", ["اتهمت الولايات المتحدة روسيا بقصف المدنيين في حلب.",
                                  "The United States accused Russia of bombing civilians."])
def test_an_alleged_act_is_the_accusers_claim_with_the_accused_as_actor(text):
    found = pipeline.analyze_one(Document.make(text, "x.txt")).events
    alleged = [e for e in found if e.type == "ASSAULT"]
    assert len(alleged) == 1 and alleged[0].modality == "reported"
    assert alleged[0].source == ("state:russia",)
    assert alleged[0].attributed_to in ("state:usa", "gov:usa")


def test_a_threatened_act_is_the_threats_content_not_an_event():
    found = pipeline.analyze_one(Document.make("هدد تنظيم داعش بمهاجمة بغداد.", "x.txt")).events
    assert [e.type for e in found] == ["THREATEN"]


@pytest.mark.parametrize(("text", "found"), [
    ("أطلقت قوات موالية للحوثيين قذائف الهاون على الأحياء.", [("ASSAULT", "heavy-weapons")]),
    ("أطلقت السلطات سراح الناشط.", []),  # a release, not fire: cancelled by «سراح»
    ("أطلقت الحكومة حملة توعية.", []),  # nothing fired: no weapon word follows
    ("دافع البيت الأبيض عن حق تركيا.", [("SUPPORT", None)]),
    ("سرت هدنة إنسانية أعلنها التحالف.", [("RETREAT", "ceasefire")]),
    ("Terrorists fired mortars at the school.", [("ASSAULT", "heavy-weapons")]),
    ("The company fired its director.", []),  # needs a weapon word or "at"
    ("The army advances on al-Rasafa.", [("ASSAULT", None)]),
    ("The army established control over the station.", [("ASSAULT", None)]),
    ("US special forces are assisting the SDF.", [("AID", None)]),
])
def test_triggers_that_need_a_word_after_them(text, found):
    events = pipeline.analyze_one(Document.make(text, "x.txt")).events
    assert [(e.type, e.mode) for e in events] == found


@pytest.mark.parametrize(("text", "found"), [
    ("إضافة إلى بحث القضايا ذات الاهتمام المشترك.", []),  # «بحث» is not ب + «حث»
    ("بحث وزير الخارجية السعودي مع نظيره الروسي الأزمة السورية.", ["CONSULT"]),
    ("سجل اللاعب الهدف عبر ضربة رأس.", []),
    ("كان أمامها خياران: إما العلاج وإما القتل الرحيم.", []),
])
def test_words_that_only_look_like_triggers(text, found):
    events = pipeline.analyze_one(Document.make(text, "x.txt")).events
    assert [e.type for e in events] == found


def test_a_shooting_inside_a_ceasefire_is_no_shooting():
    events = pipeline.analyze_one(Document.make(
        "بدأ سريان وقف إطلاق النار الذي أعلن في موسكو.", "x.txt")).events
    assert [(e.type, e.mode) for e in events] == [("RETREAT", "ceasefire")]
