"""The constructions around a cue of saying: 'SUBJECT CUE ...' with its addressee, setting and content, the
attribution after or inside its content ('..., she said.'), the inverted one ('..., said X'), a participle after
a comma (', saying ...'), "to say", "according to X", and a colon that introduces the quotation after it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotetrack.candidate import QuoteCandidate
from quotetrack.model import QuoteKind
from quotetrack.reported.cues import CLOSING, TOPIC_CLASSES
from quotetrack.reported.impersonal import WH_WORDS, Impersonal
from quotetrack.reported.layout import PREPOSITIONS, SCARE_QUOTE_WORDS, Cue, Stretch
from quotetrack.reported.phrases import CONTRACTED_SUBJECTS, INTRODUCTIONS, SETTING_OPENERS, _dated
from quotetrack.reported.stances import HYPHEN_DASHES

AS_CLAUSE_END = frozenset({",", ".", ";", ":", "—", "–", ")", "!", "?"})  # what may follow ', as X noted'
# Punctuation that ends a quoted clause just inside its closing mark ('"We lost," he said'); a quoted name or
# title ends with a word ('the "Bernie or Bust" crowd')
CLAUSE_END_IN_QUOTE = frozenset({",", "?", "!", "—", "–", "...", "…"})
# How many words the object of "led" or "prompted" may take before "to" ("led some of his allies to say")
CONTROLLED_WORDS = 8
# How many words a phrase of time or place after a reporting verb may take ("said in late June 2012")
SETTING_WORDS = 6
PAST_ENDINGS = frozenset({"ed", "id", "ld", "te"})  # "argued", "said", "told", "wrote"
RELATIVE_VERB_REACH = 20  # tokens after a cue in a subject's relative clause searched for its two verbs
DASH_REACH = 40  # how far back from an attribution a dash may open the report it splits
DASHES = frozenset({"-", "--", "—", "–", "―"})  # a spaced hyphen is a token of its own only as a dash
RECIPROCALS = frozenset({("each", "other"), ("one", "another")})  # objects that are the subject's own parts
TOPIC_CLAUSE_REACH = 7  # tokens after a topic preposition searched for a "that" or colon that opens the report
# Prepositions that open the setting after a content-first attribution ("..., she said in a video message")
ADJUNCT_TAIL_OPENERS = frozenset({"in", "at", "on", "during", "before", "after", "from", "via", "through", "over"})


# words after a person called that begin the call's circumstances, not a name given to them
CALL_ADJUNCTS = frozenset({"to", "after", "before", "on", "from", "at", "in", "during", "shortly", "late", "early"})


class Attributions(Impersonal):
    """The constructions around a cue of saying, in each order of subject, cue and content."""

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

    def reporting_infinitive(self, stretch: Stretch, cue: Cue, later: Sequence[Cue]) -> QuoteCandidate | None:
        """ "to say" after a clause ("She took to Twitter to say ...", "Voters were likely to say ..."): the
        speaker is the clause's subject, as for a participle; an empty subject ("It is hard to say") reports
        nothing."""
        subject = (
            self._controlled_subject(stretch, cue)
            or self._noun_possessor(stretch, cue)
            or self._subordinate_subject(stretch, cue)  # "X, who refused to endorse ...": the relative clause's
            or self.clause_subject(stretch, cue.first)
        )
        if subject is None or self.lower[subject[0]] in self.words["expletive"]:
            return None
        return self.participle(stretch, cue, later, subject)

    def _noun_possessor(self, stretch: Stretch, cue: Cue) -> tuple[int, int] | None:
        """The possessor of a noun just before "to" and the cue ("Lee's refusal to disavow ...", "Lee's initial
        failure to denounce ..."): whose refusal it is speaks, not the clause's subject."""
        noun = cue.first - 2
        if noun - 1 <= stretch.first or not self.tokens[noun].text.isalpha() or not self.tokens[noun].text.islower():
            return None
        owner = noun - 1
        if (
            self.tokens[owner].text.isalpha()
            and self.tokens[owner].text.islower()
            and self.lower[owner] not in self.words["determiner"]
            and owner - 1 > stretch.first
        ):
            owner -= 1  # "Lee's initial failure to ...": one adjective between
        word = self.lower[owner]
        if not word.endswith(("'s", "’s")) or not self.is_name(owner) or word[:-2] in CONTRACTED_SUBJECTS:
            return None  # not "It's the best to see ..."
        first = owner
        while first - 1 >= stretch.first and (self.is_name(first - 1) or self.lower[first - 1] == "."):
            first -= 1
        return first, owner + 1

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
            if (
                subject is not None
                and subject[1] - subject[0] > 1
                and self.tokens[subject[0]].text.islower()
                and self.lexicons.cue_verbs.get(self.lower[subject[0]]) is not None
                and self.is_name(subject[0] + 1)
            ):
                subject = (subject[0] + 1, subject[1])  # '"...," said Jo Kane, urging ...': the speaker, not the verb
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
        index = self._requestee_first(cue, addressee, index)
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

    def _requestee_first(self, cue: Cue, addressee: tuple[int, int] | None, index: int) -> int:
        """Where a request's report starts when its infinitive follows the addressee right away ("urged the
        board to act", "asking Lee to resign"): at the addressee, who is asked to do what the infinitive says
        and so is part of the request; else ``index``. An addressee before a "that" clause stays out."""
        if (
            addressee is None
            or addressee[1] != index
            or addressee[0] < cue.last  # "told reporters to wait": the cue holds the addressee, which stays there
            or index >= len(self.lower)
            or self.lower[index] != "to"
            or self._verb_lemma(cue) not in self.words["object_then_infinitive"]
        ):
            return index
        return addressee[0]

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

    def inverted(self, stretch: Stretch, number: int, cue: Cue) -> QuoteCandidate | None:
        """An inverted attribution, the speaker after the cue: 'CONTENT, said SPEAKER.' or '"CONTENT," said X.'"""
        after_quotation = (
            cue.first > stretch.first
            and self._quote_closes_at(cue.first - 1)
            and not self.lower[cue.first].endswith("ing")  # '"...," citing ...': a participle, not an inversion
        )
        if cue.entry.lemma not in self.words["inverting"] and not (after_quotation and cue.entry.cue_class == "speech"):
            return None  # "The governor, at a rally, promised lower taxes": what follows most verbs is their object
        if cue.last < stretch.last and self.lower[cue.last] in self.words["subject_preposition"]:
            return None  # '"War and Peace" reads like a diary': a preposition opens no speaker
        speaker = self.noun_phrase_right(cue.last, stretch.last)
        if speaker is None or not self._can_speak(*speaker):
            return None  # '"...," X, a strategist, said just after midnight': "just" is no speaker
        if (
            speaker[1] - speaker[0] == 1
            and cue.entry.lemma in self.words["tell_verb"]
            and self.lower[speaker[0]] in self.words["addressee_noun"]
        ):
            return None  # '"...," X, a Democrat, asked reporters': those asked, not the speaker
        index = speaker[1]
        relative = index < stretch.last and (
            self.lower[index] in {"who", "whose"}  # "said a voter who asked ..."
            # after a quotation the words reported are already given: a relative clause or a name given to the
            # speaker goes on describing the speaker ('"...," said an owner of a shop that sells shoes' / "a man
            # known as Bob")
            or (
                after_quotation
                and (
                    self.lower[index] in self.words["relative"]
                    or self.lower[index] in self.words["naming"]
                    or self.lower[index] in self.words["naming_as"]
                )
            )
        )
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
                # not inside a relative clause that reports on its own: 'said Doe, who called it "a mess"', nor
                # after a participle of saying that does: 'said Doe, urging them to "give him time."'
                resumes = not any(
                    self.lower[k] in self.words["relative"]
                    or (self.lower[k].endswith("ing") and self.lexicons.cue_verbs.get(self.lower[k]) is not None)
                    for k in range(index + 1, probe)
                )
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
        first = self._own_quotation_start(stretch, left_end) if after_quotation else stretch.first
        content = self._extent(first, left_end)
        candidate = self._candidate(stretch, content, cue, speaker, None, channel, 0.85)
        if candidate is not None and resumes:
            self._join_following_piece(candidate, stretch, number, index)
        return candidate

    def _own_quotation_start(self, stretch: Stretch, left_end: int) -> int:
        """Where the content of '"...," said X' starts when an earlier quotation and its own attribution open the
        stretch ('"A," she said, but "B," said X'): at the opening mark of the quotation before the cue, not at
        the stretch's start, so each speaker keeps one quotation."""
        close = self.tokens[left_end - 1]
        index = bisect.bisect_right(self.piece_starts, close.start) - 1
        if (
            index < 1
            or self.pieces[index][1] != close.end
            or self.pieces[index - 1][0] < stretch.start
            or self.text[close.start - 1] != ","
        ):
            return stretch.first  # no earlier quotation in the stretch, or not '"...," said X'
        opening_offset, earlier_end = self.pieces[index][0], self.pieces[index - 1][1]
        if "\n" in self.text[earlier_end:opening_offset]:
            return stretch.first  # lines of dialogue in a hard-wrapped text: the splitter joined them
        opening = left_end - 1
        while opening > stretch.first and self.tokens[opening].start > opening_offset:
            opening -= 1
        between = opening
        while between > stretch.first and self.tokens[between - 1].start >= earlier_end:
            between -= 1
        if any(self.lexicons.cue_verbs.get(self.lower[k]) is not None for k in range(between, opening)):
            return opening  # the earlier quotation has its own cue: '"A," she said, but'
        return stretch.first

    def _main_verb_only(self, cue: Cue, index: int, stretch: Stretch) -> bool:
        """True when a verb of thinking in a relative clause on the sentence's subject ("People who know the man
        in the car are worried") is followed by one verb only: that verb is the sentence's, so the words after
        the cue are its object, not a clause ("Voters who believe the economy is improving tend to ...")."""
        if cue.entry.cue_class != "thought" or not self._in_subject_relative(cue, stretch):
            return False
        limit = min(stretch.last, index + RELATIVE_VERB_REACH)
        first = next((k for k in range(index, limit) if self.lower[k] in self.words["finite"]), None)
        if first is None:
            return False
        rest = first + 2 if self.lower[first] in self.words["passive"] else first + 1  # "are worried": one verb
        return not self._has_verb(rest, limit)

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
        lemma, cue_class, role = cue.entry.lemma, cue.entry.cue_class, cue.entry.role
        words = self.words
        index = cue.last
        addressee = None
        if lemma in words["tell_verb"] or role == "subject":
            if role != "subject":
                addressee = self.object_phrase(index, stretch.last)
                if addressee is None and lemma == "tell":
                    addressee = self._bare_addressee(index, stretch.last)
                if addressee is not None:
                    index = addressee[1]
            elif self.lower[cue.first] in {"told", "tell", "tells", "telling"}:
                addressee = (cue.first + 1, cue.last)  # "told reporters"
        if addressee is None and lemma in words["tell_verb"]:
            addressee, index = self._addressee_before_that(index, stretch.last)
        elif addressee is not None and role != "subject":
            addressee, index = self._longer_addressee(addressee, index, stretch.last)
        asked_about = lemma == "ask" and index + 1 < stretch.last and self.lower[index] == "about"
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
        if (
            introduces
            and not self._quote_closes_at(subject[0] - 1)
            and not self._quote_resumes_after(index, stretch, subject)
        ):
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
            and (not self._quote_opens_at(index + 1) or self._quote_resumes_after(index, stretch, subject))
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
            and cue_class == "thought"
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
            and not self._bare_clause_at(index, stretch.last)  # 'To the "X," Doe said taxes will rise'
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
            lemma in words["intransitive"]
            and self.lower[cue.first - 1] not in words["passive"]
            and not self._words_follow(index, cue.last, stretch.last)
        ):
            return None  # "spoke after the vote", "volunteered for the campaign": no words reported
        if cue_class == "stance":
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
        # each test below asks last whether a clause follows (`_clause_after_cue`), the walk that costs most
        if (
            cue_class == "evidence"
            and self.lower[index] not in WH_WORDS
            and self._through_that(index, stretch.last) == index
            and (self.lower[index] in words["reflexive"] or lemma in words["clause_only"])
            and not self._clause_after_cue(cue, index, stretch)
        ):
            return None  # "found itself in ...", "proved wrong", "showed flashes of ...": no finding reported
        if (
            lemma in words["object_report"]
            and (self.lower[index] in words["determiner"] or self._negated(cue, stretch))
            and not self._reciprocal_object(index, stretch.last)
            and self.lower[index] != "to"  # "did not want to run": the infinitive, below
            and not self._clause_after_cue(cue, index, stretch)
        ):
            # "announced the deal", "did not mention Smith by name": the object is the report
            return self._stance(stretch, cue, subject, index)
        infinitive = self._infinitive_report(cue, index, stretch.last)
        if infinitive is not None:
            end = self._content_end(stretch, infinitive, later)
            first = self._requestee_first(cue, addressee, infinitive)
            return self._candidate(stretch, self._extent(first, end), cue, subject, addressee, channel, 0.6)
        if (
            cue_class == "thought"
            and not (self._quote_opens_at(index) and self.lower[index - 1] in {",", ":"})  # 'He concluded, "..."'
            and self.lower[index] != "that"
            and self.lower[index] not in WH_WORDS
            and self._through_that(index, stretch.last) == index
            and not (lemma in words["clause_verb"] and self.lower[index] in words["subject_pronoun"])
            and not self._belief_object(cue, index, stretch.last)
            and not self._clause_after_cue(cue, index, stretch)
        ):
            return None  # "believe in", "know the area": a belief is reported by a clause
        if (
            lemma not in words["clause_verb"]
            and cue_class != "evidence"
            and self.lower[index] in words["determiner"]
            and self.lower[index] not in {"that", "this", "some", "many", "most", "all", "no", "one", "two"}
            and not asked_about
            and not self._clause_after_cue(cue, index, stretch)
        ):
            return None  # "posted a video", "announced the plan": an object, not a reported clause
        through = self._through_that(index, stretch.last)
        if (
            through == index
            and self.lower[index] in words["non_cue_next"]
            and lemma != "call"
            and not self._approximate_number(index)
        ):
            return None  # "said to be", "told by": not a report; "said in the interview that" is one
        index = through
        end = self._content_end(stretch, index, later, findings=cue_class == "evidence")
        if self._bare_answer(index, stretch.last):
            end = index + 1  # "75 percent said yes, but ...": the answer is the report
        elif (
            self.lower[index : index + 2] == ["as", "much"]
            and self.lower[index + 2 : index + 3] != ["as"]  # not "said as much as he could"
            and cue_class == "speech"
        ):
            end = index + 2  # "said as much on Monday": what was said before, without the setting
        if end <= index or (lemma == "call" and self._phone_call(index, end)):
            return None
        if lemma == "call":
            # "call them reckless - it has also ...": a name given ends at a dash, where the writer goes on
            dashes = {"-", "—", "–", "--"}
            end = next((k for k in range(index + 1, end) if self.lower[k] in dashes and not self.inside_quote[k]), end)
        return self._candidate(stretch, self._extent(index, end), cue, subject, addressee, channel, 0.8)

    def _quote_resumes_after(self, index: int, stretch: Stretch, subject: tuple[int, int]) -> bool:
        """True when the quotation after the cue (ending at ``index``) goes on with the one phrase before the
        attribution ('In most cases, it said, "the buyer pays."'): the quotation resumes that clause."""
        return (
            index + 1 < stretch.last
            and self._quote_resumes_clause(index + 1, stretch.first, subject[0])
            and "," not in self.lower[stretch.first : subject[0] - 1]
        )

    def _clause_after_cue(self, cue: Cue, index: int, stretch: Stretch) -> bool:
        """True when a clause with no "that" follows the cue at ``index`` ("believe the plan will fail") and its
        verb is not the sentence's own (`_main_verb_only`)."""
        return self._clause_follows(index, stretch.last) and not self._main_verb_only(cue, index, stretch)

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
        after_name = next((k for k in range(index, min(end, index + 5)) if not self.is_name(k)), end)
        if (
            index < after_name < end
            and self.tokens[after_name - 1].text[:1].isupper()
            and (self.lower[after_name] in CALL_ADJUNCTS or self._manner_adverb(after_name))
        ):
            return True  # "called Lee shortly after the vote", "called Lee to concede": a call to a person named
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

    def _setting_before(self, stretch: Stretch, comma: int, cue_last: int) -> bool:
        """True when every comma-separated piece before ``comma`` opens like an adverbial ("As the crowd waited,",
        "Friday morning,", "Steering clear of ...,", "Though he ..."): the words set the scene of the attribution
        after them and report nothing; '"..." , she said' and 'If we lose, we lose, he said' stay content."""
        if comma - stretch.first > 60:
            return False
        first = bisect.bisect_left(self.quotation_starts, self.tokens[stretch.first].start)
        last = bisect.bisect_left(self.quotation_starts, self.tokens[comma].start, first)  # quoted before the comma
        if first < last:
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
                or (not self.lower[resume].endswith("ing") and not self._has_verb(front, left_end, nouns=True))
            )  # "His wife, he says, plans to ...": a subject alone before the attribution; its verb comes after
            and (not self._quote_opens_at(resume) or self._quote_resumes_clause(resume, front, subject[0]))
        ):
            # "Many of the closures, he said, have involved ...": the clause resumes after the attribution
            front = self._after_last_dash(front, left_end)
            content = self._extent(front, left_end)
            end = self._content_end(stretch, resume, ())
            candidate = self._candidate(
                stretch, (content[0], self.tokens[end - 1].end), cue, subject, addressee, channel, 0.8
            )
            if candidate is not None and candidate.kind == QuoteKind.INDIRECT:
                # from where the candidate starts: past a dateline ("WASHINGTON ― ") it dropped
                candidate.segments = [(max(content[0], candidate.start), content[1]), self._extent(resume, end)]
            return candidate
        if (
            subject[0] > 0
            and self.lower[subject[0] - 1] == ","
            and not (
                resume is not None
                and resume < stretch.last  # a text ending in "she said,": nothing resumes
                and self._verb_form(resume)
                and not self.lower[resume].endswith("ing")
            )
            and self._setting_before(stretch, subject[0] - 1, cue.last)
        ):
            return None  # "Weighing in on the debate, Lee agreed, praising ...": a setting, and nothing said
        candidate = self._candidate(stretch, content, cue, subject, addressee, channel, 0.85)
        if candidate is not None:
            self._join_following_piece(candidate, stretch, number, after)
        return candidate

    def _after_last_dash(self, front: int, left_end: int) -> int:
        """Where a report split by its attribution starts when a dash comes before it ("She praised them - all
        of whom, she said, needed help"; "... - and the permit, he said, was late"): after the last dash, past an
        "and" or "but", since the writer's words end at the dash; else ``front``. Only the last DASH_REACH tokens
        are searched, so a run-on sentence of attributions stays linear."""
        for k in range(left_end - 2, max(front, left_end - DASH_REACH), -1):
            word = self.lower[k]
            if self.inside_quote[k]:
                return front
            if word in {"—", "–"} or (word in HYPHEN_DASHES and self._hyphen_dash(k, front, left_end)):
                start = k + 1
                if self.lower[start] in {"and", "but"} and start + 1 < left_end - 1:
                    start += 1
                return start
        return front

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

    def _reciprocal_object(self, index: int, limit: int) -> bool:
        """True for "each other" or "one another" as the whole object ("the readings contradict each other"): the
        subject's parts stand against one another, nothing is reported; "accused each other of lying" reports the
        charge."""
        return (
            index + 1 < limit
            and (self.lower[index], self.lower[index + 1]) in RECIPROCALS
            and (index + 2 >= limit or not self.tokens[index + 2].text[:1].isalnum() or self._time_at(index + 2, limit))
        )

    def _bare_clause_at(self, index: int, limit: int) -> bool:
        """True when a clause with no "that" opens at ``index``: words up to a finite verb within a few words, no
        punctuation or preposition between ("said private firms can ...", not "told fans, who were ...")."""
        for k in range(index, min(limit, index + 6)):
            if self.lower[k] in self.words["finite"]:
                return k > index
            if not self.tokens[k].text[:1].isalnum() or self._attribution_ends(k, limit):
                return False
        return False

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
