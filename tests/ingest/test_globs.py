"""Glob patterns (issue 14, item 7): ``**`` never follows a symlinked folder, so a
symlink loop costs a bounded number of folder listings, not a hang."""

from __future__ import annotations

import glob
import os

import pytest

from rasd.ingest import globs
from rasd.ingest.folders import expand

TREE = ["a.txt", "b.md", "sub/c.txt", "sub/deep/d.txt", "sub/.hidden/e.txt", ".f.txt",
        "other/g.txt"]


@pytest.fixture
def tree(tmp_path):
    for name in TREE:
        path = tmp_path / "dir" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("نص.", encoding="utf-8")
    return tmp_path / "dir"


@pytest.fixture
def listing_budget(monkeypatch):
    """Fail, instead of hanging, once folders have been listed more than 200 times."""
    calls = {"n": 0}

    def counted(real):
        def listing(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] > 200:
                raise AssertionError("more than 200 folder listings: a symlink loop followed")
            return real(*args, **kwargs)
        return listing

    monkeypatch.setattr(os, "scandir", counted(os.scandir))
    monkeypatch.setattr(os, "listdir", counted(os.listdir))
    return calls


@pytest.mark.parametrize("pattern", ["**/*.txt", "*/*.txt", "sub/**/d.txt", "*.txt",
                                     "**/deep", "s*/*/*.txt", ".*.txt", "sub/**/*"])
def test_matches_agree_with_glob_where_no_link_is_involved(tree, pattern):
    expected = sorted(glob.glob(str(tree / pattern), recursive=True))
    assert globs.matches(str(tree / pattern)) == expected


def test_a_final_double_star_names_the_folder_for_the_walk(tree):
    assert globs.matches(str(tree / "**")) == [str(tree)]
    assert len(list(expand([str(tree / "**")]))) == 5  # what walking the folder gives


def test_a_relative_pattern_gives_relative_paths(tree, monkeypatch):
    monkeypatch.chdir(tree)
    assert globs.matches("**/*.txt") == sorted(glob.glob("**/*.txt", recursive=True))


def test_symlink_loops_under_a_recursive_glob_are_not_followed(tree, listing_budget):
    os.symlink(tree, tree / "sub" / "up")        # two ways back up: glob.glob lists 2^40
    os.symlink(tree / "sub", tree / "other" / "side")  # folders before the system says no
    found = list(expand([str(tree / "**" / "*.txt")]))
    assert [os.path.relpath(p, tree) for p in found] == [
        "a.txt", os.path.join("other", "g.txt"), os.path.join("sub", "c.txt"),
        os.path.join("sub", "deep", "d.txt")]
    assert listing_budget["n"] < 50


def test_a_symlink_named_by_the_pattern_itself_is_still_followed(tree):
    os.symlink(tree / "sub", tree / "link")
    found = [os.path.relpath(p, tree) for p in expand([str(tree / "link" / "*.txt")])]
    assert found == [os.path.join("link", "c.txt")]
