"""Reported speech on the surface: cues, the clauses they report, and the quotes in marks they attribute.

This stage works on any Document, with no syntax: it reads the token sequence around each reporting cue
("said", "told AFP", "according to", ":") and around each quotation, and returns `QuoteCandidate`s with
content, cue, speaker mention, addressee and channel as character extents. Who a mention refers to is
decided later, in `quotetrack.entities`.

The unit of work is a *stretch*: a sentence, widened so that no quotation is cut (a quote of several
sentences and its "she said" form one stretch). The constructions:

- ``SUBJECT CUE [ADDRESSEE] [time, place, channel] [that|:|,] CONTENT``  ("X told AFP Sunday that ...")
- ``CONTENT, SUBJECT CUE.``, ``CONTENT, CUE SUBJECT.`` and ``A, SUBJECT CUE, B`` ("..., he added.")
- ``..., CUE-ing [ADDRESSEE] [that] CONTENT``            (speaker: the subject of the clause)
- ``CUE-ing [that] CONTENT, SUBJECT ...``                  ("Noting that X, she said ...": the main subject)
- ``according to X, CONTENT``, ``CONTENT, according to X`` and ``A, according to X, B``
- ``SUBJECT CUE to VERB`` / ``CUE OBJECT to VERB``        (intentions and requests: "vowed to", "urged X to")
- ``SUBJECT STANCE OBJECT``                               ("endorsed Cruz", "criticized the plan")
- ``SUBJECT SPEECH-VERB about|of|against|for|on|at X``     (a topic as the position: "boasted about X")
- ``OWNER'S NOUN that X``                                  ("his claim that X", "their fear that X")
- ``SUBJECT see|view|regard X as Y``                       (a view: "voters see the plan as unfair")
- ``SUBJECT seems|appears to VERB``, ``SUBJECT seems ADJ`` (an impression, no speaker: the whole clause)
- ``SUBJECT BE worried|eager|aware ... that|to|about X``    (an attitude: its subject holds it, X is the content;
  also "voters angry about X", a reduced relative)
- ``SUBJECT reportedly VERB ...``, ``it was reported that X`` (hearsay and impersonal passives, no speaker)
- ``X was announced|reported|denied``, ``I was told that X`` (passive reports with no one named, no speaker)
- ``SUBJECT was declared|deemed X``                        (a verdict, no speaker unless "by" names one)
- ``CLAUSE to say CONTENT``                                ("She took to the radio to say ...": her words)
- ``When asked (by X) whether ...,``                      (a question put to someone)
- ``SUBJECT CUE:`` closing a sentence, the quote after it, in this paragraph or the next
- ``NAME: words`` opening a paragraph                    (headlines and transcripts)
- ``"QUOTE" — NAME``                                      (dash attributions)
- ``In a POLL|SURVEY ..., CONTENT``                         (a poll's finding, the poll as its source)
- a quoted paragraph with no cue                          (carry-over: its speaker is found by entities)

A split quote ('"A," she said. "B."') becomes one candidate with a segment per piece. Negated cues ("did not
say", "Neither X nor Y has acknowledged"; but "did not mention X" reports X, word class negatable), cues in
relative clauses of belief, noun uses of cue words and fragments ("and even after ...") give nothing. Every
look-ahead is bounded, so time stays linear even on a run-on sentence of thousands of cue words.

The stage is one class cut by concern into layers, a module each, lowest first; each layer's class extends the
one before it and calls only its own methods and those of the layers below it: ``Layout`` -> ``Phrases`` ->
``Content`` -> ``Cues`` -> ``Stances`` -> ``Impersonal`` -> ``Attributions`` -> ``Uncued`` -> ``SurfaceFinder``.

- ``layout``: The lowest layer: the document's stretches and quotations, and the tests on single words.
- ``phrases``: Noun phrases, subjects and speakers.
- ``content``: Where reported content starts and ends, and the candidate it makes.
- ``cues``: Reporting cues, told apart from the uses of cue words that report nothing.
- ``stances``: Stances and attitudes: the object or complement is the content, the subject its source.
- ``impersonal``: Reports whose subject is not their speaker: passives, impressions and hearsay.
- ``attributions``: The constructions around a cue of saying, in each order of subject, cue and content.
- ``uncued``: Quotes that no listed cue reports.
- ``finder``: The entry point: each stretch's cues, and the constructions tried around each.
"""

from __future__ import annotations

from quotetrack.reported.finder import SurfaceFinder, find_reported_speech
from quotetrack.reported.layout import SCARE_QUOTE_WORDS

__all__ = ["SCARE_QUOTE_WORDS", "SurfaceFinder", "find_reported_speech"]
