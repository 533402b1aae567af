"""Time ``quotetrack.analyze`` on one generated input, in a process of its own so a hang can be killed.

    python tests/adversarial/run.py NAME SIZE REPEATS  ->  {"times": [...], "chars": ..., "quotes": ..., ...}
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import quotetrack  # noqa: E402
from adversarial.generators import GENERATORS  # noqa: E402


def main() -> None:
    name, size, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    text = GENERATORS[name](size)
    quotetrack.analyze("Warm-up: \"we are ready,\" she said.")
    times = []
    result = None
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        result = quotetrack.analyze(text)
        times.append(time.perf_counter() - started)
    assert result is not None
    for quote in result.quotes:
        for span in (quote.content, *quote.segments, quote.cue, quote.speaker_mention, quote.source):
            if span is not None and text[span.start : span.end] != span.text:
                raise AssertionError(f"span {span!r} does not slice back")
    print(json.dumps({"times": times, "chars": len(text), "quotes": len(result.quotes),
                      "warnings": len(result.warnings)}))


if __name__ == "__main__":
    main()
