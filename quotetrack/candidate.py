"""The internal record passed between stages: a quote found, before its speaker is resolved to an entity.

Offsets only, mutable while the stages refine it; `quotetrack.pipeline` turns each into a frozen `Quote`.
"""

from __future__ import annotations

import attrs

from quotetrack.model import QuoteKind

Extent = tuple[int, int]


@attrs.define
class QuoteCandidate:
    """A quote as the finders report it.

    Attributes:
        segments: the content pieces, in order, as (start, end) character extents.
        kind: direct, indirect or mixed.
        cue: extent of the reporting expression, if any.
        cue_class: "speech", "writing", "thought" or "evidence", from the lexicon.
        mention: extent of the speaker mention the attribution uses, if found.
        addressee: extent of the addressee ("AFP" in "telling AFP"), if any.
        channel: extent of the channel ("on X", "in a statement"), if any.
        source: extent of the sentence(s) holding content, cue and mention.
        method: how the speaker was found ("pattern", "syntax", "carry-over", ...).
        confidence: in [0, 1].
        marked: True when the content came from quotation marks (a direct quote or a quoted paragraph).
        sourceless: True when the construction names no one to have said it ("seems to", "reportedly", "is
            expected to"): no speaker is carried over to it.
    """

    segments: list[Extent]
    kind: QuoteKind
    cue: Extent | None = None
    cue_class: str | None = None
    mention: Extent | None = None
    addressee: Extent | None = None
    channel: Extent | None = None
    source: Extent | None = None
    method: str = "pattern"
    confidence: float = 0.5
    marked: bool = False
    sourceless: bool = False

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]
