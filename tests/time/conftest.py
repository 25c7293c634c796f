"""Tokens of a short text, scanned the way the time stage scans a document."""

from __future__ import annotations

import pytest

from rasd.arabic import layer
from rasd.time.lexicon import load
from rasd.time.scan import Tok, scan


def scanned(text: str) -> tuple[list[Tok], str]:
    """The scanner's tokens of ``text`` and the folded text their offsets index."""
    folded = layer(text)
    return scan(folded, load()), folded.normal


@pytest.fixture
def read():
    """Run a rule at the first token of a text: ``read(rule, text)`` -> (Expr, text read)."""
    def run(rule, text: str, at: int = 0):
        toks, normal = scanned(text)
        found = rule(toks, at, normal)
        if not found:
            return None
        expr, _ = found
        if isinstance(expr, list):
            return [(e, normal[e.start:e.end]) for e in expr]
        return expr, normal[expr.start:expr.end]
    return run
