"""The NER's CRF as arrays gives crfsuite's own labels, on real text."""

from __future__ import annotations

import json
import pickle
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic import layer
from rasd.entities import ner
from rasd.entities.crf import Weights
from rasd.entities.features import load_tables, sentence_features
from tests.conftest import shared


def _sentences(count: int) -> list[list[str]]:
    """The token forms of each sentence of the first ``count`` articles of one
    SaudiNewsNet day, as the NER reads them."""
    with zipfile.ZipFile(shared("data/saudinewsnet/2015-07-21.zip")) as z:
        articles = json.loads(z.read(z.namelist()[0]))[:count]
    out = []
    for article in articles:
        text = layer(article["content"])
        tokens, k = text.tokens, 0
        for end in text.sentence_ends:
            words = []
            while k < len(tokens) and tokens[k].at < end:
                words.append(tokens[k].norm)
                k += 1
            if words:
                out.append(words)
    return out


def test_the_arrays_tag_as_crfsuite_does_on_real_articles():
    sentences = _sentences(60)
    assert len(sentences) > 500
    tagger, tables = ner.load_model(), load_tables()
    expected = [tagger.tag(sentence_features(words)) for words in sentences]
    assert ner.load_weights().tag(tables, sentences) == expected
    # one sentence at a time too, as ``ner.tag`` asks
    assert [ner.load_weights().tag(tables, [w])[0] for w in sentences[:50]] == expected[:50]


def test_the_weights_travel_to_a_worker_and_tag_the_same():
    sentences = _sentences(5)
    weights = ner.load_weights()
    copy = pickle.loads(pickle.dumps(weights))
    assert isinstance(copy, Weights) and not copy._ids
    assert copy.tag(load_tables(), sentences) == weights.tag(load_tables(), sentences)


words = st.lists(st.text(alphabet="ابتثجحخدرزسشصضطظعغفقكلمنهوي ء0123456789.،", min_size=1,
                         max_size=8).map(str.strip).filter(bool), max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(words, max_size=5))
def test_any_sentences_tag_as_crfsuite_does(sentences):
    tagger, tables = ner.load_model(), load_tables()
    got = ner.load_weights().tag(tables, sentences)
    assert got == [tagger.tag(sentence_features(s)) if s else [] for s in sentences]


def test_the_kept_word_forms_are_bounded_and_forgetting_changes_nothing(monkeypatch):
    from rasd.entities import crf

    sentences = _sentences(10)
    expected = ner.load_weights().tag(load_tables(), sentences)
    weights = pickle.loads(pickle.dumps(ner.load_weights()))
    monkeypatch.setattr(crf, "FORMS", 400)
    got = [weights.tag(load_tables(), [s])[0] for s in sentences]
    assert got == expected
    assert 0 < len(weights._ids) <= 400
