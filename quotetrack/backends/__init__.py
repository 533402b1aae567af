"""Backends turn text into a `quotetrack.document.Document`; `rules` is embedded and the default."""

from quotetrack.backends.base import Backend, get_backend

__all__ = ["Backend", "get_backend"]
