"""The readers every rule shares."""

from __future__ import annotations

from rasd.time.expr import kind_at
from tests.time.conftest import scanned


def test_kind_at_reads_a_tokens_value_of_a_kind():
    toks, _ = scanned("أمس الأحد")
    assert kind_at(toks, 0, "deictic") == "-1"
    assert kind_at(toks, 1, "weekday") == "6"
    assert kind_at(toks, 0, "weekday") is None


def test_kind_at_is_none_past_either_end():
    toks, _ = scanned("أمس")
    assert kind_at(toks, -1, "deictic") is None
    assert kind_at(toks, 1, "deictic") is None
