"""Quotes that no listed cue reports: a paragraph opened by 'NAME:', a sentence whose colon introduces a
quotation, dash attributions and credits, a poll's finding, and the quotations no cue reached, which carry over
the speaker before them or are dropped as titles and scare quotes.
"""

from __future__ import annotations

import bisect

import regex

from quotetrack.candidate import QuoteCandidate
from quotetrack.lexicons import CueEntry
from quotetrack.marks import Quotation
from quotetrack.model import QuoteKind
from quotetrack.reported.attributions import Attributions
from quotetrack.reported.content import WORDY
from quotetrack.reported.layout import _TOKEN_START, PREPOSITIONS, SCARE_QUOTE_WORDS, Cue, Stretch

# A byline right after a quoted headline ('"Mayor to run again," by the Post's Ann Lee'): the title of a story
BYLINE = regex.compile(r",?\s+by\s+(?:the\s+)?\p{Lu}")
BYLINE_REACH = 40  # characters after a quotation searched for its byline
DASH = regex.compile(r"[—―–]|--")  # the dashes a dash attribution may use
WORDY_OR_MARK = regex.compile(r"[^\s.,;:!?\"”’'“‘]")  # a word or a mark of another quotation
RESUMING_LEAD_WORDS = 4  # words that may lead into a quotation resuming an earlier quote: 'But then, "B."'
SUBHEAD_WORDS = 6  # a paragraph of fewer words, all in single marks, is a subhead, not a line of speech
# a belief is no one's words: a quoted sentence after a report of one is not its continuation
UNSPOKEN_CLASSES = frozenset({"thought"})
NESTED_REACH = 8  # `_nested_report` compares a candidate with this many on either side of it (time stays linear)


def _attributed_at(candidate: QuoteCandidate) -> int:
    """Where a candidate's attribution ends: its cue's end, else its own (a quote carried over has no cue)."""
    return candidate.cue[1] if candidate.cue is not None else candidate.end


def _nested_report(candidate: QuoteCandidate, others: list[QuoteCandidate]) -> bool:
    """True when the candidate's cue lies inside the content of another attributed before it ('She said the Fed
    wants to act': "wants" reports within what she said)."""
    cue = candidate.cue
    return cue is not None and any(
        other is not candidate
        and other.cue is not None
        and other.cue[1] <= candidate.start
        and other.start <= cue[0]
        and cue[1] <= other.end
        for other in others
    )


class Uncued(Attributions):
    """Quotes that no listed cue reports."""

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

    def _holds_a_quote(self, stretch: Stretch) -> bool:
        """True when a quote found by its cue ends inside ``stretch`` (the first to end after its start)."""
        index = bisect.bisect_right(self.found_ends, stretch.start)
        return index < len(self.found_by_end) and self.found_by_end[index].start < stretch.end

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
        ends = [c.end for c in by_end]  # read before the loop, which extends only candidates already passed
        self.found_by_end, self.found_ends = by_end, ends
        next_ended = 0
        previous: list[QuoteCandidate] = []  # the candidates ending in the last stretch before this quotation
        out: list[QuoteCandidate] = []
        titled: Stretch | None = None  # a stretch opened by a headline with its byline: no quotation in it is speech
        for index, quotation in enumerate(self.quotations):
            while next_taken < len(taken) and taken[next_taken][0] < quotation.end:
                reach = max(reach, taken[next_taken][1])
                next_taken += 1
            while next_ended < len(by_end) and ends[next_ended] <= quotation.outer_start:
                ended = by_end[next_ended]
                same_stretch = previous and self._stretch_at(previous[0].end - 1) is self._stretch_at(
                    ends[next_ended] - 1
                )
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
            introducer = self._verb_before_quotation(stretch, quotation) if self.news else None
            introduced = self._verb_quotation(stretch, quotation, introducer) if introducer is not None else None
            if introduced is not None:
                out.append(introduced)
                self.used_quotations.add(index)
                previous = [out[-1]]
                continue
            described = self._described_as_quoted(stretch, quotation) if self.news else None
            if described is None and self.news:
                described = self._passive_naming(stretch, quotation) or self._that_quotation(stretch, quotation)
            if described is not None:
                out.append(described)
                self.used_quotations.add(index)
                previous = [out[-1]]
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
            # a report inside another's content ('She said the Fed wants to act.') is not the one that goes on
            speakers = [
                c
                for i, c in enumerate(previous)
                if not _nested_report(c, previous[max(0, i - NESTED_REACH) : i + NESTED_REACH + 1])
            ]
            latest = max(map(_attributed_at, speakers), default=-1)
            continued = [
                c
                for c in speakers
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
            speaker = self._introducer(stretch, quotation, kind) if self.news else None
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

    def _introducer(self, stretch: Stretch, quotation: Quotation, kind: QuoteKind) -> tuple[int, int] | None:
        """Who speaks a quotation no cue reached: for one a colon introduces, `_colon_speaker`; for one a comma
        or colon introduces at the end of its sentence ('As they say about him, "..."', 'Said Comey, "..."'),
        the person named or pronoun just before it."""
        speaker = self._colon_speaker(stretch, quotation)
        if speaker is not None:
            return speaker
        mark = bisect.bisect_left(self.tokens, quotation.outer_start, key=_TOKEN_START)
        if kind == QuoteKind.MIXED and stretch.first < mark < stretch.last and not self._titled(quotation):
            # a sentence holding quoted words with no cue: its subject is who it reports ('The ad targets a
            # "rigged economy"', 'He also seeks "a permanent injunction"'), up to its verb
            subject = self.clause_subject(stretch, mark)
            if subject is not None:
                verb = next((k for k in range(subject[0] + 1, subject[1]) if self._verb_like(k)), subject[1])
                subject = subject[0], verb
            if subject is not None and self.lower[subject[1]] in self.words["relative"]:
                return None  # 'North Koreans who wanted "..." will be ...': the quoted words describe the subject
            if subject is not None and self._can_speak(*subject):
                return subject
            return self.nearest_speaker_before(stretch, mark)
        if kind != QuoteKind.DIRECT or not self._introduced_at_end(quotation, stretch):
            return None
        earlier = bisect.bisect_left(self.quotation_starts, quotation.outer_start) - 1
        if earlier >= 0 and self.quotations[earlier].outer_end > stretch.start:
            return None  # '"A," Trump said in Salem, "B."': the quote goes on, and so does its speaker
        return self.nearest_speaker_before(stretch, mark - 1) if stretch.first < mark - 1 < stretch.last else None

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
        PolNeAR annotates, unless it reports a thought ('She believes A. "B."': B is words, A is not); in fiction
        the quote may be new.

        In news a quoted paragraph right after a paragraph ending in a quote goes on with it too ('"A," she
        said.' or 'She said A.' then '"B."'): PolNeAR annotates one relation over both. In fiction it is the next
        turn."""
        if previous.kind == QuoteKind.INDIRECT and (
            not self.news or previous.cue is None or previous.cue_class in UNSPOKEN_CLASSES
        ):
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
