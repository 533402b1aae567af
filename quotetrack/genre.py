"""Tell news from fiction, because the two quote differently.

News reports speech in both voices ("she said the plan had failed") and readers want both; a quote broken by
its attribution ("A," she said, "B.") is one statement with two segments. Fiction narrates its characters'
thoughts and speech in the narrator's voice all the time ("he knew that she was gone"), and the literary
convention (LitBank's annotation, BookNLP's output) takes only the characters' marked words as quotations,
each marked piece a quotation of its own. So `analyze` asks which one a text is, unless told, and
`fiction_conventions` recasts the candidates for fiction.

The decision is a density vote: markers of news (figures, acronyms, weekdays, institutions) against markers
of narrated scenes ("looked", "smiled", "Mrs", "!"), per 100 words. It says "fiction" only when the news
markers are rare and the fiction markers outnumber them, so an article is not lightly stripped of its
reported speech: on the shared data it calls 49 of 50 LitBank excerpts fiction and none of 924 PolNeAR
articles or 43 GUM Wikinews texts. A short opinion piece with no figures can still pass the rates on a
"sir" and a few exclamation marks, so fiction also needs two of its marker words at least.
"""

from __future__ import annotations

import bisect
import copy
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

from quotetrack.candidate import QuoteCandidate
from quotetrack.dialogue import tag_words
from quotetrack.lexicons import package_rows
from quotetrack.marks import Quotation
from quotetrack.model import QuoteKind
from quotetrack.reported import SCARE_QUOTE_WORDS

__all__ = ["GENRES", "Genre", "detect_genre", "fiction_conventions"]

Genre = Literal["news", "fiction"]
GENRES: tuple[Genre, ...] = ("news", "fiction")

MIN_WORDS = 150  # below this a text gives too few markers to call, and stays news
NEWS_CEILING = 1.2  # news markers per 100 words; fiction has fewer (LitBank dev: median 0.3, max 1.2)
FICTION_FLOOR = 0.2  # fiction markers per 100 words; news has fewer (PolNeAR: median 0.0)
MIN_FICTION_WORDS = 2  # below this the fiction rate is a chance "sir" or "!"s (LitBank dev: at least 3)


_WORDS = re.compile(r"[\w']+")  # the units every marker is bounded by: a listed word is one of these whole
# A figure: a unit of digits alone ("2016", the "000" of "1,000"). The pattern starts on a digit, so `re` skips
# the text between digits, and looks behind one only there: a figure's first digit follows no unit character.
_FIGURES = re.compile(r"\d(?<![\w']\d)\d*+(?![\w'])")


@functools.cache
def _marker_words() -> dict[str, frozenset[str]]:
    """Each genre's words from ``genre_words.tsv``."""
    words: dict[str, set[str]] = {genre: set() for genre in GENRES}
    for genre, listed in package_rows("genre_words.tsv", ("genre", "words")):
        words[genre].update(listed.split())
    return {genre: frozenset(listed) for genre, listed in words.items()}


@functools.cache
def _news_markers() -> re.Pattern[str]:
    """The news words plus the marks no list can hold: figures, acronyms and "according to"."""
    # An acronym stands alone ("the FBI said"); a run of capitals is a heading ("CHAPTER XV", "HOWARDS END").
    acronym = r"(?<![A-Z][ \n])[A-Z]{2,}(?![ \n][A-Z]{2,})"
    alternatives = [re.escape(word) for word in sorted(_marker_words()["news"])] + [r"\d+", acronym, r"according to"]
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])")


def detect_genre(text: str) -> Genre:
    """``"fiction"`` when ``text`` reads as narrated fiction, else ``"news"`` (the default domain)."""
    words = len(text.split())
    if words < MIN_WORDS:
        return "news"
    # Each test alone can settle "news", so the cheap ones go first: figures (often enough for an article),
    # then the fiction markers, which most articles barely have; the full news count comes last. Fiction
    # words are whole [\w']+ units, counted in one pass over them.
    if len(_FIGURES.findall(text)) * 100 / words >= NEWS_CEILING:
        return "news"
    fiction_words = sum(map(_marker_words()["fiction"].__contains__, _WORDS.findall(text)))
    if fiction_words < MIN_FICTION_WORDS:
        return "news"
    fiction = (fiction_words + text.count("!")) * 100 / words
    if fiction <= FICTION_FLOOR:
        return "news"
    news = len(_news_markers().findall(text)) * 100 / words
    if news < NEWS_CEILING and fiction > news:
        return "fiction"
    return "news"


def fiction_conventions(
    text: str, candidates: Iterable[QuoteCandidate], quotations: Sequence[Quotation]
) -> list[QuoteCandidate]:
    """The candidates as fiction counts quotes.

    - No reported speech: indirect candidates go.
    - A mixed candidate (narration holding quoted words) becomes its quoted words, as direct speech.
    - Each piece that an attribution splits off ("A," she said, "B.") is a quote of its own, with the same
      cue and speaker; pieces joined only by a paragraph break (one speech over several paragraphs) stay one.
    - A quotation no cue reached is still a character's line when it opens a line of text or is long
      enough not to be a title or a scare quote.
    """
    recast: list[QuoteCandidate] = []
    for candidate in candidates:
        if candidate.kind is QuoteKind.INDIRECT:
            continue
        if candidate.kind is QuoteKind.MIXED:
            recast.extend(_quoted_words(text, candidate, quotations))
        else:
            recast.extend(_split_at_attributions(text, candidate))
    recast.extend(_dialogue_lines(text, recast, quotations))
    return recast


def _quoted_words(text: str, candidate: QuoteCandidate, quotations: Sequence[Quotation]) -> Iterator[QuoteCandidate]:
    """One direct quote, with ``candidate``'s cue and speaker, per outermost quotation inside it that is
    long enough not to be a scare quote ('a "note" of Europe') or that the cue introduces ('said "Exactly"')."""
    for quotation in quotations:
        if quotation.depth == 0 and candidate.start <= quotation.start and quotation.end <= candidate.end:
            words = len(text[quotation.start : quotation.end].split())
            introduced = candidate.cue is not None and 0 <= quotation.outer_start - candidate.cue[1] <= 3
            if words >= SCARE_QUOTE_WORDS or introduced:
                yield _with_segments(candidate, _pieces(text, quotation), QuoteKind.DIRECT)


def _dialogue_lines(
    text: str, found: list[QuoteCandidate], quotations: Sequence[Quotation]
) -> Iterator[QuoteCandidate]:
    """The closed outermost quotations no candidate covers that read as dialogue, as cue-less quotes."""
    taken = sorted((c.start, c.end) for c in found)
    starts = [start for start, _ in taken]
    reach = list(itertools.accumulate((end for _, end in taken), max))  # the furthest end up to each start
    for quotation in quotations:
        if quotation.depth != 0 or not quotation.closed or not _has_words(text, quotation.start, quotation.end):
            continue
        k = bisect.bisect_left(starts, quotation.end)
        if k > 0 and reach[k - 1] > quotation.start:
            continue  # overlaps a quote already found
        line_start = text.rfind("\n", 0, quotation.outer_start) + 1
        opens_line = not text[line_start : quotation.outer_start].strip()
        short = len(text[quotation.start : quotation.end].split()) < SCARE_QUOTE_WORDS
        if short and not opens_line and not _after_tag_verb(text, quotation.outer_start):
            continue
        yield QuoteCandidate(
            segments=_pieces(text, quotation),
            kind=QuoteKind.DIRECT,
            source=(quotation.outer_start, quotation.outer_end),
            method="carry-over",
            confidence=0.4,
            marked=True,
        )


def _after_tag_verb(text: str, start: int) -> bool:
    """True when a tag verb and a comma or colon lead up to ``start`` ('Mrs. Bennet said only, "Nonsense!"',
    'Says I, "me-yow!"'): words so introduced are spoken, however short, not a title or a scare quote."""
    return _TAG_VERB_BEFORE.search(text, max(0, start - _TAG_VERB_REACH), start) is not None


_TAG_VERB_REACH = 40  # characters before a quotation looked at for the verb that introduces it


def _tag_verb_before() -> re.Pattern[str]:
    """A tag verb (from ``dialogue_tags.tsv``) and perhaps one word, then a comma or colon, ending the text."""
    return re.compile(rf"\b(?i:{'|'.join(sorted(tag_words('verb')))})(?:\s+\w+)?\s*[,:]\s*$")


_TAG_VERB_BEFORE = _tag_verb_before()


def _split_at_attributions(text: str, candidate: QuoteCandidate) -> list[QuoteCandidate]:
    pieces: list[QuoteCandidate] = []
    run = [candidate.segments[0]]
    for segment in candidate.segments[1:]:
        if _has_words(text, run[-1][1], segment[0]):
            pieces.append(_with_segments(candidate, run))
            run = []
        run.append(segment)
    pieces.append(_with_segments(candidate, run) if pieces else candidate)
    return pieces


def _pieces(text: str, quotation: Quotation) -> list[tuple[int, int]]:
    """The extents of a quotation's pieces, less the comma that stands for a full stop before a tag."""
    return [(piece.start, piece.end - (text[piece.end - 1 : piece.end] == ",")) for piece in quotation.pieces]


def _has_words(text: str, start: int, end: int) -> bool:
    return any(character.isalnum() for character in text[start:end])


def _with_segments(
    candidate: QuoteCandidate, segments: list[tuple[int, int]], kind: QuoteKind | None = None
) -> QuoteCandidate:
    piece = copy.copy(candidate)
    piece.segments = list(segments)
    piece.kind = kind or candidate.kind
    return piece
