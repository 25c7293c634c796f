from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.entities import ner
from rasd.entities.features import analyse, baseline_features, load_tables, sentence_features
from tests.conftest import shared

# Entity-level micro F1 of the shipped model on the whole ANERcorp CAMeL test split,
# as bench/ner_anercorp.py printed it when the model was trained; the test allows 1 point.
MEASURED_TEST_F1 = 67.4


def test_model_loads_once_from_the_package():
    assert ner.load_model() is ner.load_model()
    assert "B-PERS" in ner.load_model().labels()


def test_tag_finds_a_president_and_a_city():
    words = "قال الرئيس بشار الأسد في دمشق".split()
    assert ner.tag(words) == ["O", "O", "B-PERS", "I-PERS", "O", "B-LOC"]


def test_tag_of_nothing_is_nothing():
    assert ner.tag([]) == []


def test_spans_quote_the_text():
    text = "قال الرئيس بشار الأسد في دمشق."
    found = [(text[s:e], kind) for s, e, kind in ner.spans(text)]
    assert found == [("بشار الأسد", "PERS"), ("دمشق", "LOC")]


@pytest.mark.parametrize("text,name", [
    ("وقالت مصادر إن الطائرات قصفت مواقع في بالرقة أمس.", "الرقة"),   # ب + written article
    ("وصل وزير الخارجية الفرنسي أمس إلى بيروت ولبنان.", "لبنان"),      # و before a bare name
])
def test_spans_start_after_a_proclitic(text, name):
    spans = {text[s:e] for s, e, kind in ner.spans(text) if kind == "LOC"}
    assert name in spans


@given(st.text(alphabet=st.sampled_from(list("قال الرئيس بشار الأسد في دمشق ولبنان بالرقة."
                                              "«»،؟ 123\nابتثجحخدذرزسشصضطظعغفقكلمنهويىةءآأإؤئًٌٍَُِّْـ")),
               max_size=80))
def test_spans_are_nonempty_and_inside_the_text(text):
    last = 0
    for start, end, kind in ner.spans(text):
        assert 0 <= start < end <= len(text)
        assert start >= last
        assert text[start:end].strip() == text[start:end]
        assert kind in ner.TYPES
        last = end


@pytest.mark.parametrize("labels,expected", [
    (["B-PERS", "I-PERS", "O", "B-LOC"], [("PERS", 0, 2), ("LOC", 3, 4)]),
    (["I-ORG", "I-ORG", "O"], [("ORG", 0, 2)]),                      # I- after O opens a name
    (["B-LOC", "B-LOC", "I-LOC"], [("LOC", 0, 1), ("LOC", 1, 3)]),
    (["B-LOC", "I-PERS", "O"], [("LOC", 0, 1), ("PERS", 1, 2)]),     # a type change opens one
    (["O", "O"], []),
    ([], []),
])
def test_chunks_follow_conll(labels, expected):
    assert ner.chunks(labels) == expected


def test_repair_turns_an_opening_i_into_b():
    assert ner.repair(["I-LOC", "I-LOC", "O", "I-PERS", "B-ORG", "I-LOC"]) == [
        "B-LOC", "I-LOC", "O", "B-PERS", "B-ORG", "B-LOC"]


def test_score_counts_exact_names_only():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "O"]]
    predicted = [["B-PERS", "O", "O", "B-LOC"], ["B-ORG", "B-MISC"]]
    result = ner.score(gold, predicted)
    assert result["LOC"] == (1.0, 1.0, 1.0, 1)
    assert result["PERS"] == (0.0, 0.0, 0.0, 1)
    assert result["MISC"] == (0.0, 0.0, 0.0, 0)
    p, r, f, n = result["micro"]
    assert (p, r, n) == (2 / 4, 2 / 3, 3)
    assert f == pytest.approx(2 * p * r / (p + r))


@pytest.mark.parametrize("word,clitic,stem", [
    ("بالرقة", "بال", "رقه"),
    ("ولبنان", "و", "لبنان"),
    ("للأمم", "لل", "امم"),
    ("وزير", "", "وزير"),      # و is the word's own letter
    ("بغداد", "", "بغداد"),
    ("كوفي", "", "كوفي"),      # not ك + وفي: وفي is itself glued
])
def test_analyse_cuts_proclitics(word, clitic, stem):
    found = analyse(load_tables(), word)
    assert (found.clitic, found.stem) == (clitic, stem)


def test_features_see_the_stem_and_the_neighbours():
    feats = sentence_features(["مدينة", "ولبنان"])
    assert "st=لبنان" in feats[1] and "-1trig=LOC" in feats[1]
    assert all(len(f) == len(set(f)) for f in feats)
    assert baseline_features(["دمشق"]) == [
        ["bias", "w=دمشق", "shape=a2", "p2=دم", "s2=شق", "p3=دمش", "s3=مشق", "-1w=<s>",
         "1w=<s>"]]


def _read(path) -> list[tuple[list[str], list[str]]]:
    return ner.read_conll(path)


def test_model_keeps_its_f1_on_the_anercorp_test_split():
    test = _read(shared("data/anercorp-camel/ANERCorp_CamelLab_test.txt"))
    assert len(test) == 925
    result = ner.score([labels for _, labels in test], [ner.tag(words) for words, _ in test])
    assert result["micro"][2] * 100 >= MEASURED_TEST_F1 - 1
