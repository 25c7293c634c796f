"""An event's date: its clause's time, the sentence's (not a statement's), the narrative's."""

from rasd import arabic
from rasd.events.dates import Timeline, dated
from rasd.model import Document, Time
from tests.events.layers import layers


def _time(ident, text, t, value, type_="DATE"):
    start = text.index(t)
    return Time(ident, start, start + len(t), t, type_, value)


def _timeline(text, times, said=frozenset()):
    got = layers(text, {})
    layer = arabic.prepare(Document.make(text, "t.txt"))
    first = {t.id: next(i for i, a in enumerate(got.scanned.starts)
                        if a >= layer.normal_offset(t.start)) for t in times}
    return got, Timeline([(first[t.id], t) for t in dated(tuple(times))], got.where, said)


def test_the_clauses_own_time_dates_the_event():
    text = "قصفت الطائرات حلب أمس."
    got, line = _timeline(text, [_time("t1", text, "أمس", "2016-03-06")])
    d = line.date(got.trigger("قصفت").first)
    assert (d.time.value, d.source) == ("2016-03-06", "clause")


def test_a_vague_reference_dates_nothing():
    text = "قصفت الطائرات حلب في المستقبل."
    got, line = _timeline(text, [_time("t1", text, "المستقبل", "FUTURE_REF")])
    assert line.date(got.trigger("قصفت").first) is None


def test_the_narrative_carries_only_where_the_story_goes_on():
    text = "في 5 آذار هاجم داعش المطار. انسحب الجيش."
    got, line = _timeline(text, [_time("t1", text, "5 آذار", "2016-03-05")])
    retreat = got.trigger("انسحب").first
    assert line.date(retreat) is None
    assert line.date(retreat, goes_on=True).source == "narrative"
