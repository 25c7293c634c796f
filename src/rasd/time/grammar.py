"""Read time expressions off the scanned tokens, before any date arithmetic.

Each rule looks at the token where a scan stands and either returns an ``Expr``
(what the words say: a day and month, «أمس», ten days after something) and the
index after it, or nothing. Rules are tried in a fixed order at every token; the
first that reads something wins and the scan moves past it. Nothing here knows
the publication date: ``resolve`` turns an ``Expr`` into a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rasd.time.scan import Tok

YEARS = range(1900, 2100)
HIJRI_YEARS = range(1300, 1500)
NUMERIC = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})(?:\2(\d{1,4}))?$")
CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)$")
CLOCK_DOT = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)$")  # «الساعة 18.02»
MERIDIEM = re.compile(r"\s*([ap])\.?\s?m\b\.?")


@dataclass(frozen=True, slots=True)
class Expr:
    """What a time expression states; offsets index the folded text."""

    start: int
    end: int
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False
    weekday: int | None = None        # the weekday the text states (0 = Monday)
    part: str | None = None           # MO AF EV NI
    season: str | None = None
    month_from_ref: bool = False      # «19 من الشهر»: month and year from the narrative
    month_shift: int | None = None    # «من الشهر الجاري / الماضي»: month from the DCT
    year_shift: int | None = None     # «أبريل من العام الماضي»: year from the DCT
    direction: int | None = None      # «الثلاثاء الماضي», «أغسطس المقبل»
    deictic: tuple[int, str] | None = None   # (n, unit) counted from the publication date
    anaphor: int | None = None               # days counted from the narrative's date
    shift: tuple[int, str, str] | None = None  # (signed n, unit, "dct" | "ref" | "event")
    value: str | None = None          # durations, sets and vague references
    hour: int | None = None
    minute: int | None = None
    explicit: bool = False            # names a calendar date: moves the reference time


def parse(toks: list[Tok], normal: str) -> list[Expr]:
    """Every expression in the token list, left to right, none overlapping."""
    out: list[Expr] = []
    i = 0
    while i < len(toks):
        if not toks[i].starts:
            i += 1  # only numbers and some kinds of word can begin an expression
            continue
        found = _at(toks, i, normal, out)
        if found:
            exprs, i = found
            out.extend(exprs)
        else:
            i += 1
    return out


def _at(toks: list[Tok], i: int, normal: str, before: list[Expr]
        ) -> tuple[list[Expr], int] | None:
    for rule in (_clock, _with_part, _relative, _quantity_rule, _deictic, _anaphor,
                 _period, _season, _fixed):
        found = rule(toks, i, normal)
        if found:
            expr, j = found
            return [expr], j
    found_many = _date(toks, i, normal)
    if found_many:
        return found_many
    return _year(toks, i, before)


# --- small readers -----------------------------------------------------------

def _kind(toks: list[Tok], i: int, kind: str) -> str | None:
    return toks[i].value(kind) if 0 <= i < len(toks) else None


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
    approx = _kind(toks, j, "approx") is not None
    if approx:
        j += 1
    if j >= len(toks):
        return None
    t = toks[j]
    unit_value = t.value("unit")
    if unit_value:
        unit, count = _units(unit_value)
        word = _kind(toks, j + 1, "number")
        if (word and word != "X" and not toks[j + 1].form.isascii()
                and (word == "1" or count == 0)):  # «ليلة واحدة», «الأشهر التسعة»
            return int(word), unit, j + 2
        if count == 2:
            return 2, unit, j + 1
        if count == 0 and not t.form.isascii() and (
                not t.form.startswith("ال") or _kind(toks, j + 1, "direction") is not None):
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
    unit_value = _kind(toks, k, "unit")
    if not unit_value:
        return None
    return n, _units(unit_value)[0], k + 1


def duration_value(n: int | None, unit: str) -> str:
    """TIMEX3 duration: P10D, P3W, PT2H; X for an unstated number («several days»)."""
    amount = "X" if n is None else str(n)
    if unit in ("H", "MIN"):
        return f"PT{amount}{'H' if unit == 'H' else 'M'}"
    return f"P{amount}{'D' if unit == 'NIGHT' else unit}"


# --- rules --------------------------------------------------------------------

def _relative(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
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
        k = j + 1 if _kind(toks, j, "only") is not None else j
        anchored = k < len(toks) and toks[k].form in ("من", "علي")
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
        if mid.entries or not mid.form.isalpha():
            return None
    return None


def _shifted(start: int, end: int, shift: tuple[int, str, str]) -> Expr:
    part = "NI" if shift[1] == "NIGHT" else None
    return Expr(start, end, shift=shift, part=part)


def _quantity_rule(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """A duration («خلال يومين», «for three weeks») or «two days later», «a year ago»."""
    if _kind(toks, i - 1, "blocker") is not None:
        return None
    found = quantity(toks, i)
    if not found:
        return None
    n, unit, j = found
    later = _kind(toks, j, "later")
    if later and n is not None:
        return _shifted(toks[i].start, toks[j].end, (int(later) * n, unit, "ref")), j + 1
    event = _kind(toks, j, "after_event")
    if event and n is not None:  # «two days after the attack»: the attack's date is elsewhere
        return _shifted(toks[i].start, toks[j].end, (int(event) * n, unit, "event")), j + 1
    if _kind(toks, j, "ago") and n is not None:
        return _shifted(toks[i].start, toks[j].end, (-n, unit, "dct")), j + 1
    if toks[i].get("approx") and toks[i].form.isascii() and not _kind(toks, i - 1, "duration"):
        return None  # «about a day» alone is too vague to mean a length
    if n is None and toks[i].form.isascii():
        return None
    if _kind(toks, j, "direction") is not None:  # «اليومين الماضيين», «the past two days»
        j += 1
    return Expr(toks[i].start, toks[j - 1].end, type="DURATION",
                value=duration_value(n, unit)), j


def _deictic(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«أمس», «اليوم», «غدا», «yesterday», with a weekday after («أمس الأحد»)."""
    if i >= len(toks):
        return None
    value = toks[i].value("deictic")
    if value is None or _kind(toks, i + 1, "not_after") is not None:
        return None
    days, _, part = value.partition(":")
    expr = Expr(toks[i].start, toks[i].end, deictic=(int(days), "D"), part=part or None)
    j = i + 1
    k = j + 1 if j < len(toks) and toks[j].form in (",", "(") else j
    weekday = _kind(toks, k, "weekday")
    if weekday is not None and not toks[k].get("weak"):
        expr = replace(expr, weekday=int(weekday), end=toks[k].end)
        j = k + 1
        if j < len(toks) and toks[j].form == ")" and toks[k - 1].form == "(":
            expr = replace(expr, end=toks[j].end)  # «اليوم (الثلاثاء)», both brackets
            j += 1
    dated = _date(toks, j) if j < len(toks) and toks[j].form[:1].isdecimal() else None
    if dated and len(dated[0]) == 1 and dated[0][0].day is not None:  # «أمس الـ20 من يوليو»
        return replace(dated[0][0], start=expr.start, part=expr.part,
                       weekday=expr.weekday), dated[1]
    return _trailing_part(toks, j, expr)


def _anaphor(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«ذلك اليوم», «في اليوم التالي», «the next day»: counted from the narrative's date."""
    value = toks[i].value("anaphor")
    if value is None:
        return None
    days, _, part = value.partition(":")
    return _trailing_part(toks, i + 1, Expr(toks[i].start, toks[i].end, anaphor=int(days),
                                            part=part or None))


def _period(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«العام الماضي», «هذا الأسبوع», «last month», «next year»."""
    t = toks[i]
    period = t.value("period")
    if period:
        direction = _kind(toks, i + 1, "direction")
        if direction is not None:
            return Expr(t.start, toks[i + 1].end, deictic=(int(direction), period)), i + 2
        return None
    this = t.value("this") if not t.form.isascii() else t.value("direction")
    if this is not None and _kind(toks, i + 1, "period"):
        unit = toks[i + 1].value("period") or "Y"
        return Expr(t.start, toks[i + 1].end, deictic=(int(this), unit)), i + 2
    return None


def _season(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«ربيع العام 2011», «spring of 2011», «الصيف الماضي»."""
    season = toks[i].value("season")
    if not season or toks[i].get("hmonth"):
        return None
    j = i + 1
    while j < len(toks) and toks[j].form in ("عام", "العام", "سنه", "of", "the"):
        j += 1
    year = toks[j].number if j < len(toks) else None
    if year in YEARS and j - i <= 3:
        return Expr(toks[i].start, toks[j].end, year=year, season=season, explicit=True), j + 1
    direction = _kind(toks, i + 1, "direction")
    if direction is not None:
        return Expr(toks[i].start, toks[i + 1].end, season=season,
                    direction=int(direction)), i + 2
    return None


def _fixed(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """Vague references («حاليا» PRESENT_REF) and sets («يوميا» P1D)."""
    t = toks[i]
    if t.value("vague"):
        return Expr(t.start, t.end, value=t.value("vague")), i + 1
    if t.value("set"):
        return Expr(t.start, t.end, type="SET", value=t.value("set")), i + 1
    if t.value("decade"):
        return Expr(t.start, t.end, value=t.value("decade")), i + 1
    return None


def _with_part(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """A part of the day before a day: «مساء ذلك اليوم», «ليلة 23/24 تموز», «صباح أمس»."""
    if i >= len(toks):
        return None
    part = toks[i].value("part")
    if not part or toks[i].get("deictic") or toks[i].get("anaphor"):
        return None
    j = i + 1
    while j < len(toks) and toks[j].form in ("يوم", "of", "the", "on", "("):  # «فجر (الأحد)»
        j += 1
    if j >= len(toks):
        return None
    for rule in (_deictic, _anaphor):
        found = rule(toks, j, normal)
        if found:
            return replace(found[0], start=toks[i].start, part=part), found[1]
    dates = _date(toks, j, normal)
    if dates and len(dates[0]) == 1:
        return replace(dates[0][0], start=toks[i].start, part=part), dates[1]
    return None


def _trailing_part(toks: list[Tok], j: int, expr: Expr) -> tuple[Expr, int]:
    """«أمس مساء», «yesterday morning», «Tuesday night»."""
    part = _kind(toks, j, "part")
    if part and expr.part is None and not toks[j].get("unit"):  # «ليلة» also counts nights
        return replace(expr, part=part, end=toks[j].end), j + 1
    return expr, j


def _clock(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«الساعة العاشرة صباحا», «الساعة 10:30», «10:30 مساء», «at 9 am»."""
    t = toks[i]
    introduced = t.get("hour") is not None
    j = i + 1 if introduced else i
    if j >= len(toks):
        return None
    c = toks[j]
    meridiem = MERIDIEM.match(normal, c.end) if c.form.isascii() else None
    m = CLOCK.match(c.form) or (CLOCK_DOT.match(c.form) if introduced else None)
    if m:
        hour, minute = int(m[1]), int(m[2])
    elif c.number is not None and ((meridiem and c.number <= 12)
                                   or (introduced and not t.form.isascii() and c.number <= 24)):
        hour, minute = c.number, 0
    elif introduced and c.value("ordinal") and not c.form.isascii():
        hour, minute = int(c.value("ordinal") or 0), 0
    else:
        return None
    end, k = c.end, j + 1
    fraction = _kind(toks, k, "fraction")
    if fraction:
        minute = int(fraction) % 60
        hour = hour - 1 if int(fraction) < 0 else hour
        end, k = toks[k].end, k + 1
    if meridiem:
        part: str | None = "AF" if meridiem[1] == "p" else "MO"
        end = meridiem.end()
        while k < len(toks) and toks[k].start < end:
            k += 1
    else:
        part = _kind(toks, k, "part")
        if part:
            end, k = toks[k].end, k + 1
    start = t.start if introduced else c.start
    if k < len(toks) and toks[k].form in ("من", "of"):  # «من صباح أمس», «of 5 May»
        found = _with_part(toks, k + 1, normal) or _deictic(toks, k + 1, normal)
        if found:
            day = found[0]
            return replace(day, start=start, type="TIME", hour=hour, minute=minute,
                           part=day.part or part), found[1]
    return Expr(start, end, type="TIME", hour=hour, minute=minute, part=part), k


def _year(toks: list[Tok], i: int, before: list[Expr]) -> tuple[list[Expr], int] | None:
    """A year alone: «عام 2011», «in 2014», «1436 هـ», «عامي 2013 و2014», «2011-2014»."""
    t = toks[i]
    marker = _kind(toks, i + 1, "marker")
    parts = t.form.split("-")
    digits = (3, 4) if marker else (4,)  # «263 هجرية», «879م»
    if not all(p.isdecimal() and len(p) in digits for p in parts) or len(parts) > 2:
        return None
    years = [int(p) for p in parts]
    if marker == "AH" and all(0 < y < 1500 for y in years):
        return [Expr(t.start, toks[i + 1].end, year=years[0], hijri=True, explicit=True)], i + 2
    if marker == "AD" and len(years) == 1 and 100 <= years[0] < 1900:
        return [Expr(t.start, toks[i + 1].end, year=years[0], explicit=True)], i + 2
    prev = toks[i - 1] if i > 0 else None
    strong = prev is not None and prev.get("strong_year") is not None
    if not all(y in YEARS or (strong and 1000 <= y < 2100) for y in years):
        return None
    if prev is not None and prev.get("blocker"):
        return None
    if len(years) == 1 and i + 1 < len(toks) and toks[i + 1].form == "s":  # «the 1990s»
        return [Expr(t.start, toks[i + 1].end, value=f"{years[0] // 10:03d}")], i + 2
    conj = prev is not None and prev.get("connector") is not None
    joined = conj and i > 1 and bool(before) and before[-1].end >= toks[i - 2].end
    trigger = prev is not None and prev.get("year_trigger") is not None and not conj
    if not (trigger or strong or joined or marker == "AD"):
        return None
    end, j = (toks[i + 1].end, i + 2) if marker == "AD" else (t.end, i + 1)
    if len(years) == 1:
        return [Expr(t.start, end, year=years[0], explicit=True)], j
    cut = t.start + 4
    return [Expr(t.start, cut, year=years[0], explicit=True),
            Expr(cut + 1, end, year=years[1], explicit=True)], j


# --- calendar dates -----------------------------------------------------------

# A glue word is read as part of a date only right after what these sets name.
_GLUE_AFTER = {
    "في": {"weekday", "الواقع", "الموافق"}, "الواقع": {"weekday"}, "الموافق": {"weekday"},
    "من": {"day", "month"}, "الشهر": {"من", "day"}, "شهر": {"من", "day"},
    "عام": {"month", "day", "من"}, "العام": {"month", "day", "من"},
    "سنه": {"month", "day", "من"},
    "of": {"month", "day", "th", "st", "nd", "rd"},
    "th": {"day"}, "st": {"day"}, "nd": {"day"}, "rd": {"day"},
    "يوم": {"start"}, "يومي": {"start"}, "the": {"start", "weekday"}, "on": {"start"},
    ",": {"weekday", "month", "day", "year"}, "/": {"month"}, "(": {"month"},
    "-": {"weekday", "month"}, ".": {"month"}, "/ ": {"day", "month_num"},
}
_KEEP_LAST = {"weekday", "month", "month2", "day", "day2", "year", "numeric", "night", "direction",
              "marker", "الشهر", "close", "year_shift", "month_num"}


def _date_kind(t: Tok, seen: set[str], last: str) -> str | None:
    """What a token adds to the date being read, or None where the date stops."""
    n = t.number
    if n is not None:
        if len(t.form) == 4 and "year" not in seen and (
                n in YEARS or n in HIJRI_YEARS or ("month" in seen and 1000 <= n < 2100)):
            return "year"
        if last == "/ " and 1 <= n <= 12 and not seen & {"month", "month_num"}:
            return "month_num"  # «28 / 10 / 2019»
        if 1 <= n <= 31 and len(t.form) <= 2 and "year" not in seen:
            if "day" not in seen and "numeric" not in seen:
                return "day"
            if last == "connector" and "day2" not in seen:
                return "day2"
        return None
    if t.form[:1].isdecimal():
        read = _numeric(t.form) if not seen & {"day", "month", "night"} else None
        if read is None:
            return None
        return "night" if "night" in read else "numeric"
    if t.value("ordinal") and last in ("start", "يوم") and not seen & {"day", "numeric"}:
        return "day"  # «الأول من كانون الأول»
    word = t.value("number")
    if word and word.isdecimal() and int(word) <= 31 and last in ("start", "يوم") \
            and not seen & {"day", "numeric"}:
        return "day"  # «يوم عشرين غشت»
    if t.get("weekday") and not seen & {"weekday", "month", "day", "numeric", "night"}:
        return "weekday"
    if t.get("month") or t.get("hmonth"):
        if "month" not in seen and "numeric" not in seen:
            return "month"
        return "month2" if last in ("month", "/", "(", "-") and "month2" not in seen else None
    if t.get("direction") and last in ("month", "month2", "weekday", "الشهر"):
        return "direction"
    if t.get("direction") and last in ("عام", "العام", "سنه") and "month" in seen:
        return "year_shift"  # «أبريل (نيسان) من العام الماضي»
    if t.get("marker") and last in ("year", "numeric"):
        return "marker"
    if t.form == ")" and last == "month2" and "(" in seen:
        return "close"
    if t.get("connector") and last in ("day", "numeric") and "month" not in seen:
        return "connector"
    if t.form == "/" and last in ("day", "month_num"):
        return "/ "  # a slash between the numbers of a spaced numeric date
    if last in _GLUE_AFTER.get(t.form, ()) or (t.form == ")" and "(" in seen):
        return t.form
    return None


def _date(toks: list[Tok], i: int, normal: str = "") -> tuple[list[Expr], int] | None:
    """Weekday, day, month and year in any order the press writes them.

    «يوم الثلاثاء الواقع في 19 من الشهر August 2014», «السبت 23 2014 Augus»,
    «حزيران / يونيو 2014», «19 من الشهر», «10–28 August 2014», «15/8/2014».
    """
    items: list[tuple[str, int]] = []
    seen: set[str] = set()
    last = "start"
    j = i
    while j < len(toks):
        kind = _date_kind(toks[j], seen, last)
        if kind is None:
            break
        items.append((kind, j))
        seen.add(kind)
        last = "month" if kind == "close" else kind
        j += 1
        if kind in ("direction", "year_shift"):
            break
    while items and items[-1][0] not in _KEEP_LAST:
        items.pop()
    while items and items[0][0] in ("on", "the"):
        items.pop(0)
    if not items:
        return None
    found = _read_date(toks, i, items)
    if found and len(found[0]) == 1 and normal:
        return _after_date(toks, found[1], found[0][0], normal)
    return found


def _after_date(toks: list[Tok], j: int, expr: Expr, normal: str
                ) -> tuple[list[Expr], int]:
    """A part of the day or a clock time after a date: «Saturday morning», «… 19:14»."""
    if j < len(toks) and (toks[j].get("hour") or CLOCK.match(toks[j].form)):
        clock = _clock(toks, j, normal)
        if clock:
            c, k = clock
            return [replace(expr, end=c.end, type="TIME", hour=c.hour, minute=c.minute,
                            part=c.part or expr.part)], k
    part = _kind(toks, j, "part")
    if part and expr.part is None and not toks[j].get("unit") and expr.day is None:
        return [replace(expr, end=toks[j].end, part=part)], j + 1
    if part and expr.part is None and toks[j].form.isascii():
        return [replace(expr, end=toks[j].end, part=part)], j + 1
    return [expr], j


def _read_date(toks: list[Tok], i: int, items: list[tuple[str, int]]
               ) -> tuple[list[Expr], int] | None:
    kinds = {k for k, _ in items}
    got: dict[str, int | None] = {"year": None, "month": None, "day": None, "weekday": None}
    day2 = direction = year_shift = None
    hijri = night = False
    for kind, j in items:
        t = toks[j]
        if kind in ("year", "day"):
            got[kind] = (t.number if t.number is not None
                         else int(t.value("ordinal") or t.value("number") or 0))
        elif kind == "month_num":
            got["month"] = t.number
        elif kind == "day2":
            day2 = t.number
        elif kind == "weekday":
            got["weekday"] = int(t.value("weekday") or 0)
        elif kind == "month":
            hijri = t.get("month") is None
            got["month"] = int(t.value("month") or t.value("hmonth") or 0)
        elif kind == "direction":
            direction = int(t.value("direction") or 0)
        elif kind == "year_shift":
            year_shift = int(t.value("direction") or 0)
        elif kind == "marker" and t.value("marker") == "AH":
            hijri = True
        elif kind in ("numeric", "night"):
            read = _numeric(t.form) or {}
            got.update({k: v for k, v in read.items() if k != "night"})
            night = kind == "night"
    year, month, day, weekday = got["year"], got["month"], got["day"], got["weekday"]
    if year in HIJRI_YEARS and not hijri:
        return None
    first, last_j = items[0][1], items[-1][1]
    end = toks[last_j].end
    if month is None:
        if "الشهر" in kinds and day is not None:  # «19 من الشهر», «5 من الشهر الجاري»
            expr = Expr(toks[first].start, end, day=day, weekday=weekday, explicit=True,
                        month_from_ref=direction is None, month_shift=direction)
            return [expr], last_j + 1
        if weekday is not None and _weekday_alone_ok(toks, items, direction):
            wj = next(j for k, j in items if k == "weekday")
            stop = last_j if direction is not None else wj
            return [Expr(toks[first].start, toks[stop].end, weekday=weekday,
                         direction=direction, explicit=True)], stop + 1
        return None
    mj = next((j for k, j in items if k == "month"), None)
    if (mj is not None and toks[mj].get("weak") and weekday is not None and day is None
            and year is None and year_shift is None and direction is None):
        wj = next(j for k, j in items if k == "weekday")  # «Wednesday may»: the weekday alone
        return [Expr(toks[first].start, toks[wj].end, weekday=weekday, explicit=True)], wj + 1
    if day is None and year is None and weekday is None and year_shift is None:
        p = i - 2 if i > 1 and toks[i - 1].form == "-" else i - 1  # «mid-February»
        trigger = _kind(toks, p, "year_trigger") is not None or (
            p >= 0 and toks[p].form in ("شهر", "شهري"))
        if not (direction is not None or trigger):
            return None
    expr = Expr(toks[first].start, end, year=year, month=month, day=day, hijri=hijri,
                weekday=weekday, direction=direction, explicit=True, year_shift=year_shift,
                part="NI" if night else None)
    if day2 is not None:  # «10 – 28 August 2014»: two dates sharing month and year
        dj = next(j for k, j in items if k == "day")
        d2j = next(j for k, j in items if k == "day2")
        head = replace(expr, end=toks[dj].end, weekday=None)
        tail = replace(expr, start=toks[d2j].start, day=day2)
        return [head, tail], last_j + 1
    return [expr], last_j + 1


def _weekday_alone_ok(toks: list[Tok], items: list[tuple[str, int]], direction: int | None
                      ) -> bool:
    """A bare weekday counts with «يوم» before it, a direction after, or a strong form."""
    wj = next(j for k, j in items if k == "weekday")
    return direction is not None or items[0][0] == "يوم" or not toks[wj].get("weak")


def _numeric(form: str) -> dict[str, int] | None:
    """«15/8/2014», «2014-08-15», «15/8/14», «23/24» (a night across two days)."""
    m = NUMERIC.match(form)
    if not m:
        return None
    a, sep, b, c = int(m[1]), m[2], int(m[3]), m[4]
    if c is None:
        if len(m[1]) <= 2 and len(m[3]) <= 2 and sep == "/" and b == a + 1 and b <= 31:
            return {"day": a, "night": 1}
        return None
    year = int(c) if len(c) == 4 else 2000 + int(c) if int(c) < 50 else 1900 + int(c)
    if len(m[1]) == 4:  # 2014-08-15
        year, month, day = a, b, int(c)
        if len(c) > 2:
            return None
    elif len(c) not in (2, 4):
        return None
    elif a <= 12 < b:  # 8/15/2014, the American order
        month, day = a, b
    else:
        day, month = a, b
    if not (1 <= month <= 12 and 1 <= day <= 31 and (year in YEARS or year in HIJRI_YEARS)):
        return None
    return {"year": year, "month": month, "day": day}
