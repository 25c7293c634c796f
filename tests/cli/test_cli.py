from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import jsonschema
import pytest
from click.testing import CliRunner

from rasd import schema
from rasd.cli import main
from rasd.model import Analysis
from tests.conftest import FIXTURES


def rasd(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_analyze_worked_example_prints_a_valid_record(example):
    result = rasd("analyze", str(example), "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    jsonschema.validate(record, schema.load())
    doc = record["document"]
    assert doc["published"] == "2016-12-16"
    assert doc["title"] == 'في العلاقات السرية بين "نظام الاسد" و"داعش"'
    assert "إرسال تعليق" not in doc["text"] and "الصفحات" not in doc["text"]
    Analysis.from_dict(record).check_offsets()


def test_analyze_prints_a_human_summary_by_default(example):
    result = rasd("analyze", str(example))
    assert result.exit_code == 0
    assert "published  2016-12-16" in result.stdout and "4,761 characters" in result.stdout


def test_analyze_jsonl_gives_a_line_per_document():
    result = rasd("analyze", str(FIXTURES / "blogger-export.xml"), "--jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(x)["document"]["published"] for x in lines] == ["2016-12-16", "2016-11-02"]


def test_analyze_json_of_several_documents_is_an_array():
    result = rasd("analyze", str(FIXTURES / "blogger-index.html"), "--json")
    assert [r["document"]["title"] for r in json.loads(result.stdout)] == [
        "الخبر الثاني", "The first post"]


def test_analyze_reads_stdin_and_takes_a_published_override():
    result = rasd("analyze", "-", "--json", "--published", "2014-08-20",
                  input="قصفت الطائرات المدينة.".encode("cp1256"))
    record = json.loads(result.stdout)
    assert record["document"]["text"] == "قصفت الطائرات المدينة."
    assert record["document"]["published"] == "2014-08-20"
    assert record["document"]["source"] == "<stdin>"


@pytest.mark.parametrize("content,problem", [
    (b"", "the file is empty"),
    (b"%PDF-1.4\n...", "this is a PDF document (extract its text first, e.g. with "
                        "pdftotext), not text or HTML"),
])
def test_analyze_bad_input_names_the_file_and_exits_1(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = rasd("analyze", str(path), "--json")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"rasd: error: {path}: {problem}"
    assert "Traceback" not in result.output


def test_analyze_goes_on_after_a_bad_file(tmp_path, example):
    missing = tmp_path / "missing.txt"
    result = rasd("analyze", str(missing), str(example), "--jsonl")
    assert result.exit_code == 1
    assert f"{missing}: no such file or folder" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_bad_option_values_are_usage_errors():
    assert rasd("analyze", "x", "--published", "16/12/2016").exit_code == 2
    assert rasd("analyze", "x", "--max-bytes", "lots").exit_code == 2


def test_ingest_twice_leaves_identical_counts(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("blogger-post.html", "blogger-export.xml", "feed-rss.xml", "article.html"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    first = rasd("ingest", str(folder))
    assert first.exit_code == 1  # the feed's empty entry failed, and says so
    assert "6 added, 0 already stored, 1 failed (4 sources)" in first.stderr
    counts = json.loads(rasd("status", "--json").stdout)["counts"]
    again = rasd("ingest", str(folder))
    assert "0 added, 6 already stored, 1 failed (4 sources)" in again.stderr
    assert json.loads(rasd("status", "--json").stdout)["counts"] == counts
    assert counts["documents"] == 6 and counts["failures"] == 1


def test_status_list_show_and_export(db, example):
    assert rasd("ingest", str(example), str(FIXTURES / "article.html")).exit_code == 0
    status = rasd("status")
    assert "documents  2" in status.stdout and "failed     0" in status.stdout
    listing = rasd("list").stdout.splitlines()
    assert len(listing) == 2 and listing[0].split()[1] == "2016-02-17"
    ident = rasd("list", "--json")
    ident = next(r["id"] for r in json.loads(ident.stdout) if r["published"] == "2016-12-16")
    shown = rasd("show", ident[:10], "--json")
    assert json.loads(shown.stdout)["document"]["id"] == ident
    assert "خطة النظام" in rasd("show", ident[:10], "--text").stdout
    exported = rasd("export", "--format", "jsonl").stdout.splitlines()
    assert len(exported) == 2
    for line in exported:
        jsonschema.validate(json.loads(line), schema.load())
    table = list(csv.DictReader(io.StringIO(rasd("export", "--format", "csv").stdout)))
    assert {r["published"] for r in table} == {"2016-12-16", "2016-02-17"}
    assert {r["characters"] for r in table} >= {"4761"}


def test_status_shows_failures_with_their_reason(db, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert rasd("ingest", str(tmp_path)).exit_code == 1
    status = rasd("status")
    assert f"[ingest/empty] {tmp_path / 'empty.txt'}: the file is empty" in status.stdout


def test_show_unknown_id_is_a_clear_error(db, example):
    rasd("ingest", str(example))
    result = rasd("show", "00000000")
    assert result.exit_code == 1
    assert "rasd: error: 00000000: no document with this id" in result.stderr


def test_commands_on_a_missing_database_say_so(db):
    result = rasd("status")
    assert result.exit_code == 1 and "no database here yet" in result.stderr


def test_console_script_runs_as_a_process(tmp_path, example):
    env = {**os.environ, "RASD_DB": str(tmp_path / "p.duckdb")}
    done = subprocess.run([sys.executable, "-m", "rasd", "analyze", str(example), "--json"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["document"]["published"] == "2016-12-16"


@pytest.mark.parametrize("args,message", [
    (["analyze", "http://exa mple.com/"], "http://exa mple.com/: cannot fetch it"),
    (["analyze", "http://[::1/"], "http://[::1/: cannot fetch it"),
    (["export", "-o", "/nonexistent/dir/o.jsonl"], "/nonexistent/dir/o.jsonl: No such file"),
    (["ingest", "--db", "/etc/hostname/x.duckdb", "-"], "cannot create its folder"),
])
def test_bad_targets_are_one_line_errors(db, example, args, message):
    rasd("ingest", str(example))
    result = rasd(*args, input="نص")
    assert result.exit_code == 1
    assert result.stderr.startswith("rasd: error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_file_name_that_is_not_utf8_is_stored_escaped(db, tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / os.fsdecode(b"\xc7\xe1\xca\xed.txt")).write_text("نص عربي.", encoding="utf-8")
    (folder / "good.txt").write_text("نص آخر.", encoding="utf-8")
    result = rasd("ingest", str(folder))
    assert result.exit_code == 0, result.stderr
    sources = {r["source"] for r in json.loads(rasd("list", "--json").stdout)}
    assert sources == {f"{folder}/\\xc7\\xe1\\xca\\xed.txt", f"{folder}/good.txt"}


def test_a_newline_in_a_file_name_does_not_split_output_lines(db, tmp_path):
    """Issue 14, item 7: names are escaped when printed, in every line that shows them."""
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "two\nlines.txt").write_text("قصفت الطائرات المدينة.", encoding="utf-8")
    (folder / "line\u2028break.txt").write_text("نص آخر.", encoding="utf-8")
    (folder / "bad\rname.txt").write_bytes(b"")
    result = rasd("ingest", str(folder), "-v")
    lines = result.stderr.splitlines()
    assert len(lines) == 6, lines  # a line per source, the error again, undated, the summary
    assert f"{folder}/two\\nlines.txt" in result.stderr
    assert f"rasd: error: {folder}/bad\\rname.txt: the file is empty" in lines
    listing = rasd("list").stdout.splitlines()
    assert len(listing) == 2 and any(line.endswith("line\\u2028break.txt") for line in listing)
    assert len(rasd("status").stdout.splitlines()) == 7  # one line for the failure
    sources = {r["source"] for r in json.loads(rasd("list", "--json").stdout)}
    assert f"{folder}/two\nlines.txt" in sources  # stored as the name it is


def test_a_table_without_a_text_column_fails_or_takes_one_named(tmp_path):
    table = tmp_path / "events.csv"
    table.write_text("id,place,note\n1,حلب,قصفت الطائرات المدينة.\n", encoding="utf-8")
    refused = rasd("analyze", str(table))
    assert refused.exit_code == 1 and refused.stderr.startswith(
        f"rasd: error: {table}: a table without a text column; its columns are 'id', 'place'")
    read = rasd("analyze", str(table), "--text-column", "note", "--json")
    assert json.loads(read.stdout)["document"]["text"] == "قصفت الطائرات المدينة."


@pytest.mark.parametrize("command", ["analyze", "ingest", "status", "list", "show", "export",
                                     "demo"])
def test_help_of_every_command_exits_0(command):
    result = rasd(command, "--help")
    assert result.exit_code == 0 and "Usage: " in result.stdout and not result.stderr


def test_a_second_copy_with_another_date_is_kept_as_an_origin_and_said(db, tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    body = "قصفت الطائرات أطراف المدينة صباح اليوم."
    (folder / "a.txt").write_text(f"16 ديسمبر 2016\nعنوان أول\n{body}", encoding="utf-8")
    (folder / "b.txt").write_text(f"17 ديسمبر 2016\nعنوان ثان\n{body}", encoding="utf-8")
    result = rasd("ingest", str(folder))
    assert "1 added, 1 already stored" in result.stderr
    assert f"{folder / 'b.txt'}: same text as document" in result.stderr
    assert "this copy's date (2016-12-17)" in result.stderr
    ident = json.loads(rasd("list", "--json").stdout)[0]["id"]
    shown = rasd("show", ident[:8]).stdout
    assert f"found at   {folder / 'a.txt'}  (2016-12-16, «عنوان أول»)" in shown
    assert f"found at   {folder / 'b.txt'}  (2016-12-17, «عنوان ثان»)" in shown


def test_csv_export_to_a_file_starts_with_a_bom_and_ends_rows_with_the_text(db, example,
                                                                           tmp_path):
    rasd("ingest", str(example))
    out = tmp_path / "docs.csv"
    assert rasd("export", "--format", "csv", "-o", str(out)).exit_code == 0
    data = out.read_text("utf-8")
    assert data.startswith("\ufeffid,source,title,published")
    (row,) = csv.DictReader(io.StringIO(data.removeprefix("\ufeff")))
    assert row["text"].startswith("خطة النظام بدأت")
    assert not rasd("export", "--format", "csv").stdout.startswith("\ufeff")


def test_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = rasd("analyze", str(tmp_path / "empty"))
    assert result.exit_code == 1
    assert "the folder holds no files" in result.stderr


def test_a_file_that_failed_whole_is_cleared_once_its_rows_ingest(db, tmp_path):
    table = tmp_path / "feed.csv"
    table.write_bytes(b"")
    assert rasd("ingest", str(table)).exit_code == 1
    table.write_text("title,text\nt,نص الخبر.\n", encoding="utf-8")
    assert rasd("ingest", str(table)).exit_code == 0
    assert json.loads(rasd("status", "--json").stdout)["failures"] == []
