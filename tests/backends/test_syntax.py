"""Spec tables for the syntax-aware rules, on hand-parsed Documents (UD relations, as in EWT and GUM)."""

from __future__ import annotations

from typing import Any

import pytest

from quotetrack.candidate import QuoteCandidate
from quotetrack.document import Document
from quotetrack.model import QuoteKind
from quotetrack.syntax import find_syntactic_quotes

from .builders import build_document


def _cut(doc: Document, extent: tuple[int, int] | None) -> str | None:
    return None if extent is None else doc.text[extent[0] : extent[1]]


def _summary(doc: Document, candidate: QuoteCandidate) -> dict[str, Any]:
    return {
        "kind": candidate.kind,
        "content": " | ".join(doc.text[s:e] for s, e in candidate.segments),
        "cue": _cut(doc, candidate.cue),
        "speaker": _cut(doc, candidate.mention),
        "addressee": _cut(doc, candidate.addressee),
        "channel": _cut(doc, candidate.channel),
    }


SAID_THAT = """
Jane    _     PROPN 3 nsubj
Doe     _     PROPN 1 flat
said    say   VERB  0 root
that    _     SCONJ 7 mark
the     _     DET   6 det
plan    _     NOUN  7 nsubj
failed  fail  VERB  3 ccomp
.       _     PUNCT 3 punct
"""

CLAUSE_SAID = """
The     _     DET   2 det
plan    _     NOUN  3 nsubj
failed  fail  VERB  7 ccomp
,       _     PUNCT 3 punct
Jane    _     PROPN 7 nsubj
Doe     _     PROPN 5 flat
said    say   VERB  0 root
.       _     PUNCT 7 punct
"""

# GUM attaches the quoted clause as ccomp of the reporting verb, wherever it stands
DIRECT_GUM = """
"       _     PUNCT 4 punct
We      we    PRON  4 nsubj
are     be    AUX   4 cop
ready   _     ADJ   8 ccomp
,       _     PUNCT 4 punct
"       _     PUNCT 4 punct
she     she   PRON  8 nsubj
said    say   VERB  0 root
.       _     PUNCT 8 punct
"""

# EWT makes the reporting clause a parataxis of the quoted clause's root
DIRECT_EWT = """
"       _     PUNCT 4 punct
We      we    PRON  4 nsubj
are     be    AUX   4 cop
ready   _     ADJ   0 root
,       _     PUNCT 4 punct
"       _     PUNCT 4 punct
she     she   PRON  8 nsubj
said    say   VERB  4 parataxis
.       _     PUNCT 4 punct
"""

ACCORDING_TO = """
According accord VERB 4 case
to      _     ADP   1 fixed
the     _     DET   4 det
ministry _    NOUN  7 obl
,       _     PUNCT 4 punct
prices  price NOUN  7 nsubj
rose    rise  VERB  0 root
.       _     PUNCT 7 punct
"""

CLAUSE_ACCORDING_TO = """
Prices  price NOUN  2 nsubj
rose    rise  VERB  0 root
,       _     PUNCT 6 punct
according accord VERB 6 case
to      _     ADP   4 fixed
officials official NOUN 2 obl
.       _     PUNCT 2 punct
"""

TOLD_AFP = """
The     _     DET   2 det
mayor   _     NOUN  3 nsubj
told    tell  VERB  0 root
AFP     _     PROPN 3 obj
the     _     DET   6 det
bridge  _     NOUN  8 nsubj
was     be    AUX   8 cop
safe    _     ADJ   3 ccomp
.       _     PUNCT 3 punct
"""

WROTE_ON_X = """
The     _     DET   2 det
senator _     NOUN  3 nsubj
wrote   write VERB  0 root
on      _     ADP   5 case
X       _     PROPN 3 obl
that    _     SCONJ 11 mark
the     _     DET   8 det
bill    _     NOUN  11 nsubj
was     be    AUX   11 cop
already _     ADV   11 advmod
dead    _     ADJ   3 ccomp
.       _     PUNCT 3 punct
"""

SAID_IN_STATEMENT_TO_REPORTERS = """
Police  police NOUN 2 nsubj
said    say   VERB  0 root
in      _     ADP   5 case
a       _     DET   5 det
statement _   NOUN  2 obl
to      _     ADP   7 case
reporters reporter NOUN 2 obl
that    _     SCONJ 11 mark
nobody  _     PRON  11 nsubj:pass
was     be    AUX   11 aux:pass
hurt    _     VERB  2 ccomp
.       _     PUNCT 2 punct
"""

MIXED = """
She     she   PRON  2 nsubj
said    say   VERB  0 root
the     _     DET   4 det
plan    _     NOUN  8 nsubj
was     be    AUX   8 cop
"       _     PUNCT 8 punct
a       _     DET   8 det
disgrace _    NOUN  2 ccomp
"       _     PUNCT 8 punct
.       _     PUNCT 2 punct
"""

APPOSITION_SPEAKER = """
Eastman _     PROPN 5 nsubj
,       _     PUNCT 3 punct
director _    NOUN  1 appos
,       _     PUNCT 1 punct
says    say   VERB  0 root
salt    _     NOUN  8 nsubj:pass
is      be    AUX   8 aux:pass
iodised iodise VERB 5 ccomp
.       _     PUNCT 5 punct
"""

SMILED_AND_SAID = """
He      he    PRON  2 nsubj
smiled  smile VERB  0 root
and     _     CCONJ 4 cc
said    say   VERB  2 conj
he      he    PRON  6 nsubj
agreed  agree VERB  4 ccomp
.       _     PUNCT 2 punct
"""

PASSIVE_TOLD = """
He      he    PRON  3 nsubj:pass
was     be    AUX   3 aux:pass
told    tell  VERB  0 root
that    _     SCONJ 7 mark
the     _     DET   6 det
plan    _     NOUN  7 nsubj
failed  fail  VERB  3 ccomp
.       _     PUNCT 3 punct
"""

PASSIVE_WITH_AGENT = """
It      it    PRON  3 nsubj:pass
was     be    AUX   3 aux:pass
announced announce VERB 0 root
by      _     ADP   6 case
the     _     DET   6 det
ministry _    NOUN  3 obl
that    _     SCONJ 10 mark
prices  price NOUN  10 nsubj
would   _     AUX   10 aux
rise    _     VERB  3 ccomp
.       _     PUNCT 3 punct
"""

NOT_SAID = """
She     she   PRON  4 nsubj
did     do    AUX   4 aux
not     _     PART  4 advmod
say     _     VERB  0 root
that    _     SCONJ 8 mark
the     _     DET   7 det
plan    _     NOUN  8 nsubj
failed  fail  VERB  4 ccomp
.       _     PUNCT 4 punct
"""

NEVER_SAID = """
She     she   PRON  3 nsubj
never   _     ADV   3 advmod
said    say   VERB  0 root
the     _     DET   5 det
plan    _     NOUN  6 nsubj
failed  fail  VERB  3 ccomp
.       _     PUNCT 3 punct
"""

NEITHER_NOR = """
Neither _     CCONJ 2 cc:preconj
Smith   _     PROPN 5 nsubj
nor     _     CCONJ 4 cc
Jones   _     PROPN 2 conj
said    say   VERB  0 root
the     _     DET   7 det
plan    _     NOUN  8 nsubj
failed  fail  VERB  5 ccomp
.       _     PUNCT 5 punct
"""

NO_ONE_SAID = """
No      no    DET   2 det
one     _     PRON  3 nsubj
said    say   VERB  0 root
the     _     DET   5 det
plan    _     NOUN  6 nsubj
failed  fail  VERB  3 ccomp
.       _     PUNCT 3 punct
"""

CONDITIONAL = """
If      if    SCONJ 3 mark
she     she   PRON  3 nsubj
says    say   VERB  6 advcl
yes     _     INTJ  3 obj
,       _     PUNCT 3 punct
go      _     VERB  0 root
.       _     PUNCT 6 punct
"""

THINK_PARENTHETICAL = """
The     _     DET   2 det
plan    _     NOUN  6 nsubj
,       _     PUNCT 5 punct
I       i     PRON  5 nsubj
think   _     VERB  6 parataxis
failed  fail  VERB  0 root
.       _     PUNCT 6 punct
"""

WANT_TO = """
She     she   PRON  2 nsubj
wanted  want  VERB  0 root
to      _     PART  4 mark
leave   _     VERB  2 xcomp
.       _     PUNCT 2 punct
"""

FOUND = [
    pytest.param(
        SAID_THAT,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "that the plan failed",
            "cue": "said",
            "speaker": "Jane Doe",
            "addressee": None,
            "channel": None,
        },
        id="X said that CLAUSE",
    ),
    pytest.param(
        CLAUSE_SAID,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "The plan failed",
            "cue": "said",
            "speaker": "Jane Doe",
            "addressee": None,
            "channel": None,
        },
        id="CLAUSE, X said",
    ),
    pytest.param(
        DIRECT_GUM,
        {
            "kind": QuoteKind.DIRECT,
            "content": "We are ready",
            "cue": "said",
            "speaker": "she",
            "addressee": None,
            "channel": None,
        },
        id="direct, ccomp (GUM)",
    ),
    pytest.param(
        DIRECT_EWT,
        {
            "kind": QuoteKind.DIRECT,
            "content": "We are ready",
            "cue": "said",
            "speaker": "she",
            "addressee": None,
            "channel": None,
        },
        id="direct, parataxis (EWT)",
    ),
    pytest.param(
        ACCORDING_TO,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "prices rose",
            "cue": "According to",
            "speaker": "the ministry",
            "addressee": None,
            "channel": None,
        },
        id="according to X, CLAUSE",
    ),
    pytest.param(
        CLAUSE_ACCORDING_TO,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "Prices rose",
            "cue": "according to",
            "speaker": "officials",
            "addressee": None,
            "channel": None,
        },
        id="CLAUSE, according to X",
    ),
    pytest.param(
        TOLD_AFP,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "the bridge was safe",
            "cue": "told",
            "speaker": "The mayor",
            "addressee": "AFP",
            "channel": None,
        },
        id="X told AFP CLAUSE",
    ),
    pytest.param(
        WROTE_ON_X,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "that the bill was already dead",
            "cue": "wrote",
            "speaker": "The senator",
            "addressee": None,
            "channel": "on X",
        },
        id="X wrote on X that CLAUSE",
    ),
    pytest.param(
        SAID_IN_STATEMENT_TO_REPORTERS,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "that nobody was hurt",
            "cue": "said",
            "speaker": "Police",
            "addressee": "reporters",
            "channel": "in a statement",
        },
        id="X said in a statement to reporters",
    ),
    pytest.param(
        MIXED,
        {
            "kind": QuoteKind.MIXED,
            "content": 'the plan was "a disgrace"',
            "cue": "said",
            "speaker": "She",
            "addressee": None,
            "channel": None,
        },
        id="mixed",
    ),
    pytest.param(
        APPOSITION_SPEAKER,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "salt is iodised",
            "cue": "says",
            "speaker": "Eastman",
            "addressee": None,
            "channel": None,
        },
        id="apposition cut from the speaker",
    ),
    pytest.param(
        SMILED_AND_SAID,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "he agreed",
            "cue": "said",
            "speaker": "He",
            "addressee": None,
            "channel": None,
        },
        id="conjoined cue shares the subject",
    ),
    pytest.param(
        PASSIVE_WITH_AGENT,
        {
            "kind": QuoteKind.INDIRECT,
            "content": "that prices would rise",
            "cue": "announced",
            "speaker": "the ministry",
            "addressee": None,
            "channel": None,
        },
        id="passive with a by-agent",
    ),
]


@pytest.mark.parametrize(("table", "expected"), FOUND)
def test_finds_the_reported_speech(table: str, expected: dict[str, Any]) -> None:
    """Each construction gives exactly one candidate with this cue, speaker, content and extras."""
    doc = build_document(table)
    found = find_syntactic_quotes(doc)
    assert [_summary(doc, c) for c in found] == [expected]
    assert all(c.method == "syntax" and c.source == (0, len(doc.text)) for c in found)


NOTHING = [
    pytest.param(PASSIVE_TOLD, id="passive subject is the hearer, not a speaker"),
    pytest.param(NOT_SAID, id="did not say"),
    pytest.param(NEVER_SAID, id="never said"),
    pytest.param(NEITHER_NOR, id="neither X nor Y said"),
    pytest.param(NO_ONE_SAID, id="no one said"),
    pytest.param(CONDITIONAL, id="if she says"),
    pytest.param(THINK_PARENTHETICAL, id="parenthetical I think"),
    pytest.param(WANT_TO, id="want to: a thought verb needs a clause"),
]


@pytest.mark.parametrize("table", NOTHING)
def test_finds_nothing(table: str) -> None:
    """Negated, passive, conditional and non-clausal cues report nothing."""
    assert find_syntactic_quotes(build_document(table)) == []


def test_quoted_complement_after_that_is_direct() -> None:
    """'She wrote that "prices rose."': everything after "that" is in marks, so the quote is direct."""
    table = """
She     she   PRON  2 nsubj
wrote   write VERB  0 root
that    _     SCONJ 6 mark
"       _     PUNCT 6 punct
prices  price NOUN  6 nsubj
rose    rise  VERB  2 ccomp
.       _     PUNCT 6 punct
"       _     PUNCT 6 punct
"""
    doc = build_document(table)
    (candidate,) = find_syntactic_quotes(doc)
    assert candidate.kind is QuoteKind.DIRECT
    assert doc.text[candidate.start : candidate.end] == "prices rose"


def test_direct_quote_is_marked() -> None:
    """A quote wholly inside marks is flagged for the marks stage to merge with."""
    (candidate,) = find_syntactic_quotes(build_document(DIRECT_GUM))
    assert candidate.marked
    assert candidate.confidence > 0.5


def test_quote_continued_from_an_earlier_sentence_is_direct() -> None:
    """The last sentence of a multi-sentence quote has no opening mark of its own but is still direct."""
    opener = """
"       _     PUNCT 2 punct
Prices  price NOUN  3 nsubj
rose    rise  VERB  0 root
.       _     PUNCT 3 punct
"""
    closer = """
They    they  PRON  2 nsubj
fell    fall  VERB  6 ccomp
,       _     PUNCT 2 punct
"       _     PUNCT 2 punct
he      he    PRON  6 nsubj
said    say   VERB  0 root
.       _     PUNCT 6 punct
"""
    doc = build_document(opener, closer)
    (candidate,) = find_syntactic_quotes(doc)
    assert candidate.kind is QuoteKind.DIRECT
    assert _cut(doc, candidate.segments[0]) == "They fell"
    assert candidate.source == (doc.sentences[1].start, doc.sentences[1].end)


def test_spacy_shapes_are_read() -> None:
    """spaCy keeps prepositions as heads (prep -> pobj); according-to, channel and addressee still work."""
    according = """
According accord VERB 7 prep
to      _     ADP   1 prep
the     _     DET   4 det
ministry _    NOUN  2 pobj
,       _     PUNCT 7 punct
prices  price NOUN  7 nsubj
rose    rise  VERB  0 root
.       _     PUNCT 7 punct
"""
    statement = """
Police  police NOUN 2 nsubj
said    say   VERB  0 root
in      _     ADP   2 prep
a       _     DET   5 det
statement _   NOUN  3 pobj
to      _     ADP   2 prep
reporters reporter NOUN 6 pobj
that    _     SCONJ 10 mark
nobody  _     PRON  10 nsubj
died    die   VERB  2 ccomp
.       _     PUNCT 2 punct
"""
    doc = build_document(according, statement)
    first, second = (_summary(doc, c) for c in find_syntactic_quotes(doc))
    assert (first["cue"], first["speaker"], first["content"]) == (
        "According to",
        "the ministry",
        "prices rose",
    )
    assert (second["speaker"], second["channel"], second["addressee"]) == (
        "Police",
        "in a statement",
        "reporters",
    )


def test_nested_reports_give_one_candidate_each() -> None:
    """ "X said Y told him that Z" reports two things, in document order."""
    table = """
Smith   _     PROPN 2 nsubj
said    say   VERB  0 root
Jones   _     PROPN 4 nsubj
told    tell  VERB  2 ccomp
him     he    PRON  4 obj
that    _     SCONJ 8 mark
prices  price NOUN  8 nsubj
rose    rise  VERB  4 ccomp
.       _     PUNCT 2 punct
"""
    doc = build_document(table)
    summaries = [_summary(doc, c) for c in find_syntactic_quotes(doc)]
    assert [(s["speaker"], s["content"], s["addressee"]) for s in summaries] == [
        ("Smith", "Jones told him that prices rose", None),
        ("Jones", "that prices rose", "him"),
    ]


def test_document_without_dependencies_gives_nothing() -> None:
    """Without a parse the rules have nothing to read; surface patterns take over elsewhere."""
    doc = build_document(SAID_THAT)
    unparsed = Document(text=doc.text, tokens=doc.tokens, sentences=doc.sentences, paragraphs=doc.paragraphs)
    assert find_syntactic_quotes(unparsed) == []


def test_extents_slice_the_text() -> None:
    """Every extent lies inside the text and starts and ends on a word, not on space."""
    doc = build_document(SAID_THAT, TOLD_AFP, MIXED, ACCORDING_TO)
    for candidate in find_syntactic_quotes(doc):
        for start, end in [*candidate.segments, candidate.cue, candidate.mention]:
            piece = doc.text[start:end]
            assert piece
            assert piece == piece.strip()
