"""quotetrack: find the quotations in English news text and say who said them.

    >>> import quotetrack
    >>> [q.speaker.name for q in quotetrack.extract('"We are ready," Jane Doe said.')]
    ['Jane Doe']

Every span points into the caller's own string: ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotetrack.errors import (
    BackendError,
    BackendNotFoundError,
    LexiconError,
    MissingDependencyError,
    ModelNotFoundError,
    QuotetrackError,
)
from quotetrack.model import Analysis, AnalysisWarning, Quote, QuoteKind, Span, Speaker, SpeakerKind
from quotetrack.pipeline import analyze, extract

if TYPE_CHECKING:
    from quotetrack.parallel import pipe

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "AnalysisWarning",
    "BackendError",
    "BackendNotFoundError",
    "LexiconError",
    "MissingDependencyError",
    "ModelNotFoundError",
    "Quote",
    "QuoteKind",
    "QuotetrackError",
    "Span",
    "Speaker",
    "SpeakerKind",
    "__version__",
    "analyze",
    "evaluate",
    "extract",
    "extract_dask",
    "extract_frame",
    "pipe",
]


def __getattr__(name: str) -> Any:
    # pipe and evaluate pull in multiprocessing and the scorer: loaded on first use to keep import fast
    if name == "pipe":
        from quotetrack.parallel import pipe  # noqa: PLC0415

        return pipe
    if name in {"extract_frame", "extract_dask"}:
        from quotetrack.integrations import dask as dask_integration  # noqa: PLC0415 - pandas/dask stay optional

        return getattr(dask_integration, name)
    if name == "evaluate":
        from quotetrack.evaluate import evaluate  # noqa: PLC0415

        return evaluate
    raise AttributeError(f"module 'quotetrack' has no attribute {name!r}")
