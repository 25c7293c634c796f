"""The text layer: a TextView that also holds its sentences and tokens, computed once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd import arabic
from rasd.arabic import TextLayer, TextView, layer
from rasd.arabic.segment import sentences
from rasd.arabic.tokenise import tokens
from rasd.model import Document

TEXT = "قصفتْ «داعش» بالرّقة ٢٣/٢٤ تموز.\nقال U.S. officials: 2,000 قتيل"


def test_prepare_gives_a_text_layer_that_is_a_view():
    found = arabic.prepare(Document.make(TEXT, "t.txt"))
    assert isinstance(found, TextLayer) and isinstance(found, TextView)
    assert found.normal == arabic.view(TEXT).normal
    assert found.original_span(0, 4).text == "قصفتْ"


def test_sentences_and_their_folded_ends():
    found = layer(TEXT)
    assert [s.text for s in found.sentences] == ["قصفتْ «داعش» بالرّقة ٢٣/٢٤ تموز.",
                                                 "قال U.S. officials: 2,000 قتيل"]
    first_end = found.sentence_ends[0]
    assert found.normal[first_end - 1] == "."
    assert found.sentence_of(0) == 0 and found.sentence_of(first_end) == 1


def test_tokens_are_folded_and_located_only_when_asked():
    found = layer(TEXT)
    words = list(found.tokens)
    assert [w.norm for w in words][:6] == ["قصفت", "\"", "داعش", "\"", "بالرقه", "23/24"]
    assert "2,000" in [w.norm for w in words]
    assert found.located(words[4]).text == "بالرّقة"
    assert found.tokens[4] == words[4] and found.tokens[-1] == words[-1]
    assert found.tokens[1:3] == words[1:3]


@given(st.text(max_size=120))
def test_the_layer_holds_what_segment_and_tokenise_find(text):
    found = layer(text)
    assert found.sentences == sentences(found)
    assert found.sentence_ends == tuple(found.normal_offset(s.end) for s in found.sentences)
    assert [found.located(w) for w in found.tokens] == list(tokens(found))
    for w in found.tokens:
        n = found.sentence_of(w.at)
        assert n < len(found.sentences)
        assert found.normal_offset(found.sentences[n].start) <= w.at < found.sentence_ends[n]
