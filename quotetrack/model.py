"""The typed results quotetrack returns: spans, quotes, speakers and the analysis of one article.

Every record is frozen and slotted, holds offsets and text only (never a backend object), and every
`Span` slices back to its own text: ``analysis.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs


class QuoteKind(str, enum.Enum):
    """How the words are reported.

    Attributes:
        DIRECT: the words inside quotation marks ("...," she said).
        INDIRECT: a reported clause without marks (she said that ...).
        MIXED: a reported clause holding quoted words (she called it "a disgrace").
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"

    def __str__(self) -> str:
        return self.value


class SpeakerKind(str, enum.Enum):
    """What sort of entity a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    UNNAMED = "unnamed"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Span:
    """A stretch of the analysed text.

    Attributes:
        start: offset of the first character, counted in Python code points.
        end: offset one past the last character.
        text: ``source[start:end]``, kept so a span can be read without its source.
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """Cut the span ``source[start:end]``; the only way the pipeline makes spans, so they never lie."""
        if not 0 <= start <= end <= len(source):
            msg = f"span [{start}, {end}) lies outside a text of {len(source)} characters"
            raise ValueError(msg)
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        shown = self.text if len(self.text) <= 40 else self.text[:37] + "..."
        return f"Span({self.start}, {self.end}, {shown!r})"


@attrs.frozen(eq=False)
class Speaker:
    """One real-world source in an article, however many ways the text names it.

    Speakers compare by identity: two people may share a name, and a speaker's mentions are what make it
    one entity.

    Attributes:
        name: the canonical name, the longest name the article gives ("Volodymyr Zelensky").
        kind: person, organization, group, unnamed or unknown.
        aliases: other names the article uses or implies ("Zelensky", "NIS").
        mentions: every mention of this speaker that the pipeline linked, in document order.
    """

    name: str
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    def __repr__(self) -> str:
        return f"Speaker({self.name!r}, {self.kind.value}, {len(self.mentions)} mentions)"


@attrs.frozen
class Quote:
    """One quotation: what was reported, by whom, with which cue, to whom and where.

    Attributes:
        kind: direct, indirect or mixed.
        content: the reported words; for a direct quote the text inside the marks; for a quote in several
            pieces, from the start of the first piece to the end of the last.
        segments: the pieces, in order (one piece for most quotes).
        cue: the reporting expression ("said", "according to", ":"), or None.
        speaker: the resolved entity, one of ``Analysis.speakers``, or None when unattributed.
        speaker_mention: the mention this attribution uses ("he", "Ukraine's Zelensky").
        addressee: whom the words were addressed to ("AFP" in "telling AFP").
        channel: where they were said ("on X", "in a statement").
        source: the sentence(s) holding content, cue and mention.
        confidence: in [0, 1].
        method: how the speaker was found ("pattern", "syntax", "coref:pronoun", "carry-over", ...).
        cue_class: speech, writing, thought, evidence or stance, from the cue lexicon.
    """

    kind: QuoteKind
    content: Span
    segments: tuple[Span, ...]
    cue: Span | None = None
    speaker: Speaker | None = None
    speaker_mention: Span | None = None
    addressee: Span | None = None
    channel: Span | None = None
    source: Span | None = None
    confidence: float = 0.5
    method: str = "pattern"
    cue_class: str | None = None

    def to_dict(self) -> dict[str, Any]:
        def span(s: Span | None) -> dict[str, Any] | None:
            return None if s is None else s.to_dict()

        return {
            "kind": self.kind.value,
            "content": self.content.to_dict(),
            "segments": [s.to_dict() for s in self.segments],
            "cue": span(self.cue),
            "cue_class": self.cue_class,
            "speaker": None if self.speaker is None else self.speaker.name,
            "speaker_kind": None if self.speaker is None else self.speaker.kind.value,
            "speaker_mention": span(self.speaker_mention),
            "addressee": span(self.addressee),
            "channel": span(self.channel),
            "source": span(self.source),
            "confidence": round(self.confidence, 3),
            "method": self.method,
        }

    def __repr__(self) -> str:
        who = self.speaker.name if self.speaker else None
        text = self.content.text if len(self.content.text) <= 50 else self.content.text[:47] + "..."
        return f"Quote({self.kind.value}, {text!r}, speaker={who!r}, cue={self.cue.text if self.cue else None!r})"


@attrs.frozen
class AnalysisWarning:
    """Something in the input that was handled by a best guess rather than refused.

    Attributes:
        code: a stable machine-readable tag ("unbalanced-mark", "stray-mark", ...).
        message: what was seen and what was done about it.
        span: where, when it has a place in the text.
    """

    code: str
    message: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "span": None if self.span is None else self.span.to_dict()}


@attrs.frozen
class Analysis:
    """Everything quotetrack found in one text.

    Attributes:
        text: the input, unchanged; every span points into it.
        quotes: the quotes in document order.
        speakers: one entry per speaker of the article, in order of first mention.
        warnings: what was repaired or guessed.
        backend: the name of the backend that parsed the text.
        genre: "news" or "fiction", as given or as detected (fiction keeps only marked speech).
        id: the caller's identifier for the article, when given (batches carry it through).
        error: for batch results recorded with ``on_error="record"``, what went wrong; the other fields
            are then empty.
    """

    text: str
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    warnings: tuple[AnalysisWarning, ...] = ()
    backend: str = "rules"
    genre: str = "news"
    id: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict in quotetrack's interchange format (docs/format.md)."""
        from quotetrack.export import analysis_to_dict  # noqa: PLC0415 - keeps model free of export logic

        return analysis_to_dict(self)

    def to_json(self, **kwargs: Any) -> str:
        import json  # noqa: PLC0415

        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def to_frame(self) -> Any:
        from quotetrack.export import to_frame  # noqa: PLC0415 - pandas stays optional

        return to_frame([self])

    def _repr_html_(self) -> str:
        """The HTML view Jupyter shows: the text with quotes highlighted (see `quotetrack.display`)."""
        from quotetrack.display import render_html  # noqa: PLC0415 - loaded only when a notebook asks

        return render_html(self)

    def __repr__(self) -> str:
        extra = f", error={self.error!r}" if self.error else ""
        return (
            f"Analysis({len(self.text)} chars, {len(self.quotes)} quotes, {len(self.speakers)} speakers, "
            f"{len(self.warnings)} warnings{extra})"
        )
