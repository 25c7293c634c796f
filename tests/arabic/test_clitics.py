"""The one proclitic stripper: each of today's strippers, pinned as a reference copy and
compared with the function of ``rasd.arabic.clitics`` that replaces it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic import clitics

CONJ_PREP = {"conjunction", "preposition"}
# words of clitic letters, the article's letters and a few others, short and long
WORDS = st.text(alphabet=st.sampled_from(list("وفبلكالرقهنظمد")), max_size=9)


# --- today's strippers, copied as they stand (the reference each function must meet) ---

ARTICLE = "ال"
_VERB_PREFIXES = ("و", "ف")          # entities/link.py
_PREPOSITION_CLITICS = frozenset("بلك")
_CLITICS = frozenset("وفبلك")
BARE = frozenset({"و", "ب", "ل", "وب", "ول"})  # entities/gazetteer.py
ROWS = {  # data/arabic/clitics.tsv as the entities and time modules read it: form -> parts
    "ال": ("ال",), "و": ("و",), "ف": ("ف",), "ب": ("ب",), "ل": ("ل",), "ك": ("ك",),
    "وال": ("و", "ال"), "فال": ("ف", "ال"), "بال": ("ب", "ال"), "كال": ("ك", "ال"),
    "لل": ("ل", "ال"), "وبال": ("و", "ب", "ال"), "فبال": ("ف", "ب", "ال"),
    "وكال": ("و", "ك", "ال"), "فكال": ("ف", "ك", "ال"), "ولل": ("و", "ل", "ال"),
    "فلل": ("ف", "ل", "ال"), "وب": ("و", "ب"), "فب": ("ف", "ب"), "ول": ("و", "ل"),
    "فل": ("ف", "ل"), "وك": ("و", "ك"), "فك": ("ف", "ك"),
}


def link_strip(word: str) -> str:
    for head in _VERB_PREFIXES:
        if word.startswith(head) and len(word) > 3:
            word = word[1:]
            break
    if word[:1] in _PREPOSITION_CLITICS and len(word) > 3:
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def link_cue_in(cue: set[str], w: str) -> bool:
    return w in cue or (w[:1] in _CLITICS and (w[1:] in cue or (
        w[1:2] in _CLITICS and w[2:] in cue)))


def link_is_act_heads(word: str) -> set[str]:
    return {word[len(h):] for h in ("", *_VERB_PREFIXES) if word.startswith(h)}


def time_stripped(form: str, known: set[str]) -> tuple[str, int, str] | None:
    found = []
    for written, pieces in ROWS.items():
        if written != ARTICLE:
            found.append((written, sum(len(p) for p in pieces if p != ARTICLE),
                          ARTICLE in pieces))
    for written, skip, has_article in sorted(found, key=lambda p: -len(p[0])):
        rest = form[len(written):]
        if not form.startswith(written) or len(rest) < 2:
            continue
        candidate = ARTICLE + rest if has_article else rest
        if candidate in known:
            return candidate, skip, form[:skip]
    return None


# --- the functions that replace them ---

def test_the_table_reads_with_kinds_in_writing_order():
    rows = {c.form: c for c in clitics.table()}
    assert {f: c.parts for f, c in rows.items()} == ROWS
    assert rows["لل"].kinds == ("preposition", "article") and rows["لل"].widths == (1, 1)
    assert [len(c.form) for c in clitics.table()] == sorted(
        (len(c.form) for c in clitics.table()), reverse=True)


def test_forms_are_the_gazetteer_and_linker_sets():
    assert clitics.forms(CONJ_PREP) == {w for w, p in ROWS.items() if ARTICLE not in p}
    assert clitics.forms(CONJ_PREP, names=True) == BARE
    assert clitics.forms({"conjunction"}) == set(_VERB_PREFIXES)
    assert clitics.forms({"preposition"}) == _PREPOSITION_CLITICS
    assert {f for f in clitics.forms(CONJ_PREP) if len(f) == 1} == _CLITICS


@pytest.mark.parametrize("word,expected", [
    ("وبالمدينة", "مدينة"), ("للنظام", "لنظام"), ("والريف", "ريف"), ("وقال", "قال"),
    ("بلد", "بلد"), ("الاسد", "اسد"), ("البر", "البر"), ("ولد", "ولد"),
])
def test_strip_takes_one_of_each_kind_while_three_letters_are_left(word, expected):
    assert clitics.strip(word, clitics.KINDS) == expected


@given(WORDS)
def test_strip_is_the_linkers_strip(word):
    assert clitics.strip(word, clitics.KINDS, min_rest=3) == link_strip(word)


@given(WORDS, st.sets(WORDS, max_size=4))
def test_peel_twice_is_the_linkers_cue_in(word, cue):
    assert any(w in cue for w in clitics.peel(word, CONJ_PREP, most=2)) == link_cue_in(cue, word)


@given(WORDS)
def test_peel_once_is_the_linkers_verb_heads(word):
    assert set(clitics.peel(word, {"conjunction"})) == link_is_act_heads(word)


@given(WORDS, st.sets(WORDS, max_size=6))
def test_readings_dropping_conjunctions_and_prepositions_is_the_time_scanners(word, known):
    found = None
    for r in clitics.readings(word):
        candidate, skip = r.dropping(CONJ_PREP)
        if skip and candidate in known:
            found = candidate, skip, word[:skip]
            break
    assert found == time_stripped(word, known)


def test_readings_longest_first_keep_two_letters():
    assert [r.clitic.form for r in clitics.readings("وبالمطار")] == ["وبال", "وب", "و"]
    assert [r.rest for r in clitics.readings("بال")] == ["ال"]
    assert clitics.readings("وللاسبوع")[0].dropping(CONJ_PREP) == ("الاسبوع", 2)


@given(WORDS, st.sampled_from(["الاسبوع", "امس", "الاحد", "يوم"]))
def test_glued_is_the_time_scanners_known_forms(prefix, word):
    known = {word}
    for written, parts in ROWS.items():
        if written == ARTICLE:
            continue
        if ARTICLE in parts:
            if word.startswith(ARTICLE):
                known.add(written + word[2:])
        else:
            known.add(written + word)
    assert {word, *clitics.glued(word, CONJ_PREP)} == known


CUE_BEFORE = re.compile(r"(?<!\w)(?:[وف]?(?:[بك](?=ال))?((?:ال|لل)نظام)|[وف]?(قوات))(?!\w)")


@given(st.text(alphabet=st.sampled_from(list("وفبلكا نظمقت")), max_size=14))
def test_pattern_is_the_entities_cue_prefix(text):
    ours = re.compile(rf"(?<!\w)(?:{clitics.pattern(CONJ_PREP, article=True)}((?:ال|لل)نظام)"
                      rf"|{clitics.pattern({'conjunction'})}(قوات))(?!\w)")
    text = text.replace("ا", "ال")
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in CUE_BEFORE.finditer(text)]
    for m in ours.finditer(text):
        assert m.groups() == CUE_BEFORE.match(text, m.start()).groups()


def test_pattern_for_conjunctions_takes_fa_as_well_as_wa():
    # anaphora's «و?(هذا|هذه)» takes و only; the table's conjunctions add «فهذا الأخير»
    assert re.fullmatch(clitics.pattern({"conjunction"}) + "هذا", "فهذا")
