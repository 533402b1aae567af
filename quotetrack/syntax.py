"""Reported speech read off a dependency parse: cue, speaker, content, addressee and channel.

Used whenever a Document has dependencies (``doc.has_syntax``); a pure function of the Document and the
lexicons, so any backend that fills heads and relations gets the same rules. Relations are Universal
Dependencies; spaCy's ClearNLP shapes (``prep`` heading ``pobj``, ``agent``) are read too, since
`quotetrack.backends.spacy` renames labels but cannot re-attach prepositions.

Contract (relied on by the pipeline's reported-speech stage):
``find_syntactic_quotes(doc, lexicons=None) -> list[QuoteCandidate]`` returns candidates in document order,
each with ``method="syntax"``, a ``cue``, a speaker ``mention`` and a ``source`` (the sentence), never
overlapping another candidate's content exactly. It returns ``[]`` for a Document without dependencies.

The constructions, after the UD English guidelines and the GUM/EWT treebanks:
    X said (that) CLAUSE          cue with a ``ccomp``; content is the complement's subtree
    "CLAUSE," X said              the same ``ccomp`` to the left (GUM, spaCy), or the cue as ``parataxis``
                                  of the quoted clause (EWT); content is that clause without the cue's own
    X urged Y to CLAUSE           ``xcomp`` of a speech or writing verb
    X said "WORDS"                an ``obj`` wholly inside quotation marks
    according to X, CLAUSE        X is the speaker, the clause the phrase attaches to is the content
The speaker is the cue's ``nsubj`` (never ``nsubj:pass``: "he was told that" names the hearer), the
``by`` agent of a passive, or the subject of the verb a ``conj``/``advcl``/``xcomp`` cue depends on. A cue
that is negated ("did not say", "never said", "neither X nor Y said", "no one said") gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from quotetrack.candidate import Extent, QuoteCandidate
from quotetrack.document import Document, Sentence, Token
from quotetrack.lexicons import CueEntry, Lexicons
from quotetrack.model import QuoteKind

__all__ = ["CHANNEL_WORDS", "QUOTE_MARKS", "TELL_VERBS", "find_syntactic_quotes", "merge_syntactic_quotes"]

#: Tokens that open or close a quotation (PTB's ``` `` ``` and ``''`` included, as some treebanks keep them).
QUOTE_MARKS = frozenset(
    {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "«", "»", "„", "\u201a", "\u2039", "\u203a"} | {"``", "''", "`"}
)

_CHANNEL_LIST = """statement statements interview interviews x twitter tweet tweets post posts letter letters
    email emails e-mail conference briefing release blog facebook instagram threads tiktok youtube telegram
    video speech
    podcast message messages op-ed column article memo note filing affidavit testimony hearing broadcast
    radio television tv newsletter website book remarks address communique communiqué announcement
    essay editorial call phone"""
#: Head nouns of an ``in``/``on`` phrase that name the medium of a report ("in a statement", "on X").
CHANNEL_WORDS = frozenset(_CHANNEL_LIST.split())

_TELL_LIST = "tell inform assure reassure remind notify warn advise brief ask urge promise caution"
#: Verbs whose object is the hearer ("told AFP", "warned reporters"), not the message.
TELL_VERBS = frozenset(_TELL_LIST.split())

_CHANNEL_PREPOSITIONS = frozenset({"in", "on", "via", "through", "during", "at", "over"})
_NEGATORS = frozenset({"not", "n't", "never", "neither", "nor"})
_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "noone", "nothing"})
_NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# direct dependents kept in a speaker or addressee mention: its name and nominal modifiers; appositions,
# clauses, and a predicate nominal's subject and copula ("all they get is a message stating") are cut
_MENTION_KEEP = frozenset(
    {"det", "amod", "compound", "flat", "nmod", "nummod", "conj", "cc", "case", "fixed", "goeswith", "poss"}
    | {"prep", "pobj", "quantmod", "punct"}
)
_PUNCTUATION = frozenset(".,;:!?-\u2013\u2014()[]{}…|/")


@attrs.frozen
class _Tree:
    """Children lists and subtree spans of the whole Document, built once per call."""

    tokens: tuple[Token, ...]
    children: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, doc: Document) -> _Tree:
        children: list[list[int]] = [[] for _ in doc.tokens]
        for index, token in enumerate(doc.tokens):
            if token.head is not None and 0 <= token.head < len(doc.tokens) and token.head != index:
                children[token.head].append(index)
        return cls(doc.tokens, tuple(tuple(c) for c in children))

    def subtree(self, root: int, without: Iterable[int] = ()) -> set[int]:
        """Indices in the subtree of ``root``, leaving out the subtrees of ``without``."""
        skip = set(without)
        found: set[int] = set()
        stack = [root]
        while stack:
            index = stack.pop()
            if index in found or index in skip:
                continue
            found.add(index)
            stack.extend(self.children[index])
        return found

    def kids(self, index: int, *relations: str) -> list[int]:
        """Children whose relation (without its subtype, unless one is asked for) is among ``relations``."""
        return [
            child
            for child in self.children[index]
            if _rel(self.tokens[child]) in relations or (self.tokens[child].deprel or "") in relations
        ]

    def head(self, index: int) -> int:
        head = self.tokens[index].head
        return -1 if head is None else head


def find_syntactic_quotes(doc: Document, lexicons: Lexicons | None = None) -> list[QuoteCandidate]:
    """Find reported speech from the dependency parse of ``doc``; ``[]`` when ``doc`` has no parse.

    ``lexicons`` defaults to `quotetrack.lexicons.default_lexicons`. See the module docstring for the
    constructions and the contract.
    """
    if not doc.has_syntax or not doc.tokens:
        return []
    if lexicons is None:
        from quotetrack.lexicons import default_lexicons  # noqa: PLC0415 - loaded once, on first use

        lexicons = default_lexicons()
    tree = _Tree.of(doc)
    found: list[QuoteCandidate] = []
    for sentence in doc.sentences:
        for index in range(sentence.first_token, sentence.last_token):
            candidate = _phrase_cue(doc, tree, sentence, index, lexicons) or _verb_cue(
                doc, tree, sentence, index, lexicons
            )
            if candidate is not None:
                found.append(candidate)
    return _without_repeats(found)


def _without_repeats(candidates: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """One candidate per content: "said and added that X" reports X once, under its first cue."""
    seen: set[tuple[Extent, ...]] = set()
    kept = []
    for candidate in sorted(candidates, key=lambda c: (c.start, c.end)):
        key = tuple(candidate.segments)
        if key not in seen:
            seen.add(key)
            kept.append(candidate)
    return kept


def _rel(token: Token) -> str:
    return (token.deprel or "").split(":")[0]


def _lower(token: Token) -> str:
    return token.text.lower()


def _is_mark(token: Token) -> bool:
    # a lone apostrophe after a plural ("parents'") is a possessive, not a closing mark
    return token.text in QUOTE_MARKS and _rel(token) != "case" and token.pos != "PART"


def _is_punct(token: Token) -> bool:
    return token.pos == "PUNCT" or all(ch in _PUNCTUATION for ch in token.text) or _is_mark(token)


def _cue_entry(token: Token, lexicons: Lexicons) -> CueEntry | None:
    entry = lexicons.cue_verbs.get(_lower(token))
    if entry is None and token.lemma:
        entry = lexicons.cue_verbs.get(token.lemma.lower())
    return entry


# ---------------------------------------------------------------------------------------------- verb cues


def _verb_cue(doc: Document, tree: _Tree, sentence: Sentence, index: int, lexicons: Lexicons) -> QuoteCandidate | None:
    token = doc.tokens[index]
    if token.pos not in (None, "VERB") or _rel(token) in {"case", "mark", "fixed", "amod", "compound"}:
        return None
    entry = _cue_entry(token, lexicons)
    if entry is None or _negated(doc, tree, index):
        return None
    if any(_lower(doc.tokens[m]) in _CONDITIONAL_MARKS for m in tree.kids(index, "mark")):
        return None  # "if she says so" reports nothing

    content = _complement(doc, tree, index, entry)
    if content is None:
        return None
    pieces, confidence = content
    mention = _speaker(doc, tree, index)
    if mention is None:
        return None
    segments, kind = _segments_and_kind(doc, pieces)
    if not segments:
        return None
    if entry.cue_class == "thought":
        confidence -= 0.25
    if doc.tokens[mention[0]].pos in {"PROPN", "PRON"} or doc.tokens[mention[1] - 1].pos == "PROPN":
        confidence += 0.05
    return QuoteCandidate(
        segments=segments,
        kind=kind,
        cue=_cue_extent(doc, tree, index),
        cue_class=entry.cue_class,
        mention=_extent(doc, mention),
        addressee=_addressee(doc, tree, index, entry),
        channel=_channel(doc, tree, index),
        source=(sentence.start, sentence.end),
        method="syntax",
        confidence=round(min(1.0, max(0.05, confidence)), 3),
        marked=kind is QuoteKind.DIRECT,
    )


def _complement(doc: Document, tree: _Tree, index: int, entry: CueEntry) -> tuple[list[set[int]], float] | None:
    """The content's token sets and a base confidence, from the first complement shape that applies."""
    for child in tree.kids(index, "ccomp"):
        return [tree.subtree(child)], 0.8
    if entry.cue_class not in {"speech", "writing"}:
        return None  # "I think" in parentheses, "want to go": thoughts need a full clause
    token = doc.tokens[index]
    head = tree.head(index)
    if _rel(token) == "parataxis" and 0 <= head < index and _is_clause(doc, tree, head):
        # EWT: in '"...," she said' the reporting clause hangs off the quoted clause's root
        return [tree.subtree(head, without=[index])], 0.75
    for child in tree.kids(index, "parataxis"):
        if _is_clause(doc, tree, child):
            return [tree.subtree(child)], 0.7
    for child in tree.kids(index, "xcomp"):
        if doc.tokens[child].pos in {None, "VERB", "AUX"}:
            return [tree.subtree(child)], 0.6
    for child in tree.kids(index, "obj"):
        words = tree.subtree(child)
        if _enclosed_in_marks(doc, min(words), max(words) + 1):
            return [words], 0.75
    return None


def _is_clause(doc: Document, tree: _Tree, index: int) -> bool:
    """A predicate: a verb, or anything with a subject or copula (a title or a name is not a quote)."""
    return doc.tokens[index].pos in {None, "VERB", "AUX"} or bool(tree.kids(index, "nsubj", "csubj", "cop"))


def _negated(doc: Document, tree: _Tree, index: int) -> bool:
    """ "did not say", "never said", "neither X nor Y said", "no one said", "nobody told"."""
    for child in tree.kids(index, "advmod", "neg", "cc"):
        modifier = doc.tokens[child]
        if _lower(modifier) in _NEGATORS or (modifier.lemma or "").lower() in {"not", "never"}:
            return True
    for subject in tree.kids(index, "nsubj"):
        if _lower(doc.tokens[subject]) in _NEGATIVE_SUBJECTS:
            return True
        for child in tree.children[subject]:
            word = _lower(doc.tokens[child])
            if (word in _NEGATIVE_DETERMINERS and _rel(doc.tokens[child]) in {"det", "cc", "advmod"}) or (
                word == "neither" and (doc.tokens[child].deprel or "").startswith("cc")
            ):
                return True
    return False


def _speaker(doc: Document, tree: _Tree, index: int) -> tuple[int, int] | None:
    """Token range [start, end) of the speaker mention, or None when the cue has no speaking subject."""
    subjects = [c for c in tree.children[index] if doc.tokens[c].deprel == "nsubj"]
    if subjects:
        return _mention_range(doc, tree, subjects[0])
    if tree.kids(index, "nsubj:pass", "aux:pass"):
        for agent in tree.kids(index, "obl:agent", "obl", "agent"):
            if doc.tokens[agent].deprel == "agent":  # spaCy: said -agent-> by -pobj-> X
                objects = tree.kids(agent, "pobj")
                return _mention_range(doc, tree, objects[0]) if objects else None
            cases = tree.kids(agent, "case")
            if any(_lower(doc.tokens[c]) == "by" for c in cases):
                return _mention_range(doc, tree, agent, also_trim=cases)
        return None
    token = doc.tokens[index]
    head = tree.head(index)
    if head < 0:
        return None
    if _rel(token) in {"conj", "advcl", "xcomp"} and not _negated(doc, tree, head):
        # "smiled and said", "..., saying that", "went on to say": the governing verb's subject speaks
        governing = [c for c in tree.children[head] if doc.tokens[c].deprel == "nsubj"]
        if not governing and (doc.tokens[head].lemma or "").lower() == "quote":
            # "he was quoted as saying": the passive subject of "quoted" is the one who spoke
            governing = tree.kids(head, "nsubj:pass")
        if governing:
            return _mention_range(doc, tree, governing[0])
        if _rel(doc.tokens[head]) == "conj" and tree.head(head) >= 0:
            return _speaker(doc, tree, head)
    if _rel(token) == "acl" and doc.tokens[head].pos in {None, "NOUN", "PROPN"}:
        # "a statement saying that ...": the document speaks for its authors
        return _mention_range(doc, tree, head, also_trim=[index])
    return None


def _mention_range(doc: Document, tree: _Tree, head: int, also_trim: Sequence[int] = ()) -> tuple[int, int]:
    """The contiguous name around ``head``: its subtree without appositions, clauses and punctuation."""
    trimmed = [
        child
        for child in tree.children[head]
        if _rel(doc.tokens[child]) not in _MENTION_KEEP
        or child in also_trim
        or (_rel(doc.tokens[child]) == "punct" and child > head and doc.tokens[child].text == ",")
    ]
    words = tree.subtree(head, without=trimmed)
    start = end = head
    while start - 1 in words:
        start -= 1
    while end + 1 in words:
        end += 1
    while start < end and _is_punct(doc.tokens[start]):
        start += 1
    while end > start and _is_punct(doc.tokens[end]):
        end -= 1
    return start, end + 1


def _extent(doc: Document, token_range: tuple[int, int]) -> Extent:
    return doc.tokens[token_range[0]].start, doc.tokens[token_range[1] - 1].end


def _cue_extent(doc: Document, tree: _Tree, index: int) -> Extent:
    """The verb, with an adjacent particle ("pointed out")."""
    first = last = index
    for child in tree.kids(index, "compound:prt"):
        if child == last + 1:
            last = child
    return doc.tokens[first].start, doc.tokens[last].end


def _addressee(doc: Document, tree: _Tree, index: int, entry: CueEntry) -> Extent | None:
    """The hearer: the object of a tell-type verb, or the ``to`` phrase of a speech verb."""
    if entry.lemma in TELL_VERBS:
        for child in tree.kids(index, "iobj", "obj"):
            words = tree.subtree(child)
            if not _enclosed_in_marks(doc, min(words), max(words) + 1):
                return _extent(doc, _mention_range(doc, tree, child))
    if entry.cue_class in {"speech", "writing"}:
        for child in tree.kids(index, "obl"):
            if any(_lower(doc.tokens[c]) == "to" for c in tree.kids(child, "case")):
                return _extent(doc, _mention_range(doc, tree, child, also_trim=tree.kids(child, "case")))
        for child in tree.kids(index, "prep"):
            if _lower(doc.tokens[child]) == "to":
                for noun in tree.kids(child, "pobj"):
                    return _extent(doc, _mention_range(doc, tree, noun))
    return None


def _channel(doc: Document, tree: _Tree, index: int) -> Extent | None:
    """ "in a statement", "on X": a prepositional phrase whose head noun names a medium."""
    for child in tree.kids(index, "obl", "nmod"):
        cases = [c for c in tree.kids(child, "case") if _lower(doc.tokens[c]) in _CHANNEL_PREPOSITIONS]
        if cases and _is_channel_word(doc.tokens[child]):
            words = tree.subtree(child)
            return doc.tokens[min(words)].start, doc.tokens[max(words)].end
    for child in tree.kids(index, "prep"):
        if _lower(doc.tokens[child]) in _CHANNEL_PREPOSITIONS:
            for noun in tree.kids(child, "pobj"):
                if _is_channel_word(doc.tokens[noun]):
                    words = tree.subtree(child)
                    return doc.tokens[min(words)].start, doc.tokens[max(words)].end
    return None


def _is_channel_word(token: Token) -> bool:
    return _lower(token) in CHANNEL_WORDS or (token.lemma or "").lower() in CHANNEL_WORDS


# -------------------------------------------------------------------------------------------- phrase cues


def _phrase_cue(
    doc: Document, tree: _Tree, sentence: Sentence, index: int, lexicons: Lexicons
) -> QuoteCandidate | None:
    """ "according to X, CLAUSE" and the other phrases whose speaker follows them (role ``object``)."""
    match = _match_phrase(doc, sentence, index, lexicons)
    if match is None:
        return None
    length, entry = match
    phrase = set(range(index, index + length))
    nominal = _phrase_object(doc, tree, phrase)
    if nominal is None:
        return None
    group = tree.subtree(nominal) | phrase
    clause = next((tree.head(i) for i in sorted(group) if tree.head(i) >= 0 and tree.head(i) not in group), None)
    if clause is None:
        return None  # "According to police." on its own says nothing
    # the clause's own "that" belongs to the verb it completes ("learned that according to X, ...")
    leave_out = [i for i in tree.children[clause] if i in group or _rel(doc.tokens[i]) == "mark"]
    content = tree.subtree(clause, without=leave_out)
    segments, kind = _segments_and_kind(doc, [content])
    if not segments:
        return None
    mention = _mention_range(doc, tree, nominal, also_trim=[i for i in phrase if tree.head(i) == nominal])
    return QuoteCandidate(
        segments=segments,
        kind=kind,
        cue=(doc.tokens[index].start, doc.tokens[index + length - 1].end),
        cue_class=entry.cue_class,
        mention=_extent(doc, mention),
        source=(sentence.start, sentence.end),
        method="syntax",
        confidence=0.8,
        marked=kind is QuoteKind.DIRECT,
    )


def _match_phrase(doc: Document, sentence: Sentence, index: int, lexicons: Lexicons) -> tuple[int, CueEntry] | None:
    for length in (4, 3, 2):
        if index + length > sentence.last_token:
            continue
        words = tuple(_lower(t) for t in doc.tokens[index : index + length])
        entry = lexicons.cue_phrases.get(words)
        if entry is not None and entry.role == "object":
            return length, entry
    return None


def _phrase_object(doc: Document, tree: _Tree, phrase: set[int]) -> int | None:
    """The nominal after the phrase: UD hangs the phrase off it as ``case``; spaCy makes it a ``pobj``."""
    last = max(phrase)
    for i in sorted(phrase):
        head = tree.head(i)
        if head > last and head not in phrase and _rel(doc.tokens[i]) in {"case", "mark"}:
            return head
    for i in sorted(phrase, reverse=True):
        for child in tree.kids(i, "pobj", "obj", "obl", "nmod"):
            if child > last:
                return child
    return None


# ------------------------------------------------------------------------------------------ content shape


def _segments_and_kind(doc: Document, pieces: list[set[int]]) -> tuple[list[Extent], QuoteKind]:
    """Cut token sets into contiguous runs without edge punctuation, and tell direct/mixed/indirect.

    Direct: quotation marks just outside the content on both sides (or a closing mark after content that
    starts its sentence, the tail of a quote opened earlier) and none inside. Mixed: marks inside.
    """
    runs: list[tuple[int, int]] = []
    for words in pieces:
        for run in _runs(sorted(words)):
            start, end = _strip_punct(doc, *run)
            if end > start:
                runs.append((start, end))
    if not runs:
        return [], QuoteKind.INDIRECT
    runs.sort()
    first, last = runs[0][0], runs[-1][1]
    inside = sum(1 for start, end in runs for i in range(start, end) if _is_mark(doc.tokens[i]))
    segments = [(doc.tokens[s].start, doc.tokens[e - 1].end) for s, e in runs]
    if inside and _rel(doc.tokens[first]) == "mark" and len(runs) == 1:
        # 'wrote that "..."': the whole complement after "that" is quoted, so the quote is direct
        start, end = _strip_punct(doc, first + 1, last)
        if end > start and _enclosed_in_marks(doc, start, end):
            return [(doc.tokens[start].start, doc.tokens[end - 1].end)], QuoteKind.DIRECT
    if inside:
        return segments, QuoteKind.MIXED
    if _enclosed_in_marks(doc, first, last):
        return segments, QuoteKind.DIRECT
    return segments, QuoteKind.INDIRECT


def _strip_punct(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Trim punctuation from both edges, keeping a mark that pairs with one inside ('was "a disgrace"')."""
    lo, hi = start, end
    while lo < hi and _is_punct(doc.tokens[lo]):
        lo += 1
    while hi > lo and _is_punct(doc.tokens[hi - 1]):
        hi -= 1
    if sum(_is_mark(doc.tokens[i]) for i in range(lo, hi)) % 2 == 1:
        after = next((i for i in range(hi, end) if _is_mark(doc.tokens[i])), None)
        before = next((i for i in range(lo - 1, start - 1, -1) if _is_mark(doc.tokens[i])), None)
        if after is not None:
            hi = after + 1
        elif before is not None:
            lo = before
    return lo, hi


def _runs(indices: Sequence[int]) -> Iterable[tuple[int, int]]:
    if not indices:
        return
    start = previous = indices[0]
    for i in indices[1:]:
        if i != previous + 1:
            yield start, previous + 1
            start = i
        previous = i
    yield start, previous + 1


def _enclosed_in_marks(doc: Document, start: int, end: int) -> bool:
    """True when tokens [start, end) sit between marks, allowing punctuation before the closing one."""
    inner_start, inner_end = start, end
    while inner_start < inner_end and _is_mark(doc.tokens[inner_start]):
        inner_start += 1
    while inner_end > inner_start and _is_punct(doc.tokens[inner_end - 1]):
        inner_end -= 1
    if inner_end <= inner_start or any(_is_mark(doc.tokens[i]) for i in range(inner_start, inner_end)):
        return False
    after = inner_end
    while after < len(doc.tokens) and _is_punct(doc.tokens[after]) and not _is_mark(doc.tokens[after]):
        after += 1
    closed = after < len(doc.tokens) and _is_mark(doc.tokens[after])
    opened = inner_start > 0 and _is_mark(doc.tokens[inner_start - 1])
    if not opened:
        sentence_start = any(s.first_token == inner_start for s in doc.sentences)
        opened = sentence_start and _opened_earlier(doc, inner_start)
    return opened and closed


def _opened_earlier(doc: Document, index: int) -> bool:
    """An odd number of double marks in the paragraph before ``index``: a quote running across sentences."""
    paragraph_start = max((p.start for p in doc.paragraphs if p.start <= doc.tokens[index].start), default=0)
    count = sum(
        1
        for token in doc.tokens[:index]
        if token.start >= paragraph_start and token.text in {'"', "“", "”", "``", "''", "«", "»"}
    )
    return count % 2 == 1


# ------------------------------------------------------------------------------------------------ merging


def merge_syntactic_quotes(
    doc: Document, candidates: Sequence[QuoteCandidate], lexicons: Lexicons | None = None
) -> list[QuoteCandidate]:
    """Combine the surface stage's candidates with the parse's, so each quote keeps the better of both.

    Where both saw the same cue, the parse decides the speaker mention (a subject is a subtree, not a guess
    from word order) and, for unmarked content, the edges (the complement's subtree); quotation marks, where
    they made the candidate, keep deciding the content. A candidate the surface stage left without speaker
    takes the attribution of a parse candidate whose content overlaps it. Parse candidates that overlap
    nothing are added; one lying wholly inside another quote (a report inside a report) is left out.
    Returns candidates in document order; overlaps between different cues are left to the caller.
    """
    syntactic = find_syntactic_quotes(doc, lexicons)
    merged = [attrs.evolve(c, segments=list(c.segments)) for c in candidates]
    used: set[int] = set()
    for candidate in merged:
        for number, found in enumerate(syntactic):
            if number in used or not _overlap(candidate, found):
                continue
            if candidate.cue is not None and candidate.cue == found.cue:
                _adopt(candidate, found, content=not candidate.marked)
                used.add(number)
                break
            if candidate.mention is None and candidate.marked and found.kind is QuoteKind.DIRECT:
                _adopt(candidate, found, content=False)
                used.add(number)
                break
    outer = list(merged)
    for number, found in enumerate(syntactic):
        if number in used or any(_inside(found, other) for other in outer):
            continue
        if any(_overlap(found, o) and o.marked for o in outer):
            continue  # the marks stage already holds this quotation, attributed to another cue
        outer.append(found)
    return sorted(outer, key=lambda c: (c.start, c.end))


def _adopt(candidate: QuoteCandidate, found: QuoteCandidate, *, content: bool) -> None:
    candidate.cue = found.cue
    candidate.cue_class = candidate.cue_class or found.cue_class
    candidate.mention = found.mention or candidate.mention
    candidate.addressee = candidate.addressee or found.addressee
    candidate.channel = candidate.channel or found.channel
    candidate.source = candidate.source or found.source
    candidate.method = "syntax"
    candidate.confidence = max(candidate.confidence, found.confidence)
    if content:
        candidate.segments = list(found.segments)
        candidate.kind = found.kind


def _overlap(a: QuoteCandidate, b: QuoteCandidate) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(inner: QuoteCandidate, outer: QuoteCandidate) -> bool:
    return (
        outer.start <= inner.start and inner.end <= outer.end and (outer.start, outer.end) != (inner.start, inner.end)
    )
