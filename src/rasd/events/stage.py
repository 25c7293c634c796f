"""The events stage: who did what to whom, when and where, according to whom (PLOVER).

``tag(document, text, times, mentions, lexicons)`` scans the text layer's tokens
for triggers (``scan``), reads each one's roles in its clause (``roles``), its
date (``dates``) and how the text holds it (``modality``), gives an ASSAULT the
mode its weapon words say, and makes one event per occurrence (``merge``). It
returns the record's ``events``; every span is an offset pair into the original
text, mapped back from the folded text once.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from rasd.arabic import TextLayer
from rasd.events import kinds
from rasd.events.clauses import Clauses, clauses
from rasd.events.dates import Timeline, dated
from rasd.events.lexicon import LANGUAGES, Lexicon, Trigger, load
from rasd.events.merge import Draft, merged
from rasd.events.modality import SPEECH, Claim, claim
from rasd.events.participants import Cast, Participant, participants
from rasd.events.roles import Roles, conjunction, roles
from rasd.events.scan import Hit, Scanned, scan
from rasd.model import Document, Event, Mention, Offsets, Span, Time

MODE_REACH = 4  # tokens around an ASSAULT trigger within which a weapon word gives its mode
WINDOW = 60  # tokens around a trigger within which its sentence's cues are read


def knowledge() -> dict[str, Lexicon]:
    """What the stage knows: each language's lexicon (``data/events``)."""
    return {lang: load(lang) for lang in LANGUAGES}


def tag(document: Document, text: TextLayer, times: tuple[Time, ...],
        mentions: tuple[Mention, ...], lexicons: dict[str, Lexicon] | None = None,
        ) -> tuple[Event, ...]:
    """Every event the document claims, with its roles, date and modality."""
    scanned = scan(text, lexicons or knowledge())
    if not scanned.triggers:
        return ()
    people = participants(text, scanned, mentions)
    # a cue word inside a name («الولايات المتحدة», "United States") is part of the name
    scanned = replace(scanned, cues=[c for c in scanned.cues if c.first not in people.named],
                      marks={k: v for k, v in scanned.marks.items() if k not in people.named})
    where = clauses(text, scanned)
    said_in = frozenset(where.clause[c.first] for c in scanned.cues
                        if c.value in SPEECH or c.value == "according")
    timeline = Timeline([(_token(scanned, text.normal_offset(t.start)), t)
                         for t in dated(times)], where, said_in)
    cues_by_sentence: dict[int, list[Hit]] = {}
    for c in scanned.cues:
        cues_by_sentence.setdefault(where.sentence[c.first], []).append(c)
    cue_firsts = {k: [c.first for c in v] for k, v in cues_by_sentence.items()}
    mode_firsts = [m.first for m in scanned.modes]
    subjects = _subjects(people, where)
    drafts: list[Draft] = []
    speaker: tuple[str | None, tuple[int, int]] | None = None
    speaker_sentence = -1
    named = people.named  # a trigger word inside a name («وزارة») is part of the name
    cue_before = {c.last: c.value for c in scanned.cues if isinstance(c.value, str)}
    cue_before.update((k + 1, v) for k, v in scanned.marks.items())
    said_at = {c.first for c in scanned.cues if c.value in SPEECH}  # a verb of saying
    for hit in scanned.triggers:                                    # is never an event
        if hit.first in said_at or hit.first in named:
            continue
        sentence = where.sentence[hit.first]
        if speaker_sentence not in (sentence, sentence - 1):
            speaker = None
        near = _window(cues_by_sentence.get(sentence, []), cue_firsts.get(sentence, []), hit)
        first = where.sentence_range(hit.first)[0]
        goes_on = any(c.value == "sequel" and first <= c.first < hit.first for c in near)
        found = roles(hit, people, scanned.forms, where, cue_before)
        if not found.source and not found.target and (
                goes_on or _continues(hit, scanned.forms)):
            found = _carried(found, hit.first, people, where, subjects)
        said = claim(hit, near, people, where, speaker)
        if _own_word(said, hit, found):
            said = Claim("asserted", "author", None)
        elif said.cue is not None and said.attributed_to is None:
            said = _speaker_carried(said, drafts, sentence, near)
        if said.modality == "reported" and said.cue is not None:
            speaker, speaker_sentence = (said.attributed_to, said.cue), sentence
        when = timeline.date(hit.first, goes_on)
        trigger = hit.value
        assert isinstance(trigger, Trigger)
        mode = trigger.mode or _mode(hit, scanned, where, mode_firsts)
        drafts.append(Draft(hit, trigger.type, mode, found, when, said, sentence))
    joins = frozenset([*(k for k, v in scanned.marks.items() if v == "link"),
                       *(d.hit.first for d in drafts
                         if conjunction(scanned.forms[d.hit.first][:d.hit.clitic]))])
    return tuple(_event(f"e{n}", d, scanned, where, text)
                 for n, d in enumerate(merged(drafts, where, _verbal(), joins), 1))


def _window(cues: list[Hit], firsts: list[int], hit: Hit) -> list[Hit]:
    """The cues of a trigger's sentence within ``WINDOW`` tokens of it: modality and
    attribution look no further, so a run-on sentence costs no more per trigger."""
    return cues[bisect_left(firsts, hit.first - WINDOW):bisect_left(firsts, hit.last + WINDOW)]


def _speaker_carried(said: Claim, drafts: list[Draft], sentence: int,
                     cues: list[Hit]) -> Claim:
    """A claim whose verb of saying has no subject in its clause and no unnamed speaker
    («مصادر») in its sentence: the speaker is the actor of the sentence's event before
    («سارع الوزير إلى عقد مؤتمر صحفي أعلن فيه أن…»), when it names one."""
    if any(c.value == "unnamed" for c in cues):
        return said
    same = []
    for d in reversed(drafts[-32:]):  # in text order: this sentence's last few are last
        if d.sentence != sentence:
            break
        same.insert(0, d)
    told = next((d.claim.attributed_to for d in same if d.claim.cue == said.cue
                 and d.claim.attributed_to is not None), None)
    if told is None:
        actors = [d for d in reversed(same) if len({p.entity for p in d.roles.source}) == 1]
        told = actors[0].roles.source[0].entity if actors else None
    return replace(said, attributed_to=told) if told else said


@cache
def _verbal() -> frozenset[str]:
    """The PLOVER types that are verbal acts (the verbal quads of ``kinds``)."""
    return frozenset(t for t, q in kinds.quads().items() if q.startswith("verbal"))


def _own_word(said: Claim, hit: Hit, found: Roles) -> bool:
    """A verbal act (PLOVER's verbal quads: condemn, demand, welcome…) reported as said
    by its own actor is the author's account of that act, not a claim about another
    event: «نفت الوزارة…، واتهمت الهيئة» asserts that the ministry accused."""
    trigger = hit.value
    assert isinstance(trigger, Trigger)
    return (said.modality == "reported" and said.attributed_to is not None
            and kinds.quads().get(trigger.type, "").startswith("verbal")
            and any(p.entity == said.attributed_to for p in found.source))


def _continues(hit: Hit, forms: list[str]) -> bool:
    """A verb joined by «و»/«ف» to what came before («وانسحب»), not a casualty word: the
    one construction where the sentence before may lend it its subject."""
    trigger = hit.value
    return isinstance(trigger, Trigger) and trigger.verb and trigger.genitive != "outcome" \
        and conjunction(forms[hit.first][:hit.clitic])


def _subjects(people: Cast, where: Clauses) -> dict[int, Participant]:
    """Each sentence's last actor that no preposition governs: the subject a following
    sentence that names no one carries on («فاستجاب لها النظام. وما جرى بعد ذلك كان
    تسليما…»)."""
    found: dict[int, Participant] = {}
    for p in people:
        if p.actor and not p.before and not p.place:
            found[where.sentence[p.first]] = p
    return found


def _carried(found: Roles, token: int, people: Cast, where: Clauses,
             subjects: dict[int, Participant]) -> Roles:
    """The roles of a trigger whose clause names no actor, in a verb joined by «و»/«ف»
    or a sentence that says the story goes on («ثم», «وما جرى بعد ذلك»): the subject of
    the sentence before, in the same paragraph, carried on as its source."""
    first, last = where.clause_range(token)
    if any(people[n].actor for n in people.between(first, last)):
        return found
    sentence = where.sentence[token]
    carried = subjects.get(sentence - 1)
    if carried is None or where.paragraph[carried.first] != where.paragraph[token]:
        return found
    return Roles((carried,), found.target, found.place)


def _token(scanned: Scanned, folded: int) -> int:
    return max(0, bisect_right(scanned.starts, folded) - 1)


def _mode(hit: Hit, scanned: Scanned, where: Clauses, firsts: list[int]) -> str | None:
    """An ASSAULT's mode from a weapon word near its trigger in its clause (``firsts``:
    the weapon words' first tokens)."""
    trigger = hit.value
    assert isinstance(trigger, Trigger)
    if trigger.type != "ASSAULT":
        return None
    first, last = where.clause_range(hit.first)
    lo = bisect_left(firsts, max(first, hit.first - MODE_REACH))
    hi = bisect_left(firsts, min(last, hit.last + MODE_REACH + 1))
    near = scanned.modes[lo:hi]
    if not near:
        return None
    best = min(near, key=lambda m: abs(m.first - hit.first))
    return best.value if isinstance(best.value, str) else None


def _event(ident: str, d: Draft, scanned: Scanned, where: Clauses, text: TextLayer) -> Event:
    def span(first: int, last: int) -> Span:
        return text.original_span(scanned.starts[first] + (d.hit.clitic if first == d.hit.first
                                                           else 0), scanned.ends[last - 1])

    trigger = span(d.hit.first, d.hit.last)
    cue = None
    if d.claim.cue is not None:
        a, b = d.claim.cue
        cue = text.original_span(scanned.starts[a], scanned.ends[b - 1])
    evidence = tuple(_sentence(text, where, scanned, k) for k in d.sentences)
    found = sum(bool(x) for x in (d.roles.source, d.roles.target, d.roles.place, d.when))
    return Event(
        id=ident, type=d.type, mode=d.mode, trigger=trigger,
        source=_ids(d.roles.source),
        target=tuple(t for t in _ids(d.roles.target) if t not in _ids(d.roles.source)),
        location=d.roles.place.entity if d.roles.place else None,
        time=d.when.time.id if d.when else None,
        date=d.when.time.value if d.when else None,
        date_from=d.when.source if d.when else None,
        modality=d.claim.modality, attributed_to=d.claim.attributed_to, cue=cue,
        evidence=evidence, confidence=round(0.4 + 0.15 * found, 2))


def _ids(people) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.entity for p in people if p.entity))


def _sentence(text: TextLayer, where: Clauses, scanned: Scanned, sentence: int) -> Offsets:
    """The sentence numbered ``sentence``, as offsets of the original text."""
    first, last = where.sentence_range(where.sentence_first[sentence])
    span = text.original_span(scanned.starts[first], scanned.ends[last - 1])
    return Offsets(span.start, span.end)
