"""The ``quotetrack`` command: extract quotes from files or stdin into JSON Lines, CSV, a table or Parquet.

    quotetrack extract article.txt more/*.txt --format table
    quotetrack extract articles.jsonl --text-key body --id-key url -n 4 -o quotes.parquet --format parquet
    cat article.txt | quotetrack extract

Exit status: 0 when every input was processed; 1 when any input (or the output) failed, after every other
input was processed and with a count of the failures; 2 on a usage error. Failures are one line each on
stderr, never a traceback. See docs/cli.md.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, BinaryIO

import attrs

from quotetrack.errors import QuotetrackError
from quotetrack.export import analysis_to_dict, quote_rows, to_csv, to_parquet
from quotetrack.model import Analysis

__all__ = ["build_parser", "main"]

FORMATS = ("jsonl", "csv", "table", "parquet")

# Suffixes read as JSON Lines whatever their first character; other files are JSON Lines when they start with "{".
_JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``) and return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(load_evaluate=_first_positional(arguments) == "evaluate")
    try:
        args = parser.parse_args(arguments)
    except SystemExit as stop:  # argparse exits on --help, --version and usage errors; report its status
        return stop.code if isinstance(stop.code, int) else 2
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        print("quotetrack: error: name a command: extract or evaluate", file=sys.stderr)
        return 2
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("quotetrack: interrupted", file=sys.stderr)
        return 130


def build_parser(*, load_evaluate: bool = False) -> argparse.ArgumentParser:
    """The argument parser; the evaluate command's own options are loaded only when it is the one run."""
    from quotetrack import __version__  # noqa: PLC0415 - the package imports nothing from here
    from quotetrack.backends.base import available_backends  # noqa: PLC0415

    parser = argparse.ArgumentParser(
        prog="quotetrack",
        description="Find the quotations in English news text and say who said them.",
    )
    parser.add_argument("--version", action="version", version=f"quotetrack {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="find quotes in articles and write them out",
        description=(
            "Find quotes in articles: plain-text files (one article each, id = the file name), JSON Lines "
            "files (one article a line; .jsonl/.json, or any file starting with '{'), or stdin ('-')."
        ),
    )
    extract.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' or none reads stdin")
    extract.add_argument("-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    extract.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout (required for parquet)")
    extract.add_argument("--text-key", default="text", help="JSON Lines key holding the text (default: text)")
    extract.add_argument("--id-key", default="id", help="JSON Lines key holding the article id (default: id)")
    extract.add_argument("--backend", choices=available_backends(), default="rules", help="parser (default: rules)")
    extract.add_argument(
        "--genre",
        choices=("auto", "news", "fiction"),
        default="auto",
        help="news keeps reported speech, fiction only marked speech (default: auto, decided per text)",
    )
    extract.add_argument(
        "-n", "--n-process", type=_process_count, default=1, metavar="N", help="worker processes; -1 for all CPUs"
    )
    extract.add_argument("--batch-size", type=_positive_int, default=64, metavar="N", help="texts per worker batch")
    extract.set_defaults(handler=_run_extract, usage_error=_usage_reporter(extract))

    evaluate = commands.add_parser(
        "evaluate",
        help="score quotetrack against gold quotations",
        description="Score quotetrack against a gold file of quotations (see docs/evaluation.md).",
    )
    if load_evaluate:
        _add_evaluate(evaluate)
    return parser


# --- extract ------------------------------------------------------------------------------------------


@attrs.frozen
class _Input:
    """One article read from the inputs, or the reason it could not be read."""

    id: str
    text: str
    problem: str | None = None


@attrs.define
class _Tally:
    done: int = 0
    failed: int = 0


def _run_extract(args: argparse.Namespace) -> int:
    usage_error: Callable[[str], int] = args.usage_error
    if args.format == "parquet" and not args.output:
        return usage_error("--format parquet writes a binary file: give it with -o OUT")
    files: list[str] = list(args.files)
    if not files:
        if sys.stdin is None or sys.stdin.isatty():
            return usage_error("no input: give FILES, or pipe text in on stdin")
        files = ["-"]
    if files.count("-") > 1:
        return usage_error("stdin ('-') can be read only once")

    stderr = sys.stderr
    tally = _Tally()
    progress = _Progress(stderr, enabled=_is_terminal(stderr))
    inputs = _read_inputs(files, text_key=args.text_key, id_key=args.id_key)
    analyses = _analyses(inputs, args, tally, progress)
    try:
        _write(analyses, args.format, args.output)
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except (OSError, QuotetrackError) as error:
        progress.clear()
        where = f"{error.filename}: " if isinstance(error, OSError) and error.filename else ""
        print(f"quotetrack: error: {where}{_describe(error)}", file=stderr)
        return 1
    finally:
        progress.clear()
    if tally.failed:
        print(f"quotetrack: {tally.failed} of {tally.done} inputs failed", file=stderr)
        return 1
    return 0


def _analyses(
    inputs: Iterable[_Input], args: argparse.Namespace, tally: _Tally, progress: _Progress
) -> Iterator[Analysis]:
    """Analyse each input in order, reporting each failure on stderr as it comes; one result per input."""
    from quotetrack.parallel import pipe  # noqa: PLC0415 - multiprocessing loads only for extract

    # An input that could not be read still takes its place in the stream, so its failure is reported in
    # order and its record written; the empty text stands in for it and costs nothing to analyse.
    pairs = ((entry.text, entry) for entry in inputs)
    results = pipe(
        pairs,
        as_tuples=True,
        on_error="record",
        backend=args.backend,
        genre=args.genre,
        n_process=args.n_process,
        batch_size=args.batch_size,
    )
    for analysis, entry in results:
        if entry.problem is not None:
            result = Analysis(text="", id=entry.id, error=entry.problem)
        else:
            result = attrs.evolve(analysis, id=entry.id)
        tally.done += 1
        if result.error is not None:
            tally.failed += 1
            progress.clear()
            print(f"quotetrack: {entry.id}: {result.error}", file=sys.stderr)
        progress.update(tally)
        yield result


def _write(analyses: Iterable[Analysis], output_format: str, output: str | None) -> None:
    if output_format == "parquet":
        assert output is not None  # checked as a usage error before
        to_parquet(analyses, output)
        return
    if output is None:
        _write_text(analyses, output_format, _utf8_stdout())
        sys.stdout.flush()
        return
    with open(output, "w", encoding="utf-8", newline="") as out:
        _write_text(analyses, output_format, out)


def _write_text(analyses: Iterable[Analysis], output_format: str, out: IO[str]) -> None:
    if output_format == "csv":
        to_csv(analyses, out)
    elif output_format == "table":
        _write_table(analyses, out)
    else:
        for analysis in analyses:
            out.write(json.dumps(analysis_to_dict(analysis), ensure_ascii=False) + "\n")


# Column title and width of the table format; the content column takes what is left of a wide line.
_TABLE_COLUMNS = (("id", 18), ("speaker", 24), ("cue", 14), ("kind", 8), ("content", 60))


def _write_table(analyses: Iterable[Analysis], out: IO[str]) -> None:
    """An aligned text table, one line per quote, with long values cut short by an ellipsis."""
    out.write(_table_line(title for title, _ in _TABLE_COLUMNS) + "\n")
    out.write(_table_line("-" * width for _, width in _TABLE_COLUMNS) + "\n")
    for analysis in analyses:
        for row in quote_rows(analysis):
            values = (row["id"], row["speaker"], row["cue"], row["kind"], row["content"])
            out.write(_table_line("" if value is None else str(value) for value in values) + "\n")


def _table_line(values: Iterable[str]) -> str:
    cells = []
    for value, (_, width) in zip(values, _TABLE_COLUMNS, strict=True):
        flat = " ".join(value.split())
        cells.append((flat if len(flat) <= width else flat[: width - 1] + "…").ljust(width))
    return "  ".join(cells).rstrip()


# --- reading inputs -----------------------------------------------------------------------------------


def _read_inputs(files: Sequence[str], *, text_key: str, id_key: str) -> Iterator[_Input]:
    """Every article of every file, in order; a file or line that cannot be read yields its problem."""
    for path in files:
        if path == "-":
            yield from _read_stream(_stdin_bytes(), "<stdin>", text_key=text_key, id_key=id_key)
            continue
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed by the with below, after the check
        except OSError as error:
            yield _Input(path, "", f"cannot read: {_describe(error)}")
            continue
        with handle:
            try:
                yield from _read_stream(
                    handle, path, text_key=text_key, id_key=id_key, jsonl=path.lower().endswith(_JSONL_SUFFIXES)
                )
            except OSError as error:  # e.g. a read error part-way, or a directory on some systems
                yield _Input(path, "", f"cannot read: {_describe(error)}")


def _read_stream(handle: BinaryIO, name: str, *, text_key: str, id_key: str, jsonl: bool = False) -> Iterator[_Input]:
    head: list[bytes] = []
    for line in handle:  # look past leading blank lines to see whether this is JSON Lines
        head.append(line)
        if line.strip():
            break
    first = b"".join(head).lstrip(b"\xef\xbb\xbf \t\r\n")
    if jsonl and first.startswith(b"["):  # a .json file holding an array of articles: read whole
        yield from _read_json_array(b"".join(head) + handle.read(), name, text_key=text_key, id_key=id_key)
        return
    if jsonl or first.startswith(b"{"):
        yield from _read_jsonl(_chain(head, handle), name, text_key=text_key, id_key=id_key)
        return
    data = b"".join(head) + handle.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield _Input(name, "", _not_utf8(error))
        return
    yield _Input(name, text)


def _read_jsonl(lines: Iterable[bytes], name: str, *, text_key: str, id_key: str) -> Iterator[_Input]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        fallback_id = f"{name}:{number}"
        try:
            record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as error:
            yield _Input(fallback_id, "", _not_utf8(error))
            continue
        except json.JSONDecodeError as error:
            yield _Input(fallback_id, "", f"not a JSON object ({error.msg} at column {error.colno})")
            continue
        yield _record_input(record, fallback_id, text_key=text_key, id_key=id_key)


def _read_json_array(data: bytes, name: str, *, text_key: str, id_key: str) -> Iterator[_Input]:
    try:
        records = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        yield _Input(name, "", _not_utf8(error))
        return
    except json.JSONDecodeError as error:
        yield _Input(name, "", f"not a JSON array ({error.msg} at line {error.lineno}, column {error.colno})")
        return
    for position, record in enumerate(records):
        yield _record_input(record, f"{name}[{position}]", text_key=text_key, id_key=id_key)


def _record_input(record: Any, fallback_id: str, *, text_key: str, id_key: str) -> _Input:
    """The article in one JSON record, or what is wrong with it."""
    if not isinstance(record, dict):
        return _Input(fallback_id, "", f"expected a JSON object, got {type(record).__name__}")
    ident = record.get(id_key)
    entry_id = fallback_id if ident is None else str(ident)
    if text_key not in record:
        keys = ", ".join(sorted(map(str, record))) or "none"
        return _Input(entry_id, "", f"no {text_key!r} key (keys: {keys}); choose one with --text-key")
    text = record[text_key]
    if not isinstance(text, str):
        return _Input(entry_id, "", f"{text_key!r} is {type(text).__name__}, expected a string")
    return _Input(entry_id, text)


def _chain(head: list[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest


def _stdin_bytes() -> BinaryIO:
    buffer: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8"))  # a text-only stdin (tests, embedding)


def _not_utf8(error: UnicodeDecodeError) -> str:
    byte = error.object[error.start : error.start + 1].hex()
    return f"not UTF-8 text (byte 0x{byte} at offset {error.start}); convert it first, e.g. with iconv"


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


# --- terminal -----------------------------------------------------------------------------------------


class _Progress:
    """A one-line progress count on stderr, redrawn at most ten times a second; silent unless enabled."""

    def __init__(self, stream: IO[str], *, enabled: bool) -> None:
        self._stream = stream
        self._enabled = enabled
        self._started = time.monotonic()
        self._drawn_at = 0.0
        self._shown = False

    def update(self, tally: _Tally) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._drawn_at < 0.1:
            return
        self._drawn_at = now
        rate = tally.done / max(now - self._started, 1e-9)
        failed = f", {tally.failed} failed" if tally.failed else ""
        noun = "article" if tally.done == 1 else "articles"
        self._stream.write(f"\r\x1b[K{tally.done:,} {noun}, {rate:,.1f}/s{failed}")
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._shown = False


def _is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


def _utf8_stdout() -> IO[str]:
    """stdout, re-encoded as UTF-8 if the locale chose another encoding (JSON and CSV are written UTF-8)."""
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    if encoding in {"utf-8", "utf8"} or not hasattr(stream, "reconfigure"):
        return stream
    stream.reconfigure(encoding="utf-8")
    return stream


# --- arguments ----------------------------------------------------------------------------------------


def _process_count(value: str) -> int:
    number = _int(value)
    if number < 1 and number != -1:
        msg = f"must be at least 1, or -1 for one per CPU, got {value}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _positive_int(value: str) -> int:
    number = _int(value)
    if number < 1:
        msg = f"must be at least 1, got {value}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _int(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        msg = f"expected a whole number, got {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _usage_reporter(parser: argparse.ArgumentParser) -> Callable[[str], int]:
    def report(message: str) -> int:
        parser.print_usage(sys.stderr)
        print(f"{parser.prog}: error: {message}", file=sys.stderr)
        return 2

    return report


def _first_positional(arguments: Sequence[str]) -> str | None:
    return next((argument for argument in arguments if not argument.startswith("-")), None)


# --- evaluate -----------------------------------------------------------------------------------------


def _add_evaluate(parser: argparse.ArgumentParser) -> None:
    """Give the evaluate command its options from quotetrack.evaluate, or a clear failure if it cannot load."""
    try:
        from quotetrack.evaluate import add_evaluate_arguments, run_evaluate  # noqa: PLC0415
    except Exception as error:  # a broken or missing module must not take the extract command down with it
        problem = f"{type(error).__name__}: {error}"
        parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
        parser.set_defaults(handler=_evaluate_unavailable(problem))
        return
    add_evaluate_arguments(parser)
    parser.set_defaults(handler=_evaluate_runner(run_evaluate))


def _evaluate_runner(run: Callable[[argparse.Namespace], int]) -> Handler:
    def handle(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except (OSError, QuotetrackError, ValueError) as error:
            print(f"quotetrack evaluate: error: {_describe(error)}", file=sys.stderr)
            return 1

    return handle


def _evaluate_unavailable(problem: str) -> Handler:
    def handle(_args: Any) -> int:
        print(f"quotetrack evaluate: error: the evaluate command could not be loaded ({problem})", file=sys.stderr)
        return 1

    return handle
