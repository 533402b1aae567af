"""How quotetrack's time and peak memory grow with document size: one article repeated 1x, 2x, 4x ... 64x.

    python benchmarks/scaling.py examples/zelensky-pows.txt
    python benchmarks/scaling.py ../shared/data/polnear/dev.jsonl --doc 3

Each size is timed (median of ``--repeats`` timings, each looping for at least 0.2 s) without tracing,
then run once more under `tracemalloc` for its peak memory, since tracing slows Python allocation
several-fold. The table gives each size's time and memory as ratios to 1x; linear growth keeps ``time/x``
(the ratio divided by the size factor) near 1. The check fits the slope of log(time) against log(size): 1.0
is linear, 2.0 quadratic. It passes when the slope is at most ``--max-slope`` (default 1.15) and the largest
size costs at most ``--max-per-unit`` (default 1.5) times the 1x time per copy; with ``--check`` a failure
gives exit code 1.
"""

from __future__ import annotations

import argparse
import functools
import gc
import math
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from _common import median_seconds, print_table, read_texts, write_json


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) on log(x): the exponent k in time ~ size**k."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


def time_per_call(call: Callable[[], object], repeats: int, *, at_least: float = 0.2) -> float:
    """Median seconds per call, each timing looping the call for ``at_least`` seconds.

    A 1x article parses in milliseconds, where a scheduler hiccup is as long as the work; every ratio divides
    by the 1x time, so it must be timed as steadily as the 64x one.
    """
    started = time.perf_counter()
    call()
    loops = max(1, math.ceil(at_least / max(time.perf_counter() - started, 1e-6)))
    median, _ = median_seconds(lambda: [call() for _ in range(loops)], repeats)
    return median / loops


def peak_bytes(run: Any, text: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        run(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="a .txt article, or a gold file (see --doc)")
    parser.add_argument("--doc", type=int, default=0, help="which article of a gold file (index; default 0)")
    parser.add_argument("--max-factor", type=int, default=64, help="largest repetition (a power of two)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per size; the median is reported")
    parser.add_argument("--backend", help="quotetrack backend name")
    parser.add_argument("--max-slope", type=float, default=1.15)
    parser.add_argument("--max-per-unit", type=float, default=1.5)
    parser.add_argument("--check", action="store_true", help="exit 1 when growth is not linear")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON ('-' for stdout)")
    args = parser.parse_args(argv)

    import quotetrack

    article = read_texts(args.source)[args.doc].strip()

    def run(text: str) -> int:
        return len(quotetrack.extract(text, backend=args.backend))

    run(article)  # warm: lexicons and patterns load once, outside the timings
    factors = [2**i for i in range(int(math.log2(args.max_factor)) + 1)]
    sizes: list[dict[str, Any]] = []
    for factor in factors:
        text = "\n\n".join([article] * factor)  # paragraphs, as an article many times as long would have
        seconds = time_per_call(functools.partial(run, text), args.repeats)
        sizes.append({
            "factor": factor, "chars": len(text), "words": len(text.split()), "quotes": run(text),
            "seconds": seconds, "peak_bytes": peak_bytes(run, text),
        })  # fmt: skip
    base = sizes[0]
    rows = []
    for s in sizes:
        s["time_ratio"] = s["seconds"] / base["seconds"]
        s["time_per_unit"] = s["time_ratio"] / s["factor"]
        s["memory_ratio"] = s["peak_bytes"] / base["peak_bytes"]
        rows.append([
            f"{s['factor']}x", s["chars"], s["quotes"], s["seconds"] * 1000, s["time_ratio"],
            s["time_per_unit"], s["peak_bytes"] / 2**20, s["memory_ratio"],
        ])  # fmt: skip
    print(f"article of {len(article):,} characters, {base['quotes']} quotes; median of {args.repeats} runs\n")
    print_table(["size", "chars", "quotes", "ms", "time/1x", "time/x", "peak MiB", "mem/1x"], rows)

    exponent = slope([s["factor"] for s in sizes], [s["seconds"] for s in sizes])
    memory_exponent = slope([s["factor"] for s in sizes], [s["peak_bytes"] for s in sizes])
    worst = sizes[-1]["time_per_unit"]
    quotes_scale = all(s["quotes"] == s["factor"] * base["quotes"] for s in sizes)
    linear = exponent <= args.max_slope and worst <= args.max_per_unit
    print(
        f"\ntime ~ size^{exponent:.2f}, memory ~ size^{memory_exponent:.2f}; "
        f"{sizes[-1]['factor']}x costs {worst:.2f}x the 1x time per copy -> "
        f"{'linear' if linear else 'NOT linear'} (slope <= {args.max_slope}, per copy <= {args.max_per_unit})"
    )
    print(f"quotes found grow with the copies (n x 1x at every size): {'yes' if quotes_scale else 'no'}")
    write_json(args.json, {
        "article_chars": len(article), "repeats": args.repeats, "sizes": sizes, "time_exponent": exponent,
        "memory_exponent": memory_exponent, "linear": linear, "quotes_scale_with_copies": quotes_scale,
    })  # fmt: skip
    return 1 if args.check and not linear else 0


if __name__ == "__main__":
    sys.exit(main())
