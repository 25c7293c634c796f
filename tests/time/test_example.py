"""The worked example (../shared/examples): every date valued, no number mistaken for one."""

from __future__ import annotations

import rasd
from tests.conftest import EXAMPLE, shared


def test_worked_example_dates_and_findings():
    shared("examples")
    analysis = rasd.analyze(EXAMPLE)
    text = analysis.document.text
    got = {" ".join(t.text.split()): t.value for t in analysis.times}
    assert got == {
        "ربيع العام 2011": "2011-SP",
        "حزيران / يونيو 2014": "2014-06",
        "ليلة 23/24 تموز/يوليو": "2014-07-23TNI",
        "أقل من ساعة": "PT1H",
        "August 15 2014": "2014-08-15",
        "25 من الشهر": "2014-08-25",
        "بعد عشرة أيام": "2014-08-25",
        "قبل المؤتمر الصحفي بليلة واحدة": "2014-08-24TNI",
        "قبل ذلك بستة أيام": "2014-08-19",
        "يوم الثلاثاء الواقع في 19 من الشهر August 2014": "2014-08-19",
        "هذا اليوم": "2014-08-19",
        "في المستقبل": "FUTURE_REF",
        "يوم السبت 23 2014 Augus": "2014-08-23",
        "مساء ذلك اليوم": "2014-08-23TEV",
        "يومين": "P2D",
    }
    for number in ("2170", "17", "93", "76", "60", "3 كم", "16", "18"):
        assert not any(number in t.text for t in analysis.times if "2014" not in t.text), number
    kinds = [(f.kind, [" ".join(text[s:e].split()) for s, e in f.spans])
             for f in analysis.findings]
    assert ("weekday_ok", ["يوم الثلاثاء الواقع في 19 من الشهر August 2014"]) in kinds
    assert ("weekday_ok", ["يوم السبت 23 2014 Augus"]) in kinds
    assert ("relative_date_ok", ["25 من الشهر", "بعد عشرة أيام"]) in kinds
    assert not any(k.endswith(("mismatch", "conflict")) for k, _ in kinds)
