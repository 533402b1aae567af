"""Properties that hold for every text: spans never lie, output is deterministic, nothing raises, order holds.

Run with the hypothesis profile of ``tests/conftest.py`` (``ci``: 1,000 examples a property).
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, hostile_text, news_article, quote_free_paragraph

import quotetrack
from quotetrack import Analysis, Span

PACKAGE_ROOT = Path(quotetrack.__file__).resolve().parent.parent


def all_spans(analysis: Analysis) -> Iterator[tuple[str, Span]]:
    """Every span an analysis holds, named by where it was found."""
    for n, quote in enumerate(analysis.quotes):
        yield f"quote {n} content", quote.content
        for k, segment in enumerate(quote.segments):
            yield f"quote {n} segment {k}", segment
        for field in ("cue", "speaker_mention", "addressee", "channel", "source"):
            span = getattr(quote, field)
            if span is not None:
                yield f"quote {n} {field}", span
        if quote.speaker is not None:
            for k, mention in enumerate(quote.speaker.mentions):
                yield f"quote {n} speaker mention {k}", mention
    for n, speaker in enumerate(analysis.speakers):
        for k, mention in enumerate(speaker.mentions):
            yield f"speaker {n} mention {k}", mention
    for n, warning in enumerate(analysis.warnings):
        if warning.span is not None:
            yield f"warning {n} ({warning.code})", warning.span


def check_invariants(text: str, analysis: Analysis) -> None:
    assert analysis.text == text
    for where, span in all_spans(analysis):
        assert 0 <= span.start <= span.end <= len(text), where
        assert text[span.start : span.end] == span.text, where
    speakers = [id(s) for s in analysis.speakers]
    for quote in analysis.quotes:
        assert quote.segments, "a quote has at least one segment"
        assert quote.content.start == quote.segments[0].start
        assert quote.content.end == quote.segments[-1].end
        for before, after in itertools.pairwise(quote.segments):
            assert before.end <= after.start, "segments are in order and do not overlap"
        assert 0.0 <= quote.confidence <= 1.0
        if quote.speaker is not None:
            assert id(quote.speaker) in speakers, "a quote's speaker is one of the analysis's speakers"


@given(any_text())
def test_every_span_slices_back(text: str) -> None:
    """Every span of every result (quotes, speakers, warnings) satisfies text[start:end] == span.text."""
    check_invariants(text, quotetrack.analyze(text))


@given(hostile_text())
def test_hostile_text_never_raises(text: str) -> None:
    """Arbitrary Unicode, every quotation mark, control characters, NUL, CRLF, RTL, emoji, long tokens: no exception."""
    analysis = quotetrack.analyze(text)
    check_invariants(text, analysis)
    json.dumps(analysis.to_dict())


@given(any_text())
def test_fiction_conventions_keep_every_invariant(text: str) -> None:
    """The fiction path (split pieces, dialogue lines, tags, beats, turn-taking) on arbitrary text, which is
    mostly too short for `genre="auto"` to choose it: spans slice back, nothing raises."""
    analysis = quotetrack.analyze(text, genre="fiction")
    check_invariants(text, analysis)
    assert all(q.kind is not quotetrack.QuoteKind.INDIRECT for q in analysis.quotes)


@given(hostile_text())
def test_fiction_conventions_never_raise_on_hostile_text(text: str) -> None:
    check_invariants(text, quotetrack.analyze(text, genre="fiction"))


@given(any_text())
def test_quotes_in_document_order(text: str) -> None:
    """Quotes come back in document order and claim no text twice: no two segments overlap. A report may sit in
    the gap between the pieces of a split quote ('"A," she said, referring to X. "B."'), so a quote's content,
    which runs from its first piece to its last, may hold another quote between its segments."""
    quotes = quotetrack.analyze(text).quotes
    for before, after in itertools.pairwise(quotes):
        assert before.content.start <= after.content.start
    claimed = sorted((segment.start, segment.end) for quote in quotes for segment in quote.segments)
    for before, after in itertools.pairwise(claimed):
        assert before[1] <= after[0]


@given(any_text())
def test_deterministic_in_process(text: str) -> None:
    """Analysing the same text twice gives the same result."""
    assert quotetrack.analyze(text).to_dict() == quotetrack.analyze(text).to_dict()


WORKER = """
import json, sys
import quotetrack
for line in sys.stdin:
    text = json.loads(line)
    try:
        out = quotetrack.analyze(text).to_dict()
    except Exception as error:  # reported to the test, which fails on it
        out = {"exception": repr(error)}
    sys.stdout.write(json.dumps(out, sort_keys=True, ensure_ascii=True) + "\\n")
    sys.stdout.flush()
"""


@pytest.fixture(scope="module")
def worker() -> Iterator[subprocess.Popen[str]]:
    """A second Python process, with another hash seed, that analyses texts sent to it one JSON line at a time."""
    env = dict(os.environ, PYTHONHASHSEED="4242", PYTHONPATH=str(PACKAGE_ROOT))
    process = subprocess.Popen(
        [sys.executable, "-c", WORKER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=PACKAGE_ROOT,
    )
    yield process
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=60)


def analyse_elsewhere(worker: subprocess.Popen[str], text: str) -> Any:
    assert worker.stdin is not None
    assert worker.stdout is not None
    worker.stdin.write(json.dumps(text, ensure_ascii=True) + "\n")
    worker.stdin.flush()
    return json.loads(worker.stdout.readline())


@given(text=any_text())
def test_same_result_in_another_process(worker: subprocess.Popen[str], text: str) -> None:
    """Another process (another hash seed, fresh caches) gives the very same JSON."""
    here = json.loads(json.dumps(quotetrack.analyze(text).to_dict(), sort_keys=True, ensure_ascii=True))
    assert analyse_elsewhere(worker, text) == here


def shifted_quotes(analysis: Analysis, offset: int) -> list[tuple[Any, ...]]:
    """Each quote as plain values with offsets moved back by ``offset``."""

    def span(s: Span | None) -> tuple[int, int, str] | None:
        return None if s is None else (s.start - offset, s.end - offset, s.text)

    return [
        (
            q.kind.value,
            span(q.content),
            tuple(span(s) for s in q.segments),
            span(q.cue),
            span(q.speaker_mention),
            span(q.addressee),
            span(q.channel),
        )
        for q in analysis.quotes
    ]


@given(
    article=news_article(),
    before=st.lists(quote_free_paragraph(), max_size=3),
    after=st.lists(quote_free_paragraph(), max_size=3),
)
def test_padding_with_quote_free_paragraphs_changes_no_quote(article: str, before: list[str], after: list[str]) -> None:
    """Quote-free paragraphs before and after an article leave its quotes as they were, offsets shifted."""
    prefix = "".join(p + "\n\n" for p in before)
    padded = prefix + article + "".join("\n\n" + p for p in after)
    assert shifted_quotes(quotetrack.analyze(padded), len(prefix)) == shifted_quotes(quotetrack.analyze(article), 0)


def test_padding_keeps_speakers() -> None:
    """A quote-free paragraph before an article leaves each quote's speaker and method as they were."""
    article = '"We will win," he said.'
    padded = "Prices fell slowly after the rain.\n\n" + article
    alone = [(q.speaker.name if q.speaker else None, q.method) for q in quotetrack.extract(article)]
    assert [(q.speaker.name if q.speaker else None, q.method) for q in quotetrack.extract(padded)] == alone
