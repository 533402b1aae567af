"""How long ``import quotetrack`` takes in a fresh interpreter, and that it loads no heavy library.

    python benchmarks/import_time.py --repeats 15

Each run is a new ``python -c`` process, timed from outside; the same is done for an empty ``python -c pass``
so the table can show the cost of the import itself (median minus median) as well as the ratio. A last
process lists which of the heavy optional libraries (stanza, spacy, torch, pandas, numpy, ...) ``import
quotetrack`` left in ``sys.modules``: any is a failure (exit code 1), since they must load only on use.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from typing import Any

from _common import PROJECT_ROOT, print_table, write_json

HEAVY = ("stanza", "spacy", "torch", "pandas", "numpy", "dask", "pyarrow", "thinc", "transformers")

LIST_HEAVY = f"""
import sys, json, quotetrack
print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))
"""


def spawn_seconds(code: str, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=PROJECT_ROOT)
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15, help="fresh processes per measurement")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON ('-' for stdout)")
    args = parser.parse_args(argv)

    spawn_seconds("import quotetrack", 1)  # warm the file cache and bytecode before timing
    bare = spawn_seconds("pass", args.repeats)
    loaded = spawn_seconds("import quotetrack", args.repeats)
    heavy = json.loads(
        subprocess.run(
            [sys.executable, "-c", LIST_HEAVY], check=True, capture_output=True, text=True, cwd=PROJECT_ROOT
        ).stdout
    )
    bare_ms, loaded_ms = statistics.median(bare) * 1000, statistics.median(loaded) * 1000
    print(f"{args.repeats} fresh processes each, {sys.executable}\n")
    print_table(
        ["command", "median ms", "min ms", "max ms"],
        [
            ["python -c pass", bare_ms, min(bare) * 1000, max(bare) * 1000],
            ["python -c 'import quotetrack'", loaded_ms, min(loaded) * 1000, max(loaded) * 1000],
        ],
    )
    print(
        f"\nimport quotetrack costs {loaded_ms - bare_ms:.0f} ms over a bare interpreter ({loaded_ms / bare_ms:.1f}x)"
    )
    print(f"heavy libraries loaded by the import: {', '.join(heavy) if heavy else 'none'}")
    result: dict[str, Any] = {
        "repeats": args.repeats, "bare_ms_median": bare_ms, "import_ms_median": loaded_ms,
        "import_cost_ms": loaded_ms - bare_ms, "ratio": loaded_ms / bare_ms, "heavy_modules_loaded": heavy,
        "bare_ms_all": [t * 1000 for t in bare], "import_ms_all": [t * 1000 for t in loaded],
    }  # fmt: skip
    write_json(args.json, result)
    return 1 if heavy else 0


if __name__ == "__main__":
    sys.exit(main())
