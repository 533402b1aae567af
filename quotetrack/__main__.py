"""``python -m quotetrack``: the same as the ``quotetrack`` command."""

from __future__ import annotations

import sys

from quotetrack.cli import main

if __name__ == "__main__":
    sys.exit(main())
