from __future__ import annotations

import pytest

from rasd import knowledge, pipeline
from rasd.errors import NoText, StageFailed
from rasd.ingest.item import Item
from rasd.model import Document, Finding, Time
from rasd.pipeline import Stage, analyze_many, analyze_one, check

DOC = Document.make("قصفت الطائرات المدينة يوم 19 آب.", "d.txt")


def test_stage_table_is_consistent_and_says_what_each_stage_makes():
    check(pipeline.STAGES)
    assert [(s.name, s.needs, s.assigns) for s in pipeline.STAGES] == [
        ("text", (), ("text",)),
        ("times", ("text",), ("times", "findings")),
        ("entities", ("text",), ("mentions", "entities")),
        ("events", ("text", "times", "mentions"), ("events",)),
    ]


@pytest.mark.parametrize("stages,problem", [
    ((Stage("times", print, needs=("text",), assigns=("times",)),), "needs \\['text'\\]"),
    ((Stage("text", print, assigns=("text",)), Stage("again", print, assigns=("text",))),
     "two stages make the layer 'text'"),
    ((Stage("nothing", print),), "assigns no layer"),
])
def test_a_broken_stage_table_is_refused(stages, problem):
    with pytest.raises(ValueError, match=problem):
        check(stages)


def test_record_layers_come_from_stages_and_working_layers_stay_out():
    def times(doc, text):
        start = doc.text.index("19 آب")
        return [Time("t1", start, start + 5, doc.text[start:start + 5], "DATE", "XXXX-08-19")]

    stages = (pipeline.STAGES[0], Stage("times", times, needs=("text",), assigns=("times",)))
    analysis = analyze_one(DOC, stages)
    assert [t.value for t in analysis.times] == ["XXXX-08-19"]
    assert analysis.document is DOC
    assert "text" not in analysis.to_dict()


def test_several_stages_add_findings_in_stage_order():
    def found(kind):
        return lambda doc, text: (Finding(kind, ((0, 4),), kind),)

    stages = (pipeline.STAGES[0],
              Stage("first", found("a"), needs=("text",), assigns=("findings",)),
              Stage("second", found("b"), needs=("text",), assigns=("findings",)))
    check(stages)
    assert [f.kind for f in analyze_one(DOC, stages).findings] == ["a", "b"]


def test_a_stage_that_returns_the_wrong_number_of_layers_is_named():
    stages = (Stage("two", lambda doc: (), assigns=("times", "findings")),)
    with pytest.raises(StageFailed, match="stage 'two' failed: TypeError: returned tuple"):
        analyze_one(DOC, stages)


def test_a_stage_reads_its_part_of_the_knowledge_it_is_given():
    seen = []
    stages = (Stage("look", lambda doc, known: seen.append(known) or (), assigns=("times",),
                    knows="time"),)
    known = knowledge.load()
    analyze_one(DOC, stages, known)
    assert seen == [known.time]


def test_a_stage_that_raises_is_named():
    def boom(doc, text):
        raise KeyError("lexicon")

    stages = (pipeline.STAGES[0], Stage("times", boom, needs=("text",), assigns=("times",)))
    with pytest.raises(StageFailed, match=r"d\.txt: stage 'times' failed: KeyError"):
        analyze_one(DOC, stages)


def test_a_stage_with_a_bad_offset_fails_instead_of_storing_it():
    def wrong(doc):
        return [Time("t1", 0, 4, "nope", "DATE", None)]

    with pytest.raises(StageFailed, match="offsets"):
        analyze_one(DOC, (Stage("times", wrong, assigns=("times",)),))


def test_analyze_many_turns_failures_into_results():
    items = [Item("bad.txt", error=NoText("bad.txt", "no text")), Item("d.txt", document=DOC)]
    results = list(analyze_many(items))
    assert results[0].error.kind == "no_text" and results[0].stage == "ingest"
    assert results[1].analysis.document == DOC and results[1].error is None


def test_the_producer_names_version_stages_and_knowledge(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("grp:x\tARMED_GROUP\tكتيبة س\t\t\n", encoding="utf-8")
    plain = pipeline.producer()
    assert plain.startswith("rasd ") and ": text times entities events; data " in plain
    assert pipeline.user_kb(plain) is None
    made = pipeline.producer(knowledge=knowledge.load(mine))
    assert made.startswith(plain) and pipeline.user_kb(made) == str(mine.resolve())
    mine.write_text("grp:x\tARMED_GROUP\tكتيبة ص\t\t\n", encoding="utf-8")
    assert pipeline.producer(knowledge=knowledge.load(mine)) != made  # an edited row shows


def test_rasd_analyze_takes_a_user_kb_as_a_value(tmp_path):
    import rasd

    mine = tmp_path / "mine.tsv"
    mine.write_text("grp:liwa-test\tARMED_GROUP\tلواء الاختبار\t\tكتيبة الاختبار\n",
                    encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("هاجمت كتيبة الاختبار مواقع داعش", encoding="utf-8")
    assert "grp:liwa-test" in {m.entity for m in rasd.analyze(report, kb=mine).mentions}
    assert "grp:liwa-test" in {m.entity for m in rasd.analyze(
        report, kb=knowledge.load(mine)).mentions}
    assert "grp:liwa-test" not in {m.entity for m in rasd.analyze(report).mentions}
