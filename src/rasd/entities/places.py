"""Places the KB lacks, named through a place word: «حي الشعار», «بلدة سرمدا», «مخيم
اليرموك للاجئين», «قرية دير حافر», "the town of Sarmada".

A place word (``place_cue`` cues: حي، بلدة، قرية، مخيم، منطقة, "town of") says the
name after it is a place's. The name is one word, two where the first is the head
of a compound name («دير», «تل», «كفر», «باب»: ``place_head`` cues) or the second a
part such as «الشرقية» (``place_tail``). A word after an indefinite place word that
agrees with it as an adjective is no name («منطقة عسكرية», «حي سكني»; with the
``not_place_name`` cues), and a word without the article counts only after a place word
that names nothing but places («بلدة سرمدا», «حي»: noted ``bare``), where the NER
model also read a name there, or where it heads a compound («منطقة اشتباكات» is no
place); after a word that is not only a place word («منطقة اليورو», «قضاء فترة»:
noted ``model``) only the NER model's names count. A name that is a spelling of a KB place
links to it (``variants``); any other is a place of its own, with the id the NER's
new places get (``new.entity``), the same in every document.
"""

from __future__ import annotations

import re
from functools import cache

from rasd.arabic import TextView, clitics, fold
from rasd.entities import cuewords, kinds, new, variants
from rasd.entities.candidate import Candidate
from rasd.entities.cues import cues, words
from rasd.entities.kb import KB
from rasd.entities.taken import Taken


@cache
def _english_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """" of X" after a place word and "the X " before one, X a capitalised name of up
    to three words with the articles of a transliteration (``latin_article`` cues)."""
    word = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
    articles = "|".join(re.escape(a) for a in sorted(variants.latin_articles()))
    place = rf"{word}(?:\s+(?:(?:{articles})-)?{word}){{0,2}}"
    return re.compile(rf" of (?P<name>{place})"), re.compile(rf"\bthe (?P<name>{place}) $")


_NAME = re.compile(r" (?P<first>[^\W\d_]+)(?:(?= (?P<second>[^\W\d_]+)))?")


def named(text: TextView, taken: list[tuple[int, int]], read: list[tuple[int, int, str]],
          kb: KB, spelt: variants.Variants, country: str | None, hits: cuewords.Hits,
          english: bool = True) -> list[Candidate]:
    """The places named after a place word, outside ``taken`` (folded offsets); ``read``
    is the NER model's names, (start, end, label) in folded offsets; ``hits`` the text's
    cue words (``cuewords.scan``); ``english``: read English place words too (in
    English text)."""
    free = Taken(taken)
    by_model = Taken((s, e) for s, e, _ in read)
    out = []
    spans = _arabic_names(text.normal, by_model, hits["place_cue"]) + (
        _english_names(text, hits["place_cue"]) if english else [])
    for start, end in spans:
        if free.overlaps(start, end):
            continue
        surface = text.original_span(start, end).text
        found = variants.lookup(spelt, kb, surface, kinds.places(), country)
        entity = kb[found.entity].entity() if found else new.entity(surface, "LOC")
        if entity is not None:
            out.append(Candidate(start, end, entity))
    return out


def _arabic_names(normal: str, by_model: Taken, cues: list[tuple[int, int]],
                  ) -> list[tuple[int, int]]:
    out = []
    for cue_start, cue_end in cues:
        if normal[cue_start:cue_end].isascii():
            continue
        m = _NAME.match(normal, cue_end)
        if not m:
            continue
        cue = normal[cue_start:cue_end]
        first, second = m.group("first"), m.group("second") or ""
        if _no_name(first, cue):
            continue
        if second and (first in words("place_head") or second in words("place_tail")):
            end = m.end("second")
        else:
            end = m.end("first")
        start = m.start("first")
        strength = _strength().get(cue, "")
        if by_model.overlaps(start, m.end("first")) or (strength != "model" and (
                first.startswith(clitics.ARTICLE) or first in words("place_head")
                or strength == "bare")):
            out.append((start, end))
    return out


@cache
def _strength() -> dict[str, str]:
    """What a place word's name needs, by its folded form (the ``place_cue`` rows'
    note): ``bare``, nothing («بلدة سرمدا»); ``model``, the NER model's reading
    («منطقة اليورو», «قضاء فترة» are no places); else the article or a compound's head."""
    return {fold(f): note or "" for f, note in cues()["place_cue"].items()}


def _no_name(word: str, cue: str) -> bool:
    """Whether the word after a place word is none of a place's name: a cue or stop
    word, or an adjective agreeing with an indefinite place word («منطقة عسكرية»,
    «حي سكني»)."""
    if len(word) < 2 or word in words("not_place_name") or word in words("place_cue") \
            or word in words("preposition"):
        return True
    if word.startswith(clitics.ARTICLE):
        return False
    feminine = cue.endswith("ه")
    return word.endswith("يه") if feminine else word.endswith("ي")


def _english_names(text: TextView, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"the town of X" or "the X district": an English place word (found folded, in
    one pass) and a capitalised name of up to three words, with the articles of a
    transliteration ("Ras al-Ain")."""
    of_name, the_name = _english_patterns()
    original = text.original
    out = []
    for start, end in cues:
        if not text.normal[start:end].isascii():
            continue
        o_start, o_end = text.original_offset(start), text.original_offset(end - 1) + 1
        m = of_name.match(original, o_end) or the_name.search(
            original, max(0, o_start - 80), o_start)
        if m:
            out.append((text.normal_offset(m.start("name")), text.normal_offset(m.end("name"))))
    return out
