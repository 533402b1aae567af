"""Dialogue tags and beats in fiction: who speaks a line, read off the words around its quotation marks.

Fiction tags a line with almost any verb ("..." glowed Carol; "..." broke in a thin, elderly gentleman;
"..." Big Medicine bellowed), far more than a reporting-verb lexicon lists, and it puts the tag in a few
fixed places: right after the closing mark, subject first or inverted, or right before the opening mark with
a comma or colon ("Says I, '...'"). A tag is a speaker phrase (a pronoun, a capitalised name, or a
determiner and up to three words) next to a verb that is a cue verb, ends in -ed, or is one of fiction's
irregular tag verbs (``data/dialogue_tags.tsv``).

A line with no tag often has a beat instead: a sentence of narration in the same paragraph, just after or
just before it, whose subject is the speaker ('"I took that HERE"--he tapped his heart.'). The beat's
subject becomes the line's speaker mention, with no cue. News is not read this way: there the cue lexicon
decides (`quotetrack.reported`), and `analyze` calls this module only for fiction.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable, Mapping
from typing import NamedTuple

from quotetrack.candidate import QuoteCandidate
from quotetrack.lexicons import Lexicons, package_rows

__all__ = ["tag_dialogue"]

_REACH = 90  # characters looked at on each side of a line: a tag or a beat is short
_CLOSE = "\"'”’»›"
_OPEN = "\"'“‘«‹"


class _Patterns(NamedTuple):
    tag_after: re.Pattern[str]  # '" said the child' / '" the child said'
    tag_before: re.Pattern[str]  # 'Says I, "' (searched for at the end of the text before a line)
    beat_after: re.Pattern[str]  # '" He hung fire'
    beat_before: re.Pattern[str]  # 'He looked at me. "'


@functools.lru_cache(maxsize=4)
def _patterns(cue_verbs: frozenset[str]) -> _Patterns:
    """The tag and beat patterns, with the verb classes written in, so that the shortest speaker phrase
    that reaches a tag verb wins ("the old man replied", not "the old" + "man")."""
    verbs = [v for v in cue_verbs | tag_words("verb") if v.isalpha() and v.islower()]
    listed_verbs = "|".join(sorted(verbs))
    tag_verb = rf"(?!(?:{'|'.join(sorted(tag_words('not_verb')))})\b)(?:{listed_verbs}|[a-z]+ed)\b"
    particle = rf"(?:\s+(?:{'|'.join(sorted(tag_words('particle')))})\b)?"
    determiner = "|".join(sorted(tag_words("determiner"), key=len, reverse=True))
    word = rf"(?!(?:{'|'.join(sorted(tag_words('stop')))})\b)[a-z][\w'’-]*"
    starters = "|".join(sorted(word for (word,) in package_rows("sentence_starters.txt", ("word",))))
    name = rf"(?:(?:Mr|Mrs|Ms|Dr|St)\.?\s+)?(?!(?:{starters})\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}"
    # A described speaker ends at the verb when it comes first (lazy), at a stop word when inverted (greedy).
    subject = rf"(?P<speaker>he|she|I|they|we|{name}|(?:{determiner})\s+(?:{word},?\s+){{0,3}}?{word})"
    inverted = rf"(?P<speaker2>he|she|I|they|we|{name}|(?:{determiner})\s+(?:{word},?\s+){{0,3}}{word})"
    tag = (
        rf"(?:{subject}\s+(?:[a-z]+ly\s+)?(?P<verb>{tag_verb}){particle}|(?P<verb2>{tag_verb}){particle}\s+{inverted})"
    )
    # Before a line an inverted tag may open its sentence ("Said she: '...'", "Says I, '...'").
    opening_verb = "|".join(sorted(v.capitalize() for v in verbs))
    tag_opening = rf"(?:{tag}|(?P<verb3>(?:{opening_verb})\b){particle}\s+(?P<speaker3>he|she|I|they|we))"
    beat_subject = rf"(?P<speaker>[Hh]e|[Ss]he|I|{name}|(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y)\s+(?:{word}\s+){{0,2}}?{word})"
    beat = rf"{beat_subject}\s+(?:[a-z]+ly\s+)?[a-z]+\b"
    same_paragraph = r"[ \t]*\n?[ \t]*"  # a hard-wrapped line may intervene, a blank line may not
    narration = rf"[^.!?\n{_OPEN}{_CLOSE}]*"
    return _Patterns(
        tag_after=re.compile(rf"[,.!?;:—–-]*[{_CLOSE}]{same_paragraph}{tag}\b"),
        tag_before=re.compile(rf"{tag_opening}\s*[,:]\s*[{_OPEN}]$"),
        beat_after=re.compile(rf"[.!?—–-]*[{_CLOSE}]{same_paragraph}(?:--|—)?[ \t]*{beat}"),
        beat_before=re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?]\s\s)){beat}{narration}(?:\n{narration})?[.!?:]\s*[{_OPEN}]$"
        ),
    )


_DETERMINERS_ALONE = frozenset({"The", "His", "Her", "My"})  # a beat_subject that caught only its determiner


def tag_dialogue(text: str, candidates: Iterable[QuoteCandidate], lexicons: Lexicons) -> None:
    """Give each marked candidate with no speaker mention the speaker (and cue) of its tag, else of its beat."""
    patterns = _patterns(frozenset(lexicons.cue_verbs))
    names = _proper_names(text)
    first_names = lexicons.first_names
    previous: QuoteCandidate | None = None
    for candidate in sorted(candidates, key=lambda c: c.start):
        if not candidate.marked:
            continue
        before_piece, previous = previous, candidate
        # a mention of its own stays, unless it is in the adjunct after the tag of the piece it resumes
        own = candidate.mention
        if (
            before_piece is not None
            and (own is None or before_piece.end <= own[0] < candidate.start)
            and _resumes(text, before_piece, candidate)
        ):
            candidate.mention, candidate.cue = before_piece.mention, before_piece.cue
            candidate.cue_class, candidate.method = before_piece.cue_class, before_piece.method
            continue
        if own is not None:
            _heard_speaker(text, candidate)
            continue
        after = (candidate.end, min(len(text), candidate.end + _REACH))
        before = (max(0, candidate.start - _REACH), candidate.start)
        tag = patterns.tag_after.match(text, *after)
        # A capitalised word right after a line is a name when a tag verb follows ('..." Cal began'); before
        # a line or in a beat it may be any sentence's first word, so it must be a name the text uses.
        if tag is None:
            tag = patterns.tag_before.search(text, *before)
            speaker = None if tag is None else tag.group("speaker") or tag.group("speaker2")
            if speaker is not None and not _names_someone(speaker, names, first_names):
                tag = None
        if tag is not None:
            verb, speaker = next((v, s) for v, s in _TAG_GROUPS if tag.re.groupindex.get(v) and tag.group(v))
            entry = lexicons.cue_verbs.get(tag.group(verb).lower())
            base_form = entry is not None and entry.lemma == tag.group(verb)
            if not (base_form and verb == "verb" and tag.group(speaker) not in _PLURAL_SUBJECTS):
                candidate.mention = _without_manner(text, *tag.span(speaker))
                candidate.cue = tag.span(verb)
                candidate.cue_class = entry.cue_class if entry is not None else "speech"
                candidate.method = "pattern"
                _heard_speaker(text, candidate)
                continue
        beat = patterns.beat_after.match(text, *after) or patterns.beat_before.search(text, *before)
        if beat is not None and _names_someone(beat.group("speaker"), names, first_names):
            candidate.mention = _with_head_noun(text, *beat.span("speaker"), lexicons.titles)  # or None


def _heard_speaker(text: str, candidate: QuoteCandidate) -> None:
    """A tag with a verb of hearing names the listener; the one heard speaks: in '"Is it bad?" Mary heard her
    say' and '"What desolation!" she heard one voice say' the speaker is "her" and "one voice"."""
    cue = candidate.cue
    if cue is None or text[cue[0] : cue[1]].lower() not in tag_words("perceived"):
        return
    heard = _heard_pattern().match(text, cue[1], min(len(text), cue[1] + _REACH))
    if heard is not None:
        candidate.mention, candidate.cue, candidate.cue_class = heard.span("speaker"), heard.span("verb"), "speech"


@functools.cache
def _heard_pattern() -> re.Pattern[str]:
    """The object of a verb of hearing and the verb of speaking after it: ' her say', ' the old man mutter'."""
    verbs = "|".join(sorted(tag_words("heard_say")))
    return re.compile(
        r"\s+(?P<speaker>her|him|them|me|us|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
        r"|(?:the|a|an|one|another|some|his|her|my|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
        rf"\s+(?P<verb>(?:{verbs})\b)"
    )


def _resumes(text: str, piece: QuoteCandidate, candidate: QuoteCandidate) -> bool:
    """True when ``candidate`` goes on with the sentence of the tagged ``piece`` before it: it opens in lower
    case after a comma, semicolon or dash, and the tag and its adjunct between end no sentence ('"Are you for
    a walk," said Tom to his friend, as they rose; "or shall we ride?"').
    """
    if piece.mention is None or piece.cue is None or not 0 < candidate.start - piece.end <= _REACH:
        return False
    opening = text[candidate.start : candidate.start + 2].lstrip()
    if not opening[:1].islower():
        return False
    between = text[piece.end : candidate.start]
    gap = between.rstrip().rstrip(_OPEN).rstrip()
    return bool(gap) and gap[-1] in ",;:—–-" and "\n\n" not in between and not _SENTENCE_END.search(gap[:-1])


_SENTENCE_END = re.compile(r"[.!?][\s" + _CLOSE + r"]")


_TAG_GROUPS = (("verb", "speaker"), ("verb2", "speaker2"), ("verb3", "speaker3"))  # the tag forms' groups
# ", decisively smacking his" / " impatiently": where an inverted tag's speaker gives way to how they spoke
_MANNER = re.compile(r"(?P<comma>,)?\s+(?P<adverb>[a-z]+ly)\b")


@functools.cache
def tag_words(name: str) -> frozenset[str]:
    """The words of one class of ``dialogue_tags.tsv`` ("verb", "not_manner", "person", "wife", ...), read once
    for every module that needs them."""
    return frozenset(
        word
        for cls, listed in package_rows("dialogue_tags.tsv", ("class", "words"))
        if cls == name
        for word in listed.split()
    )


def _without_manner(text: str, start: int, end: int) -> tuple[int, int]:
    """The speaker of an inverted tag without the manner after it: "said his wife impatiently" and "said
    the parson, decisively smacking his leg" are said by "his wife" and "the parson". An -ly adjective
    stays ("a thin, elderly gentleman"), and so does a lone word ("the elderly")."""
    for manner in _MANNER.finditer(text, start, end):
        if manner.group("adverb") in tag_words("not_manner"):
            continue
        if " " in text[start : manner.start()].strip():  # a determiner and a noun at least remain
            return start, manner.start()
    return start, end


_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w'’-]*)")


def _with_head_noun(text: str, start: int, end: int, titles: Mapping[str, tuple[str, str]]) -> tuple[int, int] | None:
    """A beat's described subject with the person noun it stopped short of: the shortest subject that
    reaches a word ends at an adjective in "The little boy had now converted ..."; "boy" is the subject.
    A description whose last word is plainly an adjective and whose next word names no person ("The lath-like
    stick snapped.") is no speaker: None."""
    if text[start:end].split(maxsplit=1)[0].lower() not in _DETERMINERS_LOWER:
        return start, end

    def person(word: str) -> bool:  # a news role, or one of fiction's nouns for people that the titles lack
        return titles.get(word, ("",))[0] == "person" or word in tag_words("person")

    following = _NEXT_WORD.match(text, end)
    if following and person(following.group(1)):
        return start, following.end()
    return None if text[start:end].endswith(_ADJECTIVE_ENDINGS) else (start, end)


# Endings of words that are adjectives, never a person's noun: a beat subject stopping at one stopped short
_ADJECTIVE_ENDINGS = ("like", "ful", "less", "ous", "ish", "able", "ible")


_DETERMINERS_LOWER = frozenset(word.lower() for word in _DETERMINERS_ALONE)
_PRONOUNS = frozenset({"he", "she", "i", "they", "we", "you"})
_PLURAL_SUBJECTS = frozenset({"I", "we", "they", "you"})  # the subjects a base form agrees with ("I say")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|St)\b")


def _names_someone(phrase: str, names: Container[str], first_names: Container[str]) -> bool:
    """False for a capitalised word that is no name of this text ("No answer.", "Upon his death-bed")."""
    words = phrase.split()
    first = words[0]
    if first.lower() in _PRONOUNS or not first[:1].isupper() or _HONORIFIC.match(first):
        return True
    if first in _DETERMINERS_ALONE:
        return len(words) > 1  # "The little boy" describes someone; "The" alone caught nothing
    return first in names or first in first_names


def _proper_names(text: str) -> set[str]:
    """Capitalised words the text uses inside a sentence, after a lowercase word: its proper names."""
    return set(_MID_SENTENCE_CAPITAL.findall(text))


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]*")
