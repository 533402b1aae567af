"""Tests for quotetrack.entities: speaker mentions become one canonical Speaker per real-world source.

Each table is a spec: a text written for the test, and the expected (speaker name, speaker kind) of every
quote in document order. The texts use "X said Y." forms the quote finders reach, so a failure here is a
failure of speaker resolution.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import FAST_RANGE

import quotetrack
from quotetrack.model import Analysis, Speaker, SpeakerKind

PERSON, ORG, UNNAMED, GROUP = SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.UNNAMED, SpeakerKind.GROUP


def speakers_of(text: str) -> list[tuple[str | None, SpeakerKind | None]]:
    """(name, kind) of each quote's speaker, in document order."""
    return [(q.speaker.name, q.speaker.kind) if q.speaker else (None, None) for q in quotetrack.extract(text)]


NAME_CHAINS = [
    pytest.param(
        "Angela Merkel said the plan would work. Merkel said it was fair. Ms. Merkel said talks would go on.",
        [("Angela Merkel", PERSON)] * 3,
        id="full-name-surname-honorific",
    ),
    pytest.param(
        "Senator Elizabeth Warren said the bill was weak. Ms. Warren said she would vote against it.",
        [("Elizabeth Warren", PERSON)] * 2,
        id="title-and-honorific",
    ),
    pytest.param(
        "Ukraine's Zelensky said the army was ready. Volodymyr Zelensky said more troops would come.",
        [("Volodymyr Zelensky", PERSON)] * 2,
        id="possessive-then-full-name",
    ),
    pytest.param(
        "Mr. Trump said the deal was done. Donald Trump said he was proud of it.",
        [("Donald Trump", PERSON)] * 2,
        id="honorific-then-full-name",
    ),
]

KEPT_APART = [
    pytest.param(
        "Bill Clinton said the speech went well. Hillary Clinton said the campaign was strong. "
        "Clinton said the polls were close. Mr. Clinton said he was proud of her.",
        [("Bill Clinton", PERSON), ("Hillary Clinton", PERSON), ("Hillary Clinton", PERSON), ("Bill Clinton", PERSON)],
        id="two-clintons-by-recency-and-gender",
    ),
    pytest.param(
        "A senior official said the talks had stalled. Another official said the talks were going well.",
        [("A senior official", UNNAMED), ("Another official", UNNAMED)],
        id="two-unnamed-officials",
    ),
]

TITLES = [
    pytest.param(
        "Ukrainian President Volodymyr Zelensky said the offer stood. The Ukrainian president said talks "
        "could start soon. The president said nothing had changed.",
        [("Volodymyr Zelensky", PERSON)] * 3,
        id="title-before-name",
    ),
    pytest.param(
        "Olaf Scholz, the German chancellor, arrived on Monday. The chancellor said the talks were useful.",
        [("Olaf Scholz", PERSON)],
        id="apposition-after-name",
    ),
    pytest.param(
        "Prime Minister Keir Starmer said the plan was fair. Chancellor Rachel Reeves said the money was there. "
        "The prime minister said he would not resign.",
        [("Keir Starmer", PERSON), ("Rachel Reeves", PERSON), ("Keir Starmer", PERSON)],
        id="title-picks-its-holder",
    ),
]

ORGANISATIONS = [
    pytest.param(
        "The National Intelligence Service said two soldiers had been captured. "
        "The agency said the men were being questioned.",
        [("National Intelligence Service", ORG)] * 2,
        id="the-agency",
    ),
    pytest.param(
        "The Global Health Trust (GHT) met on Monday. The GHT said vaccines were on the way.",
        [("Global Health Trust", ORG)],
        id="acronym-in-parentheses",
    ),
    pytest.param(
        "The Federal Bureau of Investigation said it had opened a case. The FBI said agents were at the scene.",
        [("Federal Bureau of Investigation", ORG)] * 2,
        id="acronym-derived",
    ),
    pytest.param(
        "The Interior Ministry said the border was closed. It said the closure was temporary.",
        [("Interior Ministry", ORG)] * 2,
        id="it-to-organisation",
    ),
    pytest.param("Ukraine announced that it had captured two soldiers.", [("Ukraine", ORG)], id="country-as-speaker"),
]

PRONOUNS = [
    pytest.param(
        "Maria Lopez said the vote was rigged. She said she would appeal.",
        [("Maria Lopez", PERSON)] * 2,
        id="she-by-first-name",
    ),
    pytest.param(
        "Mr. Okafor met Ms. Adeyemi on Tuesday. Ms. Adeyemi said the meeting went well. He said it was a start.",
        [("Adeyemi", PERSON), ("Okafor", PERSON)],
        id="he-skips-a-woman",
    ),
    pytest.param(
        "Kowalczyk said the mine would close. He said his own father had worked there. "
        "Kowalczyk added that the town would suffer.",
        [("Kowalczyk", PERSON)] * 3,
        id="he-to-previous-speaker",
    ),
]

UNNAMED_SOURCES = [
    pytest.param(
        "Anna Berg said the fire started at night. One man said he heard a bang. One woman said she saw smoke.",
        [("Anna Berg", PERSON), ("One man", UNNAMED), ("One woman", UNNAMED)],
        id="unnamed-not-merged-with-named",
    ),
    pytest.param(
        "Reporters met the two striking miners at the gate. One man said the pay was too low. "
        "One of the men said he would go back to work on Monday, while the other said he would stay out.",
        [
            ("one of the two striking miners", UNNAMED),
            ("one of the two striking miners", UNNAMED),
            ("the other striking miner", UNNAMED),
        ],
        id="one-and-the-other-of-a-pair",
    ),
    pytest.param(
        "One man said the pay was too low. The other said nothing would change.",
        [("One man", UNNAMED), ("The other", UNNAMED)],
        id="one-and-the-other-without-a-pair-stay-apart",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NAME_CHAINS + KEPT_APART + TITLES + ORGANISATIONS + PRONOUNS + UNNAMED_SOURCES
)
def test_speaker_table(text: str, expected: list[tuple[str, SpeakerKind]]) -> None:
    """Each quote's speaker has the expected canonical name and kind."""
    assert speakers_of(text) == expected


def test_same_entity_is_one_speaker_object() -> None:
    """Quotes by one person share one Speaker object, listed once in Analysis.speakers."""
    analysis = quotetrack.analyze("Angela Merkel said the plan would work. She said it was fair.")
    first, second = analysis.quotes
    assert first.speaker is second.speaker
    assert analysis.speakers == (first.speaker,)


def test_two_clintons_are_two_speakers() -> None:
    """Speakers sharing a surname stay two entries in Analysis.speakers."""
    analysis = quotetrack.analyze("Bill Clinton said the speech went well. Hillary Clinton said it was strong.")
    assert [s.name for s in analysis.speakers] == ["Bill Clinton", "Hillary Clinton"]


def test_acronym_alias_without_the_text_writing_it() -> None:
    """An organisation's implied acronym is an alias even when the article never writes it."""
    analysis = quotetrack.analyze("South Korea's National Intelligence Service said two soldiers were captured.")
    (speaker,) = analysis.speakers
    assert speaker.name == "National Intelligence Service"
    assert "NIS" in speaker.aliases


def test_methods_say_how_the_speaker_was_found() -> None:
    """Quote.method names the rule that found the speaker."""
    text = (
        "Ukrainian President Volodymyr Zelensky said the offer stood. Zelensky said talks could start. "
        "He said nothing had changed. The Ukrainian president said he was hopeful."
    )
    assert [q.method for q in quotetrack.extract(text)] == ["pattern", "coref:name", "coref:pronoun", "coref:title"]


def test_mentions_slice_back_and_cover_the_article() -> None:
    """A speaker's mentions include names found outside attributions, and each slices back to its text."""
    text = "Angela Merkel arrived in Paris on Monday. Merkel said the plan would work.\n\nLater, Merkel met the press."
    analysis = quotetrack.analyze(text)
    (speaker,) = analysis.speakers
    assert [m.text for m in speaker.mentions] == ["Angela Merkel", "Merkel", "Merkel"]
    assert all(text[m.start : m.end] == m.text for m in speaker.mentions)


def test_carry_over_takes_the_previous_speaker() -> None:
    """A quoted paragraph with no cue gets the speaker of the quote before it."""
    text = '"We will rebuild the bridge," said Mayor Jane Doe.\n\n"The work starts in spring and ends before winter."'
    quotes = quotetrack.extract(text)
    assert [(q.speaker.name if q.speaker else None, q.method) for q in quotes] == [
        ("Jane Doe", "pattern"),
        ("Jane Doe", "carry-over"),
    ]


def test_dialogue_alternates_between_speakers() -> None:
    """In dialogue, an unattributed turn after two speakers goes back to the speaker before last."""
    text = (
        '"Where are you going so early this morning?" said Martha.\n\n'
        '"To the market," said Thomas.\n\n'
        '"Bring back some bread, then, and do not be late."'
    )
    assert [q.speaker.name if q.speaker else None for q in quotetrack.extract(text)] == ["Martha", "Thomas", "Martha"]


def test_example_article() -> None:
    """The project's example article resolves as its gold annotation says."""
    path = Path(__file__).resolve().parents[2] / "shared" / "examples" / "zelensky-pows.txt"
    if not path.is_file():
        pytest.skip(f"the example article is not at {path}")
    analysis: Analysis = quotetrack.analyze(path.read_text(encoding="utf-8"))

    def speaker_of(opening: str) -> Speaker | None:
        return next(q.speaker for q in analysis.quotes if q.content.text.startswith(opening))

    zelensky = speaker_of("There would")
    assert zelensky is not None
    assert zelensky.name == "Volodymyr Zelensky"
    assert speaker_of("North Koreans who wanted") is zelensky
    assert all(speaker_of(opening) is zelensky for opening in ("Ukraine is ready", 'For "those', "Russian President"))
    nis = next(q.speaker for q in analysis.quotes if q.cue is not None and q.cue.text == "telling")
    assert nis is not None
    assert (nis.name, "NIS" in nis.aliases) == ("National Intelligence Service", True)
    # the two prisoners: "One man" and "one of the men" are the first, "the other" is the other (gold)
    one, same, other = (q.speaker for q in analysis.quotes[-3:])
    assert all(p is not None and p.kind is UNNAMED and p is not zelensky for p in (one, same, other))
    assert one is same
    assert other is not one
    assert (one.name, other.name) == ("one of the two North Korean prisoners", "the other North Korean prisoner")


def test_moved_reading_copies_every_field() -> None:
    """`_Reading.moved` spells its fields out for speed, so a field added later must be added there too."""
    import attrs

    from quotetrack.entities import _Reading

    values = {field.name: f"value of {field.name}" for field in attrs.fields(_Reading)}
    reading = _Reading(**{**values, "start": 10, "end": 20})
    moved = reading.moved(5)
    assert attrs.asdict(moved) == {**values, "start": 15, "end": 25}
    assert moved is not reading


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(FAST_RANGE + "MrsDSenJT.&'’ "), max_size=120))
def test_fast_name_tokens_agree_with_the_unicode_ones(text: str) -> None:
    """The entity scanner's standard-library pattern finds exactly the `regex` pattern's tokens."""
    from quotetrack.entities import _FAST_TOKEN, _TOKEN

    assert [m.span() for m in _FAST_TOKEN.finditer(text)] == [m.span() for m in _TOKEN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Presently Tom Hale came in.\n\n"We are late," he said.', "Tom Hale"),
        ('Suddenly Anna Berg stood up.\n\n"We are leaving," she said.', "Anna Berg"),
        ('Emily Stone arrived first.\n\n"Sit down," she said.', "Emily Stone"),
    ],
)
def test_sentence_opening_adverb_is_not_part_of_a_name(text: str, name: str) -> None:
    """An adverb or participle opening a sentence ("Presently", "Suddenly") is no part of the name after it,
    but a first name ending in -ly is ("Emily")."""
    (quote,) = quotetrack.extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == name


def test_fiction_dialogue_alternates_and_follows_vocatives() -> None:
    """In fiction each unattributed paragraph of a dialogue is a new turn: the line after one that names
    its listener ("Mr. Bennet, ...") is that listener's, and the voices then alternate."""
    text = (
        "Mr. Bennet read his paper by the fire while the rain fell.\n\n"
        "\u201cMr. Bennet, how can you vex me so?\u201d said his wife.\n\n"
        "\u201cYou mistake me, my dear. I have a high respect for your nerves.\u201d\n\n"
        "\u201cAh, you do not know what I suffer.\u201d\n\n"
        "\u201cBut I hope you will get over it, my dear, and live to see many young men come.\u201d"
    )
    quotes = quotetrack.extract(text, genre="fiction")
    assert [q.speaker.name for q in quotes] == ["his wife", "Bennet", "his wife", "Bennet"]
    assert [q.method for q in quotes] == ["pattern", "carry-over", "carry-over", "carry-over"]


def test_news_carry_over_keeps_the_last_speaker() -> None:
    """In news a quoted paragraph with no cue goes on with the speaker before it (one speech, many
    paragraphs), even when that speaker named someone."""
    text = (
        "\u201cWe will rebuild the bridge, Mr. Reyes, and we will do it this year,\u201d Mayor Ann Cole said.\n\n"
        "\u201cThe money is there and the crews are ready to start in the spring.\u201d"
    )
    quotes = quotetrack.extract(text, genre="news")
    assert [q.speaker.name for q in quotes] == ["Ann Cole", "Ann Cole"]
