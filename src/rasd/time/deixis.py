"""Times named from where the writer or the narrative stands, and words that are times.

Deictic words count from the publication date («أمس», «غدا», «yesterday»), as do
periods with a direction («العام الماضي», «last week»); anaphors count from the
narrative's date («ذلك اليوم», «the next day»). Seasons, decades, vague references
(«حاليا») and sets («يوميا») are read here too.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.time.dates import date
from rasd.time.expr import YEARS, Expr, glue_after, kind_at
from rasd.time.scan import Tok


def deictic(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«أمس», «اليوم», «غدا», «yesterday», with a weekday after («أمس الأحد»)."""
    if i >= len(toks):
        return None
    value = toks[i].value("deictic")
    if value is None or kind_at(toks, i + 1, "not_after") is not None:
        return None
    days, _, part = value.partition(":")
    expr = Expr(toks[i].start, toks[i].end, deictic=(int(days), "D"), part=part or None)
    j = i + 1
    k = j + 1 if j < len(toks) and glue_after(toks[j], "deictic") else j  # «أمس، الأحد»
    weekday = kind_at(toks, k, "weekday")
    if weekday is not None and not toks[k].get("weak"):
        dated = date(toks, k)  # «أمس الأحد 20 يوليو», «اليوم الإثنين (6 أكتوبر 2014)»
        if dated and len(dated[0]) == 1 and dated[0][0].day is not None:
            return replace(dated[0][0], start=expr.start, part=expr.part), dated[1]
        expr = replace(expr, weekday=int(weekday), end=toks[k].end)
        j = k + 1
        if j < len(toks) and toks[j].form == ")" and toks[k - 1].form == "(":
            expr = replace(expr, end=toks[j].end)  # «اليوم (الثلاثاء)», both brackets
            j += 1
    dated = date(toks, j) if j < len(toks) and toks[j].form[:1].isdecimal() else None
    if dated and len(dated[0]) == 1 and dated[0][0].day is not None:  # «أمس الـ20 من يوليو»
        return replace(dated[0][0], start=expr.start, part=expr.part,
                       weekday=expr.weekday), dated[1]
    return _trailing_part(toks, j, expr)


def anaphor(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«ذلك اليوم», «في اليوم التالي», «the next day»: counted from the narrative's date."""
    value = toks[i].value("anaphor")
    if value is None:
        return None
    days, _, part = value.partition(":")
    return _trailing_part(toks, i + 1, Expr(toks[i].start, toks[i].end, anaphor=int(days),
                                            part=part or None))


def _trailing_part(toks: list[Tok], j: int, expr: Expr) -> tuple[Expr, int]:
    """«أمس مساء», «yesterday morning», «Tuesday night»."""
    part = kind_at(toks, j, "part")
    if part and expr.part is None and not toks[j].get("unit"):  # «ليلة» also counts nights
        return replace(expr, part=part, end=toks[j].end), j + 1
    return expr, j


def period(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«العام الماضي», «هذا الأسبوع», «last month», «next year»."""
    t = toks[i]
    unit = t.value("period")
    if unit:
        direction = kind_at(toks, i + 1, "direction")
        if direction is not None:
            return Expr(t.start, toks[i + 1].end, deictic=(int(direction), unit)), i + 2
        return None
    this = t.value("this") if not t.form.isascii() else t.value("direction")
    if this is not None and kind_at(toks, i + 1, "period"):
        unit = toks[i + 1].value("period") or "Y"
        return Expr(t.start, toks[i + 1].end, deictic=(int(this), unit)), i + 2
    return None


def season(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """«ربيع العام 2011», «spring of 2011», «الصيف الماضي»."""
    name = toks[i].value("season")
    if not name or toks[i].get("hmonth"):
        return None
    j = i + 1
    while j < len(toks) and glue_after(toks[j], "season"):  # «العام», «of the»
        j += 1
    year = toks[j].number if j < len(toks) else None
    if year in YEARS and j - i <= 3:
        return Expr(toks[i].start, toks[j].end, year=year, season=name, explicit=True), j + 1
    direction = kind_at(toks, i + 1, "direction")
    if direction is not None:
        return Expr(toks[i].start, toks[i + 1].end, season=name,
                    direction=int(direction)), i + 2
    return None


def fixed(toks: list[Tok], i: int, normal: str) -> tuple[Expr, int] | None:
    """Vague references («حاليا» PRESENT_REF), sets («يوميا» P1D) and decades («التسعينات»)."""
    t = toks[i]
    if t.value("vague"):
        return Expr(t.start, t.end, value=t.value("vague")), i + 1
    if t.value("set"):
        return Expr(t.start, t.end, type="SET", value=t.value("set")), i + 1
    if t.value("decade"):
        return Expr(t.start, t.end, value=t.value("decade")), i + 1
    return None
