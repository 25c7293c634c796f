"""The entities layer's mentions as the events stage reads them: actors and places, on
the scanned tokens, with the preposition before each.

Which entity types act and which are places is the entities' ``types.tsv`` (its
``actor`` and ``place`` columns), read here as data, not from the entities stage: a
STATE is both, read as a place after a place preposition («في سوريا») and as an
actor elsewhere. The word before a mention says how it stands to a trigger: a
target («على», «ضد», on), the doer of a passive («من قبل», by), a place («في»,
in), a speaker («بحسب»); an Arabic proclitic glued to the name counts the same
(«بحلب» place, «للنظام» target).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from rasd import tables
from rasd.arabic import TextLayer
from rasd.events.scan import Scanned
from rasd.model import Mention

# What a proclitic letter glued to a name says, as the cue kinds of the same words.
_GLUED = {"ب": "place", "ل": "target"}
_COMMAS = frozenset({",", "&"})  # marks that join coordinated names (words: the ``link`` cues)
# The cue kinds that govern a name after them (the others, a verb of saying or a
# negation, leave it free to be a subject).
GOVERNING = frozenset({"target", "agent", "place", "according", "preposition"})


@dataclass(frozen=True, slots=True)
class Participant:
    """A mention on the tokens ``[first, last)``: its entity, whether it can act and be
    a place, the kind of cue before it (target, agent, place, according, or "")."""

    first: int
    last: int
    entity: str | None
    actor: bool
    place: bool
    before: str
    glued: str  # the proclitics written on the name's first word («و», «ب», «لل»)
    mention: Mention


@cache
def kinds() -> tuple[frozenset[str], frozenset[str]]:
    """The entity types that act, and those that are places (``entities/types.tsv``)."""
    actors, places = set(), set()
    for row in tables.shipped("entities", "types.tsv", 4):
        if row[2] == "yes":
            actors.add(row[0])
        if row[3] == "yes":
            places.add(row[0])
    return frozenset(actors), frozenset(places)


def participants(text: TextLayer, scanned: Scanned,
                 mentions: tuple[Mention, ...]) -> Cast:
    """The mentions that can act or be places, in text order, placed on the tokens; the
    cast also knows every token that stands inside a name (``Cast.named``)."""
    actors, places = kinds()
    cue_before = {h.last: h.value for h in scanned.cues if h.value in GOVERNING}
    cue_before.update((k + 1, v) for k, v in scanned.marks.items() if v in GOVERNING)
    starts, normal = scanned.starts, text.normal
    out = []
    named: set[int] = set()
    for m in mentions:
        folded = text.normal_offset(m.start)
        k = bisect_right(starts, folded) - 1
        if k < 0:
            continue
        last = max(k + 1, bisect_right(starts, text.normal_offset(m.end) - 1))
        named.update(range(k, last))
        if m.type not in actors and m.type not in places:
            continue
        glued = normal[starts[k]:folded] if starts[k] < folded else ""
        at = k - 1 if scanned.marks.get(k - 1) == "determiner" else k  # "against the SDF"
        before = _GLUED.get(glued[-1:], "") if glued else cue_before.get(at, "")
        if before == "place" and glued and m.type not in places:
            before = "target"  # «ندد بالنظام», «التقى بوزير»: ب before an actor marks its object
        if not isinstance(before, str):
            before = ""
        out.append(Participant(k, last, m.entity, m.type in actors, m.type in places,
                               before, glued, m))
    links = {k for k, v in scanned.marks.items() if v == "link"}
    return Cast(sorted(out, key=lambda p: p.first), named, links)


class Cast(list):
    """The participants of a document in text order, with their first tokens kept for
    finding those of a clause or sentence by bisection."""

    def __init__(self, people: list[Participant], named: set[int] | None = None,
                 links: set[int] | None = None):
        super().__init__(people)
        self.firsts = [p.first for p in people]
        self.named = named or set()  # the tokens inside any name, actor or not
        self.links = links or set()  # the tokens that join coordinated names («و», and)

    def between(self, first: int, last: int) -> range:
        """The indices of the participants that start at tokens [first, last)."""
        return range(bisect_left(self.firsts, first), bisect_left(self.firsts, last))


def first_conjunct(people: Cast, i: int, forms: list[str]) -> int:
    """The first of the coordinated names that participant ``i`` ends («روسيا وإيران
    قصفتا»: from «إيران» back to «روسيا»)."""
    while i > 0 and _joined(people[i - 1], people[i], forms, people.links):
        i -= 1
    return i


def _joined(a: Participant, b: Participant, forms: list[str], links: set[int]) -> bool:
    """Whether ``b`` is coordinated with ``a`` before it: only «و», "and" or a comma
    between them, or «و» glued to ``b``, and both actors or both not."""
    between = range(a.last, b.first)
    glued_and = not between and b.glued.startswith("و")
    return (glued_and or bool(between and all(forms[k] in _COMMAS or k in links
                                              for k in between))) and a.actor == b.actor


def coordinated(people: Cast, i: int, forms: list[str]) -> list[Participant]:
    """The participant ``i`` and those joined to it by «و», "and" or a comma after it."""
    group = [people[i]]
    for k in range(i + 1, len(people)):
        if not _joined(group[-1], people[k], forms, people.links):
            break
        group.append(people[k])
    return group
