"""The stage table and the one loop that runs it (for the CLI and Dask alike).

A stage is a pure function of the document, the layers it ``needs`` and, if it
names one, its part of the run's knowledge (``rasd.knowledge``); it returns the
layers it ``assigns`` (one value, or a tuple in ``assigns`` order) and changes
nothing it was given. Layers named like a field of ``Analysis`` (times,
mentions, ...) go into the record; the others (the text layer) are working
layers for later stages. ``findings`` may be assigned by several stages: their
findings are concatenated in stage order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

from rasd import arabic, entities, events, time
from rasd.errors import RasdError, StageFailed
from rasd.ingest.item import Item, Raw
from rasd.knowledge import Knowledge, load
from rasd.model import Analysis, Document


@dataclass(frozen=True, slots=True)
class Stage:
    """One row of the table: what the stage is called (what it makes), its function, the
    layers it reads and the ones it makes, and the part of the knowledge it reads."""

    name: str
    run: Callable[..., Any]
    needs: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    knows: str | None = None  # an attribute of rasd.knowledge.Knowledge


STAGES: tuple[Stage, ...] = (
    Stage("text", arabic.prepare, needs=(), assigns=("text",)),
    Stage("times", time.tag, needs=("text",), assigns=("times", "findings"), knows="time"),
    Stage("entities", entities.tag, needs=("text",), assigns=("mentions", "entities"),
          knows="entities"),
    Stage("events", events.tag, needs=("text", "times", "mentions"), assigns=("events",),
          knows="events"),
)

RECORD_LAYERS = tuple(f.name for f in dataclasses.fields(Analysis) if f.name != "document")
# Layers several stages may add to; the others have one maker.
SHARED_LAYERS = frozenset({"findings"})


def producer(stages: tuple[Stage, ...] = STAGES, knowledge: Knowledge | None = None) -> str:
    """What a record was made by: rasd's version, the stages that ran and the knowledge
    they read (a digest of the shipped data; the user's KB file and its digest)."""
    knowledge = knowledge or load()
    made = (f"rasd {version('rasd')}: {' '.join(s.name for s in stages)}; "
            f"data {knowledge.data_digest[:16]}")
    if knowledge.user_kb is not None:
        made += f"; kb {knowledge.user_digest[:16]} {knowledge.user_kb}"
    return made


def user_kb(made_by: str | None) -> str | None:
    """The user's KB file a record was made with, read back from its ``producer`` line."""
    _, found, rest = (made_by or "").partition("; kb ")
    if not found:
        return None
    return rest.partition(" ")[2] or None


def check(stages: tuple[Stage, ...]) -> None:
    """Refuse a table where a stage needs a layer no earlier stage makes, or two stages
    make the same layer (other than the shared ``findings``)."""
    made: set[str] = set()
    for stage in stages:
        missing = [n for n in stage.needs if n not in made]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {missing}, made by no earlier stage")
        if not stage.assigns:
            raise ValueError(f"stage {stage.name!r} assigns no layer")
        twice = [n for n in stage.assigns if n in made and n not in SHARED_LAYERS]
        if twice:
            raise ValueError(f"two stages make the layer {twice[0]!r}")
        made.update(stage.assigns)


check(STAGES)


def _assigned(stage: Stage, out: Any) -> dict[str, Any]:
    """The layers a stage returned, by name."""
    if len(stage.assigns) == 1:
        return {stage.assigns[0]: out}
    if not isinstance(out, tuple) or len(out) != len(stage.assigns):
        raise TypeError(f"returned {type(out).__name__}, not the {len(stage.assigns)} layers "
                        f"it assigns ({', '.join(stage.assigns)})")
    return dict(zip(stage.assigns, out, strict=True))


def analyze_one(document: Document, stages: tuple[Stage, ...] = STAGES,
                knowledge: Knowledge | None = None) -> Analysis:
    """Run every stage over one document with ``knowledge`` (the shipped knowledge when
    not given); a stage that raises is named in the error."""
    knowledge = knowledge or load()
    layers: dict[str, Any] = {}
    for stage in stages:
        try:
            known = (getattr(knowledge, stage.knows),) if stage.knows else ()
            out = _assigned(stage, stage.run(document, *(layers[n] for n in stage.needs),
                                             *known))
        except RasdError:
            raise
        except Exception as e:
            raise StageFailed(document.source, stage.name, f"{type(e).__name__}: {e}") from e
        for name, value in out.items():
            layers[name] = (*layers[name], *value) if name in SHARED_LAYERS and name in layers \
                else value
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


def analyze_many(items: Iterable[Item], stages: tuple[Stage, ...] = STAGES,
                 knowledge: Knowledge | None = None) -> Iterator[Result]:
    """Analyse each ingested item in turn; failures come out as results, never as raises."""
    for item in items:
        if item.document is None:
            yield Result(item.where, error=item.error, raw=item.raw,
                         stage="ingest")
            continue
        try:
            analysis = analyze_one(item.document, stages, knowledge)
        except RasdError as e:
            yield Result(item.where, error=e, raw=item.raw,
                         stage=getattr(e, "stage", "analyze"))
            continue
        yield Result(item.where, analysis=analysis, raw=item.raw)
