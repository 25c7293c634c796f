"""Cue words are found whole or after proclitics, by kind, in one pass."""

from __future__ import annotations

from rasd.arabic import fold
from rasd.entities import cuewords


def _found(text: str, kind: str) -> list[str]:
    normal = fold(text)
    return [normal[s:e] for s, e in cuewords.scan(normal)[kind]]


def test_a_cue_after_proclitics_is_found_and_inside_a_word_is_not():
    assert _found("وقال المتحدث إن المتحدثون غادروا", "role") == ["المتحدث"]
    assert _found("قرب بلدة سرمدا وبلدة أخرى", "place_cue") == ["بلده", "بلده"]


def test_the_longer_of_two_cues_that_end_together_wins():
    assert _found("تقدمت الفرقة 30", "unit_word") == ["الفرقه"]


def test_english_cues_are_found_in_any_case():
    assert _found("Spokesman Jihad Makdissi and the town of Sarmada", "role") == ["spokesman"]
    assert _found("Spokesman Jihad Makdissi and the town of Sarmada", "place_cue") == ["town"]
