"""The embedded backend: tokens with offsets, sentences that survive news-text traps, and paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strategies import FAST_RANGE

from quotetrack.backends.rules import RulesBackend


def sentences(text: str) -> list[str]:
    doc = RulesBackend().parse(text)
    return [text[s.start : s.end] for s in doc.sentences]


def paragraphs(text: str) -> list[str]:
    doc = RulesBackend().parse(text)
    return [text[p.start : p.end] for p in doc.paragraphs]


SENTENCES = [
    ('She said, "We won." Then she left.', ['She said, "We won."', "Then she left."]),
    ("“Is it over?” she asked. “Yes.”", ["“Is it over?” she asked.", "“Yes.”"]),
    ("'We are done.' The talks ended.", ["'We are done.'", "The talks ended."]),
    (
        "Mr. Smith met Dr. Jones and Mrs. Brown in Washington.",
        ["Mr. Smith met Dr. Jones and Mrs. Brown in Washington."],
    ),
    ("The U.S. economy grew. It was the best year.", ["The U.S. economy grew.", "It was the best year."]),
    ("He moved to the U.S. The weather was bad.", ["He moved to the U.S.", "The weather was bad."]),
    ("The law took effect on Jan. 9 and critics responded.", ["The law took effect on Jan. 9 and critics responded."]),
    (
        "The novel by J. K. Rowling sold well. Critics agreed.",
        ["The novel by J. K. Rowling sold well.", "Critics agreed."],
    ),
    ("George W. Bush spoke first. Then the crowd cheered.", ["George W. Bush spoke first.", "Then the crowd cheered."]),
    ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
    (
        "Storm hits coast\nThousands lost power as the storm made landfall.",
        ["Storm hits coast", "Thousands lost power as the storm made landfall."],
    ),
    ("Who will pay? Nobody knows! The bill is due.", ["Who will pay?", "Nobody knows!", "The bill is due."]),
    ("It ended... Then it began again.", ["It ended...", "Then it began again."]),
    # a place's abbreviation after a comma ends the sentence before a quoted one, not before a quoted nickname
    (
        '"We lost," he said in Salem, N.H. "We will be back."',
        ['"We lost," he said in Salem, N.H.', '"We will be back."'],
    ),
    ('Gov. C.L. "Butch" Otter spoke.', ['Gov. C.L. "Butch" Otter spoke.']),
    ('He lives in Salem, N.H. "in the woods," he said.', ['He lives in Salem, N.H. "in the woods," he said.']),
    # a clock time ends its sentence before a name and its verb, not before a zone, a day or a name before a noun
    ("The vote ended at 5 p.m. Lee said the plan failed.", ["The vote ended at 5 p.m.", "Lee said the plan failed."]),
    ("We met at 9 a.m. Jo Kane walked in late.", ["We met at 9 a.m.", "Jo Kane walked in late."]),
    ("The vote ends at 5 p.m. Eastern time.", ["The vote ends at 5 p.m. Eastern time."]),
    ("The race starts at 9 a.m. Sunday near the lake.", ["The race starts at 9 a.m. Sunday near the lake."]),
    ("The 8 p.m. Fox debate drew a crowd.", ["The 8 p.m. Fox debate drew a crowd."]),
    ("The 9 p.m. ABC debates drew viewers.", ["The 9 p.m. ABC debates drew viewers."]),
    ("We watched the late 9 p.m. CNN debates.", ["We watched the late 9 p.m. CNN debates."]),
    # ... and a name may be a possessive's or an abbreviation ("Lee's office said", "U.S. officials said")
    ("We met at 9 a.m. Lee's office said no.", ["We met at 9 a.m.", "Lee's office said no."]),
    ("It closed at 4 p.m. U.S. officials said so.", ["It closed at 4 p.m.", "U.S. officials said so."]),
    ("He left at 9 p.m. Kim said it.", ["He left at 9 p.m.", "Kim said it."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    """Sentence ends after closing marks, not after titles, dates, initials or decimals; headlines end at the line."""
    assert sentences(text) == expected


PARAGRAPHS = [
    ("First one.\n\nSecond one.\n\n\nThird one.", ["First one.", "Second one.", "Third one."]),
    ("First one.\r\n\r\nSecond one.", ["First one.", "Second one."]),
    ("Line one.\nLine two.\nLine three.", ["Line one.", "Line two.", "Line three."]),
    ("  Indented.\n  \n  Next.  ", ["Indented.", "Next."]),
    ("", []),
    ("   \n\n \t ", []),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraphs(text: str, expected: list[str]) -> None:
    """Blank lines separate paragraphs (CRLF too); text without blank lines is a paragraph a line."""
    assert paragraphs(text) == expected


def test_sentences_never_cross_paragraphs() -> None:
    """A sentence with no final period still ends at its paragraph."""
    text = "No period here\n\nA new paragraph starts. It goes on"
    doc = RulesBackend().parse(text)
    assert [text[s.start : s.end] for s in doc.sentences] == ["No period here", "A new paragraph starts.", "It goes on"]
    for sentence in doc.sentences:
        assert any(p.start <= sentence.start and sentence.end <= p.end for p in doc.paragraphs)


def test_tokens_slice_back_and_cover_sentences() -> None:
    """Every token's offsets slice back to its text; sentences hold consecutive tokens, all of them once."""
    text = "“O'Neill’s team won 1,000 votes on 2025-01-13,” said Ms. Lee (U.S. Senate) — see https://x.com/a."
    doc = RulesBackend().parse(text)
    words = [t.text for t in doc.tokens]
    assert "O'Neill’s" in words
    assert "1,000" in words
    assert "2025-01-13" in words
    assert "https://x.com/a." in words or "https://x.com/a" in words
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text
    covered = [i for s in doc.sentences for i in range(s.first_token, s.last_token)]
    assert covered == list(range(len(doc.tokens)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an AT&T and S&P deal", ["an", "AT&T", "and", "S&P", "deal"]),
        ("one P&G worker, Þ&Ö", ["one", "P&G", "worker", ",", "Þ&Ö"]),
        # a lowercase letter or a space on either side keeps the ampersand a token of its own
        ("Tom&Jerry, A & B, AT&t", ["Tom", "&", "Jerry", ",", "A", "&", "B", ",", "AT", "&", "t"]),
    ],
)
def test_ampersand_between_capitals_joins_one_name(text: str, expected: list[str]) -> None:
    """ "P&G" is one name: split at the ampersand, its halves read as two words and the phrase around them
    ('one P&G employee told reporters') loses its speaker. Both tokenisers agree."""
    from quotetrack.backends.rules import TOKEN_PATTERN, tokenize

    assert [t.text for t in tokenize(text)] == expected
    assert [m.group() for m in TOKEN_PATTERN.finditer(text)] == expected


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(FAST_RANGE), max_size=200))
def test_fast_tokenizer_agrees_with_the_unicode_one(text: str) -> None:
    """In the range where it is used, the standard-library pattern gives exactly the `regex` pattern's tokens,
    and so does `tokenize`, which sums whitespace-and-token chunks instead of matching token by token."""
    from quotetrack.backends.rules import FAST_TOKEN_PATTERN, OUTSIDE_FAST_RANGE, TOKEN_PATTERN, tokenize

    assert OUTSIDE_FAST_RANGE.search(text) is None
    expected = [(m.start(), m.end(), m.group()) for m in TOKEN_PATTERN.finditer(text)]
    assert [(m.start(), m.end(), m.group()) for m in FAST_TOKEN_PATTERN.finditer(text)] == expected
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == expected


@pytest.mark.parametrize("text", ["x\x1fy", "½ cup", "e\u0301t\u00e9", "Καλημέρα, κόσμε", "١٢٣ word"])
def test_texts_outside_the_fast_range_use_the_unicode_pattern(text: str) -> None:
    """Characters whose classes differ between the engines send the text to the `regex` pattern."""
    from quotetrack.backends.rules import OUTSIDE_FAST_RANGE, TOKEN_PATTERN, tokenize

    assert OUTSIDE_FAST_RANGE.search(text) is not None
    assert [(t.start, t.end) for t in tokenize(text)] == [m.span() for m in TOKEN_PATTERN.finditer(text)]


@settings(max_examples=1000)
@given(
    st.lists(
        st.sampled_from([*"aAUSé\u0303Ω.:/! \n", "U.S.", "e.g.", "...", "http://", "The", "Mr."]), max_size=30
    ).map("".join)
)
@example("See http://a.b. The site.")
@example("The U.S.A. The E.U. and the U.K. Then")
def test_abbreviation_splits_are_found_by_their_periods(text: str) -> None:
    """The tokens that may split ("U.S." before a new sentence) are found by searching the text, not by walking
    every token: the splits are those of the walk over every dotted token."""
    from quotetrack.backends.rules import (
        _abbreviation_token_ends,
        _sentence_starters,
        _split_abbreviation_boundaries,
        tokenize,
    )

    tokens = tokenize(text)
    starters = _sentence_starters()
    walked = [
        k
        for k, token in enumerate(tokens)
        if token.text.endswith(".")
        and token.text.count(".") >= 2
        and token.text[0].isalpha()
        and k + 1 < len(tokens)
        and _abbreviation_token_ends(text, tokens, k, starters)
    ]
    split = _split_abbreviation_boundaries(text, tokens, starters)
    assert len(split) == len(tokens) + len(walked)
    for shift, k in enumerate(walked):
        assert split[k + shift].text == tokens[k].text[:-1]
        assert split[k + shift + 1].text == "."
