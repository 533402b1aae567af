"""Analyse many texts: lazily, in input order, on one process or several, never losing one silently.

`pipe` is the batch entry point. With ``n_process > 1`` it sends batches of texts to worker processes
started with the *spawn* method (the only one that is safe on every platform and with threaded parsers),
so everything a worker needs travels explicitly: the worker function is top-level, and the backend goes as
its name (or as a picklable backend object). At most a few batches per worker are in flight at once, so
an endless input streams through in bounded memory.
"""

from __future__ import annotations

import concurrent.futures
import functools
import itertools
import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Literal, overload

import attrs

from quotetrack.backends.base import Backend, available_backends, get_backend
from quotetrack.errors import BackendNotFoundError
from quotetrack.genre import GENRES
from quotetrack.model import Analysis
from quotetrack.pipeline import analyze

__all__ = ["ON_ERROR_MODES", "pipe"]

OnError = Literal["raise", "skip", "record"]

#: The accepted values of ``on_error``.
ON_ERROR_MODES: tuple[str, ...] = ("raise", "skip", "record")

# Batches waiting in the pool per worker: enough to keep workers busy while the caller consumes results.
_BATCHES_IN_FLIGHT_PER_WORKER = 2


@overload
def pipe(
    texts: Iterable[Any],
    *,
    batch_size: int = ...,
    n_process: int = ...,
    as_tuples: Literal[False] = ...,
    on_error: OnError = ...,
    backend: str | Backend | None = ...,
    ids: Iterable[str | None] | None = ...,
    genre: str = ...,
) -> Iterator[Analysis]: ...


@overload
def pipe(
    texts: Iterable[tuple[Any, Any]],
    *,
    batch_size: int = ...,
    n_process: int = ...,
    as_tuples: Literal[True],
    on_error: OnError = ...,
    backend: str | Backend | None = ...,
    ids: Iterable[str | None] | None = ...,
    genre: str = ...,
) -> Iterator[tuple[Analysis, Any]]: ...


def pipe(
    texts: Iterable[Any],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    as_tuples: bool = False,
    on_error: OnError = "raise",
    backend: str | Backend | None = None,
    ids: Iterable[str | None] | None = None,
    genre: str = "auto",
) -> Iterator[Analysis] | Iterator[tuple[Analysis, Any]]:
    """Analyse each text of ``texts``; yield one `Analysis` per text, lazily and in input order.

    Args:
        texts: the texts, consumed lazily; with ``as_tuples`` each item is a ``(text, context)`` pair.
        batch_size: how many texts go to a worker process at once (with ``n_process > 1``).
        n_process: worker processes; 1 analyses in this process, -1 uses one per CPU.
        as_tuples: yield ``(analysis, context)`` pairs; contexts stay in this process, so they need not
            be picklable.
        on_error: what to do when a text fails (for instance ``None`` or bytes, which raise TypeError):
            ``"raise"`` re-raises the exception after yielding every earlier result; ``"skip"`` yields
            nothing for that text (silently: use ``"record"`` to know which); ``"record"`` yields
            ``Analysis(text=<the text, or "" if not a str>, error="TypeError: ...", id=<its id>)``, so
            there is exactly one result per input.
        backend: a backend name (default ``"rules"``) or a backend object (picklable when
            ``n_process > 1``); built once per process.
        ids: identifiers carried onto each result's ``id``, one per text, consumed in step with
            ``texts``.
        genre: ``"auto"`` (each text decided alone), ``"news"`` or ``"fiction"``; see `analyze`.

    Raises:
        ValueError: on a bad ``batch_size``, ``n_process``, ``on_error`` or ``genre``, or when ``ids`` and ``texts``
            differ in length (noticed when the shorter runs out).
        BackendNotFoundError: on an unknown backend name, at once.
    """
    if on_error not in ON_ERROR_MODES:
        msg = f"on_error must be one of {', '.join(map(repr, ON_ERROR_MODES))}, got {on_error!r}"
        raise ValueError(msg)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        msg = f"batch_size must be an int of at least 1, got {batch_size!r}"
        raise ValueError(msg)
    if isinstance(n_process, bool) or not isinstance(n_process, int) or (n_process < 1 and n_process != -1):
        msg = f"n_process must be an int of at least 1, or -1 for one process per CPU, got {n_process!r}"
        raise ValueError(msg)
    if genre != "auto" and genre not in GENRES:
        msg = f"genre must be 'auto', 'news' or 'fiction', got {genre!r}"
        raise ValueError(msg)
    if isinstance(backend, str) and backend not in available_backends():
        msg = f"unknown backend {backend!r}; available: {', '.join(available_backends())}"
        raise BackendNotFoundError(msg)
    workers = (os.cpu_count() or 1) if n_process == -1 else n_process
    items = _numbered_items(texts, as_tuples=as_tuples, ids=ids)
    if workers == 1:
        results = _pipe_serial(items, backend, on_error, genre)
    else:
        results = _pipe_processes(items, backend, on_error, genre, workers=workers, batch_size=batch_size)
    if as_tuples:
        return results
    return (analysis for analysis, _context in results)


@attrs.frozen
class _Failure:
    """An exception from analysing one text, in a form that survives pickling back from a worker."""

    description: str  # "TypeError: quotetrack needs text as str ..."
    exception: BaseException


@attrs.frozen
class _Item:
    text: Any
    id: str | None
    context: Any


def _numbered_items(texts: Iterable[Any], *, as_tuples: bool, ids: Iterable[str | None] | None) -> Iterator[_Item]:
    id_iterator = iter(ids) if ids is not None else None
    for entry in texts:
        if as_tuples:
            try:
                text, context = entry
            except (TypeError, ValueError):
                msg = f"with as_tuples=True each item must be a (text, context) pair, got {entry!r:.80}"
                raise ValueError(msg) from None
        else:
            text, context = entry, None
        ident: str | None = None
        if id_iterator is not None:
            try:
                ident = next(id_iterator)
            except StopIteration:
                msg = "ids ran out before texts did: give one id per text"
                raise ValueError(msg) from None
        yield _Item(text, ident, context)
    if id_iterator is not None and next(id_iterator, _END) is not _END:
        msg = "ids has more entries than texts: give one id per text"
        raise ValueError(msg)


_END = object()


def _pipe_serial(
    items: Iterator[_Item], backend: str | Backend | None, on_error: OnError, genre: str
) -> Iterator[tuple[Analysis, Any]]:
    parser: Backend | None = None
    for item in items:
        if parser is None:  # built on the first text, so calling pipe() alone stays cheap
            parser = get_backend(backend)
        outcome = _analyze_one(item.text, item.id, parser, genre)
        analysis = _settle(outcome, item, on_error)
        if analysis is not None:
            yield analysis, item.context


def _pipe_processes(
    items: Iterator[_Item],
    backend: str | Backend | None,
    on_error: OnError,
    genre: str,
    *,
    workers: int,
    batch_size: int,
) -> Iterator[tuple[Analysis, Any]]:
    batches = iter(lambda: list(itertools.islice(items, batch_size)), [])
    context = multiprocessing.get_context("spawn")
    limit = workers * _BATCHES_IN_FLIGHT_PER_WORKER
    pending: deque[tuple[list[_Item], concurrent.futures.Future[list[Analysis | _Failure]]]] = deque()
    executor = concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        while True:
            while len(pending) < limit:
                batch = next(batches, None)
                if batch is None:
                    break
                pending.append((batch, _submit(executor, batch, backend, genre)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool as error:
                # A worker died (killed, out of memory, a crash in a C extension): that batch cannot be told
                # apart, so each of its texts fails; the pool is rebuilt and the rest resubmitted.
                failure = _Failure(f"BrokenProcessPool: a worker process died ({error})", error)
                outcomes = [failure] * len(batch)
                executor.shutdown(wait=False, cancel_futures=True)
                executor = concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context)
                pending = deque((waiting, _submit(executor, waiting, backend, genre)) for waiting, _ in pending)
            except Exception:  # e.g. a text that cannot be pickled: redo the batch here
                # Analysing here, text by text, gives each text its own outcome; an error of the backend
                # itself (a missing model) raises again, as it should whatever on_error says.
                parser = get_backend(backend)
                outcomes = [_analyze_one(item.text, item.id, parser, genre) for item in batch]
            for item, outcome in zip(batch, outcomes, strict=True):
                analysis = _settle(outcome, item, on_error)
                if analysis is not None:
                    yield analysis, item.context
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _submit(
    executor: concurrent.futures.ProcessPoolExecutor,
    batch: list[_Item],
    backend: str | Backend | None,
    genre: str,
) -> concurrent.futures.Future[list[Analysis | _Failure]]:
    return executor.submit(_analyze_batch, [(item.text, item.id) for item in batch], backend, genre)


def _settle(outcome: Analysis | _Failure, item: _Item, on_error: OnError) -> Analysis | None:
    """The result to yield for one item under ``on_error``, None to skip it; raises in ``"raise"`` mode."""
    if isinstance(outcome, Analysis):
        return outcome
    if on_error == "raise":
        raise outcome.exception
    if on_error == "skip":
        return None
    text = item.text if isinstance(item.text, str) else ""
    return Analysis(text=text, id=item.id, error=outcome.description)


def _analyze_one(text: Any, ident: str | None, parser: Backend, genre: str) -> Analysis | _Failure:
    try:
        return analyze(text, backend=parser, id=ident, genre=genre)
    except Exception as error:  # every failure is reported per text, as on_error asks
        return _Failure(f"{type(error).__name__}: {error}", error)


def _analyze_batch(
    batch: list[tuple[Any, str | None]], backend: str | Backend | None, genre: str
) -> list[Analysis | _Failure]:
    """Analyse one batch in a worker process; top-level so the spawn start method can find it."""
    parser = _worker_backend(backend) if backend is None or isinstance(backend, str) else backend
    outcomes = [_analyze_one(text, ident, parser, genre) for text, ident in batch]
    return [_travelling(outcome) for outcome in outcomes]


def _travelling(outcome: Analysis | _Failure) -> Analysis | _Failure:
    """``outcome`` made safe to pickle back to the parent process."""
    if isinstance(outcome, _Failure):
        return attrs.evolve(outcome, exception=_picklable(outcome.exception))
    return outcome


@functools.cache
def _worker_backend(name: str | None) -> Backend:
    # One backend per worker process, built on its first batch: loading a parser model per batch would
    # cost more than the analysis. The cache lives in the worker; the parent never fills it.
    return get_backend(name)


def _picklable(error: BaseException) -> BaseException:
    """``error`` itself when it can travel back from a worker, else a RuntimeError describing it."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # any pickling failure means: send a description instead
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
