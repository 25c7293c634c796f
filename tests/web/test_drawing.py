from __future__ import annotations

import datetime as dt

from rasd.web import drawing
from rasd.web.periods import period


def test_timeline_draws_each_period_at_its_place_and_length():
    periods = [period("2014"), period("2014-08"), period("2014-08-24TNI")]
    bars, ticks = drawing.timeline(periods)
    year, month, night = bars
    assert year.x == 0 and abs(year.width - drawing.WIDTH) < 0.01 and year.shape == "bar"
    assert abs(month.width / year.width - 31 / 365) < 0.001
    assert night.shape == "part" and night.width == 3.0  # a day is drawn at least 3 wide
    assert [t["label"] for t in ticks][:2] == ["2014-01", "2014-02"]


def test_timeline_runs_right_to_left_for_arabic():
    periods = [period("2014-01"), period("2014-12")]
    ltr, _ = drawing.timeline(periods)
    rtl, _ = drawing.timeline(periods, rtl=True)
    assert ltr[0].x < ltr[1].x and rtl[0].x > rtl[1].x


def test_circle_and_offset_keep_lines_apart():
    where = drawing.circle(["a", "b", "c", "d"])
    assert where["a"] == (500.0, 170.0)
    x1, y1, x2, y2 = drawing.offset((0, 0), (100, 0), 1)
    assert (y1, y2) == (5.0, 5.0) and (x1, x2) == (0, 100)


def test_empty_timeline():
    assert drawing.timeline([]) == ([], [])
    assert period("2014-08-19").first == dt.date(2014, 8, 19)
