"""The JSON Schema of the analysis record: ``derive`` builds it from ``rasd.model``;
``analysis-2.json`` beside it is the shipped copy."""

from rasd.schema.derive import FILE, build, dumps, load

__all__ = ["FILE", "build", "dumps", "load"]
