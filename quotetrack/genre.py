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
reported speech: on the shared data it calls 45 of 50 LitBank excerpts fiction and 3 of 924 PolNeAR
articles (opinion pieces with few figures), none of 43 GUM Wikinews texts.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable
from typing import Literal

from quotetrack.candidate import QuoteCandidate
from quotetrack.lexicons import package_rows
from quotetrack.model import QuoteKind

__all__ = ["GENRES", "Genre", "detect_genre", "fiction_conventions"]

Genre = Literal["news", "fiction"]
GENRES: tuple[Genre, ...] = ("news", "fiction")

MIN_WORDS = 150  # below this a text gives too few markers to call, and stays news
NEWS_CEILING = 1.2  # news markers per 100 words; fiction has fewer (LitBank dev: median 0.3, max 1.2)
FICTION_FLOOR = 0.2  # fiction markers per 100 words; news has fewer (PolNeAR: median 0.0)


@functools.cache
def _markers() -> dict[str, re.Pattern[str]]:
    """One pattern per genre: its words from ``genre_words.tsv`` plus the marks no list can hold."""
    words: dict[str, list[str]] = {genre: [] for genre in GENRES}
    for genre, listed in package_rows("genre_words.tsv", ("genre", "words")):
        words[genre].extend(listed.split())
    structural = {"news": [r"\d+", r"[A-Z]{2,}", r"according to"], "fiction": []}
    patterns: dict[str, re.Pattern[str]] = {}
    for genre in GENRES:
        alternatives = [re.escape(word) for word in words[genre]] + structural[genre]
        pattern = r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])"
        if genre == "fiction":
            pattern += "|!"
        patterns[genre] = re.compile(pattern)
    return patterns


def detect_genre(text: str) -> Genre:
    """``"fiction"`` when ``text`` reads as narrated fiction, else ``"news"`` (the default domain)."""
    words = len(text.split())
    if words < MIN_WORDS:
        return "news"
    markers = _markers()
    news = len(markers["news"].findall(text)) * 100 / words
    fiction = len(markers["fiction"].findall(text)) * 100 / words
    if news < NEWS_CEILING and fiction > FICTION_FLOOR and fiction > news:
        return "fiction"
    return "news"


def fiction_conventions(text: str, candidates: Iterable[QuoteCandidate]) -> list[QuoteCandidate]:
    """The candidates as fiction counts quotes: no reported speech, and each piece that an attribution
    splits off ("A," she said, "B.") a quote of its own with the same cue and speaker. Pieces joined only
    by a paragraph break (one speech over several paragraphs) stay one quote."""
    recast: list[QuoteCandidate] = []
    for candidate in candidates:
        if candidate.kind is QuoteKind.INDIRECT:
            continue
        run = [candidate.segments[0]]
        for segment in candidate.segments[1:]:
            if _has_words(text, run[-1][1], segment[0]):
                recast.append(_with_segments(candidate, run))
                run = []
            run.append(segment)
        recast.append(_with_segments(candidate, run) if len(run) < len(candidate.segments) else candidate)
    return recast


def _has_words(text: str, start: int, end: int) -> bool:
    return any(character.isalnum() for character in text[start:end])


def _with_segments(candidate: QuoteCandidate, segments: list[tuple[int, int]]) -> QuoteCandidate:
    piece = copy.copy(candidate)
    piece.segments = list(segments)
    return piece
