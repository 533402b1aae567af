"""Reports whose subject is not their speaker: predictions and verdicts in the passive ("is expected to", "was
declared"), impersonal passives ("it was reported that"), a passive with its agent ("was backed by the union"),
a question put to someone ("When asked whether ...,"), impressions ("seems to") and hearsay ("reportedly"). With
no agent, the whole clause is the content.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotetrack.candidate import QuoteCandidate
from quotetrack.lexicons import CueEntry
from quotetrack.reported.content import LATER_CUES_CONSIDERED
from quotetrack.reported.layout import PREPOSITIONS, Cue, Stretch
from quotetrack.reported.phrases import THAT_ADJUNCT_OPENERS
from quotetrack.reported.stances import STANCE_OBJECT_LIMIT, Stances

WH_WORDS = frozenset({"how", "what", "why", "whether", "where", "when", "who", "if"})  # open a reported question


class Impersonal(Stances):
    """Reports whose subject is not their speaker: passives, impressions and hearsay."""

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

    def _denied_prediction(self, cue: Cue, stretch: Stretch) -> bool:
        """True for a negated passive prediction ("The bill is not expected to pass"): a forecast that something
        will not happen is still reported, its clause the content, as PolNeAR annotates it. A request not made
        ("was not asked to speak") reports nothing. A reputation denied ("is not known for patience", "is not
        known as a moderate") is reported as well."""
        if cue.last >= stretch.last:
            return False
        following = self.lower[cue.last]
        return (
            (
                following == "to"
                and cue.entry.lemma in self.words["passive_report"]
                and cue.entry.lemma not in self.words["tell_verb"]
            )
            or (following in {"for", "as"} and cue.entry.lemma in self.words["reputation"])
        ) and self._passive_across_adverb(cue.first, stretch.first)

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
        if not to_follows:  # also "it has been known for some time that ...": a clause, not a reputation
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
            if self.lower[start - 1] in {",", "("}:
                # ", which is expected to ..., ", "(which is not known as ...)": the relative clause ends at its mark
                end = next((k for k in range(cue.last, end) if self.lower[k] in {",", "—", "–", ")"}), end)
        else:
            subject = self.subject_before(be, stretch.first)
            if subject is None:
                return None
            start = subject[0]
        if not verdict and not charged:
            # "The bill is expected to pass this week, the first ...": a prediction ends at a comma or dash, where
            # the writer's gloss begins
            end = next(
                (
                    k
                    for k in range(cue.last + 1, end)
                    if self.lower[k] in {",", "—", "–", "--", "-"}
                    and not self.inside_quote[k]
                    and self.lower[k + 1] != "with"  # ", with X expected to ...": the prediction goes on
                ),
                end,
            )
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
        # "seems too risky (or ...)": a description ends at a bracket or dash; "seemed to fail him: ...": an
        # impression with "to" ends at a colon, after which the writer explains it
        marks = {":"} if self.lower[cue.last] == "to" else {"(", "—", "–", ":"}
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
        if not self.hearsay_adverbs:
            return []  # most articles hold no hearsay adverb: no stretch is searched
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

    def criticism_received(self, stretch: Stretch, cue: Cue) -> QuoteCandidate | None:
        """A phrase of criticism received ("The plan has drawn sharp criticism from teachers"): the subject is
        what is criticised, as PolNeAR annotates it, and the phrase after "from" its speaker."""
        subject = self.criticised_subject(cue.first, stretch.first)
        if subject is None:
            return None
        whole = self.clause_subject(stretch, cue.first)
        if whole is not None and whole[0] < subject[0] and "," not in self.lower[whole[0] : subject[0]]:
            subject = (whole[0], subject[1])  # "Her comments on taxes and trade have drawn ...": the whole subject
        source = None
        if self.lower[cue.last - 1] == "from":
            source = self.noun_phrase_right(cue.last, stretch.last)
            if source is not None and source[1] < stretch.last and self.lower[source[1]] == "that":
                return None  # "faced criticism from rivals that the plan failed": the clause is the criticism
        return self._candidate(stretch, self._extent(*subject), cue, source, None, None, 0.5, sourceless=source is None)

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
