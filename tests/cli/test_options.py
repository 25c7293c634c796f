"""Options several commands share; here --db, which may come before or after the command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.store import Store


def rasd(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    """A database holding the hand-built record, made once and copied by each test."""
    from tests.conftest import full_analysis

    path = tmp_path_factory.mktemp("stored") / "stored.duckdb"
    with Store(path) as store:
        store.put(full_analysis(), "fixture.txt")
    return path


def _mine(stored: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(stored, tmp_path / "mine.duckdb"))


def _arguments(analysis) -> dict[str, list[str]]:
    """A run of every command that takes --db, on a database holding ``analysis``."""
    return {"ingest": ["ingest", "-"], "reanalyse": ["reanalyse"], "status": ["status"],
            "list": ["list"], "show": ["show", analysis.document.id[:12]],
            "export": ["export"], "network": ["network"], "demo": ["demo"],
            "reuse": ["reuse"],
            "serve": ["serve"]}  # serve does not return: tests/cli/test_serve.py runs it


def test_options_db_every_command_with_a_database_is_tested_here(analysis):
    takes_db = {name for name, command in main.commands.items()
                if any(p.name == "db_path" for p in command.params)}
    assert takes_db == set(_arguments(analysis))


@pytest.mark.parametrize("before", [True, False], ids=["rasd --db X cmd", "rasd cmd --db X"])
@pytest.mark.parametrize("name", ["ingest", "reanalyse", "status", "list", "show", "export",
                                  "network", "demo", "reuse"])
def test_options_db_is_read_before_and_after_the_command(db, tmp_path, stored, analysis, name,
                                                        before):
    """Issue 14 item 10: `rasd --db X list` used to be a usage error; and a --db given
    anywhere must beat $RASD_DB (``db`` points it elsewhere)."""
    mine = _mine(stored, tmp_path)
    args = _arguments(analysis)[name]
    argv = ["--db", str(mine), *args] if before else [*args, "--db", str(mine)]
    result = rasd(*argv, input="قصفت الطائرات مدينة الرقة.")
    assert result.exit_code == 0, result.output
    assert not db.exists(), "$RASD_DB was used instead of --db"
    with Store(mine, read_only=True) as store:
        assert store.counts()["documents"] >= 1


def test_options_db_after_the_command_beats_the_one_before(db, tmp_path, stored, analysis):
    mine, other = _mine(stored, tmp_path), tmp_path / "other.duckdb"
    result = rasd("--db", str(other), "list", "--db", str(mine))
    assert result.exit_code == 0 and analysis.document.id[:12] in result.stdout
    assert not other.exists()


def test_options_db_without_a_flag_is_still_rasd_db(db, analysis):
    with Store(db) as store:
        store.put(analysis, "fixture.txt")
    assert analysis.document.id[:12] in rasd("list").stdout


def test_options_db_before_a_command_without_a_database_is_a_usage_error(tmp_path, example):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.duckdb"), "analyze",
                                       str(example)])
    assert result.exit_code == 2 and "rasd analyze uses no database" in result.stderr
