"""The JSON Schema of the analysis record, derived from ``rasd.model``.

``build()`` writes the schema from the dataclasses; ``analysis-2.json`` beside
this file is its shipped copy (``scripts/build_schema.py`` refreshes it, a test
keeps the two equal), so tools without Python can validate records.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from importlib import resources
from typing import Any

from rasd import model

FILE = f"analysis-{model.SCHEMA.rpartition('/')[2]}.json"  # analysis-2.json


def build() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``rasd.model.Analysis.to_dict()``."""
    defs: dict[str, Any] = {}
    root = _object(model.Analysis, defs)
    root["properties"] = {"schema": {"const": model.SCHEMA}, **root["properties"]}
    root["required"] = ["schema", *root["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://rasd.invalid/schema/{FILE}",
        "title": "rasd analysis record",
        "description": (model.Analysis.__doc__ or "").strip(),
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def dumps(schema: dict[str, Any]) -> str:
    """The byte-stable text the shipped file holds."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


@cache
def load() -> dict[str, Any]:
    """The shipped schema."""
    return json.loads(resources.files(__package__).joinpath(FILE).read_text("utf-8"))


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props, required = {}, []
    for f in dataclasses.fields(cls):
        props[f.name] = {**_type(hints[f.name], defs), **dict(f.metadata)}
        required.append(f.name)  # every field is always written, null or not
    return {"type": "object", "properties": props, "required": required,
            "additionalProperties": True}


def _type(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {}  # placeholder stops recursion
            defs[hint.__name__] = {"description": (hint.__doc__ or "").strip(),
                                   **_object(hint, defs)}
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type(args[0], defs)}
        return {"type": "array", "prefixItems": [_type(a, defs) for a in args],
                "minItems": len(args), "maxItems": len(args)}
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        schema = _type(inner[0], defs)
        if "type" in schema and isinstance(schema["type"], str):
            schema = {**schema, "type": [schema["type"], "null"]}
            if "enum" in schema:
                schema["enum"] = [*schema["enum"], None]
            return schema
        return {"anyOf": [schema, {"type": "null"}]}
    if origin is typing.Literal:
        return {"type": "string", "enum": list(typing.get_args(hint))}
    return {"type": {str: "string", int: "integer", float: "number", bool: "boolean"}[hint]}
