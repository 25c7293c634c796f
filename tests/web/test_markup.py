from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from rasd.web.markup import RANK, Mark, joined, tree


def _covered(pieces, mark, out):
    for p in pieces:
        if p.mark is mark:
            out.append((p.start, p.end))
        if p.mark is not None:
            _covered(p.children, mark, out)
    return out


@st.composite
def annotated(draw):
    text = draw(st.text(alphabet="ab ـالرقة\n", min_size=1, max_size=40))
    marks = []
    for i in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        marks.append(Mark(start, end, draw(st.sampled_from(sorted(RANK))), f"x{i}"))
    return text, marks


@given(annotated())
def test_tree_keeps_the_text_and_each_mark_covers_exactly_its_span(case):
    text, marks = case
    pieces = tree(text, marks)
    assert joined(pieces) == text
    for mark in marks:
        spans = sorted(_covered(pieces, mark, []))
        assert spans[0][0] == mark.start and spans[-1][1] == mark.end
        assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_tree_nests_a_mention_inside_evidence_and_cuts_a_crossing_mark():
    text = "قصفت الطائرات الرقة أمس"
    evidence = Mark(0, 19, "evidence", "e1")
    mention = Mark(14, 19, "mention", "m1")
    crossing = Mark(14, 23, "time", "t1")
    (outer, rest) = tree(text, [mention, evidence, crossing])
    assert outer.mark is evidence and rest.mark is crossing and not rest.first
    (cut,) = [p for p in outer.children if p.mark is not None]
    assert cut.mark is crossing and cut.first and cut.end == 19  # longer first, cut there
    assert cut.children[0].mark is mention


def test_tree_leaves_out_marks_outside_the_text():
    assert joined(tree("abc", [Mark(2, 9, "time", "t1"), Mark(1, 1, "time", "t2")])) == "abc"
