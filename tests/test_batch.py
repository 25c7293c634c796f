"""The ingest loop: sources through the pipeline into the store, and what it reports."""

from __future__ import annotations

from rasd import batch, pipeline
from rasd.store import Store
from tests.conftest import FIXTURES


def test_batch_reports_each_source_its_documents_and_their_stages(tmp_path):
    said = []
    with Store(tmp_path / "db.duckdb") as store:
        batch.run(store, [str(FIXTURES / "blogger-export.xml")],
                  on_source=lambda where, lengths: said.append(("source", len(lengths))),
                  on_stage=lambda name: said.append(("stage", name)),
                  on_document=lambda where, length: said.append(("document", length > 0)),
                  on_file=lambda where: said.append(("file", where.endswith(".xml"))))
        made_by = {made for made in store.producers()}
    stages = [("stage", s.name) for s in pipeline.STAGES]
    assert said == [("source", 2), *stages, ("document", True), *stages, ("document", True),
                    ("file", True)]
    assert made_by == {pipeline.producer()}, "telling stages changed what made the record"


def test_batch_reports_a_stored_copy_without_running_stages(tmp_path):
    source = str(FIXTURES / "feed-rss.xml")
    with Store(tmp_path / "db.duckdb") as store:
        batch.run(store, [source])
        stages = []
        batch.run(store, [source], on_stage=stages.append)
    assert stages == []
