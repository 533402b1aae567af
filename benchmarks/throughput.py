"""Throughput of quotetrack in words and articles per second, beside textacy + spaCy's small model.

    python benchmarks/throughput.py ../shared/data/polnear/dev.jsonl --repeats 5

Both systems run in this process on the same texts, one article at a time, and the report gives the median
of ``--repeats`` passes and the ratio of the medians: on a shared machine absolute times are noise, a ratio
measured in one run is not. The systems' passes alternate (ours, theirs, ours, ...), so a change in the
machine's load during the run slows both alike; run one after the other, the ratio moved from 22x to 29x.
textacy is measured only when ``textacy`` and a spaCy English model import in the
running environment (it is never a quotetrack dependency); its time includes spaCy's parse, which
``direct_quotations`` needs.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from _common import load_textacy, print_table, read_texts, write_json


def quotetrack_runner(backend: str | None) -> Callable[[str], int]:
    import quotetrack

    def run(text: str) -> int:
        return len(quotetrack.extract(text, backend=backend))

    return run


def measure(runs: dict[str, Callable[[str], int]], texts: list[str], repeats: int) -> dict[str, dict[str, Any]]:
    """Warm each system up on every article, then time ``repeats`` rounds of one pass per system, alternating."""
    found = {name: sum(run(t) for t in texts) for name, run in runs.items()}  # caches and lexicons load here
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            # Each pass starts from a collected heap: otherwise one system's garbage (spaCy's docs) is collected
            # in the other's pass; alternating, quotetrack's passes took 0.38 and 0.51 s by turns.
            gc.collect()
            started = time.perf_counter()
            for text in texts:
                run(text)
            times[name].append(time.perf_counter() - started)
    words = sum(len(t.split()) for t in texts)
    results = {}
    for name in runs:
        median = statistics.median(times[name])
        results[name] = {
            "quotes": found[name],
            "seconds_median": median,
            "seconds_all": times[name],
            "words_per_second": words / median,
            "articles_per_second": len(texts) / median,
        }
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="a gold file (its texts are used) or a .txt article")
    parser.add_argument("--repeats", type=int, default=5, help="timed passes; the median is reported")
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--backend", help="quotetrack backend name")
    parser.add_argument("--no-textacy", action="store_true", help="skip the textacy baseline")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON ('-' for stdout)")
    args = parser.parse_args(argv)

    texts = read_texts(args.gold, limit=args.limit)
    words = sum(len(t.split()) for t in texts)
    runs = {f"quotetrack ({args.backend or 'rules'})": quotetrack_runner(args.backend)}
    baseline = None if args.no_textacy else load_textacy()
    if baseline is not None:
        extract, label = baseline
        runs[label] = lambda text: len(extract(text))
    results = measure(runs, texts, args.repeats)
    rows = [
        [name, r["quotes"], r["seconds_median"], r["words_per_second"], r["articles_per_second"]]
        for name, r in results.items()
    ]
    print(f"{len(texts)} articles, {words:,} words, median of {args.repeats} passes\n")
    print_table(["system", "quotes", "s (median)", "words/s", "articles/s"], rows)
    summary: dict[str, Any] = {
        "articles": len(texts),
        "words": words,
        "repeats": args.repeats,
        "systems": results,
    }
    if baseline is not None:
        ours, theirs = results.values()
        ratio = theirs["seconds_median"] / ours["seconds_median"]
        summary["speed_ratio_quotetrack_over_textacy"] = ratio
        print(f"\nquotetrack is {ratio:.1f}x the speed of {baseline[1]}")
    else:
        print("\ntextacy baseline not measured (textacy or a spaCy English model is not importable here)")
    write_json(args.json, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
