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
from rasd.entities import kinds, new, variants
from rasd.entities.candidate import Candidate
from rasd.entities.cues import cues, words
from rasd.entities.kb import KB
from rasd.entities.taken import Taken


@cache
def _english() -> re.Pattern[str]:
    """"the town of X" or "the X district": an English place word and a capitalised
    name of up to three words (with the articles of a transliteration: "Ras al-Ain")."""
    cue = "|".join(re.escape(w) for w in sorted(words("place_cue")) if w.isascii())
    article = "|".join(re.escape(w) for w in sorted(variants.latin_articles()))
    word = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
    name = rf"{word}(?:\s+(?:(?:{article})-)?{word}){{0,2}}"
    return re.compile(rf"\b(?:{cue}) of (?P<name>{name})|\bthe (?P<before>{name}) (?:{cue})\b")


@cache
def _arabic() -> re.Pattern[str]:
    cue = "|".join(sorted((re.escape(w) for w in words("place_cue") if not w.isascii()),
                          key=len, reverse=True))
    glued = "|".join(re.escape(p) for p in sorted(clitics.forms(("conjunction", "preposition")),
                                                   key=len, reverse=True) if p)
    return re.compile(rf"(?<!\w)(?:{glued})?(?P<cue>{cue}) (?P<first>[^\W\d_]+)"
                      rf"(?:(?= (?P<second>[^\W\d_]+)))?")


def named(text: TextView, taken: list[tuple[int, int]], read: list[tuple[int, int, str]],
          kb: KB, spelt: variants.Variants, country: str | None) -> list[Candidate]:
    """The places named after a place word, outside ``taken`` (folded offsets); ``read``
    is the NER model's names, (start, end, label) in folded offsets."""
    free = Taken(taken)
    by_model = Taken((s, e) for s, e, _ in read)
    out = []
    for start, end in [*_arabic_names(text.normal, by_model), *_english_names(text)]:
        if free.overlaps(start, end):
            continue
        surface = text.original_span(start, end).text
        found = variants.lookup(spelt, kb, surface, kinds.places(), country)
        entity = kb[found.entity].entity() if found else new.entity(surface, "LOC")
        if entity is not None:
            out.append(Candidate(start, end, entity))
    return out


def _arabic_names(normal: str, by_model: Taken) -> list[tuple[int, int]]:
    out = []
    for m in _arabic().finditer(normal):
        first, second = m.group("first"), m.group("second") or ""
        if _no_name(first, m.group("cue")):
            continue
        if second and (first in words("place_head") or second in words("place_tail")):
            end = m.end("second")
        else:
            end = m.end("first")
        start = m.start("first")
        cue = _strength().get(m.group("cue"), "")
        if by_model.overlaps(start, m.end("first")) or (cue != "model" and (
                first.startswith(clitics.ARTICLE) or first in words("place_head")
                or cue == "bare")):
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


def _english_names(text: TextView) -> list[tuple[int, int]]:
    out = []
    for m in _english().finditer(text.original):
        group = "name" if m.group("name") else "before"
        out.append((text.normal_offset(m.start(group)), text.normal_offset(m.end(group))))
    return out
