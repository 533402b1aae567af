"""Score quotetrack (or any callable) against gold quotation annotations, and explain every miss.

    >>> report = evaluate("gold.jsonl")                       # doctest: +SKIP
    >>> print(report.format_table())                         # doctest: +SKIP

Gold is quotetrack's interchange format (docs/format.md): one JSON document per line, or one JSON document, or
a JSON list; each document carries ``text`` and ``quotes``. Quotes may be flat (``start``/``end``/``speaker``
/``cue_start``..., as in the shared evaluation data) or in the shape ``Analysis.to_dict()`` writes
(``content``/``cue``/``speaker_mention`` objects), so hand-corrected output can serve as gold.

Matching follows the project's independent scorer (``bin/score.py``) so the two agree figure for figure:

- a prediction and a gold quote match when their content spans have character Jaccard >= 0.5, paired greedily
  one-to-one, best overlap first;
- a match is *exact* when both edges agree once white space, quotation marks and edge punctuation are trimmed;
- a speaker is right when the predicted mention overlaps a gold mention (``speaker_start``/``speaker_end``,
  ``speaker_spans`` or the coreference chain ``speaker_mentions``), or when the predicted canonical name
  shares a capitalised name token with the gold speaker or gold mention;
- a cue is right when the predicted cue overlaps the gold cue.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotetrack.errors import QuotetrackError
from quotetrack.model import Quote

__all__ = [
    "ErrorRecord",
    "EvaluationReport",
    "GoldDocument",
    "GoldFormatError",
    "GoldQuote",
    "Ratio",
    "Score",
    "add_evaluate_arguments",
    "evaluate",
    "load_gold",
    "main",
    "run_evaluate",
]

#: Content spans pair up at or above this character Jaccard (the scorer's threshold).
MATCH_THRESHOLD = 0.5

KINDS = ("direct", "indirect", "mixed")

# Characters ignored at the edges when deciding whether boundaries are exact: annotators differ on whether the
# marks, the closing comma and the full stop belong to the quote. Same set as the scorer, so "exact" agrees.
_QUOTE_MARKS = "\"'“”‘’«»„‚‹›`´"
_EDGE_NOISE = frozenset(_QUOTE_MARKS + " \t\n\r" + ".,;:!?—–-()")

# Capitalised words that name nobody: sharing one is no evidence of the same speaker.
_NOT_NAMES = frozenset(
    ("The A An He She It They We I Mr Mrs Ms Dr President Sen Rep Gov Minister").split()  # noqa: SIM905
)
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]+")

_PRONOUNS = frozenset(
    "i me my we us our you he him his she her hers it its they them their theirs one who this that".split()  # noqa: SIM905
)

# Where a sentence ends, for the context beside an error: a stop with its closing marks, or a blank line.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n")
_CONTEXT_REACH = 400

# error categories and causes, named once so reports and tests agree on spelling
FALSE_POSITIVE = "false positive"
MISS = "miss"
WRONG_SPEAKER = "wrong speaker"
NO_CUE_FOUND = "no cue found"
NO_QUOTE_FOUND = "no quote found"
WRONG_BOUNDARY = "wrong span boundary"
NO_GOLD_COUNTERPART = "no gold counterpart"
WRONG_MENTION = "wrong mention"
UNRESOLVED_PRONOUN = "unresolved pronoun"
NO_SPEAKER = "no speaker found"

Offsets = tuple[int, int]
Predictor = Callable[[str], Sequence[Quote]]


class GoldFormatError(QuotetrackError, ValueError):
    """A gold file or record does not follow the interchange format; the message says where and what."""


# --------------------------------------------------------------------------------------------------- gold


@attrs.frozen
class GoldQuote:
    """One annotated quotation, normalised from either gold shape.

    Attributes:
        start: content start offset (Python code points).
        end: content end offset.
        kind: direct, indirect or mixed, or None when the annotation does not say.
        speaker: the gold speaker: a canonical name (LitBank, corrected output) or the raw mention (PolNeAR).
        speaker_mention: the text of the mention the attribution uses, when given apart from ``speaker``.
        mentions: the offsets of the speaker's own mention(s) in this attribution.
        chain: every coreference mention of the speaking entity (``speaker_mentions``), possibly empty.
        cue: the cue text, when annotated.
        cue_span: the cue offsets, when annotated.
    """

    start: int
    end: int
    kind: str | None = None
    speaker: str | None = None
    speaker_mention: str | None = None
    mentions: tuple[Offsets, ...] = ()
    chain: tuple[Offsets, ...] = ()
    cue: str | None = None
    cue_span: Offsets | None = None

    @property
    def has_speaker(self) -> bool:
        """Whether the annotation names a source at all (PolNeAR leaves some relations without one)."""
        return bool(self.speaker) or bool(self.mentions)

    @classmethod
    def from_dict(cls, record: Mapping[str, Any], *, speakers: Sequence[Mapping[str, Any]] = ()) -> GoldQuote:
        """Read a quote in the flat gold shape or in the ``Quote.to_dict()`` shape.

        ``speakers`` is the ``speakers`` list of an ``Analysis.to_dict()`` document: the mentions of the
        quote's speaker there become its coreference chain, so hand-corrected output scores speakers against
        its own chains.
        """
        content = record.get("content")
        if isinstance(content, Mapping):
            return cls._from_interchange(record, content, speakers)
        if "start" not in record or "end" not in record:
            msg = f"a gold quote needs 'start' and 'end' (or a 'content' object), got keys {sorted(record)}"
            raise GoldFormatError(msg)
        mentions = [_offsets(pair) for pair in record.get("speaker_spans") or ()]
        if record.get("speaker_start") is not None:
            mentions.append((int(record["speaker_start"]), int(record["speaker_end"])))
        cue_span = None
        if record.get("cue_start") is not None:
            cue_span = (int(record["cue_start"]), int(record["cue_end"]))
        return cls(
            start=int(record["start"]),
            end=int(record["end"]),
            kind=_kind_name(record.get("kind")),
            speaker=record.get("speaker") or None,
            speaker_mention=record.get("speaker_mention") or None,
            mentions=tuple(mentions),
            chain=tuple(_offsets(m) for m in record.get("speaker_mentions") or ()),
            cue=record.get("cue") if isinstance(record.get("cue"), str) else None,
            cue_span=cue_span,
        )

    @classmethod
    def _from_interchange(
        cls, record: Mapping[str, Any], content: Mapping[str, Any], speakers: Sequence[Mapping[str, Any]]
    ) -> GoldQuote:
        cue = record.get("cue")
        mention = record.get("speaker_mention")
        speaker = record.get("speaker")
        if isinstance(speaker, Mapping):  # a full Speaker.to_dict() rather than its name
            speaker = speaker.get("name")
        chain = tuple(_offsets(m) for m in record.get("speaker_mentions") or ())
        if not chain:
            entity = _speaker_entry(speakers, record.get("speaker_index"), speaker)
            chain = tuple(_offsets(m) for m in entity.get("mentions") or ())
        return cls(
            start=int(content["start"]),
            end=int(content["end"]),
            kind=_kind_name(record.get("kind")),
            speaker=str(speaker) if speaker else None,
            speaker_mention=str(mention["text"]) if isinstance(mention, Mapping) and "text" in mention else None,
            mentions=(_offsets(mention),) if isinstance(mention, Mapping) else (),
            chain=chain,
            cue=str(cue["text"]) if isinstance(cue, Mapping) and "text" in cue else None,
            cue_span=_offsets(cue) if isinstance(cue, Mapping) else None,
        )


@attrs.frozen
class GoldDocument:
    """One annotated article.

    Attributes:
        id: the article's identifier (its position in the file when the record has none).
        text: the article, exactly as annotated; every offset points into it.
        quotes: its gold quotations.
    """

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]

    @classmethod
    def from_dict(cls, record: Mapping[str, Any], *, position: int = 0) -> GoldDocument:
        """Read one document in either gold shape and check that its offsets fit its text."""
        doc_id = str(record["id"]) if record.get("id") is not None else str(position)
        if not isinstance(record.get("text"), str) or not isinstance(record.get("quotes"), list):
            msg = f"gold document {doc_id!r} needs a 'text' string and a 'quotes' list; keys: {sorted(record)}"
            raise GoldFormatError(msg)
        speakers = [s for s in record.get("speakers") or () if isinstance(s, Mapping)]
        text: str = record["text"]
        quotes = []
        for index, raw in enumerate(record["quotes"]):
            try:
                quote = GoldQuote.from_dict(raw, speakers=speakers)
            except (KeyError, TypeError, ValueError) as exc:
                msg = f"gold document {doc_id!r}, quote {index}: {exc}"
                raise GoldFormatError(msg) from exc
            if not 0 <= quote.start <= quote.end <= len(text):
                msg = (
                    f"gold document {doc_id!r}, quote {index}: content [{quote.start}, {quote.end}) lies "
                    f"outside a text of {len(text)} characters; offsets are Python code points"
                )
                raise GoldFormatError(msg)
            quotes.append(quote)
        return cls(id=doc_id, text=text, quotes=tuple(quotes))


GoldSource = str | os.PathLike[str] | Mapping[str, Any] | Iterable[Mapping[str, Any] | GoldDocument]


def load_gold(source: GoldSource) -> list[GoldDocument]:
    """Read gold documents from a path (JSON Lines, one JSON document or a JSON list), dicts or documents."""
    if isinstance(source, (str, os.PathLike)):
        records: Iterable[Mapping[str, Any] | GoldDocument] = _read_records(Path(source))
    elif isinstance(source, Mapping):
        records = [source]
    else:
        records = source
    return [r if isinstance(r, GoldDocument) else GoldDocument.from_dict(r, position=i) for i, r in enumerate(records)]


def _read_records(path: Path) -> list[Mapping[str, Any]]:
    raw = path.read_text(encoding="utf-8")
    try:
        whole = json.loads(raw)
    except ValueError:
        whole = None
    if isinstance(whole, dict):
        return [whole]
    if isinstance(whole, list):
        return whole
    records = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except ValueError as exc:
            msg = f"{path}:{number} is not JSON ({exc}); gold is JSON Lines, one JSON document or a JSON list"
            raise GoldFormatError(msg) from exc
    return records


def _speaker_entry(speakers: Sequence[Mapping[str, Any]], index: Any, name: Any) -> Mapping[str, Any]:
    """The ``speakers`` entry a quote points to: by ``speaker_index`` if given, else the first of its name."""
    if isinstance(index, int) and 0 <= index < len(speakers):
        return speakers[index]
    return next((s for s in speakers if name and s.get("name") == name), {})


def _offsets(value: Any) -> Offsets:
    """Offsets from ``[start, end, ...]`` or ``{"start", "end", ...}``."""
    if isinstance(value, Mapping):
        return int(value["start"]), int(value["end"])
    return int(value[0]), int(value[1])


def _kind_name(kind: Any) -> str | None:
    value = getattr(kind, "value", kind)
    return str(value).lower() if value else None


# --------------------------------------------------------------------------------------------------- report


@attrs.frozen
class Score:
    """Precision, recall and F1 from counts.

    Precision and recall count separately because per kind they differ: a gold direct quote can be found by a
    prediction labelled mixed. Overall, ``found == correct``.

    Attributes:
        gold: gold items.
        predicted: predicted items.
        found: gold items matched by a right prediction (recall's numerator).
        correct: predicted items that matched (precision's numerator).
    """

    gold: int
    predicted: int
    found: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "found": self.found,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@attrs.frozen
class Ratio:
    """An accuracy: how many of ``total`` were right.

    Attributes:
        right: the items judged right.
        total: the items judged.
    """

    right: int
    total: int

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"right": self.right, "total": self.total, "accuracy": round(self.value, 4)}


@attrs.frozen
class ErrorRecord:
    """One thing the system got wrong, with enough context to see why.

    Attributes:
        category: "false positive", "miss" or "wrong speaker".
        cause: the likely reason: "no cue found", "no quote found", "wrong span boundary", "no gold
            counterpart", "wrong mention", "unresolved pronoun" or "no speaker found".
        document: the gold document's id.
        start: start of the quote content concerned (the gold one for misses and wrong speakers).
        end: its end.
        text: the content text.
        context: the sentence(s) around it, white space collapsed.
        gold_speaker: the gold speaker, when there is one.
        predicted_speaker: the predicted canonical name, when there is one.
        predicted_mention: the text of the predicted speaker mention, when there is one.
    """

    category: str
    cause: str
    document: str
    start: int
    end: int
    text: str
    context: str
    gold_speaker: str | None = None
    predicted_speaker: str | None = None
    predicted_mention: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class EvaluationReport:
    """What `evaluate` measured on a set of gold documents.

    Attributes:
        documents: gold documents scored.
        words: white-space separated words in their texts.
        seconds: time spent predicting (scoring excluded).
        content: quote content found, matched at character Jaccard >= 0.5.
        exact: the same matches restricted to those with exact boundaries (after trimming marks, spaces and
            edge punctuation).
        by_kind: per gold/predicted kind; recall counts gold of that kind, precision predictions of that kind.
        kind_accuracy: matched quotes whose predicted kind equals the gold kind.
        cue_accuracy: matched quotes with a gold cue whose predicted cue overlaps it.
        speaker_accuracy: matched quotes with a gold speaker whose predicted speaker is right.
        chain_speaker_accuracy: matched quotes whose gold has a coreference chain, where the predicted mention
            lies on that chain (stricter than ``speaker_accuracy``: no name-token credit).
        end_to_end: a prediction counts only when it matches and its speaker is right.
        error_counts: every error, counted by ``"category: cause"``.
        errors: up to the requested number of example errors of each cause.
        backend: the backend name passed to the system, if any.
    """

    documents: int
    words: int
    seconds: float
    content: Score
    exact: Score
    by_kind: Mapping[str, Score]
    kind_accuracy: Ratio
    cue_accuracy: Ratio
    speaker_accuracy: Ratio
    chain_speaker_accuracy: Ratio
    end_to_end: Score
    error_counts: Mapping[str, int] = attrs.field(factory=dict)
    errors: tuple[ErrorRecord, ...] = ()
    backend: str | None = None

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else math.inf

    @property
    def articles_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else math.inf

    @property
    def exact_of_matched(self) -> float:
        """Share of overlap matches whose boundaries are also exact (the scorer's ``exact_of_matched``)."""
        return self.exact.correct / self.content.correct if self.content.correct else 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary; keys are stable for scripts."""
        return {
            "documents": self.documents,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "words_per_second": _finite(self.words_per_second),
            "articles_per_second": _finite(self.articles_per_second),
            "backend": self.backend,
            "content": self.content.to_dict(),
            "exact": self.exact.to_dict(),
            "exact_of_matched": round(self.exact_of_matched, 4),
            "by_kind": {kind: score.to_dict() for kind, score in self.by_kind.items()},
            "kind_accuracy": self.kind_accuracy.to_dict(),
            "cue_accuracy": self.cue_accuracy.to_dict(),
            "speaker_accuracy": self.speaker_accuracy.to_dict(),
            "chain_speaker_accuracy": self.chain_speaker_accuracy.to_dict(),
            "end_to_end": self.end_to_end.to_dict(),
            "error_counts": dict(self.error_counts),
            "errors": [e.to_dict() for e in self.errors],
        }

    def format_table(self) -> str:
        """A plain-text table for terminals and issue notes, followed by the listed errors."""
        lines = [
            f"{self.documents} documents, {self.words:,} words, backend {self.backend or 'default'}",
            "",
            f"{'':22}{'gold':>7}{'pred':>7}{'right':>7}{'P':>8}{'R':>8}{'F1':>8}",
        ]

        def score_row(label: str, s: Score) -> str:
            right = str(s.correct) if s.correct == s.found else f"{s.found}/{s.correct}"
            return f"{label:22}{s.gold:>7}{s.predicted:>7}{right:>7}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"

        lines.append(score_row("content (overlap)", self.content))
        lines.append(score_row("content (exact)", self.exact))
        lines.extend(score_row(f"  {kind}", score) for kind, score in self.by_kind.items())
        lines.append(score_row("end-to-end", self.end_to_end))
        lines += ["", f"{'on matched quotes':22}{'right':>7}{'of':>7}{'acc':>8}"]
        for label, ratio in (
            ("kind", self.kind_accuracy),
            ("cue", self.cue_accuracy),
            ("speaker", self.speaker_accuracy),
            ("speaker (chains)", self.chain_speaker_accuracy),
        ):
            lines.append(f"{label:22}{ratio.right:>7}{ratio.total:>7}{ratio.value:>8.3f}")
        lines += [
            "",
            f"exact boundaries: {self.exact_of_matched:.3f} of matched",
            f"speed: {_finite(self.words_per_second):,} words/s, "
            f"{self.articles_per_second:.2f} articles/s over {self.seconds:.2f} s",
        ]
        if self.error_counts:
            lines += ["", "errors by cause:"]
            lines.extend(f"  {cause:40}{n:>7}" for cause, n in self.error_counts.items())
        for error in self.errors:
            who = ""
            if error.category == WRONG_SPEAKER or error.gold_speaker or error.predicted_speaker:
                who = f"  gold speaker: {error.gold_speaker!r}; predicted: {error.predicted_speaker!r}"
                if error.predicted_mention:
                    who += f" (mention {error.predicted_mention!r})"
            lines += [
                "",
                f"[{error.category}: {error.cause}] {error.document} [{error.start}:{error.end}] "
                f"{_clip(error.text, 100)!r}",
                f"  {error.context}",
            ]
            if who:
                lines.append(who)
        return "\n".join(lines)


def _finite(value: float) -> int | None:
    return round(value) if math.isfinite(value) else None


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------------------------------- scoring


@attrs.frozen
class _Prediction:
    """The parts of a predicted `Quote` that scoring looks at."""

    span: Offsets
    kind: str | None
    speaker: str | None
    mention: Offsets | None
    cue: Offsets | None

    @classmethod
    def from_quote(cls, quote: Quote) -> _Prediction:
        def offsets(span: Any) -> Offsets | None:
            return None if span is None else (span.start, span.end)

        return cls(
            span=(quote.content.start, quote.content.end),
            kind=_kind_name(quote.kind),
            speaker=quote.speaker.name if quote.speaker is not None else None,
            mention=offsets(quote.speaker_mention),
            cue=offsets(quote.cue),
        )


def jaccard(a: Offsets, b: Offsets) -> float:
    """Character Jaccard of two half-open spans: shared characters over the characters either covers."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    covered = max(a[1], b[1]) - min(a[0], b[0])
    return max(0, shared) / covered if covered > 0 else 0.0


def _overlap(a: Offsets | None, b: Offsets | None) -> bool:
    return a is not None and b is not None and max(a[0], b[0]) < min(a[1], b[1])


def _trim(text: str, span: Offsets) -> Offsets:
    """Move both edges inward past white space, quotation marks and edge punctuation."""
    start, end = span
    while start < end and text[start] in _EDGE_NOISE:
        start += 1
    while end > start and text[end - 1] in _EDGE_NOISE:
        end -= 1
    return start, end


def _name_tokens(name: str | None) -> set[str]:
    """Lower-cased capitalised words of a name, without titles, articles and pronouns."""
    if not name:
        return set()
    # the stop test ignores a trailing possessive, plural s or full stop, so "Sen." and "He's" do not count
    return {w.lower() for w in _CAPITALISED.findall(name) if w.rstrip("'’s.") not in _NOT_NAMES}


def _speaker_right(pred: _Prediction, gold: GoldQuote) -> bool:
    if any(_overlap(pred.mention, m) for m in (*gold.mentions, *gold.chain)):
        return True
    return bool(_name_tokens(pred.speaker) & (_name_tokens(gold.speaker) | _name_tokens(gold.speaker_mention)))


def _pair(preds: Sequence[_Prediction], gold: Sequence[GoldQuote]) -> list[tuple[int, int]]:
    """Pair predictions with gold quotes one-to-one, best Jaccard first.

    Ties go to the later prediction, then the later gold quote: an arbitrary rule, but the scorer's, and
    greedy matching can pair differently under another one.
    """
    candidates = [
        (score, i, j)
        for i, p in enumerate(preds)
        for j, g in enumerate(gold)
        if (score := jaccard(p.span, (g.start, g.end))) >= MATCH_THRESHOLD
    ]
    candidates.sort(reverse=True)
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return pairs


@attrs.define
class _Tally:
    """Mutable counts while scoring; frozen into an `EvaluationReport` at the end."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    kind_gold: Counter[str] = attrs.field(factory=Counter)
    kind_pred: Counter[str] = attrs.field(factory=Counter)
    kind_found: Counter[str] = attrs.field(factory=Counter)
    kind_correct: Counter[str] = attrs.field(factory=Counter)
    kind_right: int = 0
    with_cue: int = 0
    cue_right: int = 0
    with_speaker: int = 0
    speaker_right: int = 0
    end_to_end: int = 0  # matched, and the speaker right; gold quotes without a source can never count
    with_chain: int = 0
    chain_right: int = 0
    error_counts: Counter[str] = attrs.field(factory=Counter)
    errors: list[ErrorRecord] = attrs.field(factory=list)


class _ErrorLog:
    """Counts every error by cause, and keeps the first ``keep`` examples of each cause."""

    def __init__(self, tally: _Tally, keep: int) -> None:
        self._tally = tally
        self._keep = keep

    def add(
        self, category: str, cause: str, doc: GoldDocument, gold: GoldQuote | None, pred: _Prediction | None
    ) -> None:
        key = f"{category}: {cause}"
        self._tally.error_counts[key] += 1
        # building a record costs a context search: only for the ones kept
        if self._tally.error_counts[key] <= self._keep:
            self._tally.errors.append(_record(doc, category, cause, gold, pred))


def _score_document(doc: GoldDocument, preds: Sequence[_Prediction], tally: _Tally, log: _ErrorLog) -> None:
    text, gold = doc.text, doc.quotes
    pairs = _pair(preds, gold)
    tally.gold += len(gold)
    tally.predicted += len(preds)
    tally.matched += len(pairs)
    tally.kind_gold.update(str(g.kind) for g in gold)
    tally.kind_pred.update(str(p.kind) for p in preds)
    for i, j in pairs:
        p, g = preds[i], gold[j]
        tally.kind_found[str(g.kind)] += 1
        tally.kind_correct[str(p.kind)] += 1
        tally.kind_right += p.kind == g.kind
        tally.exact += _trim(text, p.span) == _trim(text, (g.start, g.end))
        if g.cue_span is not None:
            tally.with_cue += 1
            tally.cue_right += _overlap(p.cue, g.cue_span)
        if g.chain:
            tally.with_chain += 1
            tally.chain_right += any(_overlap(p.mention, m) for m in g.chain)
        if g.has_speaker:
            tally.with_speaker += 1
            if _speaker_right(p, g):
                tally.speaker_right += 1
                tally.end_to_end += 1
            else:
                log.add(WRONG_SPEAKER, _speaker_error_cause(text, p), doc, g, p)
    _log_unmatched(doc, preds, pairs, log)


def _log_unmatched(
    doc: GoldDocument, preds: Sequence[_Prediction], pairs: Sequence[tuple[int, int]], log: _ErrorLog
) -> None:
    """Log misses and false positives, guessing the cause from what lies near them."""
    gold = doc.quotes
    matched_pred = {i for i, _ in pairs}
    matched_gold = {j for _, j in pairs}
    for j, g in enumerate(gold):
        if j in matched_gold:
            continue
        if any(_overlap(p.span, (g.start, g.end)) for p in preds):
            cause = WRONG_BOUNDARY
        elif g.cue_span is not None or g.cue:
            cause = NO_CUE_FOUND
        else:
            cause = NO_QUOTE_FOUND
        log.add(MISS, cause, doc, g, None)
    for i, p in enumerate(preds):
        if i in matched_pred:
            continue
        cause = WRONG_BOUNDARY if any(_overlap(p.span, (g.start, g.end)) for g in gold) else NO_GOLD_COUNTERPART
        log.add(FALSE_POSITIVE, cause, doc, None, p)


def _speaker_error_cause(text: str, pred: _Prediction) -> str:
    mention = text[pred.mention[0] : pred.mention[1]] if pred.mention else None
    if pred.speaker is None and mention is None:
        return NO_SPEAKER
    if _is_pronoun(pred.speaker) or (pred.speaker is None and _is_pronoun(mention)):
        return UNRESOLVED_PRONOUN
    return WRONG_MENTION


def _is_pronoun(words: str | None) -> bool:
    return bool(words) and str(words).strip().lower() in _PRONOUNS


def _record(
    doc: GoldDocument, category: str, cause: str, gold: GoldQuote | None, pred: _Prediction | None
) -> ErrorRecord:
    start, end = (gold.start, gold.end) if gold is not None else pred.span if pred is not None else (0, 0)
    mention = None
    if pred is not None and pred.mention is not None:
        mention = doc.text[pred.mention[0] : pred.mention[1]]
    return ErrorRecord(
        category=category,
        cause=cause,
        document=doc.id,
        start=start,
        end=end,
        text=doc.text[start:end],
        context=sentence_context(doc.text, start, end),
        gold_speaker=gold.speaker if gold is not None else None,
        predicted_speaker=pred.speaker if pred is not None else None,
        predicted_mention=mention,
    )


def sentence_context(text: str, start: int, end: int, *, limit: int = 320) -> str:
    """The sentence(s) around ``text[start:end]``, white space collapsed and clipped to about ``limit``."""
    left_from = max(0, start - _CONTEXT_REACH)
    left = left_from
    for match in _SENTENCE_BREAK.finditer(text, left_from, start):
        left = match.end()
    right_match = _SENTENCE_BREAK.search(text, end, min(len(text), end + _CONTEXT_REACH))
    right = right_match.start() + 1 if right_match else min(len(text), end + _CONTEXT_REACH)
    context = " ".join(text[left:right].split())
    if len(context) > limit:
        # keep the quote's own start in view: clip around it rather than from the sentence start
        offset = max(0, len(" ".join(text[left:start].split())) - limit // 4)
        context = ("..." if offset else "") + context[offset : offset + limit] + "..."
    return context


def _predict_all(docs: Sequence[GoldDocument], predict: Predictor) -> tuple[list[list[_Prediction]], float]:
    started = time.perf_counter()
    quotes = [list(predict(doc.text)) for doc in docs]
    elapsed = time.perf_counter() - started
    return [[_Prediction.from_quote(q) for q in found if q.content is not None] for found in quotes], elapsed


def evaluate(
    gold: GoldSource,
    *,
    backend: str | None = None,
    predict: Predictor | None = None,
    errors: int = 0,
) -> EvaluationReport:
    """Run a system on every gold text and score what it finds.

    Args:
        gold: a path to gold annotations, one gold document dict, or an iterable of dicts or `GoldDocument`.
        backend: passed to `quotetrack.extract` when ``predict`` is not given.
        predict: any callable text -> quotes; defaults to `quotetrack.extract` so other systems (or hand-made
            predictions in tests) can be scored the same way.
        errors: how many example errors of each cause to keep in the report (all are counted regardless).
    """
    docs = load_gold(gold)
    if predict is None:
        from quotetrack.pipeline import extract  # noqa: PLC0415 - the pipeline is only needed when scoring it

        def run_quotetrack(text: str) -> Sequence[Quote]:
            return extract(text, backend=backend)

        predict = run_quotetrack
    predictions, elapsed = _predict_all(docs, predict)
    tally = _Tally()
    log = _ErrorLog(tally, max(0, errors))
    for doc, preds in zip(docs, predictions, strict=True):
        _score_document(doc, preds, tally, log)
    kinds = sorted(set(tally.kind_gold) | set(tally.kind_pred), key=_kind_order)
    return EvaluationReport(
        documents=len(docs),
        words=sum(len(doc.text.split()) for doc in docs),
        seconds=elapsed,
        content=Score(tally.gold, tally.predicted, tally.matched, tally.matched),
        exact=Score(tally.gold, tally.predicted, tally.exact, tally.exact),
        by_kind={
            k: Score(tally.kind_gold[k], tally.kind_pred[k], tally.kind_found[k], tally.kind_correct[k]) for k in kinds
        },
        kind_accuracy=Ratio(tally.kind_right, tally.matched),
        cue_accuracy=Ratio(tally.cue_right, tally.with_cue),
        speaker_accuracy=Ratio(tally.speaker_right, tally.with_speaker),
        chain_speaker_accuracy=Ratio(tally.chain_right, tally.with_chain),
        end_to_end=Score(tally.gold, tally.predicted, tally.end_to_end, tally.end_to_end),
        error_counts=dict(sorted(tally.error_counts.items())),
        errors=tuple(sorted(tally.errors, key=lambda e: (e.category, e.cause))),
        backend=backend,
    )


def _kind_order(kind: str) -> tuple[int, str]:
    return (KINDS.index(kind), kind) if kind in KINDS else (len(KINDS), kind)


# --------------------------------------------------------------------------------------------- command line


def add_evaluate_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``quotetrack evaluate`` on ``parser`` (the CLI's subcommand or our own)."""
    parser.add_argument("gold", help="gold annotations: JSON Lines, one JSON document, or a JSON list")
    parser.add_argument("--backend", help="quotetrack backend to run (default: the embedded rules backend)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="list up to N false positives, misses and wrong speakers of each cause, with their sentence",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N documents")


def run_evaluate(args: argparse.Namespace) -> int:
    """Carry out ``quotetrack evaluate`` and return its exit code (2 for unreadable gold)."""
    try:
        docs = load_gold(args.gold)
    except (OSError, GoldFormatError) as exc:
        print(f"quotetrack evaluate: {exc}", file=sys.stderr)
        return 2
    if not docs:
        print(f"quotetrack evaluate: no gold documents in {args.gold}", file=sys.stderr)
        return 2
    if args.limit is not None:
        docs = docs[: args.limit]
    report = evaluate(docs, backend=args.backend, errors=args.errors)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.format_table())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quotetrack.evaluate GOLD [--backend NAME] [--json] [--errors N]``."""
    parser = argparse.ArgumentParser(
        prog="quotetrack evaluate", description=__doc__.splitlines()[0] if __doc__ else None
    )
    add_evaluate_arguments(parser)
    return run_evaluate(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
