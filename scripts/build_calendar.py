"""Build data/time/ar/{months,weekdays}.tsv from CLDR and the curated rows.

CLDR (../shared/data/cldr-arabic-calendar) gives each Arabic locale's month and
weekday names; data/time/curated/*_ar.tsv adds variants and misspellings. The
output is sorted and byte-stable; tests/data/test_calendar.py rebuilds and compares.

    python scripts/build_calendar.py [--shared ../shared] [--check]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "rasd" / "data" / "time"
CLDR = Path("data/cldr-arabic-calendar/cldr_arabic_calendar_names.tsv")

HEADERS = {
    "months": ("# Arabic Gregorian month names. Format: form<TAB>month<TAB>conventions<TAB>note.\n"
               "# conventions: the CLDR locales that use the form, or the curated row's tag.\n"),
    "weekdays": ("# Arabic weekday names. Format: form<TAB>weekday (0=Monday)<TAB>conventions"
                 "<TAB>note.\n"),
}
FOOTER = ("# Built by scripts/build_calendar.py from CLDR 47 ({cldr}) and "
          "data/time/curated/{name}_ar.tsv; do not edit by hand.\n")
FIELDS = {"months": "gregorian_month", "weekdays": "weekday(0=Mon)"}


def build(shared: Path) -> dict[str, str]:
    """The text of each output table."""
    source = shared / CLDR
    if not source.exists():
        raise SystemExit(f"build_calendar: {source} is missing (pass --shared)")
    with source.open(encoding="utf-8") as f:
        cldr = list(csv.DictReader(f, delimiter="\t"))
    out = {}
    for name, field in FIELDS.items():
        rows: dict[tuple[str, int], dict[str, set[str]]] = defaultdict(
            lambda: {"conv": set(), "note": set()})
        for r in cldr:
            if r["field"] == field and r["width"] in ("wide", "abbreviated"):
                rows[(r["name"], int(r["index"]))]["conv"].add(r["locale"])
        for form, value, conv, note in _curated(DATA / "curated" / f"{name}_ar.tsv"):
            row = rows[(form, int(value))]
            row["conv"].add(conv)
            if note:
                row["note"].add(note)
        lines = [HEADERS[name], FOOTER.format(cldr=CLDR.parent.name, name=name)]
        for (form, value), row in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            conv = ",".join(sorted(row["conv"]))
            lines.append(f"{form}\t{value}\t{conv}\t{'; '.join(sorted(row['note']))}\n")
        out[name] = "".join(lines)
    return out


def _curated(path: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = [*line.split("\t"), "", "", ""]
            if path.stem.startswith("weekdays"):  # form, weekday, note
                rows.append((cells[0], cells[1], "curated", cells[2]))
            else:
                rows.append((cells[0], cells[1], cells[2], cells[3]))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true", help="fail if the tables are stale")
    args = parser.parse_args()
    stale = []
    for name, text in build(args.shared).items():
        path = DATA / "ar" / f"{name}.tsv"
        if args.check:
            if not path.exists() or path.read_text("utf-8") != text:
                stale.append(str(path))
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
