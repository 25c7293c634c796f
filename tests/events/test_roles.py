"""Roles from the trigger's clause, on hand-built mentions (no knowledge base)."""

from rasd.events.roles import roles
from tests.events.layers import layers

ISIS = ("ARMED_GROUP", "grp:isis")
ARMY = ("MILITARY_UNIT", "unit:army")
ALEPPO = ("LOCATION", "loc:aleppo")


def _roles(text, names, word):
    got = layers(text, names)
    cue_before = {c.last: c.value for c in got.scanned.cues}
    cue_before.update((k + 1, v) for k, v in got.scanned.marks.items())
    r = roles(got.trigger(word), got.people, got.scanned.forms, got.where, cue_before)
    return ([p.entity for p in r.source], [p.entity for p in r.target],
            r.place.entity if r.place else None)


def test_vso_the_first_bare_actor_after_the_verb_is_the_source():
    assert _roles("قصف الجيش مواقع داعش في حلب.", {"الجيش": ARMY, "داعش": ISIS, "حلب": ALEPPO},
                  "قصف") == (["unit:army"], ["grp:isis"], "loc:aleppo")


def test_svo_the_actor_before_the_verb_is_the_source():
    assert _roles("الجيش قصف داعش.", {"الجيش": ARMY, "داعش": ISIS}, "قصف")[:2] == (
        ["unit:army"], ["grp:isis"])


def test_a_passive_agent_is_the_source():
    source, _, _ = _roles("تم اقتحام المدينة من قبل داعش.", {"داعش": ISIS}, "اقتحام")
    assert source == ["grp:isis"]


def test_an_actor_of_another_clause_fills_no_role():
    assert _roles("وصل الجيش، ثم وقع انفجار.", {"الجيش": ARMY}, "انفجار")[:2] == ([], [])


def test_coordinated_names_fill_a_role_together():
    source, _, _ = _roles("الجيش وداعش تبادلا القصف.", {"الجيش": ARMY, "داعش": ISIS}, "القصف")
    assert source == ["unit:army", "grp:isis"]


def test_both_sides_of_clashes_act():
    source, target, _ = _roles("اشتباكات بين الجيش وداعش.", {"الجيش": ARMY, "داعش": ISIS},
                               "اشتباكات")
    assert (source, target) == (["unit:army", "grp:isis"], [])


def test_english_subject_and_object():
    assert _roles("The army attacked ISIS in Aleppo.",
                  {"army": ARMY, "ISIS": ISIS, "Aleppo": ALEPPO}, "attacked") == (
        ["unit:army"], ["grp:isis"], "loc:aleppo")


SDF = ("ARMED_GROUP", "grp:sdf")
TURKEY = ("STATE", "state:turkey")
SYRIA = ("STATE", "state:syria")


def test_a_nouns_object_is_named_through_a_target_word_before_a_bare_name():
    _, target, _ = _roles("Turkey began its offensive into northern Syria against the SDF.",
                          {"Turkey": TURKEY, "Syria": SYRIA, "SDF": SDF}, "offensive")
    assert target == ["grp:sdf"]


def test_a_noun_after_a_possessive_is_the_clause_subjects_act():
    source, _, _ = _roles("Turkey said it would soon begin its offensive.",
                          {"Turkey": TURKEY}, "offensive")
    assert source == ["state:turkey"]
    source, _, _ = _roles("Turkey said it would soon begin an offensive.",
                          {"Turkey": TURKEY}, "offensive")
    assert source == []


def test_an_english_nouns_construct_is_made_with_of_only():
    coalition = ("IGO", "igo:coalition")
    assert _roles("Coalition airstrikes hit ISIS.", {"Coalition": coalition, "ISIS": ISIS},
                  "airstrikes")[:2] == (["igo:coalition"], ["grp:isis"])
    assert _roles("The shelling of the SDF by Turkey.", {"SDF": SDF, "Turkey": TURKEY},
                  "shelling")[:2] == (["state:turkey"], ["grp:sdf"])
