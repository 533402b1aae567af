"""The HTML view of an analysis: escaping, MathJax protection, nesting, legend, hover; then in a real browser."""

from __future__ import annotations

import html.parser
import shutil
from pathlib import Path

import pytest

import quotetrack
from quotetrack.display import render_html
from quotetrack.model import Analysis, Quote, QuoteKind, Span, Speaker, SpeakerKind

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "zelensky-pows.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _Tree(html.parser.HTMLParser):
    """Checks that tags nest and records, for each highlighted element, its attributes, text and ancestors."""

    VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.elements: list[dict[str, object]] = []
        self.open_elements: list[dict[str, object]] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        attributes = {k: v or "" for k, v in attrs}
        classes = attributes.get("class", "").split()
        element: dict[str, object] = {
            "classes": classes,
            "attrs": attributes,
            "text": "",
            "ancestors": [c for _, a in self.stack for c in a.get("class", "").split()],
        }
        self.stack.append((tag, attributes))
        self.open_elements.append(element)
        self.elements.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        self.open_elements.pop()

    def handle_data(self, data: str) -> None:
        for element in self.open_elements:
            element["text"] = str(element["text"]) + data
        if any("qt-text" in str(e["classes"]) for e in self.open_elements):
            self.text += data

    def of_class(self, name: str) -> list[dict[str, object]]:
        return [e for e in self.elements if name in e["classes"]]  # type: ignore[operator]


def parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert not tree.stack, f"unclosed: {tree.stack}"
    return tree


def _analysis(text: str, quotes: list[Quote], speakers: tuple[Speaker, ...] = ()) -> Analysis:
    return Analysis(text=text, quotes=tuple(quotes), speakers=speakers)


def _span(text: str, part: str, start: int = 0) -> Span:
    at = text.index(part, start)
    return Span.of(text, at, at + len(part))


# --- markup ---------------------------------------------------------------------------------------------


def test_text_is_escaped_and_survives_whole() -> None:
    text = 'Mayor <script>alert("x")</script> & co said "we <b>won</b>."'
    jane = Speaker("Jane <Doe>", SpeakerKind.PERSON)
    quote = Quote(
        QuoteKind.DIRECT,
        _span(text, "we <b>won</b>."),
        (_span(text, "we <b>won</b>."),),
        cue=_span(text, "said"),
        speaker=jane,
        speaker_mention=_span(text, "Mayor <script>"),
    )
    markup = render_html(_analysis(text, [quote], (jane,)))
    assert "<script" not in markup
    assert "<b>" not in markup
    assert "&lt;script&gt;" in markup
    tree = parse(markup)
    assert tree.text == text  # nothing lost, nothing added, in order
    (content,) = tree.of_class("qt-content")
    assert content["text"] == "we <b>won</b>."
    (mention,) = tree.of_class("qt-speaker")
    assert "Jane <Doe>" in mention["attrs"]["title"]  # type: ignore[index]


def test_dollar_signs_are_kept_from_mathjax() -> None:
    text = 'The deal costs $5 million, not $6 million, "a $1 bargain," he said.'
    markup = render_html(_analysis(text, []))
    assert "$" not in markup  # no raw dollar sign for MathJax to pair
    assert markup.count("<span>&#36;</span>") == 3
    assert "tex2jax_ignore" in markup
    assert parse(markup).text == text


def test_paragraphs_and_line_breaks_are_kept() -> None:
    text = "First paragraph.\n\nSecond paragraph,\nsame paragraph."
    markup = render_html(_analysis(text, []))
    assert "white-space:pre-wrap" in markup
    assert parse(markup).text == text


def test_mention_inside_mixed_content_nests() -> None:
    text = 'She said the plan, which Smith called "a disgrace", would fail.'
    smith = Speaker("Smith", SpeakerKind.PERSON)
    she = Speaker("Jane Doe", SpeakerKind.PERSON)
    outer = _span(text, 'the plan, which Smith called "a disgrace", would fail')
    quotes = [
        Quote(
            QuoteKind.MIXED,
            outer,
            (outer,),
            cue=_span(text, "said"),
            speaker=she,
            speaker_mention=_span(text, "She"),
        ),
        Quote(
            QuoteKind.DIRECT,
            _span(text, "a disgrace"),
            (_span(text, "a disgrace"),),
            cue=_span(text, "called"),
            speaker=smith,
            speaker_mention=_span(text, "Smith"),
        ),
    ]
    tree = parse(render_html(_analysis(text, quotes, (she, smith))))
    assert tree.text == text
    contents = {e["attrs"]["data-quote"]: e for e in tree.of_class("qt-content")}  # type: ignore[index]
    assert set(contents) == {"0", "1"}
    assert contents["0"]["text"] == outer.text
    assert contents["1"]["text"] == "a disgrace"
    assert "qt-content" in contents["1"]["ancestors"]  # type: ignore[operator]
    (smith_mention,) = [e for e in tree.of_class("qt-speaker") if e["text"] == "Smith"]
    assert "qt-content" in smith_mention["ancestors"]  # type: ignore[operator]
    assert smith_mention["attrs"]["data-quote"] == "1"  # type: ignore[index]
    assert "Smith" in smith_mention["attrs"]["title"]  # type: ignore[index]


def test_partial_overlap_is_split_into_well_formed_pieces() -> None:
    text = "alpha beta gamma delta"
    first, second = Span.of(text, 0, 10), Span.of(text, 6, 16)  # "alpha beta" and "beta gamma"
    quotes = [
        Quote(QuoteKind.INDIRECT, first, (first,)),
        Quote(QuoteKind.INDIRECT, Span.of(text, 17, 22), (Span.of(text, 17, 22),), addressee=second),
    ]
    tree = parse(render_html(_analysis(text, quotes)))  # parse asserts proper nesting
    assert tree.text == text
    addressee_text = "".join(str(e["text"]) for e in tree.of_class("qt-addressee"))
    assert addressee_text == "beta gamma"
    assert "".join(str(e["text"]) for e in tree.of_class("qt-content") if e["attrs"]["data-quote"] == "0") == (  # type: ignore[index]
        "alpha beta"
    )


def test_split_quote_highlights_segments_not_the_attribution() -> None:
    text = '"We are ready," she said, "and we will win."'
    one, two = _span(text, "We are ready,"), _span(text, "and we will win.")
    quote = Quote(
        QuoteKind.DIRECT,
        Span.of(text, one.start, two.end),
        (one, two),
        cue=_span(text, "said"),
        speaker_mention=_span(text, "she"),
    )
    tree = parse(render_html(_analysis(text, [quote])))
    assert [e["text"] for e in tree.of_class("qt-content")] == [one.text, two.text]
    (cue,) = tree.of_class("qt-cue")
    assert "qt-content" not in cue["ancestors"]  # type: ignore[operator]
    assert "unattributed" in cue["attrs"]["title"]  # type: ignore[index]


def test_legend_and_hover_on_the_example_article() -> None:
    analysis = quotetrack.analyze(EXAMPLE.read_text(encoding="utf-8"))
    markup = analysis._repr_html_()
    assert markup == render_html(analysis)
    tree = parse(markup)
    assert tree.text == analysis.text
    legend = {e["attrs"].get("data-role") for e in tree.of_class("qt-legend-item")}  # type: ignore[attr-defined]
    assert {"content", "cue", "speaker", "addressee"} <= legend
    styles = {e["attrs"]["style"] for e in tree.of_class("qt-legend-item")}  # type: ignore[index]
    assert len(styles) == len(legend)  # a distinct look per role
    for index, quote in enumerate(analysis.quotes):
        mine = [e for e in tree.elements if str(index) in str(e["attrs"].get("data-quote", "")).split()]  # type: ignore[attr-defined]
        contents = [e for e in mine if "qt-content" in e["classes"]]  # type: ignore[operator]
        assert "".join(str(e["text"]) for e in contents) == "".join(s.text for s in quote.segments)
        if quote.speaker is not None:
            assert all(quote.speaker.name in e["attrs"]["title"] for e in contents)  # type: ignore[index]
        if quote.speaker_mention is not None:
            mentions = [e for e in mine if "qt-speaker" in e["classes"]]  # type: ignore[operator]
            assert [e["text"] for e in mentions] == [quote.speaker_mention.text]
    # the article's one addressee: "telling AFP"
    assert [e["text"] for e in tree.of_class("qt-addressee")] == ["AFP"]
    assert "<script" not in markup.lower()


def test_empty_and_failed_analyses_render() -> None:
    assert "0 quotes" in render_html(Analysis(text=""))
    failed = render_html(Analysis(text="", error="ValueError: <bad>"))
    assert "qt-error" in failed
    assert "&lt;bad&gt;" in failed


# --- in a real browser ----------------------------------------------------------------------------------


def _browser_or_skip():  # type: ignore[no-untyped-def]
    if shutil.which(CHROMIUM) is None:
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian package 'chromium')")
    return pytest.importorskip("playwright.sync_api", reason="the browser test needs 'pip install playwright'")


def test_highlights_render_in_headless_chromium(tmp_path: Path) -> None:
    sync_api = _browser_or_skip()
    analysis = quotetrack.analyze(EXAMPLE.read_text(encoding="utf-8"))
    page_html = f'<!doctype html><html><head><meta charset="utf-8"></head><body>{render_html(analysis)}</body></html>'
    page_file = tmp_path / "view.html"
    page_file.write_text(page_html, encoding="utf-8")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            page.goto(page_file.as_uri())

            def background(element) -> str:  # type: ignore[no-untyped-def]
                return str(element.evaluate("e => getComputedStyle(e).backgroundColor"))

            colours: dict[str, set[str]] = {}
            for role in ("qt-content", "qt-cue", "qt-speaker", "qt-addressee"):
                elements = page.query_selector_all(f".qt-text .{role}")
                assert elements, f"nothing drawn as {role}"
                colours[role] = {background(e) for e in elements}
                assert len(colours[role]) == 1, f"{role} drawn in several colours: {colours[role]}"
                for element in elements:
                    box = element.bounding_box()
                    assert box is not None
                    assert box["width"] > 0
                    assert box["height"] > 0
            drawn = [next(iter(c)) for c in colours.values()]
            assert len(set(drawn)) == len(drawn), f"roles share a colour: {colours}"
            assert all(c not in {"rgba(0, 0, 0, 0)", "transparent"} for c in drawn)
            assert colours["qt-content"] == {"rgb(255, 241, 168)"}

            contents = page.query_selector_all(".qt-text .qt-content")
            assert len(contents) == sum(len(q.segments) for q in analysis.quotes)
            assert contents[0].inner_text() == analysis.quotes[0].content.text
            assert "Volodymyr Zelensky" in (contents[0].get_attribute("title") or "")
            (addressee,) = page.query_selector_all(".qt-text .qt-addressee")
            assert addressee.inner_text() == "AFP"
            # the text a reader sees is the article, paragraphs included
            shown = page.inner_text(".qt-text")
            assert shown.split() == analysis.text.split()
            assert "\n\n" in shown
            legend = page.query_selector_all(".qt-legend-item")
            assert {background(e) for e in legend} >= set(drawn)

            screenshot = tmp_path / "quotetrack-view.png"
            page.screenshot(path=str(screenshot), full_page=True)
            assert screenshot.stat().st_size > 10_000
        finally:
            browser.close()
