"""The analysis record (schema rasd.analysis/2): the one place it is declared.

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

SCHEMA = "rasd.analysis/2"

# MEDIA (news agencies, outlets) and NGO (monitors, rights and aid groups) are the
# sources a claim is attributed to; data/entities/types.tsv says what each type means.
EntityType = Literal[
    "STATE", "GOVERNMENT", "ARMED_GROUP", "MILITARY_UNIT", "PERSON",
    "IGO", "MEDIA", "NGO", "LOCATION", "FACILITY", "WEAPON", "OTHER",
]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "reported", "inferred", "negated", "hypothetical"]
# The sixteen PLOVER event types; data/events/types.tsv gives each its quad and modes.
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
# Where an event's date comes from: a time expression in its own clause, or the
# time an earlier sentence set for the story.
DateFrom = Literal["clause", "narrative"]

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
    """A claimed event coded in PLOVER: who did what to whom, when and where, according
    to whom, and every stretch of the text that tells it."""

    id: str
    type: EventType
    mode: str | None  # a PLOVER mode of ``type`` (data/events/types.tsv), or None
    trigger: Span  # the words that name the action, at its first telling
    source: tuple[str, ...]  # entity ids (PLOVER actor); two-sided fighting lists both
    target: tuple[str, ...]  # entity ids (PLOVER recipient)
    location: str | None  # entity id
    time: str | None  # id of the time expression that dates it
    date: str | None  # TIMEX3 value
    date_from: DateFrom | None  # None exactly when ``date`` is None
    modality: Modality
    attributed_to: str | None  # "author", the speaker's entity id, None for an unnamed one
    cue: Span | None  # the words that set modality or attribution: «قال», «لم», «يبدو»
    evidence: tuple[Offsets, ...] = field(metadata={"minItems": 1})  # one per telling
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
            for stretch in e.evidence:
                yield "events", stretch.start, stretch.end, None
        for f in self.findings:
            for start, end in f.spans:
                yield "findings", start, end, None

    def references(self) -> typing.Iterator[tuple[str, str, str]]:
        """Every (event id, role, id) an event points at: entities (``source``, ``target``,
        ``location``, a named ``attributed_to``) and its ``time``."""
        for e in self.events:
            for role in ("source", "target"):
                for ident in getattr(e, role):
                    yield e.id, role, ident
            for role in ("location", "attributed_to", "time"):
                ident = getattr(e, role)
                if ident is not None and not (role == "attributed_to" and ident == "author"):
                    yield e.id, role, ident

    def check_offsets(self) -> None:
        """Raise ValueError unless every span lies in the text and quotes it exactly, and
        every id an event names is an entity or a time of this record (and an event has
        evidence, and a ``date_from`` exactly when it has a ``date``)."""
        text = self.document.text
        for layer, start, end, quoted in self.spans():
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"{layer}: span {start}:{end} is outside the text")
            if quoted is not None and text[start:end] != quoted:
                raise ValueError(f"{layer}: span {start}:{end} does not quote {quoted!r}")
        known = {"time": {t.id for t in self.times}}
        entities = {e.id for e in self.entities}
        for event, role, ident in self.references():
            if ident not in known.get(role, entities):
                kind = "time" if role == "time" else "entity"
                raise ValueError(f"events: {event} {role} {ident!r} is no {kind} of the record")
        for e in self.events:
            if not e.evidence:
                raise ValueError(f"events: {e.id} has no evidence")
            if (e.date is None) != (e.date_from is None):
                raise ValueError(f"events: {e.id} has date {e.date!r} but date_from "
                                 f"{e.date_from!r}")


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
