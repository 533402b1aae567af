"""Adapters that run quotetrack inside other data tools (Dask today).

Each adapter lives in its own module and imports its tool lazily, so ``import quotetrack.integrations``
costs nothing and a missing tool fails only when its adapter is used, with the pip command that installs it.
"""

from __future__ import annotations
