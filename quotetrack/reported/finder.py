"""The entry point of the stage: `SurfaceFinder`, every layer in one class, reads each stretch's cues and tries
the constructions around each one in turn; `find_reported_speech` runs it on a Document.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from quotetrack.candidate import QuoteCandidate
from quotetrack.document import Document
from quotetrack.lexicons import Lexicons
from quotetrack.marks import Quotation
from quotetrack.model import QuoteKind
from quotetrack.reported.content import LATER_CUES_CONSIDERED
from quotetrack.reported.cues import CLOSING
from quotetrack.reported.layout import Cue, Stretch
from quotetrack.reported.stances import STANCE_OBJECT_LIMIT
from quotetrack.reported.uncued import Uncued

QUESTION_WORDS = frozenset({"why", "how", "what", "who", "when", "where", "which", "whom"})  # open a question
# prepositions a cue phrase may end in ("sided with", "touched on", "voted against") and leave stranded; not "to",
# which is as often an infinitive's ("seems to have")
PHRASE_PREPOSITIONS = frozenset({"with", "of", "for", "about", "at", "on", "against", "over", "behind"})
SETTING_REACH = 30  # tokens searched between a clause's subject and a participle's setting, to keep time linear
NAME_REACH = 4  # tokens of a name read as the first object of "deny" (`_denied_to_someone`)
EXISTENTIAL = frozenset({"there", "there's", "there’s"})  # "There were memos showing ...": no subject of its own
TO_LINKS = frozenset({"to", "with"})  # what joins the two sides of a comparison ("likened X to Y")
# Prepositions whose object, just before a participle, is where or when the clause's subject acted ("was in Ohio
# seeking ..."): the participle goes on the subject, not that object; not "to" or "from", whose object may itself
# speak ("listened to a caller saying", "heard from a voter saying")
PLACE_PREPOSITIONS = frozenset({"on", "at", "during", "in", "before", "across", "around"})
GO_ON = frozenset({"went on", "goes on", "go on"})  # go on (speaking): words follow, or a colon, a comma, "to say"
GO_ON_REACH = 12  # tokens searched after "went on" for an infinitive ("went on CNN to declare ...")
MARKUP_OPENING = regex.compile(r"<[A-Za-z/]")  # a markup tag's start ("<tweet", "</a"), not a "<" comparing numbers


class SurfaceFinder(Uncued):
    """Finds quote candidates in one Document from token patterns; one instance per document."""

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
            if len(found) > 1:
                by_cue_end = {c.cue[1]: c for c in found if c.cue is not None}
                found = [c for c in found if not self._attribution_only(c, by_cue_end)]
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
        if "<" not in self.text:
            return candidates
        tags = [match.start() for match in MARKUP_OPENING.finditer(self.text)]
        return [c for c in candidates if not _holds_markup(c, tags)]

    @staticmethod
    def _attribution_only(candidate: QuoteCandidate, by_cue_end: dict[int, QuoteCandidate]) -> bool:
        """True when ``candidate``'s content is only another candidate's attribution: it ends at that one's cue,
        and its own cue sits in that one's content ("Talks are continuing, he said." gives "he said" to
        "continuing"). ``by_cue_end``: the stretch's candidates by where their cue ends, so each check is a
        few look-ups."""
        if candidate.cue is None:
            return False
        for end in (candidate.end, candidate.end - 1, candidate.end - 2):
            other = by_cue_end.get(end)
            if (
                other is not None
                and other is not candidate
                and other.cue is not None
                and candidate.start <= other.cue[0]
                and other.start <= candidate.cue[0]
                and candidate.cue[1] <= other.end <= candidate.start + 2
            ):
                return True
        return False

    def attribute(self, stretch: Stretch, number: int, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """Try each construction around one cue; the first that fits gives the candidate. A report that is denied
        yet reported ("would not endorse Trump", "does not want to raise taxes") keeps its negation in the cue, so
        the quote never reads as the stance it denies."""
        if self._stranded_preposition(cue, stretch):
            return None  # "The man he sided with was arrested": the phrase's object is the relative clause's noun
        if cue.entry.cue_class == "stance" and self._asked_about(cue, stretch):
            return None  # "Do you agree with him?", "Will you vote for Lee?": a stance asked about, not taken
        if cue.entry.lemma in GO_ON and self._gone_somewhere(cue, stretch):
            return None  # "went on national television", "will go on offense": a place or a stance, no words
        denied = self._negated(cue, stretch)
        candidate = self._construction(stretch, number, cue, later, denied)
        if candidate is not None and candidate.mention is None and not candidate.sourceless:
            subject = None
            # not for a cue opening its sentence, whose source comes after ('According to X', 'Asked about it, X')
            if cue.first > stretch.first and self.lower[cue.first] not in {"according", "asked"}:
                subject = self.nearest_speaker_before(stretch, cue.first)
            if subject is not None:
                candidate.mention = self._extent(*subject)
        if (
            candidate is not None
            and candidate.kind == QuoteKind.INDIRECT
            and self._participle_in_subject(candidate, cue, stretch)
        ):
            self._end_participle_object(candidate, stretch)  # "Anyone expecting a calm race | should ..."
        if denied and candidate is not None and candidate.cue and candidate.cue[0] == self.tokens[cue.first].start:
            first = self._before_negation(cue.first, stretch.first)
            candidate.cue = (self.tokens[first].start, candidate.cue[1])
        return candidate

    def _construction(
        self, stretch: Stretch, number: int, cue: Cue, later: Sequence[Cue], denied: bool
    ) -> QuoteCandidate | None:
        """The candidate of the first construction that fits around one cue (see `attribute`); ``denied`` when a
        negation stands before the cue."""
        lemma, cue_class, role = cue.entry.lemma, cue.entry.cue_class, cue.entry.role
        words = self.words
        if self._writers_wonder(cue.first):
            return None  # "No wonder Lee said ...": a comment of the writer's, no one wonders
        if lemma == "deny" and self._denied_to_someone(cue.last, stretch.last):
            return None  # "The keeper denied the striker a goal": withheld from someone, nothing disputed
        if self._quoting_formula(cue.first, stretch):
            return None  # "Lee said, and I quote, ...": the writer vouches for the words, Lee reports them
        if self._imperative_cue(stretch, cue):
            return None  # "Ask your doctor whether ...": an instruction to the reader, no one reported
        denied_only = role == "subject" and self.lower[cue.first] in words["denied_only"]
        if denied_only:
            if not denied:
                return None  # "responded to the critics" tells of an answer, not of what it was about
        elif denied and cue_class == "stance" and cue.last < stretch.last and self.lower[cue.last] in {"a", "an"}:
            return None  # "has not endorsed a candidate": no one is backed or opposed
        if (
            denied
            and lemma not in words["negatable"]
            and not denied_only
            and role != "attitude"  # "are not enamored of X" reports the attitude denied
            and not self._denied_prediction(cue, stretch)
            and not self._denied_intention(cue, stretch)
            and not self._withheld_answer(cue, stretch)
        ):
            return None
        if lemma in words["to_frame"] and not self._as_frame(cue, stretch, TO_LINKS):
            return None  # "compared the two cars": likening reports a view only as "compare X to Y"
        if lemma in words["feeling_object"] and not self._voices_feeling(cue.last, stretch.last):
            return None  # "voiced the character": only a feeling or a stance voiced is reported
        if lemma in words["issuing_verb"] and not self._issued_report(cue, stretch):
            return None  # "signed a letter saying ...", "a poll released Monday found ...": reported elsewhere
        if lemma in words["person_object"] and not self._person_at(cue.last, stretch.last):
            return None  # "hammered a nail", "ripped the paper": an attack in words is aimed at someone
        if (
            lemma in words["as_frame"]
            and not self._as_frame(cue, stretch)
            and self._passive_as(cue, stretch) is None
            and not self._as_frame(cue, stretch, words["appraisal_adverb"])  # "view Lee favorably"
        ):
            return None  # "we will see", "saw a rise": seeing reports a view only as "see X as Y"
        if role == "object":
            if self.lower[cue.first] in words["words_attributed"] and not self._words_before(cue.first, stretch.first):
                return None  # "can be attributed to the drought": a cause, no words
            return self.according_to(stretch, cue)
        if role == "possessor":
            # "His attacks on Wall Street have elevated ...": the owned noun is the sentence's subject, so its
            # object ends where the main verb begins
            reach = min(stretch.last, cue.last + 1 + STANCE_OBJECT_LIMIT)  # the object is bounded: a constant cost
            verb = next(
                (
                    k
                    for k in range(cue.last + 1, reach)
                    if (
                        self.lower[k] in words["finite"]
                        or self.lower[k] in words["past_verb"]
                        or self._past_after_noun(k)
                        or self._owned_main_past(k)
                    )
                    and not self.inside_quote[k]
                ),
                reach,
            )  # "His attacks on the plan angered voters": "angered" too
            bounded = attrs.evolve(stretch, last=verb)
            return self._stance(bounded, cue, self._possessor(cue.first, stretch.first), cue.last)
        if role == "reason":
            return self.criticism_faced(stretch, cue)
        if role == "target":
            return self.criticism_received(stretch, cue)
        if role == "agent":
            return self._stance(stretch, cue, self._agent_holder(cue.first, stretch.first), cue.last)
        if role == "attitude":
            return self.attitude(stretch, cue, later)
        if role == "owned":
            return self.owned_report(stretch, cue, later)
        if (
            lemma in words["impression"]
            and cue.last < stretch.last
            and (self.lower[cue.last] == "to" or self._impression_complement(cue, stretch))
        ):
            return self.impression(stretch, cue, later)
        if lemma == "continue" and self._continues_object(cue.last, stretch.last):
            return None  # "continued their search", "continuing his win streak": an activity goes on, no words
        if lemma == "add" and self._adds_thing(cue.last, stretch.last):
            return None  # "added 1 million jobs", "adds another title to his resume": a sum or a collection grows
        if lemma == "find" and self._found_means(cue.last, stretch.last):
            return None  # "found ways to press his agenda", "found common ground": a means or place, no finding
        form = self.lower[cue.first]
        ing_form = form.endswith("ing")  # a participle or a gerund
        before = self.lower[cue.first - 1] if cue.first > stretch.first else ""
        if cue.first - 1 > stretch.first and (
            self._manner_adverb(cue.first - 1) or (ing_form and before in words["participle_adverb"])
        ):
            before = self.lower[cue.first - 2]  # "is widely expected", ", falsely suggesting", ", later adding"
        if ing_form and self._after_comma_and_set_phrase(cue.first, stretch.first):
            before = ","  # ", at one point calling ...", ", in turn saying ...": still a participle on the clause
        elif (
            ing_form
            and cue.first - 2 > stretch.first
            and self.lower[cue.first - 2] == ","
            and self._quote_closes_at(cue.first - 1)
        ):
            before = ","  # 'called it a "bad deal," saying ...': the comma stands inside the quotation marks
        if not ing_form and (before in words["passive"] or self._passive_across_adverb(cue.first, stretch.first)):
            return self.expected(stretch, cue, later)  # "was told", "is said to": no speaker in the subject
        if before == "to":
            return self.reporting_infinitive(stretch, cue, later)
        asks = lemma in {"ask", "asked about"}
        if asks and (cue.first == stretch.first or before in {"when", "if", "after", "once", "as"}):
            return self.question_put(stretch, cue)
        if ing_form and before == "":
            # "Noting that ..., she said ...": the participle opens the sentence, its subject follows the comma;
            # with no comma ("Saying goodbye is hard"), it is a gerund
            window = range(cue.last + 1, min(stretch.last, cue.last + 40))
            comma = next((k for k in window if self.lower[k] == "," and not self.inside_quote[k]), None)
            if comma is None or lemma in words["intransitive"]:
                return None  # "Speaking Sunday on ABC, she ...": where and when, not what
            subject = self.clause_subject(stretch, stretch.last) or self._subject_after_comma(
                cue.last, stretch.last, described=True
            )
            return self.participle(attrs.evolve(stretch, last=comma), cue, later, subject)
        if ing_form and before in {
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
        if ing_form and before in {
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
        if before in {"which", "that"} and cue_class not in {"speech", "stance", "evidence"}:
            return None  # "a law that requires ...": a relative clause on a thing describes, it does not report
        if (
            before in {"which", "that"}
            and cue_class == "evidence"
            and not self._finding_complement(cue.last, stretch.last)
        ):
            return None  # "a TV that shows movies in 4K": with no clause after it the relative describes the thing
        verb = cue.first
        if ing_form and cue.first - 1 > stretch.first and self.lower[cue.first - 1] in words["catenative"]:
            verb = cue.first - 1  # "he began dismissing ...": the speaker is the subject of "began"
        subject = self.subject_before(verb, stretch.first)
        if (
            subject is not None
            and ing_form
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
        if subject is not None and ing_form:
            subject = self._issuer(subject, stretch.first)
        if subject is None:
            # what links the verb phrase to the words before it ("... and has pledged", "those surveyed say",
            # "which endorsed") is read only when no subject stands before it: a found subject needs no link
            link = verb - 1
            while link > stretch.first and (
                self.lower[link] in words["auxiliary"]
                or self.lower[link] in words["subject_adverb"]
                or (ing_form and self.lower[link] in words["progressive"])
            ):
                link -= 1  # "... and has pledged", "... and then said", "... and is saying"
            link = self._before_time_phrase(link, stretch.first, after_conjunction=True)  # "... but on Tuesday wrote"
            while link > stretch.first and self.lower[link] in words["auxiliary"]:
                link -= 1
            if self.lower[link] in words["poll_participle"] and link > stretch.first:
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
                and (cue_class in {"stance", "evidence"} or (cue_class == "speech" and lemma not in words["thing_act"]))
                and link > stretch.first
                and self.lower[link] in {"which", "that"}
            ):
                # "the union, which endorsed Kim", "a group that says ...": the relative pronoun is the source
                subject = (link, link + 1)
            if subject is None and unspeakable is not None and not denied:
                subject = self._subject_over_unspeakable(stretch, cue, unspeakable)
        subject = subject or unspeakable
        if subject is None or self._imperative_opening(stretch, subject, cue):
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

    def _denied_to_someone(self, index: int, limit: int) -> bool:
        """True for "deny" with two objects ("denied him a victory", "denied Carter a photograph", "denied the
        striker a goal"): something withheld from someone, not a claim disputed."""
        k = index
        if k < limit and (self.lower[k] in self.words["time"] or self.lower[k] in self.words["month"]):
            return False  # "denied Thursday a report that ...": a time, then what is denied
        if k < limit and self.lower[k] == "the":
            k += 2
        elif k < limit and (self.lower[k] in self.words["object_pronoun"] or self.is_name(k)):
            k += 1
            while k < limit and k - index < NAME_REACH and self.is_name(k):
                k += 1
        else:
            return False
        return (
            k < limit
            and self.lower[k] in self.words["withheld"]
            and not (k + 1 < limit and self.lower[k + 1] in self.words["duration"])  # "denied it a day later"
        )

    def _quoting_formula(self, index: int, stretch: Stretch) -> bool:
        """True for "quote" in the formula ", and I quote," or ", I quote," set between a cue and its report."""
        if self.lower[index] != "quote":
            return False  # nearly every cue: no words around it read
        before = index - 2 if self.lower[index - 1 : index] == ["i"] else -1
        if before > stretch.first and self.lower[before] == "and":
            before -= 1
        return (
            before > stretch.first
            and self.lower[before] == ","
            and index + 1 < stretch.last
            and self.lower[index + 1] == ","
        )

    def _imperative_cue(self, stretch: Stretch, cue: Cue) -> bool:
        """True for a cue in its base form opening its sentence outside quotation marks ("Ask your doctor whether
        ...", "Tell us what you think"): an imperative, addressed to the reader, so no one is reported."""
        return (
            self._imperative_at(stretch, cue.first)
            and cue.entry.role == "verb"
            and self.lower[cue.first] == cue.entry.lemma
        )

    def _imperative_at(self, stretch: Stretch, index: int) -> bool:
        """True when the word at ``index`` may be an imperative verb: it opens its sentence, capitalised, outside
        quotation marks; its form is for the caller to check."""
        return index == stretch.first and not self.inside_quote[index] and self.tokens[index].text[:1].isupper()

    def _imperative_opening(self, stretch: Stretch, subject: tuple[int, int], cue: Cue) -> bool:
        """True when the "subject" is the stretch's first word and an article, with no comma before the cue
        ("Whisk the eggs and add the sugar", "Preheat the oven and say a prayer"): an imperative verb and its
        object, so the cue after it is an instruction to the reader, and no one is reported. After a comma the
        opening was a phrase before the clause ("Absent a plan, voters may conclude ..."). `_can_speak` also
        refuses a speaker ending in an article, but keeps the report: elsewhere the report may be right."""
        return (
            self._imperative_at(stretch, subject[0])
            and subject[1] - subject[0] == 2
            and self.lower[subject[1] - 1] in {"the", "a", "an"}
            and "," not in self.lower[subject[1] : cue.first]
        )

    def _stranded_preposition(self, cue: Cue, stretch: Stretch) -> bool:
        """True when a cue ending in a preposition ("sided with", "touched on") is followed at once by a finite
        verb ("The man he sided with was arrested", "The topics he touched on were dull"): the preposition's
        object is the noun the relative clause hangs on, and the verb is the sentence's own."""
        after = cue.last
        if (
            after < stretch.last
            and self.lower[after] in PHRASE_PREPOSITIONS
            and self.lower[after - 1] not in PHRASE_PREPOSITIONS
        ):
            after += 1  # a topic preposition the cue leaves out ("touched" + "on")
        return (
            stretch.first < after < stretch.last
            and self.lower[after - 1] in PHRASE_PREPOSITIONS
            and (
                self.lower[after] in self.words["finite"]
                or self.lower[after] in self.words["past_verb"]
                or self.lower[after] in self.lexicons.cue_verbs  # "The man he sided with said ..."
            )
        )

    def _gone_somewhere(self, cue: Cue, stretch: Stretch) -> bool:
        """True when "went on" is followed by a plain noun phrase with no infinitive after it ("went on national
        television", "will go on offense against X"): the phrase tells where one went, and goes on speaking
        only with its words, a colon or comma, or "to" ("went on CNN to declare ...", "went on to say")."""
        after = cue.last
        if after >= stretch.last or not self.lower[after][:1].isalnum() or self.lower[after] == "to":
            return False
        return "to" not in self.lower[after : min(stretch.last, after + GO_ON_REACH)]

    def _asked_about(self, cue: Cue, stretch: Stretch) -> bool:
        """True when ``cue`` is the stance a question asks about: the stretch is a question opened by an auxiliary
        or a question word, outside quotation marks ("Do you agree with him?", "Why did Lee ...?"), and no other
        cue word comes before it ("Did you know Lee backed the bill?" states a stance inside the question)."""
        last = stretch.last - 1
        return (
            self.lower[last] == "?"
            and not self.inside_quote[last]
            and (self.lower[stretch.first] in self.words["auxiliary"] or self.lower[stretch.first] in QUESTION_WORDS)
            and not any(
                self.lower[k] in self.lexicons.cue_verbs
                for k in range(stretch.first + 1, min(cue.first, stretch.first + 8))
            )
        )

    def _subject_over_unspeakable(
        self, stretch: Stretch, cue: Cue, unspeakable: tuple[int, int]
    ) -> tuple[int, int] | None:
        """The clause's subject when the phrase before the cue cannot speak ("Lee has begun urging ...", "Lee
        would spend hours reflecting on ..."): a name or pronoun opening the clause, a verb after it."""
        last = self.lower[unspeakable[1] - 1]
        if last.endswith(("n't", "n’t")) or (last.endswith("ing") and last in self.lexicons.cue_verbs):
            # "he hasn't endorsed": a negated auxiliary holds its subject, which is read from it; "telling
            # reporters": a cue verb before the cue is the report, not a failed subject
            return None
        if self.lower[unspeakable[0]] in EXISTENTIAL:
            return self._existential_subject(unspeakable[0], cue.first)
        outer = self.clause_subject(stretch, cue.first)
        if outer is not None and self.lower[outer[0]] in EXISTENTIAL and outer[1] <= unspeakable[0]:
            return self._existential_subject(outer[0], cue.first)
        if outer is None or outer[1] > unspeakable[0] or not self._verb_follows(outer[1], cue.first):
            return None
        return outer if self._can_speak(*outer) else None

    def _existential_subject(self, there: int, before: int) -> tuple[int, int] | None:
        """The phrase after "there is/were" ("There were memos showing ..."): what the clause says exists is its
        real subject; "there" itself names no one."""
        k = there + 1
        while k < before and (self.lower[k] in self.words["progressive"] or self.lower[k] in self.words["adverb"]):
            k += 1
        found = self._subject_at(k, before) if k < before else None
        return found if found is not None and self._can_speak(*found) else None

    def _past_place_object(self, stretch: Stretch, cue: Cue, subject: tuple[int, int]) -> tuple[int, int]:
        """The clause's subject when the phrase before a participle is a place or time ("Doe was on the radio
        talking about ...", "was in Ohio seeking ..."): the participle goes on the clause, not on where it was
        said; else ``subject``."""
        before = subject[0] - 1
        if before <= stretch.first:
            return subject
        if self.lower[before] not in PLACE_PREPOSITIONS and not (
            self.lower[before] == "to" and self.lower[subject[1] - 1] in self.words["addressee_noun"]
        ):
            return subject  # "made a pitch to voters saying": hearers; "listened to a caller saying": a speaker
        if cue.entry.cue_class == "stance" and self.lower[before] not in {"on", "at", "during"}:
            return subject  # "gave $5 million to a group backing X": a stance participle describes its noun
        outer = self.clause_subject(stretch, before)
        if outer is None or outer[1] > before or not self._verb_follows(outer[1], before):
            return subject
        if any(
            self.lower[k] in {"said", "says", "say", "told", "tells"}
            for k in range(max(outer[1], before - SETTING_REACH), before)
        ):
            return subject  # "she said at a news conference announcing ...": the setting's own report stands
        return outer if self._can_speak(*outer) else subject


def find_reported_speech(
    doc: Document, quotations: Sequence[Quotation], lexicons: Lexicons, *, genre: str = "news"
) -> list[QuoteCandidate]:
    """All quote candidates of ``doc`` found from surface patterns, in document order."""
    return SurfaceFinder(doc, quotations, lexicons, genre=genre).find()


def _holds_markup(candidate: QuoteCandidate, tags: list[int]) -> bool:
    """True when the content runs into a markup tag left in the text ('... is dead</tweet> The council'): the
    tag split what was written, so the stretch read as one sentence is not one. ``tags``: the tags' starts, in
    order, found once for the text, so each candidate costs one bisection."""
    k = bisect.bisect_left(tags, candidate.start)
    return k < len(tags) and tags[k] < candidate.end
