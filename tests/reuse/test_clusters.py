"""Reuse clusters and independent sources."""

from __future__ import annotations

from rasd.reuse.clusters import Clusters, independent


def test_documents_joined_through_others_are_one_cluster():
    c = Clusters([("wire", "a"), ("a", "b"), ("x", "y")])
    assert c.groups() == [["a", "b", "wire"], ["x", "y"]]


def test_ten_outlets_copying_one_wire_are_one_independent_source():
    c = Clusters(("wire", f"paper{n}") for n in range(10))
    assert independent([f"paper{n}" for n in range(10)], c) == (10, 1)
    assert independent(["paper1", "paper2", "own-story"], c) == (3, 2)
