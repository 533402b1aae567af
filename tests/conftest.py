"""Test-suite settings: hypothesis profiles and the ``--update-golden`` flag.

Hypothesis profiles, chosen by ``HYPOTHESIS_PROFILE`` when set, else ``ci`` when the ``CI`` variable is set
(``.ci/run`` sets it), else ``default``:

- ``default``: 200 examples a property, for a quick local run;
- ``ci``: 1,000 examples a property (the reliability issue's floor);
- ``long`` (alias ``dev``): 10,000 examples a property, for a run before a release.

No deadline anywhere: the machine is shared, and the timing tests in ``test_adversarial.py`` state their own
bounds.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
}
settings.register_profile("default", max_examples=200, **_COMMON)
settings.register_profile("ci", max_examples=1000, derandomize=False, **_COMMON)
settings.register_profile("long", max_examples=10_000, **_COMMON)
settings.register_profile("dev", max_examples=10_000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files in tests/golden/ from the current output (review the diff before committing)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with ``--update-golden``."""
    return bool(request.config.getoption("--update-golden"))
