"""Tests of the evaluator on hand-made gold and predictions; every expected figure is worked out in a comment.

Predictions come from a ``predict=`` callable returning hand-built quotes, so nothing here depends on how well
the pipeline does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from quotetrack import Analysis, Quote, QuoteKind, Span, Speaker
from quotetrack.evaluate import (
    FALSE_POSITIVE,
    MISS,
    NO_CUE_FOUND,
    NO_GOLD_COUNTERPART,
    NO_QUOTE_FOUND,
    NO_SPEAKER,
    UNRESOLVED_PRONOUN,
    WRONG_BOUNDARY,
    WRONG_MENTION,
    WRONG_SPEAKER,
    GoldFormatError,
    evaluate,
    jaccard,
    load_gold,
    main,
    sentence_context,
)

# offsets:  0-15 '"We are ready,"'  16-24 'Jane Doe'  25-29 'said'  31-39 'Mr Smith'  40-44 'said'
#           45-66 'that taxes would rise' (50-66 without "that")  68-70 'He'  71-76 'added'
#           82-103 '"nothing" was decided'
NEWS = '"We are ready," Jane Doe said. Mr Smith said that taxes would rise. He added that "nothing" was decided.'

READY = {
    "start": 0,
    "end": 15,
    "kind": "direct",
    "speaker": "Jane Doe",
    "speaker_start": 16,
    "speaker_end": 24,
    "cue": "said",
    "cue_start": 25,
    "cue_end": 29,
}
TAXES = {
    "start": 50,
    "end": 66,
    "kind": "indirect",
    "speaker": "Mr Smith",
    "speaker_start": 31,
    "speaker_end": 39,
    "cue": "said",
    "cue_start": 40,
    "cue_end": 44,
}
NOTHING = {
    "start": 82,
    "end": 103,
    "kind": "mixed",
    "speaker": "He",
    "speaker_start": 68,
    "speaker_end": 70,
    "cue": "added",
    "cue_start": 71,
    "cue_end": 76,
}


def news(*quotes: dict[str, Any]) -> dict[str, Any]:
    return {"id": "news", "text": NEWS, "quotes": list(quotes)}


def quote(
    text: str,
    content: tuple[int, int],
    kind: str = "direct",
    *,
    speaker: str | None = None,
    mention: tuple[int, int] | None = None,
    cue: tuple[int, int] | None = None,
) -> Quote:
    """A hand-built prediction whose spans slice ``text``."""
    content_span = Span.of(text, *content)
    return Quote(
        kind=QuoteKind(kind),
        content=content_span,
        segments=(content_span,),
        cue=Span.of(text, *cue) if cue else None,
        speaker=Speaker(speaker) if speaker else None,
        speaker_mention=Span.of(text, *mention) if mention else None,
    )


def returning(*quotes: Quote) -> Callable[[str], Sequence[Quote]]:
    return lambda _text: list(quotes)


JANE = quote(NEWS, (0, 15), speaker="Jane Doe", mention=(16, 24), cue=(25, 29))
SMITH = quote(NEWS, (50, 66), "indirect", speaker="Mr Smith", mention=(31, 39), cue=(40, 44))
HE = quote(NEWS, (82, 103), "mixed", speaker="Mr Smith", mention=(68, 70), cue=(71, 76))


def test_perfect_match_scores_one_everywhere() -> None:
    """Predictions identical to the gold score 1 on every figure."""
    report = evaluate(news(READY, TAXES, NOTHING), predict=returning(JANE, SMITH, HE))
    # 3 predicted, 3 gold, 3 matched: P = R = F1 = 3/3
    assert (report.content.precision, report.content.recall, report.content.f1) == (1.0, 1.0, 1.0)
    assert report.exact.f1 == 1.0
    assert (report.kind_accuracy.right, report.kind_accuracy.total) == (3, 3)
    assert (report.cue_accuracy.right, report.cue_accuracy.total) == (3, 3)
    assert (report.speaker_accuracy.right, report.speaker_accuracy.total) == (3, 3)
    assert report.end_to_end.f1 == 1.0
    assert report.error_counts == {}
    assert report.documents == 1
    # words split on white space: 6 + 7 + 6 in the three sentences
    assert report.words == 19


def test_one_false_positive_halves_precision() -> None:
    """An extra prediction far from any gold quote lowers precision only and is listed with its cause."""
    stray = quote(NEWS, (31, 44), "indirect")  # 'Mr Smith said': overlaps no gold content
    report = evaluate(news(READY), predict=returning(JANE, stray), errors=5)
    # P = 1 matched / 2 predicted = 0.5; R = 1/1; F1 = 2 * 0.5 * 1 / 1.5 = 2/3
    assert report.content.precision == 0.5
    assert report.content.recall == 1.0
    assert report.content.f1 == pytest.approx(2 / 3)
    assert report.error_counts == {f"{FALSE_POSITIVE}: {NO_GOLD_COUNTERPART}": 1}
    (error,) = report.errors
    assert (error.start, error.end, error.text) == (31, 44, "Mr Smith said")
    assert error.context == "Mr Smith said that taxes would rise."


def test_one_miss_halves_recall() -> None:
    """A gold quote nothing overlaps lowers recall; having a gold cue, its cause is 'no cue found'."""
    report = evaluate(news(READY, TAXES), predict=returning(JANE), errors=5)
    # P = 1/1; R = 1 matched / 2 gold = 0.5; F1 = 2 * 1 * 0.5 / 1.5 = 2/3
    assert report.content.precision == 1.0
    assert report.content.recall == 0.5
    assert report.content.f1 == pytest.approx(2 / 3)
    assert report.error_counts == {f"{MISS}: {NO_CUE_FOUND}": 1}
    assert report.errors[0].gold_speaker == "Mr Smith"


def test_miss_without_gold_cue_is_no_quote_found() -> None:
    """Gold without a cue (LitBank) cannot blame the cue: the miss is 'no quote found'."""
    bare = {"start": 0, "end": 15, "kind": "direct", "speaker": "Jane Doe"}
    report = evaluate(news(bare), predict=returning())
    assert report.error_counts == {f"{MISS}: {NO_QUOTE_FOUND}": 1}
    # no prediction at all: P = 0/0 taken as 0, R = 0/1, F1 = 0
    assert (report.content.precision, report.content.recall, report.content.f1) == (0.0, 0.0, 0.0)


def test_boundary_below_half_jaccard_is_a_miss_and_a_false_positive() -> None:
    """Overlap below Jaccard 0.5 is no match; both sides are blamed on the span boundary."""
    too_short = quote(NEWS, (31, 52), "indirect")  # 'Mr Smith said that ta'
    # shared [50, 52) = 2 characters; covered [31, 66) = 35 characters; 2/35 = 0.057 < 0.5
    assert jaccard((31, 52), (50, 66)) == pytest.approx(2 / 35)
    report = evaluate(news(TAXES), predict=returning(too_short))
    assert report.content.correct == 0
    assert report.error_counts == {f"{FALSE_POSITIVE}: {WRONG_BOUNDARY}": 1, f"{MISS}: {WRONG_BOUNDARY}": 1}


def test_exact_counts_only_matches_whose_trimmed_edges_agree() -> None:
    """Marks and edge punctuation do not spoil an exact match; an extra 'that' does."""
    inside_marks = quote(NEWS, (1, 13), speaker="Jane Doe")  # 'We are ready' against gold '"We are ready,"'
    with_that = quote(NEWS, (45, 66), "indirect", speaker="Mr Smith")  # 'that taxes would rise'
    # Jaccard: 12/15 = 0.8 and 16/21 = 0.76, both match on overlap.
    # Trimmed: gold (0, 15) -> (1, 13) equals the prediction; gold (50, 66) stays, (45, 66) differs.
    report = evaluate(news(READY, TAXES), predict=returning(inside_marks, with_that))
    assert report.content.f1 == 1.0
    # exact: 1 of 2 predicted, 1 of 2 gold: P = R = F1 = 0.5; 1 of 2 matches
    assert (report.exact.precision, report.exact.recall, report.exact.f1) == (0.5, 0.5, 0.5)
    assert report.exact_of_matched == 0.5


def test_per_kind_counts_gold_kind_for_recall_and_predicted_kind_for_precision() -> None:
    """A gold indirect quote found by a "mixed" prediction is recall for indirect, precision for mixed."""
    labelled_mixed = quote(NEWS, (50, 66), "mixed", speaker="Mr Smith")
    report = evaluate(news(READY, TAXES), predict=returning(JANE, labelled_mixed))
    direct, indirect, mixed = (report.by_kind[k] for k in ("direct", "indirect", "mixed"))
    # direct: 1 gold, 1 predicted, matched both ways: P = R = 1
    assert (direct.precision, direct.recall) == (1.0, 1.0)
    # indirect: 1 gold found (R = 1/1) but no prediction labelled indirect (P = 0/0 -> 0)
    assert (indirect.gold, indirect.predicted, indirect.found, indirect.correct) == (1, 0, 1, 0)
    assert (indirect.precision, indirect.recall) == (0.0, 1.0)
    # mixed: no gold (R = 0/0 -> 0), 1 predicted and it matched (P = 1/1)
    assert (mixed.gold, mixed.predicted, mixed.found, mixed.correct) == (0, 1, 0, 1)
    assert (mixed.precision, mixed.recall) == (1.0, 0.0)
    # kind right on 1 of the 2 matches
    assert (report.kind_accuracy.right, report.kind_accuracy.total) == (1, 2)
    assert list(report.by_kind) == ["direct", "indirect", "mixed"]


# offsets: 0-3 'Tom'  15-25 '"Go home,"'  26-28 'he'  29-33 'said'  35-40 '"No,"'  41-45 'said'  46-49 'Ann'
#          55-58 'Tom'
NOVEL = 'Tom looked up. "Go home," he said. "No," said Ann, and Tom left.'
NOVEL_GOLD = {
    "id": "novel",
    "text": NOVEL,
    "quotes": [  # LitBank shape: canonical speaker, no mention offsets, the speaker's whole chain
        {
            "start": 15,
            "end": 25,
            "kind": "direct",
            "speaker": "Tom",
            "speaker_start": None,
            "speaker_end": None,
            "speaker_mentions": [[0, 3, "Tom"], [26, 28, "he"], [55, 58, "Tom"]],
            "cue": None,
        },
        {
            "start": 35,
            "end": 40,
            "kind": "direct",
            "speaker": "Ann",
            "speaker_start": None,
            "speaker_end": None,
            "speaker_mentions": [[46, 49, "Ann"]],
            "cue": None,
        },
    ],
}


def test_speaker_right_through_the_coreference_chain() -> None:
    """A mention on the gold chain is right even unresolved; a shared name token is right but off chain."""
    by_pronoun = quote(NOVEL, (16, 23), mention=(26, 28))  # 'he' is on Tom's chain; no name predicted
    by_name = quote(NOVEL, (35, 40), speaker="Ann Smith")  # shares 'Ann' with the gold name; no mention
    report = evaluate(NOVEL_GOLD, predict=returning(by_pronoun, by_name))
    # both matched (Jaccard 7/10 and 5/5); both speakers right, one by chain and one by name: 2/2
    assert (report.speaker_accuracy.right, report.speaker_accuracy.total) == (2, 2)
    # on chains only the mention counts: 1 of the 2 quotes whose gold has a chain
    assert (report.chain_speaker_accuracy.right, report.chain_speaker_accuracy.total) == (1, 2)
    # neither gold quote has a cue: cue accuracy judges nothing
    assert report.cue_accuracy.total == 0


def test_name_token_rule_ignores_titles() -> None:
    """'Mr' is shared by 'Mr Smith' and 'Mr Jones' but names nobody, so it is no evidence."""
    jones = quote(NEWS, (50, 66), "indirect", speaker="Mr Jones", mention=(68, 70))
    smith = quote(NEWS, (50, 66), "indirect", speaker="Smith", mention=(68, 70))
    assert evaluate(news(TAXES), predict=returning(jones)).speaker_accuracy.right == 0
    assert evaluate(news(TAXES), predict=returning(smith)).speaker_accuracy.right == 1


def test_end_to_end_needs_quote_and_speaker() -> None:
    """End-to-end counts a prediction only when it matches and its speaker is right."""
    wrong_speaker = quote(NEWS, (50, 66), "indirect", speaker="Jane Doe", mention=(16, 24))
    stray = quote(NEWS, (31, 44), "indirect")
    report = evaluate(news(READY, TAXES), predict=returning(JANE, wrong_speaker, stray))
    # matched: JANE (speaker right) and wrong_speaker (speaker wrong); stray unmatched
    # e2e: 1 right; P = 1/3, R = 1/2, F1 = 2 * (1/3) * (1/2) / (1/3 + 1/2) = (1/3) / (5/6) = 0.4
    assert report.end_to_end.precision == pytest.approx(1 / 3)
    assert report.end_to_end.recall == 0.5
    assert report.end_to_end.f1 == pytest.approx(0.4)
    # content alone: P = 2/3, R = 2/2
    assert report.content.f1 == pytest.approx(2 * (2 / 3) / (2 / 3 + 1))


def test_gold_without_source_is_left_out_of_speaker_figures() -> None:
    """PolNeAR relations with no source cannot judge a speaker and never count end to end."""
    sourceless = {"start": 50, "end": 66, "kind": "indirect", "speaker": None, "speaker_start": None}
    report = evaluate(news(sourceless), predict=returning(SMITH))
    assert report.content.f1 == 1.0
    assert report.speaker_accuracy.total == 0
    assert report.end_to_end.found == 0
    assert report.error_counts == {}


def test_matching_is_one_to_one() -> None:
    """Two predictions on one gold quote: the better pairs, the other is a false positive."""
    second = quote(NEWS, (45, 66), "indirect")  # Jaccard 16/21 against SMITH's 16/16
    report = evaluate(news(TAXES), predict=returning(second, SMITH))
    # P = 1/2, R = 1/1; the exact one won the pairing
    assert (report.content.precision, report.content.recall) == (0.5, 1.0)
    assert report.exact.correct == 1
    assert report.error_counts == {f"{FALSE_POSITIVE}: {WRONG_BOUNDARY}": 1}


def test_wrong_speakers_are_grouped_by_cause() -> None:
    """No speaker, a wrong name, and a bare pronoun each get their own cause."""
    gold = news(READY, TAXES, {**NOTHING, "speaker": "Mr Smith", "speaker_start": None, "speaker_end": None})
    nobody = quote(NEWS, (0, 15))
    wrong_name = quote(NEWS, (50, 66), "indirect", speaker="Jane Doe", mention=(16, 24))
    bare_he = quote(NEWS, (82, 103), "mixed", mention=(68, 70))  # 'He', not resolved to anyone
    report = evaluate(gold, predict=returning(nobody, wrong_name, bare_he), errors=5)
    assert report.error_counts == {
        f"{WRONG_SPEAKER}: {NO_SPEAKER}": 1,
        f"{WRONG_SPEAKER}: {UNRESOLVED_PRONOUN}": 1,
        f"{WRONG_SPEAKER}: {WRONG_MENTION}": 1,
    }
    by_cause = {e.cause: e for e in report.errors}
    assert by_cause[WRONG_MENTION].predicted_mention == "Jane Doe"
    assert by_cause[WRONG_MENTION].gold_speaker == "Mr Smith"
    assert by_cause[UNRESOLVED_PRONOUN].predicted_mention == "He"
    assert by_cause[UNRESOLVED_PRONOUN].context == 'He added that "nothing" was decided.'


def test_pronoun_as_speaker_name_is_unresolved() -> None:
    """A speaker whose canonical name is itself a pronoun was never resolved."""
    gold = news({**TAXES, "speaker_start": None, "speaker_end": None})
    he = quote(NEWS, (50, 66), "indirect", speaker="he", mention=(68, 70))
    report = evaluate(gold, predict=returning(he))
    assert report.error_counts == {f"{WRONG_SPEAKER}: {UNRESOLVED_PRONOUN}": 1}


def test_errors_are_all_counted_but_only_n_per_cause_listed() -> None:
    """``errors=N`` bounds the examples, never the counts."""
    strays = [quote(NEWS, (31, 44)), quote(NEWS, (68, 81))]  # two predictions far from the one gold quote
    report = evaluate(news(READY), predict=returning(JANE, *strays), errors=1)
    assert report.error_counts == {f"{FALSE_POSITIVE}: {NO_GOLD_COUNTERPART}": 2}
    assert len(report.errors) == 1
    assert evaluate(news(READY), predict=returning(JANE, *strays)).errors == ()


def test_gold_in_the_shape_analyze_writes() -> None:
    """Output of ``Analysis.to_dict()``, hand-corrected, is gold; its speakers' mentions are the chains."""
    tom = Speaker("Tom", mentions=(Span.of(NOVEL, 0, 3), Span.of(NOVEL, 26, 28), Span.of(NOVEL, 55, 58)))
    corrected = Analysis(
        text=NOVEL,
        quotes=(
            Quote(
                kind=QuoteKind.DIRECT,
                content=Span.of(NOVEL, 15, 25),
                segments=(Span.of(NOVEL, 15, 25),),
                cue=Span.of(NOVEL, 29, 33),
                speaker=tom,
                speaker_mention=Span.of(NOVEL, 26, 28),
            ),
        ),
        speakers=(tom,),
        id="novel",
    ).to_dict()
    (doc,) = load_gold(json.loads(json.dumps(corrected)))
    (gold,) = doc.quotes
    assert (gold.start, gold.end, gold.kind, gold.speaker) == (15, 25, "direct", "Tom")
    assert gold.cue_span == (29, 33)
    assert gold.mentions == ((26, 28),)
    assert gold.chain == ((0, 3), (26, 28), (55, 58))
    # a prediction naming Tom's last mention is right through the chain taken from ``speakers``
    later_tom = quote(NOVEL, (16, 23), mention=(55, 58), cue=(29, 33))
    report = evaluate(corrected, predict=returning(later_tom))
    assert report.speaker_accuracy.right == 1
    assert report.chain_speaker_accuracy.right == 1
    assert report.cue_accuracy.right == 1


@pytest.mark.parametrize("layout", ["jsonl", "document", "list"])
def test_gold_files_in_every_layout(tmp_path: Path, layout: str) -> None:
    """JSON Lines, a single JSON document and a JSON list all load to the same gold."""
    records = [news(READY), NOVEL_GOLD]
    path = tmp_path / "gold.json"
    if layout == "jsonl":
        path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    elif layout == "document":
        path.write_text(json.dumps(records[0]), encoding="utf-8")
        records = records[:1]
    else:
        path.write_text(json.dumps(records), encoding="utf-8")
    docs = load_gold(path)
    assert [d.id for d in docs] == [r["id"] for r in records]
    assert sum(len(d.quotes) for d in docs) == sum(len(r["quotes"]) for r in records)


def test_bad_gold_says_where_and_what() -> None:
    """Offsets past the text are refused with the document, the quote and the text length."""
    with pytest.raises(GoldFormatError, match=r"'news', quote 0: content \[0, 500\) lies outside a text of 104"):
        load_gold(news({"start": 0, "end": 500}))
    with pytest.raises(ValueError, match="needs a 'text' string and a 'quotes' list"):
        load_gold({"id": "x", "quotes": []})


def test_report_serialises_and_prints() -> None:
    """``to_dict`` is JSON-ready and the table shows each row the report holds."""
    report = evaluate(news(READY, TAXES), predict=returning(JANE), errors=1)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["content"]["recall"] == 0.5
    assert data["errors"][0]["cause"] == NO_CUE_FOUND
    table = report.format_table()
    for label in ("content (overlap)", "content (exact)", "end-to-end", "speaker (chains)", "no cue found"):
        assert label in table


def test_sentence_context_is_the_sentence_around_the_span() -> None:
    """The context runs from the previous sentence end to the next one, white space collapsed."""
    assert sentence_context(NEWS, 50, 66) == "Mr Smith said that taxes would rise."
    assert sentence_context("One.\n\n  Two  three. Four.", 8, 11) == "Two three."


def test_command_line_reports_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An unreadable gold path gives exit code 2 and a message, not a traceback."""
    assert main([str(tmp_path / "absent.jsonl")]) == 2
    assert "absent.jsonl" in capsys.readouterr().err


def test_command_line_prints_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``--json`` prints the report's dict for the gold given (figures depend on the pipeline: unchecked)."""
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(news(READY)) + "\n", encoding="utf-8")
    assert main([str(path), "--json", "--errors", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 1
    assert data["content"]["gold"] == 1
