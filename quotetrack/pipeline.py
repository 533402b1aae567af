"""The public entry points: text in, `Analysis` out, one stage after another (see DESIGN data flow).

text ─backend─▶ Document ─marks─▶ quotations ─reported/syntax─▶ candidates ─entities─▶ Analysis
                                                      │ in fiction (genre), before entities:
                                                      └─ fiction conventions, dialogue tags and beats
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Callable
from typing import Any

from quotetrack.backends.base import Backend, get_backend
from quotetrack.candidate import QuoteCandidate
from quotetrack.dialogue import tag_dialogue
from quotetrack.document import Document
from quotetrack.entities import resolve_speakers
from quotetrack.genre import GENRES, detect_genre, fiction_conventions
from quotetrack.lexicons import Lexicons, default_lexicons
from quotetrack.marks import find_quotations
from quotetrack.model import Analysis, Quote, Span
from quotetrack.reported import find_reported_speech

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})  # open a clause describing a noun
RELATIVE_REACH = 40  # characters before a cue searched for a relative pronoun ("who has long backed")
CLAUSE_OWNER_REACH = 8  # forward cues before a trailing one that `_clause_owners` weighs against it


def analyze(
    text: Any,
    *,
    backend: str | Backend | None = None,
    id: str | None = None,  # noqa: A002 - the natural name for an article's identifier
    lexicons: Lexicons | None = None,
    genre: str = "auto",
    **options: Any,
) -> Analysis:
    """Find every quote in ``text`` and resolve its speaker; return the whole `Analysis`.

    ``text`` is a str (parsed by ``backend``, default the embedded ``"rules"``), a `Document`, or a stanza or
    spaCy document already processed by the caller. The text is never rewritten: every span slices back.

    ``genre`` is ``"news"``, ``"fiction"`` or ``"auto"`` (decided from the text, see `quotetrack.genre`). In
    fiction only the characters' marked words are quotes: reported speech in the narrator's voice is not.
    """
    if genre != "auto" and genre not in GENRES:
        raise ValueError(f"genre must be 'auto', 'news' or 'fiction', not {genre!r}")
    # An article makes tens of thousands of short-lived containers (a token is a tuple, and the rules run on
    # them) but no garbage that only the cycle collector frees: left on, it walked the live tokens again and
    # again, some 6% of the time. It is paused for the call, unless the caller has paused it, and whatever
    # the call leaves is collected as usual afterwards.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _analyze(text, backend, id, lexicons, genre, **options)
    finally:
        if collecting:
            gc.enable()


def _analyze(
    text: Any,
    backend: str | Backend | None,
    id: str | None,  # noqa: A002 - as in `analyze`
    lexicons: Lexicons | None,
    genre: str,
    **options: Any,
) -> Analysis:
    """`analyze` with its arguments checked, run with the cycle collector paused."""
    doc = _to_document(text, backend, **options)
    if genre == "auto":
        genre = detect_genre(doc.text)
    lexicons = lexicons or default_lexicons()
    quotations, warnings = find_quotations(doc)
    candidates = find_reported_speech(doc, quotations, lexicons, genre=genre)
    if doc.has_syntax:
        from quotetrack.syntax import merge_syntactic_quotes  # noqa: PLC0415 - only parsed documents need it

        # the parse decides speakers and adds clauses; quotation marks keep deciding direct content
        candidates = merge_syntactic_quotes(doc, candidates, lexicons)
    if genre == "fiction":
        candidates = fiction_conventions(doc.text, candidates, quotations)
        tag_dialogue(doc.text, candidates, lexicons)
    candidates = _drop_overlaps(candidates, doc.text)
    speakers, speaker_of, methods = resolve_speakers(doc, candidates, lexicons, genre)
    quotes = tuple(
        _to_quote(doc.text, c, speaker_of.get(i), methods.get(i, c.method)) for i, c in enumerate(candidates)
    )
    return Analysis(
        text=doc.text,
        quotes=quotes,
        speakers=tuple(speakers),
        warnings=tuple(warnings),
        backend=doc.backend,
        genre=genre,
        id=id,
    )


def extract(text: Any, *, backend: str | Backend | None = None, **options: Any) -> list[Quote]:
    """The quotes of ``text`` in document order (``analyze(text).quotes`` as a list)."""
    return list(analyze(text, backend=backend, **options).quotes)


def _drop_overlaps(candidates: list[QuoteCandidate], text: str) -> list[QuoteCandidate]:
    """Keep one candidate where two claim overlapping content: the outer of two nested attributions, else the
    more confident, else the earlier (`_settle`).

    Candidates only compete with those they overlap, so each cluster of overlapping candidates is settled
    alone; one sorted list for the whole text made every insertion cost its length (quadratic on a book).
    """
    order = sorted(range(len(candidates)), key=lambda k: candidates[k].start)
    kept: list[QuoteCandidate] = []
    cluster: list[int] = []
    reach = -1  # the furthest end in the cluster so far
    for k in order:
        if cluster and candidates[k].start >= reach:
            kept.extend(_settle_cluster(candidates, cluster, text))
            cluster = []
        cluster.append(k)
        reach = max(reach, candidates[k].end) if len(cluster) > 1 else candidates[k].end
    if cluster:
        kept.extend(_settle_cluster(candidates, cluster, text))
    return kept


def _settle_cluster(candidates: list[QuoteCandidate], cluster: list[int], text: str) -> list[QuoteCandidate]:
    """`_settle` for the candidates at the indices ``cluster``; a candidate overlapping none, the usual case,
    stays as it is. A report inside the attribution of a split quote is settled apart (`_between_pieces`)."""
    if len(cluster) == 1:
        return [candidates[cluster[0]]]
    members = [candidates[j] for j in sorted(cluster)]
    hosts = [c for c in members if len(c.segments) > 1]
    split = _between_pieces(hosts)
    between = [c for c in members if split(c) and not _in_relative(c, text)] if hosts else []
    if not between:
        return _settle(members)
    kept = _settle([c for c in members if not any(c is b for b in between)])
    split = _between_pieces([c for c in kept if len(c.segments) > 1])
    inner = [c for c in _settle(between) if split(c)]
    return sorted(kept + inner, key=lambda c: c.start)


def _between_pieces(hosts: list[QuoteCandidate]) -> Callable[[QuoteCandidate], bool]:
    """A test of whether a candidate lies in the attribution between two pieces of a split quote of ``hosts``
    ('"A," she said, referring to the plan. "B."'): it reports something of its own inside the attribution, so
    it does not compete with the quote around it, as PolNeAR annotates both.

    The gaps between pieces are sorted by start with the furthest end so far (and the furthest of another
    host), so each test is one bisection: a run-on sentence of split reports made every candidate walk every
    host's gaps (quadratic)."""
    gaps = sorted(
        (first[1], second[0], id(host))
        for host in hosts
        for first, second in zip(host.segments, host.segments[1:], strict=False)
    )
    starts = [start for start, _, _ in gaps]
    reach: list[tuple[int, int, int]] = []  # (furthest end, its host, furthest end of any other host) so far
    top, top_host, other = -1, 0, -1
    for _, end, host in gaps:
        if end > top:
            if host != top_host:
                other = top
            top, top_host = end, host
        elif host != top_host and end > other:
            other = end
        reach.append((top, top_host, other))

    def between(candidate: QuoteCandidate) -> bool:
        index = bisect.bisect_right(starts, candidate.start) - 1
        if index < 0:
            return False
        top, host, other = reach[index]
        return candidate.end <= (top if host != id(candidate) else other)

    return between


def _in_relative(candidate: QuoteCandidate, text: str) -> bool:
    """True when a relative pronoun stands in the few words before the candidate's cue ('," said Jo Doe, who
    backed Smith'): a relative clause describes the speaker for the reader, and PolNeAR seldom annotates it."""
    if candidate.cue is None:
        return False
    words = text[max(0, candidate.cue[0] - RELATIVE_REACH) : candidate.cue[0]].lower().split()[-4:]
    return any(word in RELATIVE_PRONOUNS for word in words)


def _settle(cluster: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """The candidates of one cluster that survive, most confident first, in document order; but a report
    whose cue lies inside another attribution's content yields to it ("She said he told them to wait": the
    content is "he told them to wait", as PolNeAR annotates the outer attribution; the inner one it annotates far
    less often). Of two cues each inside the other's content, a trailing attribution yields to an earlier cue
    whose content goes on past it (`_clause_owners`)."""
    nested = _nested(cluster)
    nested -= _clause_owners(cluster, nested)
    kept: list[QuoteCandidate] = []  # sorted by start and never overlapping, so ends are sorted too
    starts: list[int] = []
    for candidate in sorted(cluster, key=lambda c: (id(c) in nested, -c.confidence, c.start)):
        index = bisect.bisect_left(starts, candidate.end)
        if index > 0 and kept[index - 1].end > candidate.start:
            continue
        kept.insert(index, candidate)
        starts.insert(index, candidate.start)
    return kept


def _clause_owners(cluster: list[QuoteCandidate], nested: set[int]) -> set[int]:
    """The ids of nested candidates that keep their claim against a trailing attribution nested in them in turn:
    in "X said his partner, a producer, wrote the songs" the trailing reading of "wrote" takes "X said his
    partner" as its content while "said" takes "his partner ... wrote the songs"; each cue lies in the other's
    content. The earlier cue, whose content goes on past the later cue and its speaker, owns the clause; the
    later verb is that clause's own. When the earlier content stops at the later attribution ("..., he said"),
    the trailing one stands.

    Only nested candidates compete, and each trailing one is checked against the few forward ones whose cue lies
    nearest before its own in its content (found by bisection): a cluster costs n log n, even one run-on sentence
    of cues."""
    forward = sorted(
        (c for c in cluster if c.cue is not None and id(c) in nested and c.start >= c.cue[1]),
        key=lambda c: c.cue[0],  # type: ignore[index]
    )
    if not forward:
        return set()
    cue_starts = [c.cue[0] for c in forward]  # type: ignore[index]
    owners: set[int] = set()
    for later in cluster:
        if later.cue is None or id(later) not in nested or later.end > later.cue[0]:
            continue  # only a trailing attribution, its content before its cue, is the rival here
        tail = max(later.cue[1], later.mention[1] if later.mention is not None else 0)
        first = bisect.bisect_left(cue_starts, later.start)
        last = bisect.bisect_left(cue_starts, min(later.end, later.cue[0]))
        for earlier in forward[max(first, last - CLAUSE_OWNER_REACH) : last]:  # the nearest cues before it
            if earlier.start <= later.cue[0] < earlier.end and earlier.end > tail + 1:
                owners.add(id(earlier))
    return owners


def _nested(cluster: list[QuoteCandidate]) -> set[int]:
    """The ids of the candidates whose cue lies inside the content of another attributed candidate.

    One pass over the candidates by start keeps the two furthest ends so far, so a candidate is never found
    inside itself (a split quote's cue stands inside its own content) and the cluster costs n log n.
    """
    attributed = sorted(((c, c.cue[0]) for c in cluster if c.cue is not None), key=lambda pair: pair[0].start)
    starts = [c.start for c, _ in attributed]
    furthest: list[tuple[int, int, int]] = []  # after each candidate: furthest end, its owner's id, second end
    best, owner, second = -1, 0, -1
    for c, _ in attributed:
        if c.end > best:
            best, owner, second = c.end, id(c), best
        elif c.end > second:
            second = c.end
        furthest.append((best, owner, second))
    nested: set[int] = set()
    for c, cue_start in attributed:
        index = bisect.bisect_right(starts, cue_start) - 1
        if index < 0:
            continue
        best, owner, second = furthest[index]
        if (second if owner == id(c) else best) > cue_start:
            nested.add(id(c))
    return nested


def _to_quote(text: str, candidate: QuoteCandidate, speaker: Any, method: str) -> Quote:
    def span(extent: tuple[int, int] | None) -> Span | None:
        return None if extent is None else Span.of(text, *extent)

    segments = tuple(Span.of(text, s, e) for s, e in candidate.segments)
    return Quote(
        kind=candidate.kind,
        content=Span.of(text, candidate.start, candidate.end),
        segments=segments,
        cue=span(candidate.cue),
        speaker=speaker,
        speaker_mention=span(candidate.mention),
        addressee=span(candidate.addressee),
        channel=span(candidate.channel),
        source=span(candidate.source),
        confidence=candidate.confidence,
        method=method,
        cue_class=candidate.cue_class,
    )


def _to_document(text: Any, backend: str | Backend | None, **options: Any) -> Document:
    if isinstance(text, Document):
        return text
    if isinstance(text, str):
        return get_backend(backend, **options).parse(text)
    if isinstance(text, (bytes, bytearray)):
        msg = (
            f"quotetrack needs text as str, got {type(text).__name__}: decode it first, "
            "e.g. quotetrack.analyze(data.decode('utf-8')) or quotetrack.extract(data.decode('utf-8'))"
        )
        raise TypeError(msg)
    if text is None:
        msg = "quotetrack needs text as str (or a stanza/spaCy document), got None"
        raise TypeError(msg)
    module = type(text).__module__ or ""
    if module.startswith("stanza"):
        from quotetrack.backends.stanza import document_from_stanza  # noqa: PLC0415

        return document_from_stanza(text)
    if module.startswith("spacy"):
        from quotetrack.backends.spacy import document_from_spacy  # noqa: PLC0415

        return document_from_spacy(text)
    msg = f"quotetrack needs text as str (or a stanza/spaCy document), got {type(text).__name__}: {text!r:.60}"
    if isinstance(text, (list, tuple)) or hasattr(text, "__next__"):
        msg += "; for many texts use quotetrack.pipe(texts)"
    raise TypeError(msg)
