"""Time ``quotetrack.analyze`` on generated input, in a process of its own so a hang can be killed.

    python tests/adversarial/run.py NAME SIZE REPEATS [FACTOR]

prints one JSON line. Without FACTOR: ``{"times": [...], "chars": ..., "quotes": ..., "warnings": ...}``.
With FACTOR (16 for the scaling test): runs of SIZE and FACTOR * SIZE alternate, so a change in the load of a
shared machine hits both alike; a large run that overruns ``max_ratio`` times the small median is stopped by an
alarm and reported as ``{"timeout": seconds}``.
"""

from __future__ import annotations

import gc
import json
import signal
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import quotetrack
from adversarial.generators import GENERATORS

MAX_RATIO = 24


class OverrunError(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise OverrunError


def timed(text: str, *, collector: bool = True) -> tuple[float, quotetrack.Analysis]:
    """Seconds to analyse ``text``; with ``collector=False`` the cyclic garbage collector is paused meanwhile.

    The scaling runs pause it: CPython collects its oldest generation only once it has grown by a quarter,
    which is linear over time, but a small input leaves too few objects to trigger that at all while 16 times
    it triggers several, so with the collector running a linear pipeline measured 23 to 27 times the 1x time
    on unclosed marks and one-paragraph attributions. The bounded runs keep it on, as a user's process does.
    """
    gc.collect()
    if not collector:
        gc.disable()
    try:
        started = time.perf_counter()
        result = quotetrack.analyze(text)
        return time.perf_counter() - started, result
    finally:
        gc.enable()


def check_spans(text: str, result: quotetrack.Analysis) -> None:
    for quote in result.quotes:
        for span in (quote.content, *quote.segments, quote.cue, quote.speaker_mention, quote.source):
            if span is not None and text[span.start : span.end] != span.text:
                raise AssertionError(f"span {span!r} does not slice back")


def main() -> None:
    name, size, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    factor = int(sys.argv[4]) if len(sys.argv) > 4 else None
    make = GENERATORS[name]
    text = make(size)
    quotetrack.analyze('Warm-up: "we are ready," she said.')
    if factor is None:
        times = []
        for _ in range(repeats):
            seconds, result = timed(text)
            times.append(seconds)
        check_spans(text, result)
        print(
            json.dumps(
                {"times": times, "chars": len(text), "quotes": len(result.quotes), "warnings": len(result.warnings)}
            )
        )
        return
    large = make(factor * size)
    small_times = [timed(text, collector=False)[0]]
    large_times = []
    signal.signal(signal.SIGALRM, _alarm)
    for _ in range(repeats):
        budget = 2 * MAX_RATIO * statistics.median(small_times) + 2
        signal.setitimer(signal.ITIMER_REAL, budget)
        try:
            seconds, result = timed(large, collector=False)
        except OverrunError:
            print(json.dumps({"timeout": budget, "small": small_times, "chars": [len(text), len(large)]}))
            return
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        large_times.append(seconds)
        small_times.append(timed(text, collector=False)[0])
    check_spans(large, result)
    print(json.dumps({"small": small_times, "large": large_times, "chars": [len(text), len(large)]}))


if __name__ == "__main__":
    main()
