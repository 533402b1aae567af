"""Speakers as entities: link every speaker mention to one canonical Speaker per real-world source."""

from __future__ import annotations

from quotetrack.candidate import QuoteCandidate
from quotetrack.document import Document
from quotetrack.lexicons import Lexicons
from quotetrack.model import Span, Speaker, SpeakerKind


def resolve_speakers(doc: Document, candidates: list[QuoteCandidate], lexicons: Lexicons
                     ) -> tuple[list[Speaker], dict[int, Speaker], dict[int, str]]:
    speakers: dict[str, Speaker] = {}
    speaker_of: dict[int, Speaker] = {}
    for i, c in enumerate(candidates):
        if c.mention is None:
            continue
        name = doc.text[c.mention[0]:c.mention[1]]
        if name not in speakers:
            speakers[name] = Speaker(name, SpeakerKind.UNKNOWN, (), (Span.of(doc.text, *c.mention),))
        speaker_of[i] = speakers[name]
    return list(speakers.values()), speaker_of, {}
