"""How the text holds an event and who claims it: asserted, reported, inferred, negated,
hypothetical, with the speaker's entity and the cue words that say so.

rasd records claims, never facts. The cue tables (``cues.tsv``) name the words:

- a negation just before the trigger in its clause («لم», not) or a denial in its
  clause or the clause before («نفى أن», denied that): ``negated`` (a denial's
  speaker is who claims it);
- the future prefix on the verb («سيقصف»), a future or condition word before the
  trigger in its clause or sentence («سوف», «إذا», will, if): ``hypothetical``;
- a hedge before it in the sentence («يبدو», «فيما بدا», apparently): ``inferred``;
- a verb of saying before it in the sentence («قال», «أعلن», said), an «according to»
  anywhere in it, an English "…, X said" after it, or a sentence that goes on with
  the last speaker («وأضاف»): ``reported``, attributed to the speaker's entity (the
  name after or before the cue), or to no one when the speaker has no name
  («مصادر», sources);
- otherwise the author asserts it.

Negation outranks the future, which outranks a hedge, which outranks a report; the
speaker, when there is one, is who claims it whatever the modality.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.events.clauses import Clauses
from rasd.events.lexicon import Trigger
from rasd.events.participants import Cast
from rasd.events.scan import Hit

NEGATION_REACH = 3  # tokens before the trigger a negation reaches over
SPEAKER_REACH = 6  # tokens after a speech verb within which its subject stands
SPEECH = frozenset({"speech", "continuation", "denial"})


@dataclass(frozen=True, slots=True)
class Claim:
    """An event's modality, who claims it (``"author"``, an entity id, or None for a
    speaker with no name) and the cue tokens that decided it."""

    modality: str
    attributed_to: str | None
    cue: tuple[int, int] | None


def claim(hit: Hit, cues: list[Hit], people: Cast, where: Clauses,
          last_speaker: tuple[str | None, tuple[int, int]] | None) -> Claim:
    """The modality and attribution of the event at ``hit`` (``cues``: the cues of its
    sentence, in order; ``last_speaker``: the speaker of the sentence before, for «وأضاف»)."""
    trigger = hit.value
    assert isinstance(trigger, Trigger)
    c_first, _ = where.clause_range(hit.first)
    s_first, _ = where.sentence_range(hit.first)
    before = [c for c in cues if s_first <= c.first and c.last <= hit.first]
    speaker, said = _speaker(hit, cues, before, people, where, last_speaker)
    negation = next((c for c in reversed(before) if c.value == "negation"
                     and c.first >= c_first and hit.first - c.last <= NEGATION_REACH), None)
    denial = next((c for c in reversed(before) if c.value == "denial"
                   and where.clause[hit.first] - where.clause[c.first] <= 1), None)
    future = next((c for c in reversed(before) if c.value in ("future", "condition")
                   and (c.first >= c_first or c.value == "condition")), None)
    hedge = next((c for c in reversed(before) if c.value == "hedge"), None)
    if negation is not None or denial is not None:
        cue = negation or denial
        return Claim("negated", speaker if said else "author", (cue.first, cue.last))
    if trigger.future or future is not None:
        span = (future.first, future.last) if future else (hit.first, hit.first + 1)
        return Claim("hypothetical", speaker if said else "author", span)
    if hedge is not None:
        return Claim("inferred", "author", (hedge.first, hedge.last))
    if said is not None:
        return Claim("reported", speaker, said)
    return Claim("asserted", "author", None)


def _speaker(hit: Hit, cues: list[Hit], before: list[Hit], people: Cast,
             where: Clauses, last_speaker: tuple[str | None, tuple[int, int]] | None,
             ) -> tuple[str | None, tuple[int, int] | None]:
    """Who says the sentence holding ``hit``, and the cue that says they say it."""
    s_first, s_last = where.sentence_range(hit.first)
    according = next((c for c in cues if c.value == "according"
                      and s_first <= c.first < s_last), None)
    if according is not None:
        return _named(according, cues, people, where, after_only=True), \
            (according.first, according.last)
    verb = next((c for c in reversed(before) if c.value in SPEECH), None)
    if verb is None:  # "…, the ministry said." in a later clause, at the sentence's end
        verb = next((c for c in cues if c.value == "speech" and c.first >= hit.last
                     and s_last - c.first <= SPEAKER_REACH
                     and where.clause[c.first] != where.clause[hit.first]), None)
    if verb is None:
        return None, None
    who = _named(verb, cues, people, where, english=verb.language == "en")
    if who is None and verb.value == "continuation" and last_speaker is not None:
        return last_speaker[0], (verb.first, verb.last)
    return who, (verb.first, verb.last)


def _named(cue: Hit, cues: list[Hit], people: Cast, where: Clauses,
           after_only: bool = False, english: bool = False) -> str | None:
    """The entity of the speaker a speech cue or «بحسب» names: an actor just after it
    (VSO, «بحسب X», "said X"), else just before it in its clause (SVO, "X said"; in
    English, before it first);
    None when an unnamed-speaker word («مصادر», sources) stands there instead."""
    c_first, c_last = where.clause_range(cue.first)
    unnamed = {c.first for c in cues if c.value == "unnamed"}
    if english and not after_only:  # SVO: "Turkey said Russia bombed Idlib"
        near = [people[n] for n in people.between(max(c_first, cue.first - SPEAKER_REACH),
                                                   cue.first)
                if people[n].actor and people[n].last <= cue.first]
        if near:
            return near[-1].entity
    for n in people.between(cue.last, min(cue.last + SPEAKER_REACH, c_last)):
        p = people[n]
        if p.actor:
            if any(cue.last <= u < p.first for u in unnamed):
                return None
            return p.entity
    if after_only or any(cue.last <= u < cue.last + 3 for u in unnamed):
        return None
    near = [people[n] for n in people.between(max(c_first, cue.first - 2 * SPEAKER_REACH),
                                               cue.first)
            if people[n].actor and people[n].last <= cue.first
            and cue.first - people[n].last <= SPEAKER_REACH]
    if near:
        return near[-1].entity
    # a dropped subject carried from an earlier clause of the sentence («سارع الوزير إلى
    # عقد مؤتمر صحفي أعلن فيه»): the last actor before it that no preposition governs
    s_first, _ = where.sentence_range(cue.first)
    if any(s_first <= u < cue.first for u in unnamed):
        return None
    carried = [people[n] for n in people.between(max(s_first, cue.first - 10 * SPEAKER_REACH),
                                                  cue.first)
               if people[n].actor and not people[n].before and people[n].last <= cue.first]
    return carried[-1].entity if carried else None
