"""Reporting cues: the verbs, phrases and adjectives of attitude that may report, told apart from noun uses,
idioms and infinitives that report nothing; the senses of a cue verb that say nothing ("added 20 jobs", "found a
way"); negated cues, and cues inside relative clauses.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator

from quotetrack.lexicons import CueEntry, package_rows
from quotetrack.reported.content import Content
from quotetrack.reported.layout import CLAUSE_PUNCTUATION, PREPOSITIONS, Cue, Stretch
from quotetrack.reported.phrases import QUESTION_OPENERS, _contracted_subject, phrase_followers

# What may stand right before an attribution that follows its content: "...," she said / ..., said X
CLOSING = frozenset({",", "'", '"', "”", "’", "''", "—", "–", "―"})
POSSESSIVE_DETERMINERS = frozenset({"my", "your", "his", "her", "its", "our", "their"})
# The subject pronoun of the same person as a possessive one ("she ... her", "they ... their")
OWNING_SUBJECT = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}
ATTRIBUTED_REACH = 5  # tokens before "attributed to" searched for the words attributed ("the statement, which was")
OWNING_REACH = 5  # tokens before a possessive searched for the subject pronoun owning it ("he's been stepping up his")
OWNING_SUBJECT_TOKENS = 8  # a longer subject before "posted their thoughts" is more likely a misreading than an owner
VERB_PARTICLES = frozenset({"up", "down", "out", "off"})  # "stepped up his attacks"
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})  # own a noun of stance
_CONTROLLER_REACH = 4  # tokens before "to" searched for a verb that governs its infinitive ("asked local voters to")
NUMBER_VERB_REACH = 8  # tokens before a number searched for the verb an -ing word after it goes on
FINDING_SUBJECT_TOKENS = 8  # a finding's clause has its verb this close after the subject's first word
COMPARATIVES = frozenset({"more", "most", "less", "least"})
GRADING_WORDS = COMPARATIVES | {"very", "so", "too", "quite", "extremely"}  # grade adjectives, not verbs
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
# endings of adjectives that may stand between a light verb and the rest of its phrase ("made [controversial]
# comments", "a [vigorous] defense of", "[veiled] references to"); a noun there ("made a phone call for") is none
GAP_ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ful", "less", "ic", "ed", "able", "ible")
PLURALS_WITHOUT_S = frozenset({"data", "people", "police", "media", "men", "women", "children"})
LIGHT_VERB_GAP = 3  # modifiers between a light verb and the rest of its phrase ("made [no] mention of")
RELATIVE_VERB_REACH = 12  # tokens before "and said" searched for the "who" of the relative clause it goes on
# The objects that make a bare "call" a verb of naming ("call it a tax", "call him competent")
NAMED_PRONOUNS = frozenset({"it", "him", "her", "them", "this", "that", "themselves", "himself", "herself", "us"})
# words before base-form "call" with a name and a quotation after it that make it a verb ("went on to call Lee
# "a fraud"", "and call Jo Doe "weak"")
NAMING_CALL_OPENERS = frozenset({"to", "and", "would", "will", "could", "might", "should", "also", "often", "now"})


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


class Cues(Content):
    """Reporting cues, told apart from the uses of cue words that report nothing."""

    def cues_in(self, stretch: Stretch) -> list[Cue]:
        """Reporting cues outside quotation marks, verbs and phrases, in order."""
        cues: list[Cue] = []
        index = stretch.first  # the first token not yet inside a cue
        lower = self.lower
        followers_of = phrase_followers(self.lexicons)
        light_verbs = self.words["light_verb"]
        attitude_adjectives = self.words["attitude_adjective"]
        cue_verbs = self.lexicons.cue_verbs
        first = bisect.bisect_left(self.cue_openers, stretch.first)
        last = bisect.bisect_left(self.cue_openers, stretch.last)
        for opener in self.cue_openers[first:last]:
            if opener < index or self.inside_quote[opener]:
                continue
            matched = None
            word = lower[opener]
            following = lower[opener + 1] if opener + 1 < stretch.last else ""
            followers = followers_of.get(word)
            listed = (
                self._listed_phrases(opener, stretch.last, followers)
                if followers is not None and (following in followers or word in light_verbs)
                else ()
            )
            for entry, end in listed:
                if self._in_idiom(opener):
                    break  # "too close to call for hours": a fixed phrase, no "call for"
                if (
                    word in self.words["noun_headed_phrase"]
                    and not self._verb_slot(opener)
                    and not self._noun_before(opener)
                ):
                    break  # "The side with more players", "Thousands of votes for Lee": no one's stance
                if word in self.words["noun_or_verb_opener"] and self._determined_noun(opener):
                    break  # "the point to remember", "a big push for turnout": a noun, no one's stance
                if (
                    word == "call"
                    and lower[opener - 1] not in self.words["determiner"]
                    and self._determined_noun(opener)
                ):
                    break  # "made a phone call for", "a bad call for": a noun ("issued a call for calm" may report)
                if word in self.words["noun_or_verb_opener"] and self._common_owner(opener):
                    break  # "The team's push for the title ended": a noun, its owner no speaker
                if entry.role == "subject" and entry.cue_class == "stance" and self._noun_before(opener):
                    if self._possessor(opener, stretch.first) is None:
                        continue  # "cast 42 votes for X": a count, no one's stance
                    matched = Cue(opener, end, CueEntry(entry.lemma, entry.cue_class, "possessor"))
                    break  # "her vote for X": a noun, its owner the source
                if (
                    entry.role in {"object", "subject", "reason"}
                    or (entry.role == "possessor" and self._possessor(opener, stretch.first) is not None)
                    or (entry.role == "agent" and self._agent_holder(opener, stretch.first) is not None)
                    or (
                        entry.role == "target"
                        and (end >= stretch.last or lower[end] not in {"of", "for"})  # "criticism of X"
                        and self.criticised_subject(opener, stretch.first) is not None
                    )
                ):
                    matched = Cue(opener, end, entry)
                    break
            if matched is None and word in attitude_adjectives and self._attitude_frame(opener, stretch):
                matched = Cue(opener, opener + 1, CueEntry(word, "thought", "attitude"))
            if matched is None and following in {"that", "to"}:
                matched = self._owned_report_noun(opener, stretch)  # "his claim that", "her vow to"
            if matched is None:
                verb = cue_verbs.get(word)
                # an unlisted verb that reports here, each kind tried only on the words it can be
                if verb is None and following == "that":
                    verb = self._verb_before_that(opener, stretch)  # "reasoned that"
                if verb is None and word.endswith("ed"):
                    verb = self._verb_after_quotation(opener, stretch)  # '"...," he surmised'
                if verb is None and word == "call":
                    verb = self._naming_call(opener, stretch)  # "critics call it a tax"
                if verb is not None and self._verb_use(opener, stretch, verb):
                    matched = Cue(opener, opener + 1, verb)
            if matched is not None:
                cues.append(matched)
                index = matched.last
        return cues

    def _listed_phrases(self, opener: int, limit: int, followers: frozenset[str]) -> Iterator[tuple[CueEntry, int]]:
        """The listed cue phrases that may start at phrase opener ``opener``, each with its entry and the token
        after it: the plain ones longest first, then, after a light verb (word class light_verb), the rest of a
        phrase past a few modifiers ("made [several controversial] comments about", "raised [new] questions
        about", "took [some] shots at"), which the cue then holds. ``followers`` are the words that follow the
        opener's word in some phrase (`phrase_followers`): no key is built whose second word is none of them, as
        it could not be listed. A generator: the gap keys are built only when no plain phrase was taken."""
        lower = self.lower
        phrases = self.lexicons.cue_phrases
        if opener + 2 <= limit and lower[opener + 1] in followers:
            for end in (opener + 4, opener + 3, opener + 2):
                if end <= limit:
                    key = tuple(lower[opener:end])
                    if key in phrases:
                        yield phrases[key], end
        if lower[opener] in self.words["light_verb"]:
            rest = opener + 1
            while rest < limit and rest - opener <= LIGHT_VERB_GAP and self._gap_modifier(rest):
                rest += 1
                if rest + 2 > limit or lower[rest] not in followers:
                    continue
                # a noun and its preposition at least: "made [this] clear" is no report
                for end in (rest + 3, rest + 2):
                    if end <= limit:
                        key = (lower[opener], *lower[rest:end])
                        if key in phrases:
                            yield phrases[key], end

    def _gap_modifier(self, index: int) -> bool:
        """True for a word that may stand between a light verb and the rest of its phrase: a determiner, an
        adjective (a cheap test: word class gap_adjective or a common ending) or an adverb in -ly ("no", "new",
        "several", "veiled", "seemingly"); never a noun ("made a phone call for") nor the verb's own object ("took
        it to court", "gave her players a preview")."""
        text = self.tokens[index].text
        if not (text.replace("-", "").isalpha() and text.islower()):
            return False
        if text in self.words["boundary"] or text in self.words["object_pronoun"]:
            return False
        return (
            text in self.words["determiner"]
            or text in self.words["gap_adjective"]
            or text.endswith(GAP_ADJECTIVE_ENDINGS)
            or text.endswith("ly")
        )

    def _verb_slot(self, index: int) -> bool:
        """True when the word before ``index`` lets a word that is also a noun ("votes", "side", "talks") be a
        verb: a subject pronoun, a name, an auxiliary, "to", an adverb in -ly, a relative word or a plural noun
        ("voters side with", "who votes for", "will side with"); not a determiner, a quantifier or a preposition."""
        if index == 0:
            return False
        before = self.lower[index - 1]
        if before in self.words["determiner"] or before in {"of", "more", "fewer", "than"}:
            return False
        return (
            before in self.words["subject_pronoun"]
            or before in self.words["auxiliary"]
            or before in self.words["relative"]
            or before in {"to", "also", "not", "never", "often", "always"}
            or before.endswith("ly")
            or self.is_name(index - 1)
            or self._plural_noun_before(index, 0)
        )

    def _determined_noun(self, index: int) -> bool:
        """True when a determiner stands before ``index``, perhaps across one lowercase modifier that is no plural
        subject ("the point to", "a renewed push for"; not "the unions push for"): the word is a noun owned by no
        one. A possessive pronoun is left to the possessor ("her push for reform": her stance)."""
        if index == 0 or self.lower[index - 1] in POSSESSIVE_PRONOUNS:
            return False
        if self.lower[index - 1] in self.words["determiner"]:
            return True
        return (
            index >= 2
            and self.lower[index - 2] in self.words["determiner"]
            and self.lower[index - 2] not in POSSESSIVE_PRONOUNS
            and self.tokens[index - 1].text.isalpha()
            and self.tokens[index - 1].text.islower()
            and not self._plural_noun_before(index, 0)
            and self.lower[index - 1] not in PLURALS_WITHOUT_S  # "the data point to": a plural subject
        )

    def _common_owner(self, index: int) -> bool:
        """True when a common noun's possessive stands before ``index`` ("the team's push for", "the coach's comment
        on"): a base form after it is a noun, as no "is" or "has" takes one. A name's is the possessor's."""
        if index == 0:
            return False
        before = self.lower[index - 1]
        if before in {"'s", "’s"}:
            return index >= 2 and self.tokens[index - 2].text.isalpha() and self.tokens[index - 2].text.islower()
        owner = self.tokens[index - 1].text[:-2]
        return before.endswith(("'s", "’s")) and owner.isalpha() and owner.islower()

    def _noun_before(self, index: int) -> bool:
        """True when the word before a stance phrase at ``index`` makes its first word a noun: a number or an
        owner ("42 votes for X", "her calls for X", "Lee's vote for X"). With an owner the noun reports, the owner
        its source; after a number it reports nothing. After an article it may still report, for the subject of
        the clause ("she emerged as an advocate for X")."""
        if index == 0:
            return False
        before = self.lower[index - 1]
        if before in {"'s", "’s"}:
            return index >= 2 and self.is_name(index - 2)  # "Lee 's vote", not "who's called for"
        return (
            before in POSSESSIVE_PRONOUNS
            or before[:1].isdigit()
            or (before.endswith(("'s", "’s")) and self.is_name(index - 1))
        )

    def _words_before(self, index: int, floor: int) -> bool:
        """True when a document, a noun of quoted words or a closing quotation mark stands among the few tokens
        before ``index`` ("The statement was attributed to", '"...," a quote attributed to'), so what is attributed
        is words, not a cause or a sum."""
        for k in range(max(floor, index - ATTRIBUTED_REACH), index):
            word = self.lower[k]
            if word in self.words["document"] or word in self.words["quoted_words"] or word in CLOSING:
                return True
        return False

    def _voices_feeling(self, index: int, limit: int) -> bool:
        """True when a feeling or a stance opens the object at ``index``, past a possessive or an adjective or
        two ("voiced [his deep] concern about X", "voiced support for X"), not another thing ("voiced the
        character in the film")."""
        for probe in range(index, min(limit, index + 4)):
            word = self.lower[probe]
            if word in self.words["attitude_noun"] or word in self.words["stance_noun"]:
                return True
            if not word.isalpha() or word in self.words["boundary"]:
                return False
        return False

    def _agent_holder(self, index: int, floor: int) -> tuple[int, int] | None:
        """Who an agent noun of stance at ``index`` is said of ("Lee is a fierce critic of X", "Lee, a longtime
        supporter of X"): the subject of a linking verb or the name before a comma, before "a" or "an" and at most
        two modifiers. A plural or a definite noun ("supporters of X", "the critics of X") names a group, no
        source; None then."""
        k = index - 1
        while k > floor and index - k <= 3 and self.lower[k] not in {"a", "an"}:
            word = self.lower[k]
            if not self.tokens[k].text.isalpha() or word in self.words["boundary"] or word in self.words["determiner"]:
                return None
            k -= 1
        if k <= floor or self.lower[k] not in {"a", "an"}:
            return None
        before = k - 1
        if self.lower[before] == "," and before - 1 >= floor and self.is_name(before - 1):
            return self._phrase_ending_at(before - 1, floor)  # "Lee, a critic of X"
        if self.lower[before] not in self.words["linking_verb"]:
            return None
        while before - 1 > floor and self.lower[before - 1] in self.words["auxiliary"]:
            before -= 1  # "has long been", "has been"
        return self.subject_before(before, floor)

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
        "his call for ..."), so only a pronoun object and a subject, modal or "to" before it make it a verb, or a
        name followed by the quoted name it is given ("and call Lee "weak"")."""
        if self.lower[index] != "call" or index + 2 >= stretch.last or index == stretch.first:
            return None
        previous = self.lower[index - 1]
        if self._named_then_quoted(index + 1, stretch.last) and previous in NAMING_CALL_OPENERS:
            return CueEntry("call", "speech", "verb")  # "went on to call Lee "the worst senator"": a quoted name
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

    def _finite_form(self, index: int, entry: CueEntry) -> bool:
        """True for a cue's inflected finite form ("says", "said", "argued"), which no noun shares, unlike its
        base form or participle ("another report", "another showing")."""
        word = self.lower[index]
        return word != entry.lemma and not word.endswith("ing") and word not in self.words["noun_form"]

    def _finding_after_relative(self, index: int, stretch: Stretch, entry: CueEntry) -> bool:
        """True for a finite evidence verb after a relative "that" on an object ("cited a poll that shows X",
        "a picture that showed them at the farm"): a finding whose source is the noun, not "that" and a noun
        ("that show"). In the sentence's subject ("The firm that found the leak was paid") the clause would run
        into the main verb, so it is left out."""
        return (
            entry.cue_class == "evidence"
            and self._finite_form(index, entry)
            and self._finding_complement(index + 1, stretch.last)
            and not self._in_subject_relative(Cue(index, index + 1, entry), stretch)
        )

    def _verb_before_number(self, number: int, floor: int) -> bool:
        """True when a verb stands a few words before the number at ``number`` ("spent $2 million since May 3"),
        so an -ing word after the number goes on that verb's clause as a participle."""
        return any(
            self._verb_form(k) and not self.is_name(k) for k in range(max(floor, number - NUMBER_VERB_REACH), number)
        )

    def _finding_complement(self, index: int, limit: int) -> bool:
        """True when a clause follows a finding's verb at ``index`` ("a poll that shows voters would back Kim",
        "which showed she was fit", "a video that showed Lee shooting Kim"): "that" or a question word, or a
        subject and a verb or participle within a few words, no punctuation between; a plain object ("a TV
        that shows movies in 4K", "a test that found the gene") is what the thing does."""
        if index >= limit:
            return False
        first = self.lower[index]
        if first == "that" or first in QUESTION_OPENERS or self._clause_follows(index, limit):
            return True
        for k in range(index + 1, min(limit, index + FINDING_SUBJECT_TOKENS)):
            word = self.tokens[k].text
            if not word[:1].isalnum():
                return False
            if word.islower() and (self._verb_form(k) or word.endswith("ing")):
                return True  # "hikes in the 2000s caused harm", "Lee shooting Kim": a subject and its verb
        return False

    def _verb_use(self, index: int, stretch: Stretch, entry: CueEntry) -> bool:
        """Reject noun uses ("the report") and infinitives that report nothing ("declined to say")."""
        lower = self.lower
        words = self.words
        word = lower[index]
        previous = lower[index - 1] if index > stretch.first else ""
        if previous in words["noun_determiner"] and not (
            previous == "that" and self._finding_after_relative(index, stretch, entry)
        ):
            return False  # "the report", "that show"; but "a poll that shows X" is a finding
        if previous in words["bare_infinitive_controller"] and self._helping_verb(index - 1, stretch.first):
            return False  # "will help determine who wins", "helps explain why": a bare infinitive, nothing said
        if entry.lemma in words["conditional_cue"] and not self._conditional_wish(index, stretch):
            return False  # "a leader like him", "voters like the plan": no wish reported
        if self._in_idiom(index):
            return False  # "it goes without saying that ...", "all told, ...": a fixed phrase reports nothing
        if previous in GRADING_WORDS and (
            word.endswith("ing")
            or (previous in COMPARATIVES and index - 2 >= stretch.first and lower[index - 2] == "the")
        ):
            return False  # "more challenging", "very threatening", "the most detailed": an adjective graded
        if word in words["bare_stance"] and not self._bare_stance_verb(index, stretch.first):
            return False  # "broad support among ...", "Do you support ...": a noun, unless a subject or modal precedes
        if word in words["noun_form"] and not self._verb_of_noun_form(index, stretch):
            return False  # "his claims", "the only hope": a noun, unless a subject and a clause frame it
        if previous == "to" and not self._reporting_infinitive(index, entry):
            return False  # "to report", "to answer": an infinitive of most cues is a noun's or a plan's
        nxt = lower[index + 1] if index + 1 < stretch.last else ""
        if (
            previous in {"no", "every", "another", "my", "your", "such", "whose"} or previous in words["noun_modifier"]
        ) and not (previous == "another" and self._finite_form(index, entry)):
            return False  # "no messages", "a talk show", "a strong showing": a noun; but "another said ..."
        if nxt in words["modified_noun"] and entry.lemma not in words["tell_verb"]:
            return False  # "pledged delegates": an adjective
        if self._participle_after_possessive(index, previous, nxt) or self._graded_participle(index, stretch):
            return False  # "Trump's repeated accusations", "a politically charged visit": an adjective
        if word in words["programme_noun"] and self._programme_noun(previous, nxt):
            return False  # "a cable news show", "Her best showing is ...", "the host's show was cancelled": a noun
        if word in words["naming"] and self._after_indefinite_noun(index, stretch.first):
            return False  # "a group called Black Votes Matter": a name given, not words reported
        if word in words["goal_participle"] and self._after_common_noun(index, stretch.first):
            return False  # "investors seeking to fund ...": the noun's goal describes it; no position is reported
        if word in words["name_giving"] and self._name_given(index, stretch.first):
            return False  # "a worker named Lee", "so named because ...": a name, not a choice reported
        if (
            word in words["naming_as"]
            and nxt == "as"
            and (not self._passive_before(index, stretch.first) or self._name_at(index + 2))
        ):
            # "the hacker known as Guccifer", "is known as Bobby": a name; "is known as a moderate": a reputation
            return False
        if word == "speaking" and (
            previous in {"so", "roughly"} or (previous.endswith("ly") and self._manner_adverb(index - 1))
        ):
            return False  # "generally speaking", "so to speak": a comment on the sentence, not a cue
        if previous in PREPOSITIONS and not word.endswith("ing"):
            return False  # "a share of pledged delegates": no finite verb follows a preposition
        if (previous[:1].isdigit() or previous == "%") and not (
            previous.endswith(("-old", "-olds"))  # "the 43-year-old asked": an age is a noun, its verb follows
            or nxt in words["subject_pronoun"]
            or nxt in words["determiner"]
            or nxt in words["number_cue_next"]
            or nxt in words["reflexive"]
            or _contracted_subject(nxt)  # "Six in 10 say he's ..."
            or (word.endswith("ing") and self.is_name(index + 1) and self._verb_before_number(index - 1, stretch.first))
        ):
            # "4,000 pledged delegates": an adjective; but "Six in 10 say they ...", "40% describe themselves as ...",
            # "a flyer in 1998 questioned whether ...", "spent $2 million since May 3 attacking Lee" report ("In
            # 2016 calling Lee a liar was common": a gerund subject after an opening year, with no verb before)
            return False
        if entry.lemma == "speak" and nxt in {
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
            and word not in words["capitalised_verb"]  # "Jo Kane Tweeted on Friday"
        ):
            return False  # a name: "Sen. Said", "The Post"; but headlines say "Newspaper Says ..."
        if nxt not in words["non_cue_next"] or nxt in {"in", "on", "at"}:
            return True
        if nxt == "to" and entry.lemma in words["impression"]:
            return True  # "seems to work": an impression with no source (`impression`)
        if nxt in TOPIC_CLASSES and entry.lemma in words[TOPIC_CLASSES[nxt]]:
            return True  # "cautioned against X", "vouched for X": the position reported (`_topic_preposition`)
        if (
            nxt in {"of", "for"}
            and entry.lemma in words["passive_charge"]
            and self._passive_before(index, stretch.first)
        ):
            return True  # "is accused of ...": a charge with no speaker (`expected`)
        if entry.cue_class == "speech" and self._after_quotation_and_subject(index, stretch):
            return True  # '"...," he joked with reporters', '"...," she said to cheers': the quotation's cue
        if nxt == "to" and previous in words["passive"] and entry.lemma in words["passive_report"]:
            return True  # "is said to be": a report with no speaker
        if (
            nxt == "by"
            and entry.lemma not in words["tell_verb"]
            and (previous in words["passive"] or self._passive_across_adverb(index, stretch.first))
        ):
            return True  # "was reported by X": a passive with its agent, who is the speaker
        if entry.lemma in {"say", "tell", "write", "add"} and nxt in {"of", "about", "with", "from", "through", "over"}:
            return True  # "said of the plan", "said over the phone": the attribution goes on, it is still a cue
        lemma = entry.lemma
        after = lower[index + 2] if index + 2 < stretch.last else ""
        if (
            lemma == "say"
            and nxt == "to"
            and (after in words["determiner"] or after in words["object_pronoun"] or self.is_name(index + 2))
        ):
            return True  # "said to the TV", not "said to be"
        if nxt == "about" and (after[:1].isdigit() or after in words["determiner"]):
            return True  # "said about 20 people ..."
        if nxt == "for" and after in words["time"]:
            return True  # "has said for weeks he ...": how long, then the report
        if self._through_that(index + 1, stretch.last) > index + 1:
            return True  # "knew from experience that ...": an adjunct before the reported clause
        return lemma in words["infinitive_cue"] or lemma in {"point", "add"}

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
        """True for an -ed or -ing cue form between an article and a manner adverb before it and a noun after it
        ("a politically charged visit", "a newly uncovered email", "a highly anticipated United Nations treaty"):
        an adjective."""
        if index - 2 < stretch.first or index + 1 >= stretch.last or not self.lower[index].endswith(("ed", "ing")):
            return False
        following = self.lower[index + 1]
        return (
            self.lower[index - 2] in {"a", "an", "the"}
            and self._manner_adverb(index - 1)
            and self.tokens[index + 1].text.isalpha()
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
        """The subject of the clause a possessive pronoun's noun is the object of, when it is the same person
        ("she escalated her attacks on ...": "she"; "Both parents stiffened their denunciation of ...": "Both
        parents"), as PolNeAR marks the source; else the possessive."""
        subject = OWNING_SUBJECT.get(self.lower[possessive])
        k = possessive - 1
        while subject is not None and k >= floor and possessive - k <= OWNING_REACH:
            word = self.lower[k]
            if word == subject or (_contracted_subject(word) and word.replace("’", "'").partition("'")[0] == subject):
                return k, k + 1  # "she", "he's"
            if not (
                (self.tokens[k].text.isalpha() and self.tokens[k].text.islower()) or word in self.words["auxiliary"]
            ) or (
                word in self.words["boundary"]
                and word not in self.words["auxiliary"]
                and word not in self.words["passive"]  # "has been stepping up his"
            ):
                break  # "he has stepped up his attacks", "he's been ratcheting up his": auxiliaries, particles
            k -= 1
        return self._noun_owning(possessive, floor) or (possessive, possessive + 1)

    def _noun_owning(self, possessive: int, floor: int) -> tuple[int, int] | None:
        """The noun-phrase subject of the verb right before a possessive pronoun, when it agrees with it ("Trump
        continued his attacks", "Twitter users posted their thoughts"): a name for "his" or "her", a plural for
        "their". A verb of stance ("praised his attacks") speaks of another's, so it owns nothing."""
        verb = possessive - 1
        while verb > floor and (self.lower[verb] in VERB_PARTICLES or self._manner_adverb(verb)):
            verb -= 1  # "ratcheted up their", "sharply escalated his"
        entry = self.lexicons.cue_verbs.get(self.lower[verb])
        if (
            verb <= floor
            or self.is_name(verb)
            or not self._verb_form(verb)
            or self.lower[verb] in self.words["finite"]
            or (entry is not None and entry.cue_class == "stance")
        ):
            return None
        found = self.subject_before(verb, floor)
        if found is None or found[1] - found[0] > OWNING_SUBJECT_TOKENS:
            return None
        head = self.lower[found[1] - 1]
        if head in self.words["subject_pronoun"] or head in self.words["relative"]:
            return None  # a pronoun of another person ("she praised his ..."), or a relative clause's "who"
        if self.lower[possessive] == "their":
            joined = "and" in self.lower[found[0] : found[1]]  # "Lee and Kim renewed their ..."
            plural = joined or (head.endswith("s") and not head.endswith(("ss", "'s", "’s")))
            return found if plural else None
        if self.lower[possessive] in {"his", "her"}:
            # a name, not a plural capitalized only by the sentence's start ("Voters liked her vow ...")
            plural_start = found[1] - found[0] == 1 and self._sentence_start(found[0]) and head.endswith("s")
            return found if self.is_name(found[1] - 1) and not plural_start else None
        return None

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

    def _name_given(self, index: int, floor: int) -> bool:
        """True when "named" gives a name rather than reporting a choice: after "so" ("so named because ...") or
        between a lowercase common noun and a name ("an entrepreneur named Lee", "a resident named Ann"). A
        title ("the governor named Lee to the court"), a pronoun or an adverb before it leaves a choice, unless
        the title is indefinite ("a Boston resident named Ann")."""
        if self._name_after_object(index):
            return True
        if index - 1 < floor:
            return False
        previous = self.lower[index - 1]
        if previous == "so":
            return True
        text = self.tokens[index - 1].text
        return (
            self.is_name(index + 1)
            and text.isalpha()
            and text.islower()
            and previous not in self.words["subject_pronoun"]
            and previous not in self.words["relative"]
            and previous not in self.words["auxiliary"]
            and not self._manner_adverb(index - 1)
            and (not self._role_noun(index - 1) or self._indefinite_before(index - 1, floor))
        )

    def _after_common_noun(self, index: int, floor: int) -> bool:
        """True when a lowercase common noun stands right before ``index`` ("investors seeking", "a trio of
        governors seeking"), not a verb, pronoun, adverb, conjunction or preposition."""
        if index - 1 < floor:
            return False
        previous = self.lower[index - 1]
        text = self.tokens[index - 1].text
        return (
            text.isalpha()
            and text.islower()
            and previous not in self.words["subject_pronoun"]
            and previous not in self.words["relative"]
            and previous not in self.words["auxiliary"]
            and previous not in self.words["finite"]
            and previous not in self.words["passive"]
            and previous not in self.words["clause_start_stop"]
            and previous not in PREPOSITIONS
            and not self._manner_adverb(index - 1)
            and not self._verb_form(index - 1)
        )

    def _bare_stance_verb(self, index: int, floor: int) -> bool:
        """True when a bare_stance form ("support") is a verb: right after a subject pronoun, modal, negation or
        adverb of bare_stance_before ("who support", "would not support"), or after a plural noun of people
        (titles.tsv: "voters support X"), a bloc or share of those polled ("Republicans support X", "those surveyed
        support X", "two-thirds support X"), not an adjective or possessive ("broad support", "the voters' support").
        A number after it is a load borne ("could support fifty pounds"), no stance."""
        if index - 1 < floor or (
            index + 1 < len(self.lower)
            and (self._number(index + 1) or self.lower[index + 1] in self.words["quantity_word"])
        ):
            return False
        previous = self.lower[index - 1]
        if previous in self.words["bare_stance_before"]:
            return True
        if previous == "to" and index - 2 >= floor and self.lower[index - 2] in self.words["raising_before_to"]:
            return True  # "more likely to support X", "reluctant to support X"; not "able": it may bear a load
        if (
            previous in self.words["poll_participle"]
            or previous in self.words["voter_bloc"]
            or previous.endswith(("-thirds", "-quarters", "-fifths"))
        ):
            # "the students polled support X", "Republicans support X", "two-thirds support X"; but "Republican
            # support among women fell" is a noun
            return index + 1 < len(self.lower) and self.lower[index + 1] not in PREPOSITIONS
        text = self.tokens[index - 1].text
        return (
            text.isalpha()
            and (text.islower() or index - 1 == floor)  # "Voters support X" opening the sentence
            and previous in self.lexicons.titles  # "voters support X"; not "the old beams support the roof"
            and previous.endswith("s")
            and not previous.endswith(("ss", "ous", "us"))
            and previous not in self.words["determiner"]
            and previous not in self.words["finite"]
            and previous not in self.words["passive"]
            and previous not in {"this", "its", "his", "as"}
        )

    def _name_at(self, index: int) -> bool:
        """True for a name at ``index``, after "the" or not ("Bobby", "the Golden Gate")."""
        if index < len(self.lower) and self.lower[index] == "the":
            index += 1
        return index < len(self.lower) and self.is_name(index)

    def _name_after_object(self, index: int) -> bool:
        """True when "named" gives a thing its name: a short common-noun object, then the name or "after" ("named
        her dog Max", "named the storm Ann", "named its stadium after the mayor")."""
        k = index + 1
        if k < len(self.lower) and self.lower[k] in self.words["determiner"]:
            k += 1
        start = k
        limit = min(len(self.lower), start + 3)
        while (
            k < limit and self.lower[k] != "after" and self.tokens[k].text.isalpha() and self.tokens[k].text.islower()
        ):
            k += 1
        return start < k < len(self.lower) and (self.lower[k] == "after" or self.is_name(k))

    def _indefinite_before(self, index: int, floor: int) -> bool:
        """True when "a" or "an" opens the noun phrase that ends at ``index`` within a few words, its
        modifiers, names and commas included ("a 52-year-old Salem, N.H., resident")."""
        for k in range(index - 1, max(floor, index - 9) - 1, -1):
            word = self.lower[k]
            if word in {"a", "an"}:
                return True
            if word in self.words["determiner"] or word in self.words["auxiliary"] or self._verb_form(k):
                return False
        return False

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
        stance ("voted to endorse Kim", "the first to criticize the plan"), whose object is the report, or a
        persuasion ("went door to door to persuade voters that X"); and so does any cue after a verb or adjective
        whose subject is the infinitive's ("seemed to recognize X", "is trying to show X", "more likely to want X")."""
        if (
            index >= 2
            and self.lower[index - 2] in self.words["attempt_before_to"]
            and entry.lemma in self.words["perception_verb"]
            and not self._finding_complement(index + 1, len(self.lower))
        ):
            return False  # "tried to read the sign", "is trying to show a profit": a thing perceived, nothing said
        return (
            (
                (entry.cue_class == "speech" and entry.lemma in self.words["clause_verb"])
                or entry.cue_class == "stance"
                or entry.lemma in self.words["persuasion"]
                or (
                    entry.lemma in self.words["opposing_infinitive"]
                    and index + 1 < len(self.lower)
                    and (self.is_name(index + 1) or self.lower[index + 1] == "that")
                )
                or (
                    index >= 2
                    and self.lower[index - 2] in self.words["raising_before_to"]
                    and entry.cue_class != "speech"  # "tried to laugh it off": a manner of speaking takes no report
                )
            )
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
            if (
                not self.tokens[probe].text[:1].isalnum()
                and word not in {"'s", "’s", "-"}
                and (word != "." or probe + 1 in self.sentence_firsts)
            ):
                return False  # but an abbreviation's dot inside the object goes on: "sees Mrs. Lee as ..."
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

    def _passive_across_adverb(self, index: int, floor: int) -> bool:
        """True for a passive with an adverb between "be" and the participle at ``index`` ("was first reported
        by", "is also expected"): the subject is what was reported, not who reported it."""
        be = self._be_before(index, floor)
        return be < index - 1 and self.lower[be] in self.words["passive"]

    def _passive_before(self, index: int, floor: int) -> bool:
        """True when a form of "be" stands before the participle at ``index``, across adverbs ("is accused",
        "is best known", "was widely known"): a passive, its subject not the speaker."""
        k = index - 1
        if k > floor and self._manner_adverb(k):
            k -= 1  # "is widely known"
        return self.lower[k] in self.words["passive"] or self._passive_across_adverb(k + 1, floor)

    def criticised_subject(self, opener: int, floor: int) -> tuple[int, int] | None:
        """The subject of a phrase of criticism received ("The plan has drawn criticism", "She is facing
        criticism from"): what is criticised. None for a relative word ("rules that drew criticism"), whose
        antecedent lies outside the clause."""
        subject = self.subject_before(opener, floor)
        if subject is None or (subject[1] - subject[0] == 1 and self.lower[subject[0]] in self.words["relative"]):
            return None
        return subject

    def _be_before(self, index: int, floor: int) -> int:
        """The token before ``index`` once up to two words of the auxiliary class (auxiliaries and adverbs
        such as "also") or negations are stepped over ("is also expected", "is not expected")."""
        k = index - 1
        while (
            k > floor
            and k > index - 3
            and (self.lower[k] in self.words["auxiliary"] or self.lower[k] in self.words["negation"])
        ):
            k -= 1
        return k

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

    def _relative_cue(self, cue: Cue, stretch: Stretch) -> bool:
        """True for a cue whose subject is a relative pronoun ("who declared", "who has also said")."""
        k = cue.first - 1
        while k > stretch.first and self.lower[k] in self.words["auxiliary"]:
            k -= 1
        return k > stretch.first and self.lower[k] in {"who", "which"}

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
        not say who made it"): like "declined to say whether", it reports the question left open; so does a denied
        knowing (open_question: "We do not know how many ...", "doesn't understand why ..."), unlike a denied
        "know that" ("did not know that X"), which takes X as fact."""
        following = cue.last
        if following < stretch.last and self.lower[following] in self.words["object_pronoun"]:
            following += 1  # "did not tell them why"
        return (
            (cue.entry.cue_class == "speech" or cue.entry.lemma in self.words["open_question"])
            and following < stretch.last
            and (self.lower[following] in QUESTION_OPENERS or self.lower[following] == "who")
        )

    def _negated(self, cue: Cue, stretch: Stretch) -> bool:
        """A negation just before the cue, outside quoted words ("did not say", not '"Absolutely not," he said')."""
        lower = self.lower
        first = max(stretch.first, cue.first - 4)
        for k in range(cue.first - 1, first - 1, -1):
            if lower[k] in CLOSING:
                first = k + 1  # "That is not enough, said X": the negation is in the content, not the attribution
                break
        negation = self.words["negation"]
        for k in range(first, cue.first):
            word = lower[k]
            if (
                (word in negation or word.endswith(("n't", "n’t")))
                and not self.inside_quote[k]
                and not self._refusal(k, cue, stretch.last)
            ):
                return True
        window_start = max(stretch.first, cue.first - 12)
        # a slice's C-level search first: "nobody" is rarely there, so the per-token loop rarely runs
        nobody = "nobody" in lower[window_start : cue.first] and any(
            lower[k] == "nobody" and not self.inside_quote[k] for k in range(window_start, cue.first)
        )
        return nobody or (
            lower[stretch.first] == "neither"
            and not any(lower[k] in {"and", "but", ";"} for k in range(stretch.first, cue.first))
        )  # not "Neither A nor B has won and C suggested ...": a second clause with a subject of its own

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
