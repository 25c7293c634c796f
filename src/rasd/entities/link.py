"""Choose the entity a name stands for when the knowledge base offers several.

The rules use the words just before a name and what the rest of the document
is about: «محافظة الرقة» / «ريف الرقة» is the governorate, «مدينة الرقة» the
city, a bare «الرقة» the city; a short name that fits several entities goes to
the one in the document's country of focus. «النظام» and «السلطة» alone stand
for the government of that country, «القوات النظامية» for its armed forces. A
capital stands for its government where it acts («موسكو انتقدت», «فرضت
واشنطن») or is a party to relations («علاقاتها مع دمشق»), never after a
preposition («في دمشق قال …»). The word lists are data (``cues.tsv``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

from rasd.arabic import fold
from rasd.entities import kinds
from rasd.entities.kb import KB, KBEntity


@cache
def cues() -> dict[str, dict[str, str]]:
    """Context words by kind (``admin``, ``town``, ``government``) from data/entities/cues.tsv."""
    text = resources.files("rasd.data.entities").joinpath("cues.tsv").read_text("utf-8")
    table: dict[str, dict[str, str]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2:
            raise ValueError(f"data/entities/cues.tsv line {lineno}: expected kind<TAB>form")
        table.setdefault(cells[0], {})[cells[1]] = cells[2] if len(cells) > 2 else ""
    return table


@cache
def words(kind: str) -> frozenset[str]:
    """The folded forms of one kind of cue."""
    return frozenset(fold(f) for f in cues().get(kind, {}))


# Proclitics that may be glued to a verb or a noun (وقالت, فأعلنت, وبالتنسيق) and
# pronoun suffixes of a verb (تقوده, تدعمها).
_VERB_PREFIXES = ("و", "ف")
_PRONOUNS = ("هما", "هم", "ها", "ه")
_PREPOSITION_CLITICS = frozenset("بلك")
_CLITICS = frozenset("وفبلك")


def word_before(normal: str, start: int) -> tuple[str, int]:
    """The word that ends before ``start`` (skipping spaces only) and where it starts."""
    end = start
    while end > 0 and normal[end - 1] == " ":
        end -= 1
    if end == start and start > 0 and normal[start - 1].isalnum():
        return "", start  # glued to what comes before: proclitics, not a word
    begin = end
    while begin > 0 and normal[begin - 1].isalnum():
        begin -= 1
    return normal[begin:end], begin


def word_after(normal: str, end: int) -> str:
    """The word that starts after ``end`` (skipping spaces only)."""
    begin = end
    while begin < len(normal) and normal[begin] == " ":
        begin += 1
    if begin == end:
        return ""
    stop = begin
    while stop < len(normal) and (normal[stop].isalnum() or normal[stop] == "-"):
        stop += 1
    return normal[begin:stop]


def is_act(word: str, pronouns: bool = True) -> bool:
    """Whether a folded word is a verb of the ``acts`` cues, with و/ف before it and, if
    ``pronouns``, a pronoun after it allowed."""
    acts = words("acts")
    for head in ("", *_VERB_PREFIXES):
        if not word.startswith(head):
            continue
        bare = word[len(head):]
        if bare in acts or (pronouns and any(bare.endswith(p) and bare[:-len(p)] in acts
                                             for p in _PRONOUNS)):
            return True
    return False


def cue_before(normal: str, start: int, kind: str) -> bool:
    """Whether the word before ``start`` (و/ف and ب/ل allowed on it) is a cue of ``kind``."""
    head = start
    while head > 0 and normal[head - 1].isalnum():
        head -= 1
    before, _ = word_before(normal, head)
    return _cue_in(kind, [before])


def cue_after(normal: str, end: int, kind: str) -> bool:
    """Whether the word after ``end`` is a cue of ``kind``."""
    return word_after(normal, end) in words(kind)


def after_preposition(normal: str, start: int) -> bool:
    """Whether a name at ``start`` is the object of a preposition (بدمشق, في دمشق)."""
    head = start
    while head > 0 and normal[head - 1].isalnum():
        head -= 1
    if _PREPOSITION_CLITICS.intersection(normal[head:start]):
        return True
    before, _ = word_before(normal, head)
    prepositions = words("preposition")
    return before in prepositions or (before[:1] in _VERB_PREFIXES and before[1:] in prepositions)


def acts(normal: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the subject of an ``acts`` verb next to it:
    «المرصد قال», «وقال المرصد», «توسطت فيه موسكو»; in English only a verb after it
    ("Moscow said": in "accused Moscow" Moscow is the object)."""
    if after_preposition(normal, start):
        # «بين موسكو وواشنطن» reads as a preposition's object; «قالت دمشق» does not
        return False
    if is_act(word_after(normal, end)):
        return True
    if normal[start:end].isascii():
        return False
    before, at = word_before(normal, start)
    if before in {"فيه", "فيها", "عليه", "عليها", "به", "بها"}:  # «توسطت فيه موسكو»
        before, _ = word_before(normal, at)
    return is_act(before)


def in_relations(normal: str, start: int) -> bool:
    """Whether a name after مع / بين / with / between has a word of diplomacy in the
    five words before («علاقاتها الدبلوماسية مع دمشق»)."""
    head = start
    while head > 0 and normal[head - 1].isalnum():
        head -= 1
    before, at = word_before(normal, head)
    if before not in {"مع", "بين", "with", "between"}:
        return False
    window = normal[max(0, at - 60):at].split()[-5:]
    stems = words("diplomacy")
    return any(_strip(w).startswith(stem) for w in window for stem in stems)


def _strip(word: str) -> str:
    """A folded word without و/ف, ب/ل and the article."""
    for head in _VERB_PREFIXES:
        if word.startswith(head) and len(word) > 3:
            word = word[1:]
            break
    if word[:1] in _PREPOSITION_CLITICS and len(word) > 3:
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def focus(kb: KB, linked: Iterable[str]) -> str | None:
    """The country a document is mostly about: the commonest country of its linked
    names. Organisations vote only where nothing else does: a monitor or a paper
    based abroad («المرصد السوري» in London) says little of where the story is."""
    linked = [e for e in linked if e in kb]
    counts = Counter(c for c in (_country(kb, e) for e in linked
                                 if kb[e].type in kinds.focus_types()) if c)
    counts = counts or Counter(c for c in (_country(kb, e) for e in linked) if c)
    return counts.most_common(1)[0][0] if counts else None


def _country(kb: KB, entity_id: str) -> str | None:
    entity = kb.get(entity_id)
    return entity.country if entity else None


def choose(kb: KB, candidates: tuple[str, ...], before: str, country: str | None,
           after: str = "") -> str | None:
    """One entity out of the candidates, from the folded words just before the name
    (and, for English, the word after: "Idlib province"); None where a place word
    stands before a name that is no place («ناحية البغدادي» is not al-Baghdadi)."""
    admin_before = _cue_in("admin", before.split()[-2:])
    admin_after = word_after(after, 0) in words("admin_after")
    place_before = admin_before or _cue_in("town", before.split()[-1:])
    if place_before and all(kb[c].type not in kinds.places() for c in candidates):
        return None
    if admin_before or admin_after:
        admin = [c for c in candidates if kb[c].level]
        admin += [a for c in candidates if not kb[c].level for a in _namesake(kb, c)]
        if admin:
            return min(admin, key=lambda c: kinds.levels().index(kb[c].level or ""))
    if len(candidates) == 1:
        return candidates[0]
    ranked = sorted(candidates, key=lambda c: _rank(kb, c, country))
    return ranked[0]


def _cue_in(kind: str, folded: list[str]) -> bool:
    """Whether one of the words is a cue of ``kind``, with proclitics or not («لناحية»)."""
    cue = words(kind)
    return any(w in cue or (w[:1] in _CLITICS and (w[1:] in cue or (
        w[1:2] in _CLITICS and w[2:] in cue))) for w in folded)


def only_place_words(folded: str) -> bool:
    """Whether a folded phrase is nothing but words for a kind of place («المدينة»,
    «الريف», «محافظة»): what the NER model sometimes takes for a name."""
    kinds = words("admin") | words("town")
    found = [_strip(w) for w in folded.split()]
    return bool(found) and all(w in kinds or "ال" + w in kinds or w + "ه" in kinds
                               for w in found)


def _namesake(kb: KB, entity_id: str) -> list[str]:
    """The administrative units above a town that share one of its names (the
    governorate of Idlib above the city of Idlib, also spelt "Idleb")."""
    own = {fold(n) for n in kb[entity_id].names()}
    return [a for a in kb.ancestors(entity_id) if kb[a].level
            and own.intersection(fold(n) for n in kb[a].names())]


def _rank(kb: KB, entity_id: str, country: str | None) -> tuple:
    entity = kb[entity_id]
    return (entity.country != country if country else False,
            kinds.order(entity.type), entity.level is not None, entity.seat_of is None,
            entity_id)


def government_of(kb: KB, country: str | None) -> str | None:
    """The government entity of a country code: its state's ``government``, if any."""
    return _remembered(kb, _government_of, country)


def forces_of(kb: KB, country: str | None) -> str | None:
    """The armed forces of a country code: its state's ``forces`` (its top military
    unit), if any."""
    return _remembered(kb, _forces_of, country)


def is_government(kb: KB, entity_id: str) -> bool:
    """Whether an entity is the government of a state (not a ministry or a body)."""
    key = (is_government, None)
    if key not in kb.memo:
        kb.memo[key] = frozenset(s.government for s in kb.of_type("STATE") if s.government)
    return entity_id in kb.memo[key]  # type: ignore[operator]


def _remembered(kb: KB, work: Callable[[KB, str], str | None], country: str | None,
                ) -> str | None:
    """``work(kb, country)``, worked out once per KB and country."""
    if country is None:
        return None
    key = (work, country)
    if key not in kb.memo:
        kb.memo[key] = work(kb, country)
    return kb.memo[key]  # type: ignore[return-value]


def _state(kb: KB, country: str) -> KBEntity | None:
    """The state of a country code (the KB has one per country)."""
    return next((s for s in kb.of_type("STATE") if s.country == country), None)


def _government_of(kb: KB, country: str) -> str | None:
    state = _state(kb, country)
    return state.government if state else None


def _forces_of(kb: KB, country: str) -> str | None:
    state = _state(kb, country)
    return state.forces if state else None
