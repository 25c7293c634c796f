"""The knowledge one run uses, as one value handed to the pipeline and its stages.

A run knows the time words (``data/time``), the knowledge base with the rows of
the user's ``--kb`` file on top, its gazetteer and the NER model
(``data/entities``, ``data/kb``). ``load(kb)`` makes that value once per
configuration; the pipeline passes each stage its part, so nothing is read from
or written to the environment, and a worker process gets the same knowledge by
being given the value.

``data_digest`` and ``user_digest`` say what made a record (``rasd.pipeline.producer``):
they cover every shipped data file the stages read and the user's file, so a fixed
KB row or a retrained model makes ``rasd reanalyse`` redo the records made before it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from rasd.errors import NotFound, Unreadable

# The data folders the stages read (ingest's tables shape documents, not analyses).
STAGE_DATA = ("arabic", "time", "entities", "kb", "events")


@dataclass(frozen=True, eq=False)
class Knowledge:
    """What the stages know; each part is loaded on first use and then kept."""

    user_kb: Path | None = None  # the user's knowledge-base file, resolved
    user_digest: str | None = None  # sha256 of that file's bytes
    user_text: str | None = None  # its text (None: not UTF-8, reported when first read)

    @cached_property
    def time(self):
        """The time stage's lexicon (``rasd.time.Lexicon``)."""
        from rasd import time

        return time.load()

    @cached_property
    def entities(self):
        """The entities stage's knowledge (``rasd.entities.Knowledge``)."""
        from rasd import entities

        return entities.knowledge(self.user_kb, self.user_text)

    @cached_property
    def events(self):
        """The events stage's lexicons, by language (``rasd.events.knowledge``)."""
        from rasd import events
        return events.knowledge()

    def __reduce__(self):
        """Pickled as what it is made from, the user's rows included, not what it loaded:
        a worker process, here or on another machine, loads its own copy once from the
        shipped files and those rows."""
        return _made, (self.user_kb, self.user_digest, self.user_text)

    @property
    def data_digest(self) -> str:
        """What the shipped part is: a digest of every data file the stages read."""
        return shipped_digest()


def load(kb: str | Path | None = None) -> Knowledge:
    """The knowledge for a run: the shipped data, with ``kb``'s rows on top if given.

    Made once per file content: the same file unchanged gives the same value (and
    its loaded parts); a file edited since gives a new one. Raises ``NotFound`` /
    ``Unreadable`` naming the file when it cannot be read (its rows are checked
    when the entities stage first needs them, or by ``check``).
    """
    if kb is None:
        return _made(None, None)
    path = Path(kb)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotFound(str(path), "no such knowledge-base file") from None
    except OSError as e:
        raise Unreadable(str(path), e.strerror or "cannot be read") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    return _made(path.resolve(), hashlib.sha256(data).hexdigest(), text)


def check(knowledge: Knowledge) -> Knowledge:
    """The knowledge, with its knowledge base read now, so a bad row of the user's file is
    reported (file and line) before any document is analysed."""
    _ = knowledge.entities
    return knowledge


@cache
def _made(path: Path | None, digest: str | None, text: str | None = None) -> Knowledge:
    return Knowledge(path, digest, text)


@cache
def shipped_digest() -> str:
    """sha256 over every shipped data file the stages read, by path and content."""
    h = hashlib.sha256()
    root = resources.files("rasd.data")
    for folder in STAGE_DATA:
        for path in sorted(_files(root.joinpath(folder)), key=lambda p: p[0]):
            name, entry = path
            h.update(f"{folder}/{name}\0".encode())
            h.update(entry.read_bytes())
    return h.hexdigest()


def _files(folder, prefix: str = ""):
    for entry in folder.iterdir():
        name = prefix + entry.name
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _files(entry, name + "/")
        elif entry.name != "__init__.py":
            yield name, entry
