"""The month and weekday tables are built from CLDR plus curated rows, and are fresh."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT, SHARED, shared


def load_builder():
    spec = importlib.util.spec_from_file_location("build_calendar",
                                                  ROOT / "scripts" / "build_calendar.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_calendar_tables_equal_a_fresh_build():
    shared("data/cldr-arabic-calendar")
    builder = load_builder()
    for name, text in builder.build(SHARED).items():
        shipped = (builder.DATA / "ar" / f"{name}.tsv").read_text("utf-8")
        assert shipped == text, f"stale {name}.tsv: run python scripts/build_calendar.py"


def test_every_convention_names_every_month():
    text = (load_builder().DATA / "ar" / "months.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    for locale in ("ar_SY", "ar_EG", "ar_DZ", "ar_MA", "ar_IQ"):
        months = {int(r[1]) for r in rows if locale in r[2].split(",")}
        assert months == set(range(1, 13)), locale
