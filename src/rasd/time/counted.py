"""Counted time: quantities of units, durations and dates counted from another time.

«عشرة أيام», «10 days», «يومين» are quantities; alone or after «لمدة», «for» they
are durations (P10D), and with «قبل», «بعد», «منذ», «later», «ago» they shift a date
by that much from the publication date, the narrative's date or an event.
"""

from __future__ import annotations

from rasd.arabic.tokenise import ARTICLE
from rasd.time.expr import Expr, bare, kind_at
from rasd.time.scan import Tok


def _units(value: str) -> tuple[str, int]:
    """A unit reading «D:2» as (unit, count); a plural («أيام», D:n) counts 0."""
    unit, _, count = value.partition(":")
    return unit, 0 if count == "n" else int(count or 1)


def quantity(toks: list[Tok], i: int, single: bool = False
             ) -> tuple[int | None, str, int] | None:
    """«عشرة أيام», «10 days», «3-day», «يومين», «ليلة واحدة», «أقل من ساعة», «سنوات».

    Returns (n, unit, end index); n is None for a plural with no number (some
    years). A lone singular («أسبوع») counts only after a word that asks for one
    (``single``: «بعد أسبوع») or an approximation («أقل من ساعة»).
    """
    j = i
    approx = kind_at(toks, j, "approx") is not None
    if approx:
        j += 1
    if j >= len(toks):
        return None
    t = toks[j]
    unit_value = t.value("unit")
    if unit_value:
        unit, count = _units(unit_value)
        word = kind_at(toks, j + 1, "number")
        if (word and word != "X" and not toks[j + 1].form.isascii()
                and (word == "1" or count == 0)):  # «ليلة واحدة», «الأشهر التسعة»
            return int(word), unit, j + 2
        if count == 2:
            return 2, unit, j + 1
        if count == 0 and not t.form.isascii() and (
                not t.form.startswith(ARTICLE) or kind_at(toks, j + 1, "direction") is not None):
            return None, unit, j + 1  # «سنوات», «الأيام الماضية»; not «الساعات الأولى»
        if count == 1 and (approx or single):
            return 1, unit, j + 1
        return None
    n: int | None
    if t.number is not None and t.number > 0 and len(t.form) <= 5:
        n = t.number
    elif t.value("number"):
        word = t.value("number")
        n = None if word == "X" else int(word)
    else:
        return None
    k = j + 2 if j + 1 < len(toks) and toks[j + 1].form == "-" else j + 1  # «3-day»
    unit_value = kind_at(toks, k, "unit")
    if not unit_value:
        return None
    return n, _units(unit_value)[0], k + 1


def duration_value(n: int | None, unit: str) -> str:
    """TIMEX3 duration: P10D, P3W, PT2H; X for an unstated number («several days»)."""
    amount = "X" if n is None else str(n)
    if unit in ("H", "MIN"):
        return f"PT{amount}{'H' if unit == 'H' else 'M'}"
    return f"P{amount}{'D' if unit == 'NIGHT' else unit}"


def relative(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«قبل ذلك بستة أيام», «بعد عشرة أيام على ...», «منذ ثلاثة أيام», «قبل يومين»."""
    t = toks[i]
    sign = -1 if t.get("before") or t.get("since") else 1 if t.get("after") else 0
    if not sign or t.form.isascii():
        return None
    found = quantity(toks, i + 1, single=True)
    if found:
        n, unit, j = found
        if n is None:
            return None
        k = j + 1 if kind_at(toks, j, "only") is not None else j
        anchored = k < len(toks) and bare(toks[k], "counted_from") is not None
        if t.get("since"):  # «منذ عشر سنوات»: how long, not when
            return Expr(toks[i + 1].start, toks[j - 1].end, type="DURATION",
                        value=duration_value(n, unit)), j
        if sign < 0 and not anchored:
            shift = (-n, unit, "dct")   # «منذ ثلاثة أيام», «قبل يومين»: counted back from now
        else:
            shift = (sign * n, unit, "event" if anchored else "ref")
        return _shifted(t.start, toks[j - 1].end, shift), j
    for k in range(i + 1, min(i + 6, len(toks))):  # «قبل ذلك بستة أيام»
        mid = toks[k]
        if "ب" in mid.clitic:
            found = quantity(toks, k) if mid.clitic.endswith("ب") else None
            if found and found[0] is not None:
                n, unit, j = found
                return _shifted(t.start, toks[j - 1].end, (sign * n, unit, "ref")), j
            return None
        if _time_word(mid) or not mid.form.isalpha():
            return None
    return None


def _time_word(tok: Tok) -> bool:
    """A word with a reading besides ``counted_from`` («على» only ties a count to its event)."""
    return any(e.kind != "counted_from" for e in tok.entries)


def _shifted(start: int, end: int, shift: tuple[int, str, str]) -> Expr:
    part = "NI" if shift[1] == "NIGHT" else None
    return Expr(start, end, shift=shift, part=part)


def duration(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """A duration («خلال يومين», «for three weeks») or «two days later», «a year ago»."""
    if kind_at(toks, i - 1, "blocker") is not None:
        return None
    found = quantity(toks, i)
    if not found:
        return None
    n, unit, j = found
    later = kind_at(toks, j, "later")
    if later and n is not None:
        return _shifted(toks[i].start, toks[j].end, (int(later) * n, unit, "ref")), j + 1
    event = kind_at(toks, j, "after_event")
    if event and n is not None:  # «two days after the attack»: the attack's date is elsewhere
        return _shifted(toks[i].start, toks[j].end, (int(event) * n, unit, "event")), j + 1
    if kind_at(toks, j, "ago") and n is not None:
        return _shifted(toks[i].start, toks[j].end, (-n, unit, "dct")), j + 1
    if toks[i].get("approx") and toks[i].form.isascii() and not kind_at(toks, i - 1, "duration"):
        return None  # «about a day» alone is too vague to mean a length
    if n is None and toks[i].form.isascii():
        return None
    if kind_at(toks, j, "direction") is not None:  # «اليومين الماضيين», «the past two days»
        j += 1
    return Expr(toks[i].start, toks[j - 1].end, type="DURATION",
                value=duration_value(n, unit)), j
