"""Aligned passages: offsets into both original texts, whatever the copy changed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.normalise import fold
from rasd.model import Document
from rasd.reuse.align import covered, runs
from rasd.reuse.detect import _Text, compare
from rasd.reuse.shingles import shingles
from tests.reuse.texts import OTHER, STORY, variations


def _text(text: str, published: str | None = None) -> _Text:
    return _Text.of(Document.make(text, "https://example.org/x", published=published))[0]


def test_a_planted_paragraph_is_one_passage_at_its_place():
    planted = variations(STORY)["planted"]
    relation = compare(_text(STORY, "2015-08-01"), _text(planted, "2015-08-02"))
    (passage,) = relation.passages
    paragraph = STORY.split("\n")[1].rstrip(".")  # a passage runs from word to word
    assert STORY[slice(*passage.source)] == paragraph
    assert planted[slice(*passage.copy)] == paragraph
    assert 0.3 < relation.share < 0.5


def test_a_dropped_paragraph_splits_the_source_side_only():
    copy = variations(STORY)["paragraph_dropped"]
    relation = compare(_text(STORY, "2015-08-01"), _text(copy, "2015-08-02"))
    assert len(relation.passages) == 2 and relation.share == 1.0
    assert [copy[slice(*p.copy)] for p in relation.passages] == [
        STORY.split("\n")[0].rstrip("."), STORY.split("\n")[2].rstrip(".")]


def test_unrelated_texts_share_nothing():
    assert compare(_text(STORY), _text(OTHER)) is None


def test_covered_counts_overlaps_once():
    assert covered([(0, 10), (5, 12), (20, 25)]) == 17


_WORDS = st.sampled_from(["قصفت", "الطائرات", "مدينة", "الرقة", "يوم", "الثلاثاء", "ألف",
                          "إلى", "مستشفى", "45", "٤٥", "بَيْتٌ", "ـمـن"])
_CHANGES = st.sampled_from(["none", "harakat", "tatweel", "nbsp", "digits", "letters"])


@settings(max_examples=60)
@given(st.lists(_WORDS, min_size=12, max_size=80), _CHANGES, st.integers(0, 20))
def test_passage_offsets_index_both_originals(words, change, cut):
    source = " ".join(words)
    copy = variations(source).get(change, source) if change != "none" else source
    copy = "مقدمة جديدة للخبر\n" + copy[cut:]
    a, b = _text(source, "2015-08-01"), _text(copy, "2015-08-02")
    relation = compare(a, b)
    for p in relation.passages if relation else ():
        s, c = source[slice(*p.source)], copy[slice(*p.copy)]
        assert 0 <= p.source[0] < p.source[1] <= len(source) and s.strip()
        assert 0 <= p.copy[0] < p.copy[1] <= len(copy) and c.strip()
        # the two stretches are the same words once folded
        assert shingles(fold(s))[0] == shingles(fold(c))[0]


def test_runs_need_shared_shingles():
    _, h = shingles(fold(STORY))
    assert runs([], h.tolist(), 0, 90) == []
