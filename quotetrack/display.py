"""Show an analysis as HTML: the article with its quotes highlighted, for Jupyter and for the browser.

`render_html` is what `Analysis._repr_html_` returns. The markup is self-contained: inline CSS only, no
JavaScript, no external resources, so it renders the same in JupyterLab, the classic notebook, VS Code,
nbviewer and a plain browser, and survives the notebook sanitiser of untrusted output.

- Every highlighted stretch is a ``<span>`` with a class naming its role (``qt-content``, ``qt-cue``,
  ``qt-speaker``, ``qt-addressee``, ``qt-channel``), ``data-role`` and ``data-quote`` (the indices of the
  quotes it belongs to in ``analysis.quotes``, space-separated) and a ``title`` that names the resolved
  speaker, shown on hover.
- Spans nest: a speaker mention inside the content of a mixed quote becomes an element inside the content
  element. Markup is built from a sorted list of open and close boundaries; where two spans overlap without
  nesting, the inner element is closed and reopened, so the HTML is always well formed.
- The text is HTML-escaped, and every ``$`` is written as ``<span>&#36;</span>``: MathJax, which Jupyter
  runs over HTML output, never pairs dollar signs across element boundaries, so prices stay prices. The
  container also carries ``tex2jax_ignore``, the class Jupyter's MathJax configuration skips.
- Line breaks and paragraphs are kept with ``white-space: pre-wrap``.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

import attrs

from quotetrack.model import Analysis, Quote, Span

__all__ = ["ROLE_STYLES", "render_html"]

#: The roles highlighted, in legend order: (css class, legend label, inline style).
ROLE_STYLES: tuple[tuple[str, str, str], ...] = (
    ("qt-content", "quoted content", "background-color:#fff1a8;color:#1a1a1a;"),
    ("qt-cue", "cue", "background-color:#bcdcff;color:#1a1a1a;font-weight:600;"),
    ("qt-speaker", "speaker mention", "background-color:#b8f0b0;color:#1a1a1a;font-weight:600;"),
    ("qt-addressee", "addressee", "background-color:#ffc9de;color:#1a1a1a;"),
    ("qt-channel", "channel", "background-color:#e3d7ff;color:#1a1a1a;"),
)

_STYLE = {cls: style for cls, _, style in ROLE_STYLES}
# When two spans start and end at the same place, the one with the lower rank is the outer element.
_RANK = {cls: rank for rank, (cls, _, _) in enumerate(ROLE_STYLES)}

_BOX = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:14px;line-height:1.7;max-width:52em;"
_TEXT = "white-space:pre-wrap;overflow-wrap:anywhere;margin:0.4em 0 0 0;"
_SPAN = "border-radius:3px;padding:0 1px;"


@attrs.frozen
class _Mark:
    """One element to draw: the role of a stretch of text and the quotes it belongs to."""

    start: int
    end: int
    role: str
    quotes: tuple[int, ...]
    title: str

    def open_tag(self) -> str:
        indices = " ".join(str(i) for i in self.quotes)
        return (
            f'<span class="{self.role}" data-role="{self.role.removeprefix("qt-")}" data-quote="{indices}" '
            f'title="{html.escape(self.title, quote=True)}" style="{_SPAN}{_STYLE[self.role]}">'
        )


def render_html(analysis: Analysis) -> str:
    """The HTML view of ``analysis``: a legend, then the article with its quotes highlighted.

    The content of each quote (each segment, for a quote in pieces), its cue, speaker mention, addressee
    and channel get distinct background colours; hovering shows the quote's number, kind and resolved
    speaker. The result is a fragment (no ``<html>``), safe to embed: all text is escaped.
    """
    parts = [f'<div class="quotetrack tex2jax_ignore" style="{_BOX}">', _legend(analysis)]
    if analysis.error:
        parts.append(
            f'<div class="qt-error" style="color:#b00020;margin:0.3em 0;">error: {_escape(analysis.error)}</div>'
        )
    parts.append(f'<div class="qt-text" style="{_TEXT}">{_markup(analysis.text, _marks(analysis))}</div>')
    parts.append("</div>")
    return "".join(parts)


# --- what to highlight ---------------------------------------------------------------------------------


def _quote_title(index: int, quote: Quote) -> str:
    who = quote.speaker.name if quote.speaker is not None else "unattributed"
    kind = f" ({quote.speaker.kind.value})" if quote.speaker is not None else ""
    return f"quote {index + 1}, {quote.kind.value}: {who}{kind}"


def _marks(analysis: Analysis) -> list[_Mark]:
    """One mark per distinct (role, start, end); a span shared by several quotes lists them all."""
    found: dict[tuple[str, int, int], list[int]] = {}
    titles: dict[tuple[str, int, int], list[str]] = {}

    def add(role: str, span: Span | None, index: int, title: str) -> None:
        if span is None or span.end <= span.start:
            return
        key = (role, span.start, span.end)
        found.setdefault(key, [])
        titles.setdefault(key, [])
        if index not in found[key]:
            found[key].append(index)
        if title not in titles[key]:
            titles[key].append(title)

    for index, quote in enumerate(analysis.quotes):
        title = _quote_title(index, quote)
        who = quote.speaker.name if quote.speaker is not None else "unresolved speaker"
        for segment in quote.segments or (quote.content,):
            add("qt-content", segment, index, title)
        add("qt-cue", quote.cue, index, f"cue of {title}")
        add("qt-speaker", quote.speaker_mention, index, f"speaker: {who} (quote {index + 1})")
        add("qt-addressee", quote.addressee, index, f"addressee of {title}")
        add("qt-channel", quote.channel, index, f"channel of {title}")

    return [
        _Mark(start, end, role, tuple(found[role, start, end]), "; ".join(titles[role, start, end]))
        for role, start, end in found
    ]


# --- markup --------------------------------------------------------------------------------------------


def _markup(text: str, marks: list[_Mark]) -> str:
    """Escape ``text`` and wrap each mark in its element, nesting overlapping marks correctly.

    Walk the sorted boundaries. At each one, close the marks that end there: pop the stack down to the
    deepest of them and reopen the marks popped on the way that go on. Then open the marks that start
    there, the longest first, so that the element that lasts longer is the outer one.
    """
    starts: dict[int, list[_Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
    boundaries = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})

    out: list[str] = []
    stack: list[_Mark] = []
    for here, after in zip(boundaries, [*boundaries[1:], None], strict=True):
        reopen: list[_Mark] = []
        if any(mark.end == here for mark in stack):
            deepest = min(i for i, mark in enumerate(stack) if mark.end == here)
            for mark in reversed(stack[deepest:]):
                out.append("</span>")
                if mark.end != here:
                    reopen.append(mark)
            del stack[deepest:]
            reopen.reverse()
        opening = reopen + starts.get(here, [])
        opening.sort(key=lambda m: (-m.end, _RANK[m.role], m.start))
        for mark in opening:
            out.append(mark.open_tag())
            stack.append(mark)
        if after is not None:
            out.append(_escape(text[here:after]))
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _escape(text: str) -> str:
    """HTML-escape, and keep every dollar sign out of MathJax's reach."""
    return html.escape(text, quote=True).replace("$", "<span>&#36;</span>")


def _legend(analysis: Analysis) -> str:
    items: Iterator[str] = (
        f'<span class="qt-legend-item" data-role="{cls.removeprefix("qt-")}" '
        f'style="{_SPAN}{style}margin-right:0.6em;">{label}</span>'
        for cls, label, style in ROLE_STYLES
    )
    summary = (
        f"{len(analysis.quotes)} quote{'s' if len(analysis.quotes) != 1 else ''}, "
        f"{len(analysis.speakers)} speaker{'s' if len(analysis.speakers) != 1 else ''}"
    )
    names = ", ".join(_escape(s.name) for s in analysis.speakers)
    who = f' <span class="qt-speakers" style="color:#666;">({names})</span>' if names else ""
    return (
        '<div class="qt-legend" style="font-size:12px;margin-bottom:0.3em;">'
        f"{''.join(items)}"
        f'<span class="qt-summary" style="color:#666;">{summary}</span>{who}'
        "</div>"
    )
