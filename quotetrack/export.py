"""Turn analyses into the formats other tools read: dicts and JSON Lines, rows, pandas, CSV, Parquet, BRAT.

Every offset written by this module counts Python code points (``str`` indices), never bytes or UTF-16
units: ``text[start:end] == span_text`` holds for the ``text`` of the analysis that produced the span.

The tabular formats (`quote_rows`, `to_frame`, `to_csv`, `to_parquet`) share one fixed set of columns,
`QUOTE_COLUMNS`, one row per quote; an analysis without quotes contributes no rows. pandas and pyarrow are
imported only inside the functions that need them.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, Union

from quotetrack.errors import MissingDependencyError
from quotetrack.model import Analysis, AnalysisWarning, Quote, QuoteKind, Span, Speaker, SpeakerKind

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "QUOTE_COLUMNS",
    "QUOTE_COLUMN_TYPES",
    "analysis_from_dict",
    "analysis_to_dict",
    "brat_annotation_conf",
    "quote_rows",
    "to_brat",
    "to_csv",
    "to_frame",
    "to_jsonl",
    "to_parquet",
]

#: A path to write to, or an open text file.
TextDestination = Union[str, "os.PathLike[str]", IO[str]]

#: The columns of every tabular export, in order; one row per quote.
QUOTE_COLUMNS: tuple[str, ...] = (
    "id",
    "quote_index",
    "kind",
    "content",
    "content_start",
    "content_end",
    "speaker",
    "speaker_kind",
    "speaker_mention",
    "speaker_mention_start",
    "speaker_mention_end",
    "cue",
    "cue_start",
    "cue_end",
    "cue_class",
    "addressee",
    "channel",
    "confidence",
    "method",
)

#: The value type of each column: "str" and "int?" may be missing (None), "int" and "float" never are.
QUOTE_COLUMN_TYPES: dict[str, str] = {
    "id": "str",
    "quote_index": "int",
    "kind": "str",
    "content": "str",
    "content_start": "int",
    "content_end": "int",
    "speaker": "str",
    "speaker_kind": "str",
    "speaker_mention": "str",
    "speaker_mention_start": "int?",
    "speaker_mention_end": "int?",
    "cue": "str",
    "cue_start": "int?",
    "cue_end": "int?",
    "cue_class": "str",
    "addressee": "str",
    "channel": "str",
    "confidence": "float",
    "method": "str",
}


# --- dicts and JSON Lines ---------------------------------------------------------------------------


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """The JSON-ready dict of one analysis; spans are ``{start, end, text}`` with code-point offsets.

    Keys: ``id``, ``text``, ``backend``, ``genre``, ``quotes``, ``speakers``, ``warnings``, ``error``. Each quote is
    `Quote.to_dict` plus ``speaker_index``, the position of its speaker in ``speakers`` (or None), because a
    name alone cannot tell apart two speakers who share it.
    """
    positions = {id(speaker): index for index, speaker in enumerate(analysis.speakers)}
    quotes = []
    for quote in analysis.quotes:
        record = quote.to_dict()
        record["speaker_index"] = None if quote.speaker is None else positions.get(id(quote.speaker))
        quotes.append(record)
    return {
        "id": analysis.id,
        "text": analysis.text,
        "backend": analysis.backend,
        "genre": analysis.genre,
        "quotes": quotes,
        "speakers": [speaker.to_dict() for speaker in analysis.speakers],
        "warnings": [warning.to_dict() for warning in analysis.warnings],
        "error": analysis.error,
    }


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    """Rebuild an `Analysis` from `analysis_to_dict` output (a line of JSON Lines, parsed).

    Quotes get back the very `Speaker` objects of ``speakers`` through ``speaker_index``; a dict without it
    is linked by speaker name instead.
    """
    speakers = tuple(
        Speaker(
            name=s["name"],
            kind=SpeakerKind(s.get("kind", "unknown")),
            aliases=tuple(s.get("aliases", ())),
            mentions=tuple(_span_from_dict(m) for m in s.get("mentions", ())),
        )
        for s in data.get("speakers", ())
    )
    by_name = {speaker.name: speaker for speaker in reversed(speakers)}
    quotes = []
    for q in data.get("quotes", ()):
        index = q.get("speaker_index")
        speaker = speakers[index] if index is not None else by_name.get(q.get("speaker") or "")
        content = _span_from_dict(q["content"])
        quotes.append(
            Quote(
                kind=QuoteKind(q["kind"]),
                content=content,
                segments=tuple(_span_from_dict(s) for s in q.get("segments", ())) or (content,),
                cue=_optional_span(q.get("cue")),
                speaker=speaker,
                speaker_mention=_optional_span(q.get("speaker_mention")),
                addressee=_optional_span(q.get("addressee")),
                channel=_optional_span(q.get("channel")),
                source=_optional_span(q.get("source")),
                confidence=float(q.get("confidence", 0.5)),
                method=q.get("method", "pattern"),
                cue_class=q.get("cue_class"),
            )
        )
    warnings = tuple(
        AnalysisWarning(code=w["code"], message=w["message"], span=_optional_span(w.get("span")))
        for w in data.get("warnings", ())
    )
    return Analysis(
        text=data["text"],
        quotes=tuple(quotes),
        speakers=speakers,
        warnings=warnings,
        backend=data.get("backend", "rules"),
        genre=data.get("genre", "news"),
        id=data.get("id"),
        error=data.get("error"),
    )


def to_jsonl(analyses: Analysis | Iterable[Analysis], file: TextDestination) -> int:
    """Write one JSON object per analysis per line (UTF-8, not ASCII-escaped); return how many were written.

    ``file`` is a path or an open text file. The iterable is consumed lazily, so a `pipe` of any length
    streams through in constant memory.
    """
    count = 0
    with _open_text(file) as out:
        for analysis in _each(analyses):
            out.write(json.dumps(analysis_to_dict(analysis), ensure_ascii=False))
            out.write("\n")
            count += 1
    return count


# --- rows, pandas, CSV, Parquet -----------------------------------------------------------------------


def quote_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """One dict per quote with exactly the keys of `QUOTE_COLUMNS`, in that order; absent values are None."""
    return [_quote_row(analysis.id, index, quote) for index, quote in enumerate(analysis.quotes)]


def to_frame(analyses: Analysis | Iterable[Analysis]) -> pd.DataFrame:
    """A pandas DataFrame with one row per quote and the columns of `QUOTE_COLUMNS`.

    Offsets that may be missing use pandas' nullable ``Int64``; the others are ``int64``, ``float64`` or
    ``object`` (str or None), so an empty frame has the same columns and dtypes as a full one.
    """
    try:
        import pandas as pd  # noqa: PLC0415 - optional dependency, imported on use
    except ImportError as error:
        msg = "to_frame needs pandas, which is not installed: pip install 'quotetrack[pandas]'"
        raise MissingDependencyError(msg) from error
    rows = [row for analysis in _each(analyses) for row in quote_rows(analysis)]
    frame = pd.DataFrame.from_records(rows, columns=list(QUOTE_COLUMNS))
    pandas_types = {"str": "object", "int": "int64", "int?": "Int64", "float": "float64"}
    return frame.astype({column: pandas_types[kind] for column, kind in QUOTE_COLUMN_TYPES.items()})


def to_csv(analyses: Analysis | Iterable[Analysis], file: TextDestination) -> int:
    """Write a header of `QUOTE_COLUMNS` and one row per quote with the csv module; return the row count.

    Missing values are empty fields; content holding newlines or commas is quoted as CSV requires. A path
    is opened as UTF-8; an open file should have been opened with ``newline=""``.
    """
    count = 0
    with _open_text(file) as out:
        writer = csv.writer(out)
        writer.writerow(QUOTE_COLUMNS)
        for analysis in _each(analyses):
            for row in quote_rows(analysis):
                writer.writerow(row.values())
                count += 1
    return count


def to_parquet(
    analyses: Analysis | Iterable[Analysis], path: str | os.PathLike[str], *, rows_per_group: int = 50_000
) -> int:
    """Write one row per quote to a Parquet file with a fixed schema (pyarrow); return the row count.

    Rows are written in groups of ``rows_per_group`` as the analyses arrive, so a long `pipe` never sits in
    memory whole.
    """
    try:
        # pyarrow ships no type hints; the ignore also covers a checker without pyarrow installed
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415
        import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415
    except ImportError as error:
        msg = "to_parquet needs pyarrow, which is not installed: pip install 'quotetrack[parquet]'"
        raise MissingDependencyError(msg) from error
    arrow_types = {"str": pa.string(), "int": pa.int64(), "int?": pa.int64(), "float": pa.float64()}
    schema = pa.schema(
        [
            pa.field(column, arrow_types[kind], nullable=kind in {"str", "int?"})
            for column, kind in QUOTE_COLUMN_TYPES.items()
        ]
    )
    count = 0
    with pq.ParquetWriter(os.fspath(path), schema) as writer:
        pending: list[dict[str, Any]] = []
        for analysis in _each(analyses):
            pending.extend(quote_rows(analysis))
            if len(pending) >= rows_per_group:
                writer.write_table(pa.Table.from_pylist(pending, schema=schema))
                count += len(pending)
                pending = []
        if pending or count == 0:
            writer.write_table(pa.Table.from_pylist(pending, schema=schema))
            count += len(pending)
    return count


# --- BRAT standoff ------------------------------------------------------------------------------------


def to_brat(analysis: Analysis) -> tuple[str, str]:
    """The BRAT standoff pair ``(txt, ann)`` for one analysis, to load into the brat annotation tool.

    ``txt`` is the analysed text unchanged. ``ann`` has:

    - ``T`` lines for the spans, typed ``Quote``, ``Speaker`` (the mention), ``Cue``, ``Addressee`` and
      ``Channel``; a quote in several segments is one discontinuous annotation (fragments joined by ``;``),
      and since brat forbids a fragment that crosses a line break, every span is cut at line breaks too;
    - ``R`` lines linking each quote (``Arg1``) to its ``Speaker``, ``Cue``, ``Addressee`` and ``Channel``
      (``Arg2``);
    - ``A`` lines: ``Kind`` of each quote (direct, indirect, mixed) and ``CueClass`` of each cue;
    - ``#`` AnnotatorNotes on each attributed quote naming the resolved speaker ("speaker: Jane Doe").

    Offsets count code points, as brat does. A span that is empty (or only line breaks) is left out with
    its relations. `brat_annotation_conf` gives the matching ``annotation.conf``.
    """
    text = analysis.text
    lines: list[str] = []
    textbound_ids: dict[tuple[str, tuple[tuple[int, int], ...]], str] = {}
    counters = {"T": 0, "R": 0, "A": 0, "#": 0}

    def next_id(prefix: str) -> str:
        counters[prefix] += 1
        return f"{prefix}{counters[prefix]}"

    def textbound(label: str, spans: Iterable[Span]) -> str | None:
        fragments = tuple(piece for span in spans for piece in _line_fragments(text, span.start, span.end))
        if not fragments:
            return None
        key = (label, fragments)
        if key not in textbound_ids:
            ident = textbound_ids[key] = next_id("T")
            offsets = ";".join(f"{start} {end}" for start, end in fragments)
            covered = " ".join(text[start:end] for start, end in fragments)
            lines.append(f"{ident}\t{label} {offsets}\t{covered}")
        return textbound_ids[key]

    for quote in analysis.quotes:
        quote_id = textbound("Quote", quote.segments or (quote.content,))
        if quote_id is None:
            continue
        lines.append(f"{next_id('A')}\tKind {quote_id} {quote.kind.value}")
        if quote.speaker is not None:
            lines.append(f"{next_id('#')}\tAnnotatorNotes {quote_id}\tspeaker: {quote.speaker.name}")
        for role, span in (
            ("Speaker", quote.speaker_mention),
            ("Cue", quote.cue),
            ("Addressee", quote.addressee),
            ("Channel", quote.channel),
        ):
            if span is None:
                continue
            other = textbound(role, (span,))
            if other is None:
                continue
            if role == "Cue" and quote.cue_class:
                attribute = f"CueClass {other} {quote.cue_class}"
                if not any(line.endswith("\t" + attribute) for line in lines):
                    lines.append(f"{next_id('A')}\t{attribute}")
            lines.append(f"{next_id('R')}\t{role} Arg1:{quote_id} Arg2:{other}")
    return text, "".join(line + "\n" for line in lines)


def brat_annotation_conf() -> str:
    """The brat ``annotation.conf`` declaring the types `to_brat` writes."""
    return (
        "[entities]\nQuote\nSpeaker\nCue\nAddressee\nChannel\n\n"
        "[relations]\n"
        "Speaker\tArg1:Quote, Arg2:Speaker\n"
        "Cue\tArg1:Quote, Arg2:Cue\n"
        "Addressee\tArg1:Quote, Arg2:Addressee\n"
        "Channel\tArg1:Quote, Arg2:Channel\n\n"
        "[events]\n\n"
        "[attributes]\n"
        "Kind\tArg:Quote, Value:direct|indirect|mixed\n"
        "CueClass\tArg:Cue, Value:speech|writing|thought|evidence\n"
    )


# --- helpers ------------------------------------------------------------------------------------------

# What str.splitlines treats as a line break: brat cuts lines the same way, so no fragment may hold one.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _line_fragments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The non-empty pieces of ``text[start:end]`` between line breaks, as (start, end) offsets."""
    piece_start = start
    for offset in range(start, end):
        if text[offset] in _LINE_BREAKS:
            if offset > piece_start:
                yield piece_start, offset
            piece_start = offset + 1
    if end > piece_start:
        yield piece_start, end


def _quote_row(analysis_id: str | None, index: int, quote: Quote) -> dict[str, Any]:
    mention, cue = quote.speaker_mention, quote.cue
    return {
        "id": analysis_id,
        "quote_index": index,
        "kind": quote.kind.value,
        "content": quote.content.text,
        "content_start": quote.content.start,
        "content_end": quote.content.end,
        "speaker": None if quote.speaker is None else quote.speaker.name,
        "speaker_kind": None if quote.speaker is None else quote.speaker.kind.value,
        "speaker_mention": None if mention is None else mention.text,
        "speaker_mention_start": None if mention is None else mention.start,
        "speaker_mention_end": None if mention is None else mention.end,
        "cue": None if cue is None else cue.text,
        "cue_start": None if cue is None else cue.start,
        "cue_end": None if cue is None else cue.end,
        "cue_class": quote.cue_class,
        "addressee": None if quote.addressee is None else quote.addressee.text,
        "channel": None if quote.channel is None else quote.channel.text,
        "confidence": round(quote.confidence, 3),
        "method": quote.method,
    }


def _span_from_dict(data: dict[str, Any]) -> Span:
    return Span(int(data["start"]), int(data["end"]), str(data["text"]))


def _optional_span(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else _span_from_dict(data)


def _each(analyses: Analysis | Iterable[Analysis]) -> Iterable[Analysis]:
    return (analyses,) if isinstance(analyses, Analysis) else analyses


@contextlib.contextmanager
def _open_text(destination: TextDestination) -> Iterator[IO[str]]:
    """Give a text file: open a path as UTF-8 (and close it after), or lend an open file as it is."""
    if isinstance(destination, (str, os.PathLike)):
        with open(destination, "w", encoding="utf-8", newline="") as opened:
            yield opened
    else:
        yield destination
