"""Bad input types raise a TypeError that says what was expected; empty or blank text gives an empty result."""

from __future__ import annotations

from typing import Any

import pytest

import quotetrack


@pytest.mark.parametrize("call", [quotetrack.analyze, quotetrack.extract], ids=["analyze", "extract"])
@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        (None, "None"),
        (42, "int"),
        (3.5, "float"),
        (True, "bool"),
        (["a text"], "list"),
        ({"text": "a text"}, "dict"),
        (object(), "object"),
    ],
)
def test_non_text_raises_type_error(call: Any, value: Any, type_name: str) -> None:
    """None, numbers and containers raise TypeError naming what was received and that a str is needed."""
    with pytest.raises(TypeError, match="needs text as str") as caught:
        call(value)
    assert type_name in str(caught.value)


@pytest.mark.parametrize("call", [quotetrack.analyze, quotetrack.extract], ids=["analyze", "extract"])
@pytest.mark.parametrize("value", [b'"We are ready," she said.', bytearray(b"text")], ids=["bytes", "bytearray"])
def test_bytes_raise_type_error_saying_decode_first(call: Any, value: Any) -> None:
    """Bytes raise TypeError telling the caller to decode first, with the call to make."""
    with pytest.raises(TypeError, match="decode it first") as caught:
        call(value)
    message = str(caught.value)
    assert type(value).__name__ in message
    assert ".decode('utf-8')" in message


def test_list_of_texts_points_to_pipe() -> None:
    """A list of texts is refused with a pointer to quotetrack.pipe."""
    with pytest.raises(TypeError, match=r"quotetrack\.pipe"):
        quotetrack.analyze(["one text", "another"])


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\r\n \u00a0\u3000", "\u200b", "\x00"])
def test_empty_or_blank_text_gives_empty_result(text: str) -> None:
    """Empty or blank text gives an Analysis with no quotes, speakers or warnings, and the text unchanged."""
    analysis = quotetrack.analyze(text)
    assert analysis.text == text
    assert analysis.quotes == ()
    assert analysis.speakers == ()
    assert analysis.warnings == ()
    assert analysis.error is None
    assert quotetrack.extract(text) == []


def test_str_subclass_is_text() -> None:
    """A subclass of str is analysed like the str it is."""

    class Article(str):
        pass

    text = '"We are ready," Jane Doe said.'
    assert [q.to_dict() for q in quotetrack.extract(Article(text))] == [q.to_dict() for q in quotetrack.extract(text)]
