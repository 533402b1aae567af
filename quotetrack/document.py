"""The backend-neutral Document: the only thing the quote rules see.

A backend turns text into a Document. Tokens, sentences and paragraphs are always there; part-of-speech
tags, lemmas, dependencies, named entities and coreference chains are optional layers, and ``provides``
says which ones a backend filled so each rule can use syntax where it exists and surface patterns
where it does not. Everything is offsets into ``text``; no backend object survives here.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

#: Names of the optional annotation layers a backend may provide.
LAYERS = frozenset({"pos", "lemma", "deps", "ner", "coref"})


class Token(NamedTuple):
    """A word or punctuation mark.

    A named tuple rather than an attrs class: a document has thousands of tokens and building a frozen attrs
    instance cost more than tokenising (about 0.75 µs against 0.15 µs). It is immutable and compares by value.

    Attributes:
        start, end: character offsets in the document text.
        text: the characters, ``doc.text[start:end]``.
        pos: universal part of speech ("VERB", "PROPN"), when the backend tags.
        lemma: dictionary form, when the backend lemmatises.
        head: index of the syntactic head in ``Document.tokens`` (-1 for the root), when parsed.
        deprel: universal dependency relation to the head ("nsubj", "ccomp"), when parsed.
    """

    start: int
    end: int
    text: str
    pos: str | None = None
    lemma: str | None = None
    head: int | None = None
    deprel: str | None = None


@attrs.frozen
class Sentence:
    """A sentence: its character extent and the half-open range of its tokens."""

    start: int
    end: int
    first_token: int
    last_token: int  # one past the last token


@attrs.frozen
class Paragraph:
    """A paragraph: the text between blank lines (or single line breaks in one-paragraph-a-line text)."""

    start: int
    end: int


@attrs.frozen
class EntityMention:
    """A named entity from the backend's recogniser, with its label mapped to quotetrack's kinds."""

    start: int
    end: int
    label: str  # "person", "organization", "location", "group", or the backend's own label


@attrs.frozen
class Document:
    """A parsed text.

    Attributes:
        text: the input, unchanged.
        tokens: every token in order.
        sentences: every sentence in order; together they cover every token.
        paragraphs: every paragraph in order.
        entities: named-entity mentions, when ``"ner"`` is provided.
        coref_chains: clusters of mention extents ``((start, end), ...)``, when ``"coref"`` is provided.
        provides: the optional layers the backend filled (a subset of ``LAYERS``).
        backend: the backend's name.
        in_fast_range: whether every character of ``text`` lies in the range where the standard library's
            `re` classes mean what the `regex` ones do (`quotetrack.backends.rules.in_fast_range`), as the
            rules backend found before tokenising, so later scans need not read the text again to know; None
            when the backend did not say.
    """

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Paragraph, ...]
    entities: tuple[EntityMention, ...] = ()
    coref_chains: tuple[tuple[tuple[int, int], ...], ...] = ()
    provides: frozenset[str] = frozenset()
    backend: str = "rules"
    in_fast_range: bool | None = None

    @property
    def has_syntax(self) -> bool:
        """True when tokens carry heads and relations, so the syntax-aware rules can run."""
        return "deps" in self.provides

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first_token : sentence.last_token]
