"""Hostile inputs, built from a size ``n`` so a test can compare the time for ``n`` and ``16 * n``.

Every generator is deterministic (no randomness), so a slow case can be rebuilt exactly from its name and size.
"""

from __future__ import annotations

from collections.abc import Callable

ARTICLE_PARAGRAPHS = [
    "Mayor Ann Cole said on Monday that the bridge would reopen in May, after Mr. Reed of the U.S. "
    "Transportation Department signed off on Jan. 9.",
    '"We have done everything we could," Cole told reporters. "The rest is up to the weather."',
    "According to the city's engineers, the repairs cost $4.5 million, about 20 percent more than planned.",
    'Residents were skeptical. Tom Reed, who runs a bakery near the bridge, said business had "never been worse".',
    "\"It's been a long year for everyone in the 'burbs,\" he added, \"and rock 'n' roll won't fix it.\"",
    "The council did not say when the vote would take place.",
    "“We will rebuild this town, brick by brick,” the mayor wrote on X. — Mayor Ann Cole",
    "Prices of bread and milk fell slowly after the heavy rain in the northern valleys.",
]


def article(n: int) -> str:
    """A news article of ``n`` paragraphs of every construction, separated by blank lines."""
    return "\n\n".join(ARTICLE_PARAGRAPHS[i % len(ARTICLE_PARAGRAPHS)] for i in range(n))


def article_of_size(size: int) -> str:
    """A news article of about ``size`` characters."""
    unit = article(len(ARTICLE_PARAGRAPHS)) + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


UNMATCHED = ['"', "“", "”", "‘", "«", "»", "„", "'", "’", "‹"]


def unmatched_marks(n: int) -> str:
    """``n`` quotation marks of every kind scattered through prose, most of them with no partner."""
    words = ["the", "minister", "said", "prices", "would", "fall", "soon", "officials"]
    return (
        " ".join(
            f"{words[i % len(words)]} {UNMATCHED[i % len(UNMATCHED)]}{words[(i * 3) % len(words)]}" for i in range(n)
        )
        + "."
    )


def unmatched_marks_paragraphs(n: int) -> str:
    """Unmatched opening marks, one per paragraph: every paragraph tries to run on into the next."""
    return "\n\n".join(f"“Paragraph {i} opens a quote that never closes" for i in range(n))


def nested_quotes(depth: int) -> str:
    """A quote nested ``depth`` deep, alternating double and single curly marks, with its attribution."""
    opens = "".join("“" if i % 2 == 0 else "‘" for i in range(depth))
    closes = "".join("”" if i % 2 == 0 else "’" for i in reversed(range(depth)))
    return f"{opens}We are ready{closes} she said."


def nested_straight(depth: int) -> str:
    """Straight double and single marks nested ``depth`` deep with words between."""
    opens = "".join('"a ' if i % 2 == 0 else "'b " for i in range(depth))
    closes = "".join(' c"' if i % 2 == 0 else " d'" for i in reversed(range(depth)))
    return f"He said {opens}x{closes}."


def unclosed_nested(depth: int) -> str:
    """``depth`` opening guillemets and curly marks that are never closed."""
    return "He said " + "«“‘" * depth + "we are ready"


def long_line(n: int) -> str:
    """One line of ``n`` characters with no space: letters, with a period every 50 characters."""
    return "".join("." if i % 50 == 49 else "abcdefghij"[i % 10] for i in range(n))


def long_line_marks(n: int) -> str:
    """One line of ``n`` characters with no space, full of quotation marks and apostrophes."""
    unit = "a\"b'c“d”e‘f’g«h»i"
    return (unit * (n // len(unit) + 1))[:n]


def cue_words(n: int) -> str:
    """The cue words repeated ``n`` times."""
    cues = ["said", "told", "according", "to", "says", "added", "wrote", "on", "X", "that"]
    return " ".join(cues[i % len(cues)] for i in range(n)) + "."


def said_that_chain(n: int) -> str:
    """ "Smith told AFP that" ``n`` times: every cue reports the next."""
    return "Smith told AFP that " * n + "it rained."


def stance_run_on(n: int) -> str:
    """One unpunctuated sentence of ``n`` stance participles, each of whose objects runs to its end."""
    return "Groups " + "backing the big red plan " * n


def verdict_run_on(n: int) -> str:
    """One unpunctuated sentence of ``n`` passive verdicts ("is seen as"), each of which looks for its end."""
    return "The plan " + "is seen as the city seen as the state " * n


def dash_split_run_on(n: int) -> str:
    """One sentence of ``n`` dash-set attributions ("the mayor - all of whom, she said, needed help - "): each
    looks back for the dash that opens its report and for a colon before a quote."""
    return "She praised " + "the mayor - all of whom, she said, needed help - " * n + "and left."


def attributions(n: int) -> str:
    """``n`` direct quotes with their attributions in one paragraph."""
    return " ".join(f'"Point {i} is fine," he said.' for i in range(n))


def sentences_one_paragraph(n: int) -> str:
    """``n`` short reported sentences in one paragraph."""
    return " ".join("He said it was fine." for _ in range(n))


def speakerless_quotes(n: int) -> str:
    """One paragraph of ``n`` quotations no one is named as saying ("chants of", "a sign that read", "one
    message:"), each of which looks for a person the paragraph's narration names, past many quoted names."""
    units = ('to chants of "Lee!" and ', 'a sign that read "Stop" and ', 'one message: "Go." And ')
    return "".join(units[i % len(units)] for i in range(n)) + "."


HTML_UNIT = (
    '<div class="story"><p>&ldquo;We are ready,&rdquo; Jane Doe said &amp; left.</p>\n'
    "<p>The minister said it was &quot;a disgrace&quot; &#8212; and &#8220;unacceptable&#8221;.</p>\n"
    "<p>O&#39;Neill&rsquo;s team won in the &#x2019;90s.<br/>&nbsp;&lt;b&gt;</p></div>\n"
)


def html(n: int) -> str:
    """An HTML page with ``n`` story blocks full of character entities."""
    return "<html><body>\n" + HTML_UNIT * n + "</body></html>\n"


NOVEL_SCENE = (
    "Mrs. Harlow looked up from her sewing when the door opened, and her face grew pale.\n\n"
    "\u201cYou are late again, Thomas,\u201d said Mrs. Harlow. \u201cThe soup is cold!\u201d\n\n"
    "\u201cThe roads were dreadful, madam. I walked the last mile in the rain.\u201d\n\n"
    "\u201cOh, sit down before you drip upon my carpet!\u201d\n\n"
    "\u201cI will, if you promise not to scold me any more tonight.\u201d\n\n"
    "He smiled, and she laughed in spite of herself. \u201cTo-morrow you shall be on time.\u201d\n\n"
    "\u201cTo-morrow,\u201d he whispered, \u201cI shall be on time, I promise you that.\u201d\n\n"
    "The clock ticked on the mantel and the fire muttered in the grate.\n\n"
)


def novel(n: int) -> str:
    """A novel of ``n`` dialogue scenes: tagged lines, beats, vocatives and untagged turns (the fiction path)."""
    return NOVEL_SCENE * n


#: name -> (generator, size for the 1x run of the scaling test). A 1x input of a few tens of kilobytes runs
#: faster per character than 16 times it, as more of its objects stay in the CPU caches: on the shared CI machine
#: that alone lifted the article case to 26.9 with a 38 kB input. The article, HTML and unclosed-paragraph cases
#: are therefore sized so the 1x run takes a few tenths of a second; the one-paragraph cases are sized so a stage
#: that copies the rest of the paragraph for each quote shows (it measured 26 at these sizes before its fix).
SCALING_CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "article": (article, 1600),
    "unmatched-marks": (unmatched_marks, 4000),
    "unmatched-marks-paragraphs": (unmatched_marks_paragraphs, 4000),
    "nested-quotes": (nested_quotes, 2000),
    "nested-straight": (nested_straight, 2000),
    "unclosed-nested": (unclosed_nested, 1000),
    "long-line": (long_line, 50_000),
    "long-line-marks": (long_line_marks, 20_000),
    "cue-words": (cue_words, 2000),
    "said-that-chain": (said_that_chain, 100),
    "stance-run-on": (stance_run_on, 1600),
    "verdict-run-on": (verdict_run_on, 1000),
    "dash-split-run-on": (dash_split_run_on, 400),
    "attributions": (attributions, 1200),
    "sentences-one-paragraph": (sentences_one_paragraph, 2400),
    "speakerless-quotes": (speakerless_quotes, 400),
    "html": (html, 600),
    "novel": (novel, 60),
}

GENERATORS: dict[str, Callable[[int], str]] = {
    **{name: make for name, (make, _) in SCALING_CASES.items()},
    "article-of-size": article_of_size,
}
