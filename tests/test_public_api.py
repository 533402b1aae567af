"""The public surface: exactly the names DESIGN.md promises, each importable, none shadowing a builtin."""

from __future__ import annotations

import builtins
import subprocess
import sys

import quotetrack

PUBLIC = [
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


def test_all_is_exact_and_sorted() -> None:
    """`__all__` lists the public names, sorted, so an accidental export shows up in review."""
    assert quotetrack.__all__ == PUBLIC


def test_every_public_name_resolves() -> None:
    """Each name in `__all__`, lazy ones included, is an attribute of the package."""
    for name in PUBLIC:
        assert getattr(quotetrack, name) is not None


def test_no_public_name_shadows_a_builtin() -> None:
    """`from quotetrack import *` must not replace a builtin such as `Warning`."""
    assert not set(PUBLIC) & set(dir(builtins))


def test_import_loads_no_heavy_library() -> None:
    """`import quotetrack` stays light: no parser, dataframe or array library is loaded."""
    code = (
        "import sys, quotetrack; heavy = {'stanza', 'spacy', 'torch', 'pandas', 'numpy', 'dask', 'pyarrow'};"
        " print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
