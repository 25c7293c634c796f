from __future__ import annotations

import os
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd import ingest
from rasd.errors import NotFound, RasdError, TooLarge, Unreadable
from rasd.ingest.folders import MiB, expand, load
from rasd.ingest.item import Raw


def write(path, text="نص الخبر.\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_walked_in_sorted_order_skipping_hidden(tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/config"]:
        write(tmp_path / name)
    assert [os.path.relpath(p, tmp_path) for p in expand([str(tmp_path)])] == [
        "a.txt", "b.txt", os.path.join("sub", "c.txt")]


def test_globs_expand_and_a_glob_matching_nothing_is_an_error(tmp_path):
    write(tmp_path / "x1.txt")
    write(tmp_path / "x2.txt")
    found = list(expand([str(tmp_path / "x*.txt"), str(tmp_path / "none*.txt")]))
    assert [os.path.basename(p) for p in found[:2]] == ["x1.txt", "x2.txt"]
    assert isinstance(found[2], NotFound) and "no file matches" in found[2].message


def test_missing_path_is_named():
    (error,) = expand(["/no/such/file.txt"])
    assert error.message == "/no/such/file.txt: no such file or folder"


def test_folder_with_unreadable_entries_reads_the_rest(tmp_path):
    write(tmp_path / "good.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    locked = write(tmp_path / "locked.txt")
    locked.chmod(0)
    items = {os.path.basename(i.where): i for i in ingest.read([str(tmp_path)])}
    assert items["good.txt"].document.text == "نص الخبر."
    assert items["dangling.txt"].error.message.endswith("no such file (or a broken link)")
    assert isinstance(items["pipe.txt"].error, Unreadable)
    assert "not a regular file" in items["pipe.txt"].error.message
    if os.geteuid() != 0:  # root reads a chmod 000 file anyway
        assert "Permission denied" in items["locked.txt"].error.message


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(100 * MiB)  # a sparse 100 MB file
    tracemalloc.start()
    with pytest.raises(TooLarge) as caught:
        load(str(big))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert caught.value.message == (f"{big}: 100 MiB is over the 32 MiB limit; "
                                    "raise it with --max-bytes")
    assert peak < 1 * MiB


def test_the_size_limit_can_be_raised(tmp_path):
    path = write(tmp_path / "a.txt", "x" * 2000)
    with pytest.raises(TooLarge, match="2 KiB is over the 1000 bytes limit"):
        load(str(path), max_bytes=1000)
    assert len(load(str(path), max_bytes=4000).data) == 2000


@settings(max_examples=80)
@given(st.binary(max_size=300), st.sampled_from(["x.txt", "x.html", "x.xml", "x"]))
def test_any_bytes_give_documents_or_named_errors(data, name):
    for item in ingest.read_raw(Raw.of(name, data)):
        assert (item.document is None) != (item.error is None)
        if item.error is not None:
            assert isinstance(item.error, RasdError)
            assert item.error.message.startswith(name)
        else:
            assert item.document.text.strip()


def test_absolute_expansion_names_files_the_same_from_any_folder(tmp_path, monkeypatch):
    write(tmp_path / "sub" / "a.txt")
    monkeypatch.chdir(tmp_path)
    (relative,) = expand(["sub"], absolute=True)
    monkeypatch.chdir(tmp_path / "sub")
    (again,) = expand(["a.txt"], absolute=True)
    assert relative == again == str(tmp_path / "sub" / "a.txt")
    assert list(expand(["-"], absolute=True)) == ["-"]


def test_a_file_reached_twice_is_read_once(tmp_path):
    write(tmp_path / "d" / "x" / "f.txt")
    os.symlink(tmp_path / "d", tmp_path / "d" / "x" / "loop")
    found = list(expand([str(tmp_path / "d" / "**"), str(tmp_path / "d"),
                         str(tmp_path / "d" / "x" / "f.txt")]))
    assert found == [str(tmp_path / "d" / "x" / "f.txt")]
