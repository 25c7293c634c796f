"""The events lexicon: every row a PLOVER type and mode, verbs in every form."""

from rasd.events import kinds
from rasd.events.lexicon import LANGUAGES, Trigger, load, words


def _triggers(language):
    for entries in load(language).triggers.values():
        for entry in entries:
            yield entry.value


def test_every_trigger_is_a_plover_type_with_one_of_its_modes():
    for language in LANGUAGES:
        for trigger in _triggers(language):
            assert trigger.type in kinds.kinds(), trigger
            assert trigger.mode is None or trigger.mode in kinds.modes(trigger.type), trigger


def test_an_arabic_verb_row_reads_in_every_person_and_aspect():
    triggers = load("ar").triggers
    for form in ("قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "يقصفون", "نقصف", "قصفها", "قصفهم"):
        assert any(e.value.type == "ASSAULT" for e in triggers[words(form)[0]]), form


def test_the_future_prefix_marks_the_trigger_as_future():
    entry = load("ar").triggers[words("ستقصف")[0]][0]
    assert isinstance(entry.value, Trigger) and entry.value.future


def test_english_verbs_take_regular_and_irregular_forms():
    triggers = load("en").triggers
    for form in ("attacks", "attacked", "attacking", "seized", "kidnapped", "struck", "fled"):
        assert form in triggers, form


def test_a_form_of_several_words_keeps_the_words_after_its_first():
    entries = load("ar").triggers[words("إطلاق")[0]]
    after = {e.after: e.value.type for e in entries}
    assert after[words("سراح")] == "RETREAT" and after[words("نار")] == "ASSAULT"


def test_cues_are_read_with_their_kinds():
    cues = load("ar").cues
    assert cues[words("قالت")[0]][0].value == "speech"
    assert cues[words("لم")[0]][0].value == "negation"
    assert load("en").cues["according"][0].value == "according"
