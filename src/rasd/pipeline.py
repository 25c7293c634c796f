"""The stage table and the one loop that runs it (for the CLI and Dask alike).

A stage is a function of the document and the layers it names in ``needs``;
it returns its own layer and changes nothing it was given. Layers named like a
field of ``Analysis`` (times, mentions, ...) go into the record; the others
(the text view) are working layers for later stages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rasd import arabic, entities, time
from rasd.errors import RasdError, StageFailed
from rasd.ingest.item import Item, Raw
from rasd.model import Analysis, Document


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    run: Callable[..., Any]


def _times(document: Document, layer: time.TimeLayer) -> tuple:
    return layer.times


def _findings(document: Document, layer: time.TimeLayer) -> tuple:
    return layer.findings


def _mentions(document: Document, layer: entities.EntityLayer) -> tuple:
    return layer.mentions


def _entities(document: Document, layer: entities.EntityLayer) -> tuple:
    return layer.entities


STAGES: tuple[Stage, ...] = (
    Stage("text", needs=(), run=arabic.prepare),
    Stage("time", needs=("text",), run=time.tag),
    Stage("times", needs=("time",), run=_times),
    Stage("findings", needs=("time",), run=_findings),
    Stage("actors", needs=("text",), run=entities.tag),
    Stage("mentions", needs=("actors",), run=_mentions),
    Stage("entities", needs=("actors",), run=_entities),
)

RECORD_LAYERS = tuple(f.name for f in dataclasses.fields(Analysis) if f.name != "document")


def producer(stages: tuple[Stage, ...] = STAGES) -> str:
    """What a record was made by: rasd's version and the stages that ran."""
    from rasd import __version__

    return f"rasd {__version__}: {' '.join(s.name for s in stages)}"


def check(stages: tuple[Stage, ...]) -> None:
    """Refuse a table where a stage needs a layer no earlier stage makes."""
    made: set[str] = set()
    for stage in stages:
        missing = [n for n in stage.needs if n not in made]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {missing}, made by no earlier stage")
        if stage.name in made:
            raise ValueError(f"two stages make the layer {stage.name!r}")
        made.add(stage.name)


check(STAGES)


def analyze_one(document: Document, stages: tuple[Stage, ...] = STAGES) -> Analysis:
    """Run every stage over one document; a stage that raises is named in the error."""
    layers: dict[str, Any] = {}
    for stage in stages:
        try:
            layers[stage.name] = stage.run(document, *(layers[n] for n in stage.needs))
        except RasdError:
            raise
        except Exception as e:
            raise StageFailed(document.source, stage.name, f"{type(e).__name__}: {e}") from e
    analysis = Analysis(document, **{k: tuple(v) for k, v in layers.items()
                                     if k in RECORD_LAYERS})
    try:
        analysis.check_offsets()
    except ValueError as e:
        raise StageFailed(document.source, "offsets", str(e)) from e
    return analysis


@dataclass(frozen=True, slots=True)
class Result:
    """One analysed document, or the reason there is none, with the source it came from."""

    where: str
    analysis: Analysis | None = None
    error: RasdError | None = None
    raw: Raw | None = None
    stage: str = "analyze"


def analyze_many(items: Iterable[Item], stages: tuple[Stage, ...] = STAGES) -> Iterator[Result]:
    """Analyse each ingested item in turn; failures come out as results, never as raises."""
    for item in items:
        if item.document is None:
            yield Result(item.where, error=item.error, raw=item.raw,
                         stage="ingest")
            continue
        try:
            analysis = analyze_one(item.document, stages)
        except RasdError as e:
            yield Result(item.where, error=e, raw=item.raw,
                         stage=getattr(e, "stage", "analyze"))
            continue
        yield Result(item.where, analysis=analysis, raw=item.raw)
