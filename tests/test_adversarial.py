"""Hostile inputs finish within stated bounds, and time grows linearly with the size of the input.

Each case runs in a process of its own (``tests/adversarial/run.py``) so that a hang is killed at its bound
instead of stopping the suite. Inputs are generated in memory by ``tests/adversarial/generators.py``.

Bounds are generous (the machine is shared); the scaling test is the sharp one: the median time for 16 times
the input must stay under 24 times the median time for the input itself. A quadratic stage gives a ratio near
256 and fails it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from adversarial.generators import SCALING_CASES

import quotetrack

RUNNER = Path(__file__).resolve().parent / "adversarial" / "run.py"
PACKAGE_ROOT = Path(quotetrack.__file__).resolve().parent.parent
MAX_RATIO = 24


def measure(name: str, size: int, repeats: int, timeout: float, factor: int | None = None) -> dict[str, Any] | None:
    """Run ``analyze`` on generated input ``name`` of ``size`` ``repeats`` times; None when it overran ``timeout``.

    With ``factor``, runs of ``size`` and ``factor * size`` alternate (see ``tests/adversarial/run.py``).
    """
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_ROOT))
    command = [sys.executable, str(RUNNER), name, str(size), str(repeats)]
    if factor is not None:
        command.append(str(factor))
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=env, cwd=PACKAGE_ROOT, check=False
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        pytest.fail(f"{name} (size {size}) raised:\n{done.stderr[-3000:]}", pytrace=False)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# (generator, size, bound in seconds): the cases the reliability issue names, at the stated size
BOUNDED = [
    pytest.param("unmatched-marks", 20_000, 60, id="20,000 unmatched marks in one paragraph"),
    pytest.param("unmatched-marks-paragraphs", 5_000, 60, id="5,000 paragraphs each opening an unclosed quote"),
    pytest.param("nested-quotes", 5_000, 30, id="curly quotes nested 5,000 deep"),
    pytest.param("nested-straight", 5_000, 30, id="straight quotes nested 5,000 deep"),
    pytest.param("unclosed-nested", 3_000, 30, id="9,000 nested opening marks never closed"),
    pytest.param("article-of-size", 10_000_000, 900, id="a 10 MB article"),
    pytest.param("long-line", 100_000, 30, id="a 100,000-character line with no space"),
    pytest.param("long-line-marks", 100_000, 30, id="a 100,000-character line of marks and letters"),
    pytest.param("cue-words", 50_000, 60, id="cue words repeated 50,000 times"),
    pytest.param("said-that-chain", 10_000, 60, id="'Smith told AFP that' 10,000 times"),
    pytest.param("html", 5_000, 120, id="1.2 MB of HTML with entities"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "size", "bound"), BOUNDED)
def test_finishes_within_bound(name: str, size: int, bound: float) -> None:
    """Each hostile input is analysed, spans intact, within its stated bound."""
    result = measure(name, size, repeats=1, timeout=bound)
    assert result is not None, f"{name} (size {size}) did not finish within {bound} s"
    print(
        f"{name} size={size} chars={result['chars']} time={result['times'][0]:.2f}s "
        f"quotes={result['quotes']} warnings={result['warnings']}"
    )


# Super-linear stages outside marks.py and rules.py, reported to the lead; strict, so a fix shows as XPASS.
KNOWN_SUPERLINEAR: dict[str, str] = {}  # none left: each case once listed here was fixed
BORDERLINE: dict[str, str] = {}  # cases whose ratio sits near the limit on a loaded machine, with the reason


def _scaling_params() -> list[Any]:
    params = []
    for name in SCALING_CASES:
        marks = []
        if name in KNOWN_SUPERLINEAR:
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_SUPERLINEAR[name])]
        elif name in BORDERLINE:
            marks = [pytest.mark.xfail(strict=False, reason=BORDERLINE[name])]
        params.append(pytest.param(name, id=name, marks=marks))
    return params


@pytest.mark.slow
@pytest.mark.parametrize("name", _scaling_params())
def test_time_grows_linearly(name: str) -> None:
    """The median time for 16 times the input stays under 24 times the median time for the input."""
    _, size = SCALING_CASES[name]
    result = measure(name, size, repeats=5, timeout=600, factor=16)
    assert result is not None, f"{name}: 1x and 16x the input did not finish within 600 s"
    base = statistics.median(result["small"])
    assert "timeout" not in result, (
        f"{name}: 16x the input ({result['chars'][1]} chars) overran {result['timeout']:.1f} s "
        f"(1x, {result['chars'][0]} chars, took {base:.3f} s): super-linear"
    )
    ratio = statistics.median(result["large"]) / base
    print(f"{name}: 1x={base:.4f}s 16x={statistics.median(result['large']):.4f}s ratio={ratio:.1f}")
    assert ratio < MAX_RATIO, f"{name}: 16x the input took {ratio:.1f} times as long (1x: {base:.3f} s)"
