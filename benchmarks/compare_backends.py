"""Accuracy and speed of quotetrack's backends side by side on gold files given as paths, with ratios.

    python benchmarks/compare_backends.py ../shared/data/polnear/dev.jsonl --backends rules spacy

Each backend is scored with `quotetrack.evaluate` in this one run, so the ratios to the first backend
(the baseline, by default the embedded ``rules``) compare like with like on a shared machine. A backend whose
package or model is missing is reported with the fix instead of a score. The gold never enters the project.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from _common import print_table

from quotetrack.errors import MissingDependencyError, ModelNotFoundError
from quotetrack.evaluate import evaluate


def _score(path: str, backend: str) -> Any:
    try:
        return evaluate(path, backend=None if backend == "rules" else backend)
    except (MissingDependencyError, ModelNotFoundError) as exc:
        print(f"{backend}: skipped: {exc}", file=sys.stderr)
        return None


def _ratio(value: float, base: float, digits: int) -> float | None:
    return round(value / base, digits) if base else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold files (JSON Lines)")
    parser.add_argument("--backends", nargs="+", default=["rules", "spacy"], help="first one is the baseline")
    args = parser.parse_args(argv)

    headers = ["gold", "backend", "pred", "quote F1", "speaker", "e2e F1", "words/s", "e2e ratio",
               "speed ratio"]  # fmt: skip
    rows: list[list[Any]] = []
    for path in args.gold:
        baseline = None
        for backend in args.backends:
            report = _score(path, backend)
            if report is None:
                rows.append([path, backend, None, None, None, None, None, None, None])
                continue
            baseline = baseline or report
            rows.append([
                path, backend, report.content.predicted, report.content.f1,
                report.speaker_accuracy.value if report.speaker_accuracy.total else None,
                report.end_to_end.f1, round(report.words_per_second),
                _ratio(report.end_to_end.f1, baseline.end_to_end.f1, 3),
                _ratio(report.words_per_second, baseline.words_per_second, 4),
            ])  # fmt: skip
    print_table(headers, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
