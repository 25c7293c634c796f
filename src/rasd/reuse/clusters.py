"""Reuse clusters, and how many independent sources a set of documents amounts to.

Documents joined by reuse relations (directly, or through others) form a cluster:
they tell what one source told. For any set of documents (those telling an event)
the number of independent sources is the number of clusters they fall in, a
document in none counting alone. Union-find: linear in the relations.
"""

from __future__ import annotations

from collections.abc import Iterable


class Clusters:
    """Clusters of document ids, built from (source, copy) pairs."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()):
        self.parent: dict[str, str] = {}
        for a, b in pairs:
            self.join(a, b)

    def find(self, x: str) -> str:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def join(self, a: str, b: str) -> None:
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[str]]:
        """Every cluster of two or more documents, its members sorted, largest first."""
        found: dict[str, list[str]] = {}
        for x in self.parent:
            found.setdefault(self.find(x), []).append(x)
        return sorted((sorted(g) for g in found.values()), key=lambda g: (-len(g), g[0]))


def independent(documents: Iterable[str], clusters: Clusters) -> tuple[int, int]:
    """(documents, independent sources) of a set of document ids."""
    ids = set(documents)
    return len(ids), len({clusters.find(i) for i in ids})
