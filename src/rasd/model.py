"""The analysis record (schema rasd.analysis/1): the one place it is declared.

Every layer is a tuple of frozen dataclasses whose spans are code-point offsets
into ``Document.text`` (end exclusive). The CLI, the store, the exporters and
the JSON Schema in ``rasd/schema/`` are all derived from these classes.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "rasd.analysis/1"

EntityType = Literal[
    "STATE", "GOVERNMENT", "ARMED_GROUP", "MILITARY_UNIT", "PERSON",
    "IGO", "LOCATION", "FACILITY", "WEAPON", "OTHER",
]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "reported", "inferred", "negated", "hypothetical"]

_DATE = {"pattern": r"^\d{4}-\d{2}-\d{2}$"}
_SHA256 = {"pattern": r"^[0-9a-f]{64}$"}
_OFFSET = {"minimum": 0}


@dataclass(frozen=True, slots=True)
class Document:
    """The text exactly as extracted from one source, with what the source says about it."""

    id: str = field(metadata=_SHA256)
    source: str
    title: str | None
    published: str | None = field(metadata=_DATE)
    language: str | None
    text: str
    author: str | None = None
    reader: str | None = None
    warnings: tuple[str, ...] = ()  # what was read but could not be used (a bad date line)

    @staticmethod
    def make(text: str, source: str, **fields: Any) -> Document:
        """Build a document whose id is the sha256 of its text, as the store expects."""
        return Document(id=text_id(text), source=source, text=text, **_defaults(fields))


@dataclass(frozen=True, slots=True)
class Span:
    """Characters of ``Document.text``: ``text == document.text[start:end]``."""

    start: int = field(metadata=_OFFSET)
    end: int = field(metadata=_OFFSET)
    text: str


@dataclass(frozen=True, slots=True)
class Offsets:
    """A stretch of ``Document.text`` given by offsets alone (event evidence)."""

    start: int = field(metadata=_OFFSET)
    end: int = field(metadata=_OFFSET)


@dataclass(frozen=True, slots=True)
class Time:
    """A time expression with its TIMEX3-style value and what it was resolved from."""

    id: str
    start: int = field(metadata=_OFFSET)
    end: int = field(metadata=_OFFSET)
    text: str
    type: TimeType
    value: str | None
    anchor: str | None = None
    weekday: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A knowledge-base entity; its id is the same in every record."""

    id: str
    name_ar: str | None
    name_en: str | None
    type: EntityType
    wikidata: str | None = field(default=None, metadata={"pattern": r"^Q\d+$"})
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text naming an entity (or an unlinked name of a type)."""

    id: str
    start: int = field(metadata=_OFFSET)
    end: int = field(metadata=_OFFSET)
    text: str
    type: EntityType
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A claimed event coded in PLOVER, with its roles, date, place and who claims it."""

    id: str
    type: str
    mode: str | None
    trigger: Span
    source: tuple[str, ...]
    target: tuple[str, ...]
    location: str | None
    time: str | None
    date: str | None
    date_from: str | None
    modality: Modality
    attributed_to: str | None
    cue: Span | None
    evidence: tuple[Offsets, ...]
    confidence: float = field(metadata={"minimum": 0, "maximum": 1})


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the text says that does not add up (or a check it passed)."""

    kind: str
    spans: tuple[tuple[int, int], ...]
    message: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document and every layer the pipeline added to it."""

    document: Document
    times: tuple[Time, ...] = ()
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    findings: tuple[Finding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, ``schema`` first."""
        return {"schema": SCHEMA, **_plain(self)}

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Rebuild an analysis from its record; refuses another schema version."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} record: schema is {data.get('schema')!r}")
        return build(cls, {k: v for k, v in data.items() if k != "schema"})

    def spans(self) -> typing.Iterator[tuple[str, int, int, str | None]]:
        """Every (layer, start, end, claimed text) pair the record holds."""
        for t in self.times:
            yield "times", t.start, t.end, t.text
        for m in self.mentions:
            yield "mentions", m.start, m.end, m.text
        for e in self.events:
            yield "events", e.trigger.start, e.trigger.end, e.trigger.text
            if e.cue is not None:
                yield "events", e.cue.start, e.cue.end, e.cue.text
            for ev in e.evidence:
                yield "events", ev.start, ev.end, None
        for f in self.findings:
            for start, end in f.spans:
                yield "findings", start, end, None

    def check_offsets(self) -> None:
        """Raise ValueError unless every span lies in the text and quotes it exactly."""
        text = self.document.text
        for layer, start, end, quoted in self.spans():
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"{layer}: span {start}:{end} is outside the text")
            if quoted is not None and text[start:end] != quoted:
                raise ValueError(f"{layer}: span {start}:{end} does not quote {quoted!r}")


def text_id(text: str) -> str:
    """The document id: sha256 of the extracted text, UTF-8 encoded."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _defaults(fields: dict[str, Any]) -> dict[str, Any]:
    return {"title": None, "published": None, "language": None, **fields}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def build(cls: type, data: Any) -> Any:
    """Turn plain data back into ``cls`` by its type hints (dataclasses, tuples, unions)."""
    origin = typing.get_origin(cls)
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
        return cls(**{k: build(hints[k], v) for k, v in data.items()})
    if origin is tuple:
        args = typing.get_args(cls)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(build(args[0], v) for v in data)
        return tuple(build(a, v) for a, v in zip(args, data, strict=True))
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        inner = [a for a in typing.get_args(cls) if a is not type(None)]
        return build(inner[0], data)
    return data
