"""The embedded backend: tokens, sentences and paragraphs from pure Python and `regex`, no model.

It provides only the three base layers of a Document; every rule downstream falls back to surface
patterns. Sentence splitting knows the news-text traps: periods of titles and dates ("Mr.", "Jan. 9"),
initials ("J. K. Rowling"), abbreviations that may or may not end a sentence ("U.S.", "Inc."), marks after
the final period (`."` and `.”`), hard-wrapped lines (Project Gutenberg) and headlines that end at a line
break with no period.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import statistics
from collections.abc import Iterable, Iterator

import regex

from quotetrack.document import Document, Paragraph, Sentence, Token
from quotetrack.lexicons import package_rows

TOKEN_PATTERN = regex.compile(
    r"""
    (?P<url> https?://[^\s"“”<>]+ )
  | (?P<abbr> (?:\p{L}\.){2,} )                        # U.S. U.N. e.g.
  | (?P<word> [\p{L}\p{N}] [\p{L}\p{M}\p{N}_]*+          # letters and digits, then joined runs:
        (?: (?: ['’]\p{L}                              # don't, O'Neill, Ukraine's
              | [-‐.,/:][\p{L}\p{N}]                  # well-known, 2025-01-13, 3.5, 1,000, 24/7, 10:30
              | &(?<=\p{Lu}&)\p{Lu} )                  # AT&T, P&G, S&P: capitals on both sides
            [\p{L}\p{M}\p{N}_]*+ )*+ )
  | (?P<ellipsis> \.{2,}+ | … )
  | (?P<dash> -{2,}+ | [—–―] )
  | (?P<other> \S )
    """,
    regex.VERBOSE | regex.VERSION1,
)

SENTENCE_END = frozenset({".", "!", "?", "…", "..."})
CLOSERS = frozenset({'"', "'", "”", "’", "»", "›", ")", "]", "}"})
OPENERS = frozenset({'"', "'", "“", "‘", "«", "‹", "„", "(", "["})
# White space but a line break, as `regex` reads \s (the White_Space property), spelled out for `re`, whose \s
# also holds \x1c-\x1f
_SPACE_IN_LINE = "\t\x0b\x0c\r\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
PARAGRAPH_BREAK = re.compile(f"\n[{_SPACE_IN_LINE}]*+(?:\n[{_SPACE_IN_LINE}]*+)++")


@functools.cache
def _abbreviations() -> dict[str, str]:
    return {row[0]: row[1] for row in package_rows("abbreviations.tsv", ("form", "behaviour"))}


@functools.cache
def _sentence_starters() -> frozenset[str]:
    return frozenset(word for (word,) in package_rows("sentence_starters.txt", ("word",)))


@functools.cache
def _clock_words() -> dict[str, frozenset[str]]:
    return {name: frozenset(words.split()) for name, words in package_rows("clock_words.tsv", ("class", "words"))}


CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "A.M.", "P.M."})


@functools.cache
def _determiners() -> frozenset[str]:
    """The determiners of word_classes.tsv: one before a clock time makes it modify what follows ("the 8 p.m.
    Fox debate")."""
    return next(
        frozenset(words.split())
        for name, words in package_rows("word_classes.tsv", ("class", "words"))
        if name == "determiner"
    )


CLOCK_SUBJECT_REACH = 3  # capitalised words a name opening the sentence after a clock time may have


# The same tokens from the standard library's faster engine, for the texts where its classes agree with the
# `regex` ones: ASCII, Latin-1 letters and typographic punctuation, which is nearly all English news.
# Elsewhere (combining marks, other scripts, numerals such as "½") the two engines' Unicode tables differ.
# A class of listed code points means the same in both engines, and `re` scans a whole text for it 4x faster.
OUTSIDE_FAST_RANGE = re.compile(r"[^\x00-\x1b\x20-\x7f\xa0\xc0-\xd6\xd8-\xf6\xf8-\xff‘’“”—–―…«»‹›„‚]")
# Within that range the classes are spelled out as the code points they hold there: `re` tests a listed code
# point against a bitmap, but \w, \s or [^\W\d_] against the Unicode tables, several calls a character.
_LETTER = r"A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\xff"  # [^\W\d_]
_CAPITAL = r"A-Z\xc0-\xd6\xd8-\xde"
_ALNUM = "0-9" + _LETTER  # [^\W_]
_WORD = "_" + _ALNUM  # \w
_SPACE = r"\t\n\x0b\x0c\r\x20\xa0"  # \s: the range leaves out \x1c-\x1f, spaces to `re` but not to `regex`
# Runs are possessive (`*+`): a joiner is never a word character, so giving letters back when a word is not
# joined on (a comma or full stop after it, the common case) could only fail, one letter at a time. A dotted
# abbreviation spells out its first two letters: `(?:X\.){2,}` enters the engine's costly general repeat for
# every word, only to find no period after its first letter.
FAST_TOKEN_PATTERN = re.compile(
    rf"""
    https?://[^{_SPACE}"“”<>]+
  | [{_LETTER}]\.[{_LETTER}]\.(?:[{_LETTER}]\.)*+
  | [{_ALNUM}][{_WORD}]*+(?:(?:['’][{_LETTER}]|[-‐.,/:][{_ALNUM}]|&(?<=[{_CAPITAL}]&)[{_CAPITAL}])[{_WORD}]*+)*+
  | \.{{2,}}|…
  | -{{2,}}|[—–―]
  | [^{_SPACE}]
    """,
    re.VERBOSE,
)


# FAST_TOKEN_PATTERN with the whitespace before each token. Its last choice takes any other mark, so only
# whitespace lies between tokens, and the chunks' lengths add up to every token's end.
FAST_CHUNK_PATTERN = re.compile(rf"[{_SPACE}]*+(?:" + FAST_TOKEN_PATTERN.pattern + ")", re.VERBOSE)


def in_fast_range(text: str) -> bool:
    """True when every character of ``text`` lies in the range where FAST_TOKEN_PATTERN's classes mean what
    TOKEN_PATTERN's do (no match for OUTSIDE_FAST_RANGE). An ASCII text, which a str knows itself to be
    without a scan, is in it unless it holds one of the four control characters the range leaves out."""
    if text.isascii():
        return not any(map(text.__contains__, "\x1c\x1d\x1e\x1f"))
    return OUTSIDE_FAST_RANGE.search(text) is None


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word and punctuation tokens with their character offsets."""
    return _tokens_and_ends(text, in_fast_range(text))[0]


def _tokens_and_ends(text: str, fast: bool) -> tuple[list[Token], list[int]]:
    """`tokenize`, with the list of every token's end, which finding sentences bisects: the fast path has it
    already, and reading it off the tokens costs a pass over them. ``fast``: `in_fast_range(text)`."""
    # tuple.__new__ skips the generated __new__ and its defaults: these lines are most of parsing time
    new = tuple.__new__
    if not fast:
        matches = TOKEN_PATTERN.finditer(text)
        tokens = [new(Token, (m.start(), m.end(), m.group(), None, None, None, None)) for m in matches]
        return tokens, list(map(_END, tokens))
    # no match object per token, and no Python-level loop: starts, ends and texts come from C-level maps
    chunks = FAST_CHUNK_PATTERN.findall(text)
    ends = list(itertools.accumulate(map(len, chunks)))
    words = list(map(str.lstrip, chunks))
    starts = map(operator.sub, ends, map(len, words))
    none = itertools.repeat(None)  # endless: zip stops at the tokens, hence strict=False
    tokens = list(map(new, itertools.repeat(Token), zip(starts, ends, words, none, none, none, none, strict=False)))
    return tokens, ends


def find_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs are separated by blank lines; text without blank lines is one paragraph a line."""
    breaks = [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(text)]
    if not breaks:
        breaks = [(position, position + 1) for position in _positions(text, "\n")]
    paragraphs = []
    start = 0
    for break_start, break_end in [*breaks, (len(text), len(text))]:
        s, e = _strip(text, start, break_start)
        if e > s:
            paragraphs.append(Paragraph(s, e))
        start = break_end
    return paragraphs


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_hard_wrapped(text: str) -> bool:
    """True for text wrapped at a fixed width (Gutenberg), where a single line break is only a space."""
    lengths = [len(line) for line in text.split("\n") if line.strip()]
    if len(lengths) < 8:
        return False
    median = statistics.median(lengths)
    near = sum(1 for n in lengths if 0.75 * median <= n <= 1.1 * median)
    return 50 <= median <= 90 and near >= 0.6 * len(lengths)


def find_sentences(
    text: str, tokens: list[Token], paragraphs: list[Paragraph], ends: list[int] | None = None
) -> list[Sentence]:
    """Group tokens into sentences that never cross a paragraph. ``ends``: every token's end, when known.

    Only a sentence-final mark or a line break can end a sentence, so the loop visits those tokens alone, and
    paragraph edges are found by bisection (walking every token was most of the parsing time after tokenising).
    The tokens must hold every character but whitespace, as a tokeniser's do: the token holding a character is
    then the first to end after it.
    """
    abbreviations = _abbreviations()
    starters = _sentence_starters()
    if ends is None:
        ends = list(map(_END, tokens))
    # the sentence-final characters are found in the text (a few tokens in a hundred hold one), not by a test
    # of every token
    holders = map(bisect.bisect_right, itertools.repeat(ends), _positions(text, ".!?…"))
    stops = {k for k in holders if tokens[k].text in _STOPS}
    breaks = _line_break_tokens(text, ends) if not is_hard_wrapped(text) else set()
    candidates = sorted(breaks.union(stops))
    sentences: list[Sentence] = []
    index = 0
    c = 0  # the next of ``candidates`` to visit
    for paragraph in paragraphs:
        index = bisect.bisect_right(ends, paragraph.start, lo=index)  # its first token: it starts on one
        first = index
        end_token = bisect.bisect_right(ends, paragraph.end, lo=index)  # one past its last token
        while c < len(candidates) and candidates[c] < end_token:
            k = candidates[c]
            c += 1
            if k < index:
                continue  # passed over as a closer after an earlier sentence end
            boundary_after = None
            if tokens[k].text in _STOPS:
                after = k + 1
                while (
                    after < len(tokens)
                    and tokens[after].text in CLOSERS
                    and tokens[after].start == tokens[after - 1].end
                    and _closes(text, tokens[after])
                ):
                    after += 1
                if _ends_sentence(text, tokens, k, after, abbreviations, starters, paragraph.end):
                    boundary_after = after
            elif k + 1 < len(tokens) and tokens[k + 1].end <= paragraph.end:
                boundary_after = k + 1  # a line break inside the paragraph (a headline, a list item)
            if boundary_after is not None:
                boundary_after = min(boundary_after, end_token)
                sentences.append(Sentence(tokens[first].start, tokens[boundary_after - 1].end, first, boundary_after))
                first = index = boundary_after
        index = end_token
        if index > first:
            sentences.append(Sentence(tokens[first].start, tokens[index - 1].end, first, index))
    return sentences


_STOPS = SENTENCE_END | {"?!", "!?"}
_END = operator.itemgetter(1)  # Token.end: tokens are named tuples
_MATCH_START = operator.methodcaller("start")


def _positions(text: str, marks: Iterable[str]) -> Iterator[int]:
    """The offset of every occurrence of each of ``marks`` in ``text``, mark by mark (so not in order):
    str.find skips the text between them in C, where a pattern would be tried at every character."""
    for mark in marks:
        position = text.find(mark)
        while position != -1:
            yield position
            position = text.find(mark, position + 1)


def _line_break_tokens(text: str, ends: list[int]) -> set[int]:
    """Indices of the tokens followed by a line break before the next token, given every token's end."""
    # tokens hold no whitespace: the token before a line break is the last to end at or before it
    followers = map(bisect.bisect_right, itertools.repeat(ends), _positions(text, "\n"))
    return {k - 1 for k in followers if k}


def _closes(text: str, token: Token) -> bool:
    """A straight mark after a period closes a quote unless a word follows it without a space."""
    if token.text not in {'"', "'"}:
        return True
    return token.end >= len(text) or not text[token.end].isalnum()


def _ends_sentence(
    text: str,
    tokens: list[Token],
    index: int,
    after: int,
    abbreviations: dict[str, str],
    starters: frozenset[str],
    paragraph_end: int,
) -> bool:
    if after >= len(tokens) or tokens[after].start >= paragraph_end:
        return True
    nxt = tokens[after]
    if nxt.start == tokens[after - 1].end:
        return False  # no space: "3.5", "end.Next"
    if nxt.text in {"—", "–", "―"}:
        return False  # '"...," — Senator X': a dash attribution belongs to its quote
    first_char = nxt.text[0]
    if not (first_char.isupper() or first_char.isdigit() or nxt.text in OPENERS or nxt.text in {"“", "‘", "—"}):
        return False
    if tokens[index].text != ".":
        return True
    if index == 0:
        return True
    previous = tokens[index - 1]
    if previous.end != tokens[index].start:
        return True
    word = previous.text
    behaviour = abbreviations.get(word) or abbreviations.get(word.lower())
    if behaviour is None and "-" in word:  # a title after a hyphen: "then-Sen.", "ex-Gov."
        tail = word.rsplit("-", 1)[1]
        behaviour = abbreviations.get(tail) or abbreviations.get(tail.lower())
    if behaviour == "never":
        return False
    if len(word) == 1 and word.isupper():
        return nxt.text in starters  # an initial, as in "J. K. Rowling"
    if behaviour == "maybe":
        return nxt.text in starters or (
            word + "." in CLOCK_ABBREVIATIONS and _name_and_verb_after(tokens, index - 1, after)
        )
    return True


def _abbreviation_token_ends(text: str, tokens: list[Token], index: int, starters: frozenset[str]) -> bool:
    """ "U.S." ends a sentence only when a usual sentence starter follows."""
    if index + 1 >= len(tokens):
        return True
    nxt = tokens[index + 1]
    return (
        "\n\n" in text[tokens[index].end : nxt.start]
        or nxt.text in starters
        or _place_before_quote(tokens, index)
        or (tokens[index].text in CLOCK_ABBREVIATIONS and _name_and_verb_after(tokens, index, index + 1))
    )


def _name_and_verb_after(tokens: list[Token], clock: int, index: int) -> bool:
    """True when a name and its verb start at ``index`` after the clock time's "a.m."/"p.m." at ``clock`` ("5
    p.m. Lee said", "9 a.m. Jo Kane walked"): a new sentence; a zone, a day or a month ("5 p.m. Eastern", "9
    a.m. Tuesday") goes on the time's own, and so does a name before a noun ("the 8 p.m. Fox debate", "the 9
    p.m. ABC debates": a time after an article modifies what follows)."""
    words = _clock_words()
    if tokens[index].text in words["follower"] or _determiner_before_clock(tokens, clock, words["modifier"]):
        return False
    owned = False  # after a possessive, one lowercase noun may end the name's phrase ("Lee's office said")
    for k in range(index, min(index + CLOCK_SUBJECT_REACH + 2, len(tokens))):
        word = tokens[k].text
        bare = word.removesuffix("'s").removesuffix("’s")
        if word[:1].isupper() and bare.replace(".", "").isalpha():  # "Lee", "Lee's", "U.S."
            owned = bare != word
            continue
        regular = word.isalpha() and word.islower() and word.endswith(("ed", "s"))
        if owned and word.isalpha() and word.islower() and not regular and word not in words["verb"]:
            owned = False
            continue
        return k > index and (word in words["verb"] or regular)
    return False


def _determiner_before_clock(tokens: list[Token], clock: int, modifiers: frozenset[str]) -> bool:
    """True when a determiner stands before the number of the clock time at ``clock``, perhaps past a word or two
    that modify a scheduled time ("the 8 p.m. debate", "the late 9 p.m. CNN debate")."""
    k = clock - 2
    while k >= 0 and clock - 2 - k < 2 and tokens[k].text.lower() in modifiers:
        k -= 1
    return k >= 0 and tokens[k].text.lower() in _determiners()


def _place_before_quote(tokens: list[Token], index: int) -> bool:
    """True for a place's abbreviation after a comma before a quoted sentence ('said in Salem, N.H. "We ...'): a
    dateline or a place ends the attribution, and the quotation is a sentence of its own."""
    return (
        index + 2 < len(tokens)
        and tokens[index - 1].text == ","
        and tokens[index + 1].text in {'"', "“"}
        and tokens[index + 2].text[:1].isupper()
    )


class RulesBackend:
    """The default backend: tokens, sentences and paragraphs, no model and no download."""

    name = "rules"
    provides: frozenset[str] = frozenset()

    def parse(self, text: str) -> Document:
        fast = in_fast_range(text)
        tokens, ends = _tokens_and_ends(text, fast)
        paragraphs = find_paragraphs(text)
        split = _split_abbreviation_boundaries(text, tokens, _sentence_starters(), ends)
        if split is not tokens:
            tokens, ends = split, list(map(_END, split))
        sentences = find_sentences(text, tokens, paragraphs, ends)
        return Document(
            text=text,
            tokens=tuple(tokens),
            sentences=tuple(sentences),
            paragraphs=tuple(paragraphs),
            provides=self.provides,
            backend=self.name,
            in_fast_range=fast,
        )


# A period before a letter and a period, as in every dotted abbreviation ("U.S."). `re`'s [^\W\d_] holds a few
# numerals besides the letters (\p{L}), so it finds a few tokens more, which the tests that follow turn down.
_DOTTED = re.compile(r"\.(?=[^\W\d_]\.)")


def _split_abbreviation_boundaries(
    text: str, tokens: list[Token], starters: frozenset[str], ends: list[int] | None = None
) -> list[Token]:
    """Give "U.S." its own sentence-final period when a sentence plainly starts after it. ``ends``: every
    token's end, when known. Returns ``tokens`` itself when no token splits."""
    # only a dotted abbreviation ("U.S.") or a URL can split: each holds a period before a letter and a period,
    # or "://", so the text is searched for those (a pattern that starts on a period, str.find for "://"), and
    # the list is copied only when a token splits
    if ends is None:
        ends = list(map(_END, tokens))
    found = itertools.chain(map(_MATCH_START, _DOTTED.finditer(text)), _positions(text, ["://"]))
    dotted = sorted(set(map(bisect.bisect_right, itertools.repeat(ends), found)))  # the tokens holding them
    splits = [
        index
        for index in dotted
        if tokens[index].text[-1] == "."
        and tokens[index].text.count(".") >= 2
        and tokens[index].text[0].isalpha()
        and index + 1 < len(tokens)
        and _abbreviation_token_ends(text, tokens, index, starters)
    ]
    if not splits:
        return tokens
    out: list[Token] = []
    done = 0
    for index in splits:
        token = tokens[index]
        out.extend(tokens[done:index])
        out.append(Token(token.start, token.end - 1, token.text[:-1]))
        out.append(Token(token.end - 1, token.end, "."))
        done = index + 1
    out.extend(tokens[done:])
    return out
