"""One event per occurrence, from drafts built by hand."""

from rasd.events.dates import Dated
from rasd.events.lexicon import Trigger
from rasd.events.merge import Draft, merged
from rasd.events.modality import Claim
from rasd.events.roles import Roles
from rasd.events.scan import Hit
from rasd.model import Time
from tests.events.layers import layers

ASSERTED = Claim("asserted", "author", None)
NO_ONE = Roles((), (), None)


def _draft(hit, kind, roles=NO_ONE, when=None, sentence=0, genitive="agent", verb=False):
    trigger = Trigger(kind, None, genitive, frozenset(), verb)
    return Draft(Hit(hit.first, hit.last, trigger), kind, None, roles, when, ASSERTED,
                 sentence)


def test_a_casualty_word_in_the_sentence_of_an_attack_is_its_outcome():
    got = layers("هاجم داعش الحاجز وقتل خمسة.", {})
    attack = _draft(got.trigger("هاجم"), "ASSAULT", verb=True)
    killed = _draft(got.trigger("وقتل"), "ASSAULT", genitive="outcome", verb=True)
    assert [d.hit.first for d in merged([attack, killed], got.where)] == [attack.hit.first]


def test_a_threatened_act_is_the_threats_content():
    got = layers("هدد داعش بمهاجمة بغداد.", {})
    threat = _draft(got.trigger("هدد"), "THREATEN", verb=True)
    attack = _draft(got.trigger("بمهاجمة"), "ASSAULT")
    kept = merged([threat, attack], got.where, frozenset({"THREATEN"}))
    assert [d.type for d in kept] == ["THREATEN"]


def test_the_same_event_told_twice_in_a_paragraph_is_one_with_two_sentences():
    got = layers("هاجم داعش المطار. وكان الهجوم عنيفا.", {"داعش": ("ARMED_GROUP", "grp:isis")})
    isis = got.people[0]
    first = _draft(got.trigger("هاجم"), "ASSAULT", Roles((isis,), (), None), verb=True)
    second = _draft(got.trigger("الهجوم"), "ASSAULT", Roles((isis,), (), None), sentence=1)
    kept = merged([first, second], got.where)
    assert len(kept) == 1 and kept[0].sentences == (0, 1)


def test_different_dates_are_different_events():
    got = layers("هاجم داعش المطار. هاجم داعش المطار.", {"داعش": ("ARMED_GROUP", "grp:isis")})
    isis = got.people[0]
    hits = list(got.scanned.triggers)
    when = [Dated(_t("2016-01-01"), "clause"), Dated(_t("2016-02-01"), "clause")]
    drafts = [_draft(h, "ASSAULT", Roles((isis,), (), None), w, n, verb=True)
              for n, (h, w) in enumerate(zip(hits, when, strict=True))]
    assert len(merged(drafts, got.where)) == 2


def _t(value):
    return Time("t1", 0, 1, "x", "DATE", value)
