"""quotetrack's exceptions.

    QuotetrackError
    ├── BackendNotFoundError (also LookupError)   an unknown backend name
    ├── MissingDependencyError (also ImportError)  an optional extra is not installed; says the pip command
    ├── ModelNotFoundError (also LookupError)     a backend's model is not downloaded; says how to get it
    ├── BackendError (also RuntimeError)          the backend library failed; its exception is chained
    └── LexiconError (also ValueError)            a lexicon file is malformed; names the file and line

Each also subclasses the builtin a caller would naturally catch.
"""

from __future__ import annotations


class QuotetrackError(Exception):
    """Base of every error quotetrack raises on purpose."""


class BackendNotFoundError(QuotetrackError, LookupError):
    """No backend has the requested name."""


class MissingDependencyError(QuotetrackError, ImportError):
    """An optional dependency is missing; the message names the command that installs it."""


class ModelNotFoundError(QuotetrackError, LookupError):
    """A backend's model files are absent; nothing is downloaded at run time."""


class BackendError(QuotetrackError, RuntimeError):
    """The backend library raised; the original exception is chained as ``__cause__``."""


class LexiconError(QuotetrackError, ValueError):
    """A lexicon file does not follow its format."""
