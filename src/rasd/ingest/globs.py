"""Glob patterns expanded without following symlinked folders under ``**``.

``glob.glob(recursive=True)`` follows every symlink to a folder while it
matches ``**``, so two links back up the tree (``dir/a -> ..``) make it list
folders exponentially until the system's symlink limit: ``rasd ingest
'dir/**/*.txt'`` hung with its memory growing. Here ``**`` descends as the
folder walk does, never into a symlinked folder, while a named or ``*``
component (bounded by the pattern's length) may still pass through one. Hidden
names match only a component that starts with a dot, as with ``glob``.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterator


def matches(pattern: str) -> list[str]:
    """The paths ``pattern`` names, sorted (files and folders, as ``glob.glob`` gives)."""
    drive, rest = os.path.splitdrive(pattern)
    root = drive + os.sep if rest.startswith(os.sep) else drive
    parts = [p for p in rest.split(os.sep) if p]
    found = _match(root, parts) if parts else iter(())
    return sorted(set(found))


def _match(base: str, parts: list[str]) -> Iterator[str]:
    head, rest = parts[0], parts[1:]
    if head == "**":
        if not rest:  # everything below: the folder itself, which the caller walks
            yield base or os.curdir
            return
        for folder in _folders(base):
            yield from _match(folder, rest)
        return
    names = _names(base, head) if glob.has_magic(head) else (
        [head] if os.path.lexists(os.path.join(base, head)) else [])
    for name in names:
        path = os.path.join(base, name)
        if not rest:
            yield path
        elif os.path.isdir(path):
            yield from _match(path, rest)


def _folders(base: str) -> Iterator[str]:
    """``base`` and every folder below it, not through symlinks, hidden ones skipped;
    written as ``base`` is (``""`` for the current folder)."""
    for root, dirs, _ in os.walk(base or os.curdir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield root if base else "" if root == os.curdir else os.path.relpath(root)


def _names(folder: str, pattern: str) -> list[str]:
    try:
        names = os.listdir(folder or os.curdir)
    except OSError:
        return []
    if not pattern.startswith("."):
        names = [n for n in names if not n.startswith(".")]
    return sorted(fnmatch.filter(names, pattern))
