"""``rasd demo`` (issue 14, item 1): it finds its record by id, so it works whatever the
store already holds, the demo text from another checkout or install included."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.cli.demo import DEMO


def rasd(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _report() -> bytes:
    return resources.files("rasd.data.demo").joinpath(DEMO).read_bytes()


def test_demo_stores_and_shows_the_bundled_report(db):
    first = rasd("demo")
    assert first.exit_code == 0
    assert "published  2020-03-11" in first.stdout and f"stored in {db}" in first.stdout
    assert "already stored" in rasd("demo").stdout
    assert json.loads(rasd("status", "--json").stdout)["counts"]["documents"] == 1


@pytest.mark.parametrize("elsewhere", [
    ["old-checkout/src/rasd/data/demo/report-ar.txt"],          # another checkout, a moved repo
    ["a/report-ar.txt", "b/copy.txt"],                           # found twice, neither here
])
def test_demo_works_when_the_store_holds_its_text_under_another_path(db, tmp_path, elsewhere):
    for relative in elsewhere:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_report())
        assert rasd("ingest", str(path)).exit_code == 0
    other = tmp_path / "other.txt"
    other.write_text("قصفت الطائرات أطراف المدينة.", encoding="utf-8")
    rasd("ingest", str(other))
    result = rasd("demo")
    assert result.exit_code == 0, result.output
    assert "published  2020-03-11" in result.stdout and "already stored" in result.stdout
    shown = json.loads(rasd("demo", "--json").stdout)
    assert shown["document"]["text"] in _report().decode("utf-8")
    assert json.loads(rasd("status", "--json").stdout)["counts"]["documents"] == 2
