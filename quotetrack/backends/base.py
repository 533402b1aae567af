"""The backend contract: one method, ``parse(text) -> Document``, and a name-to-backend lookup.

A backend declares the optional layers it provides (``pos``, ``lemma``, ``deps``, ``ner``, ``coref``) so the
rules know what they may rely on. Optional backends are imported only when asked for by name.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from quotetrack.document import Document
from quotetrack.errors import BackendNotFoundError


@runtime_checkable
class Backend(Protocol):
    """Anything that turns text into a Document."""

    name: str
    provides: frozenset[str]

    def parse(self, text: str) -> Document: ...


def _rules(**options: Any) -> Backend:
    from quotetrack.backends.rules import RulesBackend  # noqa: PLC0415

    return RulesBackend(**options)


def _stanza(**options: Any) -> Backend:
    from quotetrack.backends.stanza import StanzaBackend  # noqa: PLC0415

    return StanzaBackend(**options)


def _spacy(**options: Any) -> Backend:
    from quotetrack.backends.spacy import SpacyBackend  # noqa: PLC0415

    return SpacyBackend(**options)


_FACTORIES = {"rules": _rules, "stanza": _stanza, "spacy": _spacy}


def available_backends() -> tuple[str, ...]:
    return tuple(sorted(_FACTORIES))


def get_backend(backend: str | Backend | None = None, **options: Any) -> Backend:
    """Return the backend named ``backend`` (default ``"rules"``), or ``backend`` itself when it is one."""
    if backend is None:
        backend = "rules"
    if isinstance(backend, str):
        try:
            factory = _FACTORIES[backend]
        except KeyError:
            msg = f"unknown backend {backend!r}; available: {', '.join(available_backends())}"
            raise BackendNotFoundError(msg) from None
        return factory(**options)
    if isinstance(backend, Backend):
        return backend
    msg = f"backend must be a name ({', '.join(available_backends())}) or an object with parse(text), got {backend!r}"
    raise TypeError(msg)
