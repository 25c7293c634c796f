"""rasd on a real Dask cluster on loopback: the same store as one process, the user's
knowledge-base rows carried to the workers as a value, and a dask.bag of sources."""

from __future__ import annotations

import pytest

distributed = pytest.importorskip("distributed")  # the 'scale' extra; in 'test' too

from rasd import batch, knowledge, scale  # noqa: E402
from rasd.errors import RasdError  # noqa: E402
from rasd.store import Store  # noqa: E402
from tests.test_workers import ARTICLES, _exported, _ingest  # noqa: E402
from tests.test_workers import folder as folder  # noqa: E402  (the fixture)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as local:
        yield local.scheduler_address


def test_a_cluster_stores_what_one_process_stores(tmp_path, folder, cluster):
    _, seen_one, db_one = _ingest(tmp_path, folder, "one", 1)
    seen: list = []
    with Store(tmp_path / "dask.duckdb") as store:
        tally = batch.run(store, [str(folder)], scheduler=cluster,
                          on_result=lambda outcome, where, _: seen.append((outcome, where)))
    assert (tally.added, tally.present, tally.failed) == (ARTICLES + 2, 1, 2)
    assert seen == seen_one
    assert _exported(tmp_path / "dask.duckdb") == _exported(db_one)


def test_the_users_rows_travel_with_the_knowledge(tmp_path, cluster):
    rows = tmp_path / "mine.tsv"
    rows.write_text("id\ttype\tname_ar\tname_en\n"
                    "grp:liwa-al-tajriba\tARMED_GROUP\tلواء التجربة\tLiwa al-Tajriba\n",
                    encoding="utf-8")
    known = knowledge.load(rows)
    report = tmp_path / "r.txt"
    report.write_text("هاجم لواء التجربة مواقع داعش في حلب أمس.", encoding="utf-8")
    rows.unlink()  # the workers cannot read the file: its rows come with the knowledge
    with Store(tmp_path / "kb.duckdb") as store:
        tally = batch.run(store, [str(report)], scheduler=cluster, knowledge=known)
        (record,) = list(store.records())
    assert tally.added == 1, [e.message for e in tally.errors]
    assert "grp:liwa-al-tajriba" in {e["id"] for e in record["entities"]}


def test_a_bag_of_sources_gives_every_documents_result(folder, cluster):
    import dask.bag

    paths = sorted(str(p) for p in folder.iterdir())
    with distributed.Client(cluster, set_as_default=False) as client:
        results = client.compute(scale.analyses(dask.bag.from_sequence(paths, npartitions=4)),
                                 sync=True)
    assert sum(r.analysis is not None for r in results) == ARTICLES + 3
    assert sorted(r.error.kind for r in results if r.error) == ["binary", "empty"]


def test_no_scheduler_there_is_said_plainly(tmp_path):
    with Store(tmp_path / "x.duckdb") as store, pytest.raises(RasdError, match="no Dask"):
        batch.run(store, [str(tmp_path)], scheduler="tcp://127.0.0.1:9")
