"""Quotation marks: find them, tell quotes from apostrophes, pair them, and join multi-paragraph quotes.

Handles straight and curly double and single marks, guillemets and the „“ style, nesting, and the news
convention where a quote runs over several paragraphs with an opening mark on each and a closing mark only
on the last. Messy text is normal: an unbalanced or stray mark gets the best pairing and an `AnalysisWarning`,
never an exception.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs
import regex

from quotetrack.document import Document
from quotetrack.model import AnalysisWarning, Span

MARK_CHARACTERS = "\"“”„‟«»‹›'‘’‚`"  # and '' and ``, double marks in some newswire, as one mark each
DOUBLE = frozenset('"“”„‟«»')
OPENING_ONLY = frozenset("“„‟«‘‚‹")
CLOSING_ONLY = frozenset("”»’›")
# Elisions that start with an apostrophe, so the mark opens nothing: rock 'n' roll, 'em, 'tis, '90s, and the Dutch
# particle before a name ('t Hof), lowercase only: 'T-Mobile ...,' and 'T is for ...' open quotes.
ELISIONS = regex.compile(r"(?i:n|em|til|tis|twas|cause|bout|round|s)\b|t (?=\p{Lu})")
# Matched with an endpos: without one, `regex` may scan the rest of the text for a literal the pattern
# needs, and a match at every mark would be quadratic in the length of the text.
OPEN_CONTEXT = frozenset("([{—–-/:;,")
# A markup tag left in the text ('<tweet author="@jo">'): the marks around its attribute values quote nobody
MARKUP_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,300}>")


@attrs.frozen
class QuotedSpan:
    """One paired (or best-guess paired) stretch between quotation marks, inside one paragraph.

    Attributes:
        open: offset of the opening mark.
        close: offset of the closing mark, or None when the quote runs on past its paragraph (or was never
            closed).
        start, end: the text between the marks.
        double: True for double marks and guillemets, False for single marks.
        depth: 0 for an outermost quote, 1 for a quote inside a quote, and so on.
    """

    open: int
    close: int | None
    start: int
    end: int
    double: bool
    depth: int
    close_width: int = 1

    @property
    def outer_start(self) -> int:
        return self.open

    @property
    def outer_end(self) -> int:
        return self.end if self.close is None else self.close + self.close_width


@attrs.frozen
class Quotation:
    """Words in quotation marks, possibly running over several paragraphs (one piece a paragraph)."""

    pieces: tuple[QuotedSpan, ...]

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    @property
    def outer_start(self) -> int:
        return self.pieces[0].outer_start

    @property
    def outer_end(self) -> int:
        return self.pieces[-1].outer_end

    @property
    def depth(self) -> int:
        return self.pieces[0].depth

    @property
    def closed(self) -> bool:
        return self.pieces[-1].close is not None


@attrs.define
class _Open:
    position: int
    double: bool
    char: str

    @property
    def width(self) -> int:
        return len(self.char)


def _role(text: str, i: int, j: int) -> str:
    """Say whether the mark ``text[i:j]`` can open, close, both ("either") or is an apostrophe."""
    char = text[i:j]
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if char == "``":
        return "open"
    can_open = not after.isspace() and (before.isspace() or before in OPEN_CONTEXT or before in MARK_CHARACTERS)
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    if char in "'’‘`":
        if before.isalnum() and after.isalnum():
            return "apostrophe"  # don't, O'Neill
        if can_open and (after.isdigit() or ELISIONS.match(text, i + 1, i + 9)):
            return "apostrophe"  # '90s, rock 'n' roll
    if char in OPENING_ONLY:
        return "close" if can_close and not can_open and char == "“" else "open"
    if char in CLOSING_ONLY:
        if char == "”" and before == "," and after.isalnum():
            return "either"  # '"...paranoia,”Clinton said': closes an open quote though the space after it was lost
        if char == "’" and can_open and not can_close:
            return "open"  # a right mark used as an opener
        return "open" if char == "”" and can_open and not can_close else "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def find_quotations(doc: Document) -> tuple[list[Quotation], list[AnalysisWarning]]:
    """Pair the quotation marks of every paragraph and join quotes that run over paragraphs."""
    text = doc.text
    warnings: list[AnalysisWarning] = []
    pieces_by_paragraph: list[list[QuotedSpan]] = []
    runs_on: list[QuotedSpan | None] = []
    # every mark's offset, found once by str.find for each mark character (a pattern tried at every character
    # cost as much as all the pairing), then each paragraph's marks taken by bisection
    marks = sorted(_positions(text, MARK_CHARACTERS))
    tagged = "<" in text  # markup tags are rare: most texts need no search for them
    marks_end = 0  # one past the last mark of the paragraph before
    for paragraph in doc.paragraphs:
        marks_start = bisect.bisect_left(marks, paragraph.start, lo=marks_end)
        marks_end = bisect.bisect_left(marks, paragraph.end, lo=marks_start)
        if marks_start == marks_end:  # no mark to pair, as in many paragraphs
            pieces_by_paragraph.append([])
            runs_on.append(None)
            continue
        spans, pending = _pair_paragraph(
            text, paragraph.start, paragraph.end, marks[marks_start:marks_end], tagged=tagged, warnings=warnings
        )
        pieces_by_paragraph.append(spans)
        runs_on.append(pending)

    quotations: list[Quotation] = []
    carried: list[QuotedSpan] | None = None
    for index, spans in enumerate(pieces_by_paragraph):
        spans_here = list(spans)
        if carried is not None:
            first = spans_here[0] if spans_here else None
            if (
                first is not None
                and first.depth == 0
                and first.open == doc.paragraphs[index].start
                and not _new_report(
                    text, carried[-1], first, doc.paragraphs[index - 1].start, pieces_by_paragraph[index - 1]
                )
            ):
                carried.append(first)
                spans_here.pop(0)
                if first.close is None and runs_on[index] is first:
                    continue  # runs on again into the next paragraph
                quotations.append(Quotation(tuple(carried)))
            else:
                quotations.append(Quotation(tuple(carried)))
                last = carried[-1]
                warnings.append(
                    AnalysisWarning("unclosed-mark", _unclosed_message(last), Span.of(text, last.open, last.open + 1))
                )
            carried = None
        pending = runs_on[index]
        for span in spans_here:
            if span is pending:
                carried = [span]
            else:
                quotations.append(Quotation((span,)))
    if carried is not None:
        quotations.append(Quotation(tuple(carried)))
        last = carried[-1]
        warnings.append(
            AnalysisWarning("unclosed-mark", _unclosed_message(last), Span.of(text, last.open, last.open + 1))
        )
    quotations.sort(key=lambda q: (q.outer_start, q.depth))
    return quotations, warnings


def _new_report(
    text: str, before: QuotedSpan, first: QuotedSpan, paragraph_start: int, previous: list[QuotedSpan]
) -> bool:
    """True when the quote opening a paragraph after an unclosed one is a new report, not the rest of it: it
    closes on a comma, so its attribution follows ('"...," he said.'), and the unclosed one had its attribution
    in its own paragraph: a closed quote stands before it ('"A," she said. "B.') or it opens inside a sentence
    ('Lee said the plan is "a mess.'): PolNeAR annotates a relation an attribution. An unclosed quote opening its
    paragraph, or one opening a sentence after narration only ('Lee was blunt. "A.'), takes the attribution at
    the end of the next; a quote in other marks is one inside a block quote, which goes on. ``previous``: the
    spans of the unclosed one's paragraph."""
    return (
        before.open > paragraph_start
        and first.close is not None
        and first.end > first.start
        and text[first.end - 1] == ","
        and text[first.open] == text[before.open]
        and (
            text[max(0, before.open - 3) : before.open].rstrip()[-1:] not in {".", "!", "?"}  # 'said Lee is "B.'
            or any(span.depth == 0 and span.close is not None and span.close < before.open for span in previous)
        )
    )


def _unclosed_message(span: QuotedSpan) -> str:
    return f"quotation mark at {span.open} is never closed; the quote was taken to the end of its paragraph"


def _positions(text: str, characters: str) -> Iterator[int]:
    """The offset of every one of ``characters`` in ``text``, character by character (so not in order)."""
    for character in characters:
        position = text.find(character)
        while position != -1:
            yield position
            position = text.find(character, position + 1)


def _pair_paragraph(
    text: str, start: int, end: int, marks: list[int], *, tagged: bool, warnings: list[AnalysisWarning]
) -> tuple[list[QuotedSpan], QuotedSpan | None]:
    """Pair the marks of one paragraph, whose mark characters stand at ``marks``; return the spans and the
    outermost one left open at its end. ``tagged``: whether the text may hold a markup tag (has a "<")."""
    stack: list[_Open] = []
    doubles: list[int] = []  # indices in ``stack`` of the open double marks, so finding the innermost is O(1)
    spans: list[QuotedSpan] = []
    seen_mark = False
    tags = [(tag.start(), tag.end()) for tag in MARKUP_TAG.finditer(text, start, end)] if tagged else []
    next_tag = 0  # marks come in order, so one pointer walks the tags
    taken = start  # the end of the mark before: a doubled '' or `` is one mark of two characters
    for i in marks:
        if i < taken:
            continue  # the second character of a doubled mark
        char = text[i]
        if char in "'`" and i + 1 < end and text[i + 1] == char:
            char += char
        taken = i + len(char)
        while next_tag < len(tags) and tags[next_tag][1] <= i:
            next_tag += 1
        if next_tag < len(tags) and tags[next_tag][0] < i:
            continue  # inside a markup tag: an attribute value, not a quotation
        role = _role(text, i, taken)
        if role == "apostrophe":
            continue
        double = char in DOUBLE or len(char) == 2
        open_double = doubles[-1] if doubles else None
        if double:
            if role == "open" and open_double is not None and char in {'"', "''"}:
                role = "close"  # straight marks alternate
            if role == "either":
                role = "close" if open_double is not None else "open"
            if role == "open" and char == "“" and open_double is not None and stack[open_double].char == '"':
                # a curly opener while a straight one is open: the text's own marks are curly, and the straight
                # one is a stray from copying ('"He said, “We won,” and left."', a paragraph of a block quote
                # opened with '"'), so it opens nothing: marks pair with their own style
                stray = stack[open_double]
                del stack[open_double]
                doubles.pop()
                warnings.append(
                    AnalysisWarning(
                        "stray-mark",
                        f"straight mark at {stray.position} opens nothing among curly marks; ignored",
                        Span.of(text, stray.position, stray.position + 1),
                    )
                )
                open_double = doubles[-1] if doubles else None
            if role == "open":
                # a curly opener inside a single quote nests (“A ‘B “C” B’ A”) rather than ending the open quote
                nested = char == "“" and bool(stack) and not stack[-1].double
                guillemet = char in "«„" or (open_double is not None and stack[open_double].char in "«„")
                if open_double is not None and not guillemet and not nested:
                    # a second opener before any closer: the first quote was never closed
                    opened = stack[open_double]
                    del stack[open_double:]
                    doubles.pop()
                    warnings.append(
                        AnalysisWarning("unclosed-mark", _unclosed_message_at(opened.position), Span.of(text, i, i + 1))
                    )
                    spans.append(_span(text, opened, None, i, len(stack)))
                doubles.append(len(stack))
                stack.append(_Open(i, True, char))
            elif open_double is not None:
                opened = stack[open_double]
                del stack[open_double:]
                doubles.pop()
                spans.append(_span(text, opened, i, i, len(stack), close_width=len(char)))
            elif not seen_mark and i > start:
                # a closer with nothing open: the opening mark was lost, so the quote starts the paragraph
                warnings.append(
                    AnalysisWarning(
                        "stray-mark",
                        f"closing mark at {i} has no opening mark; the quote was taken from the start of its paragraph",
                        Span.of(text, i, i + 1),
                    )
                )
                spans.append(
                    _span(text, _Open(start - 1, True, char), i, i, 0, inner_start=start, close_width=len(char))
                )
            else:
                warnings.append(
                    AnalysisWarning(
                        "stray-mark", f"closing mark at {i} has no opening mark; ignored", Span.of(text, i, i + 1)
                    )
                )
            seen_mark = True
            continue
        top_single = stack[-1] if stack and not stack[-1].double else None
        if role in {"close", "either"} and top_single is not None:
            stack.pop()
            spans.append(_span(text, top_single, i, i, len(stack)))
        elif role in {"open", "either"} and not (role == "either" and char != "‘"):
            stack.append(_Open(i, False, char))
        seen_mark = True
    pending: QuotedSpan | None = None
    while stack:
        opened = stack.pop()
        if not opened.double:
            if opened.char == "‘":
                warnings.append(
                    AnalysisWarning(
                        "unclosed-mark",
                        _unclosed_message_at(opened.position),
                        Span.of(text, opened.position, opened.position + 1),
                    )
                )
            continue  # a lone straight single mark is an apostrophe we could not recognise
        span = _span(text, opened, None, end, len(stack))
        spans.append(span)
        if not stack:
            pending = span
    spans.sort(key=lambda s: (s.open, s.depth))
    return spans, pending


def _unclosed_message_at(position: int) -> str:
    return f"quotation mark at {position} is never closed; the quote was ended at the next opening mark"


def _span(
    text: str,
    opened: _Open,
    close: int | None,
    end: int,
    depth: int,
    inner_start: int | None = None,
    close_width: int = 1,
) -> QuotedSpan:
    start = opened.position + opened.width if inner_start is None else inner_start
    content_end = end
    while content_end > start and text[content_end - 1].isspace():
        content_end -= 1
    while start < content_end and text[start].isspace():
        start += 1  # French spacing: « nous sommes prêts »
    return QuotedSpan(
        max(opened.position, 0) if inner_start is None else start,
        close,
        start,
        content_end,
        opened.double,
        depth,
        close_width,
    )
