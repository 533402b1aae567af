"""Stances and attitudes: a stance and its object ("endorsed Cruz", "criticized the plan, saying ..."), which
runs to where the sentence goes on with a verb, an occasion or a second report; an attitude held by the subject
of a linking verb ("are concerned that X", "was eager to X").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from quotetrack.candidate import QuoteCandidate
from quotetrack.reported.cues import Cues
from quotetrack.reported.layout import _TOKEN_START, PREPOSITIONS, Cue, Stretch

NAME_FILLERS = frozenset({".", "'s", "’s", "and", "-"})  # words a name of several parts may hold ("Mr. Cruz")
STANCE_OBJECT_TOKENS = 60  # a stance object runs past a comma (a list, ", including ...") only this far
STANCE_OBJECT_LIMIT = 120  # no object runs longer: a sentence with no punctuation costs each cue a constant
ASIDE_TOKENS = 25  # longest aside between a stance's object and its complement ("accused X, the editor, of ...")
STANCE_COMPLEMENTS = frozenset({"as", "for", "of", "to", "be"})  # what a stance verb takes after its object
ADJECTIVE_ENDINGS = ("ing", "ive", "ous", "ful", "gry", "less")  # likely an adjective's ("divisive", "angry")
# words that open a clause of its own inside what a participle in the subject reports ("expecting that he would
# ...", "asking how it went"): its verb may be the clause's, not the sentence's
PARTICIPLE_CLAUSE_WORDS = frozenset(
    {"and", "or", "but", "that", "which", "whom", "whose", "where", "what", "why", "how", "whether", "if", "when"}
)
PARTICIPLE_OBJECT_TOKENS = 30  # the longest object of a participle in the subject searched for the main verb
ABSOLUTE_SUBJECT_TOKENS = 6  # that subject is short: its participle comes this near after "and"
PARTY_LABEL = regex.compile(r"[dri]-[a-z]+$")  # "D-Va", "R-Texas": a party and a state after a politician's name
RELATIVE_REACH = 30  # that relative word stands this near before the "and" of its clause's second verb
INFINITIVE_REACH = 15  # the "to" that a bare verb after "and" shares stands this near before the "and"
HYPHEN_DASHES = frozenset({"-", "--"})  # typed for a dash when spaced on both sides (`_hyphen_dash`)
TIME_PHRASE_TOKENS = 5  # the longest time expression looked past for the verb's complement ("on Feb. 1 for")
# what a stance verb takes after its object and a time ("blasted X on Monday over Y", "called on X Friday to resign")
TIME_COMPLEMENTS = frozenset({"for", "over", "as", "to", "that"})

CLAUSE_TAKER_TOKENS = 6  # a word taking the "that" after a time stands this near before the time
CLAUSE_ADJECTIVES = frozenset({"clear", "sure", "certain", "aware", "known", "plain"})  # "make clear ... that"
TOPIC_ON_TOKENS = 4  # the words after a topic's "on" looked through for a noun of a setting ("on the campaign trail")


class Stances(Cues):
    """Stances and attitudes: the object or complement is the content, the subject its source."""

    def owned_report(self, stretch: Stretch, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """The clause after an owned noun of saying or believing and its "that" ("Trump's claim that X"), its
        owner the source; the "that" closes the cue, as PolNeAR annotates it."""
        owner = self._possessor(cue.first, stretch.first)
        end = self._content_end(stretch, cue.last, later)
        if self.lower[cue.last - 1] != "that":  # "His promises to cut taxes notwithstanding, ...": it ends at a comma
            end = next((k for k in range(cue.last, end) if self.lower[k] == "," and not self.inside_quote[k]), end)
        if owner is None or end <= cue.last:
            return None
        candidate = self._candidate(stretch, self._extent(cue.last, end), cue, owner, None, None, 0.5)
        if candidate is not None and self._opens_sentence_subject(cue.first, stretch):
            self._end_at_main_verb(candidate, stretch, owned=True)  # "His claim that X was rigged | was rejected"
        return candidate

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

    def _after_plain_noun(self, index: int) -> bool:
        """True when the word before ``index`` may end a noun phrase: not a determiner, a preposition, a
        conjunction, an adverb in -ly or an auxiliary, so a verb form at ``index`` is a finite verb after its
        subject ("the plan | angered voters"), not an adjective or a participle ("the proposed plan")."""
        if index == 0:
            return False
        before = self.lower[index - 1]
        return (
            before[:1].isalpha()
            and before not in self.words["determiner"]
            and before not in PREPOSITIONS
            and before not in {"on", "in", "at", "to", "and", "or", "as"}
            and not before.endswith("ly")
            and before not in self.words["auxiliary"]
        )

    def _owned_main_past(self, index: int) -> bool:
        """An irregular past that may also be a noun or a participle ("won", "lost", "led", "cut"; word class
        owned_main_past) right after a noun in the object of an owned stance ("Her push for reform | won
        praise"): the owned noun opens the sentence, so this is its main verb."""
        word = self.lower[index]
        if word not in self.words["owned_main_past"] or not self.tokens[index].text.islower():
            return False
        return self._after_plain_noun(index)

    def _past_after_noun(self, index: int) -> bool:
        """A regular past tense right after a noun ("the plan | angered voters"), not an adjective after a
        determiner, an adverb or a preposition ("the proposed plan", "newly drafted rules") or before an agent.
        """
        word = self.lower[index]
        if not word.endswith("ed") or not self.tokens[index].text.islower():
            return False
        if index + 1 < len(self.lower) and self.lower[index + 1] == "by":
            return False  # "the plan backed by the mayor": a participle on the noun
        return self._after_plain_noun(index)

    def criticism_faced(self, stretch: Stretch, cue: Cue) -> QuoteCandidate | None:
        """Criticism or questions faced ("Lee faced criticism for the delay", "faced questions about X"): the
        reason or the topic is the content; the subject is who is criticised or asked, no speaker. A "from" after
        the reason names the critics ("criticism for the move from unions"): it ends the content, and they speak."""
        reach = min(stretch.last, cue.last + STANCE_OBJECT_LIMIT)
        source_at = next((k for k in range(cue.last, reach) if self.lower[k] == "from"), None)
        source = None
        if source_at is not None:
            source = self.noun_phrase_right(source_at + 1, stretch.last)
            stretch = attrs.evolve(stretch, last=source_at)
        candidate = self._stance(stretch, cue, source, cue.last)
        if candidate is None or source is not None:
            return candidate
        return attrs.evolve(candidate, sourceless=True)

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
        words = self.words
        while end < min(stretch.last, index + STANCE_OBJECT_LIMIT):
            word = self.lower[end]
            if word == ":" and end > index and end + 1 < stretch.last:
                end = stretch.last  # "named a familiar target: Jeb Bush": what the colon spells out is the object
                break
            if word in {",", ";", ":", "—", "–"} or (
                word in HYPHEN_DASHES and self._hyphen_dash(end, index, stretch.last)
            ):
                if word != "," or end - index > STANCE_OBJECT_TOKENS:
                    break  # past commas only within a bound, so a run-on list costs each cue a constant
                if end + 1 < stretch.last and self.lower[end + 1] in words["inclusion"]:
                    end += 1
                    continue  # "blamed several factors, including ...": the examples belong to the object
                if end + 2 < stretch.last and self.lower[end + 1] == "such" and self.lower[end + 2] == "as":
                    end += 1
                    continue  # "taxing some income, such as ...": so do examples given with "such as"
                label = self._name_label_end(end, stretch.last)
                if label is not None:
                    if self.lower[label + 1] in words["relative"]:
                        end = label
                        break  # "nominated Sen. Joe Hale, R-Ariz., who lost": the label names, the clause glosses
                    end = label + 1
                    continue  # "criticized Tulsa, Okla., police", "called Sen. Ann Lee, D-Va., a friend"
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
            if word == "." and (end + 1 >= stretch.last or end + 1 in self.sentence_firsts):
                break  # a sentence ends; other dots are abbreviations ("former Gov. Jeb Bush")
            if end > index:  # past the object's first word, what follows may end it
                if not self.inside_quote[end] and (
                    (word in words["clause_opener"] and not self._stance_reason(end, all_named, stretch.last))
                    or (
                        self._time_at(end, stretch.last)
                        and self._phrase_may_end(end - 1, end + 1, stretch.last)
                        and not self._complement_after_time(end, stretch.last, cue.entry.lemma, index)
                    )
                ):
                    break  # "endorsed Cruz after the debate", "endorsed Cruz on Wednesday": adjuncts, not the object
                if (word in self.phrase_openers and self._medium_at(end, stretch.last)) or (
                    word == "as" and end + 1 < stretch.last and self.lower[end + 1] in words["subject_pronoun"]
                ):
                    break  # "praised the plan in an interview", "opposed it as he ran": the occasion, not the object
                if (
                    word == "with"
                    and not holds_clause
                    and cue.entry.lemma in words["exchange_verb"]
                    and not self.inside_quote[end]
                    and not self._with_belongs_to_noun(end, stretch.last)
                ):
                    break  # "discussed the plan with her aides": whom it was discussed with, not what
                if word == "through" and not holds_clause and self._means_at(index, end):
                    break  # "denied the charges through his lawyer": the means or the channel, not the object
                if self._share_clause_at(end, stretch.last):
                    break  # "prefer Johnson and 1 percent support Stein": a second clause with a subject of its own
                if (
                    self._second_verb_at(end, stretch.last)
                    and not self._bare_verb_after_to(index, end)
                    and not self._relative_takes_verb(index, end)
                ):
                    # "criticized Singer and challenged him": the object ends where a second verb joins, unless a bare
                    # verb shares the object's infinitive ("called on them to act and consider ...") or a relative
                    # clause in the object takes it ("a bill which had support and would have ...")
                    break
                if gerund_cue and not holds_clause and self._main_verb_at(end, stretch.last):
                    break  # "a fund backing Cruz paid ...": the stance sits in the subject; the main verb ends it
                if gerund_cue and self._joined_gerund_at(end, stretch.last):
                    break  # "praising the plan and urging ...": a second participle of the same subject
                if word == "and" and self._second_absolute_at(end, stretch.last, cue, subject):
                    break  # "with Lee calling for a ban and others backing a cap": a second subject's participle
                if word in words["adjunct_preposition"] and (
                    (self._named_object(index, end, all_named) and not self._topic_on(end, stretch.last))
                    or self._occasion_at(end, stretch.last)
                ):
                    break  # "endorsed Cruz in Iowa", "criticized him during a rally": a name takes no modifier
            holds_clause = holds_clause or word in words["boundary"] or word in words["subject_pronoun"]
            all_named = all_named and (self.is_name(end) or word in NAME_FILLERS)
            end += 1
        return self._candidate(stretch, self._extent(index, end), cue, subject, None, None, 0.5)

    def _complement_after_time(self, index: int, limit: int, lemma: str, first: int) -> bool:
        """True when the time expression at ``index`` stands between a stance's object and the verb's complement
        ("blasted Lee on Monday over his remarks", "praised the team Tuesday for its work", "called on him last
        week to resign"): the object goes on past it. "as" opening a clause ("on Monday as he ...") is none, nor
        "to" before no bare verb ("to the delight of fans") or "that" after a verb (``lemma``) that takes no
        clause ("criticized the plan Monday that the council passed": a relative) unless a word in the object
        from ``first`` takes it (`_clause_taker_before`)."""
        for k in range(index + 1, min(limit - 1, index + TIME_PHRASE_TOKENS)):
            word = self.lower[k]
            if word in TIME_COMPLEMENTS:
                after = self.lower[k + 1]
                if word == "to":
                    text = self.tokens[k + 1].text
                    return text.isalpha() and text.islower() and after not in self.words["determiner"]
                if word == "that":
                    return lemma in self.words["tell_verb"] or self._clause_taker_before(first, index)
                return word != "as" or after not in self.words["subject_pronoun"]
            dated = word[:1].isdigit() or (word == "." and self.lower[k - 1] in self.words["month"])
            if not (dated or word in self.words["time"] or word in self.words["month"]):
                return False
        return False

    def _clause_taker_before(self, first: int, index: int) -> bool:
        """True when a word that takes a "that" clause stands just before the time at ``index`` inside a stance's
        object ("apologized for the suggestion on Monday that", "blasted them for failing to make clear Friday
        that"): a cue's form, a noun of a report or an adjective of knowing ("make clear")."""
        return any(
            self.lower[k] in self.lexicons.cue_verbs
            or self.lower[k] in self.words["report_noun"]
            or self.lower[k] in CLAUSE_ADJECTIVES
            for k in range(max(first, index - CLAUSE_TAKER_TOKENS), index)
        )

    def _topic_on(self, index: int, limit: int) -> bool:
        """True for "on" at ``index`` before a common noun phrase after a named object ("criticized Lee on two
        fronts", "agreed with Diaz on the issue"): the topic of the stance, part of its content. Before a name
        ("on Fox News", "on Capitol Hill") it is the medium or the place, and ends the object; so it is before a
        noun of a setting ("on the campaign trail", "on a radio show", "on his way out"; word class setting_noun)."""
        if self.lower[index] != "on" or index + 1 >= limit or not self.tokens[index + 1].text[:1].islower():
            return False
        for k in range(index + 1, min(limit, index + 1 + TOPIC_ON_TOKENS)):
            if self.lower[k] in self.words["setting_noun"]:
                return False
            if not self.tokens[k].text.isalpha():
                break
        return True

    def _with_belongs_to_noun(self, index: int, limit: int) -> bool:
        """True when the "with" at token ``index`` after a verb of exchange belongs to the noun before it, not
        to whom the exchange was with: a country ("discussed the deal with Iran", "the
        treaty with the United States") or a superlative ("the bill with the most votes"). Not an organisation:
        "discussed the budget with Congress" is whom it was discussed with."""
        k = index + 1
        if k < limit and self.lower[k] == "the":
            k += 1
        if k >= limit:
            return False
        word = self.tokens[k].text
        if k > index + 1 and (self.lower[k] in {"most", "least", "fewest", "best", "worst"} or word.endswith("est")):
            return True
        pair = word + " " + self.tokens[k + 1].text if k + 1 < limit else ""
        return word in self.lexicons.countries or pair in self.lexicons.countries

    def _means_at(self, first: int, index: int) -> bool:
        """True when "through" at ``index`` follows an object (from ``first``) with no verb of its own, so that
        it names how the stance was taken ("denied the charges through a spokeswoman", "attacked emissions
        through new rules"), not where a verb inside the object leads ("leading the state through a crisis",
        "rushing through the final steps")."""
        return not self.inside_quote[index] and not any(
            self.lower[k].endswith("ing") and len(self.lower[k]) > 4 for k in range(first, index)
        )

    def _share_clause_at(self, index: int, limit: int) -> bool:
        """True when "and" at ``index`` opens a clause whose subject is a share or a number and whose verb follows
        within a few words ("prefer Lee and 1 percent support Kim", "and others backing a ban"), or a plural group
        and its verb after "and" or "but" (`_group_clause_at`): the stance's object ends there. With no verb
        ("criticized Lee and most Republicans") the list goes on."""
        if self.lower[index] not in {"and", "but"} or self.inside_quote[index] or index + 2 >= limit:
            return False
        if self._group_clause_at(index + 1):
            return True
        if self.lower[index] != "and" or not self._share_subject(index + 1):
            return False
        for k in range(index + 2, min(limit, index + 6)):
            word = self.lower[k]
            if (self._verb_form(k) or (word.endswith("ing") and len(word) > 4)) and not self.is_name(k):
                return True
            if not self.tokens[k].text[:1].isalnum():
                return False
        return False

    def _group_clause_at(self, index: int) -> bool:
        """True when a plural group and a cue right after it open a clause at ``index`` ("Republicans support Kim
        and Democrats oppose her", "but teachers oppose her"): a second subject's stance, not an item of the
        object. Any other verb may be a coordinated subject's ("the plan, in which the poor and migrants are
        ...")."""
        word = self.lower[index]
        verb = self.lower[index + 1]
        return (
            (word in self.words["voter_bloc"] or (word.endswith("s") and len(word) > 3 and word.isalpha()))
            and self.lexicons.cue_verbs.get(verb) is not None
            and not self.is_name(index + 1)
            and not self._verb_form(index)
        )

    def _stance_reason(self, index: int, all_named: bool, limit: int) -> bool:
        """True for "because" at ``index`` after a stance's object that is more than a name ("voted against the
        bill because of its cost", "called for a ban because attacks had risen"): PolNeAR mostly takes the reason
        given for a stance into its content. After a bare name ("broke with Lee because ...") it stays out, as
        other adjunct clauses do ("endorsed Cruz after the debate")."""
        return (
            self.lower[index] == "because"
            and not all_named
            and index + 1 < limit
            and self.tokens[index + 1].text[:1].isalnum()  # "criticized the tax because" at the text's end: none
        )

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

    def _second_absolute_at(self, index: int, limit: int, cue: Cue, subject: tuple[int, int] | None) -> bool:
        """True when "and" at ``index`` (the caller checks the word) opens a second absolute clause after a
        participle cue whose subject follows "with" ("with Lee calling for a ban and others backing a cap", "with
        members blasting the delay and the mayor sending an aide"): a new subject with a participle of its own,
        not more of the object."""
        if (
            subject is None
            or not self.lower[cue.first].endswith("ing")
            or subject[0] < 1
            or self.lower[subject[0] - 1] != "with"
            or self.inside_quote[index]
            or index + 2 >= limit
        ):
            return False
        opener = index + 1
        if not (
            self.lower[opener] in self.words["determiner"]
            or self.lower[opener] in self.words["absolute_subject"]
            or self.is_name(opener)
        ):
            return False
        for k in range(opener + 1, min(limit, opener + ABSOLUTE_SUBJECT_TOKENS)):
            word = self.lower[k]
            if word.endswith("ing") and len(word) > 4 and self.tokens[k].text.islower():
                # "and the mayor sending ...", not "and the cost of the building": a noun after a determiner
                before = self.lower[k - 1]
                return before not in self.words["boundary"] and before not in self.words["determiner"]
            if not self.tokens[k].text[:1].isalnum():
                return False
        return False

    def _participle_in_subject(self, candidate: QuoteCandidate, cue: Cue, stretch: Stretch) -> bool:
        """True for an "-ing" cue right after the phrase that opens the sentence and speaks ("Anyone expecting
        ...", "A petition calling on ..."): the participle modifies the sentence's subject."""
        return (
            self.lower[cue.first].endswith("ing")
            and candidate.mention is not None
            and candidate.mention[0] == self.tokens[stretch.first].start
            and self._opens_sentence_subject(cue.first, stretch)
        )

    def _end_participle_object(self, candidate: QuoteCandidate, stretch: Stretch) -> None:
        """Cut what a participle in the subject reports at the sentence's main verb once an infinitive has
        completed it ("Anyone expecting Lee to win | should think again", "A petition calling on him to resign |
        has ..."): with no "to" the words may be a clause of their own ("saying the plan is bad"), and an object
        holding a clause ("expecting that he would ...", "asking how it went") may hold that verb: no cut."""
        first = bisect.bisect_left(self.tokens, candidate.start, key=_TOKEN_START)
        infinitive = False
        for k in range(first, min(stretch.last, first + PARTICIPLE_OBJECT_TOKENS)):
            word = self.lower[k]
            if self.inside_quote[k] or word in PARTICIPLE_CLAUSE_WORDS or word in self.words["subject_pronoun"]:
                return
            if infinitive and self._main_verb_at(k, stretch.last):
                self._cut_before_token(candidate, k)
                return
            infinitive = infinitive or word == "to"

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

    def _bare_verb_after_to(self, index: int, conjunction: int) -> bool:
        """True when "and" at ``conjunction`` joins a bare verb to an infinitive in the object that starts at
        ``index`` ("called on them to act and consider ...", "urged voters to read the plan and decide"): the
        "to" governs both verbs, so the object goes on; a past or "-s" form is the subject's second verb."""
        verb = conjunction + 1
        if verb < len(self.lower) and self._manner_adverb(verb):
            verb += 1
        if verb >= len(self.lower) or not self.tokens[verb].text.islower():
            return False
        word = self.lower[verb]
        entry = self.lexicons.cue_verbs.get(word)
        if entry is not None:
            if word != entry.lemma:
                return False
        elif (
            word.endswith(("ed", "s", "ing"))
            or word in self.words["finite"]
            or word in self.words["past_verb"]
            or word in self.words["boundary"]
            or word in self.words["determiner"]
        ):
            return False  # "and said ...", "and the ...": a verb of the subject's own, or a second noun
        return any(
            self.lower[k] == "to"
            and not self.inside_quote[k]
            and self._infinitive_verb_at(k + 1, conjunction)
            and self.lower[k + 1] not in self.words["boundary"]  # "to the groups", "to all": a preposition
            for k in range(max(index, conjunction - INFINITIVE_REACH), conjunction - 1)
        )

    def _name_label_end(self, comma: int, limit: int) -> int | None:
        """The comma closing a label set off after a name at ``comma`` (", D-Va.,", ", R-Texas,", "Tulsa, Okla.,"):
        a party and state, or a state after a place, that goes on naming what stands before it; else None."""
        if not (self.is_name(comma - 1) or self.lower[comma - 1] == "."):
            return None
        k = comma + 1
        if k < limit and PARTY_LABEL.match(self.lower[k]):
            k += 1
        else:
            words = self._state_words(k)
            if not words:
                return None
            k += words
        if k < limit and self.lower[k] == ".":
            k += 1
        return k if k + 1 < limit and self.lower[k] == "," else None

    def _relative_takes_verb(self, index: int, conjunction: int) -> bool:
        """True when a relative clause in the object that starts at ``index`` takes the verb after "and" at
        ``conjunction`` ("a bill which had support and would have ...", "the man who lacks experience and has
        attacked ..."): a relative word stands in the object before it, and the word after "and" is no cue (a cue
        there is the subject's second report: "the oil that funds the group and proposed a safe zone")."""
        if self.lower[conjunction + 1] in self.lexicons.cue_verbs:
            return False
        return any(
            self.lower[k] in self.words["object_relative"] and not self.inside_quote[k] and not self._complement_that(k)
            for k in range(max(index + 1, conjunction - RELATIVE_REACH), conjunction)
        )

    def _complement_that(self, that: int) -> bool:
        """True for a "that" after a noun of a message or belief ("the report that taxes rose", "the claim that
        ..."): it opens the noun's content, a clause with its own subject, not a relative clause that could take
        a later verb."""
        if self.lower[that] != "that" or that == 0:
            return False
        noun = self.lower[that - 1]
        return (
            noun in self.words["content_noun"]
            or noun in self.words["report_noun"]
            or noun in self.words["belief_noun"]
            or noun in self.words["complement_noun"]
        )

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
