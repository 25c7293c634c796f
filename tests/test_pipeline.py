from __future__ import annotations

import pytest

from rasd import pipeline
from rasd.errors import NoText, StageFailed
from rasd.ingest.item import Item
from rasd.model import Document, Time
from rasd.pipeline import Stage, analyze_many, analyze_one, check

DOC = Document.make("قصفت الطائرات المدينة يوم 19 آب.", "d.txt")


def test_stage_table_is_consistent():
    check(pipeline.STAGES)
    assert pipeline.STAGES[0].name == "text"


@pytest.mark.parametrize("stages,problem", [
    ((Stage("times", ("text",), print),), "needs \\['text'\\]"),
    ((Stage("text", (), print), Stage("text", (), print)), "two stages"),
])
def test_a_broken_stage_table_is_refused(stages, problem):
    with pytest.raises(ValueError, match=problem):
        check(stages)


def test_record_layers_come_from_stages_and_working_layers_stay_out():
    def times(doc, text):
        start = doc.text.index("19 آب")
        return [Time("t1", start, start + 5, doc.text[start:start + 5], "DATE", "XXXX-08-19")]

    stages = (*pipeline.STAGES, Stage("times", ("text",), times))
    analysis = analyze_one(DOC, stages)
    assert [t.value for t in analysis.times] == ["XXXX-08-19"]
    assert analysis.document is DOC
    assert "text" not in analysis.to_dict()


def test_a_stage_that_raises_is_named():
    def boom(doc, text):
        raise KeyError("lexicon")

    with pytest.raises(StageFailed, match=r"d\.txt: stage 'times' failed: KeyError"):
        analyze_one(DOC, (*pipeline.STAGES, Stage("times", ("text",), boom)))


def test_a_stage_with_a_bad_offset_fails_instead_of_storing_it():
    def wrong(doc):
        return [Time("t1", 0, 4, "nope", "DATE", None)]

    with pytest.raises(StageFailed, match="offsets"):
        analyze_one(DOC, (Stage("times", (), wrong),))


def test_analyze_many_turns_failures_into_results():
    items = [Item("bad.txt", error=NoText("bad.txt", "no text")), Item("d.txt", document=DOC)]
    results = list(analyze_many(items))
    assert results[0].error.kind == "no_text" and results[0].stage == "ingest"
    assert results[1].analysis.document == DOC and results[1].error is None
