"""Check that `quotetrack.evaluate` agrees with the independent scorer on the very same predictions.

    python benchmarks/agreement.py ../shared/data/polnear/dev.jsonl --scorer ../shared/bin/score.py

quotetrack runs once; its quotes are written in the scorer's ``--pred`` format and scored by both, so a change
in the pipeline between two runs cannot pass for a disagreement. Figures are compared at the scorer's three
decimals; exit code 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _common import PROJECT_ROOT, print_table, write_json

from quotetrack import Quote
from quotetrack.evaluate import EvaluationReport, evaluate, load_gold


def as_scorer_prediction(q: Quote) -> dict[str, Any]:
    mention, cue = q.speaker_mention, q.cue
    return {
        "start": q.content.start, "end": q.content.end, "kind": q.kind.value,
        "speaker": q.speaker.name if q.speaker else None,
        "speaker_start": mention.start if mention else None, "speaker_end": mention.end if mention else None,
        "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
    }  # fmt: skip


def ours(report: EvaluationReport) -> dict[str, Any]:
    """The report's figures under the scorer's names."""
    return {
        "gold": report.content.gold,
        "pred": report.content.predicted,
        "quote_P": report.content.precision,
        "quote_R": report.content.recall,
        "quote_F1": report.content.f1,
        "exact_of_matched": report.exact_of_matched,
        "kind_acc": report.kind_accuracy.value,
        "speaker_acc": report.speaker_accuracy.value,
        "cue_acc": report.cue_accuracy.value,
        "e2e_F1": report.end_to_end.f1,
        **{f"recall_by_kind.{k}": s.recall for k, s in report.by_kind.items() if s.gold},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="a gold file")
    parser.add_argument("--scorer", default=str(PROJECT_ROOT.parent / "shared" / "bin" / "score.py"))
    parser.add_argument("--backend", help="quotetrack backend name")
    parser.add_argument("--json", metavar="PATH", help="also write both sets of figures as JSON ('-' for stdout)")
    args = parser.parse_args(argv)

    import quotetrack

    docs = load_gold(args.gold)
    found = {doc.text: quotetrack.extract(doc.text, backend=args.backend) for doc in docs}
    with tempfile.TemporaryDirectory() as tmp:
        pred_file = Path(tmp) / "pred.jsonl"
        pred_file.write_text(
            "".join(
                json.dumps({"id": doc.id, "quotes": [as_scorer_prediction(q) for q in found[doc.text]]}) + "\n"
                for doc in docs
            ),
            encoding="utf-8",
        )
        scorer_out = subprocess.run(
            [sys.executable, args.scorer, args.gold, "--pred", str(pred_file), "--json"],
            check=True, capture_output=True, text=True, cwd=PROJECT_ROOT,
        ).stdout  # fmt: skip
    theirs = json.loads(scorer_out.strip().splitlines()[-1])
    flat_theirs = {k: v for k, v in theirs.items() if not isinstance(v, dict)}
    flat_theirs.update({f"recall_by_kind.{k}": v for k, v in theirs.get("recall_by_kind", {}).items()})
    mine = ours(evaluate(docs, predict=lambda text: found[text]))
    rows, disagreements = [], 0
    for key, value in mine.items():
        other = flat_theirs.get(key)
        shown = round(value, 3) if isinstance(value, float) else value
        same = other == shown
        disagreements += not same
        rows.append([key, other, shown, "yes" if same else "NO"])
    print_table(["figure", "score.py", "evaluate", "agree"], rows)
    print(f"\n{'all figures agree' if not disagreements else f'{disagreements} figures differ'}")
    write_json(args.json, {"score.py": theirs, "evaluate": mine, "disagreements": disagreements})
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
