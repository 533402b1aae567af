"""Genre: fiction keeps only marked speech, news keeps reported speech too; the call decides or is told."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.export import analysis_from_dict
from quotetrack.genre import detect_genre

# Written for these tests: a scene in the manner of a nineteenth-century novel, long enough to be called.
FICTION = (
    "Mrs. Harlow looked up from her sewing when the door opened, and her face grew pale.\n\n"
    "\u201cYou are late again,\u201d she said. \u201cThe soup is cold and the candles are nearly out!\u201d\n\n"
    "Thomas smiled and hung his hat upon the peg. He knew that she had waited for him all evening, "
    "and he felt that no apology would mend it.\n\n"
    "\u201cThe roads were dreadful, madam,\u201d he answered. \u201cI walked the last mile in the rain.\u201d\n\n"
    "She laughed in spite of herself, and the room seemed warmer. Her eyes went to the window, where the "
    "lamp of the inn still burned across the square, and she thought that the whole village must be awake.\n\n"
    "\u201cOh, sit down, sir,\u201d she cried. \u201cSit down before you drip upon my carpet!\u201d\n\n"
    "He sat, and for a while neither of them spoke. The clock ticked on the mantel, the fire muttered in the "
    "grate, and somewhere above them a child turned over in its sleep. At last he reached across the table "
    "and took her hand in his, and she did not draw it away.\n\n"
    "\u201cTo-morrow,\u201d he whispered, \u201cI shall be on time. I promise you that.\u201d\n\n"
    "She looked at him a long moment and then murmured that she would believe it when she saw it."
)

NEWS = (
    "WASHINGTON (AP) \u2014 The Senate voted 52 to 48 on Tuesday to approve the spending bill, sending it to "
    "the president, who said on Monday that he would sign it. Senate Majority Leader Jane Ruiz said the "
    "measure would fund the government through September and add $4.2 billion for disaster relief.\n\n"
    "\u201cThis is a good day for the country,\u201d Ruiz told reporters after the vote.\n\n"
    "Democrats said the bill cut too deeply into housing programs, and the Congressional Budget Office "
    "estimated that 1.3 million families could lose assistance by 2027. A spokesman for the Office of "
    "Management and Budget said in a statement that the administration disputed that figure, according to "
    "a copy obtained by the AP. Officials at the Department of Housing declined to comment. The White House "
    "said the president would hold a signing ceremony on Thursday, and aides said he would use it to press "
    "for a second package before the November elections, which polls show are close in 14 states."
)


def test_a_novel_scene_reads_as_fiction_and_an_article_as_news() -> None:
    assert len(FICTION.split()) >= 150
    assert len(NEWS.split()) >= 150
    assert detect_genre(FICTION) == "fiction"
    assert detect_genre(NEWS) == "news"


def test_headings_in_capitals_are_not_acronyms() -> None:
    # a run of capitals is a heading, not a sign of news ("the FBI said" is)
    heading = "CHAPTER XV\n\nTHE RETURN OF THE OLD SQUIRE TO HARLOW END\n\n"
    assert detect_genre(heading + FICTION) == "fiction"


@pytest.mark.parametrize("text", ["", "Oh! Mrs. Harlow looked at the door and smiled!", "x " * 500])
def test_short_or_markerless_text_stays_news(text: str) -> None:
    # too few words to call, or no fiction markers at all: the default domain
    assert detect_genre(text) == "news"


# Written for these tests: an opinion column with no figures, a "sir" and exclamation marks.
COLUMN = (
    "Who does the governor think he is fooling? He promised a clean government and gave us the same old "
    "crowd of donors and cronies. He said the budget would be balanced without new taxes. It was not! He "
    "said the schools would get more money. They did not! Now he tells voters that the state is on the right "
    "track, and his allies in the legislature insist that the critics are simply bitter. Enough. The voters "
    "deserve a leader who keeps his word, and the opposition has failed to offer one. Its candidate says he "
    "would cut spending, but he will not say where. He says he would protect pensions, but he has voted "
    "against them before. Yes, sir, this is the choice we are offered! The editorial board believes that "
    "neither man has earned the office, and it urges readers to demand answers before they vote. Ask the "
    "candidates what they would cut. Ask them whom they owe. Ask them why they think voters will forget "
    "what they promised the last time. And do not accept a slogan for an answer!"
)


def test_an_opinion_column_with_a_few_exclamations_stays_news() -> None:
    # two fiction markers at least: a lone "sir" and some "!"s do not make narration
    assert len(COLUMN.split()) >= 150
    assert detect_genre(COLUMN) == "news"
    assert any(q.kind.value == "indirect" for q in quotetrack.extract(COLUMN))


def test_fiction_keeps_dialogue_and_drops_the_narrators_reported_speech() -> None:
    analysis = quotetrack.analyze(FICTION)
    assert analysis.genre == "fiction"
    kinds = {q.kind for q in analysis.quotes}
    assert kinds <= {quotetrack.QuoteKind.DIRECT, quotetrack.QuoteKind.MIXED}
    texts = [q.content.text for q in analysis.quotes]
    assert any(t.startswith("You are late again") for t in texts)
    assert not any("village must be awake" in t for t in texts)


def test_genre_news_keeps_reported_speech_in_the_same_text() -> None:
    analysis = quotetrack.analyze(FICTION, genre="news")
    assert analysis.genre == "news"
    indirect = [q for q in analysis.quotes if q.kind is quotetrack.QuoteKind.INDIRECT]
    assert any(q.content.text == "the whole village must be awake" for q in indirect)


def test_news_keeps_indirect_quotes_under_auto() -> None:
    analysis = quotetrack.analyze(NEWS)
    assert analysis.genre == "news"
    assert any(q.kind is quotetrack.QuoteKind.INDIRECT for q in analysis.quotes)


def test_genre_is_recorded_in_the_interchange_format() -> None:
    analysis = quotetrack.analyze(FICTION)
    data = analysis.to_dict()
    assert data["genre"] == "fiction"
    assert analysis_from_dict(data).genre == "fiction"


@pytest.mark.parametrize("call", [quotetrack.analyze, lambda t, **kw: list(quotetrack.pipe([t], **kw))])
def test_an_unknown_genre_is_refused(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="genre must be"):
        call("He said so.", genre="poetry")


def test_pipe_passes_the_genre_to_every_text() -> None:
    results = list(quotetrack.pipe([FICTION, NEWS], genre="news"))
    assert [r.genre for r in results] == ["news", "news"]
    results = list(quotetrack.pipe([FICTION, NEWS]))
    assert [r.genre for r in results] == ["fiction", "news"]


def test_fiction_makes_each_piece_around_an_attribution_its_own_quote() -> None:
    analysis = quotetrack.analyze(FICTION)
    pieces = [q for q in analysis.quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.content.text for q in pieces] == [
        "You are late again",
        "The soup is cold and the candles are nearly out!",
    ]
    assert pieces[0].speaker is pieces[1].speaker
    assert pieces[0].speaker_mention == pieces[1].speaker_mention
    for quote in pieces:
        assert quote.segments == (quote.content,)


def test_news_keeps_a_split_quote_whole() -> None:
    analysis = quotetrack.analyze(FICTION, genre="news")
    whole = next(q for q in analysis.quotes if q.cue is not None and q.cue.text == "said")
    assert [s.text for s in whole.segments] == [
        "You are late again",
        "The soup is cold and the candles are nearly out!",
    ]


def test_fiction_keeps_one_speech_over_several_paragraphs_whole() -> None:
    text = FICTION + (
        "\n\n\u201cI went first to the mill,\u201d he said, \u201cand then to the bridge.\n\n"
        "\u201cAnd the bridge was gone, my dear, washed clean away!\u201d"
    )
    analysis = quotetrack.analyze(text, genre="fiction")
    last = analysis.quotes[-1]
    assert [s.text for s in last.segments] == [
        "and then to the bridge.",
        "And the bridge was gone, my dear, washed clean away!",
    ]


def test_fiction_drops_scare_quotes_in_narration_but_keeps_introduced_words() -> None:
    text = FICTION + (
        '\n\nHe thought the inn a "fine" place, and he said "Exactly" to everything she proposed.'
        '\n\nShe reflected that the whole "Colonial Office" manner of the vicar was a great trial to her.'
    )
    contents = [q.content.text for q in quotetrack.analyze(text, genre="fiction").quotes]
    assert "Exactly" in contents
    assert "fine" not in contents
    assert "Colonial Office" not in contents


# Short quotations in fiction's narration: (text appended to a scene, the short quote, whether it is a line).
SHORT_QUOTES = [
    pytest.param('Mrs. Hale said only, "Nonsense, nonsense!"', "Nonsense, nonsense!", True, id="said only, ..."),
    pytest.param('Says I, "me-yow! me-yow!" as soft as I could.', "me-yow! me-yow!", True, id="Says I, ..."),
    pytest.param('He hummed his favourite song, "Yesterday", all day.', "Yesterday", False, id="a title after a comma"),
    pytest.param('It was, she thought, a "fine" place.', "fine", False, id="a scare quote"),
]


@pytest.mark.parametrize(("sentence", "quote", "kept"), SHORT_QUOTES)
def test_fiction_keeps_short_words_a_tag_verb_introduces(sentence: str, quote: str, kept: bool) -> None:
    """Words introduced by a tag verb and a comma or colon are spoken however short; other short
    quotations in narration are titles or scare quotes."""
    contents = [
        q.content.text.rstrip(",") for q in quotetrack.analyze(FICTION + "\n\n" + sentence, genre="fiction").quotes
    ]
    assert (quote in contents) is kept
