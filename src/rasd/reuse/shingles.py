"""Words and word shingles of a folded text: what text reuse is found by.

The text is folded first (``rasd.arabic.normalise``: harakat, tatweel, alef, ya,
ta marbuta and hamza seats, Eastern digits, odd spaces), so a haraka never splits a
word and a vocalised copy reads like the bare one. Each word gets a stable 32-bit
hash (crc32 of its UTF-8) and each run of ``SIZE`` words a 64-bit hash made from
them: the same in every process and every run, so they can be stored and a later
document matched against them.

``keys`` are the shingles kept in the candidate index: every shingle whose hash is
0 modulo ``SAMPLE`` (a shingle is kept in every document that has it, so two copies
keep the same ones), plus each document's ``BOTTOM`` smallest hashes, so a short
document always has a few. All of it is one pass over the text and a few array
operations: linear in the text.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

SIZE = 5  # words in a shingle
SAMPLE = 6  # one shingle in SAMPLE (by hash) is an index key
BOTTOM = 12  # and the BOTTOM smallest hashes of every document
WORD = re.compile(r"[^\W_]+")
_P = np.uint64(1_000_003)
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_CACHED = 500_000  # words whose hash is kept, so memory stays bounded


class _WordHashes(dict):
    """crc32 of a word's UTF-8, remembered: news repeats its words."""

    def __missing__(self, word: str) -> int:
        if len(self) >= _CACHED:
            self.clear()
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


_hashes = _WordHashes()


def word_hashes(words: list[str]) -> np.ndarray:
    """A stable 32-bit hash per word, as uint64."""
    return np.fromiter(map(_hashes.__getitem__, words), dtype=np.uint64, count=len(words))


def shingle_hashes(words: np.ndarray) -> np.ndarray:
    """The mixed 64-bit hash of every run of ``SIZE`` words (one for a shorter text,
    none for a text without words). Multiplication wraps modulo 2**64 on purpose."""
    n = len(words)
    if n == 0:
        return np.zeros(0, dtype=np.uint64)
    width = min(SIZE, n)
    count = n - width + 1
    h = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(width):
            h = h * _P + words[k:k + count]
        h ^= h >> np.uint64(31)  # splitmix64's finaliser: every bit depends on every word
        h *= _MIX1
        h ^= h >> np.uint64(29)
        h *= _MIX2
        h ^= h >> np.uint64(32)
    return h


def keys(hashes: np.ndarray) -> np.ndarray:
    """The index keys of a document's shingle hashes, unique and sorted, as int64 (the
    store's BIGINT)."""
    sampled = hashes[hashes % np.uint64(SAMPLE) == 0]
    bottom = np.partition(hashes, BOTTOM)[:BOTTOM] if len(hashes) > BOTTOM else hashes
    return np.unique(np.concatenate([sampled, bottom])).view(np.int64)


def shingles(normal: str) -> tuple[int, np.ndarray]:
    """(number of words, shingle hashes) of a folded text."""
    words = WORD.findall(normal)
    return len(words), shingle_hashes(word_hashes(words))


def word_spans(normal: str) -> tuple[list[int], list[int]]:
    """Where each word of a folded text starts and ends."""
    starts, ends = [], []
    for m in WORD.finditer(normal):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends
