"""Shingles over the folded text: the same for every spelling a copy may use."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic.normalise import fold
from rasd.reuse.shingles import SIZE, keys, shingles, word_spans
from tests.reuse.texts import STORY, vocalised


@pytest.mark.parametrize("variant", [
    vocalised(STORY),
    STORY.replace("ا", "ـا"),
    STORY.replace(" ", "\u00a0"),
    STORY.replace("45", "٤٥"),
    STORY.replace("ة", "ه").replace("ي", "ى"),
])
def test_shingles_are_the_same_whatever_the_spelling(variant):
    assert np.array_equal(shingles(fold(variant))[1], shingles(fold(STORY))[1])


def test_a_haraka_does_not_split_a_word():
    count, _ = shingles(fold(vocalised("قصفت الطائرات مدينة الرقة")))
    assert count == 4


def test_hashes_are_stable_across_processes():
    """Keys are stored: a new process must compute the same ones."""
    code = ("from rasd.arabic.normalise import fold; from rasd.reuse.shingles import shingles; "
            f"print(shingles(fold({STORY!r}))[1][:3].tolist())")
    out = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={"PYTHONHASHSEED": seed}).stdout
           for seed in ("1", "2")]
    assert out[0] == out[1] and out[0].strip() == str(shingles(fold(STORY))[1][:3].tolist())


def test_keys_are_a_sample_of_the_shingles_and_never_empty():
    count, hashes = shingles(fold(STORY))
    ks = keys(hashes)
    assert len(hashes) == count - SIZE + 1
    assert 0 < len(ks) < len(hashes)
    assert set(ks.view(np.uint64).tolist()) <= set(hashes.tolist())
    assert len(keys(shingles(fold("خبر قصير"))[1])) == 1


def test_a_text_without_words_has_no_shingles():
    assert len(shingles(fold(" ... ؟ ")[1:])[1]) == 0


@given(st.text(alphabet=st.sampled_from("بتسم ًٌَُِّْ ـ\u00a0أإاىية٤5،.\n"), max_size=80))
def test_word_spans_are_the_words_of_the_folded_text(text):
    normal = fold(text)
    starts, ends = word_spans(normal)
    count, _ = shingles(normal)
    assert len(starts) == count
    assert all(normal[a:b].strip() == normal[a:b] and normal[a:b] for a, b in
               zip(starts, ends, strict=True))
