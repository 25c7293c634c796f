from __future__ import annotations

import jsonschema
import pytest

from rasd import schema


def test_shipped_schema_is_built_from_the_model():
    assert schema.load() == schema.build(), "run: python scripts/build_schema.py"


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema.load())


def test_full_record_validates(analysis):
    jsonschema.validate(analysis.to_dict(), schema.load())


@pytest.mark.parametrize("path,value", [
    (("schema",), "rasd.analysis/1"),
    (("events", 0, "type"), "SEIZE"),
    (("events", 0, "date_from"), "guess"),
    (("events", 0, "evidence"), []),
    (("events", 0, "cue"), {"start": 0}),
    (("document", "published"), "16/12/2016"),
    (("document", "id"), "not-a-hash"),
    (("times", 0, "type"), "WEEK"),
    (("times", 0, "start"), -1),
    (("entities", 0, "type"), "CITY"),
    (("entities", 0, "wikidata"), "184541"),
    (("events", 0, "modality"), "certain"),
    (("events", 0, "confidence"), 1.5),
    (("findings", 0, "spans"), [[1]]),
])
def test_schema_rejects_a_broken_record(analysis, path, value):
    record = analysis.to_dict()
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, schema.load())
