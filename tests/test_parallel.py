"""Tests for quotetrack.parallel.pipe: order, laziness, spawn workers and the on_error modes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import quotetrack
from quotetrack.errors import BackendNotFoundError
from quotetrack.parallel import pipe

EXAMPLE = (Path(__file__).parent.parent / "examples" / "zelensky-pows.txt").read_text(encoding="utf-8")

TEXTS = [
    '"We are ready," Jane Doe said.',
    "Nothing is quoted here.",
    EXAMPLE,
    'The minister told reporters that the talks would resume. "It is time," she added.',
    "",
]

BAD_MESSAGE = "quotetrack needs text as str"


def counting(texts: list[object], seen: list[object]) -> Iterator[object]:
    """Yield ``texts`` one by one, appending each to ``seen`` as it is taken."""
    for text in texts:
        seen.append(text)
        yield text


def test_results_keep_input_order_one_per_text() -> None:
    """Serial pipe yields one analysis per text, each of its own text, in order."""
    results = list(pipe(TEXTS))
    assert [result.text for result in results] == TEXTS
    assert all(result.error is None for result in results)


def test_results_match_analyze() -> None:
    """pipe gives what analyze gives for each text."""
    assert [r.to_dict() for r in pipe(TEXTS)] == [quotetrack.analyze(t).to_dict() for t in TEXTS]


def test_serial_pipe_reads_one_text_per_result() -> None:
    """In one process, taking the first result has read exactly one text."""
    seen: list[object] = []
    results = pipe(counting(["a", "b", "c"], seen))
    assert seen == []  # nothing is read before the first result is asked for
    next(results)
    assert seen == ["a"]


def test_process_pipe_reads_a_bounded_number_of_texts_ahead() -> None:
    """With workers, the first result comes before the whole input is read (at most 2 batches per worker)."""
    seen: list[object] = []
    texts = [f"Text number {i}." for i in range(200)]
    results = pipe(counting(texts, seen), n_process=2, batch_size=3)
    first = next(results)
    assert first.text == "Text number 0."
    assert len(seen) <= 2 * 2 * 3
    results.close()


def test_spawn_workers_give_the_serial_results() -> None:
    """Two spawn worker processes give exactly the serial results, in order, across many batches."""
    texts = TEXTS * 4
    serial = [r.to_dict() for r in pipe(texts)]
    parallel = [r.to_dict() for r in pipe(texts, n_process=2, batch_size=3)]
    assert parallel == serial


@pytest.mark.parametrize("n_process", [1, 2])
def test_record_yields_one_result_per_input_with_the_error(n_process: int) -> None:
    """on_error="record" yields a result for every input; the bad ones carry a TypeError and empty text."""
    texts = ["Hello.", None, b"bytes", 'He said "yes."', 42]
    ids = ["a", "b", "c", "d", "e"]
    results = list(pipe(texts, on_error="record", ids=ids, n_process=n_process, batch_size=2))
    assert [r.id for r in results] == ids
    assert [r.error is None for r in results] == [True, False, False, True, False]
    assert [r.text for r in results] == ["Hello.", "", "", 'He said "yes."', ""]
    assert results[1].error is not None
    assert results[1].error.startswith("TypeError: " + BAD_MESSAGE)
    assert results[2].error is not None
    assert "decode it first" in results[2].error


@pytest.mark.parametrize("n_process", [1, 2])
def test_skip_drops_only_the_bad_inputs(n_process: int) -> None:
    """on_error="skip" yields the good texts only, in order."""
    results = list(pipe(["one.", None, "two.", b"x", "three."], on_error="skip", n_process=n_process))
    assert [r.text for r in results] == ["one.", "two.", "three."]


@pytest.mark.parametrize("n_process", [1, 2])
def test_raise_yields_earlier_results_then_raises(n_process: int) -> None:
    """on_error="raise" gives the results before the bad text, then raises its TypeError."""
    results = pipe(["one.", "two.", None, "three."], n_process=n_process, batch_size=4)
    assert next(results).text == "one."
    assert next(results).text == "two."
    with pytest.raises(TypeError, match=BAD_MESSAGE):
        next(results)


def test_as_tuples_keeps_each_context_with_its_result() -> None:
    """With as_tuples, contexts (even unpicklable ones) come back beside their own results."""
    marker = object()
    pairs = [("one.", {"row": 1}), (None, marker), ("three.", 3)]
    results = list(pipe(pairs, as_tuples=True, on_error="record", n_process=2, batch_size=1))
    assert [context for _, context in results] == [{"row": 1}, marker, 3]
    assert [analysis.text for analysis, _ in results] == ["one.", "", "three."]
    assert results[1][0].error is not None


def test_unpicklable_text_is_recorded_not_lost() -> None:
    """A text that cannot be sent to a worker is analysed in the parent and recorded as a TypeError."""
    results = list(pipe(["one.", lambda: None, "three."], on_error="record", n_process=2, batch_size=3))
    assert [r.text for r in results] == ["one.", "", "three."]
    assert results[1].error is not None
    assert results[1].error.startswith("TypeError: " + BAD_MESSAGE)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"on_error": "ignore"}, "on_error must be one of 'raise', 'skip', 'record', got 'ignore'"),
        ({"batch_size": 0}, "batch_size must be an int of at least 1, got 0"),
        ({"n_process": 0}, "n_process must be an int of at least 1, or -1 for one process per CPU, got 0"),
        ({"n_process": -2}, "got -2"),
        ({"n_process": True}, "got True"),
    ],
)
def test_bad_arguments_raise_at_once(options: dict[str, object], message: str) -> None:
    """Bad settings raise ValueError when pipe is called, before any text is read."""
    seen: list[object] = []
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        pipe(counting(["a"], seen), **options)  # type: ignore[call-overload]
    assert seen == []


def test_unknown_backend_raises_at_once() -> None:
    """An unknown backend name raises BackendNotFoundError listing what is available."""
    with pytest.raises(BackendNotFoundError, match="available: rules"):
        pipe(["a"], backend="nope")


def test_ids_must_match_texts_in_number() -> None:
    """Too few or too many ids raise ValueError once the mismatch is seen."""
    with pytest.raises(ValueError, match="ids ran out"):
        list(pipe(["a", "b"], ids=["1"]))
    with pytest.raises(ValueError, match="more entries than texts"):
        list(pipe(["a"], ids=["1", "2"]))


def test_as_tuples_needs_pairs() -> None:
    """A bare text where a (text, context) pair is expected raises a ValueError naming it."""
    with pytest.raises(ValueError, match="must be a \\(text, context\\) pair"):
        list(pipe(["abc"], as_tuples=True))


def test_pipe_is_exported_from_the_package() -> None:
    """quotetrack.pipe is the parallel pipe."""
    assert quotetrack.pipe is pipe
