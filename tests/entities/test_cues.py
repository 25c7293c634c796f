"""The words around a name: verbs of acting, prepositions, place words."""

from __future__ import annotations

from rasd.arabic import fold
from rasd.entities import cues


def test_the_subject_of_a_verb_of_acting_and_not_the_object_of_a_preposition():
    normal = fold("قال المرصد إن القصف استمر")
    assert cues.acts(normal, 4, 10)
    normal = fold("وفي دمشق قالت")
    assert cues.after_preposition(normal, 4) and not cues.acts(normal, 4, 8)
    assert cues.is_act(fold("وأعلنت")) and cues.is_act(fold("تقوده"))
    assert not cues.is_act(fold("تقوده"), pronouns=False)


def test_words_before_and_after_a_name():
    normal = fold("وقال  المرصد السوري")
    assert cues.word_before(normal, normal.index("المرصد")) == ("وقال", 0)
    assert cues.word_after(normal, normal.index("المرصد") + 6) == "السوري"


def test_a_cue_word_with_proclitics():
    assert cues.cue_in("admin", [fold("لناحية")]) and not cues.cue_in("admin", [fold("ناحيتين")])


def test_a_place_word_alone_is_no_name():
    assert cues.only_place_words("الريف") and cues.only_place_words("بالمدينه")
    assert not cues.only_place_words("ريف حلب")
