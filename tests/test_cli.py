"""Tests for the quotetrack command line: inputs, formats, exit codes and failure reporting."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import quotetrack
from quotetrack.cli import main
from quotetrack.export import QUOTE_COLUMNS

ROOT = Path(__file__).parent.parent
ARTICLE = '"We are ready," Jane Doe said.'


def run(*arguments: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m quotetrack`` in a fresh process, as a user would."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "quotetrack", *arguments],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A plain-text article with one attributed direct quote."""
    path = tmp_path / "jane.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_plain_text_file_writes_jsonl_with_the_file_name_as_id(article: Path, capsys) -> None:
    """One text file gives one JSON line whose id is the path given and whose quote is Jane Doe's."""
    assert main(["extract", str(article)]) == 0
    out, err = capsys.readouterr()
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["id"] == str(article)
    assert record["text"] == ARTICLE
    assert [q["content"]["text"] for q in record["quotes"]] == ["We are ready"]
    assert record["quotes"][0]["speaker"] == "Jane Doe"
    assert err == ""  # no progress bar when stderr is not a terminal


def test_jsonl_ids_and_keys_are_carried_through(tmp_path: Path, capsys) -> None:
    """JSON Lines input keeps each record's id (numbers become strings) and reads the chosen text key."""
    source = tmp_path / "articles.jsonl"
    records = [{"url": "u-1", "body": ARTICLE}, {"url": 2, "body": "Nothing quoted."}, {"body": "No id."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["extract", str(source), "--text-key", "body", "--id-key", "url"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in out] == ["u-1", "2", f"{source}:3"]
    assert [len(r["quotes"]) for r in out] == [1, 0, 0]


def test_jsonl_detected_by_its_first_character(tmp_path: Path, capsys) -> None:
    """A file with another suffix that starts with '{' is read as JSON Lines."""
    source = tmp_path / "articles.txt"
    source.write_text('\n{"id": "x", "text": "Hi."}\n{"id": "y", "text": "Bye."}\n', encoding="utf-8")
    assert main(["extract", str(source)]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ["x", "y"]


def test_stdin_plain_text(monkeypatch, capsys) -> None:
    """'-' reads one article from stdin, with the id <stdin>."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")), encoding="utf-8"))
    assert main(["extract", "-"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == "<stdin>"
    assert record["text"] == ARTICLE


def test_stdin_is_read_when_no_file_is_given() -> None:
    """With no FILE and piped stdin, JSON Lines on stdin are read and their ids kept."""
    lines = b'{"id": "a", "text": "One."}\n{"id": "b", "text": "\\"Two,\\" he said."}\n'
    result = run("extract", stdin=lines)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]


def test_csv_header_is_quote_columns(article: Path, capsys) -> None:
    """CSV output starts with QUOTE_COLUMNS and has one row per quote."""
    assert main(["extract", str(article), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == QUOTE_COLUMNS
    assert len(rows) == 2
    assert rows[1][QUOTE_COLUMNS.index("speaker")] == "Jane Doe"
    assert rows[1][QUOTE_COLUMNS.index("content_start")] == "1"


def test_table_lists_speaker_cue_kind_and_content(article: Path, capsys) -> None:
    """The table has a header, a rule and one aligned line per quote."""
    assert main(["extract", str(article), "--format", "table"]) == 0
    header, rule, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["id", "speaker", "cue", "kind", "content"]
    assert set(rule.replace(" ", "")) == {"-"}
    assert "Jane Doe" in row
    assert row.index("Jane Doe") == header.index("speaker")
    assert row.index("said") == header.index("cue")
    assert row.endswith("We are ready")


def test_table_cuts_long_content(tmp_path: Path, capsys) -> None:
    """Content longer than its column ends in an ellipsis and never breaks the line."""
    path = tmp_path / "long.txt"
    path.write_text('"' + "word " * 40 + 'end," Jane Doe said.', encoding="utf-8")
    assert main(["extract", str(path), "--format", "table"]) == 0
    row = capsys.readouterr().out.splitlines()[2]
    assert row.endswith("…")
    assert len(row.split("  ")[-1]) == 60


def test_output_file(article: Path, tmp_path: Path, capsys) -> None:
    """-o writes the output there and nothing to stdout."""
    target = tmp_path / "out.jsonl"
    assert main(["extract", str(article), "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == str(article)


def test_parquet_output(article: Path, tmp_path: Path) -> None:
    """--format parquet with -o writes the fixed columns."""
    parquet = pytest.importorskip("pyarrow.parquet", reason="parquet output needs the optional pyarrow extra")
    target = tmp_path / "quotes.parquet"
    assert main(["extract", str(article), "--format", "parquet", "-o", str(target)]) == 0
    table = parquet.read_table(target)
    assert table.column_names == list(QUOTE_COLUMNS)
    assert table.column("speaker").to_pylist() == ["Jane Doe"]


def test_two_processes_write_what_one_does(tmp_path: Path, capsys) -> None:
    """-n 2 gives the same JSON Lines as -n 1, in the same order."""
    source = tmp_path / "many.jsonl"
    source.write_text(
        "".join(json.dumps({"id": str(i), "text": f'"Point {i}," Jane Doe said.'}) + "\n" for i in range(12)),
        encoding="utf-8",
    )
    assert main(["extract", str(source), "-n", "1"]) == 0
    serial = capsys.readouterr().out
    assert main(["extract", str(source), "-n", "2", "--batch-size", "2"]) == 0
    assert capsys.readouterr().out == serial
    assert len(serial.splitlines()) == 12


def test_missing_file_among_good_ones_exits_1_after_the_others(article: Path, tmp_path: Path) -> None:
    """A missing file costs one stderr line and exit 1; the good files before and after are still written."""
    other = tmp_path / "other.txt"
    other.write_text("Nothing said.", encoding="utf-8")
    result = run("extract", str(article), str(tmp_path / "missing.txt"), str(other))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [str(article), str(tmp_path / "missing.txt"), str(other)]
    assert [r["error"] is None for r in records] == [True, False, True]
    assert result.stderr.splitlines() == [
        f"quotetrack: {tmp_path / 'missing.txt'}: cannot read: No such file or directory",
        "quotetrack: 1 of 3 inputs failed",
    ]


def test_undecodable_file_and_bad_lines_are_reported_without_a_traceback(tmp_path: Path) -> None:
    """A non-UTF-8 file and broken JSON lines each give one clear line, and exit 1."""
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café said.".encode("latin-1"))
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"id": "ok", "text": "Fine."}\nnot json\n{"id": "n", "text": null}\n[1]\n', encoding="utf-8")
    result = run("extract", str(latin), str(lines))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"quotetrack: {latin}: not UTF-8 text (byte 0xe9 at offset 3); convert it first, e.g. with iconv",
        f"quotetrack: {lines}:2: not a JSON object (Expecting value at column 1)",
        "quotetrack: n: 'text' is NoneType, expected a string",
        f"quotetrack: {lines}:4: expected a JSON object, got list",
        "quotetrack: 4 of 5 inputs failed",
    ]
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        str(latin),
        "ok",
        f"{lines}:2",
        "n",
        f"{lines}:4",
    ]


def test_directory_is_an_input_that_fails(tmp_path: Path, capsys) -> None:
    """A directory given as a file is reported as unreadable, not a crash."""
    assert main(["extract", str(tmp_path)]) == 1
    assert "cannot read: Is a directory" in capsys.readouterr().err


@pytest.mark.parametrize(
    "arguments",
    [
        ["extract", "--format", "xml", "a.txt"],
        ["extract", "--format", "parquet", "a.txt"],
        ["extract", "-n", "0", "a.txt"],
        ["extract", "--backend", "nope", "a.txt"],
        ["extract", "-", "-"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(arguments: list[str]) -> None:
    """Bad options, parquet without -o, two stdins, an unknown or missing command: exit 2 and a usage line."""
    result = run(*arguments)
    assert result.returncode == 2
    assert "usage: quotetrack" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch, capsys) -> None:
    """No FILE and an interactive stdin: exit 2 rather than wait for typing."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    assert main(["extract"]) == 2
    assert "no input" in capsys.readouterr().err


def test_progress_bar_only_on_a_terminal(article: Path, monkeypatch, capsys) -> None:
    """When stderr is a terminal a progress count is drawn there, then erased."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(article)]) == 0
    assert "1 article, " in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[K")
    assert json.loads(capsys.readouterr().out)["id"] == str(article)


def test_version() -> None:
    """--version prints the package version and exits 0."""
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"quotetrack {quotetrack.__version__}"


def test_main_returns_the_help_status(capsys) -> None:
    """--help through main returns 0 and lists both commands."""
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "extract" in out
    assert "evaluate" in out


def test_json_array_file_is_read_as_articles(tmp_path: Path, capsys) -> None:
    """A .json file holding an array of articles gives one result each, ids by position when missing."""
    source = tmp_path / "export.json"
    source.write_text(json.dumps([{"id": "a", "text": ARTICLE}, {"text": "Hi."}], indent=2), encoding="utf-8")
    assert main(["extract", str(source)]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ["a", f"{source}[1]"]


def test_text_file_starting_with_a_bracket_is_plain_text(tmp_path: Path, capsys) -> None:
    """Only a .json file is taken for a JSON array; a .txt article may start with '['."""
    path = tmp_path / "photo.txt"
    path.write_text("[Photo] " + ARTICLE, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "[Photo] " + ARTICLE


def test_unwritable_output_names_the_path(article: Path, tmp_path: Path, capsys) -> None:
    """An output in a missing folder gives one line naming it, and exit 1."""
    target = tmp_path / "no" / "such" / "out.jsonl"
    assert main(["extract", str(article), "-o", str(target)]) == 1
    assert capsys.readouterr().err == f"quotetrack: error: {target}: No such file or directory\n"
