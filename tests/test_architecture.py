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


@pytest.mark.parametrize("path", [p for p in _modules() if p.name == "__init__.py"],
                         ids=lambda p: str(p.relative_to(SRC)))
def test_a_package_init_is_a_table_of_contents(path):
    for node in ast.parse(path.read_text("utf-8")).body:
        docstring = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        names = isinstance(node, ast.Assign) and all(
            isinstance(t, ast.Name) and t.id in ("__all__", "__version__") for t in node.targets)
        assert docstring or names or isinstance(node, ast.Import | ast.ImportFrom), (
            f"{path.relative_to(SRC)} line {node.lineno}: logic in a package __init__")


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_is_over_400_lines(path):
    assert len(path.read_text("utf-8").splitlines()) <= 400
