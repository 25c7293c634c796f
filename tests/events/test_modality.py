"""Modality and attribution from the cue words around a trigger."""

from rasd.events.modality import claim
from tests.events.layers import layers

SOHR = ("NGO", "org:sohr")
TURKEY = ("STATE", "state:turkey")


def _claim(text, names, word):
    got = layers(text, names)
    hit = got.trigger(word)
    return claim(hit, got.scanned.cues, got.people, got.where, None)


def test_asserted_by_the_author_without_cues():
    c = _claim("قصفت الطائرات المدينة.", {}, "قصفت")
    assert (c.modality, c.attributed_to, c.cue) == ("asserted", "author", None)


def test_negation_just_before_the_trigger():
    assert _claim("لم تقصف الطائرات المدينة.", {}, "تقصف").modality == "negated"


def test_future_prefix_and_words_are_hypothetical():
    assert _claim("ستقصف الطائرات المدينة.", {}, "ستقصف").modality == "hypothetical"
    assert _claim("The jets will bomb the town.", {}, "bomb").modality == "hypothetical"


def test_a_hedge_is_the_authors_inference():
    c = _claim("يبدو أن الطائرات قصفت المدينة.", {}, "قصفت")
    assert (c.modality, c.attributed_to) == ("inferred", "author")


def test_reported_by_the_speaker_after_the_verb():
    c = _claim("قال المرصد إن الطائرات قصفت المدينة.", {"المرصد": SOHR}, "قصفت")
    assert (c.modality, c.attributed_to) == ("reported", "org:sohr")


def test_reported_by_the_speaker_before_an_english_verb():
    c = _claim("Turkey said jets bombed the town.", {"Turkey": TURKEY}, "bombed")
    assert (c.modality, c.attributed_to) == ("reported", "state:turkey")


def test_an_unnamed_speaker_is_no_one():
    c = _claim("قالت مصادر إن الطائرات قصفت المدينة.", {}, "قصفت")
    assert (c.modality, c.attributed_to) == ("reported", None)


def test_a_denial_negates_and_names_its_speaker():
    c = _claim("نفت تركيا أن تكون طائراتها قصفت المدينة.", {"تركيا": TURKEY}, "قصفت")
    assert (c.modality, c.attributed_to) == ("negated", "state:turkey")
