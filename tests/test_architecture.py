"""The layout's rules (DESIGN.md, docs/architecture.md), checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

SRC = ROOT / "src" / "rasd"
STAGES = ("ingest", "time", "entities", "events", "checks")


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "data" not in p.relative_to(SRC).parts)


def _imports(path: Path) -> set[str]:
    """The rasd modules a file imports (absolute names), at any depth of the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("rasd"):
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("rasd"))
    return found


def _package(path: Path) -> str:
    return path.relative_to(SRC).parts[0].removesuffix(".py")


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_run_one_way(path):
    package = _package(path)
    imported = {name.split(".")[1] for name in _imports(path) if name.count(".") >= 1}
    if package in STAGES:
        others = imported & (set(STAGES) - {package})
        assert not others, f"the {package} stage imports the {others} stage(s)"
        assert not imported & {"pipeline", "knowledge", "store", "batch", "cli", "export"}
    if package == "store":
        assert imported <= {"store", "model", "errors"}, imported
    if package in ("model", "arabic", "tables", "errors", "calendar_names"):
        assert imported <= {"model", "arabic", "errors", "tables", "calendar_names"}, imported


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_nothing_writes_the_environment(path):
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store):
            assert ast.unparse(node.value) not in ("os.environ", "environ"), path
        if isinstance(node, ast.Call) and ast.unparse(node.func) in (
                "os.environ.setdefault", "os.environ.update", "os.putenv"):
            pytest.fail(f"{path} writes the environment")
