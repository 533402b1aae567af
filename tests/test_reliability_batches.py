"""Nothing lost in batches: one result per input, hostile or broken, and the CLI counts what failed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from adversarial.generators import html, nested_quotes, unmatched_marks

import quotetrack
from quotetrack.backends.rules import RulesBackend
from quotetrack.document import Document
from quotetrack.parallel import pipe

ROOT = Path(quotetrack.__file__).resolve().parent.parent
GOOD = [
    '"We are ready," Jane Doe said.',
    "",
    "   \n\n ",
    unmatched_marks(300),
    nested_quotes(300),
    html(5),
    "\x00\r\n\u202e«»„“”‘’'\"" * 20,
    "a" * 20_000,
]
BAD: list[Any] = [None, b"bytes are not text", 17, ["a", "list"]]


def _inputs() -> list[Any]:
    mixed: list[Any] = []
    for n, text in enumerate(GOOD):
        mixed.append(text)
        mixed.append(BAD[n % len(BAD)])
    return mixed


def _without_id(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "id"}


@pytest.mark.parametrize("n_process", [1, 2])
def test_record_gives_one_result_per_input(n_process: int) -> None:
    """on_error="record": one result per input, in order; errors on the bad types only; the rest as analyze gives."""
    inputs = _inputs()
    ids = [f"doc{n}" for n in range(len(inputs))]
    results = list(pipe(inputs, on_error="record", ids=ids, n_process=n_process, batch_size=3))
    assert [r.id for r in results] == ids
    for value, result in zip(inputs, results, strict=True):
        if isinstance(value, str):
            assert result.error is None
            assert _without_id(result.to_dict()) == _without_id(quotetrack.analyze(value).to_dict())
        else:
            assert result.error is not None
            assert result.error.startswith("TypeError: ")
            assert result.quotes == ()


class _FailsOnBoom:
    """A backend that breaks on one article, as a real parser might."""

    name = "rules"
    provides: frozenset[str] = frozenset()

    def parse(self, text: str) -> Document:
        if "BOOM" in text:
            raise RuntimeError("the parser broke on this article")
        return RulesBackend().parse(text)


def test_an_article_that_breaks_the_backend_is_recorded_and_the_run_goes_on() -> None:
    """An exception inside the analysis of one article is recorded on its result; the others are analysed."""
    texts = ['"One," she said.', "BOOM goes the parser.", '"Three," he said.']
    results = list(pipe(texts, on_error="record", backend=_FailsOnBoom()))
    assert results[0].error is None
    assert results[1].error is not None
    assert "RuntimeError" in results[1].error
    assert "the parser broke" in results[1].error
    assert results[2].error is None
    assert [len(r.quotes) for r in results] == [1, 0, 1]


def test_cli_processes_everything_and_exits_1_with_a_count(tmp_path: Path) -> None:
    """The CLI analyses every good article of a hostile batch, counts the failed ones and exits 1."""
    source = tmp_path / "batch.jsonl"
    records: list[dict[str, Any]] = [{"id": f"good{n}", "text": text} for n, text in enumerate(GOOD)]
    records.insert(3, {"id": "null", "text": None})
    records.insert(6, {"id": "number", "text": 12})
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "quotetrack", "extract", str(source)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == f"quotetrack: 2 of {len(records)} inputs failed"
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in out] == [r["id"] for r in records]
    assert [r["error"] is None for r in out] == [isinstance(r["text"], str) for r in records]
