"""Find the knowledge base's names in a text with one Aho-Corasick pass.

Names are folded like the text (``rasd.arabic.fold``), so «الاسد» finds «الأسد»
and «دير الزور» finds «ديرالزور» only if written so in the KB. A match must start
at a word start or right after proclitics (و ف ب ل ك and the article: «بالرقة»,
«وداعش», «للنظام») and end at a word end; the longest match wins where matches
overlap. Acronyms (IS, UN, SDF) match only as written, in capitals, and an English
name the KB writes capitalised ("Hit", "Tell Abyad") only capitalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from rasd.arabic import TextView, fold
from rasd.arabic.clitics import ARTICLE, forms
from rasd.entities import descriptions, variants
from rasd.entities.cues import cues
from rasd.entities.kb import KB, acronym

_SPACES = re.compile(r"\s+")
_GLUED = ("conjunction", "preposition")  # the proclitics a name may carry


@dataclass(frozen=True, slots=True)
class Match:
    """A KB name found in the text: folded offsets and the entities it may name.

    ``weak`` names are common words too («الأسد», «المرصد», "Assad"): the stage keeps
    them only between quotes, capitalised in English, or for an entity the document
    also names in full.
    """

    start: int
    end: int
    candidates: tuple[str, ...]
    weak: bool = False
    quoted: bool = False
    capitalised: bool = False
    form: str = ""  # the folded KB form matched
    variant: bool = False  # a spelling of a KB form (``variants.spellings``), not the form


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The automaton and the forms that must be matched as written (acronyms)."""

    automaton: ahocorasick.Automaton
    acronyms: frozenset[str]
    weak: frozenset[str]  # common words too («القاعدة»): names only in context (see Match)
    proper: frozenset[str] = frozenset()  # English forms the KB only writes capitalised
    variants: frozenset[str] = frozenset()  # spellings of KB forms that are no KB form
    described: frozenset[str] = frozenset()  # descriptions of an actor («القوات العراقية»)


@lru_cache(maxsize=1 << 14)  # a pure function of short strings, asked again and again
def key(form: str) -> str:
    """How a name is looked up: folded, with single spaces."""
    return _SPACES.sub(" ", fold(form)).strip()


def build(kb: KB) -> Gazetteer:
    """An automaton over every name and alias of the KB, weak ones marked as such."""
    forms: dict[str, set[str]] = {}
    acronyms = set()
    lower = set()  # English forms the KB also writes in lower case ("regime forces")
    strong = {(key(f), e) for f, e in kb.aliases(weak=False)}
    weak = set()
    for form, entity_id in kb.aliases(weak=True):
        k = key(form)
        if (k, entity_id) not in strong:
            weak.add(k)
        if len(k) < 2:
            continue
        for variant in _case_forms(k):
            forms.setdefault(variant, set()).add(entity_id)
        if acronym(form):
            acronyms.add(k)
        if form.isascii() and not form[:1].isupper():
            lower.add(k)
        if k.startswith(ARTICLE) and len(k) > 3:  # «للرقة»: ل + الرقة loses the article's alef
            forms.setdefault("\0" + k[1:], set()).add(entity_id)
    described = {}
    for form, entity_id in descriptions.forms(kb):
        if key(form) not in forms:
            described.setdefault(key(form), set()).add(entity_id)
            if form.isascii() and not form[:1].isupper():
                lower.add(key(form))
    forms.update(described)
    spelt = _spellings(kb, forms)
    forms.update(spelt)
    for k in [*described, *spelt]:
        if k.startswith(ARTICLE) and len(k) > 3:  # «للقوات اليمنية» as «للرقة» above
            forms.setdefault("\0" + k[1:], set()).update(forms[k])
    automaton = ahocorasick.Automaton()
    for k, ids in forms.items():
        automaton.add_word(k.lstrip("\0"), (k, tuple(sorted(ids))))
    automaton.make_automaton()
    proper = {k for k in forms if k.isascii() and k[:1].isalpha()} - lower
    return Gazetteer(automaton, frozenset(acronyms), frozenset(weak - {k for k, _ in strong}),
                     frozenset(proper), frozenset(spelt), frozenset(described))


def _spellings(kb: KB, forms: dict[str, set[str]]) -> dict[str, set[str]]:
    """The other spellings of the KB's strong, undated forms that are no KB form
    themselves («بشارالأسد», «صواريخ الكاتيوشا»), with the entities they name."""
    spelt: dict[str, set[str]] = {}
    for form, entity_id in kb.aliases(weak=False):
        if kb.dated(form, entity_id):
            continue
        for other in variants.spellings(form, kb[entity_id].type):
            if other not in forms:
                spelt.setdefault(other, set()).add(entity_id)
    return spelt


def _case_forms(k: str) -> list[str]:
    """A folded name and its forms in the other cases where its first word changes with
    case (``case_form`` cues: «ابو بكر» is also «ابي بكر», «ابا بكر»)."""
    first, space, rest = k.partition(" ")
    others = _cases().get(first, ()) if space else ()
    return [k, *(f"{other} {rest}" for other in others)]


@cache
def _cases() -> dict[str, tuple[str, ...]]:
    return {fold(form): tuple(fold(w) for w in note.split())
            for form, note in cues().get("case_form", {}).items()}




def lookup(gazetteer: Gazetteer, form: str) -> tuple[str, ...]:
    """The entities a whole form names, weak forms included (for names NER found)."""
    found = gazetteer.automaton.get(key(form), None)
    return found[1] if found else ()


def find(text: TextView, gazetteer: Gazetteer) -> list[Match]:
    """Every KB name in the text at word bounds, overlapping ones included."""
    normal = text.normal
    # what may stand before a name written with its article («وبالرقة»), and before one
    # without it («بحلب»): the clitics table says which
    clitics = forms(_GLUED)
    bare = forms(_GLUED, names=True)
    found: list[Match] = []
    for end, (k, ids) in gazetteer.automaton.iter(normal):
        form = k.lstrip("\0")
        start, stop = end - len(form) + 1, end + 1
        if stop < len(normal) and normal[stop].isalnum() and not (
                form.isascii() and normal[stop] == "s"
                and (stop + 1 == len(normal) or not normal[stop + 1].isalnum())):
            continue  # inside a word; but "Turkeys", "F-16s" are the name
        head = start
        while head > 0 and normal[head - 1].isalnum():
            head -= 1
        before = normal[head:start]
        if k.startswith("\0"):  # «للرقة»: only after a lam that carries the article
            if not before.endswith("ل") or (before[:-1] and before[:-1] not in clitics):
                continue
            start -= 1  # the mention is the fused «للرقة»: the article cannot be cut out
        elif before and before not in (clitics if form.startswith(ARTICLE) else bare):
            continue  # «التركية» is not «تركية», «فرقه» is not «رقه»
        kb_form = "ا" + form if k.startswith("\0") else form  # «للرقة»: the KB's «الرقة»
        weak = kb_form in gazetteer.weak
        quoted = normal[start - 1:start] == '"' and normal[stop:stop + 1] == '"'
        capitalised = False
        if form in gazetteer.acronyms or form in gazetteer.proper or (weak and form.isascii()):
            written = text.original_span(start, stop).text
            capitalised = written[:1].isupper()
            if form in gazetteer.acronyms and not written.isupper():
                continue
            if form in gazetteer.proper and not capitalised:
                continue  # "hit" is no town, "Hit" may be
        found.append(Match(start, stop, ids, weak, quoted, capitalised, kb_form,
                           kb_form in gazetteer.variants))
    return found


def longest(matches: list[Match]) -> list[Match]:
    """The matches that do not overlap a longer one (nor an earlier one as long), in text
    order.

    Longest first, each kept match marks the characters it covers; a later match is
    kept when none of its own characters is marked. That is one look per character of
    a match, where asking every kept match grew with the square of the matches (a
    5 MB document took minutes).
    """
    covered = bytearray(max((m.end for m in matches), default=0))
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if covered.find(1, m.start, m.end) < 0:
            covered[m.start:m.end] = b"\1" * (m.end - m.start)
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)
