"""The document as the reported-speech stage reads it: stretches (sentences widened to whole quotations), the
quotations and their pieces, the tokens noticed in one pass, and the tests on single words that every
construction shares. `Layout.__init__` sets the state that every layer above reads.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Sequence

import attrs

from quotetrack.candidate import QuoteCandidate
from quotetrack.document import Document
from quotetrack.lexicons import CueEntry, Lexicons, package_rows
from quotetrack.marks import Quotation

# What may close a quotation's sentence before its attribution: a comma or a closing quotation mark
CLOSING_MARKS = frozenset({",", '"', "”", "’", "''", "'"})
# words after which a cue's form is a noun ("the report", "his claims", "a show")
NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these"})
PREPOSITIONS = frozenset({"of", "for", "with", "from", "by", "into", "about", "between", "among", "than", "without"})
# longest sentence ('... Smith asked of the plan in May, when ...') joined to the question before it; the cue must
# still stand among its first words
ATTRIBUTION_AFTER_QUESTION_TOKENS = 60
TITLE_TOKENS = 8  # the longest quoted program title after a possessive addressee ("told CNN's "State of the Union"")
APPOSITIVE_AFTER_QUESTION_TOKENS = 12  # the longest appositive on the subject of such an attribution, plus one
QUESTION_CLOSES = ('?"', "?”", "?''", "?’", '!"', "!”", "!''", "!’")  # a quoted question or exclamation ends here
SCARE_QUOTE_WORDS = 4  # quotations shorter than this are titles, nicknames or scare quotes unless a cue reports them
# acronyms that lowercase to a function word: the World Health Organization, information technology, the
# Islamic State, the United States, the National Organization for Women
FUNCTION_WORD_ACRONYMS = ("WHO", "IT", "IS", "US", "NOW")
PHRASE_OPENING_DETERMINERS = frozenset({"the", "a", "an", "some", "many", "most", "several", "few"})
CLAUSE_PUNCTUATION = frozenset({",", "—", "–", ";", "-", "--"})
THAT, COLON, COMMA = frozenset({"that"}), frozenset({":"}), frozenset({","})  # single words picked from the hits
QUOTE_GLOSSES = frozenset({"where", "compared"})  # after a closing quote these gloss the quoted words themselves
CORRELATIVE_ADVERBS = frozenset({"just", "only", "merely", "simply"})  # "not just A, but B": one phrase in two
CORRELATIVE_REACH = 24  # tokens before ", but" searched for the "not just" that it completes
# open a clause set beside the report after ", and" ("..., and when asked ...", "..., and as the race turns ...")
AND_CLAUSE_OPENERS = frozenset({"when", "while", "as", "after", "before", "although", "though", "because", "since"})
LIST_JOINERS = frozenset({",", "and", "or"})  # right after a participle these make it an item of a list
PARENTHETICAL_REACH = 10  # tokens after a participle searched for the comma closing a parenthetical phrase
AND_CLAUSE_SUBJECT_TOKENS = 6  # the subject of a clause joined by ", and" is this short before its verb
# verbs of saying whose next words are an addressee ('told "Fox and Friends"'), not a quotation they introduce
VERB_QUOTATION_EXCLUDED = frozenset({"tell", "brief"})
AS_QUOTED_PARTICLES = frozenset({"to", "after", "off"})  # "referred to X as", "went after X as", "wrote off X as"
NAMED_OBJECT_TOKENS = 3  # the longest name that base-form "call" takes before the quoted name it gives it


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


_TOKEN_SETS: dict[int, tuple[Lexicons, frozenset[str], frozenset[str], frozenset[str]]] = {}


def _token_sets(
    lexicons: Lexicons, words: dict[str, frozenset[str]]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words that may open a cue (a cue's first word or an attitude adjective); the other words noticed:
    "that", colons, closing marks, clause punctuation and "reportedly"; and every token `SurfaceFinder` notices in
    its one pass, both of those.
    Built once per lexicon: the union of some thousand words costs more than reading an article's tokens."""
    cached = _TOKEN_SETS.get(id(lexicons))
    if cached is None or cached[0] is not lexicons:  # the lexicons object itself, not one reusing its id
        may_open = lexicons.cue_openers | words["attitude_adjective"] | words["intention_noun"] | {"call"}
        marked = frozenset({"that", ":"}) | CLOSING_MARKS | CLAUSE_PUNCTUATION | words["hearsay_adverb"]
        cached = (lexicons, may_open, marked, may_open | marked)
        _TOKEN_SETS[id(lexicons)] = cached
    return cached[1], cached[2], cached[3]


def _word_char_at(text: str, offset: int) -> bool:
    """True when a word character (a letter, digit or underscore, as "\\w" reads it) stands at ``offset``; False
    before the text's start or past its end."""
    return 0 <= offset < len(text) and (text[offset].isalnum() or text[offset] == "_")


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


_TOKEN_START = operator.itemgetter(0)  # Token.start: tokens are named tuples
_TOKEN_END = operator.itemgetter(1)
_TOKEN_TEXT = operator.itemgetter(2)
_FIRST_TOKEN = operator.attrgetter("first_token")


class Layout:
    """The lowest layer: the document's stretches and quotations, and the tests on single words."""

    def __init__(
        self, doc: Document, quotations: Sequence[Quotation], lexicons: Lexicons, *, genre: str = "news"
    ) -> None:
        self.doc = doc
        self.news = genre == "news"
        self.text = doc.text
        self.tokens = doc.tokens
        self.lower = list(map(str.lower, map(_TOKEN_TEXT, doc.tokens)))  # C-level maps: every token, every article
        if "\u2015" in self.text:  # a horizontal bar set as a dash ("Jo Kane \u2015 a former aide \u2015 said") is one
            self.lower = ["\u2014" if word == "\u2015" else word for word in self.lower]
        self._keep_acronyms()
        self.lexicons = lexicons
        self.words = word_classes().classes  # a plain dict: looked up some 2,000 times per article
        self.phrase_openers = lexicons.phrase_openers
        self.quotations = [q for q in quotations if q.depth == 0]  # in order, never overlapping
        self._read_marks_as_paired()
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
        may_open, marked, noticed = _token_sets(lexicons, self.words)
        # one pass over the tokens for every kind of token noticed here: the few hits are then told apart by
        # C-level filters, the cue openers from all of them, each other kind from the fewer hits of those kinds
        # (`marked_among`), so Python reads only the hits of the kind it wants
        hits = list(itertools.compress(range(len(lower)), map(noticed.__contains__, lower)))
        hit_words = list(map(lower.__getitem__, hits))
        opening = list(itertools.compress(hits, map(may_open.__contains__, hit_words)))
        marked_hits = list(itertools.compress(hits, map(marked.__contains__, hit_words)))
        marked_words = list(map(lower.__getitem__, marked_hits))

        def marked_among(kind: frozenset[str]) -> list[int]:
            """The hits whose word is of ``kind``, one of the kinds in ``marked``, in order."""
            return list(itertools.compress(marked_hits, map(kind.__contains__, marked_words)))

        # an unlisted past tense two or three tokens after a closing mark ('"...," he surmised'): only the few
        # words after the marks are tested
        marks = marked_among(CLOSING_MARKS)
        size = len(lower)
        after_quotes = {k for j in marks for k in (j + 2, j + 3) if 3 <= k < size and lower[k].endswith("ed")}
        words_before_that = [k - 1 for k in marked_among(THAT) if k]
        self.cue_openers = sorted({*opening, *words_before_that, *after_quotes})
        self.hearsay_adverbs = marked_among(self.words["hearsay_adverb"])  # "reportedly"
        # colons outside quotations that open one ('He waved them off: "Not now," she said'), found by bisection
        # (`_after_colon_before_quote`) instead of a walk back over a stretch from each attribution
        self.quote_colons = [
            k for k in marked_among(COLON) if k + 1 < size and not self.inside_quote[k] and self._quote_opens_at(k + 1)
        ]
        # Commas outside quotations that open a clause set beside the report, not part of it (", while ...",
        # ", where ..."), and semicolons before a new subject, which set a clause beside it ("...; 26 percent
        # said ..."), unless they part the short items of a list ("three parts: taxes; roads; ..."), and ", and"
        # before a clause of the writer's (`_clause_after_and`), and a comma before a participle of consequence
        # (", prompting ..."): reported content stops there (`_content_end`).
        stops, consequences = self.words["content_stop"], self.words["consequence_participle"]
        self.content_stops = [
            k
            for k in marked_among(CLAUSE_PUNCTUATION)
            if k + 1 < size
            and (
                lower[k + 1] in stops
                or (lower[k] == "," and lower[k + 1] in consequences and self._consequence_at(k + 1))
                # ", implicitly putting ...": a manner adverb may come first
                or (
                    lower[k] == ","
                    and k + 2 < size
                    and lower[k + 2] in consequences
                    and self._manner_adverb(k + 1)
                    and self._consequence_at(k + 2)
                )
                or (lower[k] == ";" and self._clause_beside(k))
                or (lower[k] == "," and lower[k + 1] == "and" and self._clause_after_and(k + 2))
            )
            and not self.inside_quote[k]
            and not self._contrast_goes_on(k + 1)
            and not self._short_aside(k + 1)
        ]
        # a comma closing a quotation ('were "about right," though ...') stops the content as one outside would:
        # the stop is the closing mark, kept in the content (`_content_end`)
        quoted_stops = [
            k + 1
            for k in marked_among(COMMA)
            if k + 2 < size
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

    def _read_marks_as_paired(self) -> None:
        """Read a curly mark typed the wrong way round as the mark its pairing made it ('"It is odd,“ said X'
        closes with a left mark): the tests on single tokens then see a closing mark where a quotation closes."""
        text, tokens = self.text, self.tokens
        for quotation in self.quotations:
            for piece in quotation.pieces:
                for offset, char, meant in ((piece.open, "”", "“"), (piece.close, "“", "”")):
                    if offset is not None and 0 <= offset < len(text) and text[offset] == char:
                        index = bisect.bisect_left(tokens, offset, key=_TOKEN_START)
                        if index < len(tokens) and tokens[index].start == offset:
                            self.lower[index] = meant

    def _keep_acronyms(self) -> None:
        """Keep the capitals of an acronym spelled like a function word ("WHO chief Tedros said", "IT workers",
        "IS fighters"): lowercased, it read as a relative pronoun, a pronoun or a verb. A headline in capitals
        keeps its words ("WHO WILL PAY?")."""
        text = self.text
        # a plain substring search for each acronym: the C-level search skips through the text far faster than a
        # regular expression, and most articles hold none of them
        for acronym in FUNCTION_WORD_ACRONYMS:
            start = text.find(acronym)
            while start != -1:
                end = start + len(acronym)
                if not _word_char_at(text, start - 1) and not _word_char_at(text, end):  # whole words only
                    self._keep_acronym_at(start)
                start = text.find(acronym, start + 1)

    def _keep_acronym_at(self, start: int) -> None:
        """Keep the capitals of the acronym at character ``start`` when a token begins there and the words either
        side are not in capitals too."""
        k = bisect.bisect_left(self.tokens, start, key=_TOKEN_START)
        if k >= len(self.tokens) or self.tokens[k].start != start:
            return
        neighbours = [self.tokens[j].text for j in (k - 1, k + 1) if 0 <= j < len(self.tokens)]
        if not any(word.isupper() and len(word) > 1 for word in neighbours):
            self.lower[k] = self.tokens[k].text

    def _short_aside(self, index: int) -> bool:
        """True for a concession of a word or two set off by commas ("a crucial, although brief, chance"): an
        aside inside the phrase, not a clause set beside the report."""
        return self.lower[index] in self.words["concession"] and "," in self.lower[index + 2 : index + 4]

    def _consequence_at(self, index: int) -> bool:
        """True when the participle at ``index`` after a comma tells a consequence of the clause before ("...,
        prompting a recount"), not an item of a list ("sketching, drawing and painting") or a parenthetical
        phrase on the subject that a comma and the clause's own verb close ("Kim, leading in the polls, would
        win")."""
        lower = self.lower
        size = len(lower)
        if index + 1 < size and lower[index + 1] in LIST_JOINERS:
            return False  # "chipping, putting, driving"
        if index + 2 < size and lower[index + 2] in {"and", "or"}:
            return False  # "chipping, putting and driving"
        for k in range(index + 1, min(size - 1, index + PARENTHETICAL_REACH)):
            if lower[k] == ",":
                verb = lower[k + 1]  # the clause's own verb after the phrase ("..., would win"), no cue's
                return verb in self.lexicons.cue_verbs or not (
                    verb in self.words["finite"]
                    or verb in self.words["past_verb"]
                    or (verb.endswith("ed") and self.tokens[k + 1].text.islower())
                )
            if not self.tokens[k].text[:1].isalnum():
                return True
        return True

    def _clause_beside(self, semicolon: int) -> bool:
        """True for a semicolon before a new subject that does not part the short items of a list."""
        return self._new_subject_at(semicolon + 1) and not {":", ";"} & set(
            self.lower[max(0, semicolon - 4) : semicolon]
        )

    def _clause_after_and(self, index: int) -> bool:
        """True when ", and" before ``index`` joins a clause with a subject and a finite verb of its own ("..., and
        the city has sued", "..., and he put money in"): the writer's next statement, set beside the report."""
        if index + 1 < len(self.lower) and self.lower[index] in AND_CLAUSE_OPENERS:
            return True  # "..., and when asked ...", "..., and as the race turns ...": a clause set beside
        if index + 1 >= len(self.lower) or self.lower[index] == "that" or not self._new_subject_at(index):
            return False  # "..., and that ...": a second clause of the report
        if "," in self.lower[max(0, index - 8) : index - 2]:
            return False  # "Iran, Russia, and a new Syria": the last item of a list
        for k in range(index + 1, min(len(self.lower), index + AND_CLAUSE_SUBJECT_TOKENS)):
            word = self.lower[k]
            if word in self.words["finite"] or word in self.words["past_verb"]:
                return True
            if not self.tokens[k].text[:1].isalnum():
                return False
        return False

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
        ("but that was before ...", "but not everyone agreed": a verb right after them starts a clause); also
        for a "though" opening a concession with no clause of its own (", though not likely")."""
        if index + 2 >= len(self.lower):
            return False
        word = self.lower[index + 1]
        if self.lower[index] in self.words["concession"]:
            # "it was possible, though not likely", "..., though mixed with truth": with no clause of its own the
            # concession qualifies the report; "..., though he did not say ..." is the writer's clause beside it
            # ("though not everyone agreed" has a verb: the clause test "but not" takes); the -ed word must be a
            # participle, not "speed", "seed", "indeed"
            if word == "not":
                return not any(self._verb_form(k) for k in range(index + 2, min(len(self.lower), index + 4)))
            return word in self.words["past_verb"] or (
                word.endswith("ed") and not word.endswith("eed") and self.tokens[index + 1].text.islower()
            )
        if self.lower[index] != "but":
            return False
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

    def _stretches(self) -> list[Stretch]:
        """Sentences joined wherever a quotation runs across their boundary inside one paragraph."""
        stretches: list[Stretch] = []
        paragraph_index = 0
        paragraph_starts = [paragraph.start for paragraph in self.doc.paragraphs]
        next_paragraph_start = paragraph_starts[1] if len(paragraph_starts) > 1 else None
        last: Stretch | None = None  # the stretch the sentence may join
        for sentence in self.doc.sentences:
            while next_paragraph_start is not None and sentence.start >= next_paragraph_start:
                paragraph_index += 1
                has_next = paragraph_index + 1 < len(paragraph_starts)
                next_paragraph_start = paragraph_starts[paragraph_index + 1] if has_next else None
            if (
                last is not None
                and last.paragraph == paragraph_index
                and (
                    self._quote_crosses(last.end, sentence.start)
                    or self._attribution_after_question(last.end, sentence.first_token, sentence.last_token)
                )
            ):
                last.end, last.last = sentence.end, sentence.last_token
            else:
                last = Stretch(sentence.start, sentence.end, sentence.first_token, sentence.last_token, paragraph_index)
                stretches.append(last)
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
                return self._attribution_completes(entry, k + 1, last)
        verb = self._verb_after_appositive(first, last)
        if verb is not None:  # '"We won!" Jo Kane, a Democrat, said.'
            return self._attribution_completes(self.lexicons.cue_verbs[self.lower[verb]], verb + 1, last)
        return False

    def _attribution_completes(self, entry: CueEntry, after: int, last: int) -> bool:
        """True when an attribution's verb, ending before ``after``, closes the sentence ending at ``last``, past
        an addressee and manner adverbs."""
        if entry.lemma in self.words["tell_verb"] or entry.lemma == "ask":
            addressee = self.object_phrase(after, last)  # '"Who pays?" Smith asked the mayor.'
            after = addressee[1] if addressee is not None else after
        while after < last and self._manner_adverb(after):
            after += 1  # '"Why?" she asked reporters rhetorically.'
        return self._attribution_ends(after, last)

    def _verb_after_appositive(self, first: int, last: int) -> int | None:
        """The cue verb right after a short capitalised subject and an appositive between commas at ``first``
        ("Jo Kane, a Democrat, said"), or None. The appositive holds no verb and is short."""
        comma = next((k for k in range(first + 1, min(last, first + 5)) if self.lower[k] == ","), None)
        if comma is None or not all(self.is_name(k) or self.lower[k] == "." for k in range(first, comma)):
            return None  # "Jo Kane", "Rep. Jo Kane"
        reach = min(last, comma + APPOSITIVE_AFTER_QUESTION_TOKENS)
        close = next((k for k in range(comma + 2, reach) if self.lower[k] == ","), None)
        if close is None or close + 1 >= last or self.lower[close + 1] not in self.lexicons.cue_verbs:
            return None
        return None if self._has_verb(comma + 1, close) else close + 1

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

    def is_name(self, index: int) -> bool:
        if index >= len(self.tokens):
            return False  # past the last token: "Voters said to "
        text = self.tokens[index].text
        return text[:1].isupper() and text[:1].isalpha()

    def first_name_before_name(self, index: int, limit: int) -> bool:
        """True when a capitalised first name that is also a function word ("Will", "May") precedes another
        capitalised word: '"...," said Will Doe' names a speaker; it is no modal or month there."""
        text = self.tokens[index].text
        return (
            text in self.lexicons.first_names
            and index + 1 < limit
            and self.is_name(index + 1)
            and not (index > 0 and self.lower[index - 1] in self.words["boundary"])  # "in May Doe said": a month
        )

    def _manner_adverb(self, index: int) -> bool:
        """A lowercase -ly word that is no noun or adjective in disguise ("flatly", not "only" or "Kelly")."""
        text = self.tokens[index].text
        return text.endswith("ly") and text.islower() and text not in self.words["not_adverb"]

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
            return start, self._quoted_title_end(end, limit)
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

    def _quoted_title_end(self, end: int, limit: int, *, owned: bool = True) -> int:
        """Where an addressee or channel ending in a possessive name ends when a short quoted title follows it
        ("told ABC's "Good Morning America"", "said on CNN's "State of the Union""): after the title's closing
        mark, for a program's name quotes no one; else ``end``. With ``owned`` False no possessive is needed
        ("said on "Meet the Press"")."""
        if end >= limit or (owned and not self.lower[end - 1].endswith(("'s", "’s"))) or not self._quote_opens_at(end):
            return end
        index = bisect.bisect_right(self.piece_starts, self.tokens[end].start) - 1
        if index < 0 or self.pieces[index][0] != self.tokens[end].start or not self.is_name(end + 1):
            return end
        close = end + 1
        while close < limit and close - end <= TITLE_TOKENS and self.tokens[close].end < self.pieces[index][1]:
            close += 1
        if close >= limit or self.tokens[close].end != self.pieces[index][1]:
            return end  # no closing mark soon: a quotation, not a title
        return close + 1

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

    def _has_verb(self, first: int, last: int, *, nouns: bool = False) -> bool:
        """True when tokens ``first``..``last`` hold a finite verb, so they make a clause of their own ("Prices
        rose, according to X, ..."), not a subject or an introduction that the words after the source complete.
        ``nouns``: a cue's form after a determiner is a noun ("the show", "the contrast"), no verb."""
        if last - first > 40:
            return True  # so long a stretch holds a clause; and the scan stays bounded
        return any(
            self._verb_form(k)
            and not (self.is_name(k) and (k > first or (k + 1 < last and self.is_name(k + 1))))
            and not (nouns and k > first and self.lower[k - 1] in NOUN_DETERMINERS and self._cue_noun(k))
            for k in range(first, last)  # "Will Rogers", "Ted Said", "Ted Cruz": names
        )

    def _cue_noun(self, index: int) -> bool:
        """True for a cue's form that is also a noun after a determiner ("the contrast", "a show"), not a
        participle ("the unprecedented deal") or an irregular past."""
        word = self.lower[index]
        return word in self.lexicons.cue_verbs and not word.endswith("ed") and word not in self.words["past_verb"]

    def _verb_form(self, index: int) -> bool:
        """True for a word in a verb's form: finite, a cue verb, an irregular past or ending in -ed."""
        word = self.lower[index]
        return (
            word in self.words["finite"]
            or word in self.lexicons.cue_verbs
            or word.endswith("ed")
            or word in self.words["past_verb"]
        )

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

    def _times_after(self, index: int, limit: int) -> bool:
        """True when a noun of occasions follows at ``index``, past "the" and "first" or "last" ("one of the
        first times", "the last time"): a time, not a group the speaker belongs to."""
        if index < limit and self.lower[index] == "the":
            index += 1
        if index < limit and self.lower[index] in {"first", "last"}:
            index += 1  # "the first time"
        return index < limit and self.lower[index] in {"time", "times"}

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
        if word == "for" and index + 1 < limit and self.lower[index + 1] in {"the", "one"}:
            # "said the mayor for the first time", "for one of the last times": a time, no speaker's role
            one_of = self.lower[index + 1] == "one" and index + 2 < limit and self.lower[index + 2] == "of"
            return self._times_after(index + (3 if one_of else 1), limit)
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

    def _quote_closes_at(self, index: int) -> bool:
        return self.lower[index] in {'"', "”", "''", "’", "'"}

    def _quote_closes_at_char(self, offset: int) -> bool:
        """True when a quotation closes at ``offset`` (a mixed quote ending in quoted words), perhaps after a
        comma inside the marks: ',"' or ",''" (a doubled single mark is two characters wide)."""
        index = bisect.bisect_right(self.quotation_starts, offset) - 1
        return (
            index >= 0
            and -2 <= self.quotations[index].outer_end - offset <= 1 + self.quotations[index].pieces[-1].close_width
        )

    def _quote_opens_at(self, index: int) -> bool:
        """Whether a quotation mark stands at `index` (False past the end of the text)."""
        return index < len(self.lower) and self.lower[index] in {'"', "“", "''", "``", "‘", "'"}

    def _verb_before_quotation(self, stretch: Stretch, quotation: Quotation) -> Cue | None:
        """The cue right before a quotation no cue took, when it makes the quotation its words however short: a
        verb of saying or writing ('a man yelled "Stay there!"', 'a sign that read "15%!"', 'by interjecting,
        "..."'), a noun of chanted words ('chants of "Marco!"') or a message's colon ('one message: "Go."'),
        even when no speaker is found. Not a verb that names ('called "Quick Question"') or takes its addressee
        next ('told "Fox and Friends"'), an infinitive, or a participle on a noun ('his alleged "paramours"', 'a
        so called "initiative"')."""
        mark = bisect.bisect_left(self.tokens, quotation.outer_start, key=_TOKEN_START)
        verb = mark - 1
        if verb > stretch.first and self.lower[verb] in {",", ":"}:
            verb -= 1
        if verb < stretch.first or self.inside_quote[verb]:
            return None
        word, before = self.lower[verb], self.lower[verb - 1] if verb > stretch.first else ""
        if word == "of" and before in self.words["chant_noun"]:
            return Cue(verb - 1, verb + 1, CueEntry(before + " of", "speech", "verb"))
        if word in self.words["message_noun"] and self.lower[mark - 1] == ":":
            return Cue(verb, verb + 1, CueEntry(word, "speech", "object"))  # 'had one message: "Dump him."'
        entry = self.lexicons.cue_verbs.get(word)
        if (
            entry is None
            or entry.cue_class not in {"speech", "writing"}
            or entry.lemma in self.words["naming_verb"]
            or entry.lemma in VERB_QUOTATION_EXCLUDED
            or before in NOUN_DETERMINERS
            or before in {"to", "so", "self"}
        ):
            return None
        return Cue(verb, verb + 1, entry)

    def _casting_verb_at(self, k: int) -> bool:
        """True for the verb of `_described_as_quoted` at token ``k``: a verb form or a particle after one
        ("referred to", "going after")."""
        particle = self.lower[k] in AS_QUOTED_PARTICLES
        if particle:
            k -= 1
        if k < 1:
            return False
        word = self.lower[k]
        if particle and self.lower[k + 1] == "to" and not word.endswith(("ed", "ing")):
            return False  # "was to label as ...": an infinitive, not "referred to"
        if word in self.words["noun_form"] and self.lower[k - 1] in self.words["determiner"]:
            return False  # "the claims as ...": a noun in the object
        return (
            self.tokens[k].text.isalpha()
            and self.tokens[k].text.islower()
            and (self._verb_form(k) or (word.endswith("ing") and len(word) > 4) or word in {"gone", "went"})
        )

    def _named_then_quoted(self, index: int, limit: int) -> bool:
        """True when a name of a few words at token ``index`` is followed by an opening quotation mark ("Lee
        "the worst senator"", "Jo Doe "a fraud""): the quoted words are what the name is called."""
        k = index
        while k < min(limit, index + NAMED_OBJECT_TOKENS) and self.is_name(k) and not self.inside_quote[k]:
            k += 1
        return k > index and k < limit and self._quote_opens_at(k)
