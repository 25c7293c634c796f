"""The docs cover what rasd has: every command and option, record field and data file."""

from __future__ import annotations

import dataclasses
import re
from importlib import resources

import click
import pytest

from rasd import model
from rasd.cli import main
from tests.conftest import ROOT

DOCS = ROOT / "docs"


def doc(name: str) -> str:
    return (DOCS / name).read_text("utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_and_option_is_in_cli_md(name):
    text = doc("cli.md")
    assert f"## `rasd {name}" in text, f"docs/cli.md lacks a section for rasd {name}"
    section = text.split(f"## `rasd {name}", 1)[1].split("\n## ", 1)[0]
    for param in main.commands[name].params:
        if isinstance(param, click.Option):
            names = [o for o in param.opts if o.startswith("--")]
            assert any(o in section or o in text.split("##", 1)[0] for o in names), (
                f"docs/cli.md: rasd {name} does not mention {names}")


@pytest.mark.parametrize("cls", [model.Document, model.Time, model.Entity, model.Mention,
                                 model.Event, model.Finding])
def test_every_record_field_is_in_record_md(cls):
    text = doc("record.md")
    for field in dataclasses.fields(cls):
        assert re.search(rf"`{field.name}`", text), (
            f"docs/record.md lacks {cls.__name__}.{field.name}")


def test_every_data_file_is_in_data_md():
    text = doc("data.md")
    root = resources.files("rasd.data")
    shipped = [p for p in _walk(root) if not p.endswith(".py")]
    assert shipped
    for path in shipped:
        assert f"`{path}`" in text or path.rsplit("/", 1)[1] in text, f"docs/data.md lacks {path}"


def _walk(folder, prefix=""):
    for entry in folder.iterdir():
        if entry.name.startswith("__"):
            continue
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _walk(entry, name + "/")
        else:
            yield name


def test_readme_quick_start_has_two_commands():
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"## Quick start.*?```\w*\n(.*?)```", readme, re.S).group(1)
    commands = [line for line in block.splitlines() if line.strip()
                and not line.startswith("#")]
    assert len(commands) == 2
    assert "rasd demo" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"## Quick start.*?```\w*\n(.*?)```", readme, re.S).group(1)
    test_command = [line for line in block.splitlines() if line.strip()][1].strip()
    assert test_command in (ROOT / ".ci" / "run").read_text("utf-8")
