"""Tests for quotetrack.export: dicts, JSON Lines, fixed-column rows, pandas, CSV, Parquet and BRAT."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest

from quotetrack.errors import MissingDependencyError
from quotetrack.export import (
    QUOTE_COLUMNS,
    analysis_from_dict,
    analysis_to_dict,
    brat_annotation_conf,
    quote_rows,
    to_brat,
    to_csv,
    to_frame,
    to_jsonl,
    to_parquet,
)
from quotetrack.model import Analysis, AnalysisWarning, Quote, QuoteKind, Span, Speaker, SpeakerKind

# Offsets worked out by hand: "We are ready" is 1-13, "Jane Doe" 16-24, "told" 25-29, "AFP" 30-33,
# "in a statement" 34-48, the line break 49, "She" 50-53, "added" 54-59, and the reported clause
# "talks would\nresume soon" 65-88 with its own line break at 76.
TEXT = '"We are ready," Jane Doe told AFP in a statement.\nShe added that talks would\nresume soon.'


def jane_analysis(analysis_id: str | None = "a1") -> Analysis:
    """Two quotes by one speaker: a direct one with every role filled and an indirect one via a pronoun."""
    jane = Speaker(
        "Jane Doe", SpeakerKind.PERSON, aliases=("Doe",), mentions=(Span.of(TEXT, 16, 24), Span.of(TEXT, 50, 53))
    )
    direct = Quote(
        kind=QuoteKind.DIRECT,
        content=Span.of(TEXT, 1, 13),
        segments=(Span.of(TEXT, 1, 13),),
        cue=Span.of(TEXT, 25, 29),
        speaker=jane,
        speaker_mention=Span.of(TEXT, 16, 24),
        addressee=Span.of(TEXT, 30, 33),
        channel=Span.of(TEXT, 34, 48),
        source=Span.of(TEXT, 0, 49),
        confidence=0.9,
        method="pattern",
        cue_class="speech",
    )
    indirect = Quote(
        kind=QuoteKind.INDIRECT,
        content=Span.of(TEXT, 65, 88),
        segments=(Span.of(TEXT, 65, 88),),
        cue=Span.of(TEXT, 54, 59),
        speaker=jane,
        speaker_mention=Span.of(TEXT, 50, 53),
        source=Span.of(TEXT, 50, 89),
        confidence=0.7,
        method="coref:pronoun",
        cue_class="speech",
    )
    warning = AnalysisWarning("stray-mark", "a mark with no partner", None)
    return Analysis(TEXT, (direct, indirect), (jane,), (warning,), backend="rules", id=analysis_id)


def test_hand_built_offsets_are_what_the_comment_says() -> None:
    """The fixture's spans cut the words the offsets were worked out for."""
    analysis = jane_analysis()
    direct, indirect = analysis.quotes
    assert direct.content.text == "We are ready"
    assert direct.channel is not None
    assert direct.channel.text == "in a statement"
    assert indirect.content.text == "talks would\nresume soon"


def test_analysis_to_dict_has_the_documented_keys_and_spans() -> None:
    """The dict has the seven top-level keys, spans as start/end/text and a speaker index per quote."""
    data = analysis_to_dict(jane_analysis())
    assert list(data) == ["id", "text", "backend", "genre", "quotes", "speakers", "warnings", "error"]
    assert data["id"] == "a1"
    assert data["error"] is None
    first = data["quotes"][0]
    assert first["content"] == {"start": 1, "end": 13, "text": "We are ready"}
    assert first["addressee"] == {"start": 30, "end": 33, "text": "AFP"}
    assert first["speaker"] == "Jane Doe"
    assert [q["speaker_index"] for q in data["quotes"]] == [0, 0]
    assert data["speakers"] == [
        {
            "name": "Jane Doe",
            "kind": "person",
            "aliases": ["Doe"],
            "mentions": [{"start": 16, "end": 24, "text": "Jane Doe"}, {"start": 50, "end": 53, "text": "She"}],
        }
    ]
    assert data["warnings"] == [{"code": "stray-mark", "message": "a mark with no partner", "span": None}]


def test_model_to_dict_and_to_json_use_the_export() -> None:
    """Analysis.to_dict is analysis_to_dict, and to_json parses back to the same dict."""
    analysis = jane_analysis()
    assert analysis.to_dict() == analysis_to_dict(analysis)
    assert json.loads(analysis.to_json()) == analysis.to_dict()


def test_dict_round_trip_rebuilds_an_equal_analysis_with_shared_speakers() -> None:
    """analysis_from_dict(to_dict) gives the same dict back, and both quotes point at one Speaker object."""
    original = jane_analysis()
    rebuilt = analysis_from_dict(json.loads(original.to_json()))
    assert rebuilt.to_dict() == original.to_dict()
    assert rebuilt.quotes[0].speaker is rebuilt.speakers[0]
    assert rebuilt.quotes[1].speaker is rebuilt.speakers[0]
    assert rebuilt.quotes[1].content == Span(65, 88, "talks would\nresume soon")


def test_error_record_round_trips() -> None:
    """A recorded failure keeps its id and error through JSON."""
    failed = Analysis(text="", id="x", error="TypeError: quotetrack needs text as str")
    assert analysis_from_dict(json.loads(failed.to_json())) == failed


def test_to_jsonl_writes_one_line_per_analysis() -> None:
    """Two analyses give two lines of JSON, in order, with non-ASCII text kept as is."""
    out = io.StringIO()
    written = to_jsonl([jane_analysis("a1"), Analysis(text="Zürich — «hi»", id="a2")], out)
    lines = out.getvalue().splitlines()
    assert written == 2
    assert [json.loads(line)["id"] for line in lines] == ["a1", "a2"]
    assert "Zürich — «hi»" in lines[1]


def test_to_jsonl_to_a_path(tmp_path) -> None:
    """A path is opened and written as UTF-8."""
    target = tmp_path / "out.jsonl"
    to_jsonl(jane_analysis(), target)
    assert json.loads(target.read_text(encoding="utf-8"))["quotes"][1]["method"] == "coref:pronoun"


def test_quote_rows_have_the_fixed_columns_and_hand_checked_values() -> None:
    """Each row has exactly QUOTE_COLUMNS in order; the first row's values are the hand-worked ones."""
    rows = quote_rows(jane_analysis())
    assert [list(row) for row in rows] == [list(QUOTE_COLUMNS)] * 2
    assert rows[0] == {
        "id": "a1",
        "quote_index": 0,
        "kind": "direct",
        "content": "We are ready",
        "content_start": 1,
        "content_end": 13,
        "speaker": "Jane Doe",
        "speaker_kind": "person",
        "speaker_mention": "Jane Doe",
        "speaker_mention_start": 16,
        "speaker_mention_end": 24,
        "cue": "told",
        "cue_start": 25,
        "cue_end": 29,
        "cue_class": "speech",
        "addressee": "AFP",
        "channel": "in a statement",
        "confidence": 0.9,
        "method": "pattern",
    }
    assert rows[1]["quote_index"] == 1
    assert rows[1]["speaker_mention"] == "She"
    assert rows[1]["addressee"] is None
    assert rows[1]["channel"] is None


def test_unattributed_quote_row_has_empty_speaker_fields() -> None:
    """A quote without speaker, mention or cue gives None in those columns."""
    text = '"Fine."'
    quote = Quote(QuoteKind.DIRECT, Span.of(text, 1, 6), (Span.of(text, 1, 6),))
    (row,) = quote_rows(Analysis(text, (quote,)))
    assert row["content"] == "Fine."
    assert row["id"] is None
    assert [row[c] for c in ("speaker", "speaker_kind", "speaker_mention", "cue", "cue_start")] == [None] * 5


def test_analysis_without_quotes_gives_no_rows() -> None:
    """No quotes, no rows; an error record is no exception."""
    assert quote_rows(Analysis("Nothing said here.")) == []
    assert quote_rows(Analysis("", id="bad", error="TypeError: x")) == []


def test_to_csv_header_is_quote_columns_and_newlines_survive() -> None:
    """The CSV header is QUOTE_COLUMNS; a content holding a line break reads back intact."""
    out = io.StringIO(newline="")
    count = to_csv([jane_analysis("a1"), Analysis("No quotes.", id="a2"), jane_analysis("a3")], out)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert count == 4
    assert tuple(rows[0]) == QUOTE_COLUMNS
    assert [row[0] for row in rows[1:]] == ["a1", "a1", "a3", "a3"]
    assert rows[2][QUOTE_COLUMNS.index("content")] == "talks would\nresume soon"
    assert rows[2][QUOTE_COLUMNS.index("addressee")] == ""


def test_to_frame_has_fixed_columns_and_dtypes() -> None:
    """to_frame gives one row per quote with QUOTE_COLUMNS, nullable offsets, and the same dtypes when empty."""
    pytest.importorskip("pandas", reason="to_frame needs the optional pandas extra")
    frame = to_frame([jane_analysis("a1"), jane_analysis("a2")])
    assert list(frame.columns) == list(QUOTE_COLUMNS)
    assert list(frame["id"]) == ["a1", "a1", "a2", "a2"]
    assert list(frame["content_start"]) == [1, 65, 1, 65]
    assert str(frame["cue_start"].dtype) == "Int64"
    assert frame["confidence"].tolist() == [0.9, 0.7, 0.9, 0.7]
    empty = to_frame([])
    assert list(empty.columns) == list(QUOTE_COLUMNS)
    assert empty.dtypes.to_dict() == frame.dtypes.to_dict()


def test_analysis_to_frame_is_to_frame_of_one() -> None:
    """Analysis.to_frame gives the frame of that one analysis."""
    pytest.importorskip("pandas", reason="to_frame needs the optional pandas extra")
    analysis = jane_analysis()
    assert analysis.to_frame().equals(to_frame([analysis]))


def test_to_frame_without_pandas_names_the_install_command(monkeypatch) -> None:
    """With pandas missing, to_frame raises MissingDependencyError (an ImportError) naming the pip command."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'quotetrack\[pandas\]'") as caught:
        to_frame([jane_analysis()])
    assert isinstance(caught.value, ImportError)


def test_to_parquet_round_trips_the_rows(tmp_path) -> None:
    """The Parquet file holds QUOTE_COLUMNS and the same values as quote_rows, nulls included."""
    parquet = pytest.importorskip("pyarrow.parquet", reason="to_parquet needs the optional pyarrow extra")
    target = tmp_path / "quotes.parquet"
    count = to_parquet([jane_analysis("a1"), Analysis("x", id="a2"), jane_analysis("a3")], target, rows_per_group=3)
    table = parquet.read_table(target)
    assert count == 4
    assert table.column_names == list(QUOTE_COLUMNS)
    assert table.to_pylist() == quote_rows(jane_analysis("a1")) + quote_rows(jane_analysis("a3"))


def test_to_parquet_of_nothing_writes_the_schema(tmp_path) -> None:
    """No quotes still give a readable file with every column and no rows."""
    parquet = pytest.importorskip("pyarrow.parquet", reason="to_parquet needs the optional pyarrow extra")
    target = tmp_path / "empty.parquet"
    assert to_parquet([], target) == 0
    table = parquet.read_table(target)
    assert table.num_rows == 0
    assert table.column_names == list(QUOTE_COLUMNS)
    assert str(table.schema.field("cue_start").type) == "int64"


def test_to_parquet_without_pyarrow_names_the_install_command(monkeypatch, tmp_path) -> None:
    """With pyarrow missing, to_parquet raises MissingDependencyError naming the pip command."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'quotetrack\[parquet\]'"):
        to_parquet([jane_analysis()], tmp_path / "x.parquet")


def test_to_brat_lines() -> None:
    """The .ann file has the textbounds, kinds, notes, cue classes and relations in the documented order."""
    txt, ann = to_brat(jane_analysis())
    assert txt == TEXT
    assert ann.splitlines() == [
        "T1\tQuote 1 13\tWe are ready",
        "A1\tKind T1 direct",
        "#1\tAnnotatorNotes T1\tspeaker: Jane Doe",
        "T2\tSpeaker 16 24\tJane Doe",
        "R1\tSpeaker Arg1:T1 Arg2:T2",
        "T3\tCue 25 29\ttold",
        "A2\tCueClass T3 speech",
        "R2\tCue Arg1:T1 Arg2:T3",
        "T4\tAddressee 30 33\tAFP",
        "R3\tAddressee Arg1:T1 Arg2:T4",
        "T5\tChannel 34 48\tin a statement",
        "R4\tChannel Arg1:T1 Arg2:T5",
        # the reported clause crosses the line break at 76, so it is two fragments
        "T6\tQuote 65 76;77 88\ttalks would resume soon",
        "A3\tKind T6 indirect",
        "#2\tAnnotatorNotes T6\tspeaker: Jane Doe",
        "T7\tSpeaker 50 53\tShe",
        "R5\tSpeaker Arg1:T6 Arg2:T7",
        "T8\tCue 54 59\tadded",
        "A4\tCueClass T8 speech",
        "R6\tCue Arg1:T6 Arg2:T8",
    ]
    assert ann.endswith("\n")


def test_to_brat_fragment_offsets_slice_the_text() -> None:
    """Every fragment of every T line slices the .txt to text without a line break."""
    txt, ann = to_brat(jane_analysis())
    for line in ann.splitlines():
        if line.startswith("T"):
            _, label_offsets, covered = line.split("\t")
            fragments = [tuple(map(int, part.split())) for part in label_offsets.split(" ", 1)[1].split(";")]
            pieces = [txt[start:end] for start, end in fragments]
            assert all("\n" not in piece and piece for piece in pieces)
            assert " ".join(pieces) == covered


def test_to_brat_split_quote_is_one_discontinuous_unattributed_annotation() -> None:
    """A quote split by its attribution is one Quote with two fragments; no speaker means no note."""
    text = '"We will," he said, "win."'
    quote = Quote(
        QuoteKind.DIRECT,
        content=Span.of(text, 1, 25),
        segments=(Span.of(text, 1, 8), Span.of(text, 21, 25)),
        cue=Span.of(text, 14, 18),
        speaker_mention=Span.of(text, 11, 13),
    )
    _, ann = to_brat(Analysis(text, (quote,)))
    assert ann.splitlines() == [
        "T1\tQuote 1 8;21 25\tWe will win.",
        "A1\tKind T1 direct",
        "T2\tSpeaker 11 13\the",
        "R1\tSpeaker Arg1:T1 Arg2:T2",
        "T3\tCue 14 18\tsaid",
        "R2\tCue Arg1:T1 Arg2:T3",
    ]


def test_to_brat_shares_a_mention_used_by_two_quotes_and_drops_empty_quotes() -> None:
    """Two quotes on one cue and mention reuse their T lines; an empty quote leaves no trace."""
    text = 'He said "yes" and "no" and "".'
    mention, cue = Span.of(text, 0, 2), Span.of(text, 3, 7)
    quotes = tuple(
        Quote(QuoteKind.DIRECT, Span.of(text, s, e), (Span.of(text, s, e),), cue=cue, speaker_mention=mention)
        for s, e in ((9, 12), (19, 21), (28, 28))
    )
    _, ann = to_brat(Analysis(text, quotes))
    lines = ann.splitlines()
    assert [line for line in lines if line.startswith("T")] == [
        "T1\tQuote 9 12\tyes",
        "T2\tSpeaker 0 2\tHe",
        "T3\tCue 3 7\tsaid",
        "T4\tQuote 19 21\tno",
    ]
    assert "R3\tSpeaker Arg1:T4 Arg2:T2" in lines
    assert "R4\tCue Arg1:T4 Arg2:T3" in lines
    assert len(lines) == 10  # 4 T, 2 A (kinds), 4 R


def test_brat_annotation_conf_declares_every_label_used() -> None:
    """Every entity, relation and attribute label to_brat writes is declared in annotation.conf."""
    conf = brat_annotation_conf()
    _, ann = to_brat(jane_analysis())
    declared = {line.split("\t")[0] for line in conf.splitlines() if line and not line.startswith("[")}
    used = {line.split("\t")[1].split(" ")[0] for line in ann.splitlines() if not line.startswith("#")}
    assert used <= declared
    assert used == {"Quote", "Speaker", "Cue", "Addressee", "Channel", "Kind", "CueClass"}
