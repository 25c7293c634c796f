"""Sentences, clauses and paragraphs as runs of tokens."""

from rasd import arabic
from rasd.events.clauses import clauses
from rasd.events.scan import scan
from rasd.model import Document


def _where(text):
    layer = arabic.prepare(Document.make(text, "t.txt"))
    s = scan(layer)
    return s, clauses(layer, s)


def test_a_comma_and_a_complementiser_open_clauses_quotes_do_not():
    s, w = _where('قال المرصد إن الطائرات قصفت "داعش"، ثم انسحبت.')
    said, bombed, isis = (s.forms.index(f) for f in ("قال", "قصفت", "داعش"))
    assert w.clause[said] != w.clause[bombed]
    assert w.clause[bombed] == w.clause[isis]


def test_sentences_and_paragraphs_are_numbered_in_order():
    s, w = _where("هاجم الجيش. انسحب داعش.\n\nقصفت الطائرات.")
    first, second, third = (s.forms.index(f) for f in ("هاجم", "انسحب", "قصفت"))
    assert w.sentence[first] < w.sentence[second] < w.sentence[third]
    assert w.paragraph[first] == w.paragraph[second] < w.paragraph[third]
    assert w.sentence_range(second)[0] == second


def test_an_empty_text_has_no_tokens():
    _, w = _where("")
    assert w.sentence == [] and w.clause == []
