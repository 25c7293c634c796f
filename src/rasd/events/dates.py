"""When an event happened, as the time layer gives it: from its clause, or carried.

A time expression of the event's own clause dates it (``clause``); failing that,
one elsewhere in its sentence, but not one in the clause of a verb of saying
(«قال المرصد يوم الاثنين إن…»: Monday is when it was said). Otherwise the
narrative's time carries, but only where the text says the story goes on from it
(«ثم», «بعد ذلك», then, the same day: the cue tables' ``sequel`` words, before the
trigger in its sentence): the last dated expression of an earlier sentence of the
same paragraph (``narrative``). An event merely told after a dated one is not dated by it.
Only dates and times with a value count (a duration or a set dates nothing), and
the value is the time layer's as it stands: a range or a night («2014-07-23TNI»)
is kept as given. No time, no date: nothing is invented.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rasd.events.clauses import Clauses
from rasd.model import Time

DATED = frozenset({"DATE", "TIME"})
REACH = 60  # tokens around a trigger within which its sentence's times are read


@dataclass(frozen=True, slots=True)
class Dated:
    """The time an event is dated by, and where it was found."""

    time: Time
    source: str  # "clause" or "narrative"


class Timeline:
    """The dated times of a document on its tokens, by sentence, for the events to look up."""

    def __init__(self, times: list[tuple[int, Time]], where: Clauses,
                 said: frozenset[int] = frozenset()):
        self.where = where
        self.said = said  # clauses with a verb of saying: their time is the statement's
        self.firsts = [k for k, _ in times]
        self.times = times
        self.by_sentence: dict[int, list[tuple[int, Time]]] = {}
        for k, t in times:
            if k < len(where.sentence):
                self.by_sentence.setdefault(where.sentence[k], []).append((k, t))
        self.sentence_firsts = {s: [k for k, _ in v] for s, v in self.by_sentence.items()}

    def date(self, trigger: int, goes_on: bool = False) -> Dated | None:
        """The date of the event whose trigger is token ``trigger``; ``goes_on``: its
        sentence says the story goes on from before (a ``sequel`` cue)."""
        where = self.where
        own = self.by_sentence.get(where.sentence[trigger], [])
        if len(own) > 8:  # a long sentence: only the times within REACH tokens count
            firsts = self.sentence_firsts[where.sentence[trigger]]
            own = own[bisect_left(firsts, trigger - REACH):bisect_right(firsts, trigger + REACH)]
        if own:
            same = [(k, t) for k, t in own if where.clause[k] == where.clause[trigger]]
            near = same or [(k, t) for k, t in own if where.clause[k] not in self.said]
            if near:
                _, t = min(near, key=lambda kt: abs(kt[0] - trigger))
                return Dated(t, "clause")
        n = bisect_right(self.firsts, trigger)
        if n and goes_on:
            k, t = self.times[n - 1]
            if k < len(where.paragraph) and where.paragraph[k] == where.paragraph[trigger]:
                return Dated(t, "narrative")
        return None


def dated(times: tuple[Time, ...]) -> list[Time]:
    """The times that can date an event: a date or a time with a value that names one
    (not a vague «في المستقبل», ``FUTURE_REF``)."""
    return [t for t in times if t.type in DATED and t.value and not t.value.endswith("_REF")]
