"""The public entry points: text in, `Analysis` out, one stage after another (see DESIGN data flow)."""

from __future__ import annotations

from typing import Any

from quotetrack.backends.base import Backend, get_backend
from quotetrack.document import Document
from quotetrack.model import Analysis, Quote


def analyze(text: Any, *, backend: str | Backend | None = None, id: str | None = None, **options: Any) -> Analysis:  # noqa: A002
    """Find every quote in ``text`` and resolve its speaker; return the whole `Analysis`."""
    doc = _to_document(text, backend, **options)
    return Analysis(text=doc.text, backend=doc.backend, id=id)


def extract(text: Any, *, backend: str | Backend | None = None, **options: Any) -> list[Quote]:
    """The quotes of ``text`` in document order (``analyze(text).quotes`` as a list)."""
    return list(analyze(text, backend=backend, **options).quotes)


def _to_document(text: Any, backend: str | Backend | None, **options: Any) -> Document:
    if isinstance(text, Document):
        return text
    if isinstance(text, str):
        return get_backend(backend, **options).parse(text)
    if isinstance(text, (bytes, bytearray)):
        msg = "quotetrack needs text as str, got bytes: decode it first, e.g. analyze(data.decode('utf-8'))"
        raise TypeError(msg)
    module = type(text).__module__ or ""
    if module.startswith("stanza"):
        from quotetrack.backends.stanza import document_from_stanza  # noqa: PLC0415

        return document_from_stanza(text)
    if module.startswith("spacy"):
        from quotetrack.backends.spacy import document_from_spacy  # noqa: PLC0415

        return document_from_spacy(text)
    msg = f"quotetrack needs text as str (or a stanza/spaCy document), got {type(text).__name__}: {text!r:.60}"
    raise TypeError(msg)
