"""Quotation marks: pairing every style, telling quotes from apostrophes, and warning (never raising) on mess."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.backends.rules import RulesBackend
from quotetrack.marks import find_quotations


def quoted(text: str) -> list[tuple[str, int]]:
    """The text inside each paired quotation (first piece to last piece) with its nesting depth."""
    quotations, _ = find_quotations(RulesBackend().parse(text))
    return [(text[q.start : q.end], q.depth) for q in quotations]


def warning_codes(text: str) -> list[str]:
    return [w.code for w in quotetrack.analyze(text).warnings]


PAIRS = [
    ('He said "yes" and then "no" to the offer.', [("yes", 0), ("no", 0)]),
    ("He said “yes” and then “no” to the offer.", [("yes", 0), ("no", 0)]),
    ("She called it ‘a farce’ yesterday.", [("a farce", 0)]),
    ("She called it 'a farce' yesterday.", [("a farce", 0)]),
    ("Le ministre a dit «nous sommes prêts» hier.", [("nous sommes prêts", 0)]),
    ("Le ministre a dit « nous sommes prêts » hier.", [("nous sommes prêts", 0)]),
    ("Der Minister sagte „wir sind bereit“ am Montag.", [("wir sind bereit", 0)]),
    ("``We are ready,'' he said.", [("We are ready,", 0)]),
    # a curly mark typed the wrong way round, or with the space after it lost, still pairs by its place
    ("“We will not back down,“ said Ann Lee.", [("We will not back down,", 0)]),
    ("“We will not back down,”Ann Lee said.", [("We will not back down,", 0)]),
    ("“We are done!”After the vote, she left.", [("We are done!", 0)]),
    ("He said,”we are done.”", [("we are done.", 0)]),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_mark_styles_pair(text: str, expected: list[tuple[str, int]]) -> None:
    """Straight, curly, single, guillemet, „“ and newswire ``'' marks each pair with their partner."""
    assert quoted(text) == expected
    assert warning_codes(text) == []


# the news convention: a quote left open at the end of its paragraph runs on into the next one that opens with
# a mark, which may hold the attribution of both; but after one attributed in its own paragraph, a quote there
# that closes on a comma has an attribution of its own too, and is a new report
RUN_ON = [
    (
        '"We will win the county.\n\n"And we will win the state," she said.',
        [('We will win the county.\n\n"And we will win the state,', 0)],
    ),
    (
        '"We won," she said. "We will win the county.\n\n"And we will win the state."',
        [("We won,", 0), ('We will win the county.\n\n"And we will win the state.', 0)],
    ),
    (
        '"We won," she said. "We will win the county.\n\n"And we will win the state," he said.',
        [("We won,", 0), ("We will win the county.", 0), ("And we will win the state,", 0)],
    ),
    # after narration only, the unclosed one has no attribution of its own: it runs on to the next one
    (
        'Lee was blunt. "We will win the county.\n\n"And we will win the state," she said.',
        [('We will win the county.\n\n"And we will win the state,', 0)],
    ),
    # ... but one opened inside a sentence had it there
    (
        'She said the plan was "a mess.\n\n"We will fix it," he said.',
        [("a mess.", 0), ("We will fix it,", 0)],
    ),
    # in other marks it is a quote inside a block quote, which goes on
    (
        '"We won," she said. "We will win the county.\n\n“And we will win the state,” he said.',
        [("We won,", 0), ("We will win the county.\n\n“And we will win the state,", 0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON)
def test_quote_runs_on_into_the_next_paragraph(text: str, expected: list[tuple[str, int]]) -> None:
    """An unclosed quote goes on in the next paragraph's quote, unless that one has an attribution of its own."""
    assert quoted(text) == expected


APOSTROPHES = [
    "Mr. Jones' car was parked outside the Joneses' house.",
    "Music from the '90s is back in fashion.",
    "They played rock 'n' roll until dawn.",
    "Shaquille O'Neill didn't play and the team's coach wasn't there.",
    "The students’ union met in the dean’s office in the ’80s.",
    "It's been a long year for the workers' union, and 'tis the season.",
    "The motion by Anna van 't Hof, a Dutch member, passed.",
]


@pytest.mark.parametrize("text", APOSTROPHES)
def test_apostrophes_are_not_quotes(text: str) -> None:
    """Possessives, elisions, decades and names with apostrophes open no quotation and raise no warning."""
    assert quoted(text) == []
    assert warning_codes(text) == []
    assert quotetrack.extract(text) == []


SINGLE_QUOTED_T = [
    "'T-Mobile will not merge,' Lee said.",
    "'T is for Tuesday,' the teacher said.",
]


@pytest.mark.parametrize("text", SINGLE_QUOTED_T)
def test_a_capital_t_after_a_single_mark_opens_a_quote(text: str) -> None:
    """Only a lowercase 't before a name is the Dutch particle; a capital T opens the quote's first word."""
    (quote,) = quotetrack.extract(text)
    assert quote.kind.value == "direct"
    assert quote.content.text == text[1 : text.index(",'")]


def test_apostrophes_inside_a_quote_do_not_cut_it() -> None:
    """A quote holding O'Neill's, the '90s and rock 'n' roll stays one quote."""
    text = "\"O'Neill's team played rock 'n' roll in the '90s,\" the critic said."
    (quote,) = quotetrack.extract(text)
    assert quote.content.text == "O'Neill's team played rock 'n' roll in the '90s"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "the critic"


NESTED = [
    ("“He told me ‘never again’ and left,” she said.", [("He told me ‘never again’ and left,", 0), ("never again", 1)]),
    (
        "\"He told me 'never again' and left,\" she said.",
        [("He told me 'never again' and left,", 0), ("never again", 1)],
    ),
    ("“A ‘B “C” B’ A,” she said.", [("A ‘B “C” B’ A,", 0), ("B “C” B", 1), ("C", 2)]),
    (
        "«Il a dit “jamais” puis il est parti», a-t-elle dit.",
        [("Il a dit “jamais” puis il est parti", 0), ("jamais", 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_nested_quotes(text: str, expected: list[tuple[str, int]]) -> None:
    """A quote inside a quote is paired at depth 1 and does not end the outer quote."""
    assert quoted(text) == expected
    assert warning_codes(text) == []


def test_nested_quote_is_one_quote_of_the_outer_speaker() -> None:
    """Only the outer quotation becomes a Quote; the inner one stays inside its content."""
    (quote,) = quotetrack.extract("“He told me ‘never again’ and left,” she said.")
    assert quote.content.text == "He told me ‘never again’ and left"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "she"


MESSY = [
    ('He said "we are ready and then left the room.', "unclosed-mark"),
    ('He said we are ready" and then left the room.', "stray-mark"),
    ("He said “we are ready and then left the room.", "unclosed-mark"),
    ('"One," he said, "two," she said, "three.', "unclosed-mark"),
    ("He said ‘we are ready and left.", "unclosed-mark"),
]


@pytest.mark.parametrize(("text", "code"), MESSY)
def test_unbalanced_marks_warn(text: str, code: str) -> None:
    """An unbalanced or stray mark gives an AnalysisWarning whose span is the mark, never an exception."""
    analysis = quotetrack.analyze(text)
    assert code in [w.code for w in analysis.warnings]
    for warning in analysis.warnings:
        assert warning.message
        assert warning.span is not None
        assert text[warning.span.start : warning.span.end] == warning.span.text
        assert warning.span.text in {'"', "“", "”", "‘", "’", "'", "«", "»", "„"}


@pytest.mark.parametrize(
    "text",
    [
        '"' * 7,
        "“" * 5 + "”" * 2,
        '" " " "',
        "»«»«",
        "'''''",
        '"a" "b',
        "„„„“",
        '"\n\n"\n\n"',
        "‘’‘’‘",
    ],
)
def test_only_marks_never_raise(text: str) -> None:
    """Texts that are nothing but marks give a result (quotes or warnings), not an exception."""
    analysis = quotetrack.analyze(text)
    for warning in analysis.warnings:
        assert warning.span is None or text[warning.span.start : warning.span.end] == warning.span.text


MIXED_STYLES = [
    # a straight mark left open when a curly one opens is a stray from copying: curly pairs with curly
    ('"He said, “We will not yield,” and left."', [("We will not yield,", 0)]),
    ('"Lee tried to laugh it off by adding, “Only Bob Ray.” It did not work.', [("Only Bob Ray.", 0)]),
    # a curly quote closed by a straight mark, or a straight one closed by a curly mark, still pairs
    ('He did not feel “this is a hard case." and moved on.', [("this is a hard case.", 0)]),
    ('"We are ready,” she said.', [("We are ready,", 0)]),
]


@pytest.mark.parametrize(("text", "expected"), MIXED_STYLES)
def test_mixed_mark_styles_pair_by_style(text: str, expected: list[tuple[str, int]]) -> None:
    """Where straight and curly marks mix in a paragraph, an open straight mark does not end at a curly opener
    with a quote of the words before it ('..., interjecting, “...”' lost its cue to that quote): it is a
    stray, warned about, and the curly marks pair with each other."""
    assert quoted(text) == expected


def test_stray_straight_mark_before_curly_quote_keeps_the_cue() -> None:
    """The words before the curly quote are no quotation, so their verb attributes it."""
    (quote,) = quotetrack.extract('Lee lost.\n\n"Lee tried to laugh it off by adding, “Only Bob Ray.”')
    assert quote.content.text == "Only Bob Ray."
    assert quote.cue is not None
    assert quote.cue.text == "adding"
    assert "stray-mark" in warning_codes('"He said, “We will not yield,” and left."')


def test_stray_mark_keeps_the_other_quotes() -> None:
    """A stray mark in one paragraph does not spoil the pairing of the next paragraph."""
    text = 'The vote was 5" short.\n\n"We will try again next year," the chairman said.'
    quotes = quotetrack.extract(text)
    assert [q.content.text for q in quotes] == ["We will try again next year"]
