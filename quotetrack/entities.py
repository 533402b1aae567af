"""Speakers as entities: link every speaker mention to one canonical Speaker per real-world source.

Readers count and audit who is quoted, so "Ukrainian President Volodymyr Zelensky", "Zelensky", "he" and
"the Ukrainian president" must be one speaker, and "National Intelligence Service", "NIS" and "the agency"
another. The resolution is rule-based and needs only tokens, sentences and paragraphs; a backend's named
entities and coreference chains are used when the Document has them. It runs in four passes:

1. read every proper name and definite description in the text (not only the speaker mentions), and every
   candidate's speaker mention, into a `_Reading` (name, titles, honorific, possessor, kind, gender);
2. link the readings in document order to entities (`_Entity`), by name chain, acronym and title;
3. resolve pronoun speaker mentions with gender and number agreement, preferring the subject of the
   previous sentence and the speaker of the previous attribution;
4. give quotes with no speaker mention the speaker of the nearest attributed quote, following the
   turn-taking of dialogue when two speakers alternate; in fiction, then name speakers known only by a
   pronoun or a description from what the story says ("I am Parson Tringham", "my dear Watson", "his
   wife" when "his" is Mr. Bennet and the story has a Mrs. Bennet).

Everything mutable lives inside one `_Resolver`, made per document.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import weakref
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from typing import TypeVar

import attrs
import regex

from quotetrack.backends.rules import in_fast_range as text_in_fast_range
from quotetrack.candidate import Extent, QuoteCandidate
from quotetrack.dialogue import tag_words
from quotetrack.document import Document
from quotetrack.lexicons import Lexicons
from quotetrack.marks import ELISIONS
from quotetrack.model import Span, Speaker, SpeakerKind

__all__ = ["resolve_speakers"]

_Sortable = TypeVar("_Sortable", bound=tuple[int, ...])  # mention extents and entries like them

# Abbreviated titles whose period belongs to the word ("Mr.", "Sen.").
_TITLE_ABBREVIATIONS = [
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Mx",
    "Prof",
    "Rev",
    "St",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Col",
    "Lt",
    "Sgt",
    "Capt",
    "Fr",
    "Jr",
    "Sr",
    "Hon",
    "Amb",
    "Mme",
    "Mlle",
    "Messrs",
]
_TOKEN = regex.compile(
    r"""
      [’']s\b                                  # possessive clitic, its own token
    | (?:[A-Z]\.){2,}                         # an initialism with dots (U.S.)
    | [^\W_][\w&]*+(?:-(?!-)[\w&]*+)*+(?:[’'](?![sS]\b)(?=\w)[\w&]*+(?:-(?!-)[\w&]*+)*+)*+
                                               # a word, keeping inner apostrophes (O'Neill) and hyphens
                                               # (Al-Assad), not a dash ("Tom--a touch": "Tom")
      (?:\.(?<=\b(?:[A-Z]|TITLES)\.))?
                                               # keeping the period of an initial or an abbreviated title
    | \S                                       # any other mark
    """.replace("TITLES", "|".join(_TITLE_ABBREVIATIONS)),
    regex.VERBOSE,
)
# The same tokens from the standard library's faster engine, for texts in the range where its Unicode classes
# equal regex's (see quotetrack.backends.rules). Its look-behinds must be of fixed width: one per title.
_FAST_TOKEN = re.compile(
    r"[’']s\b|(?:[A-Z]\.){2,}|[^\W_][\w&]*+(?:-(?!-)[\w&]*+)*+(?:[’'](?![sS]\b)(?=\w)[\w&]*+(?:-(?!-)[\w&]*+)*+)*+(?:\.(?:(?<=\b[A-Z]\.)|"
    + "|".join(rf"(?<=\b{title}\.)" for title in _TITLE_ABBREVIATIONS)
    + r"))?|\S"
)
_WORD_CHAR = regex.compile(r"\w")
# _FAST_TOKEN with the whitespace before each token: the chunks' lengths add up to every token's end
_FAST_CHUNK = re.compile(r"\s*(?:" + _FAST_TOKEN.pattern + ")")


def _scan_tokens(doc: Document, in_fast_range: bool | None = None) -> tuple[list[int], list[str]]:
    """The end offset and the text of every token of ``doc`` for the name scan (a token starts at its end
    minus its length). On the fast range the loops run in C: whitespace then a token, repeated, covers the
    whole text, since the patterns' last choice takes any other mark and so only whitespace is skipped.
    ``in_fast_range`` says whether the text is in that range, when the caller knows.

    The rules backend has already split the text, and its tokens are the scan's except in the few runs of
    non-space characters that `_TOKENS_MAY_DIFFER` flag (about one in 40 tokens): only those are split again.
    """
    text = doc.text
    if in_fast_range is None:
        in_fast_range = text_in_fast_range(text)
    if not in_fast_range:
        spans = [(m.end(), m.group()) for m in _TOKEN.finditer(text)]
        return [end for end, _ in spans], [word for _, word in spans]
    if doc.backend != "rules":
        chunks = _FAST_CHUNK.findall(text)
        return list(itertools.accumulate(map(len, chunks))), list(map(str.lstrip, chunks))
    tokens = doc.tokens
    # list comprehensions: indexing a tuple in one costs about half a call to operator.itemgetter from map()
    ends, words = [token[1] for token in tokens], [token[2] for token in tokens]
    runs: list[tuple[int, int]] = []  # the first and last token of each run of tokens to split again
    last_token = len(tokens) - 1
    flagged = sorted(match.start() for pattern in _TOKENS_MAY_DIFFER for match in pattern.finditer(text))
    for offset in flagged:
        k = bisect.bisect_right(ends, offset)  # the token holding the flagged character
        if runs and k <= runs[-1][1]:
            continue  # in the run before
        first = last = k  # widen to the run of tokens with no space between them
        while first and tokens[first][0] == tokens[first - 1][1]:
            first -= 1
        while last < last_token and tokens[last + 1][0] == tokens[last][1]:
            last += 1
        runs.append((first, last))
    if not runs:
        return ends, words
    # spliced in one forward pass: replacing each run in place would move the rest of the lists every time
    out_ends: list[int] = []
    out_words: list[str] = []
    done = 0  # the tokens before it are copied or split again
    for first, last in runs:
        out_ends += ends[done:first]
        out_words += words[done:first]
        start = tokens[first][0]
        split = _FAST_TOKEN.findall(text, start, tokens[last][1])
        out_ends += itertools.islice(itertools.accumulate(map(len, split), initial=start), 1, None)  # no spaces
        out_words += split
        done = last + 1
    out_ends += ends[done:]
    out_words += words[done:]
    return out_ends, out_words


_TITLE_LENGTHS = sorted({len(title) for title in _TITLE_ABBREVIATIONS})  # a look-behind has one width
# Where the rules backend's tokens (quotetrack.backends.rules) may differ from `_FAST_TOKEN`'s inside a run of
# non-space characters: a joiner before a word character ("U.S.", "3.5", "1,000", "24/7", "a.m."), an ellipsis,
# a double dash, a hyphen that ends a word ("pro-"), "&" after a mark ("AT&T"), a possessive "'s", an
# apostrophe before a digit, a URL, and the period that `_FAST_TOKEN` keeps on an initial or a title ("J.",
# "Sen."). One pattern per first character, each starting with it: `re` skips to one literal character several
# times faster than to any of a set of them.
_TOKENS_MAY_DIFFER = [
    re.compile(
        r"\.(?:[\w.]|(?<=\b[A-Z]\.)|"
        + "|".join(rf"(?<=\b(?:{'|'.join(t for t in _TITLE_ABBREVIATIONS if len(t) == n)})\.)" for n in _TITLE_LENGTHS)
        + r")"
    ),
    re.compile(r",\w"),
    re.compile(r"/\w"),
    re.compile(r":\w|:(?=//)"),
    re.compile(r"‐\w"),
    re.compile(r"-(?:-|(?<=\w-)(?![^\W_]))"),
    re.compile(r"&(?<=\S&)"),
    re.compile(r"'(?:(?<=\w')[\d_]|[sS]\b)"),
    re.compile(r"’(?:(?<=\w’)[\d_]|[sS]\b)"),
]


_ACRONYM = regex.compile(r"^(?:[A-Z]\.?){2,8}$|^[A-Z][A-Z0-9&]{1,7}$")
_PAREN_ACRONYM = regex.compile(r"\s*\(\s*(?P<acronym>[A-Z][A-Za-z0-9&.]{1,9})\s*\)")
# "Volodymyr Zelensky, the Ukrainian president," / "NIS, the spy agency,": a description after a name.
_APPOSITION_AFTER = regex.compile(r"\s*,\s*(?:the|a|an)\s+(?P<description>[^,.;:()\"“”]{2,60}?)\s*(?:[,.;:]|$)")
# "the Ukrainian president, Volodymyr Zelensky": a description before a name.
_APPOSITION_BEFORE = regex.compile(r"(?:\A|\W)(?:[Tt]he|[Aa]n?)\s+(?P<description>[^,.;:()\"“”]{2,60}?)\s*,\s*\Z")
# The two from `re`, which calls several times faster, for texts in the fast range, where its \s and \W are regex's.
_FAST_APPOSITION_AFTER = re.compile(_APPOSITION_AFTER.pattern)
_FAST_APPOSITION_BEFORE = re.compile(_APPOSITION_BEFORE.pattern)

_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset(
    {
        "a",
        "an",
        "one",
        "another",
        "some",
        "several",
        "many",
        "two",
        "three",
        "four",
        "five",
        "other",
        "others",
        "someone",
        "somebody",
        "anyone",
        "nobody",
        "each",
        "both",
        "most",
        "all",
        "few",
        "no",
    }
)
_DESCRIBED_WORDS = 3  # the most words of a "the ..." speaker phrase looked for again in narration


def _said_as(words: Sequence[str], i: int, described: Container[str]) -> int | None:
    """End index of a phrase of ``described`` starting at word ``i`` ("the parson"), the longest, if any."""
    for width in range(_DESCRIBED_WORDS, 1, -1):
        if " ".join(words[i : i + width]).lower() in described:
            return i + width
    return None


_DEFINITE_DESCRIBERS = frozenset({"the", "his", "her", "my", "our", "their", "your"})
_NAME_JOINERS = frozenset({"of", "for", "and", "de", "da", "del", "van", "von", "bin", "al", "la", "le", "du"})
# the words that carry a run of capitalised words on to the next one in the name scan ("Bank of England",
# "Kremlin's Press Office"); "and" would join two names into one
_NAME_RUN_JOINERS = frozenset({"’s", "'s"} | (_NAME_JOINERS - {"and"}))
# words with no letter in an implied acronym: function words, and company suffixes ("Apple Inc." is not "AI")
_ACRONYM_SKIP = frozenset(
    {"of", "for", "and", "the", "on", "in", "de", "&", "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd."}
    | {"llc", "plc", "ag", "sa", "nv"}
)
_NOT_NAMES = frozenset(
    {
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "But",
        "And",
        "Or",
        "So",
        "If",
        "When",
        "In",
        "On",
        "At",
        "As",
        "For",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "My",
        "Your",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "Yes",
        "No",
        "Oh",
        "Well",
        "Now",
        "Then",
        "Not",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "O",
        "Ah",
        "After",
        "Before",
        "While",
        "Neither",
        "Nor",
        "Some",
        "All",
        "Every",
        "Each",
        "Any",
        "One",
        "Many",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "God",
        "Chapter",
        "Upon",
        "Let",
        "To",
        "From",
        "With",
    }
)
#: How many paragraphs back a pronoun or a quote with no mention may reach for its speaker.
_PRONOUN_REACH = 6
_PRONOUN_CANDIDATES = 40  # the latest mentions a pronoun is compared against
_ENTITIES_PER_KEY = 50  # a lookup key keeps its most recently touched entities, so a lookup costs no more
_CARRY_REACH = 3


@attrs.define
class _Reading:
    """What one mention says about its entity.

    Attributes:
        start, end: the mention's extent.
        form: "name", "acronym", "description", "pronoun", "unnamed" or "other".
        name: the proper name without titles, honorifics and possessor ("Volodymyr Zelensky").
        titles: role nouns the mention gives ("president").
        places: countries the mention ties it to, by demonym or possessor ("Ukraine").
        gender: "m", "f", "n" or "-" (unknown).
        number: "sg" or "pl".
        kind: what the mention shows the entity to be.
        org_type: for organisations, the type from org_words ("agency"), or "country".
        acronym: an acronym the text gives or the name implies ("NIS").
        first: the first name, when the name begins with a known one.
        honorific: "Mr.", "Ms." ...
        speaks: True for a candidate's speaker mention.
    """

    start: int
    end: int
    form: str
    name: str | None = None
    titles: tuple[str, ...] = ()
    places: frozenset[str] = frozenset()
    gender: str = "-"
    number: str = "sg"
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    org_type: str | None = None
    acronym: str | None = None
    first: str | None = None
    honorific: str | None = None
    speaks: bool = False
    lone_gender: str = "-"

    def moved(self, shift: int) -> _Reading:
        """A copy ``shift`` characters further on (spelled out: `attrs.evolve` is slow enough to matter)."""
        return _Reading(
            self.start + shift,
            self.end + shift,
            self.form,
            self.name,
            self.titles,
            self.places,
            self.gender,
            self.number,
            self.kind,
            self.org_type,
            self.acronym,
            self.first,
            self.honorific,
            self.speaks,
            self.lone_gender,
        )


@attrs.define(eq=False)
class _Entity:
    """A cluster of mentions being built; becomes a `Speaker` if one of its mentions speaks."""

    kind: SpeakerKind
    names: list[str] = attrs.Factory(list)
    aliases: list[str] = attrs.Factory(list)
    titles: set[str] = attrs.Factory(set)
    places: set[str] = attrs.Factory(set)
    gender: str = "-"
    number: str = "sg"
    org_type: str | None = None
    acronym: str | None = None
    first: str | None = None
    mentions: list[Extent] = attrs.Factory(list)
    # he/she votes (see `vote_genders`): a plain dict, as a Counter per entity cost more to make than to fill
    gender_votes: dict[str, int] = attrs.Factory(dict)
    #: When linking last touched the entity; the resolver orders candidates by it, latest first.
    stamp: int = 0
    #: What the resolver last filed the entity as (see `_Resolver._index`).
    filed_as: tuple[object, ...] | None = None
    # canonical_name() is asked for tens of thousands of times per article: kept up to date by add_name.
    _canonical: str | None = attrs.field(default=None, init=False)

    @property
    def surname(self) -> str | None:
        full = self.canonical_name()
        return full.split()[-1] if full and self.kind is not SpeakerKind.ORGANIZATION else None

    @property
    def last(self) -> int:
        return self.mentions[-1][0] if self.mentions else -1

    def canonical_name(self) -> str | None:
        """The longest proper name, by words then characters (the first such): the form the article introduces."""
        return self._canonical

    def add_name(self, name: str) -> None:
        """Append a name; names only ever grow, so the canonical one is updated rather than recomputed."""
        self.names.append(name)
        if self._canonical is None or _name_rank(name) > _name_rank(self._canonical):
            self._canonical = name

    def add_mention(self, extent: Extent) -> None:
        _insort(self.mentions, extent)

    def effective_gender(self) -> str:
        """Gender from names and titles when they say, else from the pronouns the article uses nearby."""
        if self.gender != "-":
            return self.gender
        if self.gender_votes:
            best = max(self.gender_votes, key=self.gender_votes.__getitem__)  # the first counted, on a tie
            if self.gender_votes[best] > sum(self.gender_votes.values()) / 2:
                return best
        return "-"

    def join(self, other: _Entity) -> None:
        """Take in everything ``other`` is known by: it is the same person."""
        for name in other.names:
            if name not in self.names:
                self.add_name(name)
        self.aliases += [alias for alias in other.aliases if alias not in self.aliases]
        for extent in other.mentions:
            self.add_mention(extent)
        self.titles |= other.titles
        if self.gender == "-":
            self.gender = other.gender
        if self.kind is SpeakerKind.UNKNOWN or self.kind is SpeakerKind.UNNAMED:
            self.kind = other.kind

    def absorb(self, reading: _Reading, text: str) -> None:
        """Add what ``reading`` says to this entity."""
        self.add_mention((reading.start, reading.end))
        if reading.form in ("name", "acronym"):
            if reading.name and reading.name not in self.names:
                if reading.form == "acronym" and self.names:
                    self.acronym = self.acronym or reading.name
                else:
                    self.add_name(reading.name)
            surface = " ".join(text[reading.start : reading.end].split())  # only names are aliases
            if surface not in self.aliases:
                self.aliases.append(surface)
        if reading.titles:
            self.titles.update(reading.titles)
        if reading.places:
            self.places.update(reading.places)
        if self.kind in (SpeakerKind.UNKNOWN, SpeakerKind.PERSON) and reading.kind is SpeakerKind.ORGANIZATION:
            self.kind = SpeakerKind.ORGANIZATION
        elif self.kind is SpeakerKind.UNKNOWN and reading.kind is not SpeakerKind.UNKNOWN:
            self.kind = reading.kind
        if self.gender == "-" and reading.gender in ("m", "f"):
            self.gender = reading.gender
        self.org_type = self.org_type or reading.org_type
        self.acronym = self.acronym or reading.acronym
        self.first = self.first or reading.first


# Readings of mention texts, kept across documents: a batch names the same people in article after article,
# and a reading depends only on the mention's text and the lexicons (see `_Resolver.read`). Keyed by the
# lexicons' id, checked against a weak reference to them (they are not hashable), so custom lexicons get
# their own readings and a collected one's are never reused.
_READING_CACHE: dict[int, tuple[weakref.ref[Lexicons], dict[tuple[str, bool, bool], _Reading]]] = {}
_READING_CACHE_SIZE = 50_000  # readings per lexicons; past this the cache starts again (about 10 MB)


def _readings_for(lexicons: Lexicons) -> dict[tuple[str, bool, bool], _Reading]:
    entry = _READING_CACHE.get(id(lexicons))
    if entry is not None and entry[0]() is lexicons and len(entry[1]) <= _READING_CACHE_SIZE:
        return entry[1]
    if len(_READING_CACHE) > 8:  # drop the caches of lexicons no longer alive
        for key in [k for k, (ref, _) in _READING_CACHE.items() if ref() is None]:
            del _READING_CACHE[key]
    readings: dict[tuple[str, bool, bool], _Reading] = {}
    _READING_CACHE[id(lexicons)] = (weakref.ref(lexicons), readings)
    return readings


# The first words of the demonyms, titles and organisation words of each lexicons, kept like `_READING_CACHE`:
# `_description_end` rules out most "the"s by their next word alone (the lexicons are frozen: it never goes stale).
_DESCRIPTION_OPENERS: dict[int, tuple[weakref.ref[Lexicons], frozenset[str]]] = {}


def _description_openers(lexicons: Lexicons) -> frozenset[str]:
    entry = _DESCRIPTION_OPENERS.get(id(lexicons))
    if entry is not None and entry[0]() is lexicons:
        return entry[1]
    if len(_DESCRIPTION_OPENERS) > 8:  # drop the sets of lexicons no longer alive
        for key in [k for k, (ref, _) in _DESCRIPTION_OPENERS.items() if ref() is None]:
            del _DESCRIPTION_OPENERS[key]
    phrases = [*lexicons.demonyms, *lexicons.titles, *lexicons.org_words]
    openers = frozenset(phrase.split()[0] for phrase in phrases if phrase.split())
    _DESCRIPTION_OPENERS[id(lexicons)] = (weakref.ref(lexicons), openers)
    return openers


def resolve_speakers(
    doc: Document, candidates: list[QuoteCandidate], lexicons: Lexicons, genre: str = "news"
) -> tuple[list[Speaker], dict[int, Speaker], dict[int, str]]:
    """Link each candidate's speaker mention to one entity per real-world speaker.

    Returns the speakers in order of first mention, the speaker of each candidate index that has one, and
    how it was found ("pattern", "coref:name", "coref:title", "coref:pronoun", "acronym", "carry-over").
    In ``genre="fiction"`` an unattributed quoted paragraph is a new turn of a dialogue (see `carry_over`).
    """
    return _Resolver(doc, candidates, lexicons, fiction=genre == "fiction").run()


class _Resolver:
    """The state of resolving one document; made and dropped per call so nothing leaks between texts."""

    def __init__(self, doc: Document, candidates: list[QuoteCandidate], lexicons: Lexicons, fiction: bool) -> None:
        self.doc = doc
        self.fiction = fiction
        self.text = doc.text
        # whether `re` may stand in for `regex` on this text (see quotetrack.backends.rules); the rules
        # backend has answered already, other backends leave the field None
        self.in_fast_range = doc.in_fast_range if doc.in_fast_range is not None else text_in_fast_range(self.text)
        self.candidates = candidates
        self.lex = lexicons
        # Entities filed by name, word, title and organisation type (see `_index`), so linking a mention
        # looks at the few entities it could continue, not at all of them.
        self.lookup: dict[tuple[str, str], set[_Entity]] = {}
        self.readings = _readings_for(lexicons)  # each mention text's reading, at offset 0 (see `read`)
        self.description_openers = _description_openers(lexicons)  # see `_description_end`
        self.clock = 0  # the last recency stamp given in linking
        self.oldest = 0  # the last stamp given to an entity made after linking, which ranks below them all
        self.owner: dict[Extent, _Entity] = {}
        self.owned: list[Extent] = []  # owner's keys, sorted, for range queries
        self.speaker_entity: dict[int, _Entity] = {}
        self.speaking: set[int] = set()  # id() of every entity that has spoken so far
        self.methods: dict[int, str] = {}
        self.pairs: dict[int, tuple[_Entity, _Entity]] = {}  # a pair's mention offset -> its two members
        # (mention start, order assigned, candidate index) of each attributed candidate with a mention, sorted
        self.spoken: list[tuple[int, int, int]] = []
        self.paragraph_starts = [p.start for p in doc.paragraphs]
        self.sentence_starts = [s.start for s in doc.sentences]
        self.quoted = _quoted_extents(candidates)
        self.candidate_starts = sorted((c.start, i) for i, c in enumerate(candidates))  # to find the line before
        self.lowercase: set[str] | None = None  # see `_lowercase_words`

    # ----------------------------------------------------------------- driver

    def run(self) -> tuple[list[Speaker], dict[int, Speaker], dict[int, str]]:
        readings = self.read_everything()
        pronoun_candidates: list[tuple[int, _Reading]] = []
        for reading, index in readings:
            if reading.form == "pronoun":
                if index is not None:
                    pronoun_candidates.append((index, reading))
                continue
            entity, method = self.link(reading)
            if index is not None:
                self._assign(index, entity, method)
        self.vote_genders()
        for index, reading in pronoun_candidates:
            self.resolve_pronoun(index, reading)
        self.carry_over()
        return self.build_speakers()

    # ----------------------------------------------------------------- pass 1: reading mentions

    def read_everything(self) -> list[tuple[_Reading, int | None]]:
        """Every mention worth linking, in document order, with the candidate index it speaks for."""
        spoken: list[tuple[_Reading, int | None]] = []
        taken: list[Extent] = []
        for index, candidate in enumerate(self.candidates):
            if candidate.mention is None:
                continue
            reading = self.read(*candidate.mention)
            reading.speaks = True
            spoken.append((reading, index))
            taken.append(candidate.mention)
        taken.sort()
        starts = [s for s, _ in taken]
        reach = list(itertools.accumulate((e for _, e in taken), max))  # reach[k]: furthest end in taken[: k + 1]
        found: list[tuple[_Reading, int | None]] = []
        for reading in self.scan_names():
            k = bisect.bisect_left(starts, reading.end)  # taken[:k] start before the reading ends
            if not (k and reach[k - 1] > reading.start):
                found.append((reading, None))
        found.extend(spoken)
        found.sort(key=lambda pair: (pair[0].start, pair[0].end))
        return found

    def scan_names(self) -> Iterable[_Reading]:
        """Proper-name runs and definite descriptions anywhere in the text, so entities are known before
        the quote that needs them and ``Speaker.mentions`` lists every way the article names them."""
        ends, words = _scan_tokens(self.doc, self.in_fast_range)

        def span(k: int) -> tuple[int, int, str]:
            return ends[k] - len(words[k]), ends[k], words[k]

        def spans(first: int, stop: int) -> list[tuple[int, int, str]]:
            return [span(n) for n in range(first, stop)]

        described = self._speaking_descriptions()
        # Only "the" and capitalised words begin a description or a name: the loop visits those alone.
        openers = [k for k, word in enumerate(words) if word[0].isupper() or word == "the"]
        i = 0  # the first token not yet read
        for k in openers:
            if k < i:
                continue
            i = k
            start, word = ends[i] - len(words[i]), words[i]
            if word in ("the", "The"):
                if i + 1 < len(words):
                    end_index = self._description_end(words, i + 1)
                    if end_index is None and described:  # news has none: skip the joins that would look them up
                        end_index = _said_as(words, i, described)
                    if end_index is not None:
                        reading = self.read(start, ends[end_index - 1], functools.partial(spans, i, end_index))
                        if (reading.form == "description" and (reading.titles or reading.org_type)) or (
                            reading.form == "other" and described
                        ):
                            yield reading
                        i = end_index
                continue  # no name starts at "the" ("The" is no name word either); "the Kremlin" joins below
            if not self._starts_name(word, start):
                continue
            j = i + 1  # the run goes on over capitalised words, and over "'s" or "of" before one
            while j < len(words) and (
                words[j][:1].isupper()
                or (words[j] in _NAME_RUN_JOINERS and j + 1 < len(words) and words[j + 1][:1].isupper())
            ):
                j += 1
            # "the Kremlin"; "Mrs. Bennet", whose honorific tells her from Mr. Bennet
            joined = i > 0 and (words[i - 1] in ("the", "The") or self._is_honorific(words[i - 1]))
            first = i - 1 if joined else i
            reading = self.read(ends[first] - len(words[first]), ends[j - 1], functools.partial(spans, first, j))
            if reading.form in ("name", "acronym"):
                yield reading
            i = j

    def _speaking_descriptions(self) -> set[str]:
        """Fiction: the "the ..." phrases that tag a line ("said the parson"), lowercase, so that narration
        naming the speaker the same way ("The parson rode nearer.") is a mention of them too."""
        if not self.fiction:
            return set()
        found = set()
        for candidate in self.candidates:
            if candidate.mention is not None:
                said = " ".join(self.text[candidate.mention[0] : candidate.mention[1]].lower().split())
                if said.startswith("the ") and said.count(" ") < _DESCRIBED_WORDS:
                    found.add(said)
        return found

    def _description_end(self, words: Sequence[str], i: int) -> int | None:
        """End index of "the [demonym] TITLE" starting at word ``i``, if one is there."""
        if words[i].lower() not in self.description_openers:
            return None  # most "the"s: the next word begins no demonym, title or organisation word
        lower = [w.lower() for w in words[i : i + 6]]  # a demonym and a title take three words at most each
        j = self._match_phrase(lower, 0, self.lex.demonyms)
        for width in range(min(3, len(lower) - j), 0, -1):
            phrase = " ".join(lower[j : j + width])
            if phrase in self.lex.titles or (width == 1 and phrase in self.lex.org_words):
                return i + j + width
        return None

    def _starts_name(self, word: str, offset: int) -> bool:
        """True when the token ``word`` at ``offset`` may begin a proper name: a capitalised word, unless it
        is a pronoun, or an adverb or participle ("Presently Tom said", "Hearing this, she ..."), that opens
        its sentence. The words are tested first, as most capitalised words are neither."""
        if not word[:1].isupper() or word in _NOT_NAMES or word.rstrip(".") in _NOT_NAMES:
            return False
        opener = word.lower() in self.lex.pronouns or (
            word.endswith(("ly", "ing")) and len(word) > 4 and word not in self.lex.first_names
        )
        return not (opener and self._at_sentence_start(offset))

    def _is_honorific(self, word: str) -> bool:
        return word[:1].isupper() and word.lower() in self.lex.honorifics

    @staticmethod
    def _is_capitalised(word: str) -> bool:
        return word[:1].isupper()

    def _at_sentence_start(self, offset: int) -> bool:
        k = bisect.bisect_right(self.sentence_starts, offset) - 1
        if k >= 0:
            start = self.sentence_starts[k]
            # the character just before tells most words inside a sentence without slicing the sentence
            if (start == offset or self.text[offset - 1] in _SENTENCE_OPENING) and not self.text[start:offset].strip(
                _SENTENCE_OPENING
            ):
                return True
        # '"So do I." Locking his hands ...': a line's last sentence and the narration after it may be one
        return _AFTER_LINE.search(self.text, max(0, offset - 4), offset) is not None

    @staticmethod
    def _match_phrase(lower: Sequence[str], i: int, table: Container[str]) -> int:
        """How many words from ``i`` spell an entry of ``table`` (lowercase keys), longest first; 0 if none."""
        for width in range(min(3, len(lower) - i), 0, -1):
            if " ".join(lower[i : i + width]) in table:
                return width
        return 0

    def read(self, start: int, end: int, tokens: Callable[[], list[tuple[int, int, str]]] | None = None) -> _Reading:
        """Read one mention: split off determiner, possessor, titles and honorific, and keep the name.

        An article names the same people again and again, so each distinct mention text is read once (the
        reading depends on nothing else but whether it starts the text) and later copies are moved into place.
        Only an acronym in parentheses after it ("National Intelligence Service (NIS)") depends on context.
        ``tokens``, if given, lists the mention's tokens from the name scan (see `_read_new`).
        """
        text = self.text
        # a space before the mention, the common case, is no word character: the pattern only reads the rest
        after_word = bool(start and not text[start - 1].isspace() and _WORD_CHAR.match(text, start - 1, start))
        key = (text[start:end], start == 0, after_word)
        known = self.readings.get(key)
        if known is None:
            # the scan's tokens are only listed for a text not read before: most mentions are repeats
            known = self.readings[key] = self._read_new(start, end, tokens() if tokens else None).moved(-start)
        reading = known.moved(start)
        window = reading.end + 40
        if (
            reading.form in ("name", "acronym")
            and reading.kind is not SpeakerKind.PERSON
            and "(" in self.text[reading.end : window]
        ):
            after = _PAREN_ACRONYM.match(self.text, reading.end, window)
            if after:
                reading.acronym = after.group("acronym")
        return reading

    def _read_new(self, start: int, end: int, tokens: list[tuple[int, int, str]] | None) -> _Reading:
        """`read` for a mention text not read before, leaving out a parenthesised acronym after it.

        ``tokens``, the whole text's tokens from ``start`` to ``end``, saves tokenising the mention again. They
        are the mention's own tokens unless a word character just before it changes a ``\\b`` in `_TOKEN`.
        """
        if tokens is None or (start and _WORD_CHAR.match(self.text, start - 1, start)):
            tokens = [(start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(self.text[start:end])]
        if len(tokens) > 2 and tokens[-1][2] == ")":
            bracket = next((i for i in range(len(tokens) - 2, 0, -1) if tokens[i][2] == "("), 0)
            if bracket:
                tokens = tokens[:bracket]  # "Sen. Jo Kane (D-Ohio)": the party and state are no part of the name
        tokens = _named_after_description(self._trim(tokens))
        if not tokens:
            return _Reading(start, end, "other")
        start, end = tokens[0][0], tokens[-1][1]
        words = [t[2] for t in tokens]
        lower = [w.lower() for w in words]
        if len(tokens) == 1 and lower[0] in self.lex.pronouns:
            gender, number, _ = self.lex.pronouns[lower[0]]
            return _Reading(start, end, "pronoun", gender=gender, number=number)
        if lower[0] in _INDEFINITE or lower[:2] == ["the", "other"] or lower[:2] == ["the", "others"]:
            singular = [_IRREGULAR_PLURALS.get(word, word) for word in lower]  # "one of the women": a woman
            titles = tuple(t for t in self._titles_in(singular) if self.lex.titles[t][0] == "person")
            gender = next((self.lex.titles[t][1] for t in titles if self.lex.titles[t][1] != "-"), "-")
            return _Reading(start, end, "unnamed", titles=titles, kind=SpeakerKind.UNNAMED, gender=gender)
        places: set[str] = set()
        if "’s" in words or "'s" in words:
            cut = max(i for i, w in enumerate(words) if w in ("’s", "'s"))
            if cut + 1 < len(words):
                possessor = " ".join(words[:cut])
                if possessor.removeprefix("the ").removeprefix("The ") in self.lex.countries:
                    places.add(possessor.removeprefix("the ").removeprefix("The "))
                tokens, words, lower = tokens[cut + 1 :], words[cut + 1 :], lower[cut + 1 :]
        definite = lower[0] in _DETERMINERS
        if definite:
            tokens, words, lower = tokens[1:], words[1:], lower[1:]
            if not tokens:
                return _Reading(start, end, "other")
        return self._read_phrase(start, end, tokens, words, lower, places, definite)

    def _trim(self, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Drop punctuation at the edges and lowercase adverbs after a name ("Gregory sarcastically")."""
        while tokens and not tokens[-1][2][:1].isalnum():
            tokens = tokens[:-1]
        while tokens and not tokens[0][2][:1].isalnum():
            tokens = tokens[1:]
        while len(tokens) > 1 and self._glued_opener(tokens[0][2], tokens[1][2]):
            tokens = tokens[1:]
        while len(tokens) > 2 and _manner_adverb(tokens[-1][2]):
            tokens = tokens[:-1]  # "his wife impatiently": how the words were said, not who said them
        capitals = [
            k
            for k, t in enumerate(tokens)
            if self._is_capitalised(t[2]) and t[2].lower() not in _DETERMINERS and t[2].lower() not in _INDEFINITE
        ]  # "The other", "One man": a capitalised determiner starts a phrase, it is no name
        if capitals and len(tokens) > 1:
            last = capitals[-1]
            tail = [t[2].lower() for t in tokens[last + 1 :]]
            if tail and all(w not in self.lex.titles and w not in self.lex.org_words for w in tail):
                tokens = tokens[: last + 1]
        if (
            tokens
            and tokens[-1][2].endswith(".")
            and tokens[-1][2].lower() not in self.lex.honorifics
            and not _ACRONYM.match(tokens[-1][2])
            and tokens[-1][2].rstrip(".") not in self.lex.countries
        ):
            s, e, w = tokens[-1]
            tokens = [*tokens[:-1], (s, e - 1, w[:-1])]
        return tokens

    def _glued_opener(self, word: str, following: str) -> bool:
        """True for a capitalised adverb opening a sentence right before a name ("Finally Tom said"): the
        sentence's first word, no part of the name. A first name ending in -ly ("Emily Clark") stays."""
        return (
            len(word) > 4
            and word.endswith("ly")
            and word[:1].isupper()
            and word[1:].islower()
            and word not in self.lex.first_names
            and following[:1].isupper()
            and following not in _NOT_NAMES
        )

    def _titles_in(self, lower: Sequence[str]) -> list[str]:
        found: list[str] = []
        i = 0
        while i < len(lower):
            for width in range(min(4, len(lower) - i), 0, -1):
                phrase = " ".join(lower[i : i + width])
                if phrase in self.lex.titles:
                    found.append(phrase)
                    i += width
                    break
            else:
                i += 1
        return found

    def _read_phrase(
        self,
        start: int,
        end: int,
        tokens: list[tuple[int, int, str]],
        words: list[str],
        lower: list[str],
        places: set[str],
        definite: bool,
    ) -> _Reading:
        """Read what is left once determiner and possessor are gone: [place] [titles] [honorific] Name."""
        titles: list[str] = []
        honorific: str | None = None
        name_from = 0
        i = 0
        last = lower[-1]
        while i < len(words):
            width = self._match_phrase(lower, i, self.lex.demonyms)
            if width:
                places.add(self.lex.demonyms[" ".join(lower[i : i + width])])
                i += width
                name_from = i
                continue
            for width in range(min(4, len(words) - i), 0, -1):
                phrase = " ".join(lower[i : i + width])
                if (
                    phrase in self.lex.titles
                    and not (width == 1 and words[i][:1].isupper() and i + 1 >= len(words) and not definite and i > 0)
                    and not (
                        # a capitalised organisation word is part of a name ("Federal Bureau of ...")
                        self.lex.titles[phrase][0] == "organization" and words[i][:1].isupper()
                    )
                    and not (
                        # so is a capitalised title opening a company's name ("General Motors Co."), not one
                        # naming a person of a company ("Chief Executive Jo Park of Acme Inc.")
                        words[i][:1].isupper()
                        and i + width < len(words)
                        and self.lex.org_words.get(last) == "company"
                        and "of" not in lower[i + width :]
                    )
                ):
                    titles.append(phrase)
                    i += width
                    name_from = i
                    break
            else:
                if lower[i] in self.lex.honorifics and words[i][:1].isupper() and i + 1 < len(words):
                    honorific = words[i]
                    i += 1
                    name_from = i
                elif words[i][:1].isupper() or (lower[i] in _NAME_JOINERS and name_from < i):
                    i += 1
                else:
                    i += 1
                    name_from = i
        name_words = words[name_from:]
        while name_words and name_words[-1].lower() in _NAME_JOINERS:
            name_words = name_words[:-1]
        if not name_words or not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in name_words):
            return self._read_description(start, end, lower, titles, places, definite)
        name = " ".join(name_words)
        gender = self.lex.honorifics.get(honorific.lower(), "-") if honorific else "-"
        kind = SpeakerKind.UNKNOWN
        for title in titles:
            title_kind, title_gender = self.lex.titles[title]
            kind = SpeakerKind(title_kind) if title_kind != "group" else SpeakerKind.GROUP
            gender = gender if gender != "-" else title_gender
        first = None
        lone_gender = "-"
        if len(name_words) > 1 and name_words[0] in self.lex.first_names:
            first = name_words[0]
        elif len(name_words) == 1 and not honorific and name_words[0] in self.lex.first_names:
            # A lone name may be a surname that is also a first name ("Clinton"): it shows a person, but
            # its gender is only trusted once linking finds no earlier bearer of the name.
            first = name_words[0]
            lone_gender = self.lex.first_names[first]
        if first and len(name_words) > 1:
            name_gender = self.lex.first_names[first]
            gender = gender if gender != "-" or name_gender == "u" else name_gender
        if honorific:
            kind = SpeakerKind.PERSON
        org_type = self._org_type(name_words, first)
        acronym = None
        form = "name"
        if org_type and not honorific and kind is not SpeakerKind.PERSON:
            kind = SpeakerKind.ORGANIZATION
            acronym = _initials(name_words)
        elif name in self.lex.countries or name.rstrip(".") in self.lex.countries:
            kind, org_type = SpeakerKind.ORGANIZATION, "country"
        elif len(name_words) == 1 and _ACRONYM.match(name) and name.capitalize() not in self.lex.first_names:
            kind, form = SpeakerKind.ORGANIZATION, "acronym"
        elif first or kind is SpeakerKind.PERSON:
            kind = SpeakerKind.PERSON
        elif definite and not titles:
            kind = SpeakerKind.ORGANIZATION  # "the Kremlin", "the White House": a person takes no article
        name_start = tokens[name_from][0] if name_from < len(tokens) else start
        return _Reading(
            start,
            end,
            form,
            name=name,
            titles=tuple(titles),
            places=frozenset(places),
            gender=gender,
            kind=kind,
            org_type=org_type,
            acronym=acronym,
            first=first,
            honorific=honorific if name_start else None,
            lone_gender=lone_gender,
        )

    def _org_type(self, name_words: Sequence[str], first: str | None) -> str | None:
        """The organisation type of a name ending in (or headed by) an organisation word, if any."""
        if first and len(name_words) == 2:
            return None
        for word in (name_words[-1], name_words[0]):
            org_type = self.lex.org_words.get(word.lower())
            if org_type and (len(name_words) > 1 or word[:1].isupper()):
                return org_type
        return None

    def _read_description(
        self, start: int, end: int, lower: Sequence[str], titles: list[str], places: set[str], definite: bool
    ) -> _Reading:
        """A mention with no proper name: "the Ukrainian president", "the agency", "police", "officials"."""
        if not titles:
            titles = self._titles_in(lower)
        head = lower[-1] if lower else ""
        org_type = self.lex.org_words.get(head)
        if titles and not org_type:
            kind_name, gender = self.lex.titles[titles[-1]]
            kind = SpeakerKind.GROUP if kind_name == "group" else SpeakerKind(kind_name)
            number = "pl" if kind is SpeakerKind.GROUP else "sg"
            return _Reading(
                start,
                end,
                "description",
                titles=tuple(titles),
                places=frozenset(places),
                gender=gender,
                kind=kind,
                number=number,
            )
        if org_type:
            return _Reading(
                start,
                end,
                "description",
                places=frozenset(places),
                kind=SpeakerKind.ORGANIZATION,
                org_type=org_type,
                gender="n",
            )
        return _Reading(start, end, "other", places=frozenset(places))

    # ----------------------------------------------------------------- pass 2: linking names and descriptions

    def link(self, reading: _Reading) -> tuple[_Entity, str]:
        """Find or make the entity of a non-pronoun mention; return it with how it was found."""
        if reading.form in ("name", "acronym"):
            self._read_appositions(reading)
            entity = self._find_named(reading)
            if entity is not None:
                if reading.name is not None and reading.name == entity.canonical_name():
                    method = "pattern"  # the name the article introduced it by
                elif reading.form == "acronym" and entity.names and entity.names[0] != reading.name:
                    method = "acronym"
                else:
                    method = "coref:name" if reading.speaks else "pattern"
                entity.absorb(reading, self.text)
                self._touch(entity)
                self._own((reading.start, reading.end), entity)
                return entity, method
        elif reading.form == "description":
            entity = self._find_described(reading)
            if entity is not None:
                entity.absorb(reading, self.text)
                self._touch(entity)
                self._own((reading.start, reading.end), entity)
                return entity, "coref:title"
        elif reading.form == "unnamed":
            member = self._pair_member(reading)
            if member is not None:
                return member
        elif reading.form == "other" and reading.speaks and self.text[reading.start : reading.end] in ("who", "which"):
            entity = self._relative_antecedent(reading)
            if entity is not None:
                entity.add_mention((reading.start, reading.end))
                self._own((reading.start, reading.end), entity)
                return entity, "coref:relative"
        elif reading.form == "other" and self.fiction:
            entity = self._described_again(reading)
            if entity is not None:
                entity.add_mention((reading.start, reading.end))
                self._touch(entity)
                self._own((reading.start, reading.end), entity)
                return entity, "coref:title"
        entity = _Entity(kind=reading.kind, number=reading.number)
        if reading.gender == "-" and reading.lone_gender in ("m", "f"):
            reading.gender = reading.lone_gender
        if reading.form not in ("name", "acronym"):
            entity.add_name(" ".join(self.text[reading.start : reading.end].split()))
        entity.absorb(reading, self.text)
        self._touch(entity)
        self._own((reading.start, reading.end), entity)
        return entity, "pattern"

    def _relative_antecedent(self, reading: _Reading) -> _Entity | None:
        """The entity of the mention just before a relative pronoun that speaks ("Jo Park, who said ..."): the
        relative clause is about it."""
        nearby = self._owned_between(max(0, reading.start - _RELATIVE_GAP - 80), reading.start, last=1)
        if not nearby:
            return None
        extent = nearby[0]
        gap = self.text[extent[1] : reading.start]
        if len(gap) > _RELATIVE_GAP or gap.strip(" ,") or (gap and "," not in gap and gap != " "):
            return None
        return self.owner[extent]

    def _described_again(self, reading: _Reading) -> _Entity | None:
        """Fiction: the latest speaker described by the same definite phrase ("the parson" ... "the parson"),
        which a story keeps for one character; "a man" and "another" are new people each time."""
        said = " ".join(self.text[reading.start : reading.end].split())
        words = said.split()
        if len(words) < 2 or words[0].lower() not in _DEFINITE_DESCRIBERS:
            return None
        said = said[:1].lower() + said[1:]
        keys = [("name", said), ("name", said[:1].upper() + said[1:])]
        return next(iter(self._by_recency(reading.start, keys)), None)

    def _pair_member(self, reading: _Reading) -> tuple[_Entity, str] | None:
        """ "One man" / "one of the men" and "the other", just after "the two prisoners": the pair's members.

        An article that introduces two people as a pair and then quotes "one" and "the other" means one
        member each time it says "one", and the other member for "the other". Each member is an unnamed
        speaker named from the pair ("one of the two prisoners", "the other prisoner").
        """
        mention = " ".join(self.text[reading.start : reading.end].lower().split())
        side = 0 if _ONE_OF_PAIR.fullmatch(mention) else 1 if _OTHER_OF_PAIR.fullmatch(mention) else None
        if side is None:
            return None
        window = max(0, reading.start - _PAIR_REACH)
        pairs = list(_PAIR.finditer(self.text, window, reading.start))
        pair = pairs[-1] if pairs else None  # the last pair mentioned before this mention
        if pair is None or self._in_quote(pair.start()):
            return None
        members = self.pairs.get(pair.start())
        if members is None:
            group = " ".join(pair.group("group").split())
            first, other = _Entity(kind=SpeakerKind.UNNAMED), _Entity(kind=SpeakerKind.UNNAMED)
            first.add_name(f"one of the two {group}")
            other.add_name(f"the other {_singular(group)}")
            members = self.pairs[pair.start()] = (first, other)
            method = "pattern"
        else:
            method = "coref:title"
        entity = members[side]
        if not entity.mentions:
            method = "pattern"
        said = " ".join(self.text[reading.start : reading.end].split())
        if said not in entity.aliases:
            entity.aliases.append(said)  # "One man", "one of the men": how the article put it
        entity.add_mention((reading.start, reading.end))
        self._touch(entity)
        self._own((reading.start, reading.end), entity)
        return entity, method

    def _read_appositions(self, reading: _Reading) -> None:
        """Fold "X, the Ukrainian president," or "the spy agency, X," into the name's reading."""
        # Both forms need a comma next to the name: look for it before running the patterns.
        text = self.text
        comma_after = text[reading.end : reading.end + 3].lstrip()[:1] == ","
        comma_before = text[max(0, reading.start - 3) : reading.start].rstrip()[-1:] == ","
        if not (comma_after or comma_before):
            return  # most names
        described: list[_Reading] = []
        after = None
        fast = self.in_fast_range
        if comma_after:
            after_pattern = _FAST_APPOSITION_AFTER if fast else _APPOSITION_AFTER
            after = after_pattern.match(text, reading.end, reading.end + 80)  # bounded: time stays linear
        if after:
            described.append(self.read(after.start("description"), after.end("description")))
        before = None
        if comma_before:
            before_pattern = _FAST_APPOSITION_BEFORE if fast else _APPOSITION_BEFORE
            before = before_pattern.search(text[max(0, reading.start - 70) : reading.start])
        if before:
            offset = max(0, reading.start - 70)
            described.append(self.read(offset + before.start("description"), offset + before.end("description")))
        for description in described:
            if description.form != "description":
                continue
            reading.titles = (*reading.titles, *description.titles)
            reading.places = reading.places | description.places
            if reading.gender == "-":
                reading.gender = description.gender
            if description.org_type and reading.kind is not SpeakerKind.PERSON:
                reading.kind = SpeakerKind.ORGANIZATION
                reading.org_type = reading.org_type or description.org_type
            elif description.kind is SpeakerKind.PERSON and reading.kind is SpeakerKind.UNKNOWN:
                reading.kind = SpeakerKind.PERSON

    def _by_recency(self, before: int, keys: Iterable[tuple[str, str]]) -> list[_Entity]:
        """Entities filed under any of ``keys`` and first mentioned before ``before``, most recently touched
        first (linking runs in document order, so that is the order of their latest mentions)."""
        filed = [entities for key in keys if (entities := self.lookup.get(key))]
        if not filed:
            return []  # half the calls: a name not seen before
        # stamps are unique (see `_touch`), so the order never depends on the pool's: one key's set needs no copy
        pool = filed[0] if len(filed) == 1 else set().union(*filed)
        found = [e for e in pool if e.mentions and e.mentions[0][0] < before]
        if len(found) > 1:  # most lookups find one entity, which needs no sorting
            found.sort(key=_stamp, reverse=True)
        return found

    def _touch(self, entity: _Entity) -> None:
        """Make ``entity`` the most recent, and file it under what it now is."""
        self.clock += 1
        entity.stamp = self.clock
        self._index(entity)

    def _index(self, entity: _Entity) -> None:
        """File ``entity`` under every key a later mention may find it by: its names and acronym, its canonical
        name's first and last words and initials, its titles and organisation type.

        Keys are only ever added: the finders re-check their conditions, so a key gone stale costs nothing.
        Names and titles only grow, so their counts tell whether anything changed since the last filing.
        """
        state = (len(entity.names), entity.acronym, len(entity.titles), entity.org_type)
        if entity.filed_as == state:
            return
        entity.filed_as = state
        canonical = entity.canonical_name() or ""
        words = canonical.split()
        keys = [("name", name) for name in entity.names]
        if entity.acronym:
            keys.append(("name", entity.acronym))
        if initials := _name_initials(canonical):
            keys.append(("name", initials))
        if words:
            keys += (("word", words[0]), ("word", words[-1]))
        keys += [("title", title) for title in entity.titles]
        if entity.org_type:
            keys.append(("org", entity.org_type))
        for key in keys:
            filed = self.lookup.get(key)
            if filed is None:  # (setdefault would make an empty set for every key, to throw most away)
                filed = self.lookup[key] = set()
            filed.add(entity)
            if len(filed) > _ENTITIES_PER_KEY:  # "Point 1" ... "Point 5000" must not make "Point" cost 5000
                filed.remove(min((other for other in filed if other is not entity), key=_stamp))

    def _own(self, extent: Extent, entity: _Entity) -> None:
        """Record that the mention at ``extent`` is ``entity``'s."""
        if extent not in self.owner:
            _insort(self.owned, extent)
        self.owner[extent] = entity

    def _owned_between(self, start: int, end: int, last: int | None = None) -> list[Extent]:
        """The owned mention extents starting in [start, end), in order; only the ``last`` of them if given,
        which costs that many instead of all of them in a paragraph of thousands of sentences."""
        high = bisect.bisect_left(self.owned, (end,))
        low = bisect.bisect_left(self.owned, (start,), 0, high)
        if last is not None:
            low = max(low, high - last)
        return self.owned[low:high]

    def _assign(self, index: int, entity: _Entity, method: str) -> None:
        """Make ``entity`` the speaker of candidate ``index``, found by ``method``."""
        self.speaker_entity[index] = entity
        self.speaking.add(id(entity))
        self.methods[index] = method
        mention = self.candidates[index].mention
        if mention:
            _insort(self.spoken, (mention[0], len(self.spoken), index))

    def _find_named(self, reading: _Reading) -> _Entity | None:
        """The most recent entity this name continues: same name, acronym, surname or first name."""
        name = reading.name or ""
        parts = name.split()
        keys = [("name", name), ("word", name)]
        if len(parts) > 1:
            keys.append(("word", parts[-1]))  # a one-word name is its own last word
        agrees = [
            e
            for e in self._by_recency(reading.start, keys)
            if e.kind is not SpeakerKind.UNNAMED
            and not (reading.kind is SpeakerKind.ORGANIZATION and e.kind is SpeakerKind.PERSON)
            and not (reading.kind is SpeakerKind.PERSON and e.kind is SpeakerKind.ORGANIZATION)
            and _genders_agree(reading.gender, e.effective_gender())
        ]
        for entity in agrees:
            if name in entity.names or name == entity.acronym:
                return entity
        if reading.form == "acronym":
            return next((e for e in agrees if _name_initials(e.canonical_name() or "") == name), None)
        if len(parts) == 1:
            for entity in agrees:
                full = (entity.canonical_name() or "").split()
                if entity.kind is not SpeakerKind.ORGANIZATION and len(full) > 1 and name in (full[-1], full[0]):
                    return entity
            return None
        for entity in agrees:
            words = (entity.canonical_name() or "").split()
            if entity.kind is SpeakerKind.ORGANIZATION or not words:
                continue
            if words[-1] == parts[-1] and (len(words) == 1 or words[0] == parts[0]):
                return entity
        return None

    def _find_described(self, reading: _Reading) -> _Entity | None:
        """The most recent entity a definite description fits: same title (and place), or org type."""
        keys = [("title", title) for title in reading.titles]
        keys += [("org", reading.org_type)] if reading.org_type else []
        for entity in self._by_recency(reading.start, keys):
            if entity.kind is SpeakerKind.UNNAMED:
                continue
            if reading.places and entity.places and not reading.places & entity.places:
                continue
            if reading.titles and set(reading.titles) & entity.titles and entity.kind is reading.kind:
                return entity
            if reading.org_type and entity.kind is SpeakerKind.ORGANIZATION and reading.org_type == entity.org_type:
                return entity
        return None

    # ----------------------------------------------------------------- pass 3: pronouns

    def vote_genders(self) -> None:
        """Count he/she in the same or next sentence after each person mention, before any other name."""
        owned = self.owned  # the mentions in text order
        starts = [start for start, _ in owned]
        if self.in_fast_range:  # in text order: on a tie the first gender counted wins
            found = sorted(
                (m.start(), m.group()) for pattern in _FAST_GENDERED_PRONOUNS for m in pattern.finditer(self.text)
            )
        else:
            found = [(m.start(), m.group()) for m in _GENDERED_PRONOUN.finditer(self.text)]
        for at, pronoun in found:
            k = bisect.bisect_right(starts, at) - 1
            if k < 0:
                continue
            start, end = owned[k]
            entity = self.owner[owned[k]]
            if entity.kind not in (SpeakerKind.PERSON, SpeakerKind.UNKNOWN) or at < end:
                continue  # "his" in "his lady" is not hers
            if self._sentence_index(at) - self._sentence_index(start) <= 1:
                gender = self.lex.pronouns[pronoun.lower()][0]
                entity.gender_votes[gender] = entity.gender_votes.get(gender, 0) + 1

    def _sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def _paragraph_index(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def _fits_pronoun(self, entity: _Entity, reading: _Reading) -> bool:
        if entity.names and all(self.lex.pronouns.get(name.lower(), ("", "", ""))[2] == "1" for name in entity.names):
            return False  # "he" or "they" is never the narrator "I"
        if reading.gender in ("m", "f"):
            return (
                entity.kind in (SpeakerKind.PERSON, SpeakerKind.UNNAMED, SpeakerKind.UNKNOWN)
                and _genders_agree(reading.gender, entity.effective_gender())
                and entity.number == "sg"
                and (entity.kind is not SpeakerKind.UNKNOWN or self._plausible_person(entity))
            )
        if reading.gender == "n":
            return entity.kind is SpeakerKind.ORGANIZATION
        if reading.number == "pl":
            return entity.kind in (SpeakerKind.GROUP, SpeakerKind.ORGANIZATION) or entity.number == "pl"
        return False

    def _plausible_person(self, entity: _Entity) -> bool:
        """An entity of unknown kind may be "he" or "she" when it is a capitalised name, unless all we have is a
        lone word that opens its sentence ("Prices fell."), which may as well be a common noun."""
        name = entity.names[0] if entity.names else ""
        if self.fiction and id(entity) in self.speaking:
            return True  # fiction's speakers are people, however they are described ("the parson")
        if not name[:1].isupper():
            return False
        if id(entity) in self.speaking or " " in name or name in self.lex.first_names:
            return True
        if self.fiction and all(
            _PLACE_PREPOSITION.search(self.text, max(0, start - 8), start) for start, _ in entity.mentions[:5]
        ):
            return False  # "She came from Devonshire": a place
        return not all(self._at_sentence_start(start) for start, _ in entity.mentions)

    def resolve_pronoun(self, index: int, reading: _Reading) -> None:
        """Give a pronoun mention the entity it most likely stands for, or a new one of its own."""
        lower = self.text[reading.start : reading.end].lower()
        shared = self.owner.get((reading.start, reading.end))
        if shared is not None:
            # '"At first ...," said he. "However, ..."': one tag for two pieces, so one speaker for both
            own = shared.names == ["I" if lower == "i" else lower]
            self._assign(index, shared, "pattern" if own else "coref:pronoun")
            return
        entity = self._from_coref_chain(reading) or (
            self._pronoun_antecedent(index, reading) if self.lex.pronouns[lower][2] == "3" else None
        )
        own_name = "I" if lower == "i" else lower
        if entity is None and self.lex.pronouns[lower][2] == "1":
            entity = max(
                (e for e in self.lookup.get(("name", own_name), ()) if e.names == [own_name]), key=_stamp, default=None
            )
        if entity is None:
            kind = SpeakerKind.PERSON if reading.gender in ("m", "f") or lower == "i" else SpeakerKind.UNKNOWN
            entity = _Entity(kind=kind, number=reading.number, gender=reading.gender)
            entity.add_name(own_name)
            self.oldest -= 1
            entity.stamp = self.oldest
            self._index(entity)
            method = "pattern"
        else:
            method = "coref:pronoun"
        entity.add_mention((reading.start, reading.end))
        self._own((reading.start, reading.end), entity)
        self._assign(index, entity, method)

    def _pronoun_antecedent(self, index: int, reading: _Reading) -> _Entity | None:
        """Prefer the subject of this or the previous sentence, then the previous speaker, then recency."""
        here = self._sentence_index(reading.start)
        floor = (
            self.paragraph_starts[max(0, self._paragraph_index(reading.start) - _PRONOUN_REACH)]
            if self.paragraph_starts
            else 0
        )
        # the nearest mentions suffice, and a bound keeps time linear in a paragraph of thousands of sentences
        nearby = self._owned_between(floor, reading.start, last=_PRONOUN_CANDIDATES)
        owned = [(extent, self.owner[extent]) for extent in nearby if not self._in_quote(extent[0])]
        # the first mention of this sentence and of the one before, most often their subjects: walking back
        # from the latest mention, the earliest of a sentence is seen last
        first_of: dict[int, _Entity] = {}
        for extent, entity in reversed(owned):
            sentence = self._sentence_index(extent[0])
            if sentence < here - 1:
                break
            first_of[sentence] = entity
        choices: list[_Entity] = []
        if self.fiction:
            choices += self._called_by_previous_line(index)
        choices += [first_of[here]] if here in first_of else []
        choices += [first_of[here - 1]] if here - 1 in first_of else []
        previous = self._previous_speaker(index, reading.start, self._dialogue_floor(reading.start))
        if previous is not None:
            choices.append(previous)
        choices += [entity for _, entity in reversed(owned)]
        return next((e for e in choices if self._fits_pronoun(e, reading)), None)

    def _called_by_previous_line(self, index: int) -> list[_Entity]:
        """Fiction: the person the line before candidate ``index`` called by name ("..., Pa'son Tringham?"),
        who is the one to answer it: '"At first I resolved ...," said he.'"""
        start = self.candidates[index].start
        k = bisect.bisect_left(self.candidate_starts, (start, -1)) - 1
        if k < 0:
            return []
        previous = self.candidate_starts[k][1]
        paragraph = self._paragraph_index(start)
        if not 0 < paragraph - self._paragraph_index(self.candidates[previous].start) <= _CARRY_REACH:
            return []
        speaker = self.speaker_entity.get(previous)
        called = self._addressed(previous, speaker) if speaker is not None else None
        return [called] if called is not None else []

    def _dialogue_floor(self, offset: int) -> int:
        """Fiction: where the dialogue around ``offset`` may begin, so that a speaker of an earlier scene
        is no antecedent; in news any earlier speaker may be."""
        if not self.fiction:
            return 0
        return self.paragraph_starts[max(0, self._paragraph_index(offset) - _CARRY_REACH)]

    def _previous_speaker(self, index: int, before: int, floor: int = 0) -> _Entity | None:
        """The speaker of the attribution whose mention starts last before ``before`` and not before
        ``floor`` (the earliest attributed, on a tie)."""
        best: tuple[int, int] | None = None
        k = bisect.bisect_left(self.spoken, (before,))
        while k > 0:
            k -= 1
            start, _, other = self.spoken[k]
            if start < floor or (best is not None and start < best[0]):
                break
            if other != index:
                best = (start, other)
        return self.speaker_entity[best[1]] if best else None

    def _in_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quoted, (offset, len(self.text) + 1)) - 1
        return k >= 0 and self.quoted[k][0] <= offset < self.quoted[k][1]

    def _from_coref_chain(self, reading: _Reading) -> _Entity | None:
        """When the backend gives coreference, take the entity of an earlier linked mention on the chain."""
        for chain in self.doc.coref_chains:
            if not any(s < reading.end and reading.start < e for s, e in chain):
                continue
            for extent in sorted(chain, reverse=True):
                if extent[0] >= reading.start:
                    continue
                entity = next((ent for (s, e), ent in self.owner.items() if s < extent[1] and extent[0] < e), None)
                if entity is not None:
                    return entity
        return None

    # ----------------------------------------------------------------- pass 4: quotes with no mention

    def carry_over(self) -> None:
        """Give each quote without a mention the speaker its context implies.

        In the same paragraph as an attributed quote it is that quote's speaker; next, a person the
        narration names in its paragraph or the quote-free paragraph before it. Otherwise the dialogue
        decides: in news `_continue_turns`, in fiction `_alternate_turns`.
        """
        # a construction that names no one ("seems to", "reportedly") gets no speaker from its neighbours
        order = sorted(
            (i for i, candidate in enumerate(self.candidates) if not candidate.sourceless),
            key=lambda i: self.candidates[i].start,
        )
        attributed: dict[int, list[int]] = {}  # paragraph -> candidates with a mention and a speaker
        for i in self.speaker_entity:
            if self.candidates[i].mention is not None:
                attributed.setdefault(self._paragraph_index(self.candidates[i].start), []).append(i)
        unresolved = []
        narrated: list[int] = []  # quotes whose speaker is the person the narration before them names
        people: dict[int, list[Extent]] = {}  # paragraph -> its people named outside quotes, found once
        for i in order:
            if i in self.speaker_entity or self.candidates[i].mention is not None:
                continue
            paragraph = self._paragraph_index(self.candidates[i].start)
            entity = self._same_paragraph_speaker(i, attributed.get(paragraph, []))
            if entity is None:
                entity = self._narrative_subject(paragraph, self.candidates[i], people)
                if entity is not None:
                    narrated.append(i)
            if entity is None:
                unresolved.append(i)
            else:
                self._assign(i, entity, "carry-over")
        if self.fiction:
            self._answer_the_caller(narrated)
            self._name_by_statements()
            self._name_descriptions_by_turns(order)
            self._alternate_turns(order, set(unresolved))
            self._name_spouses(order)
            self._name_parents(order)
            self._name_by_introductions(order)
            self._name_by_vocatives(order)
        else:
            self._continue_turns(order, set(unresolved))

    def _answer_the_caller(self, narrated: list[int]) -> None:
        """Fiction: a line given to the person the narration names is the other voice's when the tagged line
        next to it is that same person's and calls someone by name: '"You naughty boy!" / "Hulloa, Emma!" he
        said.' -- the boy's line answers Emma, so the line before it is hers."""
        for i in narrated:
            speaker = self.speaker_entity[i]
            paragraph = self._paragraph_index(self.candidates[i].start)
            k = bisect.bisect_left(self.candidate_starts, (self.candidates[i].start, -1))
            for j in (k - 1, k + 1):
                if not 0 <= j < len(self.candidate_starts):
                    continue
                other = self.candidate_starts[j][1]
                if abs(self._paragraph_index(self.candidates[other].start) - paragraph) != 1:
                    continue
                if self.speaker_entity.get(other) is not speaker or self.candidates[other].mention is None:
                    continue
                called = self._addressed(other, speaker)
                if called is not None and called is not self._addressed(i, None):
                    self._assign(i, called, "carry-over")
                    break

    def _continue_turns(self, order: list[int], unresolved: set[int]) -> None:
        """News: when the last two quoted paragraphs have different speakers the dialogue alternates and it
        is the speaker before last (an interview); else the last speaker goes on. On LitBank dev,
        turn-taking beat "always the last speaker"."""
        turns: list[tuple[int, _Entity]] = []  # (paragraph, speaker) of each quote so far, in order
        for i in order:
            paragraph = self._paragraph_index(self.candidates[i].start)
            if i in unresolved:
                entity = self._turn_taking(turns, paragraph)
                if entity is None:
                    continue
                self._assign(i, entity, "carry-over")
            if i in self.speaker_entity:
                turns.append((paragraph, self.speaker_entity[i]))

    def _turn_taking(self, turns: list[tuple[int, _Entity]], paragraph: int) -> _Entity | None:
        if not turns or paragraph - turns[-1][0] > _CARRY_REACH:
            return None
        last_paragraph, last = turns[-1]
        if last_paragraph == paragraph:
            return last
        earlier = [(p, e) for p, e in turns if p != last_paragraph]
        if earlier:
            before_paragraph, before = earlier[-1]
            if before is not last and last_paragraph - before_paragraph <= _CARRY_REACH:
                return before
        return last

    def _alternate_turns(self, order: list[int], unresolved: set[int]) -> None:
        """Fiction: each quoted paragraph of a dialogue is a new turn, so two voices alternate.

        An unattributed paragraph takes its phase from the nearest paragraph whose speaker is known, before
        or after it, and one with no narration paragraph between when there is one: an even number of turns
        away it is that speaker, an odd number the other voice (the other of two speakers known on either side
        whom alternation explains, else whom that speaker addresses, else the nearest different speaker of the
        dialogue). Guesses are never anchors, so one wrong attribution shifts the
        phase only up to the next known speaker.
        """
        paragraph_of = {i: self._paragraph_index(self.candidates[i].start) for i in order}
        known: dict[int, tuple[_Entity, int]] = {}  # paragraph -> (speaker, candidate) of its first known quote
        line: dict[int, int] = {}  # paragraph -> its first quote
        last_line: dict[int, int] = {}  # paragraph -> its last quote, the one next to the turn after it
        for i in order:
            line.setdefault(paragraph_of[i], i)
            last_line[paragraph_of[i]] = i
            if i not in unresolved and i in self.speaker_entity:
                known.setdefault(paragraph_of[i], (self.speaker_entity[i], i))
        guesses: dict[int, _Entity] = {}
        for dialogue in self._dialogues(sorted(line)):
            anchors = [k for k, paragraph in enumerate(dialogue) if paragraph in known]
            runs = list(itertools.accumulate(int(k > 0 and p - dialogue[k - 1] > 1) for k, p in enumerate(dialogue)))
            for k, paragraph in enumerate(dialogue):
                if paragraph in known:
                    continue
                previous = known.get(dialogue[k - 1]) if k else None
                addressed = self._called_before(dialogue[k - 1], line, last_line, previous) if k else None
                if addressed is not None and addressed is not self._addressed(line[paragraph], None):
                    guesses[paragraph] = addressed  # the line before spoke to this speaker by name
                    continue
                answered = self._answered_by_next(dialogue, k, line, known)
                if answered is not None and answered is not self._addressed(line[paragraph], None):
                    guesses[paragraph] = answered  # the line after answers this speaker by name
                    continue
                if not anchors:
                    continue
                nearest = _nearest_in_run(anchors, k, runs)
                speaker, spoken = known[dialogue[nearest]]
                other = (
                    self._bracketing_voice(anchors, k, nearest, dialogue, known)
                    or self._addressed(spoken, speaker)
                    or self._other_voice(anchors, nearest, dialogue, known, speaker)
                )
                guess, alternative = (speaker, other) if (k - nearest) % 2 == 0 else (other or speaker, speaker)
                if alternative is not None and guess is self._addressed(line[paragraph], None):
                    guess = alternative  # a line that calls a person by name is not that person's
                guesses[paragraph] = guess
        for i in order:
            if i in unresolved and paragraph_of[i] in guesses:
                self._assign(i, guesses[paragraph_of[i]], "carry-over")

    def _other_voice(
        self,
        anchors: list[int],
        nearest: int,
        dialogue: list[int],
        known: dict[int, tuple[_Entity, int]],
        speaker: _Entity,
    ) -> _Entity | None:
        """The nearest different known speaker of the dialogue, unless only a description ("the lath-like
        stripling") is known and ``speaker`` calls someone by name elsewhere: the description may be that
        person, whose name the reader has been given."""
        different = next(
            (
                known[dialogue[a]][0]
                for a in _outward(anchors, nearest, _OTHER_VOICE_REACH)
                if known[dialogue[a]][0] is not speaker
            ),
            None,
        )
        if different is not None and self._is_named_person(different):
            return different
        return self._addressed_elsewhere(anchors, nearest, dialogue, known, speaker) or different

    def _addressed_elsewhere(
        self,
        anchors: list[int],
        nearest: int,
        dialogue: list[int],
        known: dict[int, tuple[_Entity, int]],
        speaker: _Entity,
    ) -> _Entity | None:
        """Whom another known line of ``speaker`` in the dialogue calls by name, the nearest first: the one
        that speaker talks with ("I can tell you nothing, Aunt Juley." ... "But Margaret dear--")."""
        for a in _outward(anchors, nearest, _OTHER_VOICE_REACH):
            voice, spoken = known[dialogue[a]]
            if voice is speaker:
                called = self._addressed(spoken, speaker)
                if called is not None:
                    return called
        return None

    @staticmethod
    def _bracketing_voice(
        anchors: list[int], k: int, nearest: int, dialogue: list[int], known: dict[int, tuple[_Entity, int]]
    ) -> _Entity | None:
        """The other of two different speakers known just before and just after turn ``k`` an odd number of
        turns apart, which two voices alternating between them explains; in a scene of three or more voices
        the nearest other speaker elsewhere may be neither of them."""
        i = bisect.bisect_left(anchors, k)
        if i == 0 or i == len(anchors) or (anchors[i] - anchors[i - 1]) % 2 == 0:
            return None
        first, second = known[dialogue[anchors[i - 1]]][0], known[dialogue[anchors[i]]][0]
        if first is second or nearest not in (anchors[i - 1], anchors[i]) or not _two_voices(first, second):
            return None
        return second if nearest == anchors[i - 1] else first

    def _called_before(
        self, paragraph: int, line: dict[int, int], last_line: dict[int, int], known: tuple[_Entity, int] | None
    ) -> _Entity | None:
        """Whom the quoted ``paragraph`` calls by name, in its last quote, else its first: '"I do not cough,"
        replied Kitty. "When is your next ball to be, Lizzy?"' hands the next turn to Lizzy."""
        speaker = known[0] if known else None
        called = self._addressed(last_line[paragraph], speaker) if last_line[paragraph] != line[paragraph] else None
        return called or self._addressed(line[paragraph], speaker)

    def _name_by_statements(self) -> None:
        """Fiction: narration that gives a described person's name ("The officer, whose name was Blakeney,";
        "An old man sat there. His name was Pontifex.") makes the description and the name one person.

        "whose" names the mention just before it; "his"/"her" the latest person of that gender named or
        described outside quotes before it. Only a person with no proper name yet takes the name.
        """
        merged: dict[int, _Entity] = {}
        for statement in _NAME_STATEMENT.finditer(self.text):
            if self._in_quote(statement.start()):
                continue
            named = next(iter(self._owned_between(statement.end(), statement.end() + 1)), None)
            if named is None:
                continue
            name = self.owner[named]
            if statement.group("whose"):
                before = self._owned_between(max(0, statement.start() - _WHOSE_REACH), statement.start(), last=1)
                described = self.owner[before[0]] if before and before[0][1] >= statement.start() - 1 else None
            else:
                gender = "m" if statement.group("owner").lower() == "his" else "f"
                described = self._latest_person(statement.start(), gender, described=True)
            if (
                described is None
                or described is name
                or id(described) in merged
                or self._is_named_person(described)
                or not self._is_named_person(name)
                or not _genders_agree(described.effective_gender(), name.effective_gender())
            ):
                continue
            merged[id(described)] = name
            name.join(described)
            for extent in described.mentions:
                if self.owner.get(extent) is described:
                    self.owner[extent] = name
        self._replace(merged)

    def _name_descriptions_by_turns(self, order: list[int]) -> None:
        """Fiction: a speaker tagged by a definite description ("said the man with the basket") is the named
        speaker tagged an even number of turns away when one other voice takes every turn between.

        A story often tags a character by description before it names him ("said Durbeyfield" a dozen turns
        on); when the tagged lines between keep to two voices, the description and the name hold the same
        one. A third voice in between, or either of the two on the other voice's turn, breaks the chain; a
        name the story used before the description is someone the description would have named.
        """
        tagged: dict[int, _Entity] = {}  # paragraph -> the speaker of its first line with a mention
        quoted: set[int] = set()
        for i in order:
            paragraph = self._paragraph_index(self.candidates[i].start)
            quoted.add(paragraph)
            if i in self.speaker_entity and self.candidates[i].mention is not None:
                tagged.setdefault(paragraph, self.speaker_entity[i])
        merged: dict[int, _Entity] = {}
        for dialogue in self._dialogues(sorted(quoted)):
            turns = [(k, tagged[p]) for k, p in enumerate(dialogue) if p in tagged]
            for n, (_, tagged_first) in enumerate(turns):
                first = merged.get(id(tagged_first), tagged_first)
                second = self._same_voice_later(turns, n, first, merged)
                if second is None or id(second) in merged:
                    continue
                described, named = (first, second) if self._is_description(first) else (second, first)
                if (
                    self._is_description(described)
                    and self._is_named_person(named)
                    and named.mentions[0] > described.mentions[0]  # described until the story names him
                ):
                    merged[id(described)] = named
                    named.join(described)
        self._replace(merged)

    def _same_voice_later(
        self, turns: list[tuple[int, _Entity]], n: int, voice: _Entity, merged: dict[int, _Entity]
    ) -> _Entity | None:
        """The first other speaker tagged on ``voice``'s turns after tagged turn ``n``, when a single other
        voice was tagged on every turn between and ``voice`` on none of them; None when the chain breaks."""
        start = turns[n][0]
        other: _Entity | None = None
        for seen, (k, tagged_speaker) in enumerate(itertools.islice(turns, n + 1, n + 1 + _OTHER_VOICE_REACH)):
            speaker = merged.get(id(tagged_speaker), tagged_speaker)
            own_turn = (k - start) % 2 == 0
            if speaker is voice:
                if not own_turn:
                    return None
                continue
            if not own_turn:
                if other is not None and speaker is not other:
                    return None
                other = speaker
                continue
            if (
                other is None
                or speaker is other
                or seen < _TURNS_SHOWING_TWO_VOICES
                or not _genders_agree(speaker.effective_gender(), voice.effective_gender())
            ):
                return None
            return speaker
        return None

    @staticmethod
    def _is_description(entity: _Entity) -> bool:
        """True for a person known only by a definite description with a person noun ("the man", "her
        mother"), not by a name or a phrase that names no person ("his own")."""
        names = entity.names
        return (
            bool(names)
            and (bool(entity.titles) or names[0].split()[-1].lower() in _PERSON_NOUNS)
            and all(name.split()[0].lower() in _DEFINITE_DESCRIBERS and " " in name for name in names)
        )

    @staticmethod
    def _is_named_person(entity: _Entity) -> bool:
        """True for a speaker with a proper name ("Durbeyfield"), not a description opening a sentence."""
        name = entity.canonical_name() or ""
        return (
            entity.kind in (SpeakerKind.PERSON, SpeakerKind.UNKNOWN)
            and _is_proper(name)
            and name.split()[0].lower() not in _DEFINITE_DESCRIBERS
            and name.split()[0].lower() not in _INDEFINITE
        )

    def _name_by_vocatives(self, order: list[int]) -> None:
        """Fiction: a speaker known only as "I" or "he" is the person the other voice calls by name.

        In a dialogue a vocative ("No, my dear Watson, ...") addresses the speaker of the line before or
        after it, so when most such vocatives name one person, the two are one entity; never a person whose
        tagged line is next to one of the nameless speaker's, who is someone else. A described speaker ("her
        mother") is left alone: the description already says who it is, and lines call others by name too.
        """
        line: dict[int, int] = {}  # paragraph -> its first quote with a speaker
        for i in order:
            if i in self.speaker_entity:
                line.setdefault(self._paragraph_index(self.candidates[i].start), i)
        votes: dict[_Entity, Counter[_Entity]] = {}
        neighbours: set[tuple[int, int]] = set()  # id() pairs of speakers of adjacent tagged lines
        for dialogue in self._dialogues(sorted(line)):
            for a, b in itertools.pairwise(dialogue):
                first, second = self.speaker_entity[line[a]], self.speaker_entity[line[b]]
                if self.methods[line[a]] != "carry-over" and self.methods[line[b]] != "carry-over":
                    neighbours.update(((id(first), id(second)), (id(second), id(first))))
                for spoken, speaker, other in ((line[a], first, second), (line[b], second, first)):
                    if other is speaker or not self._only_pronouns(other):
                        continue
                    named = self._addressed(spoken, speaker)
                    if named is not None and named is not other:
                        votes.setdefault(other, Counter())[named] += 1
        merged: dict[int, _Entity] = {}  # id() of a named entity -> the nameless one it joins
        best = [(counts.most_common(1)[0], nameless, counts) for nameless, counts in votes.items()]
        best.sort(key=lambda choice: -choice[0][1])  # the best attested names first
        for (named, count), nameless, counts in best:
            if (
                count >= _VOCATIVE_VOTES
                and count * 2 > sum(counts.values())
                and id(named) not in merged
                and (id(named), id(nameless)) not in neighbours
                and _genders_agree(named.effective_gender(), nameless.effective_gender())
            ):
                merged[id(named)] = nameless
                nameless.join(named)
        self._replace(merged)

    def _only_pronouns(self, entity: _Entity) -> bool:
        """True for an entity known by pronouns alone ("I", "he"), which a vocative may name; a description
        ("her mother") says who the speaker is, and a line may call its addressee anything."""
        return all(name.lower() in self.lex.pronouns for name in entity.names)

    def _name_spouses(self, order: list[int]) -> None:
        """Fiction: "said his wife" is Mrs. Bennet when "his" is Mr. Bennet and the story names a Mrs. Bennet.

        The possessor is the person the line addresses ('"My dear Mr. Bennet," said his lady'), else the
        latest person of that gender named in the narration before the tag.
        """
        merged: dict[int, _Entity] = {}
        for i in order:
            speaker, mention = self.speaker_entity.get(i), self.candidates[i].mention
            if speaker is None or mention is None or _is_proper(speaker.canonical_name() or ""):
                continue
            spouse = _SPOUSES.get(tuple(self._words_of_tag(mention)))
            if spouse is None:
                continue
            owner_gender, married = spouse
            owner = self._addressed(i, speaker)
            if owner is None or owner.effective_gender() != owner_gender:
                owner = self._latest_person(mention[0], owner_gender)
            match = self._married_name(owner, married) if owner is not None else None
            if match is not None and match is not speaker and id(speaker) not in merged:
                merged[id(speaker)] = match
                match.join(speaker)
        self._replace(merged)

    def _name_parents(self, order: list[int]) -> None:
        """Fiction: "said her mother" is Mrs. Bennet when Mrs. Bennet speaks in the same dialogue and the story
        names a Mr. Bennet too: a family scene's mother and father are the couple of the family's name.

        Only when one such person of the parent's gender speaks in the dialogue; "my mother" is left alone,
        since a narrator's family need not be the couple the story names.
        """
        line_of: dict[int, list[int]] = {}  # paragraph -> its quotes that have a speaker
        for i in order:
            if i in self.speaker_entity:
                line_of.setdefault(self._paragraph_index(self.candidates[i].start), []).append(i)
        merged: dict[int, _Entity] = {}
        for dialogue in self._dialogues(sorted(line_of)):
            lines = [i for paragraph in dialogue for i in line_of[paragraph]]
            voices = {id(self.speaker_entity[i]): self.speaker_entity[i] for i in lines}
            parents_of: dict[tuple[str, ...], list[_Entity]] = {}  # looked for once a dialogue, not once a line
            for i in lines:
                speaker, mention = self.speaker_entity[i], self.candidates[i].mention
                if mention is None or id(speaker) in merged or _is_proper(speaker.canonical_name() or ""):
                    continue
                honorifics = _PARENTS.get(tuple(self._words_of_tag(mention)))
                if honorifics is None:
                    continue
                if honorifics not in parents_of:
                    parents_of[honorifics] = [v for v in voices.values() if self._is_parent(v, honorifics)]
                parents = parents_of[honorifics]
                if len(parents) == 1:
                    merged[id(speaker)] = parents[0]
                    parents[0].join(speaker)
        self._replace(merged)

    def _words_of_tag(self, mention: Extent) -> list[str]:
        """A tag's speaker phrase, lowercase, without the manner words after it ("her mother resentfully")."""
        words = self.text[mention[0] : mention[1]].lower().split()
        while words and _manner_adverb(words[-1]):
            words.pop()
        return words

    def _is_parent(self, entity: _Entity, honorifics: tuple[str, ...]) -> bool:
        """True for "Mrs. Bennet" (``honorifics`` ("Mrs", ...)) when the story also has a "Mr. Bennet"; not
        for one who also has a first name ("Katharine Hilbery"), who may be a daughter the surname mixed up."""
        name = entity.canonical_name() or ""
        titled = (alias.split()[0].rstrip(".") in honorifics for alias in entity.aliases if " " in alias)
        if entity.first is not None or not any(titled):
            return False
        partner = _HUSBAND_HONORIFICS if "Mrs" in honorifics else _WIFE_HONORIFICS
        return bool(name) and self._married_name(entity, partner) is not None

    def _latest_person(self, before: int, gender: str, described: bool = False) -> _Entity | None:
        """The person of ``gender`` named last outside quotes in the few paragraphs before ``before``; with
        ``described``, also one known by a description ("the old man")."""
        floor = self.paragraph_starts[max(0, self._paragraph_index(before) - _PRONOUN_REACH)]
        for extent in reversed(self._owned_between(floor, before, last=_PRONOUN_CANDIDATES)):
            entity = self.owner[extent]
            if self._in_quote(extent[0]) or entity.gender != gender:
                continue
            if entity.kind is SpeakerKind.PERSON or (described and self._is_description(entity)):
                return entity
        return None

    def _married_name(self, owner: _Entity, honorifics: tuple[str, ...]) -> _Entity | None:
        """The person the story calls "Mrs. <owner's surname>" (or "Mr. ..."), if there is one."""
        surname = owner.surname
        if not surname:
            return None
        for entity in sorted(self.lookup.get(("word", surname), ()), key=_stamp, reverse=True):  # most recent
            if entity is not owner and any(
                alias.split()[0].rstrip(".") in honorifics and alias.split()[-1] == surname for alias in entity.aliases
            ):
                return entity
        return None

    def _name_by_introductions(self, order: list[int]) -> None:
        """Fiction: a nameless speaker who says who they are ("I am Parson Tringham, the antiquary") is that
        person: the first introduction of each nameless speaker names them."""
        merged: dict[int, _Entity] = {}
        named: set[int] = set()
        for i in order:
            speaker = self.speaker_entity.get(i)
            if speaker is None or id(speaker) in named or _is_proper(speaker.canonical_name() or ""):
                continue
            for entity in self._introduced(self.candidates[i].segments):
                if (
                    entity is not speaker
                    and id(entity) not in merged
                    and entity.kind in (SpeakerKind.PERSON, SpeakerKind.UNKNOWN)
                    and _genders_agree(entity.effective_gender(), speaker.effective_gender())
                ):
                    merged[id(entity)] = speaker
                    named.add(id(speaker))
                    speaker.join(entity)
                    break
        self._replace(merged)

    def _introduced(self, segments: Iterable[Extent]) -> Iterator[_Entity]:
        """The entities of the names a line's pieces introduce ("I am Parson Tringham"), in order."""
        for start, end in segments:
            for intro in _INTRODUCTION.finditer(self.text, start, end):
                for extent in self._owned_between(intro.end(), intro.end() + 1):
                    if not _POSSESSIVE.match(self.text, extent[1]):  # "I am Tom's brother": someone else
                        yield self.owner[extent]

    def _replace(self, merged: dict[int, _Entity]) -> None:
        """Make the entity each ``merged`` id() maps to the speaker wherever the merged entity was."""
        if merged:
            for i, entity in self.speaker_entity.items():
                self.speaker_entity[i] = merged.get(id(entity), entity)

    def _answered_by_next(
        self, dialogue: list[int], k: int, line: dict[int, int], known: dict[int, tuple[_Entity, int]]
    ) -> _Entity | None:
        """Whom the line after turn ``k`` calls by name: in a dialogue, the speaker of turn ``k``."""
        if k + 1 >= len(dialogue):
            return None
        following = known.get(dialogue[k + 1])
        return self._addressed(line[dialogue[k + 1]], following[0] if following else None)

    @staticmethod
    def _dialogues(paragraphs: list[int]) -> Iterator[list[int]]:
        """The quoted ``paragraphs`` (sorted) cut into dialogues where more than `_CARRY_REACH` apart."""
        run: list[int] = []
        for paragraph in paragraphs:
            if run and paragraph - run[-1] > _CARRY_REACH:
                yield run
                run = []
            run.append(paragraph)
        if run:
            yield run

    def _addressed(self, index: int, speaker: _Entity | None) -> _Entity | None:
        """Whom quote ``index`` speaks to: its addressee, else a person named at an edge of one of its
        pieces or set off by commas (a vocative: "No, thank you, Durbeyfield.")."""
        candidate = self.candidates[index]
        if candidate.addressee is not None:
            entity = self._person_at(*candidate.addressee)
            if entity is not None and entity is not speaker:
                return entity
        for start, end in candidate.segments:
            for extent in self._owned_between(start, end):
                entity = self.owner[extent]
                if entity is speaker or not self._may_be_addressed(entity):
                    continue
                before = self.text[start : extent[0]].rstrip()
                title = before.rsplit(None, 1)[-1] if before else ""
                if title.lower() in self.lex.honorifics or title.lower() in self.lex.titles:
                    before = before[: -len(title)].rstrip()  # "Mr. Bennet, ...": the honorific is part of it
                before = _ENDEARMENT.sub("", before).rstrip()  # "My dear Mr. Bennet, ...": a vocative too
                after = self.text[extent[1] : end].lstrip()
                if len(candidate.segments) == 1 and not self.text[start : extent[0]].strip() and not after.strip(".?;"):
                    continue  # a line that is only a name may answer a question ("Bingley."), unless called out
                if _inside_inner_quote(before):
                    continue  # "you made reply 'Good night, Sir John'": words quoted within the line
                if (not before or before[-1] == ",") and (not after or after[0] in ",.!?;"):
                    return entity
        return None

    def _may_be_addressed(self, entity: _Entity) -> bool:
        """A person, or a name of no known kind that is a first name or comes up more than once ("Aunt
        Juley"), not a capitalised word that merely opens a line ("Never," she replied)."""
        if entity.kind is SpeakerKind.PERSON:
            return True
        if entity.kind is not SpeakerKind.UNKNOWN or not entity.names:
            return False
        if entity.names[0].lower() in self._lowercase_words():
            return False  # "Nonsense, nonsense!": a word the text also writes in lower case is no name
        return len(entity.mentions) > 1 or entity.names[0].split()[0] in self.lex.first_names

    def _lowercase_words(self) -> set[str]:
        """The words the text writes in lower case, found once per text when first asked for."""
        if self.lowercase is None:
            self.lowercase = set(_LOWERCASE_WORD.findall(self.text))
        return self.lowercase

    def _person_at(self, start: int, end: int) -> _Entity | None:
        for extent in self._owned_between(start, end):
            if self.owner[extent].kind in (SpeakerKind.PERSON, SpeakerKind.UNNAMED):
                return self.owner[extent]
        return None

    def _same_paragraph_speaker(self, index: int, attributed: list[int]) -> _Entity | None:
        """The speaker of the nearest of ``attributed`` (the paragraph's attributed candidates, in the order
        they were attributed) to candidate ``index``."""
        nearest: tuple[int, _Entity] | None = None
        start = self.candidates[index].start
        for other in attributed:
            distance = abs(self.candidates[other].start - start)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, self.speaker_entity[other])
        return nearest[1] if nearest else None

    def _narrative_subject(
        self, paragraph: int, candidate: QuoteCandidate, people: dict[int, list[Extent]]
    ) -> _Entity | None:
        """The first person named outside quotes in this paragraph or in a quote-free paragraph just before, and
        outside ``candidate``'s own content: a name inside what is reported is its topic ("There were reports
        suggesting Lee knew"), not who reports it.

        Fiction introduces the next speaker in narration ("The pedestrian halted, and turned round.").
        ``people`` caches each paragraph's eligible names, so many speakerless quotes in one paragraph of many
        quoted names ("chants of "Lee!" and ...") cost one scan of it, not one each.
        """
        for p in (paragraph, paragraph - 1):
            if p < 0:
                return None
            start = self.paragraph_starts[p]
            end = self.paragraph_starts[p + 1] if p + 1 < len(self.paragraph_starts) else len(self.text)
            k = bisect.bisect_left(self.quoted, (start,))  # the first quoted piece starting at or after start
            if p != paragraph and k < len(self.quoted) and self.quoted[k][0] < end:
                return None
            named = people.get(p)
            if named is None:
                named = people[p] = [
                    extent
                    for extent in self._owned_between(start, end)
                    if not self._in_quote(extent[0])
                    and self.owner[extent].kind in (SpeakerKind.PERSON, SpeakerKind.UNNAMED)
                ]
            if named and not candidate.start <= named[0][0] < candidate.end:
                return self.owner[named[0]]
            # the first one past the candidate's own content (those inside it are contiguous)
            j = bisect.bisect_left(named, (candidate.end,))
            if j < len(named):
                return self.owner[named[j]]
        return None

    # ----------------------------------------------------------------- output

    def build_speakers(self) -> tuple[list[Speaker], dict[int, Speaker], dict[int, str]]:
        speaking = {id(e): e for e in self.speaker_entity.values()}
        ordered = sorted(speaking.values(), key=lambda e: e.mentions[0] if e.mentions else (len(self.text), 0))
        made: dict[int, Speaker] = {}
        shown = self._names_telling_apart(ordered)
        for entity in ordered:
            made[id(entity)] = self._speaker(entity, shown.get(id(entity)))
        speaker_of = {i: made[id(e)] for i, e in self.speaker_entity.items()}
        return [made[id(e)] for e in ordered], speaker_of, self.methods

    def _names_telling_apart(self, entities: Sequence[_Entity]) -> dict[int, str]:
        """Names with their honorific ("Mrs. Bennet") for speakers whose canonical names are the same and whose
        honorifics differ: "Bennet" and "Bennet" would tell a reader nothing about who spoke."""
        by_name: dict[str, list[_Entity]] = {}
        for entity in entities:
            by_name.setdefault(entity.canonical_name() or "", []).append(entity)
        shown: dict[int, str] = {}
        for name, sharing in by_name.items():
            if len(sharing) < 2 or not name:
                continue
            titled = {id(entity): self._honorific_alias(entity, name) for entity in sharing}
            counts = Counter(alias for alias in titled.values() if alias)
            shown.update((key, alias) for key, alias in titled.items() if alias and counts[alias] == 1)
        return shown

    def _honorific_alias(self, entity: _Entity, name: str) -> str | None:
        """The first of ``entity``'s aliases that is an honorific and ``name`` ("Mrs. Bennet"), if any."""
        for alias in entity.aliases:
            first, _, rest = alias.partition(" ")
            if rest == name and self._is_honorific(first):
                return alias
        return None

    def _speaker(self, entity: _Entity, shown: str | None = None) -> Speaker:
        name = shown or entity.canonical_name() or ""
        kind = entity.kind
        if kind is SpeakerKind.UNKNOWN and entity.names and name[:1].isupper() and name not in ("I",):
            kind = SpeakerKind.PERSON
        aliases = [a for a in entity.aliases if a != name]
        aliases += [n for n in entity.names if n != name and n not in aliases]
        if (
            kind is SpeakerKind.ORGANIZATION
            and entity.acronym is None
            and len(name.split()) > 1
            and entity.org_type not in (None, "country")
        ):
            entity.acronym = _initials(name.split())
        if entity.acronym and entity.acronym != name and entity.acronym not in aliases:
            aliases.append(entity.acronym)
        mentions = tuple(Span.of(self.text, s, e) for s, e in sorted(set(entity.mentions)))
        return Speaker(name=name, kind=kind, aliases=tuple(aliases), mentions=mentions)


_PAIR_REACH = 600  # characters back from "one"/"the other" to the pair it picks from: a sentence or two
_RELATIVE_GAP = 3  # characters between a name and the "who" after it: ", " or " "
# "the two North Korean prisoners (of war)": up to three modifiers and a plural head noun
_PAIR = re.compile(
    r"\b(?:[Tt]he|[Bb]oth|[Tt]hese)\s+two\s+(?P<group>(?:[\w-]+\s+){0,3}?(?:[a-z][\w-]*s|men|women|people))\b"
)
_ONE_OF_PAIR = re.compile(r"one(?: (?:man|woman|of (?:the|these|those) \w+|of them))?")
_OTHER_OF_PAIR = re.compile(r"the other(?: one| man| woman)?")
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "people": "person", "children": "child"}


def _named_after_description(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The name alone of a description followed by it ("a spokesman for the firm, Jo Park"): the name says who
    the description means. A comma with no lowercase word before it stays ("Jo Park, Jr.")."""
    words = [t[2] for t in tokens]
    if "," not in words:
        return tokens
    comma = len(words) - 1 - words[::-1].index(",")
    name = words[comma + 1 :]
    if not name or not all(w[:1].isupper() or w == "." for w in name) or not any(w.islower() for w in words[:comma]):
        return tokens
    return tokens[comma + 1 :]


def _singular(group: str) -> str:
    """The group's phrase with its head noun made singular ("North Korean prisoners" -> "... prisoner")."""
    *modifiers, head = group.split()
    if head in _IRREGULAR_PLURALS:
        head = _IRREGULAR_PLURALS[head]
    elif head.endswith(("ches", "shes", "sses", "xes")):
        head = head[:-2]
    elif head.endswith("s"):
        head = head[:-1]
    return " ".join([*modifiers, head])


_VOCATIVE_VOTES = 1  # vocatives that must name a nameless speaker before it takes the name
_OTHER_VOICE_REACH = 40  # known lines looked at on each side for the dialogue's other voice
_TURNS_SHOWING_TWO_VOICES = 2  # tagged turns between a description and a name that must keep to two voices


def _nearest(anchors: list[int], k: int) -> int:
    """The value of sorted ``anchors`` nearest ``k``, the earlier on a tie."""
    i = bisect.bisect_left(anchors, k)
    before = anchors[i - 1] if i > 0 else None
    after = anchors[i] if i < len(anchors) else None
    if before is None or (after is not None and after - k < k - before):
        return after  # type: ignore[return-value]  # anchors is not empty, so one of the two is set
    return before


def _two_voices(first: _Entity, second: _Entity) -> bool:
    """True when two speakers are surely two people: both people, and not a description and a speaker of its
    gender, who may be one person told two ways ("The old lady" and "Aunt Polly")."""
    if not all(
        entity.kind is SpeakerKind.PERSON or _Resolver._is_named_person(entity) or _Resolver._is_description(entity)
        for entity in (first, second)
    ):
        return False  # "expressed the sentiment, 'Go to the Deuce'": a tag that found no person
    described = _Resolver._is_description(first) or _Resolver._is_description(second)
    return not (described and _genders_agree(first.effective_gender(), second.effective_gender()))


def _nearest_in_run(anchors: list[int], k: int, runs: Sequence[int]) -> int:
    """The anchor nearest ``k`` among those in its run of lines with no narration paragraph between (``runs``
    numbers each line's run), else the nearest of all: a speaker may go on after a paragraph of narration,
    so the phase of turns is surest where no such paragraph comes between."""
    i = bisect.bisect_left(anchors, k)
    around = [a for a in anchors[max(0, i - 1) : i + 1] if runs[a] == runs[k]]
    return min(around, key=lambda a: (abs(a - k), a)) if around else _nearest(anchors, k)


def _outward(anchors: list[int], value: int, reach: int) -> Iterator[int]:
    """The other ``anchors`` by distance from ``value`` (one of them), the earlier on a tie, at most
    ``reach`` on each side."""
    i = bisect.bisect_left(anchors, value)
    left, right = i - 1, i + 1
    while (left >= max(0, i - reach)) or (right < min(len(anchors), i + 1 + reach)):
        take_left = left >= max(0, i - reach) and (
            right >= min(len(anchors), i + 1 + reach) or value - anchors[left] <= anchors[right] - value
        )
        if take_left:
            yield anchors[left]
            left -= 1
        else:
            yield anchors[right]
            right += 1


def _initials(words: Sequence[str]) -> str | None:
    """The acronym a multiword name implies ("National Intelligence Service" -> "NIS"), if it has one."""
    letters = [w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isalpha()]
    return "".join(letters).upper() if len(letters) >= 2 else None


@functools.lru_cache(maxsize=65536)
def _name_initials(name: str) -> str | None:
    """`_initials` of a name's words, kept: an entity is filed again and again under the same name."""
    return _initials(name.split())


def _stamp(entity: _Entity) -> int:
    return entity.stamp


def _insort(items: list[_Sortable], item: _Sortable) -> None:
    """`bisect.insort`, but a plain append when ``item`` sorts last: linking runs in document order, so it
    nearly always does, and one comparison then stands for a dozen."""
    if not items or items[-1] <= item:
        items.append(item)
    else:
        bisect.insort(items, item)


def _manner_adverb(word: str) -> bool:
    """True for a lowercase -ly adverb ("impatiently"), not an -ly adjective ("elderly")."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in _NOT_MANNER


_WIFE_HONORIFICS = ("Mrs", "Mme")  # how a story names a married woman by her husband's surname
_HUSBAND_HONORIFICS = ("Mr", "Monsieur")


def _spouse_phrases() -> dict[tuple[str, ...], tuple[str, tuple[str, ...]]]:
    """ "his wife" -> ("m", ("Mrs", "Mme")): the possessor's gender, and the honorifics of the spouse's name."""
    phrases: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
    for noun in tag_words("wife"):
        phrases["his", noun] = ("m", _WIFE_HONORIFICS)
    for noun in tag_words("husband"):
        phrases["her", noun] = ("f", _HUSBAND_HONORIFICS)
    return phrases


_SPOUSES = _spouse_phrases()
# "whose name was Blakeney", "His name was Pontifex": narration giving a person's name, which follows at once
_LOWERCASE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_WHOSE_REACH = 80  # characters back from ", whose name was" to the start of the mention it follows
_NAME_STATEMENT = re.compile(r"(?:(?P<whose>,\s*whose)|\b(?P<owner>[Hh]is|[Hh]er))\s+name\s+was\s+(?=[A-Z])")


def _parent_phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """ "her mother" -> ("Mrs", "Mme"): the honorifics of a parent's name, for "his", "her" and "their"."""
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for possessive in ("his", "her", "their"):
        for noun in tag_words("mother"):
            phrases[possessive, noun] = _WIFE_HONORIFICS
        for noun in tag_words("father"):
            phrases[possessive, noun] = _HUSBAND_HONORIFICS
    return phrases


_PARENTS = _parent_phrases()
_NOT_MANNER = tag_words("not_manner")
_PERSON_NOUNS = tag_words("person")
# "I am Parson Tringham", "my name is Tom": a line's speaker giving their name, which follows at once
_INTRODUCTION = re.compile(r"\b(?:I am|I'm|I’m|[Mm]y name is|[Mm]y name's|[Mm]y name’s)\s+(?=[A-Z])")
# Pronouns that vote on the gender of the name before them; "him" is left out, as it is mostly someone else
# ("said his lady to him").
_GENDERED_PRONOUN = regex.compile(r"\b(?:he|his|she|her|He|His|She|Her)\b")
# The same from `re`, for texts in the fast range, one pattern per first letter: `re` skips to a pattern's one
# first letter several times faster than to any of a set of them. Each asks for a word start behind the letter.
_FAST_GENDERED_PRONOUNS = [
    re.compile(r"h(?<!\wh)(?:e|is|er)\b"),
    re.compile(r"H(?<!\wH)(?:e|is|er)\b"),
    re.compile(r"s(?<!\ws)he\b"),
    re.compile(r"S(?<!\wS)he\b"),
]
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|to|into|near|through)\s+$")  # just before a place's name
_SENTENCE_OPENING = " \n\"“‘'("  # what may stand before a sentence's first word
_AFTER_LINE = re.compile(r"[.!?][”\"’']\s+$")  # a line's closing mark after its full stop, just before
_POSSESSIVE = re.compile(r"[’']s\b")
_ENDEARMENT = re.compile(r"(?:^|(?<=[\s,]))(?:[Mm]y\s+)?(?:[Dd]ear|[Dd]earest)$")
_INNER_OPEN = re.compile(r"(?:^|[\s(])['‘](?!\d)")  # not "'90s"; elisions ("'Tis") are left out below
_INNER_CLOSE = re.compile(r"['’](?=[\s,.!?;:)]|$)")


def _inside_inner_quote(before: str) -> bool:
    """True when the end of ``before`` (a line up to a name) is inside a quotation within the line."""
    tail = before[-_INNER_QUOTE_REACH:]
    opens = sum(1 for mark in _INNER_OPEN.finditer(tail) if not ELISIONS.match(tail, mark.end(), mark.end() + 8))
    return opens > len(_INNER_CLOSE.findall(tail))


_INNER_QUOTE_REACH = 80  # characters of a line looked back at for an open inner quotation


_LEADING_DETERMINERS = _DEFINITE_DESCRIBERS | _DETERMINERS | _INDEFINITE


def _is_proper(name: str) -> bool:
    """True for a proper name ("Watson"), False for "I", a pronoun or a description ("his wife", and "The
    officer" opening a sentence: a capitalised determiner names no one)."""
    words = name.split()
    if words and words[0].lower() in _LEADING_DETERMINERS:
        words = words[1:]
    return name != "I" and any(word[:1].isupper() for word in words)


def _name_rank(name: str) -> tuple[bool, int, int]:
    """How good a canonical name ``name`` is: a proper name over a description, then longer over shorter."""
    return _is_proper(name), len(name.split()), len(name)


def _genders_agree(a: str, b: str) -> bool:
    return a in ("-", "u") or b in ("-", "u") or a == b


def _quoted_extents(candidates: Sequence[QuoteCandidate]) -> list[Extent]:
    """The quoted pieces of marked candidates, sorted, so mentions inside quotes are not antecedents."""
    return sorted(segment for c in candidates if c.marked or c.kind.value == "direct" for segment in c.segments)
