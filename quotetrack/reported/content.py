"""Reported content: where it starts (after "that", a colon, a noun of attitude; at the relative word when the
cue sits in a relative clause), where it ends (at the next attribution, a clause set beside it, a final
appositive or relative clause), how the pieces of a split quote join, and the candidate it makes: trimmed, and
classed direct, mixed or indirect.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from quotetrack.candidate import Extent, QuoteCandidate
from quotetrack.lexicons import package_rows
from quotetrack.marks import Quotation
from quotetrack.model import QuoteKind
from quotetrack.reported.layout import _TOKEN_START, AS_QUOTED_PARTICLES, NOUN_DETERMINERS, PREPOSITIONS, Cue, Stretch
from quotetrack.reported.phrases import (
    DATELINE,
    DATELINE_REACH,
    QUESTION_OPENERS,
    THAT_ADJUNCT_OPENERS,
    Phrases,
    _contracted_subject,
)

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
INVERTED_CONDITION_TOKENS = 10  # an inverted condition ("that had he known,") ends at a comma this near
TASK_REACH = 8  # tokens after a modal evidence verb searched for the finite verb of a clause (`_task_shown`)
THING_NOUNS = frozenset(word for (word,) in package_rows("thing_nouns.txt", ("word",)))  # `_thing_at`
WIRE_CREDIT = regex.compile(r"\s*\((?:AFP|AP|Reuters|dpa|ANSA|EFE|Xinhua|UPI|Bloomberg)\)$")
# What may stand between an attribution and the quotation that resumes its quote: '," she said, and "B."'
RESUMING = regex.compile(r"\s*,\s*(?:and|but)\s*")
WORDY = regex.compile(r"[^\s.,;:!?—–]")  # anything but space and punctuation: a word outside a quotation
# Words that join a feeling to what it is about ("concern about", "condolences over", "concern that")
ATTITUDE_LINKS = frozenset({"about", "over", "for", "with", "at", "toward", "towards", "of", "on", "that"})
CHAINING_VERBS = frozenset({"be", "see", "help", "let", "make", "watch", "hear", "get"})  # "to see it work"
GAP_CONJUNCTIONS = frozenset({"and", "but", "since", "though", "although", "when", "while", "because", "if", "until"})
# Prepositions and auxiliaries that may end a relative clause whose object was moved out ("that they can't compete
# with", "that he could not"); particles are left out, as a whole clause may end in one ("that rates will go up")
STRANDED = frozenset(
    {"with", "of", "for", "from", "about", "to", "at", "not", "do", "did", "would", "could", "should", "might", "must"}
)
# modals before a clause's last word: "touches that a voter might appreciate" ends at a verb that lacks its object
BARE_VERB_GOVERNORS = frozenset({"would", "could", "should", "might", "must", "can", "will"})
PAST_FINITE = frozenset({"was", "were", "had", "did"})  # a past tense after "and" that is the subject's
REPORTED_PAST_REACH = 40  # the reported clause's past verb is searched for this far before the "and"
SEQUENCE_ADVERBS = frozenset({"then", "later", "also", "ultimately"})  # "and then left": may stand before the verb
PAST_VERB_LINKS = frozenset({"to", "that", "in", "on", "at", "with", "for", "by", "out", "up", "off", "back"})
# endings of a likely adjective ("able", "focused", "divisive"): one joined by "and" to a cue's "-ed" form
ADJECTIVE_SUFFIXES = ("ed", "ble", "ful", "ive", "ous", "al", "ic", "ent", "ant", "less")
STORY_NOUNS = frozenset({"story", "article"})  # "for this story": the writer's
CLOSING_CLAUSE_TOKENS = 30  # a clause of time closing the content ("as he left the hall") starts this near its end
OBJECT_AND_TOKENS = 40  # the "and" after a reported object or infinitive stands this near the content's start
AS_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})  # open a clause of time after "as"
AS_COMPARISON_REACH = 6  # an "as" this near before another makes a comparison ("as angry as he said")
# "he'd", "they'll": a modal written onto its subject, one token, that a bare verb after "and" may complete
CONTRACTED_MODALS = ("'d", "’d", "'ll", "’ll")
ATTRIBUTION_ADJUNCT_WORDS = 12  # longest phrase after "he said" that a split quote may resume after


REPORTED_SUBJECT_TOKENS = 8  # the longest subject of a clause reported in a relative clause, before its verb
SUBJECT_OPENING_TOKENS = 5  # the longest phrase opening a sentence before a report noun in its subject ("The
# senator's repeated claim that")
# adverbs that open a verb phrase: after a stance's object in a relative on the subject, the main one's
VERB_PHRASE_ADVERBS = frozenset(
    {"still", "also", "often", "usually", "generally", "largely", "mostly", "overwhelmingly"}
)
MAIN_VERB_STOPS = frozenset({",", ";", ":", "—", "–", "and", "but", "or", "that", "which", "who", "because", "if"})
# open a clause before the main one after ", and" ("..., and while he said ..., it is ..."); not "as" ("and as
# she says things such as ...")
CLAUSE_SUBORDINATORS = frozenset({"while", "although", "though", "whereas", "if", "when", "unless", "because", "since"})
SETTING_ONLY_CHARS = 60  # a content this short opened by a setting_preposition is all setting
INTRO_TOKENS = 6  # a setting before a sentence's opening clause ("In Iowa last week, when ...") is this short
APPOSITIVE_MARKS = frozenset({",", "—", "–", "-"})  # may set off an appositive closing the content
CONTRAST_ADVERBS = frozenset({"never", "also", "still", "then"})  # may stand between ", but" and its verb
VERB_QUOTATION_SUBJECT_TOKENS = 6  # the longest subject looked for before a verb introducing a quotation
PASSIVE_NAMING_SUBJECT_TOKENS = 12  # the longest subject looked for before a passive verb of naming
# the determiners of NOUN_DETERMINERS that stand between a verb (or "as") and the quoted words it gives ('as a "con
# artist"', 'dubbed the "Big One"'); "this", "our", ... there open a phrase of their own, no name
QUOTED_NAME_DETERMINERS = NOUN_DETERMINERS - {"its", "our", "my", "your", "this", "these"}
SHOWING_VERBS = frozenset(
    {"read", "reads", "said", "says", "stated", "states", "proclaimed", "proclaiming"}
)  # a sign's
MESSAGE_MODIFIERS = frozenset(
    {"a", "an", "the", "one", "this", "his", "her", "their", "its", "our", "my", "clear", "simple", "blunt", "same"}
)
WORD_CHARACTER = regex.compile(r"\w")
THAT_HEAD_TOKENS = 5  # the longest setting between a noun and the "that" of its clause ("his remark on Monday that")
# the sentence's own verb after a noun's "that" clause ('the claim that "Lee lied" is false')
NOUN_CLAUSE_MAIN_VERBS = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "remains"})
AS_QUOTED_OBJECT_TOKENS = 6  # the longest object between a verb and the "as" of quoted words describing it
# no object, a comparison, or a preposition of a setting, not the object ("worked for years as", "ran in 2016 as")
AS_QUOTED_STOPS = frozenset(
    {"not", "as", "such", "same", "that", "which", "who", "to", "for", "in", "at", "with", "into"}
)
AS_QUOTED_EXCLUDED = frozenset({"known", "registered", "register", "disguised"})  # a name or a guise, no view
# prepositions that close the last item of a list, its phrase whole ("and thinkers for opposing the plan")
LIST_END_PREPOSITIONS = frozenset({"for", "of", "in", "on", "at", "with", "from", "over", "about"})


class Content(Phrases):
    """Where reported content starts and ends, and the candidate it makes."""

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
        verb, after = cue.last + 1, cue.last + 2
        if after > stretch.last or subject[1] - subject[0] > 3 or self.lower[cue.last] != "to":
            return  # no "to" of an infinitive right after the cue: the content's first token need not be found
        if bisect.bisect_left(self.tokens, candidate.start, key=_TOKEN_START) != cue.last:
            return
        if not self.tokens[verb].text.isalpha() or not self.tokens[verb].text.islower():
            return
        after = self._past_verb_chain(verb, stretch.last)
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
        first = cue.last
        if first >= stretch.last or self.lower[first] in {"'s", "’s"}:
            return
        if bisect.bisect_left(self.tokens, candidate.start, key=_TOKEN_START) != first:
            return  # the content does not start right after the cue
        if self.lower[first] not in self.words["finite"] and not self._lexical_verb_after_relative(first, cue, subject):
            return
        start = subject[0]
        if start - 1 >= stretch.first and self.lower[start - 1] in self.words["relative"]:
            start -= 1
        candidate.segments[0] = (self.tokens[start].start, candidate.segments[0][1])
        if start - 1 > stretch.first and self.lower[start - 1] == "," and self.lower[start] in {"which", "who"}:
            self._end_at_comma(candidate, cue.last, stretch)  # "The plan, which X said would fail, passed"

    def _past_verb_chain(self, verb: int, limit: int) -> int:
        """The token after an infinitive's verb and the one verb it may chain ("to be running", "to keep pushing",
        "to see work"): a participle, or any lowercase word after a verb of perception or help; the gap of a
        relative clause comes after the chain."""
        after = verb + 1
        if after + 1 > limit or not self.tokens[after].text.isalpha() or not self.tokens[after].text.islower():
            return after
        word = self.lower[after]
        if word in self.words["boundary"] or word in self.words["determiner"] or word in self.words["object_pronoun"]:
            return after
        if word.endswith("ing") or self.lower[verb] in CHAINING_VERBS:
            return after + 1
        return after

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

    def _end_at_main_verb(self, candidate: QuoteCandidate, stretch: Stretch, *, owned: bool = False) -> None:
        """Cut content reported in a relative clause at the sentence's main verb: a finite auxiliary, a past tense or
        a cue after an infinitive ("Those who wanted to attend | could be faced ...", "Voters who want to ban it |
        said ..."); a reported clause has a verb of its own first, so the cut comes at the next such verb after it
        ("Voters who say prices are high | are ..."). ``owned``: the report hangs on a noun opening the sentence
        ("His claim that ... | was rejected"), whose infinitive may go on past a conjunction or a cue verb's
        bare form ("vow to hire more and pay less", "claim that he has a way to win"), so only a finite form
        after no "to" ends it."""
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
            if owned and (word.endswith("ing") or self.lower[k - 1] == "to"):
                continue  # "vow to go after firms while claiming ...", "a way to claim": no finite verb
            if self._main_verb_word(word) or (
                clause and word in self.words["main_catenative"] and k + 1 < stretch.last and self.lower[k + 1] == "to"
            ):
                self._cut_before_token(candidate, k)  # "Voters who believe prices are up | tend to back ..."
                return

    def _opens_sentence_subject(self, index: int, stretch: Stretch) -> bool:
        """True when the noun phrase holding token ``index`` opens the sentence as its subject ("His claim that
        ...", "Anyone expecting ..."): a few words before it with no verb or comma, so a verb after the report
        is the sentence's main one ("... | was rejected")."""
        return (
            stretch.first <= index - 1
            and index - stretch.first <= SUBJECT_OPENING_TOKENS
            and not any(self.lower[k] in MAIN_VERB_STOPS for k in range(stretch.first, index))
            and not self._has_verb(stretch.first, index)
        )

    def _end_object_at_main_verb(self, candidate: QuoteCandidate, first: int, stretch: Stretch) -> None:
        """Cut the object of a stance in a relative clause inside the subject at the sentence's verb ("Voters who
        opposed the plan | said ..."): an object has no verb of its own, so the first finite or reporting verb
        after it is the main one."""
        for k in range(first + 1, min(stretch.last, first + 30)):
            if self.inside_quote[k] or self.lower[k - 1] in self.words["determiner"]:
                continue
            if self._main_verb_word(self.lower[k]) or self._past_before_object(k, stretch.last):
                self._cut_before_token(candidate, k)
                return
            if self.lower[k] in VERB_PHRASE_ADVERBS and k + 1 < stretch.last and self.tokens[k + 1].text.islower():
                self._cut_before_token(candidate, k)  # "Voters who backed Lee | still support him"
                return

    def _past_before_object(self, index: int, limit: int) -> bool:
        """True for a regular past tense before a determiner or an object pronoun ("Those who backed the plan |
        outnumbered those ...", "| praised him"): a verb with its object, not a participle on a noun."""
        word = self.lower[index]
        following = self.lower[index + 1] if index + 1 < limit else ""
        return (
            word.endswith("ed")
            and len(word) > 4
            and self.tokens[index].text.islower()
            and (following in self.words["determiner"] or following in self.words["object_pronoun"])
        )

    def _main_verb_word(self, word: str) -> bool:
        """True for a word that can be a sentence's main verb after a subject that holds a report: a finite
        auxiliary, an irregular past tense or a cue verb ("could", "came", "said")."""
        return word in self.words["finite"] or word in self.words["past_verb"] or word in self.lexicons.cue_verbs

    def _cut_before_token(self, candidate: QuoteCandidate, index: int) -> None:
        """End a one-piece candidate's content before token ``index``, when that token lies inside it."""
        cut = self.tokens[index].start
        if candidate.start < cut < candidate.end and len(candidate.segments) == 1:
            candidate.segments = [self._trim_punct(candidate.start, cut)]

    def _reported_verb(self, first: int, limit: int) -> int | None:
        """The verb of a clause reported from token ``first``: the first verb form after its subject's first word
        ("the water | tasted"), within a short subject's reach."""
        for k in range(first + 1, min(limit, first + REPORTED_SUBJECT_TOKENS)):
            if self.lower[k] in MAIN_VERB_STOPS or self.inside_quote[k]:
                return None
            if self._verb_form(k) and not self.is_name(k) and not self._noun_after_determiner(k):
                return k
        return None

    def _noun_after_determiner(self, index: int) -> bool:
        """True for a verb form that is no finite word after a determiner: a noun ("her e-mails", "the claims")."""
        return self.lower[index - 1] in self.words["determiner"] and self.lower[index] not in self.words["finite"]

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
        """True when the item after a list's "and" at ``index`` is a phrase, not a clause with a verb; a
        preposition after its first word closes it ("and thinkers for opposing the plan")."""
        if index >= limit or not self.tokens[index].text[:1].isalnum() or self.lower[index].endswith("ing") != gerund:
            return False
        for k in range(index, min(limit, index + 8)):
            word = self.lower[k]
            if word in {",", ";", ":", "—", "–"} or (k > index and word in LIST_END_PREPOSITIONS):
                return True
            if word in self.words["relative"] or word in self.words["subject_pronoun"] or self._verb_form(k):
                return False
        return True

    def _verb_lemma(self, cue: Cue) -> str:
        """The lemma of the verb a cue is built on: "tell" for "told reporters", whose verb governs what follows
        ("told the crowd to go home"); a cue's own lemma otherwise."""
        lemma = cue.entry.lemma
        verb = self.lexicons.cue_verbs.get(self.lower[cue.first]) if " " in lemma else None
        return lemma if verb is None else verb.lemma

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
        ones attributed; else at ``first``. The colons are listed once (`quote_colons`), so a run-on sentence of
        attributions stays linear."""
        index = bisect.bisect_right(self.quote_colons, last - 2) - 1
        if index >= 0 and self.quote_colons[index] > first:
            return self.quote_colons[index] + 1
        return first

    def _through_that(self, index: int, limit: int) -> int:
        """Step over a complementiser "that" (and an adverbial before it: "saying in translated comments that")."""
        reach = min(limit, index + 12)
        if "that" not in self.lower[index:reach]:
            return index  # most reports have no "that" near: a slice's C-level search settles it
        for probe in range(index, reach):
            word = self.lower[probe]
            if word == "that":
                if (
                    probe == index
                    and probe + 2 < limit
                    and self.lower[probe + 1] in self.words["finite"]
                    and not (
                        self.lower[probe + 1] in self.words["condition_inverting"]
                        and (
                            self.lower[probe + 2] in self.words["subject_pronoun"]
                            or self.lower[probe + 2] in self.words["determiner"]
                        )
                        and "," in self.lower[probe + 3 : min(limit, probe + INVERTED_CONDITION_TOKENS)]
                    )
                ):
                    break  # "said that was wrong": a pronoun, the subject of the reported clause; not "said
                    # that had he known, ...", "that were the bill to pass, ...": an inverted condition follows
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
        end = self._before_as_clause(index, end)
        end = self._before_subject_verb(index, end)
        while end > index and (
            self.lower[end - 1] in self.words["clause_link"]
            or (
                not self.tokens[end - 1].text[:1].isalnum()
                and self.tokens[end - 1].text not in {'"', "”", "’", "'", "»", ")"}
            )
        ):
            end -= 1
        end = self._before_story_credit(index, end)
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
        if comma + 2 >= len(self.lower):
            return False  # a text ending in ", but": nothing set against it
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
        its own before the comma (an infinitive has one, after its object too: "urged voters to ..."), and the words
        after it must be a noun phrase
        (`_appositive_at`)."""
        low = max(index + 3, end - 40)
        if APPOSITIVE_MARKS.isdisjoint(self.lower[low + 1 : end - 1]):
            return end  # most contents end with no mark near: a C-level test settles it
        for comma in range(end - 2, low, -1):
            if self.lower[comma] not in APPOSITIVE_MARKS or self.inside_quote[comma]:
                continue
            if (
                self.lower[comma + 1] in {"a", "an", "the"}
                and self.tokens[comma - 1].text[:1].isalnum()
                and ("to" in self.lower[index : min(comma, index + 4)] or self._has_verb(index, comma))
                and self._appositive_at(comma + 2, end)
            ):
                return comma
            return end  # only the last comma may open a closing appositive
        return end

    def _before_final_relative(self, index: int, end: int) -> int:
        """Where reported content ends when a relative clause on a name closes it ("would not endorse Harlow, who
        faces a primary", "in May, which is late"), or a "which" clause on a noun opens with its verb ("sell the
        mill, which had been empty"): the writer's gloss for the reader, not what was reported (measured on
        PolNeAR). With "which" as an object ("the mill, which the town bought") the clause may be reported."""
        low = max(index + 3, end - 30)
        if "," not in self.lower[low + 1 : end - 1]:
            return end  # no comma near the end: a slice's C-level search settles it
        for comma in range(end - 2, low, -1):
            if self.inside_quote[comma] or self._quote_opens_at(comma):
                return end
            if self.lower[comma] != ",":
                continue
            if (
                self.lower[comma + 1] in {"who", "which"}
                and (self.is_name(comma - 1) or (self.lower[comma + 1] == "which" and self._verb_form(comma + 2)))
                and self._has_verb(index, comma)
            ):
                return comma
            return end
        return end

    def _before_as_clause(self, index: int, end: int) -> int:
        """Where reported content ends when a clause of time opened by "as" follows it ("thanked the crowd as he
        left the stage", "said he was ready as he faces a test"): the moment of the report, told by the writer.
        The content must hold words before it, and "as" must open a clause: a personal pronoun, then a verb."""
        if end - index < 3:
            return end
        first = max(index, end - CLOSING_CLAUSE_TOKENS)  # a closing clause is short: a bounded search keeps time linear
        found = self.text.find(" as ", self.tokens[first].end, self.tokens[end - 1].start)
        if found < 0:
            return end  # most contents hold no "as": one search of the text settles it
        k = bisect.bisect_left(self.tokens, found + 1, key=_TOKEN_START)
        while k < end - 2:
            if (
                self.lower[k] == "as"
                and not self.inside_quote[k]
                and self._as_clause_at(k + 1, end)
                and "as" not in self.lower[max(index, k - AS_COMPARISON_REACH) : k]
            ):
                return k  # not "as long as they like", "as angry as he said": a comparison
            k += 1
        return end

    def _before_subject_verb(self, index: int, end: int) -> int:
        """Where an object or an infinitive reported after its cue ends when "and" joins a past-tense verb of the
        subject's ("claimed self-defense and was acquitted", "vowed to fight and then left the stage"): the report
        has no finite verb of its own that the past tense could go on with, so the verb is the subject's."""
        if end - index < 2 or self.lower[index] in self.words["subject_pronoun"]:
            return end  # "said she quit and moved to Ohio": a clause, whose own verbs "quit" and "moved" are
        cue = self.lexicons.cue_verbs.get(self.lower[index - 1]) if index else None
        if cue is not None and cue.lemma in {"say", "add"}:
            return end  # "said the team lost and fired its coach": what is said is a clause, not an object
        last = min(
            end, index + OBJECT_AND_TOKENS
        )  # the object before the subject's next verb is short: time stays linear
        found = self.text.find(" and ", self.tokens[index].end, self.tokens[last - 1].start)
        if found < 0:
            return end  # most contents hold no "and": one search of the text settles it
        k = bisect.bisect_left(self.tokens, found + 1, key=_TOKEN_START)
        if k >= end - 1 or self.lower[k] != "and" or self.inside_quote[k]:
            return end
        verb = k + 1
        if verb < end - 1 and (self.lower[verb] in SEQUENCE_ADVERBS or self._manner_adverb(verb)):
            verb += 1
        word = self.lower[verb]
        if word in self.lexicons.cue_verbs:
            return end  # "and concluded ...": a later cue, which `_cut_before` weighs
        if not (word in PAST_FINITE or word in self.words["past_verb"] or self._past_with_object(verb, end)):
            return end
        if self.lower[index] != "to" and self._has_verb(index, k):
            return end  # "said she was tired and wanted a change": the clause's own second verb
        return k

    def _before_story_credit(self, index: int, end: int) -> int:
        """Where content ends when "for this story" closes it ("declined to comment for this article", "did not
        respond to requests for comment for this story"): the writer's own piece, not part of the report."""
        last = end - 1
        if last - 2 <= index or self.lower[last] not in STORY_NOUNS:
            return end
        if self.lower[last - 1] == "this" and self.lower[last - 2] == "for":
            return last - 2
        return end

    def _past_with_object(self, verb: int, end: int) -> bool:
        """True for an "-ed" word followed by what opens its object or complement ("ranked Fiorina", "celebrated
        the ruling", "decided to stay"): a verb, not an adjective before a noun ("the heat and unsettled weather")."""
        word = self.lower[verb]
        if not (word.endswith("ed") and len(word) > 4 and word.isalpha()) or verb + 1 >= end:
            return False
        following = self.lower[verb + 1]
        return (
            following in self.words["determiner"]
            or following in self.words["object_pronoun"]
            or following in PAST_VERB_LINKS
            or self.is_name(verb + 1)
        )

    def _as_clause_at(self, first: int, end: int) -> bool:
        """True when a personal pronoun and a verb in the past or the present start at ``first`` ("as he left",
        "as they waited"), not "as a candidate", "as well", "as it is" (a comparison may read so)."""
        if first + 1 >= end or self.lower[first] not in AS_CLAUSE_SUBJECTS:
            return False
        verb = first + 1
        text = self.lower[verb]
        if text in {"always", "sometimes", "perhaps"} or (verb + 1 < end and self.lower[verb + 1] == "fit"):
            return False  # "as they always do", "as she saw fit": a manner, not a moment
        return (self._verb_form(verb) and text not in self.words["finite"]) or (text.endswith("s") and len(text) > 3)

    def _appositive_at(self, first: int, end: int) -> bool:
        """True when tokens ``first``..``end`` (after ", a|an|the") are a noun phrase, maybe with a relative
        clause: no "and"/"or" (a list goes on: ", the millers and the bakers"), no quotation, and no verb or
        pronoun subject before a relative word (", the board voted", ", a group she founded"). A participle
        before "by", "in" ... is a modifier (", a practice criticized by ...")."""
        words = self.lower[first:end]
        if first >= 2 and self.lower[first - 2] == "," and self.lower[first - 1] in {"a", "an"}:
            # ", a move that could split the party and ...": past "that" or "which" the words are the relative
            # clause's, where "and" joins no second noun to the appositive; after "the" a list may go on
            # (", the closure of loopholes that ... and for relief ...")
            relative = next((k for k in range(first, end) if self.lower[k] in {"that", "which"}), end)
            words = self.lower[first:relative]
        if "and" in words or "or" in words:
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
        opening = self.lower[first + 1 : min(index - 1, first + INTRO_TOKENS)]
        intro = first + 1 + opening.index(",") if "," in opening else None  # the first comma of the sentence
        if intro is not None and self.lower[intro + 1] in self.words["intro_subordinator"]:
            first = intro + 1  # "However, while the party says ..., ...": a short setting before the clause
        if self.lower[first] in {"but", "and", "so", "yet"} and first + 1 < index:
            first += 1  # "But when the mayor said ..., the council ..."
        if self.lower[first] not in self.words["intro_subordinator"]:
            # "..., and while he said ..., it is ...": the second clause of the sentence opens the same way
            reach = max(first, index - 40)
            comma = (
                next(k for k in range(index - 1, reach, -1) if self.lower[k] == ",")
                if "," in self.lower[reach + 1 : index]  # most often none: a slice's C-level search settles it
                else None
            )
            if (
                comma is None
                or comma + 2 >= stretch.last  # "He said, and": the text ends
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
            and not self._adverb_yet(later.first - 1)
            and not self._shared_thought(later)
            and not self._shared_bare_verb(later, index)
            and not self._shared_progressive(later, index)
            and not self._paired_adjective(later)
            and not self._shared_tense(later, index)
        ):
            return later.first - 1  # "called it “crazy” and said ...": a second report by the same subject
        perfect = self._perfect_conjunction(later, index)
        if perfect is not None:
            return perfect  # "describes himself as a moderate and has said ...": the subject's own second report
        subject = self.subject_before(later.first, index)
        if subject is not None and self.lower[subject[0] - 1] in self.words["relative"]:
            return None  # "Clinton, whom he called ...": a relative clause inside the content
        if subject is not None and subject[0] - 1 > index and self._approximate_number(subject[0] - 1):
            subject = (subject[0] - 1, subject[1])  # "and about half said ...": the share's subject opens at "about"
        if (
            subject is not None
            and subject[0] > index
            and (
                self.lower[subject[0]] in self.words["subject_pronoun"]
                or self.is_name(subject[0])
                or self.lower[subject[0]] == "the"
                or (self.lower[subject[0] - 1] == "and" and self._share_subject(subject[0]))
            )
            and (
                not self.tokens[subject[0] - 1].text[:1].isalnum()
                or self.lower[subject[0] - 1] in {"and", "but", "while", "whereas", "yet"}
            )
        ):
            if self._fronted_adverbial(index, subject[0] - 1):
                return None  # "said that if Iran were a stock, he would advise buying it": the main clause goes on
            dash = self.lower[subject[0] - 1]
            if dash in {"—", "–", "--"} and dash in self.lower[max(index, subject[0] - 16) : subject[0] - 1]:
                return None  # "found that — at least for now — voters seem ...": an aside closes, the clause goes on
            return subject[0]  # "..., and Smith said ...": a new attribution; "said it would urge ...": nested
        if (
            subject is not None
            and subject[0] - 2 > index
            and self.lower[subject[0] - 1] in self.words["subordinator"]
            and self.lower[subject[0] - 2] == ","
        ):
            return subject[0] - 2  # "..., after half said so in May": a report of its own in a clause set beside
        if (
            subject is not None
            and self._joined_clause(subject[0], index)
            and self.lower[subject[0]] not in self.words["finite"]
        ):  # ", but hasn't decided ...": an auxiliary is no subject, the clause's own goes on
            return subject[0] - 1  # "..., and three-quarters said ...": any subject after ", and" starts anew
        if subject is None and later.first - 1 > index and self.lower[later.first - 1] not in {"and", "or"}:
            # the main verb after a parenthetical: "Priebus, in the wake of a poll showing ..., told Fox News"
            comma = max((k for k in range(index, later.first) if self.lower[k] == ","), default=None)
            if comma is not None and comma > index and self.subject_before(later.first, 0) is not None:
                return comma
        return None

    def _share_subject(self, first: int) -> bool:
        """True for a subject that opens with a number or a share ("30 percent", "one in four", "others", "most"):
        after "and", with its own cue ("... and 30 percent said ...", "... and others have said ..."), a second
        report of a poll or a group, not a verb shared with the first."""
        return self._number(first) or self._approximate_number(first) or self.lower[first] in self.words["share_word"]

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

    def _paired_adjective(self, later: Cue) -> bool:
        """True for a cue's "-ed" form joined by "and" to an adjective after a determiner, before their noun ("an
        able and determined rival", "the focused and sustained attacks"): an adjective, no second report."""
        word = self.lower[later.first]
        following = later.first + 1
        return (
            word.endswith("ed")
            and later.last == following
            and following < len(self.lower)
            and self.lower[later.first - 3] in {"a", "an", "the"}
            and self.lower[later.first - 2].endswith(ADJECTIVE_SUFFIXES)
            and self.tokens[following].text.isalpha()
            and self.tokens[following].text.islower()
            and self.lower[following] not in self.words["boundary"]
            and self.lower[following] not in self.words["determiner"]
            and self.lower[following] not in self.words["object_pronoun"]
        )

    def _shared_bare_verb(self, later: Cue, index: int) -> bool:
        """True for a bare verb after "and" ("... would sit him down and tell him ...", "time to step up and show
        ...") when the content since ``index`` holds a "to" or a modal it completes: no finite verb of the
        speaker's, so the report goes on through it."""
        word = self.lower[later.first]
        verb = self.lexicons.cue_verbs.get(word)
        bare = word == later.entry.lemma or (  # a phrase is listed in each form: "talk about", "told reporters"
            later.entry.lemma.startswith(word + " ")
            and (word == verb.lemma if verb is not None else not word.endswith(("ing", "ed", "s")))
        )
        if not bare or self.lower[later.first - 2] == ",":
            return False
        window = range(max(index, later.first - 12), later.first - 1)
        return any(
            (self.lower[k] in self.words["bare_verb_governor"] or self.lower[k].endswith(CONTRACTED_MODALS))
            and not self.inside_quote[k]
            for k in window
        )  # "he'd sit him down and tell him": the modal is written onto its subject

    def _adverb_yet(self, index: int) -> bool:
        """True for "yet" after an auxiliary ("hadn't yet called", "has not yet said"): an adverb inside the
        clause, not the conjunction that starts a second report."""
        before = self.lower[index - 1]
        return self.lower[index] == "yet" and (
            before in self.words["finite"]
            or before in self.words["auxiliary"]
            or before in {"not", "never"}
            or before.endswith(("n't", "n’t"))  # "hadn't yet"
        )

    def _shared_tense(self, later: Cue, index: int) -> bool:
        """True for a present cue after "and" or "but" in a clause reported in the past ("said the group is
        neutral and supports both sides", "said she backs the wage but supports higher ones"): a second report
        of the subject's would share its first verb's past, so this verb goes on with the reported clause; and
        for the mirror case, a past cue in a clause reported in the present (`_past_in_present_report`)."""
        if not self.tokens[later.first - 2].text[:1].isalnum() or self.lower[index] == "to":
            return False  # ", and says ...", "— and thinks ...": after a pause the verb joins the main clause
        tense = self._cue_tense(later.first)
        if tense is None:
            return False
        following = self.lower[later.last] if later.last < len(self.lower) else ""
        if following == "that" or following in QUESTION_OPENERS:
            # "... and thinks that ...": a clause of its own, so a report of its own; a "that" after the verb's
            # object opens a relative on it ("but supports cities that go higher"), and the verb is shared
            return False
        before = range(index - 1, max(0, index - 4), -1)  # "said", "said that", "told reporters that"
        outer = next((k for k in before if self.lower[k] in self.lexicons.cue_verbs), None)
        if outer is None:
            return False
        if tense == "past":
            return self._past_in_present_report(later, index, outer)
        return self._cue_tense(outer) == "past" and self._has_verb(index, later.first - 1)

    def _past_in_present_report(self, later: Cue, index: int, outer: int) -> bool:
        """True for a past cue after "and" or "but" in a past clause reported in the present ("Police say he
        posed a threat and refused to drop the gun"): a second act of the subject's would share its cue's
        present, so the past verb goes on with the reported clause's own past. A verb of saying after "and"
        ("... and said it would grow") still reports anew."""
        if later.entry.lemma in self.words["second_report"]:
            return False
        if later.entry.cue_class == "stance" and later.last < len(self.lower) and self.is_name(later.last):
            return False  # "says taxes rose and criticized Kim": a stance on a person is the subject's own act
        word = self.lower[outer]
        before = self.lower[outer - 1]
        base = (
            word == self.lexicons.cue_verbs[word].lemma
            and before not in self.words["non_finite_before"]
            and before not in self.words["modal"]
        )
        if self._cue_tense(outer) != "present" and not base:
            return False  # "say" after a plural subject is present too; "to say", "would say" are not
        return any(
            self.lower[k] in PAST_FINITE
            or self.lower[k] in self.words["past_verb"]
            or (
                self.lower[k].endswith("ed")
                and self.tokens[k].text.islower()
                and self.lower[k - 1] not in self.words["auxiliary"]
                and self.lower[k - 1] not in self.words["passive"]
            )  # "he posed a threat", not "has reviewed", "was told": a past of the clause's own
            for k in range(max(index, later.first - REPORTED_PAST_REACH), later.first - 1)
        )

    def _cue_tense(self, index: int) -> str | None:
        """The tense of a cue verb: "present" for its third person form ("says"), "past" for its past ("said",
        "asked"), else None (the base form, an -ing form, or a past that looks like the base, "read")."""
        word = self.lower[index]
        entry = self.lexicons.cue_verbs.get(word)
        if entry is None or word == entry.lemma or word.endswith("ing"):
            return None
        return "present" if word.endswith("s") and not word.endswith("ss") else "past"

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

    def _cue_after(self, offset: int, stretch: Stretch) -> bool:
        """True when a cue verb stands outside quotation marks between ``offset`` and the end of ``stretch``."""
        first = bisect.bisect_left(self.tokens, offset, key=_TOKEN_START)
        return any(
            not self.inside_quote[k] and self.lexicons.cue_verbs.get(self.lower[k]) is not None
            for k in range(first, min(stretch.last, first + ATTRIBUTION_ADJUNCT_WORDS))
        )

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
        indirect = kind == QuoteKind.INDIRECT  # an unquoted report, which the tests below must vouch for
        cue_class = cue.entry.cue_class
        if indirect and not self._reportable(start, end, cue, opens_sentence=start == stretch.start):
            return None
        if indirect and cue_class == "unknown" and self._ends_in_gap(start, end):
            return None  # "the tasks that a campaign would", "rivals that he can't compete with": a relative clause
        if (
            indirect
            and cue.entry.lemma in self.words["quotation_only"]
            and not self.text[max(0, start - 6) : start].rstrip().lower().endswith("that")
        ):
            return None  # "roared back in the polls", "beamed throughout": a sound or a look, no words reported
        if speaker is not None and not self._can_speak(*speaker):
            speaker = None
        if indirect and cue_class == "evidence" and self._task_shown(cue):
            return None  # "Students must show their work": a thing to do or present, no finding reported
        if (
            speaker is not None
            and (cue_class == "stance" or (indirect and cue_class != "evidence"))
            and self._thing_subject(speaker)
        ):
            speaker = self._modified_by_thing(stretch, speaker)  # "Residents near the river said": theirs
            if speaker is None:
                return None  # "The dog ignored the cat", "The storm drew attention to the levee": no view held
        cue_extent = self._extent(cue.first, cue.last)
        source = (min(stretch.start, segments[0][0]), max(stretch.end, segments[-1][1]))
        return QuoteCandidate(
            segments=segments,
            kind=kind,
            cue=cue_extent,
            cue_class=cue_class,
            mention=None if speaker is None else self._extent(*speaker),
            addressee=None if addressee is None else self._extent(*addressee),
            channel=None if channel is None else self._extent(*channel),
            source=source,
            method="pattern",
            confidence=confidence if speaker is not None else confidence / 2,
            marked=not indirect,
            sourceless=sourceless and speaker is None,
        )

    def _task_shown(self, cue: Cue) -> bool:
        """True when an evidence verb follows a modal and a determiner follows it ("must show their work", "would
        discover the man who ..."): what is to be shown or found is an object, not a finding ("would show that
        ..." still reports one)."""
        return (
            cue.first > 0
            and self.lower[cue.first - 1] in self.words["modal"]
            and cue.last < len(self.lower)
            and self.lower[cue.last] in self.words["determiner"]
            and self.lower[cue.last] != "that"  # "would show that ...": the complementiser
            and not any(  # "will show the race is close", "may show the mayor lied": a clause, so a finding
                self._clause_verb_at(index)
                for index in range(cue.last + 1, min(cue.last + TASK_REACH, len(self.lower)))
            )
        )

    def _clause_verb_at(self, index: int) -> bool:
        """True when the word at ``index`` may be the verb of a clause after a noun phrase: finite or an irregular
        past anywhere, or past the phrase's first word a verb form ("lied", "knew") or an "-s" form after a noun
        ("the economy grows"; not "the results of tests")."""
        word = self.lower[index]
        if word in self.words["finite"] or word in self.words["past_verb"]:
            return True
        before = self.lower[index - 1]
        if before in self.words["determiner"] or before in PREPOSITIONS or not before.isalpha():
            return False
        if self._verb_form(index):
            return True
        return word.endswith("s") and not word.endswith("ss") and word.isalpha()

    def _thing_subject(self, subject: tuple[int, int]) -> bool:
        """True for a short subject whose last word, its head, is a thing that holds no views ("The dog", "Our
        cat", "Heavy storms"); a longer one may end in a modifier's noun ("A man standing near the door")."""
        first, last = subject
        return (
            last - first <= 3
            and self._thing_at(last - 1)
            and all(
                word.removesuffix("'s").removesuffix("’s").isalpha()  # "The senator's dog": a possessive
                and word not in PREPOSITIONS
                and not word.endswith("ing")
                for word in self.lower[first : last - 1]
            )
        )

    def _modified_by_thing(self, stretch: Stretch, subject: tuple[int, int]) -> tuple[int, int] | None:
        """The whole subject when the thing ``subject`` is the object of a preposition modifying a short noun
        phrase before it ("Residents near the river", "A man with a dog"): the subject finder stopped at the
        preposition, and the phrase's head, no thing, holds the view. None when nothing such stands before it."""
        first, last = subject
        preposition = first - 1
        if preposition - 1 < stretch.first or self.lower[preposition] not in self.words["subject_preposition"]:
            return None
        start = preposition
        while (
            start > max(stretch.first, preposition - SUBJECT_OPENING_TOKENS)
            and self.lower[start - 1].removesuffix("'s").removesuffix("’s").isalpha()
            and self.lower[start - 1] not in self.words["boundary"]
        ):
            start -= 1
        if start == preposition or self._thing_at(preposition - 1):
            return None
        return start, last

    def _thing_at(self, index: int) -> bool:
        """True for a lowercase noun of a thing that holds no views, or its plural ("dog", "storms", "buses",
        "wolves"; data/thing_nouns.txt)."""
        word = self.lower[index]
        if self.tokens[index].text != word:
            return False
        if word in THING_NOUNS:
            return True
        if not word.endswith("s"):
            return False
        if word.endswith("ies"):
            return word[:-3] + "y" in THING_NOUNS  # "skies"
        if word.endswith("ves") and (word[:-3] + "f" in THING_NOUNS or word[:-3] + "fe" in THING_NOUNS):
            return True  # "wolves", "knives"
        return word[:-1] in THING_NOUNS or (word.endswith("es") and word[:-2] in THING_NOUNS)  # "dogs", "buses"

    def _ends_in_gap(self, start: int, end: int) -> bool:
        """True when the words ``start``..``end`` stop at a stranded preposition or particle, a modal or a negation
        ("that they can't compete with", "that a campaign normally would", "that he could not"), or at a modal and
        its verb ("seats that the party might win"): a relative clause missing its object, so the "that" before it
        hangs on a noun and nothing is reported."""
        words = self.text[max(start, end - 40) : end].split()
        last = words[-1].lower().strip(".,;:!?)\"'’”") if words else ""
        if last in STRANDED:
            return True  # not "will", "may", "can": nouns too ("the patriarch's will")
        return len(words) > 2 and words[-2].lower() in BARE_VERB_GOVERNORS and last.isalpha() and last.islower()

    def _ends_here(self, quotation: Quotation, start: int, end: int) -> bool:
        """True when ``start``..``end`` is just the last piece of a quotation that began paragraphs earlier."""
        last = quotation.pieces[-1]
        if len(quotation.pieces) < 2 or not start <= last.outer_start + 1 or last.outer_end < end - 1:
            return False
        return not WORDY.search(self.text, start, last.outer_start) and not WORDY.search(self.text, last.outer_end, end)

    def _reportable(self, start: int, end: int, cue: Cue, *, opens_sentence: bool = False) -> bool:
        """An unquoted report needs a few words and must not open like a fragment ("and even after ...")."""
        words = self.text[start : min(end, start + 200)].split(maxsplit=3)  # a few words decide; keeps time linear
        size = len(words)
        entry = cue.entry
        stance = entry.cue_class == "stance" or entry.role == "attitude"  # "critical of X" is one too
        if size == 1:
            word = words[0]
            if stance and (word[:1].isupper() or word in {"him", "them", "her", "it", "us", "me"}):
                return True  # "endorsed Cruz", "criticized him", "wary of Cruz": a stance may take a single name
            if entry.role == "possessor" and word.isalpha():
                return True  # "His push for reform failed": the owned noun's object may be one common noun
            if word.lower() in {"yes", "no", "so"}:
                return True  # "said yes": an answer; "said so": a clause said before
        if size == 2 and words[0].lower() == "as" and words[1].lower() == "much":
            return True  # "said as much": the same
        first = words[0].lower() if words else ""
        count = size + (bool(words) and _contracted_subject(first))  # "it's good": 3 words
        if count < (3 if entry.cue_class in {"thought", "unknown"} and not stance else 2):
            return False
        if opens_sentence or self.text[max(0, start - 6) : start].rstrip().lower().endswith("that"):
            return True  # "But the rollout was bad, he said.", "said that as ... ,": a clause may open so
        if (
            first in self.words["setting_preposition"]
            and end - start <= SETTING_ONLY_CHARS
            and self.text.find(",", start, end) < 0
            and not any(
                word in self.words["finite"] or word in self.words["past_verb"]
                for word in self.text[start:end].lower().split()
            )  # "said after the vote the plan was dead": a clause follows the setting
        ):
            return False  # "testified before the panel", "endorsed during the primaries": a setting, no words
        return first not in self.words["fragment_opener"] or (
            first == "to"
            and (self._verb_lemma(cue) in self.words["infinitive_cue"] or entry.role in {"attitude", "owned"})
        )

    def _classify(self, start: int, end: int) -> tuple[list[Extent], QuoteKind]:
        """Direct when the content is one quotation (its inside becomes the content), mixed when it holds
        quoted words, indirect otherwise."""
        starts = self.quotation_starts  # the quotations' outer starts, read here without their properties
        first = bisect.bisect_left(starts, start)
        enclosing = first - 1  # a quotation opening before the content, possibly running on past it
        if enclosing >= 0:
            quotation = self.quotations[enclosing]
            if self._ends_here(quotation, start, end):
                self.used_quotations.add(enclosing)
                return self._pieces(quotation), QuoteKind.DIRECT
            if quotation.outer_end > end:
                self.used_quotations.add(enclosing)
                return [
                    (start, max(end, self._strip_trailing_comma(quotation.start, quotation.end)[1]))
                ], QuoteKind.MIXED
        if first < len(starts) and starts[first] < end:
            quotation = self.quotations[first]
            self.used_quotations.add(first)
            outer = (starts[first], quotation.outer_end)
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

    def _described_as_quoted(self, stretch: Stretch, quotation: Quotation) -> QuoteCandidate | None:
        """A verb with an object described "as" quoted words no cue took ('has been pounding Lee as a "con
        artist"', 'referred to migrants as "rapists"', 'rated 30% of claims as "false"'): the verb casts its
        object as the quoted words, a mixed report of the object and the words. Not a name given ('known as
        "Guccifer"') or a comparison ('the same thing as "..."')."""
        if not WORD_CHARACTER.search(self.text, quotation.start, quotation.end):
            return None  # 'referred to them as "': no words quoted
        mark = bisect.bisect_left(self.tokens, quotation.outer_start, key=_TOKEN_START)
        as_index = mark - 1
        if as_index > stretch.first and self.lower[as_index] in QUOTED_NAME_DETERMINERS:
            as_index -= 1
        if as_index - 2 < stretch.first or self.lower[as_index] != "as" or self.inside_quote[as_index]:
            return None
        k = as_index - 1
        floor = max(stretch.first, as_index - AS_QUOTED_OBJECT_TOKENS - 1)
        while (
            k > floor and not self._casting_verb_at(k) and (self.tokens[k].text[:1].isalnum() or self.lower[k] == "%")
        ):
            if self.lower[k] in AS_QUOTED_STOPS:
                return None
            k -= 1
        if k == as_index - 1 or not self._casting_verb_at(k):
            return None  # "was described as "...", "label as "..."": no object before "as"
        verb = k - 1 if self.lower[k] in AS_QUOTED_PARTICLES else k
        if self.lower[verb] in self.words["naming"] or self.lower[verb] in AS_QUOTED_EXCLUDED:
            return None
        entry = self.lexicons.cue_verbs.get(self.lower[verb])
        if (
            (entry is None or entry.cue_class == "evidence")
            and self.lower[verb] not in self.words["casting_verb"]
            and self.lower[verb + 1] != "down"  # "played down his remarks as ..."
        ):
            return None  # "ran the marathon as "Team Lee"": a verb that casts nothing
        subject = self.subject_before(verb, max(stretch.first, verb - VERB_QUOTATION_SUBJECT_TOKENS))
        if subject is not None and not self._can_speak(*subject):
            subject = None
        return self._mixed_quotation(stretch, quotation, k + 1, verb, k + 1, "stance", subject, sourceless=False)

    def _passive_naming(self, stretch: Stretch, quotation: Quotation) -> QuoteCandidate | None:
        """A passive verb of naming right before a quotation no cue took ('has been called the "Trump of the
        East"', 'what is called a "debate"', 'will be dubbed the "Defeat Crooked PAC"'): its subject is given
        the quoted name, a mixed report from the subject (or the verb, when there is none) to the quotation. Its
        speaker is the agent after "by" ('branded "historic" by forecasters'), else no one: nothing to carry
        over."""
        mark = bisect.bisect_left(self.tokens, quotation.outer_start, key=_TOKEN_START)
        verb = mark - 1
        if verb > stretch.first and self.lower[verb] in QUOTED_NAME_DETERMINERS:
            verb -= 1
        if verb - 1 <= stretch.first or self.lower[verb] not in self.words["passive_naming"]:
            return None
        auxiliary = verb - 1
        if auxiliary - 1 > stretch.first and (
            self.lower[auxiliary].endswith("ly")  # "be informally dubbed"
            or (self.lower[auxiliary] in self.words["auxiliary"] and self.lower[auxiliary - 1] in self.words["passive"])
        ):
            auxiliary -= 1  # "is also called", "was once called"
        if self.inside_quote[auxiliary]:
            return None
        if self.lower[auxiliary] not in self.words["passive"]:
            return self._named_noun(stretch, quotation, verb)
        subject = None
        if self.lower[auxiliary] != "being":  # "celebrating being dubbed ...": a gerund has no subject of its own
            subject = self.subject_before(auxiliary, max(stretch.first, verb - PASSIVE_NAMING_SUBJECT_TOKENS))
        first = auxiliary
        if subject is not None and self._can_speak(*subject):
            first = subject[0]
        elif self.lower[auxiliary - 1] == "what":
            first = auxiliary - 1  # "what is called a "debate"": the free relative is what is named
        after = bisect.bisect_left(self.tokens, quotation.outer_end, key=_TOKEN_START)
        agent = None
        if after < stretch.last and self.lower[after] == "by":
            agent = self.noun_phrase_right(after + 1, stretch.last)
            if agent is not None and not self._can_speak(*agent):
                agent = None
        return self._mixed_quotation(stretch, quotation, first, verb, verb + 1, "speech", agent)

    def _mixed_quotation(
        self,
        stretch: Stretch,
        quotation: Quotation,
        first: int,
        cue_first: int,
        cue_last: int,
        cue_class: str,
        speaker: tuple[int, int] | None = None,
        *,
        sourceless: bool = True,
    ) -> QuoteCandidate:
        """The mixed quote no cue took, from token ``first`` to the end of ``quotation``, with cue tokens
        ``cue_first``..``cue_last`` and the ``speaker`` mention if one was found: `_described_as_quoted`,
        `_passive_naming`, `_named_noun`. ``sourceless``: no speaker may be carried over to it."""
        return QuoteCandidate(
            segments=[(self.tokens[first].start, quotation.outer_end)],
            kind=QuoteKind.MIXED,
            cue=self._extent(cue_first, cue_last),
            cue_class=cue_class,
            source=(stretch.start, max(stretch.end, quotation.outer_end)),
            mention=None if speaker is None else self._extent(*speaker),
            method="carry-over" if speaker is None else "pattern",
            confidence=0.4,
            marked=True,
            sourceless=sourceless and speaker is None,
        )

    def _named_noun(self, stretch: Stretch, quotation: Quotation, verb: int) -> QuoteCandidate | None:
        """A noun named by a participle right before a quotation ('a class called "Perception"'): the same
        report as `_passive_naming`, from the noun phrase. Not "so called", and not after a verb ('he called
        "Perception"' is no participle)."""
        noun = verb - 1
        if self.lower[noun] == "so" or not self.tokens[noun].text.isalpha() or self._verb_like(noun):
            return None
        phrase = self.noun_phrase_left(noun, max(stretch.first, noun - PASSIVE_NAMING_SUBJECT_TOKENS))
        if phrase is None or phrase[1] != verb or self.lower[phrase[0]] not in self.words["determiner"]:
            return None  # "a series called ...": the phrase must open with its determiner
        return self._mixed_quotation(stretch, quotation, phrase[0], verb, verb + 1, "speech")

    def _that_quotation(self, stretch: Stretch, quotation: Quotation) -> QuoteCandidate | None:
        """A clause opened by "that" and quoted words that no cue took ('his assertion that "thousands" of
        people cheered', 'His assumption was that "as voters learn," they would ...'): a noun's or a
        statement's content, a mixed report from "that" to where the clause ends."""
        mark = bisect.bisect_left(self.tokens, quotation.outer_start, key=_TOKEN_START)
        that = mark - 1
        if that <= stretch.first or self.lower[that] != "that" or self.inside_quote[that]:
            return None
        if any(self.lower[k] in {"so", "such"} for k in range(max(stretch.first, that - 3), that)):
            return None  # "so big that "small" is wrong": a clause of result, nobody's words
        head = self._that_clause_head(stretch, that)
        if head is None:
            return None  # "that "new car" smell", "a house that "Time" featured", "in 1999 that "Friends" ..."
        end = self._content_end(stretch, mark, ())
        if end <= mark:
            return None
        if head == "noun":
            end = self._noun_clause_end(mark, end)
        content = self._trim_punct(self.tokens[that].start, max(self.tokens[end - 1].end, quotation.outer_end))
        return QuoteCandidate(
            segments=[content],
            kind=QuoteKind.MIXED,
            source=(stretch.start, max(stretch.end, quotation.outer_end)),
            method="carry-over",
            confidence=0.4,
            marked=True,
        )

    def _that_clause_head(self, stretch: Stretch, that: int) -> str | None:
        """What makes the "that" at token ``that`` open a clause of what was said or held: "verb" for a verb of
        saying, writing or thought or "is" right before it ("added that", "His answer was that"), "noun" for a
        noun of a statement or belief right before it or before a short setting ("her assertion during the debate
        that", "his remark Monday that"); None for a determiner, a relative or a cleft."""
        before = self.lower[that - 1]
        entry = self.lexicons.cue_verbs.get(before)
        if before in {"is", "was", "are", "were"} or (
            entry is not None and entry.cue_class in {"speech", "writing", "thought"}
        ):
            return "verb"
        nouns = (self.words["report_noun"], self.words["belief_noun"], self.words["content_noun"])
        for k in range(that - 1, max(stretch.first, that - THAT_HEAD_TOKENS) - 1, -1):
            word = self.lower[k]
            if any(word in words for words in nouns) or word in self.words["clause_noun"]:
                after = self.lower[k + 1]
                setting = after in PREPOSITIONS or after in self.words["adjunct_preposition"]
                return "noun" if k + 1 == that or setting or after in self.words["time_noun"] else None
            entry = self.lexicons.cue_verbs.get(word)
            if entry is not None and entry.cue_class in {"speech", "writing"} and self.lower[k + 1] == "of":
                return "verb"  # "has said of terrorists that"
            if not self.tokens[k].text[:1].isalnum():
                return None
        return None

    def _noun_clause_end(self, mark: int, end: int) -> int:
        """Where a noun's "that" clause ends: before the sentence's own verb once the clause has had its verb
        ('The theory that "dark matter" exists is popular.'), else at ``end``."""
        seen_verb = False
        for k in range(mark + 1, end):
            word = self.lower[k]
            if seen_verb and not self.inside_quote[k] and (word in NOUN_CLAUSE_MAIN_VERBS):
                return k
            if self._verb_form(k) or (word.endswith("s") and self.tokens[k].text.isalpha() and k > mark + 1):
                seen_verb = True  # a verb form, or a present third person ("exists")
        return end

    def _verb_quotation(self, stretch: Stretch, quotation: Quotation, cue: Cue) -> QuoteCandidate | None:
        """The direct quote of a quotation that ``cue`` introduces (`_verb_before_quotation`), spoken by the
        subject just before a verb when there is one (the noun a relative clause is on: 'The teams that chanted
        "USA"'; the subject of the verb whose object is a message: 'She left a message: "Call me."'). None for a
        thing that only mentions the words ('a book that mentioned "Paris"')."""
        subject = None
        floor = max(stretch.first, cue.first - VERB_QUOTATION_SUBJECT_TOKENS)
        if cue.entry.role == "verb" and cue.last - cue.first == 1:
            relative = cue.first - 1
            if relative > floor and self.lower[relative] in {"that", "which", "who"}:
                subject = self.noun_phrase_left(relative - 1, floor)
                head = self.tokens[subject[1] - 1].text if subject is not None else ""
                people = self.lower[relative] == "who" or head[:1].isupper() or head.endswith("s")
                if not people:
                    subject = None  # 'a sign that read "Stop"': a thing shows words, no speaker
                    if self.lower[cue.first] not in SHOWING_VERBS:
                        return None  # 'a book that mentioned "Paris"', 'a name that suggested "strength"'
            else:
                subject = self.subject_before(cue.first, floor)
        elif cue.entry.role == "object" and cue.first - 1 > floor:
            verb = cue.first - 1  # 'She left a message: "Call me."': the subject of the verb that has the message
            while verb > floor and cue.first - verb <= 3 and self.lower[verb] in MESSAGE_MODIFIERS:
                verb -= 1  # "had one message", "left a clear message"
            if (
                verb > floor
                and verb < cue.first - 1
                and self.tokens[verb].text.isalpha()
                and self.tokens[verb].text.islower()
            ):
                subject = self.subject_before(verb, max(stretch.first, verb - VERB_QUOTATION_SUBJECT_TOKENS))
        if subject is not None and not self._can_speak(*subject):
            subject = None
        return QuoteCandidate(
            segments=self._pieces(quotation),
            kind=QuoteKind.DIRECT,
            cue=self._extent(cue.first, cue.last),
            cue_class=cue.entry.cue_class,
            source=(stretch.start, max(stretch.end, quotation.outer_end)),
            mention=None if subject is None else self._extent(*subject),
            method="carry-over" if subject is None else "pattern",
            confidence=0.4,
            marked=True,
        )
