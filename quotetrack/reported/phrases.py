"""Noun phrases, subjects and speakers: the speaker phrase before a cue and the one after an inverted cue, the
subject of the clause a participle hangs from, addressees, and what may stand between a subject and its verb
(time phrases, asides in brackets or quotation marks, set phrases).
"""

from __future__ import annotations

import bisect
import functools

import regex

from quotetrack.lexicons import Lexicons, package_rows
from quotetrack.reported.layout import (
    _TOKEN_START,
    PHRASE_OPENING_DETERMINERS,
    PREPOSITIONS,
    SCARE_QUOTE_WORDS,
    Cue,
    Layout,
    Stretch,
)

SUBJECT_REACH = 10  # tokens searched back for a speaker when no construction found one
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
# a legislator's party and state after the name: "R-Pa.", "D-N.Y.", "I-Vt." (the final period a token of its own)
PARTY_TAG = regex.compile(r"[RDI]-[A-Z][A-Za-z.]{1,5}")
WIRE_CREDIT = regex.compile(r"\([A-Z][A-Za-z ]+\)\s*[—–―-]{1,2}\s+")
DATELINE_REACH = 120  # characters at a story's start searched for its dateline
# Prepositions that open an adjunct a cue may carry before its "that" ("said after the vote that ...")
THAT_ADJUNCT_OPENERS = frozenset(
    {"in", "on", "at", "during", "through", "via", "with", "to", "after", "before", "of", "about", "for", "from"}
    | {"over", "since", "following", "outside", "inside", "when", "while", "last", "this", "earlier", "later"}
)
# Prepositions that open a setting before a subject ("In a letter to the board, Jones asked ...")
INTRODUCTIONS = frozenset({"in", "on", "at", "during", "after", "before", "since", "following", "under", "last"})
# Prepositions that open the place or setting of an -ing phrase after a noun ("voters living in Ohio")
PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "through", "across", "outside", "inside", "around", "from"})
# -ing words that are prepositions themselves, not participles describing a noun
NOT_PARTICIPLES = frozenset(
    {"during", "including", "regarding", "concerning", "following", "according", "notwithstanding"}
)
# Words that make a span of time approximate ("about a year ago", "less than two weeks ago")
APPROXIMATORS = frozenset({"about", "nearly", "almost", "roughly", "some", "just", "only", "than"})
# How far a clause reported with no "that" may run from its subject's first word to its finite verb: far enough
# for a subject modified by a prepositional or participle phrase ("the bill passed by the House last year will")
CLAUSE_SUBJECT_REACH = 12
# After a "that", which before a noun phrase is mostly the complementiser ("announced that the war in Iraq
# would end"), whose clause is read after it, the test stays short: a determiner "that" opens a short subject
THAT_SUBJECT_REACH = 6
QUOTE_MARKS_IN_SUBJECT = frozenset({'"', "“", "”"})  # double marks around a quoted word inside a subject
# How many words back from a subject a relative "who" may open the clause it ends ("Leaders who ... said")
RELATIVE_WORDS = 12
# Words that soften a fronted adverbial ("Right after the vote", "Ever since", "Most recently"), and the
# words after them that make it one, so the subject comes after it
CLAUSE_BREAKS = frozenset({",", "--", "—", "–"})
APPOSITIVE_CLOSERS = frozenset({",", "—", "–", "--", "-"})
APPOSITIVE_SUBJECT_TOKENS = 40  # the longest subject with its appositive; a bound that keeps run-ons linear
ASIDE_OPENERS = frozenset({"by", "like", "unlike", "as", "for", "in", "with", "including", "such"})
HEDGES = frozenset({"right", "just", "shortly", "ever", "long", "soon", "most", "more", "only", "even"})
HEDGED_OPENERS = frozenset({"after", "before", "since", "recently", "afterward", "afterwards"})
# Words that open an adverbial before a subject ("Across the region, voters ..."), beside INTRODUCTIONS
SETTING_OPENERS = frozenset(
    {"as", "if", "once", "until", "unless", "among", "amid", "despite", "across", "throughout", "within", "like"}
    | {"unlike", "inside", "outside", "near", "over", "through", "toward", "towards", "upon", "against", "along"}
)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
QUESTION_OPENERS = frozenset({"whether", "if", "why", "how", "what", "which", "when", "where"})  # not "who": a relative
CONTRACTED_SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they", "there", "that", "who", "what"})
PLACE_NAME_WORDS = 4  # longest town name after "in" before its state ("in St. Clairsville, Ohio")
BRACKET_ASIDE_TOKENS = 25  # longest aside in brackets after a speaker's name ("Sen. X (a Democrat who ...) said")
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"})


@functools.cache
def _name_abbreviations() -> frozenset[str]:
    """The abbreviations of abbreviations.tsv that may end a sentence, and so a name ("Corp", "Bros", "Jr")."""
    return frozenset(row[0] for row in package_rows("abbreviations.tsv", ("form", "behaviour")) if row[1] == "maybe")


_PHRASE_FOLLOWERS: dict[int, tuple[Lexicons, dict[str, frozenset[str]]]] = {}


def phrase_followers(lexicons: Lexicons) -> dict[str, frozenset[str]]:
    """The first word of every cue phrase, with the words that follow it in some phrase ("according": "to"): a
    phrase key whose second word is none of these is listed nowhere, so `Cues._listed_phrases` and
    `Phrases._phrase_at` build none; most phrase openers ("to", "in", "is") are followed by a word that opens no
    phrase with them. Built once per lexicon, like the token sets of `layout`."""
    cached = _PHRASE_FOLLOWERS.get(id(lexicons))
    if cached is None or cached[0] is not lexicons:  # the lexicons object itself, not one reusing its id
        followers: dict[str, set[str]] = {}
        for key in lexicons.cue_phrases:
            followers.setdefault(key[0], set()).update(key[1:2])
        cached = (lexicons, {word: frozenset(following) for word, following in followers.items()})
        _PHRASE_FOLLOWERS[id(lexicons)] = cached
    return cached[1]


class Phrases(Layout):
    """Noun phrases, subjects and speakers."""

    def subject_before(self, index: int, floor: int) -> tuple[int, int] | None:
        """The speaker phrase that ends just before token ``index``: (first, last) tokens, last exclusive."""
        words = self.words
        lower = self.lower
        auxiliary, verb_adverbs = words["auxiliary"], words["verb_adverb"]
        j = index - 1
        progressive = index < len(lower) and lower[index].endswith("ing")
        for _ in range(2):  # "Police had last month charged": auxiliaries on either side of a time phrase
            while j >= floor and (
                (lower[j] in auxiliary and self.tokens[j].text != "May")
                or (progressive and lower[j] in words["progressive"])
                or (lower[j] in verb_adverbs and j > floor)
                or (j == index - 1 and lower[j] in {"do", "does", "did"})
                or self._manner_adverb(j)
                or self._floating_quantifier(j, floor)
            ):
                j -= 1  # "has also said", "grudgingly agreed", "did tell", "is now calling on", "have been saying"
            before_time = self._before_time_phrase(j, floor)
            if before_time == j:
                break
            j = before_time
        if j < floor:
            return None
        closes_quote = self._quote_closes_at(j)
        if closes_quote and j - 1 > floor and lower[j - 1] == ",":
            found = self._subject_before_quoted_aside(j - 1, floor)
            if found is not None:
                return found  # 'Mr. Hale, citing "the magic of it," said ...'
        elif closes_quote and j - 1 > floor and self.tokens[j - 1].text[:1].isalnum():
            found = self._subject_before_nickname(j, floor)
            if found is not None:
                return found  # 'A man who goes by "Shorty" said ...'
        if lower[j] == "," and j - 1 > floor and lower[j - 1] == ")":
            found = self._phrase_ending_at(j - 1, floor)  # "Gov. Jo Kane (R-Ohio), said": a bracket, then a comma
            if found is not None:
                return found
        if lower[j] in {",", "—", "–", "--", "-"} and j - 1 >= floor:
            # an appositive or relative clause between commas or dashes: "Hugh Hill, a doctor, said",
            # "Sen. Rob Portman (R-Ohio), another incumbent, said", "Many speakers — including X — said"
            mark = lower[j]
            k = j - 1
            before = lower[max(floor, j - 45) : j]
            reach = 45 if "who" in before or "which" in before else 25  # a relative clause may run long
            stops = {",", "(", ";", "—", "–"} if mark == "," else {mark, "(", ";"}
            while k >= floor and lower[k] not in stops and j - k < reach:
                k -= 1
            if k >= floor and lower[k] == mark and k + 1 < j:
                clause = self._clause_between_commas(k + 1, j) if mark == "," else None
                if clause is not None:
                    return clause  # "the senator criticized the plan, called it ...": a list of the clause's verbs
                opener = lower[k + 1]
                if (
                    opener in words["relative"]
                    or opener in words["determiner"]
                    or self.is_name(k + 1)
                    or opener.endswith(("'s", "’s"))
                    or not self.tokens[k + 1].text[:1].isupper()
                ):
                    found = self._phrase_ending_at(k - 1, floor)
                    if found is not None and self._examples_phrase(found, floor):
                        # "Other senators, like Hill and Moss — two governors — said": the examples are an aside
                        found = self._phrase_ending_at(found[0] - 2, floor) or found
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
            return None if progressive else self._relative_clause_subject(j, floor)
        if self._setting_phrase(found, floor):
            # "Jo Kane in a blog post said": where, not who; the speaker comes before the setting
            outer = self.subject_before(found[0] - 1, floor)
            if outer is not None:
                return outer
        found = self._past_participle_phrase(self._restart_at_determiner(found), floor)
        if not progressive and lower[found[1] - 1] != "who":  # "groups backing ...": the -ing is the clause's
            found = self._relative_antecedent(found, floor)
        first, last = self._past_interlocutor(found, floor)
        if last - first > 2 and self._writers_wonder(first + 1):
            first += 2  # "No wonder Lee said ...": the writer's comment opens the sentence, Lee speaks
        return first, last

    def _writers_wonder(self, index: int) -> bool:
        """True for "wonder" after "no", "small" or "little" ("No wonder Lee said ..."): the writer's comment, no
        one wonders."""
        return index > 0 and self.lower[index] == "wonder" and self.lower[index - 1] in self.words["wonder_degree"]

    def _clause_between_commas(self, first: int, end: int) -> tuple[int, int] | None:
        """The subject of a clause filling tokens ``first``..``end`` ("the senator criticized the plan") when its
        verb is a past cue verb and no relative word makes it an aside: the verb after ``end`` is the next in a
        list of that subject's verbs, not a verb whose subject the phrase before the commas is."""
        if any(self.lower[k] in self.words["relative"] for k in range(first, end)):
            return None
        found = self._subject_at(first, end)
        if found is None or found[1] >= end or not self._can_speak(*found):
            return None
        verb = found[1]
        while verb < end and self.lower[verb] in self.words["adverb"]:
            verb += 1
        word = self.lower[verb] if verb < end else ""
        if word[-2:] != "ed" or word not in self.lexicons.cue_verbs:
            return None
        return found

    def _described_by_name(self, described: tuple[int, int], first: int, end: int) -> bool:
        """True when tokens ``first``..``end`` are a name alone and the phrase ``described`` before them ends in a
        common noun: the name is an appositive telling which person the description means."""
        head = self.tokens[described[1] - 1].text
        if not head.islower() or first >= end or self.lower[described[0] - 1] in self.words["relative"]:
            return False  # "X, who lives near the capital, Sacramento, said": the name is a place in the clause
        return all(self.is_name(k) or self.lower[k] == "." for k in range(first, end)) and self.is_name(end - 1)

    def _setting_phrase(self, found: tuple[int, int], floor: int) -> bool:
        """True when the phrase ``found`` is the object of a preposition of setting ("in a blog post", "during an
        interview"): a common noun after a determiner, never a name, which is no speaker."""
        preposition = found[0] - 1
        return (
            preposition - 1 >= floor
            and self.lower[preposition] in {"in", "during"}
            and self.tokens[preposition - 1].text[:1].isalnum()
            and self.lower[preposition - 1] not in self.words["boundary"]
            and self.lower[found[0]] in {"a", "an", "the", "his", "her", "their", "its", "this"}
            and self.tokens[found[1] - 1].text.islower()
        )

    def _plural_noun_before(self, index: int, floor: int) -> bool:
        """True when a lowercase plural noun stands before ``index`` ("organizations that ...", "groups which
        ..."): a relative clause on it, not the "that" of a reported clause ("said that ...")."""
        noun = self.tokens[index - 1].text if index - 1 >= floor else ""
        return noun.islower() and noun.endswith("s") and not noun.endswith("ss") and not self._verb_form(index - 1)

    def _examples_phrase(self, found: tuple[int, int], floor: int) -> bool:
        """True when ``found`` is a list of examples set off by a comma ("..., like Hill and Moss"), an aside
        on the noun before it."""
        return (
            found[0] - 2 >= floor
            and self.lower[found[0]] in {"like", "including"}
            and self.lower[found[0] - 1] == ","
            and self.tokens[found[0] - 2].text[:1].isalnum()
        )

    def _relative_clause_subject(self, last: int, floor: int) -> tuple[int, int] | None:
        """The noun before a relative clause that ends in its verb at ``last`` ("The officials whose laws were
        struck down say", "Aides who were fired said"): the noun is the subject of the cue after the clause."""
        for k in range(last - 1, max(floor, last - RELATIVE_WORDS) - 1, -1):
            word = self.lower[k]
            if word in {"who", "whose"} and k - 1 >= floor and self.tokens[k - 1].text[:1].isalnum():
                outer = self.noun_phrase_left(k - 1, floor, through_relative=False)
                # the noun opens the sentence: a noun inside a phrase before it is no subject of the cue
                return outer if outer is not None and outer[0] == floor and self._can_speak(*outer) else None
            if not self.tokens[k].text[:1].isalnum() or word in self.words["subordinator"] or word == "that":
                return None
        return None

    def _relative_antecedent(self, found: tuple[int, int], floor: int) -> tuple[int, int]:
        """The noun a relative clause describes when the phrase read ends that clause ("Leaders who backed Cruz or
        Ben Carson said", "Republicans who have praised his bid warned"): the clause's object does not speak."""
        reach = max(floor, found[0] - RELATIVE_WORDS)
        before = self.lower[reach : found[0]]
        if "who" not in before and "that" not in before and "which" not in before:
            return found  # most subjects follow no relative word: slice searches settle it
        for k in range(found[0] - 1, reach - 1, -1):
            word = self.lower[k]
            relative = word == "who" or (word in {"that", "which"} and self._plural_noun_before(k, floor))
            if relative and k - 1 >= floor and self.tokens[k - 1].text[:1].isalnum():
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
            or word in self.words["opening_word"]
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
        lower = self.lower
        if j - 2 > floor and lower[j] == "ago" and lower[j - 1] in words["time"]:
            k = j - 2  # "two weeks ago", "a year ago"
            if lower[k] in {"a", "few", "several", "many"} or self._number(k):
                k -= 1
            while k - 1 > floor and lower[k] in APPROXIMATORS:
                k -= 2 if lower[k] == "than" else 1  # "about a year ago", "less than two weeks ago"
            return self._before_time_phrase_end(j, k, floor, after_conjunction)
        if j > floor and lower[j] in words["adverbial_noun"]:
            before = self._before_adverbial_phrase(j, floor)
            if before != j:
                return before
        if j - 1 > floor and lower[j - 1] in words["time_modifier"] and self._month_or_year(j):
            k = j - 1  # "in late August", "in 2010", "in June 2012"
            while k > floor and lower[k] in words["time_modifier"]:
                k -= 1
            return self._before_time_phrase_end(j, k, floor, after_conjunction)
        if j - 2 > floor and lower[j - 2] in words["time_modifier"] and self._year(j) and self._month_or_year(j - 1):
            return self._before_time_phrase(j - 1, floor, after_conjunction=after_conjunction)
        if j <= floor or lower[j] not in words["time_noun"]:
            return j
        k = j - 1
        if lower[k] in words["time_bare"] and lower[j] not in words["time_bare"]:
            k -= 1  # "Monday night"
        while k > floor and lower[k] in words["time_modifier"]:
            k -= 1  # "on Monday", "earlier this month"
        if k == j - 1 and lower[j] not in words["time_bare"]:
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
        # an appositive's comma too: "Jo Kane, the chairman, this week announced"
        return k if self.tokens[k].text[:1].isalnum() or self.lower[k] in {")", ".", ","} else j

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
                (
                    (word in words["joiner"] or word == "to")  # "the envoy to France", "ambassador to the UN"
                    and k - 1 >= floor
                    and (self._role_noun(k - 1) or (word != "to" and self.is_name(k - 1)))
                )
                or (
                    word in {"in", "on"}  # "a woman in the crowd", "a sign on the road": where the speaker is
                    and k - 2 >= floor
                    and self.lower[k - 2] in words["determiner"]
                    and self.tokens[k - 1].text[:1].islower()
                )
            ):
                first = k
                k -= 1
                continue
            if word == "and" and k - 1 >= floor and self.is_name(k - 1) and self.is_name(first):
                if self._object_name_before(k, floor):
                    break  # "Republicans support Kim and Democrats oppose her": "and" joins two clauses
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
                (word in words["boundary"] and not self.first_name_before_name(k, tail))  # not "Will Doe said"
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

    def _object_name_before(self, conjunction: int, floor: int) -> bool:
        """True when the name before ``conjunction`` follows a lowercase verb ("support Kim and ..."): it is the
        object ending a clause, so the name after the conjunction opens the next clause and speaks alone."""
        k = conjunction - 1
        while k >= floor and conjunction - k <= 4 and (self.is_name(k) or self.lower[k] == "."):
            k -= 1
        return (
            k >= floor
            and self.tokens[k].text.islower()
            and self._verb_form(k)
            and self.lower[k] not in self.words["not_clause_verb"]  # "like X and Y", "hear X and Y speak"
        )

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
        if not self.tokens[start].text[:1].isalnum() or (
            (token in words["boundary"] or token in words["joiner"]) and not self.first_name_before_name(start, limit)
        ):
            return None  # "said of the Clintons": a preposition, not a speaker; "said Will Doe" names one
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
                and not (end + 1 < limit and (self.is_name(end + 1) or self.lower[end + 1] in {"the", "a", "an"}))
                and not (end + 2 < limit and self.lower[end + 1] == "one" and self.lower[end + 2] == "of")
            ):  # "a spokesman for the campaign", "a strategist for one of the candidates"; not "at one point"
                break
            if end > start and word == "for" and self._attribution_ends(end, limit):
                break  # "for the first time", "for one of the last times": a time, no part of the speaker
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
            if word == "on" and index + 1 < limit and self._quote_opens_at(index + 1):
                end = self._quoted_title_end(index + 1, limit, owned=False)
                if end > index + 1:
                    channel = (index, end)  # 'said on "Meet the Press" that ...': a program's title
                    index = end
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
            if word == ",":
                aside = index + 2 if self.lower[index + 1 : index + 2] == ["and"] else index + 1
                if self.lower[aside : aside + 3] == ["i", "quote", ","]:
                    index = aside + 3  # "said, and I quote, ...": the writer's aside, no part of the report
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
        followers = phrase_followers(self.lexicons).get(self.lower[index]) if index + 1 < limit else None
        if followers is None or self.lower[index + 1] not in followers:
            return None  # most words open no phrase with the word after them: two set lookups, no keys built
        for length in (5, 4, 3, 2):
            key = tuple(self.lower[index : index + length])
            entry = self.lexicons.cue_phrases.get(key)
            if len(key) == length and index + length <= limit and entry is not None and entry.role == role:
                return index + length
        return None

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

    def _document_at(self, index: int) -> bool:
        """A lowercase document noun ("statement", "memo"); a capitalised one names an outlet ("The Post")."""
        return self.lower[index] in self.words["document"] and self.tokens[index].text.islower()

    def _issuing_verb(self, index: int) -> bool:
        """A verb that can issue a document: any verb form, or a bare "put" ("put out a statement"); a form of
        "be" too ("is circulating a memo", "The memo was a letter saying ...": the subject's), but not after
        "there" ("There were memos showing ...": the memos are the source)."""
        word = self.lower[index]
        if word in self.words["linking_verb"] or (word in self.words["progressive"] and self._verb_form(index)):
            return "there" not in self.lower[max(0, index - 2) : index]  # "be", "been", "'s", "remained" too
        return self._verb_form(index) or word in {"put", "puts"}

    def _issued_report(self, cue: Cue, stretch: Stretch) -> bool:
        """True when what an issuing verb issues is itself the report ("signed the bill"): not a participle
        after a document or poll noun ("the poll released Monday"), and no document issued in its first words
        ("signed a letter urging ...", "signed an open letter"), whose own words are the report."""
        if cue.first > stretch.first:
            before = self.lower[cue.first - 1]
            if before in self.words["poll_noun"] or before == "newly" or self._document_at(cue.first - 1):
                return False
        return not any(self._document_at(k) for k in range(cue.last + 1, min(stretch.last, cue.last + 5)))

    def _person_at(self, index: int, limit: int) -> bool:
        """True when a person or a group stands at ``index``: an object pronoun or a name ("hammered Clinton",
        "ripped him"), possibly after "the" ("ripped the Democrats")."""
        if index < limit and self.lower[index] == "the":
            index += 1
        return index < limit and (self.lower[index] in self.words["object_pronoun"] or self.is_name(index))

    def _appositive_subject(self, stretch: Stretch, cue: Cue) -> bool:
        """True when the words before ", CUE" are a subject with an appositive ("Jo Bell, a spokeswoman for the
        group, said the plan ..."): no verb, no quotation, a comma or bracket inside, and a clause after the cue,
        not just a speaker ("Peace at last, at least, says the minister"); after an age the clause may be short.
        """
        left_end = cue.first - 1
        if left_end - 1 > stretch.first and self._manner_adverb(left_end) and self.lower[left_end - 1] == ",":
            left_end -= 1  # "Jo Bell, an ally, effectively conceded ..."
        mark = self.lower[left_end]
        if not 3 <= left_end - stretch.first <= APPOSITIVE_SUBJECT_TOKENS or mark not in APPOSITIVE_CLOSERS:
            return False  # a comma or a dash closes the appositive: "Jo Bell — an aide — said ..."
        # "Jo Bell, 45, said" (an age) or "Jo Bell, R-Pa., said" (a party and state): a person's appositive
        aged = (self._number(left_end - 1) and self.lower[left_end - 2] == ",") or self._party_tag_before(left_end)
        if not (aged or stretch.last - cue.last > 6 or self._has_verb(cue.last, stretch.last)):
            return False
        inner = range(stretch.first + 1, left_end)
        if not any(self.lower[k] in {",", "(", mark} for k in inner) or any(
            self.inside_quote[k] or self._quote_opens_at(k) for k in range(stretch.first, left_end)
        ):
            return False
        piece = stretch.first
        for k in range(stretch.first, left_end + 1):
            if k == left_end or self.lower[k] in {",", mark}:
                # "..., which organized it,", "a veteran who retired in May,": a relative clause reports nothing
                stop = next((m for m in range(piece, k) if self.lower[m] in {"who", "which", "whose"}), k)
                if piece > stretch.first and (self._participle_at(piece) or self._present_participle_at(piece)):
                    # "The report, released Monday, says", "Lee, speaking to reporters, said": a participle
                    # phrase on the noun
                    stop = piece
                elif piece == stretch.first and k < left_end and self.lower[piece].endswith("ing"):
                    stop = piece  # "Speaking to reporters, Lee, a Democrat, said": an opening participle phrase
                if piece < stop and self.lower[piece] in ASIDE_OPENERS:
                    piece += 2  # "by contrast", "like Rubio and Bush": a preposition's object is no verb
                if self._has_verb(piece, stop):
                    return False
                piece = k + 1
        return True

    def _party_tag_before(self, index: int) -> bool:
        """True when a party-and-state tag set off by a comma (", R-Pa.", ", D-Ohio") ends just before ``index``:
        a legislator's appositive. Checked only at an appositive's closing comma, so the pattern runs rarely."""
        last = index - 1
        if self.lower[last] == "." and last > 0:
            last -= 1
        text = self.tokens[last].text
        return text[1:2] == "-" and PARTY_TAG.fullmatch(text) is not None and self.lower[last - 1] == ","

    def _present_participle_at(self, index: int) -> bool:
        """A lowercase "-ing" form at ``index`` ("speaking", "standing"), which may open a phrase on a noun."""
        text = self.tokens[index].text
        return text.islower() and text.endswith("ing") and len(text) > 4

    def _participle_at(self, index: int) -> bool:
        """A lowercase past participle at ``index`` ("conducted", "released"), opening a phrase on a noun."""
        text = self.tokens[index].text
        return text.islower() and text.endswith("ed")

    def nearest_speaker_before(self, stretch: Stretch, index: int) -> tuple[int, int] | None:
        """The nearest person before token ``index`` when no construction named one ('she doubled down on it,
        seeking to show ...'): a subject pronoun or a name a few words back in the sentence, outside quotation
        marks; None when a clause boundary, a quotation or a name that cannot speak comes first."""
        for k in range(index - 1, max(stretch.first, index - SUBJECT_REACH) - 1, -1):
            word = self.lower[k]
            if self.inside_quote[k] or word in {";", ":", "."}:
                return None
            if word in self.words["subject_pronoun"] and word not in {"it", "you"}:
                return k, k + 1
            if self.is_name(k):
                phrase = self.noun_phrase_left(k, stretch.first)
                return phrase if phrase is not None and self._can_speak(*phrase) else None
        return None

    def clause_subject(self, stretch: Stretch, before: int) -> tuple[int, int] | None:
        """The subject of the clause a participle hangs from: the first noun phrase after any introduction."""
        index = self._sentence_words_start(stretch.first, before, before)  # '"...," he said, adding ...'
        if self.lower[index] in {"but", "and", "yet", "so"}:
            index += 1
        index = self._after_time_span(index, before)  # "A few minutes later they ..."
        index = self._after_bare_time(index, before)  # "On Sunday morning she ..."
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
                    or self.lower[index] in self.words["opening_preposition"]
                )
                and "," in self.lower[index : min(before, index + 20)]  # "Amid the uproar, X ...", "Beyond that, X"
            )
            or opener in HEDGED_OPENERS
            or self._late_or_early_time(index, before)
            or (self.lower[index] in self.words["opening_word"] and self.lower[index + 1 : index + 2] == [","])
            or (
                self.lower[index].endswith("ing")
                and index + 1 < before
                and (not self.is_name(index + 1) or self.lower[index + 1] in self.words["time"])
            )
        ):  # "After the vote, she ...", "Right after it, ...", "Weighing in on the talks, he ..." (not "Manning said")
            while index < before and (self.lower[index] not in CLAUSE_BREAKS or self.inside_quote[index]):
                if self._quoted_comma_break(index):
                    break  # 'In an interview with "Good Day," X ...': the comma before the closing mark ends it
                index += 1  # a comma inside a quoted title ('on "This Week, Tonight" X ...') ends no introduction
            index = self._past_state_name(index, before)  # "At a rally in Dayton, Ohio, she ..."
            index += 1
        found = self._subject_at(index, before)
        if found is not None and self.lower[found[0] - 1] == "," and self._state_after_place(found[0] - 1):
            # "... in Lowell, Massachusetts and explained": the state ends a place, it is no subject
            rest = found[0] + self._state_words(found[0])
            found = (rest, found[1]) if rest < found[1] else None
        if found is None or not self._verb_follows(found[1], before):
            later = self._subject_after_comma(index if found is None else found[1], before)
            if later is not None:
                return later  # "Speaking in Salem, Ohio, Trump went on, calling ...": a place or time came first
        return found

    def _quoted_comma_break(self, index: int) -> bool:
        """True for a closing quotation mark at ``index`` just after a comma set inside the marks: American style
        puts the sentence's comma there ('with "Good Day," X ...')."""
        comma = index - 1
        return comma >= 0 and self.lower[comma] == "," and self.inside_quote[comma] and self._quote_closes_at(index)

    def _late_or_early_time(self, index: int, before: int) -> bool:
        """True for "Late last month, ...", "Early Tuesday, ...": a time opening the clause, with a comma after it
        (not "Early voters said")."""
        return (
            self.lower[index] in {"late", "early"}
            and index + 1 < before
            and (self.lower[index + 1] in self.words["time"] or self.lower[index + 1] in {"on", "in"})
            and "," in self.lower[index : min(before, index + 6)]
        )

    def _after_time_span(self, index: int, before: int) -> int:
        """The token after a fronted span of time ("A few minutes later", "Two days ago,") opening a clause at
        ``index``, else ``index``: the span is no subject."""
        k = index
        while k < before and k - index < 3 and (self.lower[k] in {"a", "an", "few", "several"} or self._number(k)):
            k += 1
        if k + 1 >= before or self.lower[k] not in self.words["time"]:
            return index
        if k == index and not self.lower[k].endswith("s"):
            return index  # "Hours later": a bare plural is a span; "Later, ..." is an opener of its own
        if self.lower[k + 1] not in {"later", "earlier", "ago", "afterward", "afterwards"}:
            return index
        k += 2
        return k + 1 if k < before and self.lower[k] == "," else k

    def _after_bare_time(self, index: int, before: int) -> int:
        """The token after a short time ("Last week", "On Sunday morning") that opens a clause with no comma
        after it ("On Sunday morning she wrote ..."), else ``index``: the introduction ends there, not at a
        later comma."""
        if self.lower[index] not in {"last", "this", "next", "on"}:
            return index
        k = index + 1
        while k < before and k - index <= 2 and self.lower[k] in self.words["time"]:
            k += 1
        if k == index + 1 or k >= before:
            return index
        word = self.lower[k]
        return k if word in self.words["subject_pronoun"] or word == "the" or self.is_name(k) else index

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
        lower = self.lower
        subordinators = self.words["subordinator"]
        for subordinator in range(cue.first - 2, opener - 1, -1):
            word = lower[subordinator]
            if (
                word in subordinators
                or word in {"who", "which"}
                or (word in {"and", "but"} and self._clause_at(subordinator + 1, cue.first))
            ):
                break
        else:
            return None
        if self.lower[subordinator] in {"who", "which"}:
            # only a relative clause the segment opens ("X, who ..."): in "He praised those who left but said"
            # the relative clause has ended before the cue; a comma before a participle closes the relative
            # clause ("He defended Doe, who is under investigation, saying ..."): the main clause's subject speaks
            if self.lower[cue.first - 1] == "," and self.lower[cue.first].endswith("ing"):
                return None
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
            if self.lower[k] not in CLAUSE_BREAKS:
                continue  # a comma or a dash: "In a speech -- which ... -- Jo Day argued ..."
            commas += 1
            if commas > 4:
                break
            probe = k + 1
            while probe < before and self.lower[probe] in self.words["adverb"]:
                probe += 1
            if probe >= before or self.lower[probe] == "who" or self._state_after_place(k):
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

    def _state_after_place(self, comma: int) -> bool:
        """True when a US state follows the comma at ``comma`` and a name after "in", "at", "from" or "near" ends
        at it ("in Laredo, Texas", "at a rally in Aspen, Colo., ..."): the state goes on naming the place."""
        if not self._state_words(comma + 1):
            return False
        k = comma - 1
        while k > 0 and comma - k <= PLACE_NAME_WORDS and (self.is_name(k) or self.lower[k] == "."):
            k -= 1
        return k < comma - 1 and self.lower[k] in {"in", "at", "from", "near"}

    def _state_words(self, index: int) -> int:
        """How many tokens a US state's name starting at ``index`` takes ("Ohio", "New Mexico", "Va ."), else 0."""
        if index >= len(self.lower) or not self.is_name(index):
            return 0
        word = self.lower[index].rstrip(".")
        following = self.lower[index + 1] if index + 1 < len(self.lower) else ""
        if f"{word}_{following}" in self.words["us_state"]:
            return 2
        if word not in self.words["us_state"]:
            return 0
        return 2 if following == "." else 1

    def _past_state_name(self, comma: int, before: int) -> int:
        """The comma after a state's name when the comma at ``comma`` splits a place ("in Dayton, Ohio, ..."):
        the introduction goes on to it; else ``comma``."""
        if comma >= before or self.lower[comma] != "," or not self._state_after_place(comma):
            return comma
        k = comma + 1
        while k < before and k - comma <= PLACE_NAME_WORDS and (self.is_name(k) or self.lower[k] == "."):
            k += 1
        return k if k < before and self.lower[k] in CLAUSE_BREAKS else comma

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
        if first >= before or not (self.tokens[first].text[:1].isupper() or self.lower[first] == "("):
            return first
        start = self.tokens[first].start
        # "(AP) — " alone when the sentence splitter cut the dateline after a state ("BOISE, Idaho. (AP) — ")
        pattern = WIRE_CREDIT if self.lower[first] == "(" else DATELINE
        dateline = pattern.match(self.text, start, min(self.tokens[before - 1].end, start + DATELINE_REACH))
        if dateline is None:
            return first
        after = bisect.bisect_left(self.tokens, dateline.end(), key=_TOKEN_START)
        return after if after < before else first

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

    def _clause_follows(self, index: int, limit: int) -> bool:
        """True when a clause with no "that" starts at ``index``: a subject (a name, a pronoun, an indefinite
        pronoun or a noun phrase opened by a determiner or a possessive) and then a finite auxiliary ("believe the
        plan will fail"). The subject may run through a participle, a prepositional phrase or a quoted name ("hope
        the technology developed in Israel can ..."), within a bounded reach."""
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
            and first not in self.words["indefinite_subject"]  # "worry something will go wrong"
            and not (first.endswith(("'s", "’s")) and len(first) > 3)  # a possessive: "fear the party's split will"
        ):
            return False
        that = first == "that"
        reach = THAT_SUBJECT_REACH if that else CLAUSE_SUBJECT_REACH
        for probe in range(index + 1, min(limit, index + 1 + reach)):
            word = self.lower[probe]
            if word in self.words["finite"]:
                return True
            if probe >= index + 2 and word in self.words["past_verb"]:
                return True  # "reported the deal came after talks": an irregular past tense after the subject
            if word in {"and", "of"} and probe + 1 < limit and self.lower[probe + 1] not in self.words["finite"]:
                continue  # a subject of two names or with a complement: "Hillary and Bernie are", "most of them"
            if (
                not that
                and word in self.words["subject_preposition"]
                and probe + 1 < limit
                and self.tokens[probe + 1].text[:1].isalnum()
                and self.lower[probe + 1] not in self.words["boundary"]
            ):
                continue  # a subject modified by a prepositional phrase: "the man in the red car is"
            if not that and word in QUOTE_MARKS_IN_SUBJECT and self._quoted_modifier(probe, index, limit):
                continue  # a quoted word or name in the subject: 'some of the "Stop Smith" buzz was'
            if not self.tokens[probe].text[:1].isalnum() or word in self.words["boundary"]:
                return False
        return False

    def _quoted_modifier(self, mark: int, first: int, limit: int) -> bool:
        """True when the double quotation mark at ``mark`` opens or closes words inside a subject that starts at
        ``first``: an opening mark before a word, a closing mark after one."""
        if mark + 1 < limit and self.tokens[mark + 1].text[:1].isalnum():
            return True
        return mark > first + 1 and self.tokens[mark - 1].text[:1].isalnum()

    def _named_object(self, first: int, last: int, all_named: bool) -> bool:
        """True when tokens ``first``..``last`` are a pronoun or a name ("him", "Mr. Cruz", "Kentucky Sen. Rand
        Paul"): a phrase a prepositional phrase after it cannot modify, so the phrase is an adjunct of the verb.
        ``all_named``: whether each of the tokens is a name's word or in NAME_FILLERS, kept by the caller."""
        return all_named or (last - first == 1 and self.lower[first] in self.words["object_pronoun"])

    def _time_at(self, index: int, limit: int) -> bool:
        """True when a time expression starts at ``index`` ("Wednesday", "last week", "in early June", "every
        year")."""
        word = self.lower[index]
        if word in self.words["time"]:
            return True
        following = self.lower[index + 1] if index + 1 < limit else ""
        return word in {"on", "in", "at", "during", "last", "this", "next", "every"} and (
            following in self.words["time"] or following.startswith(MONTHS)
        )

    def _can_speak(self, first: int, last: int) -> bool:
        """False for a "speaker" that is only a determiner, a date, a number, an adverb or a verb ("The",
        "Tuesday", "2012", "sharply", "heard"), or a phrase ending in an article ("Whisk the" of an imperative
        "Whisk the eggs and add ..."): the subject was missed, and no mention beats a wrong one."""
        if last - first != 1:
            return self.lower[last - 1] not in {"the", "a", "an"}
        word = self.lower[first]
        lowercase = not self.tokens[first].text[:1].isupper()
        return not (
            word in {"the", "a", "an", "there", "there's", "there’s"}  # "There were memos showing ...": no one
            or word in self.words["time"]
            or word[:1].isdigit()
            or (lowercase and (word.endswith("ly") or self._verb_like(first)))
        )


def _contracted_subject(word: str) -> bool:
    """A pronoun and an auxiliary written as one token: "it's", "they're", "i'm", "there’s", "we'll"."""
    head, mark, tail = word.replace("’", "'").partition("'")
    return bool(mark) and head in CONTRACTED_SUBJECTS and tail in {"s", "re", "m", "ll", "d", "ve"}


def _dated(word: str) -> bool:
    """Dates and times ("2025-01-13", "10:30") end a speaker phrase: they are datelines, not names; an age ending
    in a word ("the 43-year-old") is a speaker."""
    # the separators first: three substring tests rule out nearly every word without a loop over its letters
    return (
        ("-" in word or "/" in word or ":" in word)
        and any(c.isdigit() for c in word)
        and not word.endswith(("-old", "-olds"))
    )
