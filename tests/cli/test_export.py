"""``rasd export`` on the command line: it writes from the store's layer queries.

Regression (new-user issue, item 12): ``--format csv --layer events`` built every full
record of the store first, so it took seconds on a small store.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from rasd.cli.main import main
from rasd.store import Store
from tests.conftest import full_analysis


@pytest.mark.parametrize("args", [["--format", "jsonl"], ["--format", "csv"],
                                  ["--format", "csv", "--layer", "events"]])
def test_export_command_builds_no_record(db, monkeypatch, args):
    with Store(db) as store:
        store.put(full_analysis(), "a.txt")

    def refuse(*args, **kwargs):
        raise AssertionError("export built full records")

    monkeypatch.setattr(Store, "analyses", refuse)
    result = CliRunner().invoke(main, ["export", *args], catch_exceptions=False)
    assert result.exit_code == 0 and full_analysis().document.id in result.output
