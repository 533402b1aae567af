"""Hypothesis strategies shared by the property and reliability tests.

- `news_article`: paragraphs of news prose built from the constructions quotetrack reads (direct quotes in
  every mark style, "X said that ...", "according to X", split and multi-paragraph quotes, mixed quotes).
- `quote_free_paragraph`: prose with no quotation mark, no cue word and no name, for padding articles.
- `hostile_text`: anything: arbitrary Unicode, every quotation mark, control characters, NUL, CRLF,
  right-to-left scripts, emoji, very long tokens, and news prose with all of those spliced in.
"""

from __future__ import annotations

from hypothesis import strategies as st

FIRST_NAMES = ["Maria", "Tom", "Anna", "Ken", "Dana", "Hugh", "Olena", "Ahmed", "Li", "Jean-Paul"]
LAST_NAMES = ["Lopez", "Reed", "Berg", "Ito", "Reyes", "Hill", "Kovalenko", "Haddad", "Wei", "O'Neill"]
TITLES = ["Senator", "President", "Mayor", "Dr.", "Mr.", "Ms.", "Police Chief", "Foreign Minister"]
ROLES = [
    "the minister",
    "the mayor",
    "a spokeswoman",
    "the company",
    "the ministry",
    "police",
    "the union",
    "South Korea's spy agency",
    "the Ukrainian president",
    "officials",
]
PRONOUNS = ["he", "she", "they"]
VERBS = ["said", "says", "added", "told AFP", "wrote on X", "insisted", "warned", "announced", "explained"]
TIMES = ["", " on Monday", " Sunday", " in an interview", " late on Friday"]

# Words that are no cue, no name, no title and no pronoun, so prose made of them reports nothing.
NEUTRAL = [
    "market",
    "prices",
    "of",
    "bread",
    "and",
    "milk",
    "fell",
    "slowly",
    "after",
    "heavy",
    "rain",
    "in",
    "the",
    "northern",
    "valleys",
    "where",
    "farmers",
    "planted",
    "wheat",
    "near",
    "a",
    "river",
    "while",
    "roads",
    "were",
    "closed",
    "for",
    "repairs",
    "during",
    "a",
    "long",
    "dry",
    "summer",
    "with",
    "few",
    "buses",
    "running",
    "late",
    "into",
    "evening",
    "under",
    "grey",
    "skies",
    "across",
    "many",
    "small",
    "towns",
]
NEUTRAL_STARTS = ["Prices", "Rain", "Traffic", "Wheat", "Roads", "Buses", "Farmers", "Markets"]

MARK_PAIRS = [('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ("``", "''")]

# Every quotation mark quotetrack knows, and some it should survive.
ALL_MARKS = "\"'“”„‟«»‹›‘’‚`´″′〝〞「」『』﹁﹂＂＇"
CONTROL = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2028\u2029\ufeff\ufffd"
RTL = "مرحبا قال الرئيس שלום אמר עברית"
EMOJI = "😀🇺🇦👍🏽👨‍👩‍👧‍👦🔥✨"
COMBINING = "e\u0301a\u0308\u0338"
SPACES = " \t\n\r\n\r\u00a0\u2003\u3000"


@st.composite
def person(draw: st.DrawFn) -> str:
    name = f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}"
    if draw(st.booleans()):
        name = f"{draw(st.sampled_from(TITLES))} {name}"
    return name


def speaker() -> st.SearchStrategy[str]:
    return st.one_of(person(), st.sampled_from(ROLES), st.sampled_from(PRONOUNS))


@st.composite
def clause(draw: st.DrawFn, min_words: int = 3, max_words: int = 14) -> str:
    return " ".join(draw(st.lists(st.sampled_from(NEUTRAL), min_size=min_words, max_size=max_words)))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    """One sentence in one of the constructions of the core issue (or plain prose)."""
    who = draw(speaker())
    verb = draw(st.sampled_from(VERBS))
    when = draw(st.sampled_from(TIMES))
    words = draw(clause())
    words2 = draw(clause())
    left, right = draw(st.sampled_from(MARK_PAIRS))
    construction = draw(st.integers(0, 10))
    if construction == 0:
        return f"{_capitalised(who)} {verb}{when} that {words}."
    if construction == 1:
        return f"{_capitalised(words)}, {who} {verb}."
    if construction == 2:
        return f"{left}{_capitalised(words)},{right} {who} {verb}."
    if construction == 3:
        return f"{left}{_capitalised(words)},{right} {who} said, {left}{words2}.{right}"
    if construction == 4:
        return f"According to {who}, {words}."
    if construction == 5:
        return f"{_capitalised(words)}, according to {who}."
    if construction == 6:
        return f"{_capitalised(who)} said: {left}{_capitalised(words)}.{right}"
    if construction == 7:
        return f"{_capitalised(who)} said {words} {left}{words2}{right}."
    if construction == 8:
        return f"{left}{_capitalised(words)}.{right} — {draw(person())}"
    if construction == 9:
        return f"{_capitalised(draw(st.sampled_from(ROLES)))} met {words}, telling AFP it {words2}."
    return f"{_capitalised(words)}."


@st.composite
def news_paragraph(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 5))
    if kind == 0:
        # a quote over two paragraphs: open mark on each, close mark on the last only
        left, right = draw(st.sampled_from(MARK_PAIRS[:3]))
        return (
            f"{left}{_capitalised(draw(clause()))}.\n\n{left}{_capitalised(draw(clause()))},{right} "
            f"{draw(speaker())} said."
        )
    if kind == 1:
        # a bare quoted paragraph (carry-over when it follows an attributed quote)
        left, right = draw(st.sampled_from(MARK_PAIRS[:3]))
        return f"{left}{_capitalised(draw(clause(min_words=5)))}.{right}"
    return " ".join(draw(st.lists(news_sentence(), min_size=1, max_size=4)))


@st.composite
def news_article(draw: st.DrawFn) -> str:
    """A short article: paragraphs of news prose separated by blank lines."""
    return "\n\n".join(draw(st.lists(news_paragraph(), min_size=1, max_size=6)))


@st.composite
def quote_free_paragraph(draw: st.DrawFn) -> str:
    """Prose with no quotation mark, no cue word and no name: padding that must not change any quote."""
    sentences = draw(st.lists(clause(), min_size=1, max_size=3))
    return " ".join(f"{draw(st.sampled_from(NEUTRAL_STARTS))} {s}." for s in sentences)


HOSTILE_ALPHABET = ALL_MARKS + CONTROL + RTL + EMOJI + COMBINING + SPACES + "abc XYZ.,;:!?-—–()[]<>&#;0123456789"


@st.composite
def long_token(draw: st.DrawFn) -> str:
    unit = draw(st.text(alphabet=HOSTILE_ALPHABET, min_size=1, max_size=3))
    return unit * draw(st.integers(200, 3000))


@st.composite
def spliced(draw: st.DrawFn) -> str:
    """A news article with hostile fragments inserted at random places."""
    text = draw(news_article())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.one_of(st.text(alphabet=HOSTILE_ALPHABET, max_size=12), st.sampled_from(list(ALL_MARKS))))
        text = text[:at] + piece + text[at:]
    return text


def hostile_text() -> st.SearchStrategy[str]:
    """Anything a newsroom feed might send, and worse."""
    return st.one_of(
        st.text(),
        st.text(alphabet=HOSTILE_ALPHABET),
        st.text(alphabet=ALL_MARKS + " \n.,a"),
        st.text(alphabet=st.characters(codec="utf-8")),
        long_token(),
        spliced(),
        news_article().map(lambda t: t.replace("\n", "\r\n")),
    )


def any_text() -> st.SearchStrategy[str]:
    """News articles and hostile text, half and half."""
    return st.one_of(news_article(), hostile_text())


#: Characters whose classes (\w, \s, \d) agree between `re` and `regex`: where quotetrack uses the fast engine.
FAST_RANGE = (
    "".join(
        chr(c)
        for c in [*range(0x1C), *range(0x20, 0x80), 0xA0, *range(0xC0, 0xD7), *range(0xD8, 0xF7), *range(0xF8, 0x100)]
    )
    + "‘’“”—–―…«»‹›„‚"
)
