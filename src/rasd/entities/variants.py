"""Names that miss the knowledge base by their spelling only, and the KB entity they name.

Reporting spells one name many ways: a long vowel comes and goes («كيليس» / «كلس»,
«فيديريكا» / «فدريكا»), a letter is doubled or not, the article is written or
left out, a space is dropped («بشارالأسد», «عبدالعزيز»), and English adds Latin
diacritics or transliterates a vowel otherwise ("Kobanî", "Maaret" / "Maarat").

Two ways in, both exact-first:

- ``spellings`` writes the variants of a KB form that are whole other forms (the
  space dropped or added, the article before a later word, an optional adjective
  such as «الجوية» left off: ``variant`` cues); the gazetteer matches them with the
  KB's own names, in the same single pass, marked as variants.
- ``Variants`` indexes every strong KB form by its ``skeleton`` (the folded form
  without diacritics, articles, long vowels, doubled letters and spaces). A name the
  KB lacks (one the NER model read, one after a place word, a capitalised run of
  English) is looked up by its skeleton; each KB form found is scored by how alike
  the two ``light`` forms are (``score``), and the name links only when the best
  score reaches ``THRESHOLD`` and the entity's type fits and its country is the
  document's. The threshold was measured on the held-out dev set and the first
  gold set (docs/entities.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

from rasd.arabic import fold
from rasd.arabic.clitics import ARTICLE
from rasd.entities.cues import words
from rasd.entities.kb import KB

# The least likeness of two light forms for a name to link by its skeleton, measured
# on the held-out dev set and the first gold set (docs/entities.md, "Variants").
THRESHOLD = 0.9
# Skeletons shorter than this say too little to match on; the light forms must then
# be equal (a Latin diacritic only: "Hīt" is "Hit").
_SHORT = 4
_LONG = 40  # a longer span is no name to look up
_WORDS = re.compile(r"[^\W_]+")
_MARKED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_AR_VOWELS = str.maketrans("", "", "اويىء")
_EN_VOWELS = str.maketrans({"a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "h": "",
                            "q": "k", "w": ""})
_DOUBLED = re.compile(r"(.)\1+")


def light(form: str) -> str:
    """A form folded, without diacritics (Latin too), case, spaces and punctuation:
    what two spellings of one name are compared on."""
    return "".join(_words(form))


def _words(form: str) -> list[str]:
    plain = fold(form)
    if _MARKED.search(plain):  # Latin letters with diacritics: "Kobanî" is "Kobani"
        plain = unicodedata.normalize("NFKD", plain)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
    return _WORDS.findall(plain.lower())


@lru_cache(maxsize=1 << 15)
def skeleton(form: str) -> str:
    """The letters of a name that spelling keeps: its words without the article
    («ال», "al-", "el-", "ez-"), long vowels and hamza after the first letter (vowels
    and h in Latin script), doubled letters once, no spaces. «كيليس» and «كلس» are
    «كلس»; "Maaret al-Numan" and "Maarat an-Numan" are "mrtnmn"."""
    out = []
    for word in _words(form):
        if word.isascii():
            if word in latin_articles():
                continue
            rest = word[1:].translate(_EN_VOWELS)
        else:
            if word.startswith(ARTICLE) and len(word) > 3:
                word = word[2:]
            rest = word[1:].translate(_AR_VOWELS)
        out.append(word[0] + rest)
    return _DOUBLED.sub(r"\1", "".join(out))


@cache
def latin_articles() -> frozenset[str]:
    """The articles and particles inside transliterated names ("al", "ez"): cues."""
    return words("latin_article")


def score(a: str, b: str) -> float:
    """How alike two spellings are, 0 to 1: the share of their light forms' letters
    that line up (difflib's ratio)."""
    x, y = light(a), light(b)
    if x == y:
        return 1.0
    return SequenceMatcher(None, x, y, autojunk=False).ratio()


@dataclass(frozen=True, slots=True)
class Variants:
    """Strong KB forms by skeleton: skeleton -> ((form, entity ids), ...)."""

    index: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]


def build(kb: KB) -> Variants:
    """The skeleton index of the KB's strong forms (weak ones are common words too:
    a word spelt like one would be a guess)."""
    by_form: dict[str, set[str]] = {}
    for form, entity_id in kb.aliases(weak=False):
        if not kb.entities[entity_id].periods or not kb.dated(form, entity_id):
            by_form.setdefault(form, set()).add(entity_id)
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for form, ids in by_form.items():
        k = skeleton(form)
        if k:
            index.setdefault(k, []).append((form, tuple(sorted(ids))))
    return Variants({k: tuple(v) for k, v in index.items()})


@dataclass(frozen=True, slots=True)
class Found:
    """A KB entity a name is a variant of, the KB form it matched and the score."""

    entity: str
    form: str
    score: float


def lookup(variants: Variants, kb: KB, surface: str, types: Collection[str],
           country: str | None) -> Found | None:
    """The KB entity ``surface`` is a spelling of: among the KB forms with its skeleton,
    the entities of one of ``types`` in the document's ``country`` (or of none), the
    best scored; None below ``THRESHOLD`` or where two entities tie."""
    if len(surface) > _LONG:
        return None
    k = skeleton(surface)
    scored: dict[str, Found] = {}
    for form, ids in variants.index.get(k, ()):
        fitting = [e for e in ids if kb[e].type in types and not (
            country and kb[e].country and kb[e].country != country)]
        if not fitting:
            continue
        s = score(surface, form)
        if len(k) < _SHORT and s < 1.0:
            continue
        for entity_id in fitting:
            if entity_id not in scored or s > scored[entity_id].score:
                scored[entity_id] = Found(entity_id, form, s)
    ranked = sorted(scored.values(), key=lambda f: -f.score)
    if not ranked or ranked[0].score < THRESHOLD:
        return None
    if len(ranked) > 1 and ranked[1].score == ranked[0].score:
        return None  # two entities spelt alike: no way to tell which
    return ranked[0]


def spellings(form: str, kind: str) -> Iterator[str]:
    """The other whole forms a KB form is written in (folded): the space after «عبد»,
    «أبو» or before an article dropped («بشارالأسد», «عبدالعزيز»), a dropped space
    put back, the article before the last word of a name of no person («صواريخ
    الكاتيوشا»), and a trailing ``variant`` adjective left off («قاعدة حميميم
    الجوية» is also «قاعدة حميميم»)."""
    k = " ".join(fold(form).split())
    if form.isascii() or len(k) < 4:
        return
    parts = k.split(" ")
    for i in range(1, len(parts)):
        if (parts[i].startswith(ARTICLE) and not parts[i - 1].startswith(ARTICLE)) \
                or parts[i - 1] in _joining():
            yield " ".join([*parts[:i - 1], parts[i - 1] + parts[i], *parts[i + 1:]])
    for head in _joining():
        if len(parts) == 1 and k.startswith(head) and len(k) > len(head) + 2:
            yield f"{head} {k[len(head):]}"
    if kind != "PERSON" and len(parts) > 1 and not parts[-1].startswith(ARTICLE):
        yield " ".join([*parts[:-1], ARTICLE + parts[-1]])
    if len(parts) > 2 and parts[-1] in _optional():
        yield " ".join(parts[:-1])


@cache
def _joining() -> frozenset[str]:
    return words("joined_head")


@cache
def _optional() -> frozenset[str]:
    return words("optional_adjective")
