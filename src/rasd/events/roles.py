"""Who did it, to whom, and where: an event's source, target and place from its clause.

Only names in the trigger's own clause are read (``clauses``), so an actor of the
next clause is not taken for this one's; a role the clause does not name stays
empty, never guessed. The readings, in order:

- a name after an agent word («من قبل», «على يد», by) is the source;
- a verb: an actor before it in its clause is the subject (SVO, English), else the
  first actor after it with no preposition (Arabic VSO: «قصفت طائرات التحالف»); the
  next actor after it, bare or after a target word («على», «ضد», on), is the target;
  a casualty verb («قتل», killed) takes its source only from an agent word or, in
  English, from an active subject;
- a noun: the name in construct right after it is its agent or its patient, as the
  trigger row says («قصف التحالف», «اعتقال الناشط»); a name after a target word is the
  target, before any bare name; an actor shortly before it is the source (the subject of
  a light verb: «شن التحالف غارات», "the US-led strikes"), and so is the clause's subject
  when a possessive stands before the noun ("Turkey began its offensive");
- coordinated names («الجيش والميليشيات») fill a role together;
- the place: a place after a place word in the clause, else one in the clause after
  the trigger, else one after a place word elsewhere in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasd.arabic import clitics
from rasd.events.clauses import Clauses
from rasd.events.lexicon import Trigger
from rasd.events.participants import (
    GOVERNING,
    Cast,
    Participant,
    coordinated,
    first_conjunct,
)
from rasd.events.scan import Hit

REACH = 60  # tokens around a trigger within which its sentence is read for a place
NEAR = 2  # tokens before a noun trigger within which an actor is its light verb's subject


@dataclass(frozen=True, slots=True)
class Roles:
    """The participants found for one trigger."""

    source: tuple[Participant, ...]
    target: tuple[Participant, ...]
    place: Participant | None


def roles(hit: Hit, people: Cast, forms: list[str], where: Clauses,
          cue_before: dict[int, str] | None = None) -> Roles:
    """The source, target and place of the event at ``hit`` (``cue_before``: the kind of
    cue that ends right before each token, when one does).

    An Arabic verb joined by «و»/«ف» to an earlier clause of its sentence, with no actor
    before it in its own clause, shares that clause's subject («نفت الوزارة …،
    واتهمت الهيئة بـ…»: the ministry accuses): its first actor after is its object."""
    trigger = hit.value
    assert isinstance(trigger, Trigger)
    first, last = where.clause_range(hit.first)
    inside = [n for n in people.between(first, last)
              if not (people[n].first < hit.last and hit.first < people[n].last)]
    actors = [n for n in inside if _acts(people[n])]
    before = [n for n in actors if people[n].last <= hit.first]
    after = [n for n in actors if people[n].first >= hit.last]
    agent = next((n for n in after if people[n].before == "agent"), None)
    source: list[Participant] = []
    target: list[Participant] = []
    english = hit.language == "en"

    governed = (cue_before or {}).get(hit.first) in GOVERNING or _preposition(
        forms[hit.first][:hit.clitic])
    verb = trigger.verb
    if trigger.genitive == "mutual":  # «اشتباكات بين الجيش والحوثيين»: every side acts
        sides = [p for n in after for p in coordinated(people, n, forms)
                 if not people[n].before or people[n].before == "target"]
        return Roles(tuple(dict.fromkeys(sides)), (),
                     _place(hit, people, inside, where, sides))
    if agent is not None:
        source = coordinated(people, agent, forms)
    elif verb:
        subject = next((n for n in reversed(before) if not people[n].before), None)
        shared = _shared_subject(hit, people, forms, where, first) if subject is None \
            and not english and trigger.genitive != "outcome" else None
        if trigger.genitive == "outcome":
            passive = (cue_before or {}).get(hit.first) == "passive"  # "were killed"
            if english and subject is not None and not passive:
                source = coordinated(people, subject, forms)
        elif subject is not None:
            source = coordinated(people, first_conjunct(people, subject, forms), forms)
        elif shared is not None:
            source = coordinated(people, shared, forms)
        elif after and not english and not people[after[0]].before:
            source = coordinated(people, after[0], forms)
    else:
        right = next((n for n in after if not people[n].before
                      and _genitive(people[n].first, hit.last, forms, english)), None)
        if right is not None and trigger.genitive in ("agent", "mutual"):
            source = coordinated(people, right, forms)
        elif right is not None:
            target = coordinated(people, right, forms)
        marks = cue_before or {}  # "its offensive", "his 2019 offensive": the subject's act
        owned = english and "possessive" in (marks.get(hit.first), marks.get(hit.first - 1))
        if not source and not governed:  # «من الهجمات»: the name before is not its doer
            near = next((n for n in reversed(before) if not people[n].before
                         and (owned or hit.first - people[n].last <= NEAR)), None)
            if near is not None:
                source = coordinated(people, near, forms)
    if not target:
        target = _target(people, after, source, forms, marked=not verb)
    return Roles(tuple(source), tuple(target), _place(hit, people, inside, where, source + target))


def _genitive(first: int, end: int, forms: list[str], english: bool) -> bool:
    """Whether a name at token ``first`` stands in construct with the noun ending before
    token ``end``: right after it in Arabic («قصف التحالف», one word between at most);
    in English only through "of" ("the shelling of the city"; "strikes hit ISIS" is not)."""
    if not english:
        return first <= end + 1
    words = forms[end:first]
    return bool(words) and words[0] == "of" and len(words) <= 2 and (
        len(words) == 1 or words[1] in ("the", "a", "an"))


def _shared_subject(hit: Hit, people: Cast, forms: list[str], where: Clauses,
                    clause_first: int) -> int | None:
    """The subject a verb written with «و» or «ف» shares with an earlier clause of its
    sentence: the last actor before its clause that no preposition governs."""
    if not conjunction(forms[hit.first][:hit.clitic]):
        return None
    s_first, _ = where.sentence_range(hit.first)
    if s_first >= clause_first:
        return None
    found = [n for n in people.between(max(s_first, clause_first - REACH), clause_first)
             if people[n].actor and not people[n].before]
    return found[-1] if found else None


@cache
def conjunction(prefix: str) -> bool:
    """Whether proclitics written so are a conjunction alone («و», «ف»)."""
    return any(c.form == prefix and c.kinds == ("conjunction",) for c in clitics.table())


@cache
def _preposition(prefix: str) -> bool:
    """Whether proclitics written so hold the preposition ل («لل», «ول»): a noun after it
    is not its light verb's object. ب is not counted: «قام بالفرار», «قامت بقصف» are a
    light verb and its noun."""
    return any(c.form == prefix and "ل" in c.parts and "preposition" in c.kinds
               for c in clitics.table())


def _acts(p: Participant) -> bool:
    """An actor not standing as a place («في سوريا» is where, not who)."""
    return p.actor and not (p.place and p.before == "place")


def _target(people: list[Participant], after: list[int], source: list[Participant],
            forms: list[str], marked: bool = False) -> list[Participant]:
    """The first actor after the trigger that is not its source, an agent, a speaker or
    a place; for a noun (``marked``), one after a target word first: a noun's object is
    named through «على», «ضد», against («الهجوم على سوريا ضد الأكراد», "its offensive
    into Syria against the SDF"), a bare name after it is seldom its object."""
    taken = {id(p) for p in source}
    if marked:
        after = sorted(after, key=lambda n: people[n].before != "target")
    for n in after:
        p = people[n]
        if id(p) in taken or p.before in ("agent", "according", "place"):
            continue
        return coordinated(people, n, forms)
    return []


def _place(hit: Hit, people: Cast, inside: list[int], where: Clauses,
           taken: list[Participant]) -> Participant | None:
    used = {id(p) for p in taken}
    places = [people[n] for n in inside if people[n].place and id(people[n]) not in used]
    marked = [p for p in places if p.before == "place"]
    later = [p for p in places if p.first >= hit.last and not p.actor]
    if marked:
        return min(marked, key=lambda p: abs(p.first - hit.first))
    if later:
        return later[0]
    first, last = where.sentence_range(hit.first)
    first, last = max(first, hit.first - REACH), min(last, hit.last + REACH)
    elsewhere = [people[n] for n in people.between(first, last) if people[n].place
                 and people[n].before == "place" and id(people[n]) not in used]
    return min(elsewhere, key=lambda p: abs(p.first - hit.first)) if elsewhere else None
