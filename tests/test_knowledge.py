"""What a run knows, as one value: cached per file content, pickled small, never the env."""

from __future__ import annotations

import pickle

import pytest

from rasd import knowledge
from rasd.errors import BadTable, NotFound


def test_the_same_file_unchanged_gives_the_same_knowledge(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("grp:x\tARMED_GROUP\tكتيبة س\n", encoding="utf-8")
    first = knowledge.load(mine)
    assert knowledge.load(str(mine)) is first and knowledge.load() is knowledge.load(None)
    assert first.user_kb == mine.resolve() and first.user_digest
    mine.write_text("grp:x\tARMED_GROUP\tكتيبة ص\n", encoding="utf-8")
    second = knowledge.load(mine)
    assert second is not first and second.user_digest != first.user_digest
    assert "grp:x" in second.entities.kb and second.entities.kb["grp:x"].name_ar == "كتيبة ص"


def test_a_missing_or_bad_file_is_named(tmp_path):
    with pytest.raises(NotFound, match=r"gone\.tsv"):
        knowledge.load(tmp_path / "gone.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("not-an-id\tSTATE\n", encoding="utf-8")
    with pytest.raises(BadTable, match=r"bad\.tsv, line 1"):
        knowledge.check(knowledge.load(bad))


def test_it_pickles_as_what_it_is_made_from(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("grp:x\tARMED_GROUP\tكتيبة س\n", encoding="utf-8")
    known = knowledge.check(knowledge.load(mine))
    data = pickle.dumps(known)
    assert len(data) < 1000  # not the KB, gazetteer and model it loaded
    again = pickle.loads(data)
    assert (again.user_kb, again.user_digest) == (known.user_kb, known.user_digest)


def test_the_shipped_digest_covers_the_stage_data():
    digest = knowledge.shipped_digest()
    assert len(digest) == 64 and knowledge.load().data_digest == digest
