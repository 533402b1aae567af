"""Reported speech on the surface: cues, the clauses they report, and the quotes in marks they attribute.

This stage works on any Document, with no syntax: it reads the token sequence around each reporting cue
("said", "told AFP", "according to", ":") and around each quotation, and returns `QuoteCandidate`s with
content, cue, speaker mention, addressee and channel as character extents. Who a mention refers to is
decided later, in `quotetrack.entities`.

The unit of work is a *stretch*: a sentence, widened so that no quotation is cut (a quote of several
sentences and its "she said" form one stretch). The constructions:

- ``SUBJECT CUE [ADDRESSEE] [time, place, channel] [that|:|,] CONTENT``  ("X told AFP Sunday that ...")
- ``CONTENT, SUBJECT CUE.``, ``CONTENT, CUE SUBJECT.`` and ``A, SUBJECT CUE, B`` ("..., he added.")
- ``..., CUE-ing [ADDRESSEE] [that] CONTENT``            (speaker: the subject of the clause)
- ``CUE-ing [that] CONTENT, SUBJECT ...``                  ("Noting that X, she said ...": the main subject)
- ``according to X, CONTENT``, ``CONTENT, according to X`` and ``A, according to X, B``
- ``SUBJECT CUE to VERB`` / ``CUE OBJECT to VERB``        (intentions and requests: "vowed to", "urged X to")
- ``SUBJECT STANCE OBJECT``                               ("endorsed Cruz", "criticized the plan")
- ``SUBJECT SPEECH-VERB about|of|against|for|on|at X``     (a topic as the position: "boasted about X")
- ``OWNER'S NOUN that X``                                  ("his claim that X", "their fear that X")
- ``SUBJECT see|view|regard X as Y``                       (a view: "voters see the plan as unfair")
- ``SUBJECT seems|appears to VERB``, ``SUBJECT seems ADJ`` (an impression, no speaker: the whole clause)
- ``SUBJECT BE worried|eager|aware ... that|to|about X``    (an attitude: its subject holds it, X is the content;
  also "voters angry about X", a reduced relative)
- ``SUBJECT reportedly VERB ...``, ``it was reported that X`` (hearsay and impersonal passives, no speaker)
- ``X was announced|reported|denied``, ``I was told that X`` (passive reports with no one named, no speaker)
- ``SUBJECT was declared|deemed X``                        (a verdict, no speaker unless "by" names one)
- ``CLAUSE to say CONTENT``                                ("She took to the radio to say ...": her words)
- ``When asked (by X) whether ...,``                      (a question put to someone)
- ``SUBJECT CUE:`` closing a sentence, the quote after it, in this paragraph or the next
- ``NAME: words`` opening a paragraph                    (headlines and transcripts)
- ``"QUOTE" — NAME``                                      (dash attributions)
- ``In a POLL|SURVEY ..., CONTENT``                         (a poll's finding, the poll as its source)
- a quoted paragraph with no cue                          (carry-over: its speaker is found by entities)

A split quote ('"A," she said. "B."') becomes one candidate with a segment per piece. Negated cues ("did not
say", "Neither X nor Y has acknowledged"; but "did not mention X" reports X, word class negatable), cues in
relative clauses of belief, noun uses of cue words and fragments ("and even after ...") give nothing. Every
look-ahead is bounded, so time stays linear even on a run-on sentence of thousands of cue words.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Sequence

import attrs
import regex

from quotetrack.candidate import Extent, QuoteCandidate
from quotetrack.document import Document
from quotetrack.lexicons import CueEntry, Lexicons, package_rows
from quotetrack.marks import Quotation
from quotetrack.model import QuoteKind

# What may stand right before an attribution that follows its content: "...," she said / ..., said X
CLOSING = frozenset({",", "'", '"', "”", "’", "''", "—", "–", "―"})
AS_CLAUSE_END = frozenset({",", ".", ";", ":", "—", "–", ")", "!", "?"})  # what may follow ', as X noted'
# Punctuation that ends a quoted clause just inside its closing mark ('"We lost," he said'); a quoted name or
# title ends with a word ('the "Bernie or Bust" crowd')
CLAUSE_END_IN_QUOTE = frozenset({",", "?", "!", "—", "–", "...", "…"})
# "asked not to be named", "on condition of anonymity": conditions of a source, not what it said
ANONYMITY = regex.compile(
    r"(?i)(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+remain\s+anonymous|"
    r"anonymity|not\s+to\s+(?:be\s+)?(?:named|identified))"
)
# How many following cues may end a reported clause; more would make time grow with the square of a run-on
# sentence full of cue words, and no real sentence holds more attributions than this.
LATER_CUES_CONSIDERED = 8
# "has said", "had argued": a perfect cue after "and" is the subject's second report (`_perfect_conjunction`)
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
WIRE_CREDIT = regex.compile(r"\s*\((?:AFP|AP|Reuters|dpa|ANSA|EFE|Xinhua|UPI|Bloomberg)\)$")
# A dateline opening a news story ("WASHINGTON —", "LOS ANGELES, Feb. 2 (UPI) --"): where, not what was said
DATELINE = regex.compile(
    r"""(?:
          [A-Z][A-Z.]+(?:\ [A-Z][A-Z.]+)*                # the place in capitals ("LOS ANGELES")
          (?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)?)?  # perhaps with its state ("PORTLAND, Maine")
          (?:,?\ [A-Z][a-z]{2}\.?\ \d{1,2})?             # a date ("Dec. 11")
          \s*(?:\([A-Za-z\ ]+\))?                       # a wire credit ("(AP)")
        | [A-Z][a-z]+(?:\ [A-Z][a-z]+)*                  # a place in title case ("Washington") ...
          (?:,\ [A-Z][A-Za-z.]+)?
          (?:,?\ [A-Z][a-z]{2}\.?\ \d{1,2})?
          \s*\([A-Za-z\ ]+\)                            # ... only with its wire credit ("(AFP)")
        )
        \s*[—–―-]{1,2}\s+""",
    regex.VERBOSE,
)  # not "FBI Director James Comey - a Republican - ...": a name in a sentence, not a place
# A byline right after a quoted headline ('"Mayor to run again," by the Post's Ann Lee'): the title of a story
BYLINE = regex.compile(r",?\s+by\s+(?:the\s+)?\p{Lu}")
POSSESSIVE_DETERMINERS = frozenset({"my", "your", "his", "her", "its", "our", "their"})
BYLINE_REACH = 40  # characters after a quotation searched for its byline
DATELINE_REACH = 120  # characters at a story's start searched for its dateline
DASH = regex.compile(r"[—―–]|--")  # the dashes a dash attribution may use
# What may close a quotation's sentence before its attribution: a comma or a closing quotation mark
CLOSING_MARKS = frozenset({",", '"', "”", "’", "''", "'"})
WORDY_OR_MARK = regex.compile(r"[^\s.,;:!?\"”’'“‘]")  # a word or a mark of another quotation
# What may stand between an attribution and the quotation that resumes its quote: '," she said, and "B."'
RESUMING = regex.compile(r"\s*,\s*(?:and|but)\s*")
RESUMING_LEAD_WORDS = 4  # words that may lead into a quotation resuming an earlier quote: 'But then, "B."'
WORDY = regex.compile(r"[^\s.,;:!?—–]")  # anything but space and punctuation: a word outside a quotation
# Prepositions that open an adjunct a cue may carry before its "that" ("said after the vote that ...")
THAT_ADJUNCT_OPENERS = frozenset(
    {"in", "on", "at", "during", "through", "via", "with", "to", "after", "before", "of", "about", "for", "from"}
    | {"over", "since", "following", "outside", "inside", "when", "while", "last", "this", "earlier", "later"}
)
# Words that join a feeling to what it is about ("concern about", "condolences over", "concern that")
ATTITUDE_LINKS = frozenset({"about", "over", "for", "with", "at", "toward", "towards", "of", "on", "that"})
# Prepositions that open a setting before a subject ("In a letter to the board, Jones asked ...")
INTRODUCTIONS = frozenset({"in", "on", "at", "during", "after", "before", "since", "following", "under", "last"})
# The subject pronoun of the same person as a possessive one ("she ... her", "they ... their")
OWNING_SUBJECT = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}
# Prepositions that open the place or setting of an -ing phrase after a noun ("voters living in Ohio")
PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "through", "across", "outside", "inside", "around", "from"})
# -ing words that are prepositions themselves, not participles describing a noun
NOT_PARTICIPLES = frozenset(
    {"during", "including", "regarding", "concerning", "following", "according", "notwithstanding"}
)
# Words that make a span of time approximate ("about a year ago", "less than two weeks ago")
APPROXIMATORS = frozenset({"about", "nearly", "almost", "roughly", "some", "just", "only", "than"})
# How many words back from a subject a relative "who" may open the clause it ends ("Leaders who ... said")
RELATIVE_WORDS = 12
# How many words the object of "led" or "prompted" may take before "to" ("led some of his allies to say")
CONTROLLED_WORDS = 8
# How many words a phrase of time or place after a reporting verb may take ("said in late June 2012")
SETTING_WORDS = 6
PAST_ENDINGS = frozenset({"ed", "id", "ld", "te"})  # "argued", "said", "told", "wrote"
# Words that soften a fronted adverbial ("Right after the vote", "Ever since", "Most recently"), and the
# words after them that make it one, so the subject comes after it
HEDGES = frozenset({"right", "just", "shortly", "ever", "long", "soon", "most", "only", "even"})
HEDGED_OPENERS = frozenset({"after", "before", "since", "recently", "afterward", "afterwards"})
# Words that open an adverbial before a subject ("Across the region, voters ..."), beside INTRODUCTIONS
SETTING_OPENERS = frozenset(
    {"as", "if", "once", "until", "unless", "among", "amid", "despite", "across", "throughout", "within", "like"}
    | {"unlike", "inside", "outside", "near", "over", "through", "toward", "towards", "upon", "against", "along"}
)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
GAP_CONJUNCTIONS = frozenset({"and", "but", "since", "though", "although", "when", "while", "because", "if", "until"})
PREPOSITIONS = frozenset({"of", "for", "with", "from", "by", "into", "about", "between", "among", "than", "without"})
# Prepositions and auxiliaries that may end a relative clause whose object was moved out ("that they can't compete
# with", "that he could not"); particles are left out, as a whole clause may end in one ("that rates will go up")
STRANDED = frozenset(
    {"with", "of", "for", "from", "about", "to", "at", "not", "do", "did", "would", "could", "should", "might", "must"}
)
WH_WORDS = frozenset({"how", "what", "why", "whether", "where", "when", "who", "if"})  # open a reported question
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})  # own a noun of stance
QUESTION_OPENERS = frozenset({"whether", "if", "why", "how", "what", "which", "when", "where"})  # not "who": a relative
CONTRACTED_SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they", "there", "that", "who", "what"})
BRACKET_ASIDE_TOKENS = 25  # longest aside in brackets after a speaker's name ("Sen. X (a Democrat who ...) said")
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"})
# longest sentence ('... Smith asked of the plan in May, when ...') joined to the question before it; the cue must
# still stand among its first words
ATTRIBUTION_AFTER_QUESTION_TOKENS = 60
QUESTION_CLOSES = ('?"', "?”", "?''", "?’", '!"', "!”", "!''", "!’")  # a quoted question or exclamation ends here
ATTRIBUTION_ADJUNCT_WORDS = 12  # longest phrase after "he said" that a split quote may resume after
_CONTROLLER_REACH = 4  # tokens before "to" searched for a verb that governs its infinitive ("asked local voters to")
TO_LINKS = frozenset({"to", "with"})  # what joins the two sides of a comparison ("likened X to Y")
NAME_FILLERS = frozenset({".", "'s", "’s", "and", "-"})  # words a name of several parts may hold ("Mr. Cruz")
STANCE_OBJECT_TOKENS = 60  # a stance object runs past a comma (a list, ", including ...") only this far
STANCE_OBJECT_LIMIT = 120  # no object runs longer: a sentence with no punctuation costs each cue a constant
SUBHEAD_WORDS = 6  # a paragraph of fewer words, all in single marks, is a subhead, not a line of speech
SCARE_QUOTE_WORDS = 4  # quotations shorter than this are titles, nicknames or scare quotes unless a cue reports them


REPORTED_SUBJECT_TOKENS = 8  # the longest subject of a clause reported in a relative clause, before its verb
MAIN_VERB_STOPS = frozenset({",", ";", ":", "—", "–", "and", "but", "or", "that", "which", "who", "because", "if"})
# acronyms that lowercase to a function word: the World Health Organization, information technology, the
# Islamic State, the United States, the National Organization for Women
FUNCTION_WORD_ACRONYMS = ("WHO", "IT", "IS", "US", "NOW")
FUNCTION_WORD_ACRONYM = re.compile(r"\b(?:" + "|".join(FUNCTION_WORD_ACRONYMS) + r")\b")
PHRASE_OPENING_DETERMINERS = frozenset({"the", "a", "an", "some", "many", "most", "several", "few"})
COMPARATIVES = frozenset({"more", "most", "less", "least"})
GRADING_WORDS = COMPARATIVES | {"very", "so", "too", "quite", "extremely"}  # grade adjectives, not verbs
TOPIC_CLAUSE_REACH = 7  # tokens after a topic preposition searched for a "that" or colon that opens the report
# The prepositions after which a speech verb's object is the position it reports, each with its word class of the
# lemmas that take it ("boasted about X", "cautioned against X"; `SurfaceFinder._topic_preposition`)
TOPIC_CLASSES = {
    "about": "topic_about",
    "of": "topic_of",
    "against": "topic_against",
    "for": "topic_for",
    "on": "topic_on",
    "at": "topic_at",
}
AS_COMPARISON = frozenset({"far", "early", "late", "long", "soon", "well", "much", "many", "recently", "often"})
AS_LIFE_STAGES = frozenset({"child", "kid", "boy", "girl", "teenager", "teen", "student", "youngster", "baby"})
PERSUADED = frozenset({"encouraged", "persuaded", "convinced"})  # before "to": the subject was urged, by another
ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "those", "whoever"})  # no one in particular
CLAUSE_PUNCTUATION = frozenset({",", "—", "–", ";", "-", "--"})
ASIDE_TOKENS = 25  # longest aside between a stance's object and its complement ("accused X, the editor, of ...")
STANCE_COMPLEMENTS = frozenset({"as", "for", "of", "to", "be"})  # what a stance verb takes after its object
QUOTE_GLOSSES = frozenset({"where", "compared"})  # after a closing quote these gloss the quoted words themselves
RELATIVE_VERB_REACH = 12  # tokens before "and said" searched for the "who" of the relative clause it goes on
# open a clause before the main one after ", and" ("..., and while he said ..., it is ..."); not "as" ("and as
# she says things such as ...")
CLAUSE_SUBORDINATORS = frozenset({"while", "although", "though", "whereas", "if", "when", "unless", "because", "since"})
INTRO_TOKENS = 6  # a setting before a sentence's opening clause ("In Iowa last week, when ...") is this short
APPOSITIVE_MARKS = frozenset({",", "—", "–", "-"})  # may set off an appositive closing the content
ADJECTIVE_ENDINGS = ("ing", "ive", "ous", "ful", "gry", "less")  # likely an adjective's ("divisive", "angry")
HYPHEN_DASHES = frozenset({"-", "--"})  # typed for a dash when spaced on both sides (`_hyphen_dash`)
CORRELATIVE_ADVERBS = frozenset({"just", "only", "merely", "simply"})  # "not just A, but B": one phrase in two
CORRELATIVE_REACH = 24  # tokens before ", but" searched for the "not just" that it completes
CONTRAST_ADVERBS = frozenset({"never", "also", "still", "then"})  # may stand between ", but" and its verb
# The objects that make a bare "call" a verb of naming ("call it a tax", "call him competent")
NAMED_PRONOUNS = frozenset({"it", "him", "her", "them", "this", "that", "themselves", "himself", "herself", "us"})
# Prepositions that open the setting after a content-first attribution ("..., she said in a video message")
ADJUNCT_TAIL_OPENERS = frozenset({"in", "at", "on", "during", "before", "after", "from", "via", "through", "over"})


@attrs.frozen
class WordClasses:
    """The closed-class words of ``data/word_classes.tsv``, one frozenset per class."""

    classes: dict[str, frozenset[str]]

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.classes[name]


@functools.cache
def word_classes() -> WordClasses:
    rows = package_rows("word_classes.tsv", ("class", "words"))
    return WordClasses({name: frozenset(words.split()) for name, words in rows})


@functools.cache
def idioms() -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """The fixed phrases of ``data/idioms.tsv`` ("goes without saying"), keyed by each of their words with the
    word's position, so a cue word finds the phrases that could hold it."""
    table: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for (phrase,) in package_rows("idioms.tsv", ("phrase",)):
        words = tuple(phrase.lower().split())
        for position, word in enumerate(words):
            table.setdefault(word, []).append((position, words))
    return {word: tuple(entries) for word, entries in table.items()}


@functools.cache
def _name_abbreviations() -> frozenset[str]:
    """The abbreviations of abbreviations.tsv that may end a sentence, and so a name ("Corp", "Bros", "Jr")."""
    return frozenset(row[0] for row in package_rows("abbreviations.tsv", ("form", "behaviour")) if row[1] == "maybe")


_TOKEN_SETS: dict[int, tuple[Lexicons, frozenset[str], frozenset[str]]] = {}


def _token_sets(lexicons: Lexicons, words: dict[str, frozenset[str]]) -> tuple[frozenset[str], frozenset[str]]:
    """The words that may open a cue (a cue's first word or an attitude adjective), and every token
    `SurfaceFinder` notices in its one pass: those, "that", closing marks, clause punctuation and "reportedly".
    Built once per lexicon: the union of some thousand words costs more than reading an article's tokens."""
    cached = _TOKEN_SETS.get(id(lexicons))
    if cached is None or cached[0] is not lexicons:  # the lexicons object itself, not one reusing its id
        may_open = lexicons.cue_openers | words["attitude_adjective"] | words["intention_noun"] | {"call"}
        noticed = may_open | {"that"} | CLOSING_MARKS | CLAUSE_PUNCTUATION | words["hearsay_adverb"]
        cached = (lexicons, may_open, noticed)
        _TOKEN_SETS[id(lexicons)] = cached
    return cached[1], cached[2]


@attrs.define
class Stretch:
    """A sentence widened to whole quotations; tokens ``first``..``last`` (exclusive)."""

    start: int
    end: int
    first: int
    last: int
    paragraph: int


@attrs.define
class Cue:
    """A reporting cue in a stretch: token indices ``first``..``last`` (exclusive) and its lexicon entry."""

    first: int
    last: int
    entry: CueEntry


def _attributed_at(candidate: QuoteCandidate) -> int:
    """Where a candidate's attribution ends: its cue's end, else its own (a quote carried over has no cue)."""
    return candidate.cue[1] if candidate.cue is not None else candidate.end


_TOKEN_START = operator.itemgetter(0)  # Token.start: tokens are named tuples
_TOKEN_END = operator.itemgetter(1)
_TOKEN_TEXT = operator.itemgetter(2)
_FIRST_TOKEN = operator.attrgetter("first_token")


class SurfaceFinder:
    """Finds quote candidates in one Document from token patterns; one instance per document."""

    def __init__(
        self, doc: Document, quotations: Sequence[Quotation], lexicons: Lexicons, *, genre: str = "news"
    ) -> None:
        self.doc = doc
        self.news = genre == "news"
        self.text = doc.text
        self.tokens = doc.tokens
        self.lower = list(map(str.lower, map(_TOKEN_TEXT, doc.tokens)))  # C-level maps: every token, every article
        self._keep_acronyms()
        self.lexicons = lexicons
        self.words = word_classes().classes  # a plain dict: looked up some 2,000 times per article
        self.phrase_openers = lexicons.phrase_openers
        self.quotations = [q for q in quotations if q.depth == 0]  # in order, never overlapping
        self.quotation_starts = [q.outer_start for q in self.quotations]
        self.pieces = sorted((p.outer_start, p.outer_end) for q in self.quotations for p in q.pieces)
        self.piece_starts = [start for start, _ in self.pieces]
        self.stretches = self._stretches()
        self.stretch_starts = [s.start for s in self.stretches]
        self.stretch_firsts = {s.first for s in self.stretches}
        self.sentence_firsts = set(map(_FIRST_TOKEN, doc.sentences))
        self.paragraph_firsts = {
            self.stretches[k].first
            for k in range(len(self.stretches))
            if k == 0 or self.stretches[k - 1].paragraph != self.stretches[k].paragraph
        }
        self.inside_quote = self._inside_quote_flags()
        self.used_quotations: set[int] = set()
        self.found_by_end: list[QuoteCandidate] = []  # the candidates found by cues, set by `unattributed_quotations`
        self.found_ends: list[int] = []
        # The tokens that can begin a cue: a listed verb, a phrase's first word, or a word before "that"
        # (`_verb_before_that`). `cues_in` visits these alone, not every token of every stretch.
        lower = self.lower
        may_open, noticed = _token_sets(lexicons, self.words)
        # one pass over the tokens for every kind of token noticed here: the few hits are then told apart
        hits = list(itertools.compress(range(len(lower)), map(noticed.__contains__, lower)))
        opening = [k for k in hits if lower[k] in may_open]
        # an unlisted past tense two or three tokens after a closing mark ('"...," he surmised'): only the few
        # words after the marks are tested
        marks = [k for k in hits if lower[k] in CLOSING_MARKS]
        after_quotes = {k for j in marks for k in (j + 2, j + 3) if 3 <= k < len(lower) and lower[k].endswith("ed")}
        self.cue_openers = sorted({*opening, *(k - 1 for k in hits if k and lower[k] == "that"), *after_quotes})
        self.hearsay_adverbs = [k for k in hits if lower[k] in self.words["hearsay_adverb"]]  # "reportedly"
        # Commas outside quotations that open a clause set beside the report, not part of it (", while ...",
        # ", where ..."), and semicolons before a new subject, which set a clause beside it ("...; 26 percent
        # said ..."), unless they part the short items of a list ("three parts: taxes; roads; ..."): reported
        # content stops there (`_content_end`).
        stops = self.words["content_stop"]
        self.content_stops = [
            k
            for k in hits
            if (word := lower[k]) in CLAUSE_PUNCTUATION
            and k + 1 < len(lower)
            and (lower[k + 1] in stops or (word == ";" and self._clause_beside(k)))
            and not self.inside_quote[k]
            and not self._contrast_goes_on(k + 1)
            and not self._short_aside(k + 1)
        ]
        # a comma closing a quotation ('were "about right," though ...') stops the content as one outside would:
        # the stop is the closing mark, kept in the content (`_content_end`)
        quoted_stops = [
            k + 1
            for k in hits
            if lower[k] == ","
            and k + 2 < len(lower)
            and self.inside_quote[k]
            and not self.inside_quote[k + 1]
            and self._quote_closes_at(k + 1)
            and lower[k + 2] in stops
            and lower[k + 2] not in QUOTE_GLOSSES
            and not self._contrast_goes_on(k + 2)
            and not self._short_aside(k + 2)
        ]
        if quoted_stops:
            self.content_stops = sorted(self.content_stops + quoted_stops)

    def _keep_acronyms(self) -> None:
        """Keep the capitals of an acronym spelled like a function word ("WHO chief Tedros said", "IT workers",
        "IS fighters"): lowercased, it read as a relative pronoun, a pronoun or a verb. A headline in capitals
        keeps its words ("WHO WILL PAY?")."""
        if not any(acronym in self.text for acronym in FUNCTION_WORD_ACRONYMS):
            return  # a plain substring search first: most articles hold none of them
        for match in FUNCTION_WORD_ACRONYM.finditer(self.text):
            k = bisect.bisect_left(self.tokens, match.start(), key=_TOKEN_START)
            if k >= len(self.tokens) or self.tokens[k].start != match.start():
                continue
            neighbours = [self.tokens[j].text for j in (k - 1, k + 1) if 0 <= j < len(self.tokens)]
            if not any(word.isupper() and len(word) > 1 for word in neighbours):
                self.lower[k] = self.tokens[k].text

    def _short_aside(self, index: int) -> bool:
        """True for a concession of a word or two set off by commas ("a crucial, although brief, chance"): an
        aside inside the phrase, not a clause set beside the report."""
        return self.lower[index] in {"although", "though"} and "," in self.lower[index + 2 : index + 4]

    def _clause_beside(self, semicolon: int) -> bool:
        """True for a semicolon before a new subject that does not part the short items of a list."""
        return self._new_subject_at(semicolon + 1) and not {":", ";"} & set(
            self.lower[max(0, semicolon - 4) : semicolon]
        )

    def _new_subject_at(self, index: int) -> bool:
        """True when the word at ``index`` may open a new clause's subject: a name, a number, a determiner or a
        pronoun ("; Smith ...", "; 26 percent ...", "; a second survey ...", "; they ..."), not an adverb or a
        conjunction going on with the sentence ("; there ...", "; and ...")."""
        text = self.tokens[index].text
        word = self.lower[index]
        return (
            text[:1].isupper()
            or text[:1].isdigit()
            or word in self.words["determiner"]
            or word in self.words["subject_pronoun"]
        )

    def _contrast_goes_on(self, index: int) -> bool:
        """True for a "but" at ``index`` that carries on the report it follows ("said X, but that Y", "..., but
        not Z", "not only A, but also B"): a second complement or a contrasted phrase, not a clause set beside
        ("but that was before ...", "but not everyone agreed": a verb right after them starts a clause)."""
        if self.lower[index] != "but" or index + 2 >= len(self.lower):
            return False
        word = self.lower[index + 1]
        if any(
            self.lower[k] == "not" and self.lower[k + 1] in CORRELATIVE_ADVERBS
            for k in range(max(0, index - CORRELATIVE_REACH), index - 1)
        ):
            return True  # "not just a failure, but a catastrophe": the second half of a correlative
        if word not in self.words["contrast_continuer"]:
            return False
        if word in {"that", "not"}:  # "but that was ...": "that" is the subject; "but not everyone agreed"
            reach = index + (3 if word == "that" else 4)
            return not any(self._verb_form(k) for k in range(index + 2, min(len(self.lower), reach)))
        return True

    # ----------------------------------------------------------------- layout

    def _stretches(self) -> list[Stretch]:
        """Sentences joined wherever a quotation runs across their boundary inside one paragraph."""
        stretches: list[Stretch] = []
        paragraph_index = 0
        paragraphs = self.doc.paragraphs
        for sentence in self.doc.sentences:
            while paragraph_index + 1 < len(paragraphs) and sentence.start >= paragraphs[paragraph_index + 1].start:
                paragraph_index += 1
            if (
                stretches
                and stretches[-1].paragraph == paragraph_index
                and (
                    self._quote_crosses(stretches[-1].end, sentence.start)
                    or self._attribution_after_question(stretches[-1].end, sentence.first_token, sentence.last_token)
                )
            ):
                last = stretches[-1]
                last.end, last.last = sentence.end, sentence.last_token
            else:
                stretches.append(
                    Stretch(sentence.start, sentence.end, sentence.first_token, sentence.last_token, paragraph_index)
                )
        return stretches

    def _attribution_after_question(self, left_end: int, first: int, last: int) -> bool:
        """True when a quotation ending in "?" or "!" closes the text before ``left_end`` and tokens ``first``..
        ``last`` are a short attribution ('"Who pays?" Smith asked.'): the splitter ended the sentence inside
        the quote's own line, which the attribution completes."""
        if not self.text[max(0, left_end - 3) : left_end].rstrip().endswith(QUESTION_CLOSES):
            return False
        if last - first > ATTRIBUTION_AFTER_QUESTION_TOKENS or not self.tokens[first].text[:1].isalnum():
            return False
        for k in range(first + 1, min(last, first + 5)):
            entry = self.lexicons.cue_verbs.get(self.lower[k])
            if entry is None and self.tokens[k].text.islower() and self.lower[k].endswith("ed"):
                entry = CueEntry(self.lower[k], "speech", "verb")  # '"Why?" Hannity pressed.': an unlisted verb
            if entry is not None:
                after = k + 1
                if entry.lemma in self.words["tell_verb"] or entry.lemma == "ask":
                    addressee = self.object_phrase(after, last)  # '"Who pays?" Smith asked the mayor.'
                    after = addressee[1] if addressee is not None else after
                while after < last and self._manner_adverb(after):
                    after += 1  # '"Why?" she asked reporters rhetorically.'
                return self._attribution_ends(after, last)
        return False

    def _quote_crosses(self, left_end: int, right_start: int) -> bool:
        # pieces never overlap, so only the last one opening before ``left_end`` can run past ``right_start``
        index = bisect.bisect_left(self.piece_starts, left_end) - 1
        return index >= 0 and self.pieces[index][1] > right_start

    def _stretch_at(self, offset: int) -> Stretch | None:
        index = bisect.bisect_right(self.stretch_starts, offset) - 1
        if index >= 0 and offset < self.stretches[index].end:
            return self.stretches[index]
        return None

    def _inside_quote_flags(self) -> list[bool]:
        """For each token, whether it lies wholly inside a quotation's piece."""
        flags = [False] * len(self.tokens)
        # bisect the tokens themselves by key (ends are sorted too: tokens never overlap): a document has far
        # fewer quotation pieces than tokens, so listing every start and end cost more than the searches
        tokens = self.tokens
        for q in self.quotations:
            for piece in q.pieces:
                first = bisect.bisect_left(tokens, piece.start, key=_TOKEN_START)
                last = bisect.bisect_right(tokens, piece.end, key=_TOKEN_END)
                if last > first:
                    flags[first:last] = [True] * (last - first)
        return flags

    # ----------------------------------------------------------------- cues

    def cues_in(self, stretch: Stretch) -> list[Cue]:
        """Reporting cues outside quotation marks, verbs and phrases, in order."""
        cues: list[Cue] = []
        index = stretch.first  # the first token not yet inside a cue
        phrases = self.lexicons.cue_phrases
        first = bisect.bisect_left(self.cue_openers, stretch.first)
        last = bisect.bisect_left(self.cue_openers, stretch.last)
        for opener in self.cue_openers[first:last]:
            if opener < index or self.inside_quote[opener]:
                continue
            matched = None
            for length in (4, 3, 2) if self.lower[opener] in self.phrase_openers else ():
                key = tuple(self.lower[opener : opener + length])
                if len(key) == length and opener + length <= stretch.last and key in phrases:
                    entry = phrases[key]
                    if entry.role in {"object", "subject"} or (
                        entry.role == "possessor" and self._possessor(opener, stretch.first) is not None
                    ):
                        matched = Cue(opener, opener + length, entry)
                        break
            if matched is None and self._attitude_frame(opener, stretch):
                matched = Cue(opener, opener + 1, CueEntry(self.lower[opener], "thought", "attitude"))
            if matched is None and opener + 1 < stretch.last and self.lower[opener + 1] in {"that", "to"}:
                matched = self._owned_report_noun(opener, stretch)  # "his claim that", "her vow to"
            if matched is None:
                verb = (
                    self.lexicons.cue_verbs.get(self.lower[opener])
                    or self._verb_before_that(opener, stretch)
                    or self._verb_after_quotation(opener, stretch)
                    or self._naming_call(opener, stretch)
                )
                if verb is not None and self._verb_use(opener, stretch, verb):
                    matched = Cue(opener, opener + 1, verb)
            if matched is not None:
                cues.append(matched)
                index = matched.last
        return cues

    def _owned_report_noun(self, index: int, stretch: Stretch) -> Cue | None:
        """A noun of saying or believing with an owner and "that" after it ("his claim that X", "Lee's fear that
        X"; word classes report_noun, belief_noun): a cue whose owner is the source (`owned_report`)."""
        word = self.lower[index]
        if index + 2 >= stretch.last or self.lower[index + 1] not in {"that", "to"}:
            return None
        if self.lower[index + 1] == "to":
            if word not in self.words["intention_noun"] or not self._infinitive_verb_at(index + 2, stretch.last):
                return None
            if self._possessor(index, stretch.first) is None:
                return None
            return Cue(index, index + 1, CueEntry(word, "thought", "owned"))  # "her desire to run": from "to"
        if word in self.words["report_noun"]:
            cue_class = "speech"
        elif word in self.words["belief_noun"]:
            cue_class = "thought"
        else:
            return None
        if self._possessor(index, stretch.first) is None:
            return None
        return Cue(index, index + 2, CueEntry(word, cue_class, "owned"))

    def owned_report(self, stretch: Stretch, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """The clause after an owned noun of saying or believing and its "that" ("Trump's claim that X"), its
        owner the source; the "that" closes the cue, as PolNeAR annotates it."""
        owner = self._possessor(cue.first, stretch.first)
        end = self._content_end(stretch, cue.last, later)
        if self.lower[cue.last - 1] != "that":  # "His promises to cut taxes notwithstanding, ...": it ends at a comma
            end = next((k for k in range(cue.last, end) if self.lower[k] == "," and not self.inside_quote[k]), end)
        if owner is None or end <= cue.last:
            return None
        return self._candidate(stretch, self._extent(cue.last, end), cue, owner, None, None, 0.5)

    def _attitude_frame(self, index: int, stretch: Stretch) -> bool:
        """True for an adjective of belief or feeling after a linking verb and before what it is about ("are
        concerned that ...", "was eager to ...", "remain confident that ..."): its subject holds the attitude."""
        if self.lower[index] not in self.words["attitude_adjective"] or index + 1 >= stretch.last:
            return False
        following = self.lower[index + 1]
        word = self.lower[index]
        if not (
            following in {"that", "about", "of", "to", "with"}
            or (following in {"by", "at", "over"} and word in self.words["feeling_cause"])
            or (following == "on" and word in self.words["topic_adjective"])
            or (following == "in" and word in self.words["trust_adjective"])
        ):
            return False
        if following == "to" and (
            not self._infinitive_verb_at(index + 2, stretch.last)
            or self.lower[index + 2].endswith("ing")
            or word in PERSUADED  # "Residents are encouraged to stay indoors": told to, by someone unnamed
        ):
            return False  # "critical to winning", "opposed to the plan": no intention reported
        if following == "with" and word in {"sick", "ill"}:
            return False  # "sick with the flu": an illness, not a view
        if following == "to" and self._speech_cue_at(index + 2, stretch.last):
            return False  # "eager to point out that ...", "proud to announce ...": the inner cue reports
        return self._linking_verb_before(index, stretch.first) is not None or (
            following != "to" and self._attitude_holder(index, stretch.first) is not None
        )

    def _attitude_holder(self, index: int, floor: int) -> int | None:
        """The last token of a plural noun or a name right before an attitude adjective at ``index``, across a few
        adverbs ("voters angry about X", "Democrats deeply skeptical of X"): a reduced relative clause, whose noun
        holds the attitude; None when there is none."""
        k = index - 1
        while k > floor and k > index - 3 and (self._manner_adverb(k) or self.lower[k] in self.words["degree"]):
            k -= 1
        if k < floor or not self.tokens[k].text.isalpha():
            return None
        word = self.lower[k]
        if self.is_name(k) and not self._sentence_start(k):
            return k
        plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
        return k if plural and not self._verb_form(k) and word not in self.words["boundary"] else None

    def _speech_cue_at(self, index: int, limit: int) -> bool:
        """True when token ``index`` is a verb of speech or writing ("announce", "write") or opens a cue phrase
        ("point out"), not one of belief or perception ("see", "know")."""
        if index >= limit:
            return False
        entry = self.lexicons.cue_verbs.get(self.lower[index])
        if entry is not None:
            return entry.cue_class in {"speech", "writing"}
        return self.lower[index] in self.phrase_openers

    def _linking_verb_before(self, index: int, floor: int) -> int | None:
        """The linking verb ("is", "remained", "feels") before an adjective at ``index``, across a few adverbs
        ("are deeply skeptical", "feel more confident"); None when there is none."""
        k = index - 1
        while (
            k > floor
            and k > index - 4
            and (self._manner_adverb(k) or self.lower[k] in self.words["degree"] or self.lower[k] in {"not", "never"})
        ):
            k -= 1
        if k < floor:
            return None
        word = self.lower[k]
        if word.endswith(("n't", "n’t")):
            word = word[:-3]  # "aren't enamored of X": a denied attitude is reported too, as PolNeAR annotates it
        return k if word in self.words["linking_verb"] else None

    def attitude(self, stretch: Stretch, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """An attitude held by the subject of a linking verb ("Democrats are concerned that X", "He was eager to
        X", "voters are skeptical of X"): the subject is the source, what follows the preposition the content."""
        link = self._linking_verb_before(cue.first, stretch.first)
        if link is None:
            holder = self._attitude_holder(cue.first, stretch.first)
            if holder is None or self.lower[cue.last] in {"to", "that"}:
                return None
            holders = self._phrase_ending_at(holder, stretch.first)
            # "voters angry about the plan stayed home": the attitude sits in the subject, the main verb ends it
            return None if holders is None else self._stance(stretch, cue, holders, cue.last + 1, in_subject=True)
        first = link
        while first - 1 > stretch.first and (
            self.lower[first - 1] in self.words["auxiliary"] or self.lower[first - 1] in self.words["linking_verb"]
        ):
            first -= 1  # "have been", "are starting to feel" is left out
        if any(
            self.lower[k].endswith(("n't", "n’t")) and self.lower[k][:-3] not in self.words["linking_verb"]
            for k in range(max(stretch.first, first - 2), cue.first)
        ):
            return None  # "wouldn't be worried about": a hypothetical; "aren't enamored of X" is reported
        if self.lower[first - 1] in self.words["relative"] and first - 1 > stretch.first:
            subject: tuple[int, int] | None = (first - 1, first)
        else:
            subject = self.subject_before(first, stretch.first)
        if subject is None:
            return None
        relative = self.lower[subject[0]] in self.words["relative"]
        if self.lower[cue.last] not in {"to", "that"}:
            # "skeptical of the plan": an object; "voters who are skeptical of X stayed home": it ends at the main verb
            return self._stance(stretch, cue, subject, cue.last + 1, in_subject=relative)
        index = cue.last if self.lower[cue.last] == "to" else cue.last + 1
        end = self._content_end(stretch, index, later)
        if relative:
            # "voters who are skeptical of the plan stayed home": the relative clause ends at the main verb
            end = next((k for k in range(index + 1, end) if self._verb_form(k) and not self.is_name(k)), end)
        if end <= index + (self.lower[cue.last] == "to"):
            return None
        return self._candidate(stretch, self._extent(index, end), cue, subject, None, None, 0.6)

    def _verb_before_that(self, index: int, stretch: Stretch) -> CueEntry | None:
        """An unlisted finite verb with a that-clause ("reasoned that ...") reports too, as PARC annotates."""
        word = self.lower[index]
        if (
            index + 2 >= stretch.last
            or self.lower[index + 1] != "that"
            or not word.isalpha()
            or not word.endswith(("ed", "es", "ts", "ns", "ds", "ls", "rs", "ks"))
            or self.is_name(index)
            or word in self.words["boundary"]
            or word in self.words["auxiliary"]
            or word in self.words["passive"]
        ):
            return None
        following = self.lower[index + 2]
        if (
            following not in self.words["subject_pronoun"]
            and following not in self.words["determiner"]
            and not self.is_name(index + 2)
        ):
            return None
        return CueEntry(word, "unknown", "verb")

    def _naming_call(self, index: int, stretch: Stretch) -> CueEntry | None:
        """The base form "call" naming what a pronoun stands for ("Critics call it a tax", "to call this
        un-American"): the lexicon leaves "call" out, as news uses it far more often as a noun ("a phone call",
        "his call for ..."), so only a pronoun object and a subject, modal or "to" before it make it a verb."""
        if self.lower[index] != "call" or index + 2 >= stretch.last or index == stretch.first:
            return None
        previous = self.lower[index - 1]
        if (
            self.lower[index + 1] not in NAMED_PRONOUNS
            or not (self.tokens[index + 2].text[:1].isalnum() or self._quote_opens_at(index + 2))
            or self.is_name(index + 2)  # "Friends call him Bob": a nickname, not a view
            or self.lower[index + 2] in self.words["non_cue_next"]  # "call it off", "call them up"
            or self.lower[index + 2] == "quits"
        ):
            return None
        if (
            previous in self.words["subject_pronoun"]
            or previous in {"to", "would", "will", "could", "might", "may", "should", "often", "also", "now"}
            or (
                previous.endswith("s")
                and previous.isalpha()
                and not (self.is_name(index - 1) and index - 1 > stretch.first)
            )  # "Critics call", not "Sen. Adams call"
            or previous == "percent"
        ):
            return CueEntry("call", "speech", "verb")
        return None

    def _verb_after_quotation(self, index: int, stretch: Stretch) -> CueEntry | None:
        """An unlisted past tense between a quotation's speaker and the end of the attribution ('"...," he
        surmised.', '"...!" beamed Jo Doe.'): whatever the verb, it says how the quotation was spoken."""
        word = self.lower[index]
        if (
            not word.endswith("ed")
            or not self.tokens[index].text.isalpha()
            or not self.tokens[index].text.islower()
            or word in self.words["passive"]
            or word in self.words["auxiliary"]
            or not self._attribution_ends(index + 1, stretch.last)
            or (index + 1 < stretch.last and self.lower[index + 1] in {"to", "by", "of", "for", "from"})
        ):
            return None  # '"...," a website linked to ...': a participle on a noun
        subject = self.subject_before(index, max(stretch.first, index - 4))
        mark = index - 1 if subject is None else subject[0] - 1
        if mark - 1 < stretch.first or not self._quote_closes_at(mark) or self.lower[mark - 1] not in {",", "!", "?"}:
            return None  # the quotation must end as an utterance does, with its own comma, "!" or "?"
        if (subject is None and not self.is_name(index + 1)) or (subject is not None and subject[1] != index):
            return None
        if subject is not None and (
            self.lower[subject[0]] in POSSESSIVE_DETERMINERS
            or any(self.lower[k] in {"'s", "’s"} for k in range(subject[0] - 1, subject[1]))
        ):
            return None  # '"I give up!" Her shoulders dropped.': a body's gesture, not a way of speaking
        return CueEntry(word, "speech", "verb")

    def _verb_use(self, index: int, stretch: Stretch, entry: CueEntry) -> bool:
        """Reject noun uses ("the report") and infinitives that report nothing ("declined to say")."""
        previous = self.lower[index - 1] if index > stretch.first else ""
        if previous in {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"}:
            return False
        if previous in self.words["bare_infinitive_controller"] and self._helping_verb(index - 1, stretch.first):
            return False  # "will help determine who wins", "helps explain why": a bare infinitive, nothing said
        if entry.lemma in self.words["conditional_cue"] and not self._conditional_wish(index, stretch):
            return False  # "a leader like him", "voters like the plan": no wish reported
        if self._in_idiom(index):
            return False  # "it goes without saying that ...", "all told, ...": a fixed phrase reports nothing
        if previous in GRADING_WORDS and (
            self.lower[index].endswith("ing")
            or (previous in COMPARATIVES and index - 2 >= stretch.first and self.lower[index - 2] == "the")
        ):
            return False  # "more challenging", "very threatening", "the most detailed": an adjective graded
        if self.lower[index] in self.words["noun_form"] and not self._verb_of_noun_form(index, stretch):
            return False  # "his claims", "the only hope": a noun, unless a subject and a clause frame it
        if previous == "to" and not self._reporting_infinitive(index, entry):
            return False  # "to report", "to answer": an infinitive of most cues is a noun's or a plan's
        nxt_word = self.lower[index + 1] if index + 1 < stretch.last else ""
        if (
            previous in {"no", "every", "another", "my", "your", "such", "whose"}
            or previous in self.words["noun_modifier"]
        ):
            return False  # "no messages", "a talk show", "a strong showing": a noun
        if nxt_word in self.words["modified_noun"] and entry.lemma not in self.words["tell_verb"]:
            return False  # "pledged delegates": an adjective
        if self._participle_after_possessive(index, previous, nxt_word) or self._graded_participle(index, stretch):
            return False  # "Trump's repeated accusations", "a politically charged visit": an adjective
        if self.lower[index] in self.words["programme_noun"] and self._programme_noun(previous, nxt_word):
            return False  # "a cable news show", "Her best showing is ...", "the host's show was cancelled": a noun
        if self.lower[index] in self.words["naming"] and self._after_indefinite_noun(index, stretch.first):
            return False  # "a group called Black Votes Matter": a name given, not words reported
        if self.lower[index] in self.words["naming_as"] and nxt_word == "as":
            return False  # "the hacker known as Guccifer", "also known as ISIS": a name, not a belief
        if self.lower[index] == "speaking" and (
            previous in {"so", "roughly"} or (previous.endswith("ly") and self._manner_adverb(index - 1))
        ):
            return False  # "generally speaking", "so to speak": a comment on the sentence, not a cue
        if previous in PREPOSITIONS and not self.lower[index].endswith("ing"):
            return False  # "a share of pledged delegates": no finite verb follows a preposition
        if (previous[:1].isdigit() or previous == "%") and not (
            nxt_word in self.words["subject_pronoun"]
            or nxt_word in self.words["determiner"]
            or nxt_word == "that"
            or _contracted_subject(nxt_word)  # "Six in 10 say he's ..."
        ):
            return False  # "4,000 pledged delegates": an adjective; but a poll's "Six in 10 say they ..." reports
        if entry.lemma == "speak" and nxt_word in {
            "at",
            "on",
            "in",
            "from",
            "during",
            "after",
            "before",
            "under",
            "for",
        }:
            return False  # "speaking at a rally": where, not what
        if (
            self.tokens[index].text[0].isupper()
            and index > stretch.first
            and not self._sentence_start(index)
            and not self._title_case(stretch)
        ):
            return False  # a name: "Sen. Said", "The Post"; but headlines say "Newspaper Says ..."
        nxt = self.lower[index + 1] if index + 1 < stretch.last else ""
        if nxt not in self.words["non_cue_next"] or nxt in {"in", "on", "at"}:
            return True
        if nxt == "to" and entry.lemma in self.words["impression"]:
            return True  # "seems to work": an impression with no source (`impression`)
        if nxt in TOPIC_CLASSES and entry.lemma in self.words[TOPIC_CLASSES[nxt]]:
            return True  # "cautioned against X", "vouched for X": the position reported (`_topic_preposition`)
        if nxt in {"of", "for"} and previous in self.words["passive"] and entry.lemma in self.words["passive_charge"]:
            return True  # "is accused of ...": a charge with no speaker (`expected`)
        if entry.cue_class == "speech" and self._after_quotation_and_subject(index, stretch):
            return True  # '"...," he joked with reporters', '"...," she said to cheers': the quotation's cue
        if nxt == "to" and previous in self.words["passive"] and entry.lemma in self.words["passive_report"]:
            return True  # "is said to be": a report with no speaker
        passive = previous in self.words["passive"] or self._passive_across_adverb(index, stretch.first)
        if nxt == "by" and passive and entry.lemma not in self.words["tell_verb"]:
            return True  # "was reported by X": a passive with its agent, who is the speaker
        if entry.lemma in {"say", "tell", "write", "add"} and nxt in {"of", "about", "with", "from", "through", "over"}:
            return True  # "said of the plan", "said over the phone": the attribution goes on, it is still a cue
        lemma = entry.lemma
        after = self.lower[index + 2] if index + 2 < stretch.last else ""
        if (
            lemma == "say"
            and nxt == "to"
            and (after in self.words["determiner"] or after in self.words["object_pronoun"] or self.is_name(index + 2))
        ):
            return True  # "said to the TV", not "said to be"
        if nxt == "about" and (after[:1].isdigit() or after in self.words["determiner"]):
            return True  # "said about 20 people ..."
        if nxt == "for" and after in self.words["time"]:
            return True  # "has said for weeks he ...": how long, then the report
        if self._through_that(index + 1, stretch.last) > index + 1:
            return True  # "knew from experience that ...": an adjunct before the reported clause
        return lemma in self.words["infinitive_cue"] or lemma in {"point", "add"}

    def _after_quotation_and_subject(self, index: int, stretch: Stretch) -> bool:
        """True when a short subject and a closing quotation mark stand right before the verb at ``index``
        ('"...," he joked', '"...," the mayor said'): the verb attributes the quotation, whatever follows it."""
        first = index - 1
        while first > stretch.first and index - first <= 4 and self.tokens[first - 1].text[:1].isalnum():
            first -= 1
        return (
            first > stretch.first
            and first < index
            and self.subject_before(index, first) is not None
            and (
                self._quote_closes_at(first - 1)
                or (self.lower[first - 1] == "," and first - 2 >= stretch.first and self._quote_closes_at(first - 2))
            )
        )

    def _graded_participle(self, index: int, stretch: Stretch) -> bool:
        """True for an -ed or -ing cue form between an article and a manner adverb before it and a lower-case noun
        after it ("a politically charged visit", "a newly uncovered email"): an adjective."""
        if index - 2 < stretch.first or index + 1 >= stretch.last or not self.lower[index].endswith(("ed", "ing")):
            return False
        following = self.lower[index + 1]
        return (
            self.lower[index - 2] in {"a", "an", "the"}
            and self._manner_adverb(index - 1)
            and self.tokens[index + 1].text.isalpha()
            and self.tokens[index + 1].text.islower()
            and following not in self.words["determiner"]
            and following not in self.words["subject_pronoun"]
            and following not in self.words["boundary"]
            and following not in PREPOSITIONS
        )

    def _participle_after_possessive(self, index: int, previous: str, following: str) -> bool:
        """True when a cue's -ed form stands between a possessive and a lower-case word it modifies ("the
        leadership's repeated refusal", "Trump's reported net worth"); "Lee's said that ..." ("has said") is left."""
        if not previous.endswith(("'s", "’s")) or not self.lower[index].endswith("ed") or not following.isalpha():
            return False
        owner = previous[:-2]
        return (
            owner not in self.words["subject_pronoun"]
            and owner not in self.words["expletive"]
            and self.tokens[index + 1].text.islower()
            and following not in self.words["determiner"]
            and following not in self.words["subject_pronoun"]
            and following not in self.words["boundary"]
            and following not in PREPOSITIONS
        )

    def _conditional_wish(self, index: int, stretch: Stretch) -> bool:
        """True for "would like to" at ``index`` ("would like to run", "I'd like to see", "wouldn't like to"): a
        wish, reported like "wants to"."""
        if index <= stretch.first or index + 2 >= stretch.last or self.lower[index + 1] != "to":
            return False
        previous = index - 1
        if self.lower[previous] in {"really", "also", "still"} and previous > stretch.first:
            previous -= 1  # "would really like to"
        if previous - 2 >= stretch.first and self.lower[previous - 1] == "who" and self.lower[previous - 2] in ANYONE:
            return False  # "Anyone who would like to attend should register": an invitation, no one's wish
        word = self.lower[previous]
        return word in {"would", "wouldn't", "wouldn’t"} or word.endswith(("'d", "’d"))

    def _helping_verb(self, index: int, floor: int) -> bool:
        """True when "help" at ``index`` is a verb ("will help", "to help", "they help", "helps"), not the noun
        of "families who need help say ..."."""
        if self.lower[index] != "help":
            return True  # "helps", "helped", "helping": verb forms
        before = self.lower[index - 1] if index > floor else ""
        return (
            before in self.words["bare_verb_governor"]
            or before in self.words["subject_pronoun"]
            or before in {"that", "which"}  # "genes that help explain how": a relative clause's verb
        )

    def _in_idiom(self, index: int) -> bool:
        """True when token ``index`` lies inside one of the fixed phrases of ``data/idioms.tsv``."""
        for position, words in idioms().get(self.lower[index], ()):
            first = index - position
            if first >= 0 and tuple(self.lower[first : first + len(words)]) == words:
                return True
        return False

    def _programme_noun(self, previous: str, following: str) -> bool:
        """True when "show", "shows" or "showing" names a programme or a result, not evidence shown: after a word
        that modifies such a noun ("morning shows", "her best showing"), after a name's possessive ("the host's
        show"), or before a verb or conjunction of which it is the subject ("the show was cancelled", "shows and
        films"). "Polls show", "records show that" are left alone."""
        if previous in self.words["programme_modifier"] or following in self.words["programme_next"]:
            return True
        owner = previous[:-2] if previous.endswith(("'s", "’s")) else ""
        return bool(owner) and owner not in self.words["subject_pronoun"] and owner not in self.words["expletive"]

    def _possessor(self, index: int, floor: int) -> tuple[int, int] | None:
        """The owner of a noun of stance at ``index`` ("his attacks on", "Lee's support for", "her long support
        for"): a possessive pronoun or a name's possessive, across at most two modifiers. The owner is the source;
        with no owner ("drew criticism of", "rally support for") the noun reports nothing."""
        k = index - 1
        while k >= floor and index - k <= 2 and self.tokens[k].text.isalpha() and self.tokens[k].text.islower():
            word = self.lower[k]
            if word in POSSESSIVE_PRONOUNS:
                return self._subject_owning(k, floor)
            if word in self.words["determiner"] or word in self.words["boundary"] or word in self.words["auxiliary"]:
                return None
            k -= 1
        if k < floor:
            return None
        if self.lower[k] in POSSESSIVE_PRONOUNS:
            return self._subject_owning(k, floor)
        if self.lower[k].endswith(("'s", "’s")) and self.is_name(k):
            return self._phrase_ending_at(k, floor)
        return None

    def _subject_owning(self, possessive: int, floor: int) -> tuple[int, int]:
        """The subject pronoun of the clause a possessive pronoun's noun is the object of, when they are the same
        person ("she escalated her attacks on ...": "she"), as PolNeAR marks the source; else the possessive."""
        subject = OWNING_SUBJECT.get(self.lower[possessive])
        k = possessive - 1
        while subject is not None and k >= floor and possessive - k <= 4:
            word = self.lower[k]
            if word == subject:
                return k, k + 1
            if not (self.tokens[k].text.isalpha() and self.tokens[k].text.islower()) or (
                word in self.words["boundary"] and word not in self.words["auxiliary"]
            ):
                break  # "he has stepped up his attacks": auxiliaries and particles may come between
            k -= 1
        return possessive, possessive + 1

    def _verb_of_noun_form(self, index: int, stretch: Stretch) -> bool:
        """True when a cue form that news uses as a noun as often as a verb ("claims", "hope", "fear") is a verb
        here: no possessive or modifier before it, and a clause, "that", a quotation or "to" and a verb after it
        ("Democrats hope the vote ...", "the suit claims that ...", "she promises to ..."). "Trump's claims that"
        and "the vain hope that" are nouns."""
        previous = self.lower[index - 1] if index > stretch.first else ""
        if (
            previous.endswith(("'s", "’s"))
            or previous in self.words["noun_form_modifier"]
            # "there is hope that ...", "have hope"; but "did note that ..." is a verb
            or (previous in self.words["finite"] and previous not in {"do", "does", "did"})
            or previous in self.words["determiner"]  # "both claims that ...", "several fears"
            or previous[:1].isdigit()  # "50 pledges"
        ):
            return False
        if previous in self.words["subject_pronoun"]:
            return True  # "they note, ...", "we hope so": a pronoun subject makes it a verb
        following = index + 1
        if following >= stretch.last:
            return False
        return (
            (
                self.lower[following] == "that"
                and following + 1 < stretch.last
                and not self._verb_form(following + 1)  # "claims that are false": a relative clause
            )
            or self._quote_opens_at(following)
            or (self.lower[following] == "to" and self._infinitive_verb_at(following + 1, stretch.last))
            or (self.lower[following] != "that" and self._clause_follows(following, stretch.last))
        )

    def _after_indefinite_noun(self, index: int, floor: int) -> bool:
        """True when a noun phrase opened by "a", "an" or "another" ends right before ``index`` ("a new group
        called ..."): a participle after an indefinite noun modifies it; news rarely opens a report that way.
        A name before the participle is a speaker ("A reporter for AFP called it ...")."""
        if index - 1 < floor or self.is_name(index - 1):
            return False
        for k in range(index - 1, max(floor, index - 5) - 1, -1):
            word = self.lower[k]
            if word in {"a", "an", "another"}:
                return k < index - 1
            if (
                not self.tokens[k].text[:1].isalnum()
                or word in {"and", "but", "or"}
                or word in self.words["auxiliary"]
                or self._verb_form(k)
            ):
                return False  # "backed a plan and called it ...": a second verb of the subject
        return False

    def _reporting_infinitive(self, index: int, entry: CueEntry) -> bool:
        """True for "to say" and its kin ("took to Twitter to say ...", "more likely to say they ..."): a verb of
        saying that takes a clause, in its base form after "to", reports what the clause's subject said; so does a
        stance ("voted to endorse Kim", "the first to criticize the plan"), whose object is the report."""
        return (
            ((entry.cue_class == "speech" and entry.lemma in self.words["clause_verb"]) or entry.cue_class == "stance")
            and self.lower[index] == entry.lemma
            and index + 1 < len(self.lower)
            and self.lower[index + 1] not in self.words["non_cue_next"]
            and not self._controlled_infinitive(index - 1)
        )

    def _controlled_infinitive(self, to: int) -> bool:
        """True when a verb with an object, or "too", governs the infinitive whose "to" is at ``to`` ("asked
        voters to say", "requires firms to tell", "too tired to say"): the saying is asked for, required or
        ruled out, and nobody has said anything yet."""
        controllers = self.words["infinitive_controller"]
        return any(self.lower[k] in controllers for k in range(max(0, to - _CONTROLLER_REACH), to))

    def _title_case(self, stretch: Stretch) -> bool:
        """A headline in Title Case ("Newspaper Says Clinton Needs To Quit"), where verbs are capitalised too."""
        words = [t.text for t in self.tokens[stretch.first : stretch.last] if t.text[:1].isalpha()]
        return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    def _sentence_start(self, index: int) -> bool:
        return index in self.stretch_firsts

    # ----------------------------------------------------------------- noun phrases

    def is_name(self, index: int) -> bool:
        if index >= len(self.tokens):
            return False  # past the last token: "Voters said to "
        text = self.tokens[index].text
        return text[:1].isupper() and text[:1].isalpha()

    def subject_before(self, index: int, floor: int) -> tuple[int, int] | None:
        """The speaker phrase that ends just before token ``index``: (first, last) tokens, last exclusive."""
        words = self.words
        j = index - 1
        progressive = index < len(self.lower) and self.lower[index].endswith("ing")
        for _ in range(2):  # "Police had last month charged": auxiliaries on either side of a time phrase
            while j >= floor and (
                (self.lower[j] in words["auxiliary"] and self.tokens[j].text != "May")
                or (progressive and self.lower[j] in words["progressive"])
                or self._manner_adverb(j)
                or self._floating_quantifier(j, floor)
                or (self.lower[j] in words["verb_adverb"] and j > floor)
                or (j == index - 1 and self.lower[j] in {"do", "does", "did"})
            ):
                j -= 1  # "has also said", "grudgingly agreed", "did tell", "is now calling on", "have been saying"
            before_time = self._before_time_phrase(j, floor)
            if before_time == j:
                break
            j = before_time
        if j < floor:
            return None
        if self._quote_closes_at(j) and j - 1 > floor and self.lower[j - 1] == ",":
            found = self._subject_before_quoted_aside(j - 1, floor)
            if found is not None:
                return found  # 'Mr. Hale, citing "the magic of it," said ...'
        elif self._quote_closes_at(j) and j - 1 > floor and self.tokens[j - 1].text[:1].isalnum():
            found = self._subject_before_nickname(j, floor)
            if found is not None:
                return found  # 'A man who goes by "Shorty" said ...'
        if self.lower[j] == "," and j - 1 > floor and self.lower[j - 1] == ")":
            found = self._phrase_ending_at(j - 1, floor)  # "Gov. Jo Kane (R-Ohio), said": a bracket, then a comma
            if found is not None:
                return found
        if self.lower[j] in {",", "—", "–", "--"} and j - 1 >= floor:
            # an appositive or relative clause between commas or dashes: "Hugh Hill, a doctor, said",
            # "Sen. Rob Portman (R-Ohio), another incumbent, said", "Many speakers — including X — said"
            mark = self.lower[j]
            k = j - 1
            reach = 45 if any(self.lower[m] in {"who", "which"} for m in range(max(floor, j - 45), j)) else 25
            stops = {",", "(", ";", "—", "–"} if mark == "," else {mark, "(", ";"}
            while k >= floor and self.lower[k] not in stops and j - k < reach:
                k -= 1
            if k >= floor and self.lower[k] == mark and k + 1 < j:
                opener = self.lower[k + 1]
                if (
                    opener in words["relative"]
                    or opener in words["determiner"]
                    or self.is_name(k + 1)
                    or opener.endswith(("'s", "’s"))
                    or not self.tokens[k + 1].text[:1].isupper()
                ):
                    found = self._phrase_ending_at(k - 1, floor)
                    if found is not None:
                        # an appositive holding commas ("Cy Doe, 22, of Flint, Mich., said"): the name opening
                        # the sentence is the subject, not the place
                        opening = self._opening_name(floor, found[0], j) if mark == "," else None
                        if opening is None and mark == "," and self._described_by_name(found, k + 1, j):
                            return found[0], j  # "A spokesman for the firm, Jo Park, said": the name tells who
                        return opening or found
            return self._sentence_opening_name(floor, j)
        found = self._phrase_ending_at(j, floor)
        if found is None:
            return None
        found = self._past_participle_phrase(self._restart_at_determiner(found), floor)
        if not progressive and self.lower[found[1] - 1] != "who":  # "groups backing ...": the -ing is the clause's
            found = self._relative_antecedent(found, floor)
        return self._past_interlocutor(found, floor)

    def _described_by_name(self, described: tuple[int, int], first: int, end: int) -> bool:
        """True when tokens ``first``..``end`` are a name alone and the phrase ``described`` before them ends in a
        common noun: the name is an appositive telling which person the description means."""
        head = self.tokens[described[1] - 1].text
        if not head.islower() or first >= end or self.lower[described[0] - 1] in self.words["relative"]:
            return False  # "X, who lives near the capital, Sacramento, said": the name is a place in the clause
        return all(self.is_name(k) or self.lower[k] == "." for k in range(first, end)) and self.is_name(end - 1)

    def _relative_antecedent(self, found: tuple[int, int], floor: int) -> tuple[int, int]:
        """The noun a relative clause describes when the phrase read ends that clause ("Leaders who backed Cruz or
        Ben Carson said", "Republicans who have praised his bid warned"): the clause's object does not speak."""
        for k in range(found[0] - 1, max(floor, found[0] - RELATIVE_WORDS) - 1, -1):
            word = self.lower[k]
            if word == "who" and k - 1 >= floor and self.tokens[k - 1].text[:1].isalnum():
                if not any(self._verb_form(m) for m in range(k + 1, found[0])):
                    return found
                outer = self.noun_phrase_left(k - 1, floor, through_relative=False)
                return outer if outer is not None and self._can_speak(*outer) else found
            if not self.tokens[k].text[:1].isalnum() or word in self.words["subordinator"] or word == "that":
                return found
        return found

    def _past_participle_phrase(self, found: tuple[int, int], floor: int) -> tuple[int, int]:
        """The noun an -ing phrase describes when the phrase read ends it ("Protesters marching through the
        streets chanted", "Voters living in Ohio said"): the streets and Ohio are no speakers."""
        preposition = found[0] - 1
        participle = preposition - 1
        if participle - 1 < floor or self.lower[preposition] not in PLACE_PREPOSITIONS:
            return found
        word = self.tokens[participle].text
        if not (word.endswith("ing") and word.islower()) or word in NOT_PARTICIPLES:
            return found
        head = self.noun_phrase_left(participle - 1, floor, through_relative=False)
        return (head[0], found[1]) if head is not None and self._can_speak(*head) else found

    def _past_interlocutor(self, found: tuple[int, int], floor: int) -> tuple[int, int]:
        """The speaker before "speaking to X", "who spoke with X" or "close to X" ("A source speaking to Fox News
        said", "a person close to the owner said"): X is whom the speaker talked to or is tied to, not the
        speaker; a source tied to X keeps X in its mention."""
        k = found[0] - 1
        if k - 1 <= floor or self.lower[k] not in {"to", "with", "in", "on"}:
            return found
        k -= 1
        if self.lower[k] in self.words["source_modifier"]:
            outer = self.noun_phrase_left(k - 1, floor, through_relative=False)  # "a person close to the owner"
            return (outer[0], found[1]) if outer is not None and self._can_speak(*outer) else found
        if self.lower[k] not in self.words["interlocution"] or self.lower[k + 1] not in {"to", "with"}:
            return found
        k -= 1
        if self.lower[k] in {"who", "that"} and k - 1 >= floor:
            k -= 1
        outer = self.noun_phrase_left(k, floor, through_relative=False) if k >= floor else None
        return outer if outer is not None and self._can_speak(*outer) else found

    def _opening_name(self, floor: int, before: int, verb: int) -> tuple[int, int] | None:
        """A name and its comma opening the sentence, after any dateline or opening quotation, and ending before
        ``before``; not an introductory word ("Meanwhile,", "Yesterday,", "Speaking ...")."""
        start = self._sentence_words_start(floor, verb, before)  # '"...," Mr. Doe, now 81 and ..., said'
        if start >= before:
            return None
        word = self.lower[start]
        if (
            word in self.words["adverb"]
            or word in self.words["time"]
            or word in self.words["boundary"]
            or word in self.words["determiner"]
            or word in INTRODUCTIONS
            or word in SETTING_OPENERS
            or word.endswith("ing")
        ):
            return None
        found = self._sentence_opening_name(start, before)
        return found if found is not None and found[1] < before else None

    def _floating_quantifier(self, j: int, floor: int) -> bool:
        """ "both" in "X and Y have both said": a quantifier after the subject or its auxiliary, not the subject."""
        if self.lower[j] not in self.words["floating_quantifier"] or j - 1 < floor:
            return False
        previous = self.lower[j - 1]
        return (
            previous == ")"
            or previous in self.words["auxiliary"]
            or (
                self.tokens[j - 1].text[:1].isalnum()
                and previous not in self.words["boundary"]
                and previous not in self.words["determiner"]
            )
        )

    def _after_comma_and_set_phrase(self, index: int, floor: int) -> bool:
        """True when a comma and a set phrase ("at one point", "in turn", "in particular") come just before
        ``index``."""
        k = index - 1
        if k - 2 < floor or self.lower[k] not in self.words["adverbial_noun"]:
            return False
        k -= 1
        if self.lower[k] in {"the", "one", "a", "that", "this"}:
            k -= 1
        return k - 1 >= floor and self.lower[k] in {"in", "at", "for", "by"} and self.lower[k - 1] == ","

    def _before_adverbial_phrase(self, j: int, floor: int) -> int:
        """The token before a set phrase like "in the past", "in particular" or "at the time" ending at ``j``,
        else ``j``."""
        if self.lower[j] not in self.words["adverbial_noun"]:
            return j
        k = j - 1
        if k > floor and self.lower[k] in {"first", "last"} and self.lower[j] == "time":
            k -= 1  # "for the first time"
        if k > floor and self.lower[k] == "the":
            k -= 1
        if k <= floor or self.lower[k] not in {"in", "at", "for", "by"}:
            return j
        return self._before_time_phrase_end(j, k - 1, floor)

    def _before_time_phrase(self, j: int, floor: int, *, after_conjunction: bool = False) -> int:
        """The token before a time phrase ending at ``j`` between a subject and its verb ("The senator on Monday
        said", "A poll released Sunday found", "Jones last week said"), else ``j``: the time is no speaker.
        ``after_conjunction`` lets the phrase follow "and" or "but" ("... but on Tuesday wrote")."""
        words = self.words
        if j - 2 > floor and self.lower[j] == "ago" and self.lower[j - 1] in words["time"]:
            k = j - 2  # "two weeks ago", "a year ago"
            if self.lower[k] in {"a", "few", "several", "many"} or self._number(k):
                k -= 1
            while k - 1 > floor and self.lower[k] in APPROXIMATORS:
                k -= 2 if self.lower[k] == "than" else 1  # "about a year ago", "less than two weeks ago"
            return self._before_time_phrase_end(j, k, floor, after_conjunction)
        if j > floor and self.lower[j] in words["adverbial_noun"]:
            before = self._before_adverbial_phrase(j, floor)
            if before != j:
                return before
        if j - 1 > floor and self._month_or_year(j) and self.lower[j - 1] in words["time_modifier"]:
            k = j - 1  # "in late August", "in 2010", "in June 2012"
            while k > floor and self.lower[k] in words["time_modifier"]:
                k -= 1
            return self._before_time_phrase_end(j, k, floor, after_conjunction)
        if (
            j - 2 > floor
            and self._year(j)
            and self._month_or_year(j - 1)
            and self.lower[j - 2] in words["time_modifier"]
        ):
            return self._before_time_phrase(j - 1, floor, after_conjunction=after_conjunction)
        if j <= floor or self.lower[j] not in words["time_noun"]:
            return j
        k = j - 1
        if self.lower[k] in words["time_bare"] and self.lower[j] not in words["time_bare"]:
            k -= 1  # "Monday night"
        while k > floor and self.lower[k] in words["time_modifier"]:
            k -= 1  # "on Monday", "earlier this month"
        if k == j - 1 and self.lower[j] not in words["time_bare"]:
            return j  # "the week", "a long night": a bare "week" or "night" needs "last", "this" ...
        return self._before_time_phrase_end(j, k, floor, after_conjunction)

    def _year(self, index: int) -> bool:
        text = self.tokens[index].text
        return len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}

    def _month_or_year(self, index: int) -> bool:
        """A capitalised month name ("August", "Sept") or a year ("2012")."""
        text = self.tokens[index].text
        return self._year(index) or (text[:1].isupper() and self.lower[index] in self.words["month"])

    def _before_time_phrase_end(self, j: int, k: int, floor: int, after_conjunction: bool = False) -> int:
        """``k`` when it can end a subject or an auxiliary (a word or a closing bracket, no preposition or
        conjunction), else ``j``."""
        if k > floor and self._participle_at(k) and self.lower[k - 1] not in self.words["passive"]:
            k -= 1  # "A poll released Sunday found": the participle modifies the subject
        word = self.lower[k] if k >= floor else ""
        if not word or (
            word in self.words["boundary"]
            and word not in self.words["auxiliary"]
            and not (after_conjunction and word in {"and", "but", "yet"})
        ):
            return j
        return k if self.tokens[k].text[:1].isalnum() or self.lower[k] in {")", "."} else j

    def _subject_before_nickname(self, closing: int, floor: int) -> tuple[int, int] | None:
        """The subject of a relative clause that ends in a short quotation, a nickname or a title ('A man who goes
        by "Shorty" said'): the phrase before the relative word."""
        reach = max(floor, closing - SCARE_QUOTE_WORDS - 2)
        opening = next((k for k in range(closing - 1, reach - 1, -1) if self._quote_opens_at(k)), None)
        if opening is None:
            return None
        relative = next(
            (k for k in range(opening - 1, max(floor, opening - 8) - 1, -1) if self.lower[k] in {"who", "which"}),
            None,
        )
        if relative is None or relative - 1 < floor or not self.tokens[relative - 1].text[:1].isalnum():
            return None
        return self.noun_phrase_left(relative - 1, floor, through_relative=False)

    def _subject_before_quoted_aside(self, comma: int, floor: int) -> tuple[int, int] | None:
        """The subject before an aside that ends in a quotation and a comma (', citing "...",'): the aside opens
        with a lower-case word after a comma that follows the subject. Look-backs are bounded."""
        opening = next((k for k in range(comma - 1, max(floor, comma - 30) - 1, -1) if self._quote_opens_at(k)), None)
        if opening is None or opening <= floor:
            return None
        k = opening - 1
        while k > floor and self.lower[k] != "," and opening - k < 12:
            k -= 1
        if k <= floor or self.lower[k] != "," or not self.tokens[k + 1].text[:1].islower():
            return None
        return self._phrase_ending_at(k - 1, floor)

    def _manner_adverb(self, index: int) -> bool:
        """A lowercase -ly word that is no noun or adjective in disguise ("flatly", not "only" or "Kelly")."""
        text = self.tokens[index].text
        return text.endswith("ly") and text.islower() and text not in self.words["not_adverb"]

    def _phrase_ending_at(self, j: int, floor: int) -> tuple[int, int] | None:
        """A noun phrase ending at token ``j``, perhaps with a bracket after the name ("Sen. X (R-Ohio)")."""
        if j < floor:
            return None
        if (
            self.lower[j] == "."
            and j - 1 >= floor
            and self.is_name(j - 1)
            and (len(self.lower[j - 1]) <= 3 or self.tokens[j - 1].text in _name_abbreviations())
        ):  # "James B. Comey Jr.", "Microsoft Corp.": an abbreviation ends the name
            found = self.noun_phrase_left(j - 1, floor)
            return None if found is None else (found[0], j + 1)
        if self.lower[j] in {")", "]"}:  # round or square: "Jo Park (D-Ohio) said", "Jo Park [the coach] said"
            opening = "(" if self.lower[j] == ")" else "["
            k = j - 1
            while k > floor and self.lower[k] != opening and j - k < BRACKET_ASIDE_TOKENS:
                k -= 1
            if self.lower[k] != opening or k - 1 < floor:
                return None
            found = self.noun_phrase_left(k - 1, floor)
            if found is None:
                return None
            return (found[0], j + 1) if j - k < 8 else found  # a label ("(R-Ohio)") is part of the name; an aside not
        return self.noun_phrase_left(j, floor)

    def _sentence_opening_name(self, floor: int, before: int) -> tuple[int, int] | None:
        """A name opening the sentence and followed by a comma: "Sandra Inman, a supporter from Jackson, Miss.,
        attending the convention, said ..." when the appositive itself holds commas."""
        end = floor
        while end < before and (self.is_name(end) or self.lower[end] == "."):
            end += 1
        if end == floor or end >= before or self.lower[end] != "," or not self.is_name(end - 1):
            return None
        return floor, end

    def noun_phrase_left(self, head: int, floor: int, *, through_relative: bool = True) -> tuple[int, int] | None:
        """Read a noun phrase leftwards from its last token ``head``."""
        words = self.words
        token = self.lower[head]
        tail = head + 1  # the phrase ends here; ``head`` may move left over a "%" ("42% say")
        if token == "%" and head - 1 >= floor and self._number(head - 1):
            head -= 1
            token = self.lower[head]
        if not self.tokens[head].text[:1].isalnum():
            return None
        if token in words["subject_pronoun"] and token != "who":
            return head, head + 1
        if token in words["boundary"] or token in words["negation"] or _dated(token):
            return None
        if token.endswith("ed") and not self.is_name(head) and not self._role_noun(head):
            return None  # "translated comments": an adjective before a noun that looked like a verb
        first = head
        k = head - 1
        while k >= floor and head - k < 12:
            word = self.lower[k]
            if not self.tokens[k].text[:1].isalnum():
                if word in {"'", "’"} and k - 1 >= floor and self.lower[k - 1].endswith("s"):
                    k -= 1  # plural possessive: "the Smiths' lawyer"
                    continue
                if word == "." and k - 1 >= floor and len(self.lower[k - 1]) <= 4 and self.is_name(k - 1):
                    k -= 1  # "Mr." "Sen."
                    continue
                break
            if word in words["relative"] and k - 1 >= floor:
                # "a man who saw it said": the speaker is the phrase before the relative clause (one level only)
                if word != "that" and through_relative:
                    outer = self.noun_phrase_left(k - 1, floor, through_relative=False)
                    if outer is not None:
                        return outer
                break
            if word in {"in", "of"} and k - 1 >= floor and self._number(k - 1) and self._number(k + 1):
                first = k  # a share of those polled: "Six in 10", "two of three"
                k -= 1
                continue
            if (
                (word in words["joiner"] or word == "to")  # "the envoy to France", "ambassador to the UN"
                and k - 1 >= floor
                and (self._role_noun(k - 1) or (word != "to" and self.is_name(k - 1)))
            ):
                first = k
                k -= 1
                continue
            if word == "and" and k - 1 >= floor and self.is_name(k - 1) and self.is_name(first):
                first = k
                k -= 1
                continue
            if (
                word == "and"
                and k - 1 >= floor
                and self.lower[k - 1] in {"he", "she", "i", "we", "they"}
                and (self.lower[first] in words["determiner"] or self._number(first))
            ):
                return k - 1, tail  # "she and another reporter said": both speak

            if (
                word in words["boundary"]
                or word in words["negation"]
                or word in words["subject_pronoun"]
                or _dated(word)
            ):
                break
            if word in words["passive"] or (
                word.endswith("ed")
                and not self.is_name(k)
                and not self._role_noun(k)
                and not (k - 1 >= floor and self.lower[k - 1] in words["determiner"])
                and not (through_relative and k - 1 > floor and self.lower[k - 1] in {"who", "that"})
            ):
                break  # but "voters who backed Trump say": the verb of a relative clause, whose antecedent speaks
            first = k
            k -= 1
        first = self._trim_left(first, head)
        return (first, tail) if first <= head else None

    def _trim_left(self, first: int, head: int) -> int:
        """Drop sentence adverbs and time words from the left edge ("But", "Earlier this month")."""
        words = self.words
        while first < head:
            word = self.lower[first]
            if word in words["determiner"] and first + 1 == head and self.lower[head] not in words["time"]:
                break  # "this source", not "this week"
            if (
                word in words["adverb"]
                or word in words["time"]
                or (
                    self.tokens[first].text[:1].isdigit()
                    and first + 1 <= head
                    and self.lower[first + 1] in words["time"]
                )
            ):
                first += 1
                continue
            break
        # "Earlier this month the president": restart at a determiner that follows a time phrase
        for k in range(head, first, -1):
            if self.lower[k] in {"the", "a", "an"} and self.lower[k - 1] in words["time"]:
                return k
        return first

    def _restart_at_determiner(self, phrase: tuple[int, int]) -> tuple[int, int]:
        """A subject read leftwards starts again at a determiner after a lowercase word that is no preposition:
        the words before it end another phrase ("As a result | some folks believe", "even | the devil said")."""
        first, end = phrase
        if end - first < 3:
            return phrase  # no room for a phrase before a determiner and one after it
        opened = first > 0 and self.lower[first - 1] in self.words["boundary"]  # "As | a result some folks"
        for k in range(end - 1, first, -1):
            before = self.lower[k - 1]
            if k - first == 2 and self.lower[first] in self.words["determiner"] and not opened:
                break  # "The diversity the state offers is ...": a relative clause with no "that" on its noun
            if (
                self.lower[k] in PHRASE_OPENING_DETERMINERS
                and self.tokens[k - 1].text.isalpha()
                and self.tokens[k - 1].text.islower()
                and before not in self.words["determiner"]
                and before not in self.words["boundary"]  # "a spokesman at the ministry": one phrase
                and before not in PREPOSITIONS
                and before not in self.words["time"]  # "the next few months"
                and not before.endswith("ing")  # "a post getting a lot of clicks"
            ):
                return k, end
        return phrase

    def _number(self, index: int) -> bool:
        word = self.lower[index]
        return word[:1].isdigit() or word in NUMBER_WORDS

    def _approximate_number(self, index: int) -> bool:
        """True for "about" before a number ("said about 20 people came", "about half of them") and for "at least"
        or "at most" ("reported at least six planes ..."): it opens the reported clause's subject, not the topic
        of the report."""
        if self.lower[index] == "at":
            return index + 1 < len(self.lower) and self.lower[index + 1] in {"least", "most"}
        return self.lower[index] == "about" and index + 1 < len(self.lower) and self._number(index + 1)

    def _role_noun(self, index: int) -> bool:
        return self.lower[index] in self.lexicons.titles

    def noun_phrase_right(self, start: int, limit: int) -> tuple[int, int] | None:
        """Read a speaker phrase rightwards from ``start`` ("said Zelensky", "said the official")."""
        words = self.words
        if start >= limit:
            return None
        token = self.lower[start]
        if token in words["subject_pronoun"] and token != "who":
            return start, start + 1
        if not self.tokens[start].text[:1].isalnum() or token in words["boundary"] or token in words["joiner"]:
            return None  # "said of the Clintons": a preposition, not a speaker
        end = start
        while end < limit and end - start < 10:
            word = self.lower[end]
            text = self.tokens[end].text
            if (
                word == "."
                and end > start
                and len(self.lower[end - 1]) <= 4
                and self.is_name(end - 1)
                and end + 1 < limit
                and self.is_name(end + 1)
            ):
                end += 1
                continue
            if not text[:1].isalnum():
                break
            if end > start and (word in words["boundary"] and word not in words["joiner"]):
                break
            if (
                end > start
                and word in words["joiner"]
                and not (end + 1 < limit and (self.is_name(end + 1) or self.lower[end + 1] in {"the", "a"}))
            ):
                break
            if end > start and word in words["time"] and not self.is_name(end):
                break
            if end > start and word in {"who", "whom", "whose", "which"}:
                break  # "said a voter who asked ...": a relative clause follows the speaker
            if (
                end > start
                and self.lexicons.cue_verbs.get(word) is not None
                and not self.is_name(end)
                and not (word in words["noun_form"] and self.lower[end - 1] in words["determiner"])
            ):
                break  # a verb ends the phrase; "a note", "the claims": a noun after a determiner does not
            end += 1
        return (start, end) if end > start else None

    def object_phrase(self, start: int, limit: int) -> tuple[int, int] | None:
        """The addressee right after a tell-verb: a name, an object pronoun or a short noun phrase."""
        if start >= limit:
            return None
        word = self.lower[start]
        if word in self.words["object_pronoun"] or word in self.words["addressee_noun"]:
            return start, start + 1
        if word in self.words["time"]:
            return None  # "promised Sunday to ...": a day, not whom the promise was made to
        if self.is_name(start):
            end = start
            while end < limit and (
                self.is_name(end) or (self.lower[end] in {"of", "."} and end + 1 < limit and self.is_name(end + 1))
            ):
                end += 1
            return start, end
        if word in {"the", "a", "an", "his", "her", "their"}:
            end = start + 1
            if end < limit and self.is_name(end):
                while end < limit and self.is_name(end):
                    end += 1
                return start, self._named_group_end(end, limit)  # "told the AP his firm ...": the name ends it
            while (
                end < limit
                and end - start < 5
                and self.tokens[end].text[:1].isalnum()
                and self.lower[end] not in self.words["boundary"]
                and self.lower[end] not in self.words["subject_pronoun"]
            ):
                end += 1
            return (start, end) if end > start + 1 else None
        return None

    def _bare_addressee(self, start: int, limit: int) -> tuple[int, int] | None:
        """A bare plural told to do something ("told residents to stay home"): the addressee of "tell", whose
        infinitive is the report ("urged fans to ..." keeps its object in the report, as PolNeAR does)."""
        word = self.lower[start] if start < limit else ""
        if (
            word.isalpha()
            and start + 2 < limit
            and self.lower[start + 1] == "to"
            and word not in self.words["boundary"]
            and word not in self.words["determiner"]
            and self._infinitive_verb_at(start + 2, limit)
        ):
            return start, start + 1
        return None

    def _named_group_end(self, end: int, limit: int) -> int:
        """Where an addressee that opens with a name ends when a common noun heads it ("told a Planned
        Parenthood gathering in Ohio she ..."): through the noun and a place, when a pronoun subject or "that"
        follows; else at ``end``, after the name."""
        k = end
        while k < limit and k - end < 2 and self.tokens[k].text[:1].islower() and self.tokens[k].text.isalpha():
            word = self.lower[k]
            if (
                word in self.words["boundary"]
                or word in self.words["subject_pronoun"]
                or (self._verb_form(k) and not word.endswith("ing"))  # "a Senate hearing" is a noun
            ):
                break
            k += 1
        if k == end:
            return end
        if k + 1 < limit and self.lower[k] in {"in", "at"} and self.is_name(k + 1):
            k += 1
            while k < limit and self.is_name(k):
                k += 1
        if k < limit and (self.lower[k] in self.words["subject_pronoun"] or self.lower[k] == "that"):
            return k
        if k >= limit or self.lower[k] in self.words["time"] or self.lower[k] in {".", ",", ";"}:
            return k  # '"...," she told a Senate panel Wednesday.': the attribution ends with the noun
        return end

    # ----------------------------------------------------------------- what follows a cue

    def skip_adjuncts(self, index: int, limit: int) -> tuple[int, tuple[int, int] | None]:
        """Skip time expressions and channels after a cue; return the next index and the channel tokens."""
        words = self.words
        channel = None
        while index < limit:
            word = self.lower[index]
            if word in {"this", "next"} and (index + 1 >= limit or self.lower[index + 1] not in words["time"]):
                break  # "said this rule is unfair": a determiner opens the report; "said this week" is a time
            if word in words["time"] or (
                word in {"on", "in", "at", "during", "for", "earlier", "late", "last"}
                and index + 1 < limit
                and self.lower[index + 1] in words["time"]
            ):
                index += 2 if word in {"on", "in", "at", "during", "for", "last"} else 1  # "has said for weeks"
                continue
            if (
                word in {"in", "at", "from"}
                and index + 2 < limit
                and self.is_name(index + 1)
                and self._phrase_at(index, limit, "channel") is None
            ):
                end = index + 1
                while end < limit and self.is_name(end):
                    end += 1
                if end < limit and self.lower[end] in {"that", ","}:
                    index = end  # a place: "says in Ohio that ...", "told a crowd in Cleveland that ..."
                    continue
            if word == "on" and index + 1 < limit and (self.is_name(index + 1) or self.lower[index + 1].isdigit()):
                end = index + 1
                while end < limit and (self.is_name(end) or self.lower[end].isdigit()):
                    end += 1
                if (
                    not any(self.lower[k] in words["time"] for k in range(index + 1, end))
                    and not self.lower[index + 1].isdigit()
                    and not self.lower[index + 1].startswith(
                        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                    )
                ):
                    channel = (index, end)
                index = end
                continue
            phrase = self._phrase_at(index, limit, "channel")
            if phrase is not None:
                channel = (index, phrase)
                index = phrase
                # "in an interview with the BBC"
                if index < limit and self.lower[index] == "with":
                    index += 1
                    while index < limit and (self.is_name(index) or self.lower[index] in {"the", "a"}):
                        index += 1
                continue
            if word in {
                "also",
                "again",
                "repeatedly",
                "publicly",
                "privately",
                "later",
                "previously",
                "recently",
                "separately",
                "earlier",
                "too",
                "flatly",
                "simply",
                "then",
                "once",
            } or (
                word.endswith("ly")
                and len(word) > 4
                and word not in self.words["not_adverb"]
                and not self.is_name(index)
            ):
                index += 1
                continue
            if (
                word == ","
                and index + 1 < limit
                and (self.lower[index + 1] in words["time"] or self._phrase_at(index + 1, limit, "channel") is not None)
            ):
                index += 1
                continue
            break
        return index, channel

    def _phrase_at(self, index: int, limit: int, role: str) -> int | None:
        """The end of the cue phrase of ``role`` starting at ``index`` ("in a statement"), else None."""
        if index >= limit or self.lower[index] not in self.phrase_openers:
            return None  # most words open no phrase: one set lookup, no keys built
        for length in (5, 4, 3, 2):
            key = tuple(self.lower[index : index + length])
            entry = self.lexicons.cue_phrases.get(key)
            if len(key) == length and index + length <= limit and entry is not None and entry.role == role:
                return index + length
        return None

    # ----------------------------------------------------------------- main loop

    def find(self) -> list[QuoteCandidate]:
        candidates: list[QuoteCandidate] = []
        labelled_until = -1  # a "NAME: ..." paragraph: its words are the speaker's, not further attributions
        for number, stretch in enumerate(self.stretches):
            if stretch.start < labelled_until:
                continue
            label = self.colon_label(stretch, number)
            if label is not None:
                candidates.append(label)
                labelled_until = label.end
                continue
            cues = self.cues_in(stretch)
            found: list[QuoteCandidate] = []
            for position, cue in enumerate(cues):
                later = cues[position + 1 : position + 1 + LATER_CUES_CONSIDERED]
                candidate = self.attribute(stretch, number, cue, later)
                if candidate is not None:
                    found.append(candidate)
            if not found:
                dash = (
                    self.dash_attribution(stretch)
                    or self.colon_statement(stretch)
                    or self.dash_credit(stretch)
                    or self.poll_opening(stretch)
                )
                if dash is not None:
                    found.append(dash)
            found.extend(self.hearsay(stretch, cues))
            candidates.extend(found)
        candidates.extend(self.unattributed_quotations(candidates))
        candidates.sort(key=lambda c: c.start)
        return candidates

    def attribute(self, stretch: Stretch, number: int, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """Try each construction around one cue; the first that fits gives the candidate. A report that is denied
        yet reported ("would not endorse Trump", "does not want to raise taxes") keeps its negation in the cue, so
        the quote never reads as the stance it denies."""
        denied = self._negated(cue, stretch)
        candidate = self._construction(stretch, number, cue, later, denied)
        if denied and candidate is not None and candidate.cue and candidate.cue[0] == self.tokens[cue.first].start:
            first = self._before_negation(cue.first, stretch.first)
            candidate.cue = (self.tokens[first].start, candidate.cue[1])
        return candidate

    def _construction(
        self, stretch: Stretch, number: int, cue: Cue, later: Sequence[Cue], denied: bool
    ) -> QuoteCandidate | None:
        """The candidate of the first construction that fits around one cue (see `attribute`); ``denied`` when a
        negation stands before the cue."""
        if (
            denied
            and cue.entry.cue_class == "stance"
            and cue.last < stretch.last
            and self.lower[cue.last] in {"a", "an"}
        ):
            return None  # "has not endorsed a candidate": no one is backed or opposed
        if (
            denied
            and cue.entry.lemma not in self.words["negatable"]
            and cue.entry.role != "attitude"  # "are not enamored of X" reports the attitude denied
            and not self._denied_prediction(cue, stretch)
            and not self._denied_intention(cue, stretch)
            and not self._withheld_answer(cue, stretch)
        ):
            return None
        if cue.entry.lemma in self.words["to_frame"] and not self._as_frame(cue, stretch, TO_LINKS):
            return None  # "compared the two cars": likening reports a view only as "compare X to Y"
        if cue.entry.lemma in self.words["person_object"] and not self._person_at(cue.last, stretch.last):
            return None  # "hammered a nail", "ripped the paper": an attack in words is aimed at someone
        if (
            cue.entry.lemma in self.words["as_frame"]
            and not self._as_frame(cue, stretch)
            and self._passive_as(cue, stretch) is None
        ):
            return None  # "we will see", "saw a rise": seeing reports a view only as "see X as Y"
        if cue.entry.role == "object":
            return self.according_to(stretch, cue)
        if cue.entry.role == "possessor":
            # "His attacks on Wall Street have elevated ...": the owned noun is the sentence's subject, so its
            # object ends where the main verb begins
            reach = min(stretch.last, cue.last + 1 + STANCE_OBJECT_LIMIT)  # the object is bounded: a constant cost
            verb = next(
                (
                    k
                    for k in range(cue.last + 1, reach)
                    if (
                        self.lower[k] in self.words["finite"]
                        or self.lower[k] in self.words["past_verb"]
                        or self._past_after_noun(k)
                    )
                    and not self.inside_quote[k]
                ),
                reach,
            )  # "His attacks on the plan angered voters": "angered" too
            bounded = attrs.evolve(stretch, last=verb)
            return self._stance(bounded, cue, self._possessor(cue.first, stretch.first), cue.last)
        if cue.entry.role == "attitude":
            return self.attitude(stretch, cue, later)
        if cue.entry.role == "owned":
            return self.owned_report(stretch, cue, later)
        if (
            cue.entry.lemma in self.words["impression"]
            and cue.last < stretch.last
            and (self.lower[cue.last] == "to" or self._impression_complement(cue, stretch))
        ):
            return self.impression(stretch, cue, later)
        if cue.entry.lemma == "continue" and self._continues_object(cue.last, stretch.last):
            return None  # "continued their search", "continuing his win streak": an activity goes on, no words
        if cue.entry.lemma == "add" and self._adds_thing(cue.last, stretch.last):
            return None  # "added 1 million jobs", "adds another title to his resume": a sum or a collection grows
        if cue.entry.lemma == "find" and self._found_means(cue.last, stretch.last):
            return None  # "found ways to press his agenda", "found common ground": a means or place, no finding
        form = self.lower[cue.first]
        before = self.lower[cue.first - 1] if cue.first > stretch.first else ""
        if cue.first - 1 > stretch.first and (
            self._manner_adverb(cue.first - 1) or (form.endswith("ing") and before in self.words["participle_adverb"])
        ):
            before = self.lower[cue.first - 2]  # "is widely expected", ", falsely suggesting", ", later adding"
        if form.endswith("ing") and self._after_comma_and_set_phrase(cue.first, stretch.first):
            before = ","  # ", at one point calling ...", ", in turn saying ...": still a participle on the clause
        elif (
            form.endswith("ing")
            and cue.first - 2 > stretch.first
            and self.lower[cue.first - 2] == ","
            and self._quote_closes_at(cue.first - 1)
        ):
            before = ","  # 'called it a "bad deal," saying ...': the comma stands inside the quotation marks
        passive = before in self.words["passive"] or self._passive_across_adverb(cue.first, stretch.first)
        if passive and not form.endswith("ing"):
            return self.expected(stretch, cue, later)  # "was told", "is said to": no speaker in the subject
        if before == "to":
            return self.reporting_infinitive(stretch, cue, later)
        asks = cue.entry.lemma in {"ask", "asked about"}
        if asks and (cue.first == stretch.first or before in {"when", "if", "after", "once", "as"}):
            return self.question_put(stretch, cue)
        if form.endswith("ing") and before == "":
            # "Noting that ..., she said ...": the participle opens the sentence, its subject follows the comma;
            # with no comma ("Saying goodbye is hard"), it is a gerund
            window = range(cue.last + 1, min(stretch.last, cue.last + 40))
            comma = next((k for k in window if self.lower[k] == "," and not self.inside_quote[k]), None)
            if comma is None or cue.entry.lemma in self.words["intransitive"]:
                return None  # "Speaking Sunday on ABC, she ...": where and when, not what
            subject = self.clause_subject(stretch, stretch.last) or self._subject_after_comma(
                cue.last, stretch.last, described=True
            )
            return self.participle(attrs.evolve(stretch, last=comma), cue, later, subject)
        if form.endswith("ing") and before in {
            ",",
            "by",
            "from",
            "after",
            "before",
            "while",
            "when",
            "without",
            "in",
            "upon",
            "on",
            "besides",
            "—",
            "–",
        }:
            return self.participle(stretch, cue, later)
        if form.endswith("ing") and before in {
            "for",
            "of",
            "about",
            "against",
            "at",
            "into",
            "like",
            "than",
            "despite",
        }:
            return None  # "thanked X for backing ...": a gerund after a preposition, its subject unknown
        if (before in CLOSING or cue.first == stretch.first) and not self._appositive_subject(stretch, cue):
            inverted = self.inverted(stretch, number, cue)
            if inverted is not None:
                return inverted
        if before in {"which", "that"} and cue.entry.cue_class not in {"speech", "stance"}:
            return None  # "a law that requires ...": a relative clause on a thing describes, it does not report
        verb = cue.first
        if (
            form.endswith("ing")
            and cue.first - 1 > stretch.first
            and self.lower[cue.first - 1] in self.words["catenative"]
        ):
            verb = cue.first - 1  # "he began dismissing ...": the speaker is the subject of "began"
        subject = self.subject_before(verb, stretch.first)
        if (
            subject is not None
            and form.endswith("ing")
            and self._can_speak(*subject)
            and cue.last < stretch.last
            and self.tokens[cue.last].text[:1].isalnum()  # words follow: "people of real understanding," none
        ):
            # "X, who spent the speech defending ...": the participle goes on the nearest clause
            subject = self._subordinate_subject(stretch, cue) or self._past_place_object(stretch, cue, subject)
        unspeakable = None
        if subject is not None and not self._can_speak(*subject):
            # "... but on Tuesday wrote": a time, not a speaker; the clause's subject is tried below, and failing
            # that the report stands with no speaker
            unspeakable, subject = subject, None
        if subject is not None and form.endswith("ing"):
            subject = self._issuer(subject, stretch.first)
        link = verb - 1
        while link > stretch.first and (
            self.lower[link] in self.words["auxiliary"] or self.lower[link] in self.words["subject_adverb"]
        ):
            link -= 1  # "... and has pledged", "... and then said"
        link = self._before_time_phrase(link, stretch.first, after_conjunction=True)  # "... but on Tuesday wrote"
        while link > stretch.first and self.lower[link] in self.words["auxiliary"]:
            link -= 1
        if subject is None and self.lower[link] in self.words["poll_participle"] and link > stretch.first:
            polled = self.subject_before(link, stretch.first)  # "those surveyed say ...", "voters polled said"
            subject = (polled[0] if polled is not None else link - 1, link + 1)
        if subject is None and self._refusal(cue.first - 1, cue, stretch.last):
            subject = self.subject_before(cue.first - 1, stretch.first)  # "X would not say": "would" is auxiliary
        if subject is None and denied:
            subject = self.subject_before(self._before_negation(cue.first, stretch.first), stretch.first)
        if subject is None and self.lower[link] in {"and", "but", "yet"}:
            # "she praised Garland and said ...", "... but says"; "X, who backed Y and criticized ...": "who"
            subject = self._subordinate_subject(stretch, cue) or self.clause_subject(stretch, cue.first)
        if (
            subject is None
            and (
                cue.entry.cue_class == "stance"
                or (cue.entry.cue_class == "speech" and cue.entry.lemma not in self.words["thing_act"])
            )
            and link > stretch.first
            and self.lower[link] in {"which", "that"}
        ):
            # "the union, which endorsed Kim", "a group that says ...": the relative pronoun is the source
            subject = (link, link + 1)
        subject = subject or unspeakable
        if subject is None:
            return None
        candidate = self.after_subject(stretch, number, cue, subject, later)
        if candidate is not None and candidate.kind != QuoteKind.DIRECT and self._in_relative_clause(cue, stretch):
            self._end_at_comma(candidate, cue.last, stretch)
        elif candidate is not None and candidate.kind == QuoteKind.INDIRECT and self._in_subject_relative(cue, stretch):
            self._end_at_main_verb(candidate, stretch)
        if candidate is not None:
            self._open_free_relative(candidate, subject, cue, stretch)
            self._open_gapped_relative(candidate, subject, cue, stretch)
            self._open_gapped_object(candidate, subject, cue, stretch)
            self._open_named_relative(candidate, subject, cue, stretch)
        return candidate

    def _open_named_relative(
        self, candidate: QuoteCandidate, subject: tuple[int, int], cue: Cue, stretch: Stretch
    ) -> None:
        """Start the content at the relative word that a verb of naming takes as its object ("the deal, which he
        called a disaster", "a rival whom she described as reckless"): the words after the cue are only the
        name given, and PolNeAR's content spans the relative clause."""
        relative = subject[0] - 1
        if (
            cue.entry.lemma not in self.words["naming_verb"]
            or relative <= stretch.first
            or self.lower[relative] not in {"which", "whom", "that"}
        ):
            return
        first = bisect.bisect_left(self.tokens, candidate.start, key=_TOKEN_START)
        if first < cue.last or first >= stretch.last or self.lower[first] in self.words["object_pronoun"]:
            return  # "which he called it": the object is there
        before = self.lower[relative - 1]
        if before in self.words["boundary"]:
            return  # "tweets in which he called X 'disgusting'": the relative word is no object of the cue
        opener = self.lower[subject[0]]
        if self.lower[relative] == "that" and (
            not self.tokens[relative - 1].text.isalpha()
            or self._verb_form(relative - 1)
            or not (
                opener in self.words["determiner"]
                or opener in self.words["subject_pronoun"]
                or self.is_name(subject[0])
            )
        ):
            return  # "said that Doe called ...", "harness that power": no relative "that" on a noun
        candidate.segments[0] = (self.tokens[relative].start, candidate.segments[0][1])

    def _open_gapped_object(
        self, candidate: QuoteCandidate, subject: tuple[int, int], cue: Cue, stretch: Stretch
    ) -> None:
        """Start the content at the noun a relative clause hangs on when the infinitive after the cue lacks its
        object ("the office she hoped to win", "a deal which he agreed to sign"): the noun fills the gap, and
        PolNeAR's content spans the noun and the whole clause."""
        first = bisect.bisect_left(self.tokens, candidate.start, key=_TOKEN_START)
        verb, after = first + 1, first + 2
        if first != cue.last or self.lower[first] != "to" or after > stretch.last or subject[1] - subject[0] > 3:
            return
        if not self.tokens[verb].text.isalpha() or not self.tokens[verb].text.islower():
            return
        if not self._object_gap(after, stretch.last):
            return  # "hoped to win the race", "agreed to take part in the debate": nothing is missing
        head = subject[0] - 1
        if head > stretch.first and (
            self.lower[head] in {"which", "whom"} or (self.lower[head] == "that" and self._noun_before_that(head))
        ):
            head -= 1  # "a deal which he agreed to sign", "a state that she hoped to carry"; "the fact that he
            # declined to ..." is a noun's clause
        if head <= stretch.first:
            return
        word = self.lower[head]
        if (
            not self.tokens[head].text.isalpha()
            or not self.tokens[head].text.islower()  # "told Reuters they planned to ...": an addressee
            or word in self.words["boundary"]
            or word in self.words["time"]
            or word in self.words["adverb"]
            or word.endswith("ly")
            or self._verb_form(head)
        ):
            return
        start = head
        for k in range(head - 1, max(stretch.first, head - 7) - 1, -1):
            if self.lower[k] in self.words["determiner"]:
                start = k  # "the emissions target it pledged to reach": the noun phrase opens at its determiner
                break
            word = self.lower[k]
            if not self.tokens[k].text[:1].isalnum() or (word in self.words["boundary"] and word != "and"):
                break
        candidate.segments[0] = (self.tokens[start].start, candidate.segments[0][1])

    def _open_gapped_relative(
        self, candidate: QuoteCandidate, subject: tuple[int, int], cue: Cue, stretch: Stretch
    ) -> None:
        """Start the content at the speaker (or the relative word before it) when the words after the cue lack
        their subject ("a probe that the agency said was ongoing", "the ones State says are secret"): the cue
        stands in a relative clause whose gap is that subject, and PolNeAR's content spans the whole clause."""
        first = bisect.bisect_left(self.tokens, candidate.start, key=_TOKEN_START)
        if first != cue.last or first >= stretch.last or self.lower[first] in {"'s", "’s"}:
            return
        if self.lower[first] not in self.words["finite"] and not self._lexical_verb_after_relative(first, cue, subject):
            return
        start = subject[0]
        if start - 1 >= stretch.first and self.lower[start - 1] in self.words["relative"]:
            start -= 1
        candidate.segments[0] = (self.tokens[start].start, candidate.segments[0][1])
        if start - 1 > stretch.first and self.lower[start - 1] == "," and self.lower[start] in {"which", "who"}:
            self._end_at_comma(candidate, cue.last, stretch)  # "The plan, which X said would fail, passed"

    def _object_gap(self, index: int, limit: int) -> bool:
        """True when an infinitive's verb ending at ``index`` has no object: a break, a conjunction or a stranded
        preposition follows it ("to sign, ...", "to win since ...", "to vote on next week" is not caught)."""
        if index >= limit or not self.tokens[index].text[:1].isalnum():
            return True
        word = self.lower[index]
        return word in GAP_CONJUNCTIONS or (word in self.words["boundary"] and word not in self.words["finite"])

    def _lexical_verb_after_relative(self, first: int, cue: Cue, subject: tuple[int, int]) -> bool:
        """True when a "which" or "who" clause's verb of saying or thinking is followed by a word in a verb's
        form ("which the campaign says includes ...", "who officials say works ..."): the relative word is that
        verb's subject; "in which the judge cited ..." and "which both oppose ..." have no such gap."""
        relative = subject[0] - 1
        if relative >= 1 and self.lower[relative] == "that" and not self._noun_before_that(relative):
            return False  # "noted that experts say rents rose": a complementiser, not a relative word
        if (
            relative < 1
            or self.lower[relative] not in {"which", "who", "that"}
            or self.lower[relative - 1] in self.words["boundary"]
            or cue.entry.cue_class not in {"speech", "writing", "thought"}
            or self.lower[cue.first].endswith("ing")
        ):
            return False
        text = self.tokens[first].text
        word = self.lower[first]
        return (
            text.isalpha()
            and text.islower()
            and word not in self.words["determiner"]
            and word not in self.words["subject_pronoun"]
            and word not in self.words["object_pronoun"]
            and (self._verb_form(first) or (len(word) > 3 and word.endswith("s") and not word.endswith("ss")))
        )

    def _noun_before_that(self, index: int) -> bool:
        """True when the word before "that" at ``index`` can be the noun a relative clause hangs on ("a gap that
        experts say ..."): a lowercase word that is no verb, cue, adverb or function word."""
        word = self.lower[index - 1]
        return (
            self.tokens[index - 1].text.isalpha()
            and self.tokens[index - 1].text.islower()
            and not self._verb_form(index - 1)
            and word not in self.words["boundary"]
            and word not in self.words["determiner"]
            and word not in self.words["adverb"]
            and word not in self.words["content_noun"]
            and word not in {"so", "such", "now", "given"}
            and not word.endswith("ly")
        )

    def _open_free_relative(
        self, candidate: QuoteCandidate, subject: tuple[int, int], cue: Cue, stretch: Stretch
    ) -> None:
        """Start the content at "what" when the attribution sits in a free relative ("ending what he calls
        corruption", "what the aides had hoped to avoid"): the whole relative, speaker and cue inside, is the
        report, as PolNeAR annotates it; the words after the cue alone lack their object."""
        what = subject[0] - 1
        if what < stretch.first or self.lower[what] != "what" or candidate.start < self.tokens[cue.last - 1].end:
            return
        start = self.tokens[what].start
        candidate.segments[0] = (start, candidate.segments[0][1])

    def _issuer(self, subject: tuple[int, int], floor: int) -> tuple[int, int]:
        """Who issued a document that a participle reports from ("Doe issued a statement saying ...": Doe), else
        ``subject`` itself: PolNeAR makes the issuer the source."""
        document = subject[1] - 1
        while document > max(floor, subject[1] - 10) and not self._document_at(document):
            if not self.tokens[document].text[:1].isalnum() or self._verb_form(document):
                return subject  # a clause or a break comes first: the document is not this participle's
            document -= 1  # "sent a letter on Thursday to Senate leaders opposing ...": past the addressee
        if not self._document_at(document):
            return subject
        verb = document - 1
        while verb > floor and document - verb < 5 and not self._issuing_verb(verb):
            if not self.tokens[verb].text[:1].isalnum():
                return subject
            verb -= 1  # "issued a policy paper", "filed legal papers", "put out a statement"
        if verb <= floor or not self._issuing_verb(verb) or self.lower[verb] in self.words["determiner"]:
            return subject
        return self.subject_before(verb, floor) or subject

    def _past_place_object(self, stretch: Stretch, cue: Cue, subject: tuple[int, int]) -> tuple[int, int]:
        """The clause's subject when the phrase before a participle is the object of "to", "on" or "at"
        ("Doe was on the radio talking about ...", "Doe made a pitch to voters saying ..."): the participle goes
        on the clause, not on where or to whom it was said; else ``subject``."""
        before = subject[0] - 1
        if before <= stretch.first or self.lower[before] not in {"on", "at", "during"}:
            return subject
        outer = self.clause_subject(stretch, before)
        if outer is None or outer[1] > before or not self._verb_follows(outer[1], before):
            return subject
        if any(self.lower[k] in {"said", "says", "say", "told", "tells"} for k in range(outer[1], before)):
            return subject  # "she said at a news conference announcing ...": the setting's own report stands
        return outer if self._can_speak(*outer) else subject

    def _document_at(self, index: int) -> bool:
        """A lowercase document noun ("statement", "memo"); a capitalised one names an outlet ("The Post")."""
        return self.lower[index] in self.words["document"] and self.tokens[index].text.islower()

    def _issuing_verb(self, index: int) -> bool:
        """A verb that can issue a document: any verb form, or a bare "put" ("put out a statement")."""
        return self._verb_form(index) or self.lower[index] in {"put", "puts"}

    def _continues_object(self, index: int, limit: int) -> bool:
        """True when a noun phrase follows "continue" ("continued the work", "continuing a pattern"): what goes on
        is an activity, not speech; "continued: ...", "continued to say", "..., he continued." still report. A
        time ("continued this week to ...") is no object."""
        return (
            index < limit
            and self.lower[index] in self.words["determiner"]
            and self.lower[index] != "that"
            and not self._time_at(index, limit)
        )

    def _adds_thing(self, index: int, limit: int) -> bool:
        """True when "add" takes a number ("added 292,000 jobs", "added about 20 seats") or a thing added to
        something ("add another title to his resume", "adds a new rule to the mix"): "add" then sums or joins,
        and says nothing. "added that ...", "added a caveat: ..." and "..., he added." still report."""
        if index >= limit:
            return False
        word = self.lower[index]
        if word in {"about", "around", "nearly", "almost", "some", "roughly"} and index + 1 < limit:
            word = self.lower[index + 1]
        if word[:1].isdigit() or word[:1] == "$":
            return True
        if self.lower[index] not in self.words["determiner"] or self.lower[index] == "that":
            return False
        for probe in range(index + 1, min(limit, index + 8)):
            if self.lower[probe] == "to":  # "to his resume": a thing added; "needs to raise": a clause
                return not self._infinitive_verb_at(probe + 1, limit)
            if not self.tokens[probe].text[:1].isalnum() or self._verb_form(probe):
                return False  # "adding the U.S. must be ready to ...", "added the city needs to ...": a clause
        return False

    def _found_means(self, index: int, limit: int) -> bool:
        """True when the object after a form of "find" is a way, a voice or a refuge ("found a way to", "finds its
        way to", "found sanctuary in"): "find" then means reaching something, and reports no finding."""
        for probe in range(index, min(limit, index + 3)):
            word = self.lower[probe]
            if word in self.words["found_means"]:
                return True
            if word not in self.words["determiner"] and word not in self.words["found_means_modifier"]:
                return False
        return False

    def _as_frame(self, cue: Cue, stretch: Stretch, links: frozenset[str] = frozenset({"as"})) -> bool:
        """True when an object and then "as" (or another of ``links``) follow the cue ("sees the race as lost",
        "compared him to Nixon"): the frame in which a verb of regarding or likening reports a view, not
        "compared the two cars". The object must be short and open with a word, not a preposition."""
        first = cue.last
        if first >= stretch.last or not self.tokens[first].text[:1].isalnum() or self.lower[first] in PREPOSITIONS:
            return False
        for probe in range(first + 1, min(stretch.last, first + 10)):
            word = self.lower[probe]
            if word in links:  # "as" and a pronoun open a clause of time: "saw the suspect as he fled"
                return word != "as" or self._as_opens_view(probe, stretch.last)
            if not self.tokens[probe].text[:1].isalnum() and word not in {"'s", "’s", "-"}:
                return False
        return False

    def _denied_intention(self, cue: Cue, stretch: Stretch) -> bool:
        """True for a negated wish or plan with its infinitive ("does not want to run", "did not plan to endorse"):
        what is not wanted is still reported, as PolNeAR annotates it. The negation must be the verb's own, not that
        of a verb before it ("did not unveil plans to ...")."""
        group = self._before_negation(cue.first, stretch.first)
        return (
            any(self.lower[k] in self.words["negation"] for k in range(group, cue.first))
            and cue.entry.cue_class == "thought"
            and cue.entry.lemma in self.words["infinitive_cue"]
            and cue.last + 1 < stretch.last
            and self.lower[cue.last] == "to"
            and self._infinitive_verb_at(cue.last + 1, stretch.last)
        )

    def _passive_as(self, cue: Cue, stretch: Stretch) -> int | None:
        """The "as" of a passive verb of regarding ("is seen as a threat", "was widely viewed as payback", "was
        seen by some as a demotion"), or None: the view is reported, held by no one named or by the agent."""
        if cue.entry.lemma not in self.words["passive_verdict"] or cue.last >= stretch.last:
            return None
        verb = cue.first - 1 if cue.first - 1 > stretch.first and self._manner_adverb(cue.first - 1) else cue.first
        before = self.lower[verb - 1] if verb > stretch.first else ""
        if before == "being" or (
            before not in self.words["passive"] and not self._passive_across_adverb(verb, stretch.first)
        ):
            return None  # "risk being seen as weak": a view that might be taken, not one reported
        if self.lower[cue.last] == "as":
            return cue.last if self._as_opens_view(cue.last, stretch.last) else None
        if self.lower[cue.last] != "by":
            return None
        for k in range(cue.last + 1, min(stretch.last - 1, cue.last + 6)):
            if self.lower[k] == "as":
                return k if self._as_opens_view(k, stretch.last) else None
            if not self.tokens[k].text[:1].isalnum():
                return None
        return None

    def _as_opens_view(self, index: int, limit: int) -> bool:
        """True when the "as" at ``index`` opens what something is seen as ("seen as a threat"), not a clause of
        time ("last seen as he left"), a comparison ("seen as far south as Texas") or a role in a life ("seen
        the house as a child")."""
        if index + 1 >= limit:
            return False
        following = self.lower[index + 1]
        if following in self.words["subject_pronoun"] or following in AS_COMPARISON:
            return False
        return not (following in {"a", "an"} and index + 2 < limit and self.lower[index + 2] in AS_LIFE_STAGES)

    def _person_at(self, index: int, limit: int) -> bool:
        """True when a person or a group stands at ``index``: an object pronoun or a name ("hammered Clinton",
        "ripped him"), possibly after "the" ("ripped the Democrats")."""
        if index < limit and self.lower[index] == "the":
            index += 1
        return index < limit and (self.lower[index] in self.words["object_pronoun"] or self.is_name(index))

    def _passive_across_adverb(self, index: int, floor: int) -> bool:
        """True for a passive with an adverb between "be" and the participle at ``index`` ("was first reported
        by", "is also expected"): the subject is what was reported, not who reported it."""
        be = self._be_before(index, floor)
        return be < index - 1 and self.lower[be] in self.words["passive"]

    def _be_before(self, index: int, floor: int) -> int:
        """The token before ``index`` once up to two adverbs or negations are stepped over ("was first", "is
        also", "is not")."""
        k = index - 1
        while (
            k > floor
            and k > index - 3
            and (self.lower[k] in self.words["auxiliary"] or self.lower[k] in self.words["negation"])
        ):
            k -= 1
        return k

    def _denied_prediction(self, cue: Cue, stretch: Stretch) -> bool:
        """True for a negated passive prediction ("The bill is not expected to pass"): a forecast that something
        will not happen is still reported, its clause the content, as PolNeAR annotates it. A request not made
        ("was not asked to speak") reports nothing."""
        return (
            cue.entry.lemma in self.words["passive_report"]
            and cue.entry.lemma not in self.words["tell_verb"]
            and cue.last < stretch.last
            and self.lower[cue.last] == "to"
            and self._passive_across_adverb(cue.first, stretch.first)
        )

    def _in_relative_clause(self, cue: Cue, stretch: Stretch) -> bool:
        """True for a cue in a relative clause set off by a comma ("Jones, who wants to ..., said")."""
        k = cue.first - 1
        while k > stretch.first and self.lower[k] in self.words["auxiliary"]:
            k -= 1
        if self.lower[k] == "and":
            # "Jones, who backed Smith in May and said ..., ": a second verb of the same relative clause
            k = next(
                (
                    j
                    for j in range(k - 2, max(stretch.first, k - RELATIVE_VERB_REACH), -1)
                    if self.lower[j] in {"who", "which"} or self.lower[j] in CLAUSE_PUNCTUATION
                ),
                k,
            )
        return k > stretch.first and self.lower[k] in {"who", "which"} and self.lower[k - 1] == ","

    def _in_subject_relative(self, cue: Cue, stretch: Stretch) -> bool:
        """True for a cue in a relative clause with no comma inside the sentence's subject ("Those who wanted to
        attend could ...", "Voters who say the race is close are ..."): no verb stands before the relative word."""
        k = cue.first - 1
        while k > stretch.first and self.lower[k] in self.words["auxiliary"]:
            k -= 1
        if k <= stretch.first or self.lower[k] not in {"who", "that"} or self.lower[k - 1] == ",":
            return False
        return k - stretch.first <= 12 and not self._has_verb(stretch.first, k)

    def _end_at_main_verb(self, candidate: QuoteCandidate, stretch: Stretch) -> None:
        """Cut content reported in a relative clause at the sentence's main verb: a finite auxiliary, a past tense or
        a cue after an infinitive ("Those who wanted to attend | could be faced ...", "Voters who want to ban it |
        said ..."); a reported clause has a verb of its own first, so the cut comes at the next such verb after it
        ("Voters who say prices are high | are ...")."""
        first = bisect.bisect_left(self.tokens, candidate.start, key=_TOKEN_START)
        if first >= stretch.last:
            return
        clause = self.lower[first] != "to"
        if clause:
            if candidate.cue_class == "stance":
                self._end_object_at_main_verb(candidate, first, stretch)
                return
            verb = self._reported_verb(first, stretch.last)
            if verb is None:
                return
            first = verb
        for k in range(first + 1, min(stretch.last, first + 30)):
            word = self.lower[k]
            if self.inside_quote[k] or (clause and word in MAIN_VERB_STOPS):
                return  # "..., and", "... because": a reported clause may go on; no cut is safer
            if word in self.words["finite"] or word in self.words["past_verb"] or word in self.lexicons.cue_verbs:
                cut = self.tokens[k].start
                if candidate.start < cut < candidate.end and len(candidate.segments) == 1:
                    candidate.segments = [self._trim_punct(candidate.start, cut)]
                return

    def _end_object_at_main_verb(self, candidate: QuoteCandidate, first: int, stretch: Stretch) -> None:
        """Cut the object of a stance in a relative clause inside the subject at the sentence's verb ("Voters who
        opposed the plan | said ..."): an object has no verb of its own, so the first finite or reporting verb
        after it is the main one."""
        words = self.words
        for k in range(first + 1, min(stretch.last, first + 30)):
            if self.inside_quote[k] or self.lower[k - 1] in words["determiner"]:
                continue
            word = self.lower[k]
            if word in words["finite"] or word in words["past_verb"] or word in self.lexicons.cue_verbs:
                cut = self.tokens[k].start
                if candidate.start < cut < candidate.end and len(candidate.segments) == 1:
                    candidate.segments = [self._trim_punct(candidate.start, cut)]
                return

    def _reported_verb(self, first: int, limit: int) -> int | None:
        """The verb of a clause reported from token ``first``: the first verb form after its subject's first word
        ("the water | tasted"), within a short subject's reach."""
        for k in range(first + 1, min(limit, first + REPORTED_SUBJECT_TOKENS)):
            if self.lower[k] in MAIN_VERB_STOPS or self.inside_quote[k]:
                return None
            if self._verb_form(k) and not self.is_name(k):
                return k
        return None

    def _relative_cue(self, cue: Cue, stretch: Stretch) -> bool:
        """True for a cue whose subject is a relative pronoun ("who declared", "who has also said")."""
        k = cue.first - 1
        while k > stretch.first and self.lower[k] in self.words["auxiliary"]:
            k -= 1
        return k > stretch.first and self.lower[k] in {"who", "which"}

    def _end_at_comma(self, candidate: QuoteCandidate, index: int, stretch: Stretch) -> None:
        """Cut indirect or mixed content at the first comma or dash after token ``index``: a relative clause ends
        there. A comma that introduces a quotation ('who said to reporters, "We ..."') is the content's own."""
        for k in range(index, min(stretch.last, index + 60)):
            if self.lower[k] in {",", "—", "–"} and not self.inside_quote[k]:
                cut = self.tokens[k].start
                if self._quote_opens_at(k + 1) or not candidate.start < cut < candidate.end:
                    return
                if len(candidate.segments) == 1:
                    candidate.segments = [(candidate.start, cut)]
                    first = bisect.bisect_left(self.quotation_starts, candidate.start)
                    if first == len(self.quotations) or self.quotation_starts[first] >= cut:
                        candidate.kind = QuoteKind.INDIRECT  # the quoted words were all after the cut
                return

    def expected(self, stretch: Stretch, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """A prediction with no speaker ("The vote is expected to pass", "..., which is expected to ..."): the
        whole clause, its subject included, is the content, as PolNeAR annotates it; other passives give nothing."""
        to_follows = cue.last < stretch.last and self.lower[cue.last] == "to"
        if cue.entry.lemma in {"ask", "asked about"} and self.lower[cue.first] == "asked" and not to_follows:
            return self.question_put(stretch, cue, passive=True)  # "X was asked (by Y) whether ...": Y asked
        regarded_as = self._passive_as(cue, stretch)  # "is seen (by many) as a threat": a verdict, as below
        if (
            cue.last < stretch.last
            and self.lower[cue.last] == "by"
            and cue.entry.lemma not in self.words["tell_verb"]
            and regarded_as is None
        ):
            return self.passive_agent(stretch, cue)
        if cue.entry.lemma in self.words["tell_verb"] and not to_follows:
            told = self._through_that(cue.last, stretch.last)
            if told > cue.last:
                # "I was told that ...", "voters were warned on Monday that ...": the hearer is the subject, the
                # teller unnamed; the clause is the report
                end = self._content_end(stretch, told, later)
                if end > told:
                    return self._candidate(
                        stretch, self._extent(told, end), cue, None, None, None, 0.6, sourceless=True
                    )
        charged = (
            cue.last < stretch.last
            and self.lower[cue.last] in {"of", "for"}
            and cue.entry.lemma in self.words["passive_charge"]
        )  # "X is accused of ...", "was criticized for ...": a charge with no one named to make it
        if not charged and not to_follows:
            that_clause = self._impersonal_passive(stretch, cue, later)
            if that_clause is not None:
                return that_clause  # "it was revealed in March that ...": the clause, no one named to report it
        following = self.lower[cue.last] if cue.last < stretch.last else ""
        verdict = (
            regarded_as is not None
            or (
                cue.entry.lemma in self.words["passive_verdict"]
                and following not in self.words["non_cue_next"]
                and following not in PREPOSITIONS
                and following != "as"  # an "as" that opens no view ("seen as far south as Texas"): see `_passive_as`
                and self.tokens[cue.last].text[:1].isalnum()
                and not self._time_at(cue.last, stretch.last)
                and not self._manner_adverb(cue.last)
            )
        )  # "was declared the winner", "were deemed classified": a verdict with no one named to give it;
        # not "were announced Tuesday", "was criticized heavily", "was criticized for ..."
        if (
            not charged
            and not verdict
            and cue.entry.lemma in self.words["passive_topic"]
            and following not in {"that", "to", "by", "as"}
        ):
            return self._passive_topic(stretch, cue)
        if not charged and not verdict and (cue.entry.lemma not in self.words["passive_report"] or not to_follows):
            return None
        be = self._be_before(cue.first, stretch.first)  # "is also expected"
        if self.lower[be].endswith("ly"):
            be -= 1  # "is widely expected"
        if self.lower[be - 1] in {"might", "may", "could", "would", "will"} and be - 1 > stretch.first:
            be -= 1  # "might be expected"
        end = self._content_end(stretch, cue.last, later)
        if be > stretch.first and self.lower[be - 1] in self.words["relative"]:
            start = be - 1
            if self.lower[start - 1] == ",":  # ", which is expected to ..., ": the relative clause ends at a comma
                end = next((k for k in range(cue.last, end) if self.lower[k] in {",", "—", "–"}), end)
        else:
            subject = self.subject_before(be, stretch.first)
            if subject is None:
                return None
            start = subject[0]
        if verdict:
            # "was declared the winner in Ohio, and ...", "... by news organizations": the verdict ends there
            stops = {",", ";", "—", "–", "-", "by"}  # "-" spaced as a dash: "... a demotion - 60 percent said"
            end = next(
                (
                    k
                    for k in range(regarded_as or cue.last, min(end, cue.last + STANCE_OBJECT_LIMIT))
                    if not self.inside_quote[k]
                    and (self.lower[k] in stops or self.lower[k] in self.words["clause_opener"])
                ),
                end,
            )  # bounded, as a stance's object is: a run-on sentence of verdicts costs each a constant
        if end <= cue.last + (not verdict):
            return None
        agent = None
        if verdict and end + 1 < stretch.last and self.lower[end] == "by":
            agent = self.noun_phrase_right(end + 1, stretch.last)  # "deemed classified by the agency"
        elif regarded_as is not None and regarded_as > cue.last:
            agent = self.noun_phrase_right(cue.last + 1, regarded_as)  # "seen by some as a demotion"
        return self._candidate(stretch, self._extent(start, end), cue, agent, None, None, 0.6, sourceless=agent is None)

    def _passive_topic(self, stretch: Stretch, cue: Cue) -> QuoteCandidate | None:
        """The subject of a passive report with no one named ("The deal was announced Tuesday", "the question
        was asked"): what was announced or asked is the content, as PolNeAR annotates it; no speaker."""
        be = self._be_before(cue.first, stretch.first)
        if self.lower[be] in {"being", "be"} or (be > stretch.first and self.lower[be - 1] in self.words["relative"]):
            return None  # "a plan that was announced", "after being posted": no clause of its own reports it
        subject = self.subject_before(be, stretch.first)
        if subject is None or not self._can_speak(*subject):
            return None
        start = subject[0]
        before = self.lower[start - 1] if start - 1 > stretch.first else ""
        if before in PREPOSITIONS or before in {"on", "to"}:
            start = self._clause_start(start, stretch.first)  # "The compromise [of the computers] was reported"
        return self._candidate(stretch, self._extent(start, subject[1]), cue, None, None, None, 0.5, sourceless=True)

    def _impression_complement(self, cue: Cue, stretch: Stretch) -> bool:
        """True when "seems" is followed by a description of its subject ("seemed rattled", "seems closer in
        Ohio", "seemed equally unperturbed"), an impression as with "seems to": a lowercase word that opens no
        object, place or comparison. After a modal ("would seem") the impression is hypothetical; "appeared"
        with a description is as often a showing up ("appeared live", "appeared eager to speak")."""
        word = self.lower[cue.last]
        previous = self.lower[cue.first - 1] if cue.first > stretch.first else ""
        return (
            cue.entry.lemma in self.words["described_impression"]
            and self.tokens[cue.last].text.isalpha()
            and self.tokens[cue.last].text.islower()
            and word not in self.words["non_cue_next"]
            and word not in self.words["determiner"]
            and word not in self.words["not_impression"]
            and previous not in self.words["modal"]
        )

    def _impersonal_passive(self, stretch: Stretch, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """ "It was reported that ...", "it has long been known that ...": a passive cue whose subject is an
        empty "it" reports the that-clause after it, with no speaker, as PolNeAR annotates it."""
        k = cue.first - 1
        while k > stretch.first and (
            self.lower[k] in self.words["passive"]
            or self.lower[k] in self.words["auxiliary"]
            or self._manner_adverb(k)
            or self.lower[k] in {"been", "be"}
        ):
            k -= 1
        if self.lower[k] not in {"it", "it's", "it’s"} or k >= cue.first - 1:
            return None
        if any(self.lower[m] in self.words["modal"] for m in range(k + 1, cue.first)):
            return None  # "It should be noted that ...": a comment on what follows, not a report
        index = self._through_that(cue.last, stretch.last)
        if index == cue.last or index >= stretch.last:
            return None
        end = self._content_end(stretch, index, later)
        if end <= index:
            return None
        return self._candidate(stretch, self._extent(index, end), cue, None, None, None, 0.5, sourceless=True)

    def impression(self, stretch: Stretch, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """An impression with no one to hold it ("The plan seems to work", "Jones appeared to concede", "...,
        which appears to be ..."): like "is expected to", the whole clause, its subject and the verb included,
        is the content, as PolNeAR annotates it. Called when "to" or a description follows the cue."""
        if cue.last + (self.lower[cue.last] == "to") >= stretch.last:
            return None
        first = cue.first  # the verb group's first word: "has seemed", "would appear"
        while first - 1 > stretch.first and self.lower[first - 1] in self.words["auxiliary"]:
            first -= 1
        relative = self.lower[first - 1] in self.words["relative"] and first - 1 > stretch.first
        if relative:
            start = first - 1  # "..., which appears to be ...": the relative pronoun stands for the subject
        else:
            subject = self.subject_before(first, stretch.first)
            if subject is None:
                return None
            start = subject[0]
            start = self._clause_start(start, stretch.first)  # "the shift in tone seemed so stark"
            if (
                self.lower[start] == "it"
                and start + 1 == first
                and self.lower[cue.last] in {"that", "like"}
                and self._clause_follows(cue.last + 1, stretch.last)
            ):
                start = cue.last + 1  # "it seemed like the panel had ...": the clause after is the impression
        if self.lower[cue.last] == "to" and self.lexicons.cue_verbs.get(self.lower[cue.last + 1]) is not None:
            return None  # "seemed to confirm the critique": the report is the inner verb's, not an impression
        end = self._content_end(stretch, cue.last, later)
        if self.lower[cue.last] != "to":
            # "seems too risky (or ...)": a description ends at a bracket or dash
            marks = {"(", "—", "–", ":"}
            end = next((k for k in range(cue.last, end) if self.lower[k] in marks and not self.inside_quote[k]), end)
        for k in range(cue.last + 2, end):
            if relative and self.lower[start - 1] == "," and self.lower[k] in {",", "—", "–"}:
                end = k  # ", which appears to be split, met": the relative clause ends at its comma
                break
            if self.lower[k] in self.words["clause_opener"] and not self.inside_quote[k]:
                end = k  # "... seemed to stall after the debate": the adverbial clause is the setting
                break
        if end <= cue.last + (self.lower[cue.last] == "to"):
            return None  # nothing after "to", or no description after "seems"
        return self._candidate(stretch, self._extent(start, end), cue, None, None, None, 0.5, sourceless=True)

    def _clause_start(self, start: int, floor: int) -> int:
        """Where the clause whose subject phrase starts at ``start`` begins: back over the words of a longer
        subject ("the shift [in tone]", "drawing [on home equity]") to a mark, a conjunction or a verb."""
        k = start
        while (
            k - 1 >= floor
            and self.tokens[k - 1].text[:1].isalnum()
            and self.lower[k - 1] not in self.words["clause_start_stop"]
            and self.lower[k - 1] not in self.words["relative"]
            and self.lower[k - 1] not in self.words["finite"]
            and self.lower[k - 1] not in self.words["auxiliary"]
            and start - k < 8
        ):
            k -= 1
        return self._trim_left(k, start) if k < start else start

    def hearsay(self, stretch: Stretch, cues: Sequence[Cue]) -> list[QuoteCandidate]:
        """A clause marked as hearsay by an adverb ("The firm has reportedly hired a new chief", "Reportedly,
        the talks failed"): like an impression, the whole clause, its subject included, is the content, with no
        speaker, as PolNeAR annotates it. A cue verb after the adverb ("reportedly said") reports instead."""
        adverbs = self.words["hearsay_adverb"]
        found: list[QuoteCandidate] = []
        # the adverbs in this stretch, from the list made in one pass over the document
        first = bisect.bisect_left(self.hearsay_adverbs, stretch.first)
        last = bisect.bisect_left(self.hearsay_adverbs, stretch.last)
        for k in self.hearsay_adverbs[first:last]:
            if self.lower[k] not in adverbs or self.inside_quote[k]:
                continue
            if k > stretch.first and not self.tokens[k].text.islower():
                continue  # a headline in Title Case ("Senator Reportedly Quits"): no clause to bound
            verb = k + 1
            while verb < stretch.last and self.lower[verb] in self.words["auxiliary"]:
                verb += 1
            if verb >= stretch.last or self.lexicons.cue_verbs.get(self.lower[verb]) is not None:
                continue
            later = [cue for cue in cues if cue.first > k][:LATER_CUES_CONSIDERED]
            if k == stretch.first or (k == stretch.first + 1 and self.lower[stretch.first] in {"and", "but"}):
                start = k + 1  # "Reportedly, the talks failed": the rest of the sentence
                if self.lower[start] == ",":
                    start = verb = start + 1
            else:
                first = k  # the verb group's first word: "has reportedly", "was reportedly"
                while first - 1 > stretch.first and self.lower[first - 1] in self.words["auxiliary"]:
                    first -= 1
                if self.lower[first - 1] == ",":
                    continue  # ", reportedly winning ...": a phrase on a subject further back, no clause of its own
                if self.lower[first - 1] in self.words["relative"] and first - 1 > stretch.first:
                    start = first - 1  # "..., who reportedly ...": the relative pronoun stands for the subject
                else:
                    subject = self.subject_before(first, stretch.first)
                    if subject is None:
                        continue
                    start = subject[0]
                    if all(self.tokens[m].text[:1].isalnum() for m in range(stretch.first, start)):
                        start = stretch.first  # "A revolt on the floor reportedly began": the whole subject
            end = self._content_end(stretch, verb, later)
            # the clause ends at its first comma, bracket or dash (", leaving ...", "(her team has reportedly ...)")
            marks = {",", "(", ")", "—", "–"}
            end = next((m for m in range(verb, end) if self.lower[m] in marks and not self.inside_quote[m]), end)
            if end <= verb:
                continue
            cue = Cue(k, k + 1, CueEntry(self.lower[k], "speech", "adverb"))
            candidate = self._candidate(stretch, self._extent(start, end), cue, None, None, None, 0.5, sourceless=True)
            if candidate is not None:
                found.append(candidate)
        return found

    def passive_agent(self, stretch: Stretch, cue: Cue) -> QuoteCandidate | None:
        """A passive with its agent ("The plan was backed by the union", "The story was reported by X"): the
        subject is what was reported or taken a stance on, the agent its speaker."""
        agent = self.noun_phrase_right(cue.last + 1, stretch.last)
        subject = self.subject_before(self._be_before(cue.first, stretch.first), stretch.first)
        if agent is None or subject is None:
            return None
        return self._candidate(stretch, self._extent(*subject), cue, agent, None, None, 0.5)

    def _appositive_subject(self, stretch: Stretch, cue: Cue) -> bool:
        """True when the words before ", CUE" are a subject with an appositive ("Jo Bell, a spokeswoman for the
        group, said the plan ..."): no verb, no quotation, a comma or bracket inside, and a clause after the cue,
        not just a speaker ("Peace at last, at least, says the minister"); after an age the clause may be short.
        """
        left_end = cue.first - 1
        if left_end - stretch.first < 3 or self.lower[left_end] != ",":
            return False
        aged = self._number(left_end - 1) and self.lower[left_end - 2] == ","  # "Jo Bell, 45, said": an age
        if not (aged or stretch.last - cue.last > 6 or self._has_verb(cue.last, stretch.last)):
            return False
        inner = range(stretch.first + 1, left_end)
        if not any(self.lower[k] in {",", "("} for k in inner) or any(
            self.inside_quote[k] or self._quote_opens_at(k) for k in range(stretch.first, left_end)
        ):
            return False
        piece = stretch.first
        for k in range(stretch.first, left_end + 1):
            if k == left_end or self.lower[k] == ",":
                # "..., which organized it,", "a veteran who retired in May,": a relative clause reports nothing
                stop = next((m for m in range(piece, k) if self.lower[m] in {"who", "which", "whose"}), k)
                if piece > stretch.first and self._participle_at(piece):
                    stop = piece  # "The report, released Monday, says": a participle phrase on the noun
                if self._has_verb(piece, stop):
                    return False
                piece = k + 1
        return True

    def _before_negation(self, index: int, floor: int) -> int:
        """Where the verb group of a negated cue at ``index`` begins ("did not mention", "has never discussed",
        "didn't specifically mention"): its subject ends just before."""
        k = index
        while k - 1 > floor and (
            self.lower[k - 1] in self.words["negation"]
            or self.lower[k - 1] in {"do", "does", "did"}
            or self.lower[k - 1] in self.words["auxiliary"]
            or self._manner_adverb(k - 1)
        ):
            k -= 1
        return k

    def _refusal(self, negation: int, cue: Cue, limit: int) -> bool:
        """True for "would not" or "will not" right before a speech cue that a question or nothing follows
        ("would not say whether ...", "would not say."): a refusal, which reports what was refused like
        "declined to say" and the one-token "wouldn't say" do. "would not say the plan failed" and "will not
        endorse him" deny a report instead."""
        following = self.lower[cue.last] if cue.last < limit else "."
        return (
            negation == cue.first - 1
            and negation > 0
            and cue.entry.cue_class == "speech"
            and self.lower[negation] == "not"
            and self.lower[negation - 1] in {"would", "will"}
            and (following in QUESTION_OPENERS or not self.tokens[cue.last].text[:1].isalnum())
        )

    def _withheld_answer(self, cue: Cue, stretch: Stretch) -> bool:
        """True for a denied speech cue before a question word ("did not say when", "has not explained why", "did
        not say who made it"): like "declined to say whether", it reports the question left open."""
        following = cue.last
        if following < stretch.last and self.lower[following] in self.words["object_pronoun"]:
            following += 1  # "did not tell them why"
        return (
            cue.entry.cue_class == "speech"
            and following < stretch.last
            and (self.lower[following] in QUESTION_OPENERS or self.lower[following] == "who")
        )

    def _negated(self, cue: Cue, stretch: Stretch) -> bool:
        """A negation just before the cue, outside quoted words ("did not say", not '"Absolutely not," he said')."""
        first = max(stretch.first, cue.first - 4)
        for k in range(cue.first - 1, first - 1, -1):
            if self.lower[k] in CLOSING:
                first = k + 1  # "That is not enough, said X": the negation is in the content, not the attribution
                break
        near = range(first, cue.first)
        negation = self.words["negation"]
        if any(
            self.lower[k] in negation and not self.inside_quote[k] and not self._refusal(k, cue, stretch.last)
            for k in near
        ):
            return True
        window_start = max(stretch.first, cue.first - 12)
        # a slice's C-level search first: "nobody" is rarely there, so the per-token loop rarely runs
        nobody = "nobody" in self.lower[window_start : cue.first] and any(
            self.lower[k] == "nobody" and not self.inside_quote[k] for k in range(window_start, cue.first)
        )
        return nobody or (
            self.lower[stretch.first] == "neither"
            and not any(self.lower[k] in {"and", "but", ";"} for k in range(stretch.first, cue.first))
        )  # not "Neither A nor B has won and C suggested ...": a second clause with a subject of its own

    def according_to(self, stretch: Stretch, cue: Cue) -> QuoteCandidate | None:
        speaker = self.noun_phrase_right(cue.last, stretch.last)
        if speaker is None:
            return None
        after = speaker[1]
        while after < min(stretch.last, speaker[1] + 15) and self.lower[after] not in {",", ".", ";", ":"}:
            after += 1  # the rest of a long source phrase: "according to a report by ..."
        resumes = (
            after + 2 < stretch.last
            and self.lower[after] == ","
            and self.tokens[after + 1].text[:1].isalpha()
            and (
                not self._has_verb(stretch.first, cue.first - 1)
                or self.lower[after + 1] in self.words["finite"]  # "What they chose, according to X, is to ..."
            )
        )
        if cue.first > stretch.first and self.lower[cue.first - 1] in {",", "—", "("} and resumes:
            # "Over the long term, according to the budget office, the rise ... is ...": both sides report
            candidate = self._candidate(
                stretch, self._extent(stretch.first, stretch.last), cue, speaker, None, None, 0.8
            )
            if candidate is not None and candidate.kind == QuoteKind.INDIRECT:
                candidate.segments = [self._extent(stretch.first, cue.first - 1), self._extent(after + 1, stretch.last)]
                candidate.segments = [self._trim_punct(*seg) for seg in candidate.segments]
            return candidate
        if cue.first > stretch.first and self.lower[cue.first - 1] in {",", "—", "("}:
            content = self._extent(stretch.first, cue.first - 1)
        elif cue.first > stretch.first + 2:
            content = self._extent(stretch.first, cue.first)
        else:
            content = self._extent(after + 1, stretch.last)
        return self._candidate(stretch, content, cue, speaker, None, None, 0.8)

    def poll_opening(self, stretch: Stretch) -> QuoteCandidate | None:
        """ "In a new Gallup poll (released Monday), 50 percent chose X": a sentence opening on a poll or survey
        reports its finding, the rest of the sentence, with the poll as the source (PolNeAR's "in" cue). Tried
        only where no cue reported anything, so "In a poll, 40 percent said ..." keeps its "said"."""
        first = stretch.first
        if (
            first + 3 >= stretch.last
            or self.lower[first] != "in"
            or self.lower[first + 1] not in {"a", "an", "the"}
            or self.inside_quote[first]
        ):
            return None
        poll = None
        for k in range(first + 2, min(stretch.last, first + 24)):
            word = self.lower[k]
            if word == "," and poll is not None and k + 1 < stretch.last and self._participle_at(k + 1):
                continue  # "In the new poll, conducted March 1-3, 40 percent ...": the participle is the poll's
            if word == ",":
                if poll is None or k + 2 >= stretch.last:
                    return None
                end = self._content_end(stretch, k + 1, ())
                cue = Cue(first, first + 1, CueEntry("in", "evidence", "object"))
                return self._candidate(stretch, self._extent(k + 1, end), cue, (first + 1, poll + 1), None, None, 0.5)
            if word in self.words["poll_noun"] and poll is None:
                poll = k
            elif not self.tokens[k].text[:1].isalnum() and word not in {"/", "-", "–", "'s", "’s", "&"}:
                return None
        return None

    def _past_after_noun(self, index: int) -> bool:
        """A regular past tense right after a noun ("the plan | angered voters"), not an adjective after a
        determiner, an adverb or a preposition ("the proposed plan", "newly drafted rules") or before an agent.
        """
        word = self.lower[index]
        if not word.endswith("ed") or not self.tokens[index].text.islower():
            return False
        if index + 1 < len(self.lower) and self.lower[index + 1] == "by":
            return False  # "the plan backed by the mayor": a participle on the noun
        before = self.lower[index - 1]
        return (
            before[:1].isalpha()
            and before not in self.words["determiner"]
            and before not in PREPOSITIONS
            and before not in {"on", "in", "at", "to", "and", "or", "as"}
            and not before.endswith("ly")
            and before not in self.words["auxiliary"]
        )

    def _participle_at(self, index: int) -> bool:
        """A lowercase past participle at ``index`` ("conducted", "released"), opening a phrase on a noun."""
        text = self.tokens[index].text
        return text.islower() and text.endswith("ed")

    def _has_verb(self, first: int, last: int) -> bool:
        """True when tokens ``first``..``last`` hold a finite verb, so they make a clause of their own ("Prices
        rose, according to X, ..."), not a subject or an introduction that the words after the source complete."""
        if last - first > 40:
            return True  # so long a stretch holds a clause; and the scan stays bounded
        return any(
            self._verb_form(k) and not (self.is_name(k) and k > first)  # "Will Rogers", "Ted Said": names
            for k in range(first, last)
        )

    def _verb_form(self, index: int) -> bool:
        """True for a word in a verb's form: finite, a cue verb, an irregular past or ending in -ed."""
        word = self.lower[index]
        return (
            word in self.words["finite"]
            or word in self.lexicons.cue_verbs
            or word.endswith("ed")
            or word in self.words["past_verb"]
        )

    def reporting_infinitive(self, stretch: Stretch, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """ "to say" after a clause ("She took to Twitter to say ...", "Voters were likely to say ..."): the
        speaker is the clause's subject, as for a participle; an empty subject ("It is hard to say") reports
        nothing."""
        subject = (
            self._controlled_subject(stretch, cue)
            or self._subordinate_subject(stretch, cue)  # "X, who refused to endorse ...": the relative clause's
            or self.clause_subject(stretch, cue.first)
        )
        if subject is None or self.lower[subject[0]] in self.words["expletive"]:
            return None
        return self.participle(stretch, cue, later, subject)

    def _controlled_subject(self, stretch: Stretch, cue: Cue) -> tuple[int, int] | None:
        """The object of a verb like "led" or "prompted" just before "to" and the cue ("The loss led some allies
        to worry ..."): the one led to speak speaks, not the clause's subject."""
        to = cue.first - 1
        if to - 2 < stretch.first or self.lower[to] != "to":
            return None
        for verb in range(to - 2, max(stretch.first, to - CONTROLLED_WORDS) - 1, -1):
            if not self.tokens[verb].text[:1].isalnum():
                return None
            if self.lower[verb] in self.words["object_control"]:
                if self.lower[verb + 1] in {"to", "by"}:
                    return None  # "led to a vote to say", "spurred by ...": no object led to speak
                found = self.noun_phrase_left(to - 1, verb + 1, through_relative=False)
                return found if found is not None and self._can_speak(*found) else None
        return None

    def participle(
        self, stretch: Stretch, cue: Cue, later: Sequence[Cue], subject: tuple[int, int] | None = None
    ) -> QuoteCandidate | None:
        """A participle after a comma (", saying ...", ", telling AFP it ..."): its speaker is the subject of the
        main clause."""
        if subject is None:
            subject = (
                self._reporter_before_comma(stretch, cue)
                or self._subordinate_subject(stretch, cue)
                or self.clause_subject(stretch, cue.first)
            )
            if "," not in self.lower[stretch.first : cue.first] and (
                subject is None or not self._verb_follows(subject[1], cue.first)
            ):
                # "While saying that ..., he went on": the participle opens the sentence, its subject follows it
                subject = self._subject_after_comma(cue.last, stretch.last, described=True) or subject
        index = cue.last
        if cue.entry.cue_class == "stance":
            return self._stance(stretch, cue, subject, index)
        position = self._topic_preposition(cue, index, stretch.last)
        if position is not None:  # ", warning against X": the position reported
            return self._stance(stretch, Cue(cue.first, position + 1, cue.entry), subject, position + 1)
        addressee = None
        if cue.entry.lemma in self.words["tell_verb"]:
            addressee = self.object_phrase(index, stretch.last)
            if addressee is not None:
                addressee, index = self._longer_addressee(addressee, addressee[1], stretch.last)
        index, channel = self.skip_adjuncts(index, stretch.last)
        index = self._through_that(index, stretch.last)
        end = self._content_end(stretch, index, later)
        if self.lower[cue.last - 1].endswith("ing"):
            end = next((k for k in range(index + 1, min(end, index + 60)) if self._joined_gerund_at(k, end)), end)
        # "..., referring to his daughter, who ...": a participle's report is a phrase, and a relative clause after
        # its comma describes the last noun for the reader
        end = next(
            (
                k
                for k in range(index + 1, min(end, index + 60))
                if self.lower[k] == "," and self.lower[k + 1] in {"who", "which"} and not self.inside_quote[k]
            ),
            end,
        )
        content = self._extent(index, end)
        return self._candidate(stretch, content, cue, subject, addressee, channel, 0.7)

    def _reporter_before_comma(self, stretch: Stretch, cue: Cue) -> tuple[int, int] | None:
        """The subject of a speech verb just before the participle's comma ("..., a Chinese official said, adding
        ..."): the participle goes on with that report, whatever opened the sentence."""
        verb = cue.first - 2
        if verb <= stretch.first or self.lower[verb + 1] != "," or self.lower[cue.first].endswith("ed"):
            return None
        verb = self._before_setting(verb, stretch.first)  # "..., X said in June 2012, citing ..."
        entry = self.lexicons.cue_verbs.get(self.lower[verb])
        if entry is None or entry.cue_class != "speech" or self.lower[verb - 1] in self.words["passive"]:
            return None
        subject = self.subject_before(verb, stretch.first)
        return subject if subject is not None and self._can_speak(*subject) else None

    def _before_setting(self, last: int, floor: int) -> int:
        """The verb before a short phrase of time or place ending at ``last`` ("said in June 2012", "said on
        Monday", "told reporters at the rally"), else ``last``."""
        for k in range(last - 1, max(floor, last - SETTING_WORDS) - 1, -1):
            if not self.tokens[k].text[:1].isalnum():
                return last
            if self.lower[k] in {"in", "on", "at", "during", "after", "before"} or self.lower[k] in self.words["time"]:
                verb = k - 1
                word = self.lower[verb]
                if verb > floor and word in self.lexicons.cue_verbs and word[-2:] in PAST_ENDINGS:
                    return verb  # a past form: "a sharp retort on ..." is a noun
        return last

    def question_put(self, stretch: Stretch, cue: Cue, *, passive: bool = False) -> QuoteCandidate | None:
        """A question put to someone ("When asked by a reporter whether ...,", "She was asked about ..."), up to
        the comma ending it."""
        index = cue.last
        asker = None
        if index < stretch.last and self.lower[index] == "by":
            asker = self.noun_phrase_right(index + 1, stretch.last)
            if asker is not None:
                index = asker[1]
        if index < stretch.last and self.lower[index] == "about":
            index += 1  # a topic: "Asked about the vote," (the phrase cue "asked about" has taken it already)
        elif passive and (index >= stretch.last or self.lower[index] not in WH_WORDS) and cue.last - cue.first == 1:
            return None  # "was asked to leave", "was asked a question": no question reported here
        end = index
        while end < stretch.last:
            closing = self._relative_aside(end, stretch.last)
            if closing is not None:
                end = closing + 1  # "whether the plan, which cost millions, would work"
                continue
            if self.lower[end] in {",", ";", ":"} or (
                self.lower[end] == "." and (end + 1 >= stretch.last or end + 1 in self.sentence_firsts)
            ):
                break  # other dots are abbreviations ("asked whether Mr. Smith would run")
            end += 1
        index = self._question_after_setting(index, end)
        if end - index < 2:
            return None
        return self._candidate(stretch, self._extent(index, end), cue, asker, None, None, 0.5)

    def _relative_aside(self, comma: int, limit: int) -> int | None:
        """The comma closing a relative clause that the comma at ``comma`` opens ("whether the plan, which cost
        millions, would work"), within a bounded look-ahead; else None."""
        if self.lower[comma] != "," or comma + 1 >= limit or self.lower[comma + 1] not in {"which", "who"}:
            return None
        return next((k for k in range(comma + 2, min(limit, comma + 20)) if self.lower[k] == ","), None)

    def _question_after_setting(self, index: int, end: int) -> int:
        """Where the question starts when a time or place comes first ("Asked on Monday whether ...", "asked at
        a conference about the merger"): at the question word, or after "about"; else ``index``."""
        if index >= end or not (self.lower[index] in THAT_ADJUNCT_OPENERS or self.lower[index] in self.words["time"]):
            return index
        for probe in range(index + 1, end):
            word = self.lower[probe]
            if word in WH_WORDS:
                return probe
            if word == "about":
                return probe + 1
        return index

    def clause_subject(self, stretch: Stretch, before: int) -> tuple[int, int] | None:
        """The subject of the clause a participle hangs from: the first noun phrase after any introduction."""
        index = self._sentence_words_start(stretch.first, before, before)  # '"...," he said, adding ...'
        if self.lower[index] in {"but", "and", "yet", "so"}:
            index += 1
        index = self._after_time_span(index, before)  # "A few minutes later they ..."
        hedged = index + 1 < before and self.lower[index] in HEDGES
        opener = self.lower[index + 1] if hedged else ""
        if (
            self.lower[index] in {"on", "in", "at", "after", "before", "during", "earlier", "later", "last", "for"}
            or self.lower[index] in {"while", "although", "though", "when", "if", "because", "since", "whereas"}
            or (
                (
                    self.lower[index] in INTRODUCTIONS
                    or self.lower[index] in SETTING_OPENERS
                    or self.lower[index] in PREPOSITIONS
                    or self.lower[index] in {"beyond", "to", "besides"}
                )
                and "," in self.lower[index : min(before, index + 20)]  # "Amid the uproar, X ...", "Beyond that, X"
            )
            or opener in HEDGED_OPENERS
            or (self.lower[index].endswith("ing") and index + 1 < before and not self.is_name(index + 1))
        ):  # "After the vote, she ...", "Right after it, ...", "Weighing in on the talks, he ..." (not "Manning said")
            while index < before and self.lower[index] != ",":
                index += 1
            index += 1
        found = self._subject_at(index, before)
        if found is None or not self._verb_follows(found[1], before):
            later = self._subject_after_comma(index if found is None else found[1], before)
            if later is not None:
                return later  # "Speaking in Salem, Ohio, Trump went on, calling ...": a place or time came first
        return found

    def _after_time_span(self, index: int, before: int) -> int:
        """The token after a fronted span of time ("A few minutes later", "Two days ago,") opening a clause at
        ``index``, else ``index``: the span is no subject."""
        k = index
        while k < before and k - index < 3 and (self.lower[k] in {"a", "an", "few", "several"} or self._number(k)):
            k += 1
        if k == index or k + 1 >= before or self.lower[k] not in self.words["time"]:
            return index
        if self.lower[k + 1] not in {"later", "earlier", "ago", "afterward", "afterwards"}:
            return index
        k += 2
        return k + 1 if k < before and self.lower[k] == "," else k

    def _verb_follows(self, index: int, before: int) -> bool:
        return index < before and (self._verb_like(index) or self.lower[index] in self.words["finite"])

    def _subordinate_subject(self, stretch: Stretch, cue: Cue) -> tuple[int, int] | None:
        """The subject of the subordinate clause a participle ends ("When Doe opened the debate by saying ...",
        "..., as Doe echoed the criticism, saying ..."): the nearest clause is the one the participle goes on."""
        floor = stretch.first
        k = cue.first - 1
        if self.lower[k] == ",":
            k -= 1
        limit = max(floor, cue.first - 30)
        while k > limit and self.lower[k] not in {",", ";", "(", ")"} and not self.inside_quote[k]:
            k -= 1
        opener = k + 1 if k > limit else limit  # the subordinator opens the sentence, or follows a comma
        if k > limit and self.lower[k] != ",":
            return None
        # the last subordinator of the segment: at its start, or inside it ("X admitted fault even as he ...");
        # a relative pronoun is itself the subject ("Mr. Doe, who has both endorsed X and criticized ...")
        subordinator = next(
            (
                p
                for p in range(cue.first - 2, opener - 1, -1)
                if self.lower[p] in self.words["subordinator"]
                or self.lower[p] in {"who", "which"}
                or (self.lower[p] in {"and", "but"} and self._clause_at(p + 1, cue.first))
            ),
            None,
        )
        if subordinator is None:
            return None
        if self.lower[subordinator] in {"who", "which"}:
            # only a relative clause the segment opens ("X, who ..."): in "He praised those who left but said"
            # the relative clause has ended before the cue
            return (subordinator, subordinator + 1) if floor < subordinator == opener else None
        found = self._subject_at(subordinator + 1, cue.first)
        if (found is None or not self._verb_follows(found[1], cue.first)) and self.lower[
            subordinator + 1
        ] in self.words["boundary"]:
            # "though in a news conference last week he used ...": the subject follows a setting
            found = next(
                (
                    phrase
                    for p in range(subordinator + 2, min(cue.first, subordinator + 14))
                    if self.lower[p] in self.words["subject_pronoun"] and self.lower[p] not in {"who", "it"}
                    for phrase in [self._subject_at(p, cue.first)]
                    if phrase is not None and self._verb_follows(phrase[1], cue.first)
                ),
                None,
            )
        if found is None or not self._verb_follows(found[1], cue.first):
            return None
        first = self.lower[found[0]]
        named = self.is_name(found[0]) or (self._holds_name(*found) and self.lower[subordinator] in {"and", "but"})
        return found if named or first in self.words["subject_pronoun"] else None

    def _clause_at(self, index: int, before: int) -> bool:
        """True when a clause with a named or pronoun subject starts at ``index`` ("and the union has sued")."""
        found = self._subject_at(index, before)
        return (
            found is not None
            and self._verb_follows(found[1], before)
            and (self._holds_name(*found) or self.lower[found[0]] in self.words["subject_pronoun"])
        )

    def _subject_after_comma(self, index: int, before: int, *, described: bool = False) -> tuple[int, int] | None:
        """The first name or pronoun after a comma, from ``index`` on, that a verb follows: the subject of the main
        clause when an introduction holds commas ("In Dover, N.H., on Tuesday, Jones endorsed Smith, saying ...").
        A lowercase phrase after the comma ("Jones, the nominee, ...") is an appositive and is passed over, unless
        ``described`` allows a phrase opened by a determiner ("After the vote, the senator said ...")."""
        commas = 0
        for k in range(index, min(before, index + 40)):
            if self.lower[k] != ",":
                continue
            commas += 1
            if commas > 4:
                break
            probe = k + 1
            while probe < before and self.lower[probe] in self.words["adverb"]:
                probe += 1
            if probe >= before or self.lower[probe] == "who":
                continue
            named = self.is_name(probe) or self.lower[probe] in self.words["subject_pronoun"]
            if not (named or described):
                continue
            found = self._subject_at(probe, before)
            if (
                found is not None
                and self._verb_follows(found[1], before)
                and (named or self.lower[probe] in self.words["determiner"] or self._holds_name(*found))
            ):
                return found  # "After ..., billionaire owner Mark Cuban said": a described name
        return None

    def _holds_name(self, first: int, last: int) -> bool:
        return any(self.is_name(k) for k in range(first, last))

    def _subject_at(self, index: int, before: int) -> tuple[int, int] | None:
        """The subject phrase starting at ``index`` (after sentence adverbs), cut at its first verb."""
        while index < before and (
            self.lower[index] in self.words["adverb"]
            or self.lower[index] in self.words["subject_adverb"]
            or (
                index + 1 < before
                and self.lower[index + 1] == ","
                and self.lower[index].endswith("ly")
                and self.lower[index] not in self.words["not_adverb"]
            )  # "Publicly, the nominee ..."
        ):
            index += 2 if self.lower[index + 1] == "," else 1
        if index >= before:
            return None
        phrase = self.noun_phrase_right(index, before)
        if phrase is None:
            return None
        # Stop the phrase at its first verb: after a determiner, at a verb-like word ("The old lady reached",
        # "One man can be heard"); otherwise at any lowercase word but a title or joiner ("Officials met").
        end = phrase[0] + 1
        determined = self.lower[phrase[0]] in self.words["determiner"]
        while end < phrase[1] and (
            (determined and not self._verb_like(end))
            or self.is_name(end)
            or self.lower[end] in self.lexicons.titles
            or self.lower[end] in self.words["determiner"]
            or self.lower[end] in self.words["joiner"]
            or self.lower[end].endswith("'s")
            or self.lower[end].endswith("’s")
            or (self.lower[end] == "." and end + 1 < phrase[1] and self.is_name(end + 1))  # "Mr. Trump"
        ):
            end += 1
        if end == phrase[0] + 1 and not self.is_name(phrase[0]) and phrase[1] > end:
            end = min(phrase[1], phrase[0] + 2)  # "One man", "the ministry"
        return phrase[0], end

    def _sentence_words_start(self, first: int, dated_before: int, before: int) -> int:
        """Where the narration of a sentence starting at ``first`` begins: past a dateline (looked for before
        ``dated_before``) and past a quotation that opens the sentence, whose speaker comes after it."""
        index = self._after_dateline(first, dated_before)
        if self._quote_opens_at(index) or self.inside_quote[index]:
            while index < before and (self.inside_quote[index] or not self.tokens[index].text[:1].isalnum()):
                index += 1
        return index

    def _after_dateline(self, first: int, before: int) -> int:
        """The first token after a dateline that opens a story ("PARIS, May 2 (Reuters) - ", "WASHINGTON — ",
        "Washington (AFP) – "), else ``first``: a place before a dash is no subject."""
        if first >= before or not self.tokens[first].text[:1].isupper():
            return first
        start = self.tokens[first].start
        dateline = DATELINE.match(self.text, start, min(self.tokens[before - 1].end, start + DATELINE_REACH))
        if dateline is None:
            return first
        after = bisect.bisect_left(self.tokens, dateline.end(), key=_TOKEN_START)
        return after if after < before else first

    def _verb_like(self, index: int) -> bool:
        """True for a word that may be a clause's verb: a verb form that is no name, an auxiliary or an adverb."""
        word = self.lower[index]
        return (
            word in self.words["auxiliary"]
            or word in self.words["adverb"]
            or (
                self._verb_form(index)
                and not self.is_name(index)
                and not (
                    word in self.words["noun_form"] and index and self.lower[index - 1] in self.words["determiner"]
                )  # "a note", "the claims": a noun after a determiner
            )
        )

    def inverted(self, stretch: Stretch, number: int, cue: Cue) -> QuoteCandidate | None:
        """An inverted attribution, the speaker after the cue: 'CONTENT, said SPEAKER.' or '"CONTENT," said X.'"""
        after_quotation = (
            cue.first > stretch.first
            and self._quote_closes_at(cue.first - 1)
            and not self.lower[cue.first].endswith("ing")  # '"...," citing ...': a participle, not an inversion
        )
        if cue.entry.lemma not in self.words["inverting"] and not (after_quotation and cue.entry.cue_class == "speech"):
            return None  # "The governor, at a rally, promised lower taxes": what follows most verbs is their object
        speaker = self.noun_phrase_right(cue.last, stretch.last)
        if speaker is None or not self._can_speak(*speaker):
            return None  # '"...," X, a strategist, said just after midnight': "just" is no speaker
        index = speaker[1]
        relative = index < stretch.last and self.lower[index] in {"who", "whose"}  # "said a voter who asked ..."
        if not (self._attribution_ends(index, stretch.last) or relative) or (
            index < stretch.last and self._quote_opens_at(index)
        ):
            return None  # ", said she had ...", ", said Fiorina “was ...”": the phrase starts the reported clause
        resumed = self._inverted_resumes(stretch, cue, index)
        if resumed is not None:
            return resumed
        resumes = True
        if index < stretch.last and self.lower[index] == ",":
            # an appositive after the name: "said Jane Doe, a spokeswoman for ..."
            probe = index + 1
            while probe < stretch.last and self.lower[probe] not in {",", ".", ";"} and not self._quote_opens_at(probe):
                probe += 1  # a quotation ends the appositive: 'said the senator, "because ..."' resumes the quote
            if probe < stretch.last and self._quote_opens_at(probe):
                # not inside a relative clause that reports on its own: 'said Doe, who called it "a mess"'
                resumes = not any(self.lower[k] in self.words["relative"] for k in range(index + 1, probe))
            index = probe
        index, channel = self.skip_adjuncts(index, stretch.last)
        left_end = cue.first
        while (
            left_end > stretch.first
            and not self.tokens[left_end - 1].text[:1].isalnum()
            and not self._quote_closes_at(left_end - 1)
        ):
            left_end -= 1  # drop the comma, keep a closing mark: 'For "...", said X' is mixed to the mark
        if left_end <= stretch.first:
            return None
        content = self._extent(stretch.first, left_end)
        candidate = self._candidate(stretch, content, cue, speaker, None, channel, 0.85)
        if candidate is not None and resumes:
            self._join_following_piece(candidate, stretch, number, index)
        return candidate

    def _inverted_resumes(self, stretch: Stretch, cue: Cue, index: int) -> QuoteCandidate | None:
        """'The trouble, says Jo Kane(, a geologist), is the ground': an inverted attribution inside a clause whose
        subject comes before it and whose verb after it (and any appositive on the speaker). The whole clause,
        the attribution included, is the report."""
        front_end = cue.first - 1
        if (
            index >= stretch.last
            or self.lower[index] != ","
            or front_end - stretch.first < 2
            or self.lower[front_end] != ","
            or self.inside_quote[front_end]
            or self._has_verb(stretch.first, front_end)
        ):
            return None
        resume = index + 1
        if resume < stretch.last and not self._verb_form(resume):
            # past an appositive on the speaker: ", a geologist, is ..."
            closing = next((k for k in range(resume, min(stretch.last, resume + 15)) if self.lower[k] == ","), None)
            if closing is None:
                return None
            resume = closing + 1
        if resume >= stretch.last or not self._verb_form(resume) or self.inside_quote[resume]:
            return None
        end = self._content_end(stretch, resume, ())
        if end <= resume:
            return None
        speaker = self.noun_phrase_right(cue.last, stretch.last)
        candidate = self._candidate(
            stretch, (self.tokens[stretch.first].start, self.tokens[end - 1].end), cue, speaker, None, None, 0.8
        )
        if candidate is not None and candidate.kind == QuoteKind.INDIRECT:
            candidate.segments = [self._extent(stretch.first, front_end), self._extent(resume, end)]
        return candidate

    def after_subject(
        self, stretch: Stretch, number: int, cue: Cue, subject: tuple[int, int], later: Sequence[Cue]
    ) -> QuoteCandidate | None:
        """The common order 'SUBJECT CUE ...', with the content after the cue or, failing that, before the subject."""
        index = cue.last
        addressee = None
        if cue.entry.lemma in self.words["tell_verb"] or cue.entry.role == "subject":
            if cue.entry.role != "subject":
                addressee = self.object_phrase(index, stretch.last)
                if addressee is None and cue.entry.lemma == "tell":
                    addressee = self._bare_addressee(index, stretch.last)
                if addressee is not None:
                    index = addressee[1]
            elif self.lower[cue.first] in {"told", "tell", "tells", "telling"}:
                addressee = (cue.first + 1, cue.last)  # "told reporters"
        if addressee is None and cue.entry.lemma in self.words["tell_verb"]:
            addressee, index = self._addressee_before_that(index, stretch.last)
        elif addressee is not None and cue.entry.role != "subject":
            addressee, index = self._longer_addressee(addressee, index, stretch.last)
        asked_about = cue.entry.lemma == "ask" and index + 1 < stretch.last and self.lower[index] == "about"
        if asked_about:
            index += 1  # "asked the mayor about the budget": the topic of the question is the report
        after_cue = index
        index, channel = self.skip_adjuncts(index, stretch.last)
        index = self._through_colon(index, stretch.last)
        if channel is None:
            opening = self._phrase_at(stretch.first, subject[0], "channel")
            if opening is not None and opening < stretch.last and self.lower[opening] == ",":
                channel = (stretch.first, opening)  # "In a statement, the club wrote: ..."
        follows_content = subject[0] - stretch.first >= 4 and self.lower[subject[0] - 1] in CLOSING
        introduces = (
            index + 1 < stretch.last
            and self.lower[index] in {",", ":"}
            and (self._quote_opens_at(index + 1) or self.lower[index + 1] == "that")
        )
        resumes_in_quote = (
            index + 1 < stretch.last
            and self._quote_resumes_clause(index + 1, stretch.first, subject[0])
            and "," not in self.lower[stretch.first : subject[0] - 1]
        )  # 'In most cases, it said, "the buyer pays."': one phrase before the attribution, the quotation goes on
        if introduces and not self._quote_closes_at(subject[0] - 1) and not resumes_in_quote:
            follows_content = False  # 'Taking it in, Trump said, "As a Republican, ..."'
        if follows_content and self._introductory_phrase(stretch.first, subject[0] - 1) and index < stretch.last:
            follows_content = False  # "In a letter to the board, Jones asked it to ...": a setting, not content
        if (
            follows_content
            and not self._quote_closes_at(subject[0] - 1)
            and self._topic_preposition(cue, index, stretch.last) is not None
        ):
            follows_content = False  # "At the resort, X boasted of his skills": the topic is the report
        setting_only = follows_content and (
            self._opens_with_question(stretch) or self._setting_before(stretch, subject[0] - 1, cue.last)
        )
        if setting_only:
            # "As the crowd waited, Doe promised ...": a setting, not content; 'Asked whether X "...," most said
            # yes': the question put, which its own cue reports
            follows_content = False
        if (
            subject[0] - stretch.first >= 2
            and self.lower[subject[0] - 1] == ","
            and index + 1 < stretch.last
            and self.lower[index] == ","
            and (not self._quote_opens_at(index + 1) or resumes_in_quote)
            and not self._opens_with_question(stretch)
        ):
            follows_content = True  # "If the vote fails, he said, the bill dies": the attribution is parenthetical
        if (
            follows_content
            and self.lower[index : index + 1] == ["to"]
            and self._infinitive_report(cue, index, stretch.last) is not None
        ):
            follows_content = False  # "..., Jones pledged to oppose it": the infinitive is the report
        if (
            follows_content
            and cue.entry.cue_class == "thought"
            and index < stretch.last
            and self.tokens[index].text[:1].isalnum()
            and not self._quote_closes_at_char(self.tokens[subject[0] - 1].end)  # '"...!" she heard one say'
        ):
            follows_content = False  # "..., she appeared at his side", "..., we think about X": a belief's words follow
        if (
            follows_content
            and index < stretch.last
            and self._through_that(index, stretch.last) > index
            and not self._quote_closes_at_char(self.tokens[subject[0] - 1].end)
        ):
            follows_content = False  # "When they met, Lee confided to her that ...": the clause after "that" is said
        if follows_content and self._attribution_ends(index, stretch.last):
            return self.trailing(stretch, number, cue, subject, addressee, channel, index)
        if self.lower[subject[0] - 1] == "as" and (index >= stretch.last or self.lower[index] in AS_CLAUSE_END):
            # "The plan fails, as the mayor noted.", "The plan, as Lee said, fails": the clause around the "as"
            # clause is what it reports
            verb = index + 2 if index + 2 < stretch.last and self.lower[index + 1].endswith("ly") else index + 1
            resumes_with_verb = verb < stretch.last and self.lower[index] == "," and self._verb_form(verb)
            as_clause = self._as_clause_before(subject[0], stretch.first, 1 if resumes_with_verb else 3)
            if as_clause is not None:
                return self.trailing(stretch, number, cue, subject, addressee, channel, index, front_end=as_clause)
        if follows_content and self._adjunct_tail(after_cue, stretch):
            # "..., she said in a video message to the convention.": the words after the cue set the scene
            return self.trailing(stretch, number, cue, subject, addressee, channel, self._setting_end(index, stretch))
        if (
            follows_content
            and not introduces
            and self._quote_closes_at_char(self.tokens[subject[0] - 1].end)
            and self._quoted_clause_ends(subject[0] - 1, stretch.first)
        ):
            # '"...," he told cheering fans in Ohio on Monday.': the quotation is the report, the rest the setting
            return self.trailing(stretch, number, cue, subject, addressee, channel, self._setting_end(index, stretch))
        while index < stretch.last and self.lower[index] in {",", ":"}:
            index += 1
        rest_is_empty = all(
            not self.tokens[k].text[:1].isalnum() and self.tokens[k].text not in {'"', "“", "'", "‘"}
            for k in range(index, stretch.last)
        )  # stops at the first word
        if rest_is_empty:
            if self.lower[stretch.last - 1] == ":" or (index > cue.last and self.lower[index - 1] == ":"):
                return self.colon_introduction(stretch, cue, subject, addressee, channel)
            # "CONTENT, SUBJECT CUE." : the content stands before the subject
            left_end = subject[0]
            while left_end > stretch.first and not self.tokens[left_end - 1].text[:1].isalnum():
                left_end -= 1
            if (
                left_end <= stretch.first
                or self.lower[subject[0] - 1] not in {",", "'", '"', "”", "’", "—", "–"}
                or self._opens_with_question(stretch)
                or setting_only
                or (self.lower[subject[0] - 1] == "," and self._setting_before(stretch, subject[0] - 1, cue.last))
            ):
                return None  # "At that, she smiled.": a setting, too short to be taken for content above
            content = self._extent(stretch.first, left_end)
            candidate = self._candidate(stretch, content, cue, subject, addressee, channel, 0.85)
            if candidate is not None:
                self._join_following_piece(candidate, stretch, number, stretch.last)
            return candidate
        if (
            cue.entry.lemma in self.words["intransitive"]
            and self.lower[cue.first - 1] not in self.words["passive"]
            and not self._words_follow(index, cue.last, stretch.last)
        ):
            return None  # "spoke after the vote", "volunteered for the campaign": no words reported
        if cue.entry.cue_class == "stance":
            return self._stance(stretch, cue, subject, index)
        position = self._topic_preposition(cue, index, stretch.last)
        if position is not None:
            return self._stance(stretch, Cue(cue.first, position + 1, cue.entry), subject, position + 1)
        topic = self._past_topic_noun(cue, index, stretch.last)
        topic_end = self._content_end(stretch, topic, later) if topic > index else topic
        if topic_end - topic >= 2:
            # "showed no sign of backing down", "said little about the plan": the noun and its preposition belong
            # to the cue, what they are about is the report; a lone word ("signs of irritation") stays whole
            cue = Cue(cue.first, topic, cue.entry)
            return self._candidate(stretch, self._extent(topic, topic_end), cue, subject, addressee, channel, 0.6)
        clause = self._clause_follows(index, stretch.last)
        if (
            cue.entry.cue_class == "evidence"
            and not clause
            and self.lower[index] not in WH_WORDS
            and self._through_that(index, stretch.last) == index
            and (self.lower[index] in self.words["reflexive"] or cue.entry.lemma in self.words["clause_only"])
        ):
            return None  # "found itself in ...", "proved wrong", "showed flashes of ...": no finding reported
        if (
            cue.entry.lemma in self.words["object_report"]
            and (self.lower[index] in self.words["determiner"] or self._negated(cue, stretch))
            and not clause
            and self.lower[index] != "to"  # "did not want to run": the infinitive, below
        ):
            # "announced the deal", "did not mention Smith by name": the object is the report
            return self._stance(stretch, cue, subject, index)
        infinitive = self._infinitive_report(cue, index, stretch.last)
        if infinitive is not None:
            end = self._content_end(stretch, infinitive, later)
            return self._candidate(stretch, self._extent(infinitive, end), cue, subject, addressee, channel, 0.6)
        if (
            cue.entry.cue_class == "thought"
            and not (self._quote_opens_at(index) and self.lower[index - 1] in {",", ":"})  # 'He concluded, "..."'
            and self.lower[index] != "that"
            and self.lower[index] not in WH_WORDS
            and self._through_that(index, stretch.last) == index
            and not clause
            and not (
                cue.entry.lemma in self.words["clause_verb"] and self.lower[index] in self.words["subject_pronoun"]
            )
            and not self._belief_object(cue, index, stretch.last)
        ):
            return None  # "believe in", "know the area": a belief is reported by a clause
        if (
            cue.entry.lemma not in self.words["clause_verb"]
            and cue.entry.cue_class != "evidence"
            and self.lower[index] in self.words["determiner"]
            and self.lower[index] not in {"that", "this", "some", "many", "most", "all", "no", "one", "two"}
            and not clause
            and not asked_about
        ):
            return None  # "posted a video", "announced the plan": an object, not a reported clause
        through = self._through_that(index, stretch.last)
        if (
            through == index
            and self.lower[index] in self.words["non_cue_next"]
            and cue.entry.lemma != "call"
            and not self._approximate_number(index)
        ):
            return None  # "said to be", "told by": not a report; "said in the interview that" is one
        index = through
        end = self._content_end(stretch, index, later, findings=cue.entry.cue_class == "evidence")
        if self._bare_answer(index, stretch.last):
            end = index + 1  # "75 percent said yes, but ...": the answer is the report
        elif (
            self.lower[index : index + 2] == ["as", "much"]
            and self.lower[index + 2 : index + 3] != ["as"]  # not "said as much as he could"
            and cue.entry.cue_class == "speech"
        ):
            end = index + 2  # "said as much on Monday": what was said before, without the setting
        if end <= index or (cue.entry.lemma == "call" and self._phone_call(index, end)):
            return None
        if cue.entry.lemma == "call":
            # "call them reckless - it has also ...": a name given ends at a dash, where the writer goes on
            dashes = {"-", "—", "–", "--"}
            end = next((k for k in range(index + 1, end) if self.lower[k] in dashes and not self.inside_quote[k]), end)
        return self._candidate(stretch, self._extent(index, end), cue, subject, addressee, channel, 0.8)

    def _adjunct_tail(self, index: int, stretch: Stretch) -> bool:
        """True when a prepositional phrase with no verb runs from ``index`` to the end of the stretch ("in a
        video message to the convention", "at a rally in Iowa on Monday"): after a content-first attribution it
        is the setting, not a report of its own."""
        if index >= stretch.last or self.lower[index] not in ADJUNCT_TAIL_OPENERS:
            return False
        for k in range(index + 1, min(stretch.last, index + 16)):
            if self.lower[k] in {"—", "–", "--", ";", "("}:
                return True  # "... reported on Tuesday -- a development that ...": the writer's aside follows
            if self.lower[k] == "that" or self.inside_quote[k] or (self._verb_form(k) and not self.is_name(k)):
                return False
        return stretch.last - index <= 16

    def _phone_call(self, index: int, end: int) -> bool:
        """True when "called" takes a lone person and no name for them ("called Jo Kane", "called both
        candidates Tuesday night"): a telephone call, not "called X Y", which reports a description."""
        if end - index <= 4 and all(self.is_name(k) for k in range(index, end)):
            return True
        window = range(index, min(end, index + 15))
        if any(self._quote_opens_at(k) for k in window):
            return False  # 'called the report Friday a "boldfaced lie"': the quoted words name it
        for k in range(index + 1, min(end, index + 5)):
            if self.lower[k] in self.words["time"]:
                return True  # "called the governor Tuesday night"
            if self.lower[k] in {"a", "an", "the"}:
                return False  # "called him a liar Tuesday": a second noun phrase names him
        return False

    def _belief_object(self, cue: Cue, index: int, limit: int) -> bool:
        """True when a verb of believing is followed by words that open a noun phrase ("thinks Rubio's lead is
        weak", "believe this provides ...", "thought so"): such verbs take a clause, or a pronoun standing for one,
        whatever its first words, as PolNeAR annotates them; a preposition ("believe in") is no report here."""
        if cue.entry.lemma not in self.words["belief_verb"] or index >= limit or self.lower[cue.first].endswith("ing"):
            return False  # "wishful thinking", "critical thinking": a noun
        word = self.lower[index]
        if not self.tokens[index].text[:1].isalnum() or word in self.words["non_cue_next"]:
            return False
        if word in self.words["thinking_manner"] or (index + 1 < limit and self.lower[index + 1] in {"of", "about"}):
            return False  # "think twice", "think highly of her", "think more of X": how one thinks, not what
        return word == "so" or self._has_verb(index + 1, min(limit, index + 10))

    def _bare_answer(self, index: int, limit: int) -> bool:
        """True for a lone "yes" or "no" at ``index`` ("said yes.", "said no, but ..."), not "said no to X"; and
        for "so" standing for a clause before a setting ("said so in the poll", "said so on Monday"), not "said
        so many ..."."""
        if index >= limit or self.lower[index] not in {"yes", "no", "so"}:
            return False
        following = index + 1
        if following >= limit or not self.tokens[following].text[:1].isalnum():
            return True
        word = self.lower[following]
        if self.lower[index] == "so":
            return word in {"but", "while", "and", "in", "on", "at", "during", "to", "after", "before"} or (
                word in self.words["time"]
            )
        return word in {"but", "while"}

    def _through_colon(self, index: int, limit: int) -> int:
        """The colon before a quotation that ends a short phrase after the cue ("added about the senator: "...""),
        else ``index``: the phrase says what the quotation is about, the quotation is the report."""
        last = min(limit - 1, index + ATTRIBUTION_ADJUNCT_WORDS)
        if last <= index or self.text.find(":", self.tokens[index].start, self.tokens[last - 1].end) < 0:
            return index  # no colon in reach: the usual case, settled by one search of the text
        for k in range(index, last):
            if self.lower[k] == ":" and self._quote_opens_at(k + 1):
                return k if k > index else index
            if self.lower[k] in {".", ";", ",", ":"} or self._quote_opens_at(k) or self._verb_form(k):
                break
        return index

    def _words_follow(self, index: int, cue_last: int, limit: int) -> bool:
        """True when reported words start at ``index`` (a quotation, a "that" or a colon before them) or a topic
        follows within a few words ("speaks more often in public about race")."""
        return (
            self._quote_opens_at(index)
            or self.lower[index] == "that"
            or (index > cue_last and self.lower[index - 1] == ":")
            or any(self.lower[k] in {"about", "of", "on"} for k in range(cue_last, min(limit, cue_last + 6)))
        )

    def _opens_with_question(self, stretch: Stretch) -> bool:
        """True when the stretch opens with a question put ("Asked whether ..., Smith laughed"): what precedes
        the subject is the question, not what the subject said."""
        first = stretch.first + (self.lower[stretch.first] in {"when", "if", "after"})
        return first < stretch.last and self.lower[first] == "asked"

    def _setting_end(self, index: int, stretch: Stretch) -> int:
        """Where the setting of an attribution after its quotation ends: at a comma, colon or semicolon outside
        quotation marks (a title in marks, "on ''Meet the Press''", belongs to the setting), or the stretch end."""
        for probe in range(index, min(stretch.last, index + 30)):
            if self.lower[probe] in {",", ":", ";"} and not self.inside_quote[probe]:
                return probe
        return stretch.last

    def _longer_addressee(self, addressee: tuple[int, int], index: int, limit: int) -> tuple[tuple[int, int], int]:
        """The addressee and where the report starts, when the name or noun phrase found after a tell-verb
        begins a longer addressee that a "that" ends ("told FBI agents that ...", "telling Sen. Ann Cole,
        chairman of the panel, that ..."); else both unchanged."""
        if index >= limit or self.lower[index] == "that" or self.lower[index] in QUESTION_OPENERS:
            return addressee, index
        longer, after = self._addressee_before_that(addressee[0], limit, through_commas=True)
        if longer is None:
            return addressee, index
        return longer, after - (self.lower[after - 1] == "that")  # at "that", as after "told reporters"

    def _addressee_before_that(
        self, index: int, limit: int, *, through_commas: bool = False
    ) -> tuple[tuple[int, int] | None, int]:
        """A longer addressee a "that" or a question word ends ("told delegates at the convention that ...",
        "asked our readers which ..."): the words up to the first preposition, and the index where the report
        starts (after "that"); or no addressee and ``index`` unchanged. ``through_commas`` reads on over the
        commas of an appositive ("Sen. Ann Cole, chairman of the panel, that") but stops at an infinitive."""
        for probe in range(index + 1, min(limit, index + (16 if through_commas else 12))):
            word = self.lower[probe]
            if word == "to" and (
                through_commas
                or (
                    probe + 1 < limit
                    and self.tokens[probe + 1].text.islower()
                    and self.lower[probe + 1] not in self.words["determiner"]
                )
            ):
                break  # "urged voters to seek shelter that way": the infinitive is the report, not "to the board"
            if through_commas and word in QUESTION_OPENERS and self.lower[probe - 1] == ",":
                break  # "asked X, which ...": a relative clause, not the question
            if word == "that" or word in QUESTION_OPENERS:
                head = next((k for k in range(index, probe) if self.lower[k] in THAT_ADJUNCT_OPENERS), probe)
                while head > index + 1 and self.lower[head - 1] in {",", "—", "–", "-"}:
                    head -= 1
                return (index, head), probe + (word == "that")
            if through_commas and (word in {",", "—", "–", "-"} or (word == "." and self.is_name(probe - 1))):
                continue  # "Sen. Ann Cole, chairman of the panel, that ..."
            if (
                not self.tokens[probe].text[:1].isalnum()
                or word in self.words["finite"]
                or word in self.words["subject_pronoun"]
                or self.lexicons.cue_verbs.get(word) is not None
            ):
                break
        return None, index

    def _setting_before(self, stretch: Stretch, comma: int, cue_last: int) -> bool:
        """True when every comma-separated piece before ``comma`` opens like an adverbial ("As the crowd waited,",
        "Friday morning,", "Steering clear of ...,", "Though he ..."): the words set the scene of the attribution
        after them and report nothing; '"..." , she said' and 'If we lose, we lose, he said' stay content."""
        if comma - stretch.first > 60:
            return False
        first = bisect.bisect_left(self.quotation_starts, self.tokens[stretch.first].start)
        last = bisect.bisect_left(self.quotation_starts, self.tokens[comma].start, first)  # quoted before the comma
        opens = {self.tokens[k].start for k in range(cue_last, min(cue_last + 8, stretch.last))}
        for index in range(first, last):  # indices, not a slice: a slice copies the rest of a book's quotations
            quotation = self.quotations[index]
            if (
                len(self.text[quotation.outer_start : quotation.outer_end].split()) >= SCARE_QUOTE_WORDS
                and quotation.outer_start not in opens
            ):
                return False  # quoted words, not a title ("on ''Meet the Press,''"), and not what the cue opens
        piece = stretch.first
        for k in range(stretch.first, comma + 1):
            if k == comma or (self.lower[k] == "," and not self.inside_quote[k]):
                if piece < k and (not self._adverbial_at(piece) or self._phrase_opens_clause(piece, k)):
                    return False
                piece = k + 1
        return True

    def _phrase_opens_clause(self, first: int, end: int) -> bool:
        """True when the piece ``first``..``end``, opened by a preposition or a gerund rather than a subordinator,
        goes on to a finite verb ("About 200 people have left", "Seeing him fail led her to ..."): the phrase is
        the subject or an adjunct of a clause, which is content, not a setting. A verb after a relative word ("In
        a letter that was sent Monday,") belongs to the phrase."""
        if self.lower[first] in {"but", "and", "so", "yet"}:
            first += 1  # "But because ...": the conjunction's clause opener decides, as in `_adverbial_at`
        if self.lower[first] in self.words["clause_opener"] or self.lower[first] in SETTING_OPENERS:
            return False
        for k in range(first + 1, end):
            word = self.lower[k]
            if word in self.words["relative"] or word in WH_WORDS or self.inside_quote[k]:
                return False
            if (word in self.words["finite"] or word in self.words["past_verb"]) and not self.is_name(k):
                return True
        return False

    def _adverbial_at(self, index: int) -> bool:
        """True when an adverbial opens at token ``index``: a subordinator, a preposition, a time word or a
        participle ("as", "though", "among", "Friday", "steering")."""
        word = self.lower[index]
        if word in {"but", "and", "so", "yet"}:
            word = self.lower[index + 1]
            index += 1
            if word == "," and index + 1 < len(self.lower):
                word = self.lower[index + 1]  # "And, in a clip ...,": the conjunction's own comma
                index += 1
        if word in self.words["adverb"] and self.lower[index + 1] == ",":
            return True  # "And yet,", "Meanwhile,"
        return (
            word in self.words["clause_opener"]
            or word in INTRODUCTIONS
            or word in PREPOSITIONS
            or word in SETTING_OPENERS
            or (word in self.words["time"] and word not in {"this", "that"})
            or _dated(word)
            or (word.endswith("ing") and self.tokens[index].text[:1].isalpha() and len(word) > 5)
        )

    def _introductory_phrase(self, first: int, comma: int) -> bool:
        """True when tokens ``first``..``comma`` are one prepositional phrase with no verb, an introduction
        ("In a September letter to the board,"), not a reported clause."""
        if self.lower[first] not in INTRODUCTIONS or comma - first > 12:
            return False
        return all(
            self.tokens[k].text[:1].isalnum()
            and self.lower[k] not in self.words["finite"]
            and self.lexicons.cue_verbs.get(self.lower[k]) is None
            for k in range(first + 1, comma)
        )

    def _clause_follows(self, index: int, limit: int) -> bool:
        """True when a clause with no "that" starts at ``index``: a short subject (a name, a pronoun or a
        noun phrase opened by a determiner) and then a finite auxiliary ("believe the plan will fail")."""
        if index >= limit:
            return False
        first = self.lower[index]
        if _contracted_subject(first):
            return True  # "think it's good", "believe they're wrong": subject and auxiliary in one token
        if (
            first not in self.words["determiner"]
            and first not in self.words["subject_pronoun"]
            and first != "there"
            and not self.is_name(index)
        ):
            return False
        for probe in range(index + 1, min(limit, index + 7)):
            word = self.lower[probe]
            if word in self.words["finite"]:
                return True
            if word in {"and", "of"} and probe + 1 < limit and self.lower[probe + 1] not in self.words["finite"]:
                continue  # a subject of two names or with a complement: "Hillary and Bernie are", "most of them"
            if not self.tokens[probe].text[:1].isalnum() or word in self.words["boundary"]:
                return False
        return False

    def _stance(
        self, stretch: Stretch, cue: Cue, subject: tuple[int, int] | None, index: int, *, in_subject: bool = False
    ) -> QuoteCandidate | None:
        """A stance ('X endorsed Cruz', 'criticized the plan, saying ...'): its object is the content. With
        ``in_subject`` the stance sits in a relative clause on the sentence's subject, like an -ing cue ("a fund
        backing Cruz paid ..."), and the main verb ends its object."""
        if index >= stretch.last or self.lower[index] in self.words["non_cue_next"]:
            return None
        if cue.entry.lemma in self.words["attitude_verb"]:
            feeling_end = self._past_attitude(index, stretch.last)
            if feeling_end > index:
                cue, index = Cue(cue.first, feeling_end, cue.entry), feeling_end  # "expressed concern about"
        end = index
        gerund = self.lower[index].endswith("ing")  # "backed eliminating caucuses, limiting ... and binding ..."
        gerund_cue = self.lower[cue.last - 1].endswith("ing") or in_subject
        listing = False  # inside a list of objects: its last comma may stand before "and" ("A, B, and C")
        # What the object holds so far, kept as it grows so that each step costs a constant (`_main_verb_at`,
        # `_named_object`): a clause of its own inside it, and whether every word so far is a name's.
        holds_clause, all_named = False, True
        while end < min(stretch.last, index + STANCE_OBJECT_LIMIT):
            if self.lower[end] == ":" and end > index and end + 1 < stretch.last:
                end = stretch.last  # "named a familiar target: Jeb Bush": what the colon spells out is the object
                break
            if self.lower[end] in {",", ";", ":", "—", "–"} or (
                self.lower[end] in HYPHEN_DASHES and self._hyphen_dash(end, index, stretch.last)
            ):
                if self.lower[end] != "," or end - index > STANCE_OBJECT_TOKENS:
                    break  # past commas only within a bound, so a run-on list costs each cue a constant
                if end + 1 < stretch.last and self.lower[end + 1] in self.words["inclusion"]:
                    end += 1
                    continue  # "blamed several factors, including ...": the examples belong to the object
                if self._coordinate_adjective(end):
                    end += 1
                    continue  # "criticized the angry, divisive rhetoric": two adjectives before one noun
                if self._list_goes_on(end + 1, stretch.last, gerund=gerund, listing=listing):
                    end += 1
                    listing = True
                    continue  # "criticized Smith, Jones and Brown": a list of objects is one object
                aside = self._aside_before_complement(end, stretch.last)
                if aside is not None:
                    end = aside + 1
                    continue  # "accused the paper, which he owns, of bias": the verb's complement follows
                break
            if self.lower[end] == "." and (end + 1 >= stretch.last or end + 1 in self.sentence_firsts):
                break  # a sentence ends; other dots are abbreviations ("former Gov. Jeb Bush")
            if (
                end > index
                and not self.inside_quote[end]
                and (
                    self.lower[end] in self.words["clause_opener"]
                    or (self._time_at(end, stretch.last) and self._phrase_may_end(end - 1, end + 1, stretch.last))
                )
            ):
                break  # "endorsed Cruz after the debate", "endorsed Cruz on Wednesday": adjuncts, not the object
            if end > index and (
                (self.lower[end] in self.phrase_openers and self._medium_at(end, stretch.last))
                or (
                    self.lower[end] == "as"
                    and end + 1 < stretch.last
                    and self.lower[end + 1] in self.words["subject_pronoun"]
                )
            ):
                break  # "praised the plan in an interview", "opposed it as he ran": the occasion, not the object
            if end > index and self._second_verb_at(end, stretch.last):
                break  # "criticized Singer and challenged him": the object ends where a second verb joins
            if end > index and gerund_cue and not holds_clause and self._main_verb_at(end, stretch.last):
                break  # "a fund backing Cruz paid ...": the stance sits in the subject; the main verb ends it
            if end > index and gerund_cue and self._joined_gerund_at(end, stretch.last):
                break  # "praising the plan and urging ...": a second participle of the same subject
            if (
                end > index
                and self.lower[end] in self.words["adjunct_preposition"]
                and (self._named_object(index, end, all_named) or self._occasion_at(end, stretch.last))
            ):
                break  # "endorsed Cruz in Iowa", "criticized him during a rally": a name takes no modifier
            word = self.lower[end]
            holds_clause = holds_clause or word in self.words["boundary"] or word in self.words["subject_pronoun"]
            all_named = all_named and (self.is_name(end) or word in NAME_FILLERS)
            end += 1
        return self._candidate(stretch, self._extent(index, end), cue, subject, None, None, 0.5)

    def _topic_preposition(self, cue: Cue, index: int, limit: int) -> int | None:
        """The preposition after a speech verb that opens the position it reports ("boasted about X", "spoke
        briefly of X", "cautioned against X"; word classes topic_about ...), past at most two adverbs or "out";
        None when there is none."""
        probe = index
        while probe < min(limit - 1, index + 2) and (self.lower[probe] == "out" or self._manner_adverb(probe)):
            probe += 1
        if probe + 1 >= limit:
            return None
        word = self.lower[probe]
        classes = TOPIC_CLASSES.get(word)
        if classes is None or cue.entry.lemma not in self.words[classes]:
            return None
        for k in range(probe + 1, min(limit, probe + TOPIC_CLAUSE_REACH)):
            if self.lower[k] in {"that", ":"} and not self.inside_quote[k]:
                return None  # "argued for the second day that ...", "wrote of X: '...'": a clause or a quote reports
        return probe

    def _hyphen_dash(self, index: int, floor: int, limit: int) -> bool:
        """True for a hyphen or two standing as a dash that ends a stance's object (which starts at ``floor``),
        spaced on both sides ("endorsed Cruz - the first ..."). A pair setting off an aside inside the object
        ("all nations - rich and poor - for their emissions") ends nothing: the object goes on after it. A hyphen
        inside a word ("low- and middle-income", "U.S.-Mexico") is no dash. The caller checks that the token is a
        hyphen or two."""
        dash = self.lower[index]
        token = self.tokens[index]
        if (
            token.start == 0
            or token.end >= len(self.text)
            or not (self.text[token.start - 1].isspace() and self.text[token.end].isspace())
        ):
            return False
        return (
            dash not in self.lower[index + 1 : min(limit, index + ASIDE_TOKENS)]
            and dash not in self.lower[max(floor, index - ASIDE_TOKENS) : index]
        )

    def _coordinate_adjective(self, comma: int) -> bool:
        """True when the comma at ``comma`` parts two adjectives before their noun ("the angry, divisive
        rhetoric", "as a generous, magnanimous leader"): the word before it follows a determiner or a possessive
        directly and has an adjective's ending, and a lower-case word follows."""
        before = self.lower[comma - 1]
        return (
            comma + 1 < len(self.lower)
            and before.endswith(ADJECTIVE_ENDINGS)
            and (self.lower[comma - 2] in self.words["determiner"] or self.lower[comma - 2].endswith(("'", "’")))
            and self.tokens[comma + 1].text[:1].islower()
            and self.lower[comma + 1] not in self.words["boundary"]
            and self.lower[comma + 1] not in self.words["clause_link"]
            and self.lower[comma + 1] not in self.words["relative"]
        )

    def _aside_before_complement(self, comma: int, limit: int) -> int | None:
        """The comma closing an aside that opens at ``comma`` on the object ("accused Jo Lee, the editor, of bias",
        "demanded the flag, which bears old symbols, be removed"), when the stance verb's complement ("of", "as",
        "for", "to", "be") follows it: the object goes on through the aside. The aside opens with a name, a
        determiner or a relative word, so a time or a place set off by commas ("in 2009,") does not count."""
        first = comma + 1
        if first >= limit or not (self.lower[first] in {"the", "a", "an", "who", "which"} or self.is_name(first)):
            return None
        for k in range(first + 1, min(limit - 1, first + ASIDE_TOKENS)):
            word = self.lower[k]
            if self.inside_quote[k] or word in {";", ":", ".", "—", "–", "(", ")"}:
                return None
            if word == ",":
                return k if self.lower[k + 1] in STANCE_COMPLEMENTS else None
        return None

    def _medium_at(self, index: int, limit: int) -> bool:
        """True when a medium the stance was taken in starts at ``index`` ("in an interview", "on Twitter"), and
        no "as" or "for" follows it ("referenced the remark on Twitter as a sign ...", "thanked her on Facebook for
        ...": the description or the reason goes on). A place
        ("at a rally", "at an event held by ...") may be part of what the object names, so it stays."""
        if self.lower[index] == "at":
            return False
        end = self._phrase_at(index, limit, "channel")
        return end is not None and not {"as", "for"} & set(self.lower[end : min(limit, end + 6)])

    def _past_topic_noun(self, cue: Cue, index: int, limit: int) -> int:
        """Where the report starts after a non-stance cue's attitude noun or amount and its preposition ("showed
        no sign of X", "said almost nothing about X"), else ``index``: PolNeAR counts the noun into the cue."""
        if cue.entry.lemma in self.words["display_verb"]:
            return self._past_attitude(index, limit, nouns="display_noun")
        if cue.entry.cue_class not in {"speech", "writing"}:
            return index
        probe = index + (self.lower[index] in {"almost", "very", "relatively", "precious"})
        if probe + 2 < limit and self.lower[probe] in self.words["topic_amount"] and self.lower[probe + 1] == "about":
            return probe + 2
        return index

    def _past_attitude(self, index: int, limit: int, nouns: str = "attitude_noun") -> int:
        """Where the report starts after a feeling and its preposition ("expressed [his deep] concern about X",
        "expressed condolences over X", "expressed concern that X"): the feeling belongs to the cue, what it is
        about is the content; ``index`` when no attitude noun opens the object."""
        for probe in range(index, min(limit - 2, index + 4)):
            word = self.lower[probe]
            if word in self.words[nouns]:
                return probe + 2 if self.lower[probe + 1] in ATTITUDE_LINKS else index
            if not word.isalpha():
                return index
        return index

    def _list_goes_on(self, index: int, limit: int, *, gerund: bool, listing: bool) -> bool:
        """True when the words from ``index`` (after a comma) carry on a list to its "and" or "or" ("Jones, Brown
        and Smith", "R-Texas, and Carly Fiorina"): short items with no verb, the last one too. After a gerund
        the items are gerunds ("eliminating caucuses, limiting ... and binding ..."); elsewhere an "-ing" word
        after the comma opens a clause of its own (", saying ...")."""
        items = 0
        k = index
        item_start = index
        while k < min(limit, index + 40):
            word = self.lower[k]
            if word in {"and", "or"} and not self.inside_quote[k]:
                if k == item_start and items == 0 and not listing:
                    return False  # ", and ...": a clause may follow; a list has an item before its comma
                return self._last_item(k + 1, limit, gerund=gerund)
            if word == ",":
                items += 1
                item_start = k + 1
            elif gerund and k == item_start and self._manner_adverb(k):
                item_start = k + 1  # "..., temporarily freezing ...": an adverb before the item's gerund
            elif (k == item_start and word.endswith("ing") != gerund) or not self._item_word(
                k, k - item_start, gerund=gerund
            ):
                return False
            k += 1
        return False

    def _item_word(self, index: int, position: int, *, gerund: bool = False) -> bool:
        """True when token ``index`` may stand at ``position`` in a short list item: no verb, relative pronoun,
        subordinator, subject pronoun or stray punctuation, and no more than eight words. In a gerund's item an
        "-ed" word modifies its object ("limiting unpledged delegates"), and is no verb."""
        word = self.lower[index]
        if not self.tokens[index].text[:1].isalnum() and word not in {"'s", "’s", "-", ".", "(", ")", "$"}:
            return False
        return not (
            word in self.words["relative"]
            or word in self.words["clause_opener"]
            or word in self.words["subject_pronoun"]
            or (self._verb_form(index) and not (gerund and position > 0 and word.endswith("ed")))
            or position >= 8
        )

    def _last_item(self, index: int, limit: int, *, gerund: bool) -> bool:
        """True when the item after a list's "and" at ``index`` is a phrase, not a clause with a verb."""
        if index >= limit or not self.tokens[index].text[:1].isalnum() or self.lower[index].endswith("ing") != gerund:
            return False
        for k in range(index, min(limit, index + 8)):
            word = self.lower[k]
            if word in {",", ";", ":", "—", "–"}:
                return True
            if word in self.words["relative"] or word in self.words["subject_pronoun"] or self._verb_form(k):
                return False
        return True

    def _occasion_at(self, index: int, limit: int) -> bool:
        """True for "during", "amid" or "throughout" at ``index`` opening the occasion of the verb ("blasted the
        instructor during a rally"), not of a verb inside the object ("a crisis that occurred during his term") nor
        before the "as" of a description ("described the group during an interview as ...")."""
        if self.lower[index] not in self.words["occasion_preposition"] or self._verb_form(index - 1):
            return False
        for k in range(index + 1, min(limit, index + 12)):
            if self.lower[k] == "as":
                return False
            if not self.tokens[k].text[:1].isalnum() and self.lower[k] not in {"'s", "’s", "-"}:
                break
        return True

    def _named_object(self, first: int, last: int, all_named: bool) -> bool:
        """True when tokens ``first``..``last`` are a pronoun or a name ("him", "Mr. Cruz", "Kentucky Sen. Rand
        Paul"): a phrase a prepositional phrase after it cannot modify, so the phrase is an adjunct of the verb.
        ``all_named``: whether each of the tokens is a name's word or in NAME_FILLERS, kept by the caller."""
        return all_named or (last - first == 1 and self.lower[first] in self.words["object_pronoun"])

    def _joined_gerund_at(self, index: int, limit: int) -> bool:
        """True when "and" at ``index`` joins a participle that takes an object or a complement ("thanking the
        crowd and urging them to vote"): after a participle cue, a second one of the same subject, not part of
        its report. "and heating equipment", "and misleading articles" have a noun after the "-ing" word."""
        if self.lower[index] != "and" or self.inside_quote[index] or index + 2 >= limit:
            return False
        if self.lower[index - 1].endswith("ing"):
            return False  # "targeting and killing five": two participles sharing one object
        verb = index + 1
        if self._manner_adverb(verb) and verb + 2 < limit:
            verb += 1  # "and pointedly saying"
        word = self.lower[verb]
        if len(word) < 5 or not word.endswith("ing") or self.is_name(verb):
            return False
        following = self.lower[verb + 1]
        return (
            following in self.words["determiner"]
            or following in self.words["object_pronoun"]
            or following in self.words["gerund_complement"]
        )

    def _main_verb_at(self, index: int, limit: int) -> bool:
        """True when token ``index`` is a finite verb right after a participle's object ("groups backing Cruz |
        began March", "hackers backing the regime | hijacked the account"): the participle modified the sentence's
        subject, and its object ends where the main verb starts. The caller checks first that the object holds no
        clause of its own (a pronoun, a conjunction or a wh-word before the verb: "how it was", "questions he did
        not like"), which goes on."""
        word = self.lower[index]
        if self.inside_quote[index]:
            return False
        if word in self.words["finite"] or word in self.words["past_verb"]:
            return True
        following = self.lower[index + 1] if index + 1 < limit else ""
        return (
            word.endswith("ed")
            and not self.is_name(index)
            and (following in {"a", "an", "the", "$"} or following[:1].isdigit())
        )

    def _second_verb_at(self, index: int, limit: int) -> bool:
        """True when "and" or "but" at ``index`` joins a second verb of the same subject ("and challenged",
        "but said"), not a second noun ("Smith and Jones")."""
        if index + 1 >= limit or self.lower[index] not in {"and", "but"} or self.inside_quote[index]:
            return False
        following = index + 1
        if self.lower[following] in self.words["finite"]:
            return True  # "and has been a critic", "but is ...": a finite verb, whatever follows it
        if self.lower[following] in self.words["auxiliary"] and following + 1 < limit:
            following += 1  # "and then said", "but also backed"
        return self._verb_form(following) and not self.is_name(following)

    def _phrase_may_end(self, before: int, after: int, limit: int) -> bool:
        """True when a time word between tokens ``before`` and ``after`` can stand outside the phrase around it:
        no determiner, preposition, number, possessive or time word before it ("during a Tuesday interview", "for
        months", "five years", "the early years") and no noun after it that it modifies ("a gay night club")."""
        previous = self.lower[before]
        if (
            previous in self.words["determiner"]
            or previous in self.words["boundary"]
            or previous in self.words["joiner"]
            or previous in self.words["time"]
            or previous in {"'s", "’s", "over"}
            or previous[:1].isdigit()
        ):
            return False
        if after >= limit:
            return True
        following = self.lower[after]
        return not (
            self.tokens[after].text[:1].islower()
            and following.isalpha()
            and following not in self.words["boundary"]
            and following not in self.words["time"]
            and following not in self.words["joiner"]
        )

    def _time_at(self, index: int, limit: int) -> bool:
        """True when a time expression starts at ``index`` ("Wednesday", "last week", "in early June")."""
        word = self.lower[index]
        if word in self.words["time"]:
            return True
        following = self.lower[index + 1] if index + 1 < limit else ""
        return word in {"on", "in", "at", "during", "last", "this", "next"} and (
            following in self.words["time"] or following.startswith(MONTHS)
        )

    def _infinitive_report(self, cue: Cue, index: int, limit: int) -> int | None:
        """Where an infinitive or "for" report starts: "vowed to ban ...", "urged X to ...", "called for X"."""
        lemma = self._verb_lemma(cue)
        if lemma not in self.words["infinitive_cue"] or index >= limit:
            return None
        word = self.lower[index]
        if lemma == "call" and word in {"for", "on", "upon"} and index + 1 < limit:
            return index + 1
        if word == "for" and lemma in self.words["request_for"] and index + 1 < limit:
            return index + 1  # "asked for copies", "pressed for a vote": what is asked for is the report
        if word == "to" and self._infinitive_verb_at(index + 1, limit):
            return index
        if word in INTRODUCTIONS and word != "last":
            # "vowed at a rally in Iowa to end ...": a phrase of place or time, then the infinitive
            for probe in range(index + 1, min(limit - 1, index + 10)):
                if self.lower[probe] == "to":
                    return probe if self._infinitive_verb_at(probe + 1, limit) else None
                if (
                    not self.tokens[probe].text[:1].isalnum()
                    or self.lower[probe] in self.words["finite"]
                    or self.lower[probe] in self.words["subject_pronoun"]
                    or self.lower[probe] == "that"
                ):
                    return None
        if lemma in self.words["object_then_infinitive"]:
            for probe in range(index, min(limit - 1, index + 8)):
                if self.lower[probe] == "to":
                    return index if probe > index else None
                if not self.tokens[probe].text[:1].isalnum() or self.lower[probe] in self.words["boundary"]:
                    return None
        return None

    def _verb_lemma(self, cue: Cue) -> str:
        """The lemma of the verb a cue is built on: "tell" for "told reporters", whose verb governs what follows
        ("told the crowd to go home"); a cue's own lemma otherwise."""
        lemma = cue.entry.lemma
        verb = self.lexicons.cue_verbs.get(self.lower[cue.first]) if " " in lemma else None
        return lemma if verb is None else verb.lemma

    def _infinitive_verb_at(self, index: int, limit: int) -> bool:
        """True when a bare verb follows "to" at ``index``, perhaps inside an opening quotation mark
        ('vowed to "crush" the group': the quoted verb is still the infinitive)."""
        if index < limit and self._quote_opens_at(index) and self.tokens[index].text != "'":
            index += 1
        return (
            index < limit
            and self.tokens[index].text[:1].islower()
            and self.tokens[index].text[:1].isalpha()
            and self.lower[index] not in self.words["determiner"]
        )

    def _attribution_ends(self, index: int, limit: int) -> bool:
        """True when an attribution stops at ``index``: the stretch ends, or a comma, a quotation or an
        adverbial clause ("after a back-and-forth", "citing ...") follows."""
        if index >= limit:
            return True
        word = self.lower[index]
        if word in {".", "!", "?", ";", ",", ":", "(", "—", "–"} or self.tokens[index].text in {
            '"',
            "“",
            "''",
            "``",
            "‘",
        }:
            return True
        if word == "at" and index + 1 < limit and self.lower[index + 1] in {"least", "most"}:
            return False  # "reported at least six ...": a number opens the report
        if word in {
            "after",
            "before",
            "when",
            "while",
            "as",
            "during",
            "in",
            "at",
            "on",
            "from",
            "with",
            "about",
            "of",
            "through",
            "to",
            "over",
            "via",
            "by",
            "outside",
            "inside",
            "near",
            "following",
            "without",
            "under",
            "ahead",
            "because",
            "but",
            "and",
            "then",
            "last",
            "earlier",
            "later",
            "today",
            "yesterday",
            "recently",
            "afterward",
            "afterwards",
        }:
            return True
        if word == "this":
            return index + 1 < limit and self.lower[index + 1] in self.words["time"]  # "this week", not "this rule"
        return word.endswith("ing") and self.lexicons.cue_verbs.get(word) is not None

    def trailing(
        self,
        stretch: Stretch,
        number: int,
        cue: Cue,
        subject: tuple[int, int],
        addressee: tuple[int, int] | None,
        channel: tuple[int, int] | None,
        after: int,
        front_end: int | None = None,
    ) -> QuoteCandidate | None:
        """An attribution after its content ('CONTENT, SUBJECT CUE.') or inside it ('A, SUBJECT CUE, B.'); the
        content before it ends at ``front_end`` when given (the "as" of ', as SUBJECT CUE'), else at the subject."""
        if self._relative_cue(cue, stretch):
            return None  # "..., Mike Lee, who declared ...": a relative clause on a name attributes nothing before it
        left_end = subject[0] if front_end is None else front_end
        while (
            left_end > stretch.first
            and not self.tokens[left_end - 1].text[:1].isalnum()
            and self.tokens[left_end - 1].text not in {'"', "”", "’", "''"}
        ):
            left_end -= 1
        if left_end <= stretch.first or self._opens_with_question(stretch):
            return None
        front = self._after_colon_before_quote(stretch.first, left_end)
        # the report may resume after the attribution's comma, or its semicolon ("..., he said; his agents ...")
        resume = after + 1 if after < stretch.last and self.lower[after] in {",", ";"} else None
        if (
            resume is not None
            and left_end - 2 > front
            and self.lower[left_end - 1] in {"which", "who"}
            and self.lower[left_end - 2] in {",", "—", "–", "-"}
        ):
            front = left_end - 1  # "the park, which, Doe said, is often full": the relative clause is the report
        content = self._extent(front, left_end)
        if (
            resume is not None
            and resume < stretch.last
            # "..., adding ...": another act of the speaker; but "..., the paper said, including ..." goes on
            and (
                not self.lower[resume].endswith("ing")
                or self.lower[resume] in self.words["inclusion"]
                or self.lower[front] in self.words["intro_subordinator"]  # "Though X, he said, replacing her ..."
            )
            # "..., the airline added, and had passed", "..., they say, but he is still ...", "..., he noted, so
            # ...": the report goes on
            and self.lower[resume] not in {"or", "yet"}
            and not self._narrative_resumes(resume, subject)
            and not self._quote_closes_at(left_end - 1)
            and (
                self.lexicons.cue_verbs.get(self.lower[resume]) is None
                or (not self.lower[resume].endswith("ing") and not self._has_verb(front, left_end))
            )  # "His wife, he says, plans to ...": a subject alone before the attribution; its verb comes after
            and (not self._quote_opens_at(resume) or self._quote_resumes_clause(resume, front, subject[0]))
        ):
            # "Many of the closures, he said, have involved ...": the clause resumes after the attribution
            end = self._content_end(stretch, resume, ())
            candidate = self._candidate(
                stretch, (content[0], self.tokens[end - 1].end), cue, subject, addressee, channel, 0.8
            )
            if candidate is not None and candidate.kind == QuoteKind.INDIRECT:
                # from where the candidate starts: past a dateline ("WASHINGTON ― ") it dropped
                candidate.segments = [(max(content[0], candidate.start), content[1]), self._extent(resume, end)]
            return candidate
        if (
            self.lower[subject[0] - 1] == ","
            and not (resume is not None and self._verb_form(resume) and not self.lower[resume].endswith("ing"))
            and self._setting_before(stretch, subject[0] - 1, cue.last)
        ):
            return None  # "Weighing in on the debate, Lee agreed, praising ...": a setting, and nothing said
        candidate = self._candidate(stretch, content, cue, subject, addressee, channel, 0.85)
        if candidate is not None:
            self._join_following_piece(candidate, stretch, number, after)
        return candidate

    def _as_clause_before(self, subject: int, floor: int, shortest: int) -> int | None:
        """The token of "as" (or "just as") right before a subject, after a comma, dash or bracket that closes at
        least ``shortest`` words (", as the mayor noted"; a lone subject when a verb resumes the clause after the
        attribution: "The plan, as Lee said, fails"): an attribution set in an "as" clause, whose report is the
        clause around it. None when the words before the comma only open a clause ("given that,
        as X reported, ...", "And, as X said, ...", "owed it to, as X put it, ...") or the sentence: the "as"
        clause then introduces what follows."""
        first = subject - 1
        if first <= floor or self.lower[first] != "as":
            return None
        if self.lower[first - 1] == "just" and first - 1 > floor:
            first -= 1
        mark = first - 1
        if mark - floor < shortest or self.lower[mark] not in {",", "—", "–", "(", "-"}:
            return None
        before = self.lower[mark - 1]
        if (
            not self.tokens[mark - 1].text[-1:].isalnum()
            or before in self.words["clause_opener"]
            or (before in self.words["determiner"] and mark - 1 > floor)  # "That, as X noted, is ...": a subject
            or before in PREPOSITIONS
            or before in INTRODUCTIONS
            or before in {"to", "and", "but", "or", "so", "yet", "which", "who", "whom"}
        ):
            return None
        return first

    def _quote_resumes_clause(self, index: int, front: int, subject: int) -> bool:
        """True when a quotation opens at ``index`` with a lower-case word ('The plan, he said, "is dead."') after
        unquoted words from ``front`` to the ``subject`` of the attribution: the quotation goes on with them, and
        they are part of the report. A quoted front ('"A," he said, "and B."') is a split quote instead."""
        if (
            front >= subject - 1
            or not self._quote_opens_at(index)
            or any(self.inside_quote[k] or self._quote_opens_at(k) for k in range(front, subject))
        ):
            return False
        first = index + 1
        if first < len(self.tokens) and self.tokens[first].text == "'":
            first += 1  # the second half of a doubled single mark ("''")
        return first < len(self.tokens) and self.tokens[first].text[:1].islower()

    def _after_colon_before_quote(self, first: int, last: int) -> int:
        """Where the words before a trailing attribution start: after the last colon outside quotation marks
        that opens a quotation ('He waved the critics off: "Not now," she said.'), whose words alone are the
        ones attributed; else at ``first``."""
        for k in range(last - 2, first, -1):
            if self.lower[k] == ":" and not self.inside_quote[k] and self._quote_opens_at(k + 1):
                return k + 1
        return first

    def _narrative_resumes(self, index: int, subject: tuple[int, int]) -> bool:
        """True when "and" or "but" at ``index`` opens a clause about the speaker ("..., he said, and he walked
        out") or a new attribution ("..., records show, and experts say ..."), not more of what was said."""
        if self.lower[index] not in {"and", "but"} or index + 1 >= len(self.lower):
            return False
        if self.lower[index + 1] == self.lower[subject[1] - 1]:
            return True  # "he said, and he", "Smith said, but Smith"
        # "..., records show, and experts say ...": a new attribution follows, not more of this report
        return any(
            self.lexicons.cue_verbs.get(self.lower[k]) is not None and not self.inside_quote[k]
            for k in range(index + 2, min(len(self.lower), index + 6))
        )

    def _quoted_clause_ends(self, index: int, floor: int) -> bool:
        """True when the quotation closing at or before token ``index`` ends in clause punctuation inside its
        marks ('"We lost," he said', "''Why?'' she asked"), or a comma follows the marks: a quoted clause, not a
        quoted name or title that goes on with its noun ('the "Bernie or Bust" crowd')."""
        if self.lower[index] == ",":
            return True
        stop = max(floor, index - 3)  # a mark is one token, a doubled single mark two: a run of marks stays bounded
        while index > stop and self._quote_closes_at(index):
            index -= 1
        return self.lower[index] in CLAUSE_END_IN_QUOTE

    def _quote_closes_at(self, index: int) -> bool:
        return self.tokens[index].text in {'"', "”", "''", "’", "'"}

    def _quote_closes_at_char(self, offset: int) -> bool:
        """True when a quotation closes at ``offset`` (a mixed quote ending in quoted words), perhaps after a
        comma inside the marks: ',"' or ",''" (a doubled single mark is two characters wide)."""
        index = bisect.bisect_right(self.quotation_starts, offset) - 1
        return (
            index >= 0
            and -2 <= self.quotations[index].outer_end - offset <= 1 + self.quotations[index].pieces[-1].close_width
        )

    def _quote_opens_at(self, index: int) -> bool:
        return self.tokens[index].text in {'"', "“", "''", "``", "‘", "'"}

    def colon_introduction(
        self,
        stretch: Stretch,
        cue: Cue,
        subject: tuple[int, int] | None,
        addressee: tuple[int, int] | None,
        channel: tuple[int, int] | None,
    ) -> QuoteCandidate | None:
        """A colon introduction ('X said:') ending its sentence: the quote is the next quotation."""
        index = bisect.bisect_left(self.quotation_starts, self.tokens[stretch.last - 1].end)
        if index >= len(self.quotations):
            return None
        quotation = self.quotations[index]
        between = self.text[self.tokens[stretch.last - 1].end : quotation.outer_start]
        if between.strip():
            return None
        return self._candidate(
            stretch, (quotation.outer_start, quotation.outer_end), cue, subject, addressee, channel, 0.8
        )

    def _through_that(self, index: int, limit: int) -> int:
        """Step over a complementiser "that" (and an adverbial before it: "saying in translated comments that")."""
        for probe in range(index, min(limit, index + 12)):
            word = self.lower[probe]
            if word == "that":
                between = self.lower[index:probe]
                if all(w not in self.words["subject_pronoun"] and w not in {".", ";"} for w in between) and (
                    not between or between[0] in THAT_ADJUNCT_OPENERS
                ):
                    return probe + 1
                break
            if (
                not self.tokens[probe].text[:1].isalnum()
                and word != ","
                and not self._apostrophe_in_phrase(probe, limit)
            ):
                break
        return index

    def _apostrophe_in_phrase(self, index: int, limit: int) -> bool:
        """True for an apostrophe token inside a phrase: a plural possessive ("to the Smiths' office") or an
        elided century ("in '08"); not a quotation mark, which ends the adjunct."""
        if self.lower[index] not in {"'", "’", "‘"} or self.inside_quote[index]:
            return False
        return (index > 0 and self.lower[index - 1].endswith("s") and self.lower[index] != "‘") or (
            index + 1 < limit and self.lower[index + 1].isdigit()
        )

    def _content_end(self, stretch: Stretch, index: int, later: Sequence[Cue], *, findings: bool = False) -> int:
        """Reported content runs to the end of the stretch, or to where the next attribution begins. ``findings``:
        the cue reports evidence ("the poll found ..."), whose contrasts go on with it (", while 23 percent ...")."""
        end = stretch.last
        for cue in later:
            cut = self._cut_before(cue, index)
            if cut is not None and findings and self.lower[cut] == "," and self._contrasted_finding(cut):
                continue  # "found that 40 percent backed X, while 35 percent backed Y": one finding, contrasted
            if cut is not None:
                end = cut
                break
        if self._in_opening_clause(stretch, index):
            # "If the board decides to sell, the town will ...": the report ends with the clause it sits in
            comma = next(
                (
                    k
                    for k in range(index + 1, min(end, index + 60))
                    if self.lower[k] == ","
                    and not self.inside_quote[k]
                    and not self._list_goes_on(k + 1, end, gerund=False, listing=False)
                ),
                None,
            )
            if comma is not None:
                end = comma
        stop = bisect.bisect_right(self.content_stops, index)
        while stop < len(self.content_stops) and self.content_stops[stop] < end:
            if not self._verb_after_but(index, self.content_stops[stop]) and not (
                findings and self._contrasted_finding(self.content_stops[stop])
            ):
                end = self.content_stops[stop]
                if self._quote_closes_at(end) and self.inside_quote[end - 1]:
                    end += 1  # '"about right," though': the closing mark ends the quoted words in the content
                break
            stop += 1
        end = self._before_final_appositive(index, end)
        end = self._before_final_relative(index, end)
        while end > index and (
            self.lower[end - 1] in self.words["clause_link"]
            or (
                not self.tokens[end - 1].text[:1].isalnum()
                and self.tokens[end - 1].text not in {'"', "”", "’", "'", "»", ")"}
            )
        ):
            end -= 1
        if end > index + 3 and self.lower[end - 1] == ")" and not self.inside_quote[end - 1]:
            # "... raise the wage (with less passion than his rival)": an aside closing the content is the writer's
            opening = next((k for k in range(end - 2, max(index + 2, end - 20), -1) if self.lower[k] == "("), None)
            if opening is not None and end - opening > 5:  # "(R-Texas)", "(ACA)", "(15 percent)" label the noun
                end = opening
        return end

    def _contrasted_finding(self, comma: int) -> bool:
        """True for ", while" or ", whereas" before a clause ("found 28 percent backed Smith, while 23 percent
        ..."), or ", but" before a participle ("found Smith even, but trailing in the south"): a finding set
        against another is one finding. ", while saying ..." is the subject's own act."""
        following = self.lower[comma + 2]
        if self.lower[comma + 1] == "but":
            return following.endswith("ing") and len(following) > 4  # "found him even, but losing the south"
        return self.lower[comma + 1] in {"while", "whereas"} and not following.endswith("ing")

    def _verb_after_but(self, index: int, comma: int) -> bool:
        """True when ", but" at ``comma`` joins a second verb to a reported clause that starts at ``index`` ("said
        the process was fair, but required ..."): the clause's own subject goes on, so the report does too. After
        an infinitive ("pledged to back him, but sounded ...") the verb is the speaker's."""
        if self.lower[comma + 1] != "but" or self.lower[index] == "to" or comma + 4 >= len(self.lower):
            return False
        verb = comma + 2
        if self._manner_adverb(verb) or self.lower[verb] in CONTRAST_ADVERBS:
            verb += 1
        word = self.lower[verb]
        return (
            (self._verb_form(verb) or word.endswith(("n't", "n’t")))
            and word not in self.lexicons.cue_verbs
            and not self.is_name(verb)
            and not self.inside_quote[verb]
            and not (word in self.words["finite"] and self.lower[verb + 1] in self.words["subject_pronoun"])
            and self._has_verb(index, comma)
        )

    def _before_final_appositive(self, index: int, end: int) -> int:
        """Where reported content ends when an appositive closes it (", a provision that ...", ", the largest
        in years"): the writer's gloss on the last noun, not what was reported. The content must hold a verb of
        its own before the comma (an infinitive has one), and the words after it must be a noun phrase
        (`_appositive_at`)."""
        for comma in range(end - 2, max(index + 3, end - 40), -1):
            if self.lower[comma] not in APPOSITIVE_MARKS or self.inside_quote[comma]:
                continue
            if (
                self.lower[comma + 1] in {"a", "an", "the"}
                and self.tokens[comma - 1].text[:1].isalnum()
                and (self.lower[index] == "to" or self._has_verb(index, comma))
                and self._appositive_at(comma + 2, end)
            ):
                return comma
            return end  # only the last comma may open a closing appositive
        return end

    def _before_final_relative(self, index: int, end: int) -> int:
        """Where reported content ends when a relative clause on a name closes it ("would not endorse Harlow, who
        faces a primary", "in May, which is late"): the writer's gloss for the reader, not what was reported. After a
        common noun the clause may be part of the report ("sell the old mill, which had been empty"), so it stays."""
        for comma in range(end - 2, max(index + 3, end - 30), -1):
            if self.inside_quote[comma] or self._quote_opens_at(comma):
                return end
            if self.lower[comma] != ",":
                continue
            if self.lower[comma + 1] in {"who", "which"} and self.is_name(comma - 1) and self._has_verb(index, comma):
                return comma
            return end
        return end

    def _appositive_at(self, first: int, end: int) -> bool:
        """True when tokens ``first``..``end`` (after ", a|an|the") are a noun phrase, maybe with a relative
        clause: no "and"/"or" (a list goes on: ", the millers and the bakers"), no quotation, and no verb or
        pronoun subject before a relative word (", the board voted", ", a group she founded"). A participle
        before "by", "in" ... is a modifier (", a practice criticized by ...")."""
        if "and" in self.lower[first:end] or "or" in self.lower[first:end]:
            return False
        for k in range(first, end):
            word = self.lower[k]
            if word in self.words["relative"] or word in {",", "—", "–", "(", "-"}:
                return True
            comma = first - 2  # the mark before "a|an|the"
            if k > first and not self.is_name(comma - 1) and self._contact_relative_at(k, end):
                # ", a plan the senator has modified": a relative clause with no relative word; on a name
                # (", For Our Future, a PAC he formed ...") the gloss says what the name is, and stays
                return True
            if word in self.words["subject_pronoun"] or self._quote_opens_at(k):
                return False
            participle = (
                word.endswith("ed")
                and k + 1 < end
                and (
                    self.lower[k + 1] == "by"  # ", a practice criticized by ...": passive, even of a cue verb
                    or (word not in self.lexicons.cue_verbs and self.lower[k + 1] in {"in", "to", "for", "as", "with"})
                )
            )
            if self._verb_form(k) and not participle:
                return False
        return True

    def _contact_relative_at(self, index: int, end: int) -> bool:
        """True when a relative clause with no relative word starts at ``index`` after a noun (", a view the
        mayor has adopted", ", a point he also made"): a subject (a pronoun, a name, or a determiner and at most
        three words), perhaps auxiliaries, then a verb whose object is the noun before, so no object follows it
        ("..., the board voted the plan down" has one)."""
        k = index
        if self.lower[k] in self.words["subject_pronoun"]:
            k += 1
        elif self.is_name(k):
            while k < min(end, index + 5) and self.is_name(k):
                k += 1
        elif self.lower[k] in self.words["determiner"]:
            k += 1
            while k < min(end, index + 4) and self.tokens[k].text[:1].isalpha() and not self._verb_form(k):
                k += 1
        else:
            return False
        while k < end and (self.lower[k] in self.words["auxiliary"] or self._manner_adverb(k)):
            k += 1
        if k >= end or k == index or not self._verb_form(k) or self.lower[k] in self.words["finite"]:
            return False
        following = self.lower[k + 1] if k + 1 < end else ""
        return not (
            following in self.words["determiner"]
            or following in self.words["object_pronoun"]
            or (k + 1 < end and self.is_name(k + 1))
        )

    def _in_opening_clause(self, stretch: Stretch, index: int) -> bool:
        """True when content starting at ``index`` lies in a subordinate clause opening the sentence, no comma
        before it ("If the board decides to sell, ..."), or opening its second clause after ", and", so the main
        clause after the clause's comma is no part of it."""
        first = stretch.first
        intro = next((k for k in range(first + 1, min(index - 1, first + INTRO_TOKENS)) if self.lower[k] == ","), None)
        if intro is not None and self.lower[intro + 1] in self.words["intro_subordinator"]:
            first = intro + 1  # "However, while the party says ..., ...": a short setting before the clause
        if self.lower[first] in {"but", "and", "so", "yet"} and first + 1 < index:
            first += 1  # "But when the mayor said ..., the council ..."
        if self.lower[first] not in self.words["intro_subordinator"]:
            # "..., and while he said ..., it is ...": the second clause of the sentence opens the same way
            comma = next((k for k in range(index - 1, max(first, index - 40), -1) if self.lower[k] == ","), None)
            if (
                comma is None
                or self.lower[comma + 1] not in {"and", "but", "yet"}
                or self.lower[comma + 2] not in CLAUSE_SUBORDINATORS
                or self.inside_quote[comma]
            ):
                return False
            first = comma + 2
        if self.lower[first] not in self.words["intro_subordinator"] or not 0 < index - first <= 40:
            return False  # a clause opening the sentence is short; the bound keeps the look-back constant
        return "," not in self.lower[first:index]

    def _cut_before(self, later: Cue, index: int) -> int | None:
        """Where a later attribution in the same stretch ends the content that starts at ``index``."""
        if (
            later.first <= index
            or self.inside_quote[later.first]
            or self.lower[later.first - 1] in self.words["relative"]
        ):
            return None  # not after the content starts, inside quoted words, or in a relative clause
        if self.lower[later.first].endswith("ing"):
            pause = later.first - 1
            if pause > index + 1 and (
                self.lower[pause] in self.words["participle_adverb"] or self._manner_adverb(pause)
            ):
                pause -= 1  # "..., only saying that ...", "..., later adding ..."
            if self.lower[pause] == ",":
                return pause  # "..., adding that ..."
        if (
            self.lower[later.first].endswith("ing")
            and self._quote_closes_at(later.first - 1)
            and self.lower[later.first - 2] == ","
        ):
            return later.first  # 'he has "grown the party," claiming ...': the comma is inside the marks
        if (
            self.lower[later.first - 1] in {"and", "but", "yet"}
            and later.first - 1 > index
            and not self._shared_thought(later)
            and not self._shared_bare_verb(later, index)
            and not self._shared_progressive(later, index)
        ):
            return later.first - 1  # "called it “crazy” and said ...": a second report by the same subject
        perfect = self._perfect_conjunction(later, index)
        if perfect is not None:
            return perfect  # "describes himself as a moderate and has said ...": the subject's own second report
        subject = self.subject_before(later.first, index)
        if subject is not None and self.lower[subject[0] - 1] in self.words["relative"]:
            return None  # "Clinton, whom he called ...": a relative clause inside the content
        if (
            subject is not None
            and subject[0] > index
            and (
                self.lower[subject[0]] in self.words["subject_pronoun"]
                or self.is_name(subject[0])
                or self.lower[subject[0]] == "the"
            )
            and (
                not self.tokens[subject[0] - 1].text[:1].isalnum()
                or self.lower[subject[0] - 1] in {"and", "but", "while", "whereas", "yet"}
            )
        ):
            if self._fronted_adverbial(index, subject[0] - 1):
                return None  # "said that if Iran were a stock, he would advise buying it": the main clause goes on
            return subject[0]  # "..., and Smith said ...": a new attribution; "said it would urge ...": nested
        if (
            subject is not None
            and subject[0] - 2 > index
            and self.lower[subject[0] - 1] in self.words["subordinator"]
            and self.lower[subject[0] - 2] == ","
        ):
            return subject[0] - 2  # "..., after half said so in May": a report of its own in a clause set beside
        if subject is not None and self._joined_clause(subject[0], index):
            return subject[0] - 1  # "..., and three-quarters said ...": any subject after ", and" starts anew
        if subject is None and later.first - 1 > index and self.lower[later.first - 1] not in {"and", "or"}:
            # the main verb after a parenthetical: "Priebus, in the wake of a poll showing ..., told Fox News"
            comma = max((k for k in range(index, later.first) if self.lower[k] == ","), default=None)
            if comma is not None and comma > index and self.subject_before(later.first, 0) is not None:
                return comma
        return None

    def _fronted_adverbial(self, index: int, comma: int) -> bool:
        """True when the content opens with an adverbial clause or phrase ("if Iran were a stock", "during the
        visit") that the comma at ``comma`` ends: the clause after it is the report's main clause."""
        return (
            comma > index
            and self.lower[comma] == ","
            and (
                self.lower[index] in self.words["intro_subordinator"]
                or self.lower[index] in {"during", "in", "sometime", "later", "earlier"}
                or self.lower[index] in self.words["time_noun"]
            )
            and "," not in self.lower[index:comma]
        )

    def _perfect_conjunction(self, later: Cue, index: int) -> int | None:
        """Where "and" or "but" stands before a perfect cue ("... and has said", "but had since argued"): the
        subject's tense, not the content's, so a second report starts there. A verb of thought ("and has
        decided to ...") more often goes on with the content, as with ``_shared_thought``."""
        if later.entry.cue_class == "thought":
            return None
        k = later.first - 1
        perfect = None
        while k > index and k >= later.first - 3 and self.lower[k] in self.words["auxiliary"]:
            if self.lower[k] in PERFECT_AUXILIARIES:
                perfect = self.lower[k]
            k -= 1
        if perfect is None or k <= index + 1 or self.lower[k] not in {"and", "but"} or self.inside_quote[k]:
            return None
        if perfect in self.lower[max(index, k - 25) : k]:
            return None  # "said officials have read the plan and have called it sound": the content's own perfect
        return k

    def _shared_thought(self, later: Cue) -> bool:
        """True for a verb of thought after "and" or "but" with no clause of its own ("said she was tired and
        wanted a change", "... but decided to stay"): it goes on with the reported clause before it, which PolNeAR
        keeps whole; after a comma or with its own "that" or "whether" ("and thinks that ...") it reports anew."""
        if later.entry.cue_class != "thought" or self.lower[later.first - 2] == ",":
            return False  # ", and plans to ...": after a comma the verb joins the main clause
        following = self.lower[later.last : later.last + 3]
        return not any(word == "that" or word in QUESTION_OPENERS for word in following)

    def _shared_bare_verb(self, later: Cue, index: int) -> bool:
        """True for a bare verb after "and" ("... would sit him down and tell him ...", "time to step up and show
        ...") when the content since ``index`` holds a "to" or a modal it completes: no finite verb of the
        speaker's, so the report goes on through it."""
        if self.lower[later.first] != later.entry.lemma or self.lower[later.first - 2] == ",":
            return False
        window = range(max(index, later.first - 12), later.first - 1)
        return any(self.lower[k] in self.words["bare_verb_governor"] and not self.inside_quote[k] for k in window)

    def _shared_progressive(self, later: Cue, index: int) -> bool:
        """True for an -ing verb after "and" when the content since ``index`` holds a progressive ("... is acting
        alone and showing contempt", "are not endorsing anyone and offering ..."): it shares that "be", so the
        report goes on through it rather than starting anew."""
        if not self.lower[later.first].endswith("ing") or self.lower[later.first - 2] == ",":
            return False
        for k in range(max(index + 1, later.first - 15), later.first - 1):
            word = self.lower[k]
            if not word.endswith("ing") or len(word) < 5 or self.inside_quote[k]:
                continue
            before = k - 1
            if before > index and self.lower[before] in self.words["negation"] | {"also", "still", "just"}:
                before -= 1
            if before >= index and self.lower[before] in self.words["progressive"] and self.lower[before] != "now":
                return True
        return False

    def _joined_clause(self, first: int, index: int) -> bool:
        """True when a subject at token ``first`` follows ", and" or ", but": a coordinated clause with its own
        subject and cue, so the report before it ends there, whatever the subject ("three-quarters", "most")."""
        return (
            first - 2 > index
            and self.lower[first - 1] in {"and", "but"}
            and self.lower[first - 2] == ","
            and not self.inside_quote[first - 1]
        )

    def _join_following_piece(self, candidate: QuoteCandidate, stretch: Stretch, number: int, after: int) -> None:
        """Join the second half of a split quote: ""A," she said, "B."" and ""A," she said. "B.""."""
        if candidate.kind == QuoteKind.INDIRECT or (
            candidate.kind == QuoteKind.MIXED and not self._quote_closes_at_char(candidate.end)
        ):
            return
        limit_char = self.tokens[after - 1].end if after > stretch.first else stretch.end
        next_stretch = self.stretches[number + 1] if number + 1 < len(self.stretches) else None
        for index in range(bisect.bisect_left(self.quotation_starts, limit_char), len(self.quotations)):
            quotation = self.quotations[index]
            if index in self.used_quotations:
                continue
            between = self.text[limit_char : quotation.outer_start]
            opens_next_sentence = (
                next_stretch is not None
                and next_stretch.paragraph == stretch.paragraph
                and quotation.outer_start == next_stretch.start
            )
            # the attribution may run on ("said X, a senior adviser who ...") before the quote resumes
            adjacent = (
                between.strip() in {"", ",", ".", ":", ";", "—"}
                or RESUMING.fullmatch(between) is not None
                or opens_next_sentence
                or self._attribution_adjunct(between)
            )
            if (
                (quotation.outer_start < stretch.end or opens_next_sentence)
                and adjacent
                and self._stretch_is_mostly_quote(quotation)
            ):
                self.used_quotations.add(index)
                candidate.segments.extend(self._pieces(quotation))
                if quotation.outer_end > (candidate.source or (0, 0))[1]:
                    candidate.source = (candidate.source or (quotation.outer_start, 0))[0], quotation.outer_end
            break

    def _attribution_adjunct(self, between: str) -> bool:
        """True for a short phrase that finishes an attribution before its quote resumes ('," he said of the
        voters, "but ...'): a preposition, a few words and a comma, no sentence break."""
        words = between.split()
        return (
            0 < len(words) <= ATTRIBUTION_ADJUNCT_WORDS
            and words[0] in self.words["attribution_adjunct"]
            and between.rstrip().endswith(",")
            and not any(mark in between for mark in ".;:!?")
        )

    def _stretch_is_mostly_quote(self, quotation: Quotation) -> bool:
        """True when little but the quotation fills its stretch, and what follows it is no attribution of its
        own ('"A," she said. "B," she added.': B is a second report, not the rest of A)."""
        stretch = self._stretch_at(quotation.outer_start)
        if stretch is None:
            return True
        tail = self.text[quotation.outer_end : stretch.end].strip(" .,;:!?\"”’'")
        if tail and self._cue_after(quotation.outer_end, stretch):
            return False
        return not tail or not any(c.isalpha() for c in tail) or len(tail.split()) <= 6

    def _holds_a_quote(self, stretch: Stretch) -> bool:
        """True when a quote found by its cue ends inside ``stretch`` (the first to end after its start)."""
        index = bisect.bisect_right(self.found_ends, stretch.start)
        return index < len(self.found_by_end) and self.found_by_end[index].start < stretch.end

    def _cue_after(self, offset: int, stretch: Stretch) -> bool:
        """True when a cue verb stands outside quotation marks between ``offset`` and the end of ``stretch``."""
        first = bisect.bisect_left(self.tokens, offset, key=_TOKEN_START)
        return any(
            not self.inside_quote[k] and self.lexicons.cue_verbs.get(self.lower[k]) is not None
            for k in range(first, min(stretch.last, first + ATTRIBUTION_ADJUNCT_WORDS))
        )

    def dash_attribution(self, stretch: Stretch) -> QuoteCandidate | None:
        """A dash attribution ('"QUOTE" — Senator X'): a dash and a name after a quotation."""
        if DASH.search(self.text, stretch.start, stretch.end) is None:
            return None  # most sentences have no dash: one scan of the text rules them out
        for index in range(stretch.first + 1, stretch.last - 1):
            if (
                self.tokens[index].text in {"—", "―", "–", "--"}
                and self.is_name(index + 1)
                and self.tokens[index - 1].text in {'"', "”", "’", "'"}
            ):
                speaker = self.noun_phrase_right(index + 1, stretch.last)
                if speaker is None:
                    return None
                cue = Cue(index, index + 1, CueEntry("dash", "speech", "verb"))
                return self._candidate(stretch, self._extent(stretch.first, index), cue, speaker, None, None, 0.7)
        return None

    def dash_credit(self, stretch: Stretch) -> QuoteCandidate | None:
        """A paragraph of a dash and a name under a quoted paragraph ('"QUOTE"' then '- Senator X.'): the
        name speaks the quotation above it, as in a list of quotes or an epigraph."""
        first = stretch.first
        if (
            first not in self.paragraph_firsts
            or stretch.last - first > 10
            or self.tokens[first].text not in {"—", "―", "–", "-", "--"}
            or first + 1 >= stretch.last
            or not self.is_name(first + 1)
        ):
            return None
        index = bisect.bisect_left(self.quotation_starts, stretch.start) - 1
        if index < 0 or index in self.used_quotations:
            return None
        quotation = self.quotations[index]
        if self.text[quotation.outer_end : stretch.start].strip() or not quotation.closed:
            return None
        speaker = self.noun_phrase_right(first + 1, stretch.last)
        if speaker is None:
            return None
        self.used_quotations.add(index)
        return QuoteCandidate(
            segments=self._pieces(quotation),
            kind=QuoteKind.DIRECT,
            cue=self._extent(first, first + 1),
            cue_class="speech",
            mention=self._extent(*speaker),
            source=(quotation.outer_start, stretch.end),
            method="pattern",
            confidence=0.7,
            marked=True,
        )

    def colon_statement(self, stretch: Stretch) -> QuoteCandidate | None:
        """A sentence with no listed cue whose colon introduces a quotation ("The governor released the
        following statement:", 'She then addressed the crowd: "..."'): its subject speaks the quotation, its verb
        is the cue."""
        colon = stretch.last - 1 if self.lower[stretch.last - 1] == ":" else None
        if colon is None:
            following = bisect.bisect_left(self.quotation_starts, stretch.start)
            if following == len(self.quotations) or self.quotation_starts[following] >= stretch.end:
                return None  # no colon at the end and no quotation for one inside to introduce
            colon = next(
                (
                    k
                    for k in range(stretch.first + 1, min(stretch.last - 1, stretch.first + 30))
                    if not self.inside_quote[k]
                    and (self.lower[k] == ":" or (self.lower[k] == "," and self._sentence_quoted_after(k, stretch)))
                ),
                None,
            )
        if colon is None or colon <= stretch.first or self.inside_quote[colon]:
            return None
        inline = colon + 1 < stretch.last
        if inline and not self._quote_opens_at(colon + 1):
            return None
        subject = self.clause_subject(stretch, colon)
        if subject is None or not self._can_speak(*subject):
            return None
        verb = next(
            (
                k
                for k in range(subject[1], colon)
                if self._verb_form(k) and not self.is_name(k) and self.lower[k - 1] not in PREPOSITIONS
            ),
            None,
        )  # not a noun after a preposition ("The list of demands was long:")
        if verb is None or self.lower[verb] in self.words["passive"] or self.lower[verb] in self.words["auxiliary"]:
            return None  # "The list was long:": a description, not a speaker's statement
        cue = Cue(verb, verb + 1, CueEntry(self.lower[verb], "speech", "verb"))
        if not inline:
            return self.colon_introduction(stretch, cue, subject, None, None)
        index = bisect.bisect_left(self.quotation_starts, self.tokens[colon + 1].start)
        if index >= len(self.quotations):
            return None
        quotation = self.quotations[index]
        content = (quotation.outer_start, quotation.outer_end)
        return self._candidate(stretch, content, cue, subject, None, None, 0.7)

    def _sentence_quoted_after(self, comma: int, stretch: Stretch) -> bool:
        """True when a quoted sentence follows the comma at ``comma`` and ends the stretch ('Trump issued a
        statement, "Last night ..."'): a capital after the opening mark, nothing but punctuation after the close."""
        if not self._quote_opens_at(comma + 1) or comma + 2 >= stretch.last or not self.is_name(comma + 2):
            return False
        index = bisect.bisect_left(self.quotation_starts, self.tokens[comma + 1].start)
        if index >= len(self.quotations):
            return False
        quotation = self.quotations[index]
        return (
            quotation.closed
            and not self._titled(quotation)
            and not WORDY.search(self.text, quotation.outer_end, stretch.end)
        )

    def _titled(self, quotation: Quotation) -> bool:
        """True for a quotation that reads as a title, not a sentence: a few words ("Dark."), or its longer
        words all capitalised ("Songs for a Quiet Room")."""
        words = self.text[quotation.start : quotation.end].split()
        longer = [word for word in words if len(word) > 3]
        return len(words) < SCARE_QUOTE_WORDS or (bool(longer) and all(word[:1].isupper() for word in longer))

    def _single_marked(self, quotation: Quotation) -> bool:
        """True for a quotation in single marks ('...' or ‘...’), not in doubled ones (''...'')."""
        opening = self.text[quotation.outer_start : quotation.outer_start + 2]
        return opening[:1] in {"'", "‘"} and opening != "''"

    def _single_marks_before(self, index: int, stretch: Stretch) -> bool:
        """True when the quotation before quotation ``index`` is in single marks in the paragraph before: the
        text quotes speech in single marks (British style), so a short quoted paragraph is a line, no subhead."""
        if index == 0:
            return False
        before = self.quotations[index - 1]
        where = self._stretch_at(before.outer_start)
        return where is not None and where.paragraph == stretch.paragraph - 1 and self._single_marked(before)

    def _whole_paragraph(self, stretch: Stretch, number_of: Quotation) -> bool:
        paragraph = self.doc.paragraphs[stretch.paragraph]
        return number_of.outer_start <= paragraph.start + 1 and number_of.outer_end >= paragraph.end - 1

    def colon_label(self, stretch: Stretch, number: int) -> QuoteCandidate | None:
        """A paragraph opened by 'NAME:': a headline ("Trump: 'I'm the worst ...'") or a transcript turn."""
        if stretch.first not in self.paragraph_firsts:
            return None
        reach = min(stretch.last, stretch.first + 8)
        if self.text.find(":", self.tokens[stretch.first].start, self.tokens[reach - 1].end) < 0:
            return None  # no colon near the paragraph's start: one search of the text
        colon = next(
            (k for k in range(stretch.first + 1, min(stretch.last, stretch.first + 8)) if self.lower[k] == ":"), None
        )
        if colon is None or colon + 1 >= stretch.last:
            return None
        label = range(stretch.first, colon)
        if (
            not all(self.is_name(k) or self.lower[k] in {"at", "of", "the", "."} for k in label)
            or self.lower[stretch.first] in self.words["colon_label_stop"]
        ):
            return None
        if self._name_list(colon + 1, stretch.last):
            return None  # "Iowa: Ann Lee, Bo Park, Cy Diaz, ...": a heading over a list of names, not speech
        end = stretch.last
        for later in self.stretches[number + 1 :]:
            if later.paragraph != stretch.paragraph:
                break
            end = later.last
        cue = Cue(colon, colon + 1, CueEntry(":", "speech", "verb"))
        return self._candidate(stretch, self._extent(colon + 1, end), cue, (stretch.first, colon), None, None, 0.6)

    def _name_list(self, first: int, last: int) -> bool:
        """True when tokens ``first``..``last`` are a list of three or more names and nothing else ("Ann Lee, Bo
        Park and Cy Diaz."): no clause, so nothing is said. Only the first items are read, so time stays bounded."""
        items, length = 0, 0
        for k in range(first, min(last, first + 40)):
            word = self.lower[k]
            if word in {",", "and"}:
                if length == 0 and word == ",":
                    return False
                items, length = items + (length > 0), 0
            elif self.is_name(k) or word in {".", "jr.", "jr", "-"}:
                length += 1
                if length > 5:
                    return False
            else:
                return False
        return items >= 3

    def unattributed_quotations(self, found: list[QuoteCandidate]) -> list[QuoteCandidate]:
        """Quotations no cue reached: quoted paragraphs carry over the last speaker; scare quotes are dropped."""
        taken = sorted((c.start, c.end) for c in found)
        next_taken, reach = 0, -1  # ``reach``: the furthest end of the candidates that start before this quotation ends
        by_end = sorted(found, key=lambda c: c.end)
        self.found_by_end, self.found_ends = by_end, [c.end for c in by_end]
        next_ended = 0
        previous: list[QuoteCandidate] = []  # the candidates ending in the last stretch before this quotation
        out: list[QuoteCandidate] = []
        titled: Stretch | None = None  # a stretch opened by a headline with its byline: no quotation in it is speech
        for index, quotation in enumerate(self.quotations):
            while next_taken < len(taken) and taken[next_taken][0] < quotation.end:
                reach = max(reach, taken[next_taken][1])
                next_taken += 1
            while next_ended < len(by_end) and by_end[next_ended].end <= quotation.outer_start:
                ended = by_end[next_ended]
                same_stretch = previous and self._stretch_at(previous[0].end - 1) is self._stretch_at(ended.end - 1)
                previous = [*previous, ended] if same_stretch else [ended]
                next_ended += 1
            if index in self.used_quotations or reach > quotation.start or not quotation.closed:
                continue  # taken, or an unclosed mark: too unsure to report with no cue
            words = len(self.text[quotation.start : quotation.end].split())
            stretch = self._stretch_at(quotation.outer_start)
            if stretch is None:
                continue
            bare = not WORDY_OR_MARK.search(
                self.text, stretch.start, quotation.outer_start
            ) and not WORDY_OR_MARK.search(self.text, min(quotation.outer_end, stretch.end), stretch.end)
            # the regex module's cost grows with the window it is given, so the byline's is kept short
            byline_end = min(stretch.end, quotation.outer_end + BYLINE_REACH)
            if stretch is titled or BYLINE.match(self.text, quotation.outer_end, byline_end):
                titled = stretch  # '"Mayor to run again," by the Post's Ann Lee: "..."': a headline and its byline
                continue
            if words < SCARE_QUOTE_WORDS and not (bare and self._whole_paragraph(stretch, number_of=quotation)):
                continue  # a title, nickname or scare quote; a quoted paragraph of its own is a line of dialogue
            if (
                words < SUBHEAD_WORDS
                and self._single_marked(quotation)
                and self._whole_paragraph(stretch, quotation)
                and not self._single_marks_before(index, stretch)
            ):
                continue  # "'A change warrior.'" alone in a paragraph: a news subhead quoting a phrase
            # only the latest attribution goes on ('Smith said "A," and Jones said "B." "C."': C is Jones's)
            latest = max(map(_attributed_at, previous), default=-1)
            continued = [
                c
                for c in previous
                if _attributed_at(c) == latest
                and (
                    (bare and self._continues_quote(c, stretch, quotation))
                    or self._resumes_quote(c, stretch, quotation, bare)
                )
            ]
            for candidate in continued:  # '"A," she said. "B."': one quote, as PolNeAR annotates it
                if bare:
                    candidate.segments.extend(self._pieces(quotation))
                else:  # 'Then, "B."' or 'But "B" ...': the sentence around the marks goes on with the quote
                    candidate.segments.append(self._trim_punct(stretch.start, stretch.end))
                    candidate.kind = QuoteKind.MIXED
                if candidate.kind == QuoteKind.INDIRECT:
                    candidate.kind, candidate.marked = QuoteKind.MIXED, True  # 'She said A. "B."': now words in marks
                if candidate.source is not None:
                    candidate.source = candidate.source[0], max(candidate.source[1], quotation.outer_end)
            if continued:
                self.used_quotations.add(index)
                continue
            if (
                bare
                or quotation.outer_end > stretch.end
                or self._introduced_quotation(stretch, quotation)
                or self._introduced_at_end(quotation, stretch)
            ):
                segments = self._pieces(quotation)
                kind = QuoteKind.DIRECT
                source = (stretch.start, max(stretch.end, quotation.outer_end))
            elif words >= 2 * SCARE_QUOTE_WORDS:
                segments = [self._trim_punct(stretch.start, stretch.end)]
                kind = QuoteKind.MIXED
                source = (stretch.start, stretch.end)
            else:
                continue
            speaker = self._colon_speaker(stretch, quotation) if self.news else None
            out.append(
                QuoteCandidate(
                    segments=segments,
                    kind=kind,
                    source=source,
                    mention=None if speaker is None else self._extent(*speaker),
                    method="carry-over" if speaker is None else "pattern",
                    confidence=0.4,
                    marked=True,
                )
            )
            self.used_quotations.add(index)
            previous = [out[-1]]  # a quoted sentence after this one goes on with it too
        return out

    def _colon_speaker(self, stretch: Stretch, quotation: Quotation) -> tuple[int, int] | None:
        """Who speaks a quotation that a colon introduces with no cue ("... surprises pollster Ann Lee: '...'",
        "The report makes that clear: '...'"): a name just before the colon, else the sentence's subject."""
        if not self._introduced_quotation(stretch, quotation):
            return None
        colon = next(
            (k for k in range(stretch.last - 1, stretch.first, -1) if self.tokens[k].end <= quotation.outer_start),
            None,
        )
        if colon is None or self.lower[colon] != ":":
            return None
        named = self.noun_phrase_left(colon - 1, stretch.first)
        if named is not None and self.is_name(colon - 1) and self._can_speak(*named):
            return named
        subject = self.clause_subject(stretch, colon)
        return subject if subject is not None and self._can_speak(*subject) else None

    def _introduced_quotation(self, stretch: Stretch, quotation: Quotation) -> bool:
        """True when a colon introduces the stretch's first quotation ("Or, as one expert put it: '...' and ..."):
        an uncued introduction still marks the quotation alone as the words reported, not the sentence around it.
        (A comma introduces one only at the end of its sentence: `_introduced_at_end`.)"""
        before = self.text[stretch.start : quotation.outer_start].rstrip()
        return before.endswith(":") and not any(mark in before for mark in ('"', "“", "”", "''"))

    def _introduced_at_end(self, quotation: Quotation, stretch: Stretch) -> bool:
        """True when a quotation ends its sentence after a comma or colon ('When someone shouted, "..."'): the
        words before it introduce it, whoever speaks, so the quotation alone is the quote."""
        before = self.text[stretch.start : quotation.outer_start].rstrip()
        return (
            before.endswith((",", ":"))
            and not self._titled(quotation)
            and not WORDY_OR_MARK.search(self.text, min(quotation.outer_end, stretch.end), stretch.end)
        )

    def _continues_quote(self, previous: QuoteCandidate, stretch: Stretch, quotation: Quotation) -> bool:
        """True when a quoted sentence with no cue (``stretch``) directly follows a quote with marked words in the
        sentence before, in the same paragraph ('"A," she said. "B."'): the speaker goes on, and PolNeAR
        annotates both as one quote. In news an indirect report goes on with it too ('She said A. "B."'), as
        PolNeAR annotates; in fiction the quote may be new.

        In news a quoted paragraph right after a paragraph ending in a quote goes on with it too ('"A," she
        said.' or 'She said A.' then '"B."'): PolNeAR annotates one relation over both. In fiction it is the next
        turn."""
        if previous.kind == QuoteKind.INDIRECT and (not self.news or previous.cue is None):
            return False
        number = bisect.bisect_right(self.stretch_starts, previous.end - 1) - 1
        return (
            0 <= number < len(self.stretches) - 1
            and self.stretches[number + 1] is stretch
            and (
                self.stretches[number].paragraph == stretch.paragraph
                or (
                    self.news
                    and self._next_paragraph(number, stretch)
                    and not self._answers_a_turn(previous, quotation)
                )
            )
        )

    def _resumes_quote(self, previous: QuoteCandidate, stretch: Stretch, quotation: Quotation, bare: bool) -> bool:
        """True when, in news, an uncued quotation in the same paragraph resumes a cued quote ending in quoted
        words one or two sentences before, with no other quotation between ('"A," said X, an aide. Aside. "B."'
        or '"A," she said. Then, "B."'): the speaker goes on, and PolNeAR annotates one relation over all of
        it. A few words may lead into the quotation, but no label ('Jones: "B."'), no cue of another speaker
        and no quote of its own in the sentence."""
        if not self.news or previous.cue is None:
            return False
        if previous.kind != QuoteKind.DIRECT and not (
            previous.kind == QuoteKind.MIXED and self._quote_closes_at_char(previous.end)
        ):
            return False
        lead = self.text[stretch.start : quotation.outer_start]
        if not bare and (
            len(lead.split()) > RESUMING_LEAD_WORDS
            or lead.rstrip().endswith(":")
            or self._cue_after(stretch.start, stretch)
            or self._holds_a_quote(stretch)
        ):
            return False
        number = bisect.bisect_right(self.stretch_starts, previous.end - 1) - 1
        later = number + 1
        while later < len(self.stretches) and later <= number + 2 and self.stretches[later] is not stretch:
            later += 1
        return (
            number >= 0
            and later < len(self.stretches)
            and self.stretches[later] is stretch
            and self.stretches[number].paragraph == stretch.paragraph
            and bisect.bisect_left(self.quotation_starts, previous.end)
            == bisect.bisect_left(self.quotation_starts, quotation.outer_start)
        )

    def _answers_a_turn(self, previous: QuoteCandidate, quotation: Quotation) -> bool:
        """True when the next quoted paragraph (``quotation``) is a new turn of a dialogue, not more of
        ``previous``: after a quoted question it is the answer; after a direct reply to another mention's
        question (an interview), or when it asks a question itself, it is the next turn. A direct statement
        after another speaker's statement holds the floor: PolNeAR joins the paragraph after it."""
        if previous.kind == QuoteKind.DIRECT and self.text[previous.end - 1] == "?":
            return True  # a quoted question: the next quoted paragraph answers it
        index = bisect.bisect_right(self.found_ends, previous.start) - 1
        if index < 0 or previous.mention is None:
            return False
        before = self.found_by_end[index]
        if (
            previous.kind == QuoteKind.DIRECT
            and self.text[quotation.end - 1] != "?"
            and self.text[before.end - 1] != "?"
        ):
            return False  # a statement after a direct statement, not a reply: the speaker holds the floor
        here, there = self._stretch_at(previous.start), self._stretch_at(before.end - 1)
        return (
            before.kind == QuoteKind.DIRECT
            and before.mention is not None
            and here is not None
            and there is not None
            and there.paragraph + 1 == here.paragraph
            and self.text[slice(*before.mention)].lower() != self.text[slice(*previous.mention)].lower()
        )

    def _next_paragraph(self, number: int, stretch: Stretch) -> bool:
        """True when ``stretch`` opens the paragraph after the one stretch ``number`` ends."""
        return self.stretches[number].paragraph + 1 == stretch.paragraph and stretch.first in self.paragraph_firsts

    # ----------------------------------------------------------------- building candidates

    def _extent(self, first: int, last: int) -> Extent:
        """Character extent of tokens ``first``..``last`` (exclusive), empty when there are none."""
        if last <= first:
            return (self.tokens[first].start, self.tokens[first].start) if first < len(self.tokens) else (0, 0)
        return self.tokens[first].start, self.tokens[last - 1].end

    def _trim_punct(self, start: int, end: int) -> Extent:
        """Drop closing punctuation, and a wire credit run into the text ("... by Russia(AFP)")."""
        while end > start and self.text[end - 1] in " .,;:!?\n":
            end -= 1
        credit = WIRE_CREDIT.search(self.text, max(start, end - 16), end)
        if credit is not None and credit.start() > start:
            end = credit.start()
            while end > start and self.text[end - 1] in " .,;:!?\n":
                end -= 1
        return start, end

    def _pieces(self, quotation: Quotation) -> list[Extent]:
        return [self._strip_trailing_comma(p.start, p.end) for p in quotation.pieces]

    def _strip_trailing_comma(self, start: int, end: int) -> Extent:
        while end > start and self.text[end - 1] in ", \n":
            end -= 1
        return start, end

    def _candidate(
        self,
        stretch: Stretch,
        content: Extent,
        cue: Cue,
        speaker: tuple[int, int] | None,
        addressee: tuple[int, int] | None,
        channel: tuple[int, int] | None,
        confidence: float,
        *,
        sourceless: bool = False,
    ) -> QuoteCandidate | None:
        """The candidate for ``content``, or None when too little is left of it. ``sourceless``: the
        construction names no one ("seems to", "reportedly", "is expected to"), so no speaker is carried over."""
        start, end = self._trim_punct(*content)
        while start < end and self.text[start] in " ,:;—–":
            start += 1
        at_start = start == stretch.start
        dateline = DATELINE.match(self.text, start, min(end, start + DATELINE_REACH)) if at_start else None
        if dateline is not None:
            start = dateline.end()
        if end - start < 2 or ANONYMITY.match(self.text, start, min(end, start + 60)):
            return None
        segments, kind = self._classify(start, end)
        if not segments:
            return None
        if kind == QuoteKind.INDIRECT and not self._reportable(start, end, cue, opens_sentence=start == stretch.start):
            return None
        if kind == QuoteKind.INDIRECT and cue.entry.cue_class == "unknown" and self._ends_in_gap(start, end):
            return None  # "the tasks that a campaign would", "rivals that he can't compete with": a relative clause
        if (
            kind == QuoteKind.INDIRECT
            and cue.entry.lemma in self.words["quotation_only"]
            and not self.text[max(0, start - 6) : start].rstrip().lower().endswith("that")
        ):
            return None  # "roared back in the polls", "beamed throughout": a sound or a look, no words reported
        if speaker is not None and not self._can_speak(*speaker):
            speaker = None
        cue_extent = self._extent(cue.first, cue.last)
        source = (min(stretch.start, segments[0][0]), max(stretch.end, segments[-1][1]))
        return QuoteCandidate(
            segments=segments,
            kind=kind,
            cue=cue_extent,
            cue_class=cue.entry.cue_class,
            mention=None if speaker is None else self._extent(*speaker),
            addressee=None if addressee is None else self._extent(*addressee),
            channel=None if channel is None else self._extent(*channel),
            source=source,
            method="pattern",
            confidence=confidence if speaker is not None else confidence / 2,
            marked=kind != QuoteKind.INDIRECT,
            sourceless=sourceless and speaker is None,
        )

    def _ends_in_gap(self, start: int, end: int) -> bool:
        """True when the words ``start``..``end`` stop at a stranded preposition or particle, a modal or a negation
        ("that they can't compete with", "that a campaign normally would", "that he could not"): a relative
        clause missing its object, so the "that" before it hangs on a noun and nothing is reported."""
        words = self.text[max(start, end - 40) : end].split()
        last = words[-1].lower().strip(".,;:!?)\"'’”") if words else ""
        return last in STRANDED  # not "will", "may", "can": nouns too ("the patriarch's will")

    def _can_speak(self, first: int, last: int) -> bool:
        """False for a "speaker" that is only a determiner, a date, a number, an adverb or a verb ("The",
        "Tuesday", "2012", "sharply", "heard"): the subject was missed, and no mention beats a wrong one."""
        if last - first != 1:
            return True
        word = self.lower[first]
        lowercase = not self.tokens[first].text[:1].isupper()
        return not (
            word in {"the", "a", "an"}
            or word in self.words["time"]
            or word[:1].isdigit()
            or (lowercase and (word.endswith("ly") or self._verb_like(first)))
        )

    def _ends_here(self, quotation: Quotation, start: int, end: int) -> bool:
        """True when ``start``..``end`` is just the last piece of a quotation that began paragraphs earlier."""
        last = quotation.pieces[-1]
        if len(quotation.pieces) < 2 or not start <= last.outer_start + 1 or last.outer_end < end - 1:
            return False
        return not WORDY.search(self.text, start, last.outer_start) and not WORDY.search(self.text, last.outer_end, end)

    def _reportable(self, start: int, end: int, cue: Cue, *, opens_sentence: bool = False) -> bool:
        """An unquoted report needs a few words and must not open like a fragment ("and even after ...")."""
        words = self.text[start : min(end, start + 200)].split(maxsplit=3)  # a few words decide; keeps time linear
        stance = cue.entry.cue_class == "stance" or cue.entry.role == "attitude"  # "critical of X" is one too
        if (
            len(words) == 1
            and stance
            and (words[0][:1].isupper() or words[0] in {"him", "them", "her", "it", "us", "me"})
        ):
            return True  # "endorsed Cruz", "criticized him", "wary of Cruz": a stance may take a single name
        if len(words) == 1 and words[0].lower() in {"yes", "no", "so"}:
            return True  # "said yes": an answer; "said so": a clause said before
        if [word.lower() for word in words] == ["as", "much"]:
            return True  # "said as much": the same
        count = len(words) + (bool(words) and _contracted_subject(words[0].lower()))  # "it's good": 3 words
        if count < (3 if cue.entry.cue_class in {"thought", "unknown"} and not stance else 2):
            return False
        first = words[0].lower()
        if opens_sentence or self.text[max(0, start - 6) : start].rstrip().lower().endswith("that"):
            return True  # "But the rollout was bad, he said.", "said that as ... ,": a clause may open so
        return first not in self.words["fragment_opener"] or (
            first == "to"
            and (self._verb_lemma(cue) in self.words["infinitive_cue"] or cue.entry.role in {"attitude", "owned"})
        )

    def _classify(self, start: int, end: int) -> tuple[list[Extent], QuoteKind]:
        """Direct when the content is one quotation (its inside becomes the content), mixed when it holds
        quoted words, indirect otherwise."""
        first = bisect.bisect_left(self.quotation_starts, start)
        enclosing = first - 1  # a quotation opening before the content, possibly running on past it
        if enclosing >= 0 and self._ends_here(self.quotations[enclosing], start, end):
            self.used_quotations.add(enclosing)
            return self._pieces(self.quotations[enclosing]), QuoteKind.DIRECT
        if enclosing >= 0 and self.quotations[enclosing].outer_end > end:
            quotation = self.quotations[enclosing]
            self.used_quotations.add(enclosing)
            return [(start, max(end, self._strip_trailing_comma(quotation.start, quotation.end)[1]))], QuoteKind.MIXED
        if first < len(self.quotations) and self.quotations[first].outer_start < end:
            quotation = self.quotations[first]
            self.used_quotations.add(first)
            outer = (quotation.outer_start, quotation.outer_end)
            if not WORDY.search(self.text, start, outer[0]) and (
                not WORDY.search(self.text, min(outer[1], end), end) or self._ends_in_punctuation(quotation)
            ):
                return self._pieces(quotation), QuoteKind.DIRECT
            if outer[1] > end + 1:
                # the content stops inside a quotation that runs on: take the whole quotation
                return [
                    (start, max(end, self._strip_trailing_comma(quotation.start, quotation.end)[1]))
                ], QuoteKind.MIXED
            return [(start, end)], QuoteKind.MIXED
        return [(start, end)], QuoteKind.INDIRECT

    def _ends_in_punctuation(self, quotation: Quotation) -> bool:
        """True when a quotation's words end in a comma, stop, "?" or "!" inside its marks ('"We'll see," when
        asked ...'): a whole utterance, so what follows it (a when-clause, "before ...", "citing ...") is the
        setting of the report, not more of it."""
        inner = self.text[quotation.pieces[-1].start : quotation.pieces[-1].end].rstrip()
        return quotation.closed and inner[-1:] in {",", ".", "?", "!"}


def _contracted_subject(word: str) -> bool:
    """A pronoun and an auxiliary written as one token: "it's", "they're", "i'm", "there’s", "we'll"."""
    head, mark, tail = word.replace("’", "'").partition("'")
    return bool(mark) and head in CONTRACTED_SUBJECTS and tail in {"s", "re", "m", "ll", "d", "ve"}


def _dated(word: str) -> bool:
    """Dates and times ("2025-01-13", "10:30") end a speaker phrase: they are datelines, not names."""
    # the separators first: three substring tests rule out nearly every word without a loop over its letters
    return ("-" in word or "/" in word or ":" in word) and any(c.isdigit() for c in word)


def find_reported_speech(
    doc: Document, quotations: Sequence[Quotation], lexicons: Lexicons, *, genre: str = "news"
) -> list[QuoteCandidate]:
    """All quote candidates of ``doc`` found from surface patterns, in document order."""
    return SurfaceFinder(doc, quotations, lexicons, genre=genre).find()
