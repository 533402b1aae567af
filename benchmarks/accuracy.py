"""Accuracy of quotetrack on gold files given as paths, by `quotetrack.evaluate`; textacy beside it on demand.

    python benchmarks/accuracy.py ../shared/data/polnear/dev.jsonl ../shared/data/litbank/dev.jsonl --textacy

The gold never enters the project: pass its path. ``--textacy`` scores textacy's ``direct_quotations`` on
spaCy's small model with the same evaluator (when both are importable; see benchmarks/README.md).
``--errors N`` prints N example errors of each cause.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from _common import load_textacy, print_table, write_json

from quotetrack.evaluate import EvaluationReport, evaluate

HEADERS = ["gold", "system", "docs", "quotes", "pred", "P", "R", "F1", "exact F1", "kind", "cue", "speaker",
           "chain spk", "e2e F1", "words/s"]  # fmt: skip


def row(path: str, system: str, r: EvaluationReport) -> list[Any]:
    def accuracy(ratio: Any) -> float | None:
        return ratio.value if ratio.total else None  # nothing to judge: shown as "-", not as 0

    return [
        _label(path), system, r.documents, r.content.gold, r.content.predicted, r.content.precision,
        r.content.recall, r.content.f1, r.exact.f1, accuracy(r.kind_accuracy), accuracy(r.cue_accuracy),
        accuracy(r.speaker_accuracy), accuracy(r.chain_speaker_accuracy), r.end_to_end.f1,
        round(r.words_per_second),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold files (JSON Lines, one JSON document or a JSON list)")
    parser.add_argument("--backend", help="quotetrack backend name (default: the embedded rules backend)")
    parser.add_argument("--textacy", action="store_true", help="also score textacy + spaCy small, if installed")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N example errors per cause")
    parser.add_argument("--json", metavar="PATH", help="also write the full reports as JSON ('-' for stdout)")
    args = parser.parse_args(argv)

    systems: dict[str, Any] = {"quotetrack": None}  # None: evaluate's default, quotetrack.extract
    if args.textacy:
        baseline = load_textacy()
        if baseline is None:
            print("textacy or a spaCy English model is not importable here: textacy not scored", file=sys.stderr)
        else:
            systems["textacy"] = baseline[0]
            print(f"textacy: {baseline[1]}\n")
    reports: dict[str, dict[str, EvaluationReport]] = {}
    for path in args.gold:
        reports[path] = {
            name: evaluate(path, backend=args.backend, predict=predict, errors=args.errors)
            for name, predict in systems.items()
        }
    print_table(HEADERS, [row(path, name, r) for path, by_system in reports.items() for name, r in by_system.items()])
    print("\nrecall by gold kind (precision by predicted kind):")
    for path, by_system in reports.items():
        for name, r in by_system.items():
            kinds = ", ".join(
                f"{k} R {s.recall:.3f} (P {s.precision:.3f}, n={s.gold})" for k, s in r.by_kind.items() if s.gold
            )
            print(f"  {_label(path)} {name}: {kinds}")
    if args.errors:
        for path, by_system in reports.items():
            print(f"\n== quotetrack errors in {path}\n")
            print(by_system["quotetrack"].format_table().split("\nerrors by cause:", 1)[-1])
    write_json(
        args.json,
        {path: {name: r.to_dict() for name, r in by_system.items()} for path, by_system in reports.items()},
    )
    return 0


def _label(path: str) -> str:
    """'polnear/dev' from '.../polnear/dev.jsonl': the folder names the corpus, the stem the split."""
    p = Path(path)
    return f"{p.parent.name}/{p.stem}" if p.parent.name else p.stem


if __name__ == "__main__":
    sys.exit(main())
