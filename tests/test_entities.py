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
    pytest.param(
        "Senator Ann Pike (D-Ohio) said the bill was weak. Pike said she would vote against it.",
        [("Ann Pike", PERSON)] * 2,
        id="party-and-state-in-brackets",
    ),
    pytest.param(
        "A spokesman for the firm, Jo Park, said the deal was off. Park said talks had ended.",
        [("Jo Park", PERSON)] * 2,
        id="description-then-name",
    ),
    pytest.param(
        "“We test it daily,” the utility’s director, Ray Moss, said. Moss said the pipes were new.",
        [("Ray Moss", PERSON)] * 2,
        id="inverted-description-then-name",
    ),
    pytest.param(
        "Jo Park, Jr., said the deal was off.",  # no lowercase description before the comma: one name
        [("Jo Park", PERSON)],
        id="name-with-suffix",
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
    pytest.param(
        "Senator Ann Pike said the bill was weak. Pike, who backed the plan in May, argued that it was fair.",
        [("Ann Pike", PERSON)] * 3,
        id="who-right-after-a-name-is-that-name",
    ),
    pytest.param(
        "Ann Pike said the bill was weak. Then, who knows why, the vote failed.",
        [("Ann Pike", PERSON), ("who", SpeakerKind.UNKNOWN)],
        id="who-after-another-word-is-no-name",
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


def test_plural_people_nouns_are_groups() -> None:
    """A plural naming people ("Officers said", "Fans said") is a group, not one person."""
    for text in ("Officers said he had a knife.", "Fans said the game was great.", "Judges said the law was clear."):
        (speaker,) = quotetrack.analyze(text).speakers
        assert speaker.kind is GROUP, text


def test_company_suffix_is_no_letter_of_an_acronym() -> None:
    """ "Apple Inc." implies no "AI": a company suffix is left out of the initials, as "of" is."""
    (speaker,) = quotetrack.analyze("Apple Inc. said its sales fell.").speakers
    assert speaker.aliases == ()
    (speaker,) = quotetrack.analyze("General Motors Co. said its sales fell.").speakers
    assert (speaker.name, speaker.kind, "GM" in speaker.aliases) == ("General Motors Co", ORG, True)
    (speaker,) = quotetrack.analyze("Chief Executive Jo Park of Acme Inc. said profits fell.").speakers
    assert speaker.kind is PERSON  # a title before a person "of" a company stays the person's


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
    """A quoted paragraph with no cue gets the speaker of the quote before it (a sentence of narration in between
    keeps it a quote of its own: right after the quote, news joins it to that quote)."""
    text = (
        '"We will rebuild the bridge," said Mayor Jane Doe. Work was due to start soon.\n\n'
        '"The work starts in spring and ends before winter."'
    )
    quotes = quotetrack.extract(text)
    assert [(q.speaker.name if q.speaker else None, q.method) for q in quotes] == [
        ("Jane Doe", "pattern"),
        ("Jane Doe", "carry-over"),
    ]


def test_carry_over_takes_no_speaker_from_the_content_itself() -> None:
    """A name inside what is reported is its topic, not who reports it: with no source named, the narration's
    person is looked for outside the quote's own content; one before it still counts."""
    text = "Yesterday, there were reports suggesting Lee knew."
    assert [q.speaker.name if q.speaker else None for q in quotetrack.extract(text)] == [None]
    text = "Ann Cole frowned. Yesterday, there were reports suggesting Lee knew."
    assert [q.speaker.name if q.speaker else None for q in quotetrack.extract(text)] == ["Ann Cole"]


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


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(FAST_RANGE + "MrsDSenJT.&'’- \n\t\x1c\u2028é"), max_size=120))
def test_name_scan_tokens_are_the_patterns_tokens(text: str) -> None:
    """The name scan's token ends and texts, summed from whitespace-and-token chunks, are the tokens that the
    patterns find one match at a time, on either side of the fast range."""
    import attrs

    from quotetrack.backends.rules import OUTSIDE_FAST_RANGE, RulesBackend
    from quotetrack.entities import _FAST_TOKEN, _TOKEN, _scan_tokens

    pattern = _TOKEN if OUTSIDE_FAST_RANGE.search(text) else _FAST_TOKEN
    expected = [(m.end(), m.group()) for m in pattern.finditer(text)]
    doc = RulesBackend().parse(text)
    for parsed in (doc, attrs.evolve(doc, backend="other")):  # split again where the rules' tokens differ, or all
        ends, words = _scan_tokens(parsed)
        assert list(zip(ends, words, strict=True)) == expected


@settings(max_examples=1000)
@given(
    st.lists(
        st.sampled_from([*"aAsSJMU.,/:'’-‐&_09 \n()\"…—", "Mr", "Sen", "Messrs", "U.S.", "http://", "'s", "--", "..."]),
        max_size=30,
    ).map("".join)
)
def test_name_scan_tokens_from_the_rules_tokens(text: str) -> None:
    """Where the rules backend's tokens differ from the name scan's (joiners, possessives, titles' periods), the
    scan splits that run of characters again: its tokens are those of its own pattern."""
    from quotetrack.backends.rules import RulesBackend
    from quotetrack.entities import _FAST_TOKEN, _scan_tokens

    ends, words = _scan_tokens(RulesBackend().parse(text))
    assert list(zip(ends, words, strict=True)) == [(m.end(), m.group()) for m in _FAST_TOKEN.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. J. R. Doe of the U.S. said so.",  # a title's and an initial's period; an initialism
        "AT&T's well- and ill-paid staff, 1,000 of them, left at 10:30 a.m. on 24/7 duty...",
        "Mr.Doe -- the rock'n'roll star's 'so-called' fans' club -- and Jones'S '90s rock'9 http://x.y/z",
        "Plain words, and nothing else. None at all!",
    ],
)
def test_name_scan_tokens_on_tricky_runs(text: str) -> None:
    """The joins the two tokenisers treat differently, each split again from the text."""
    from quotetrack.backends.rules import RulesBackend
    from quotetrack.entities import _FAST_TOKEN, _scan_tokens

    ends, words = _scan_tokens(RulesBackend().parse(text))
    assert list(zip(ends, words, strict=True)) == [(m.end(), m.group()) for m in _FAST_TOKEN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Presently Tom Hale came in.\n\n"We are late," he said.', "Tom Hale"),
        ('Suddenly Anna Berg stood up.\n\n"We are leaving," she said.', "Anna Berg"),
        ('Emily Stone arrived first.\n\n"Sit down," she said.', "Emily Stone"),
        ('They circled each other. Finally Tom Hale said:\n\n"I can lick you!"', "Tom Hale"),
        ('Upon Warwick\'s entrance the room fell silent.\n\n"Good morning," he said.', "Warwick"),
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
    paragraphs), even when that speaker named someone. (Right after the quote it would join it.)"""
    text = (
        "\u201cWe will rebuild the bridge, Mr. Reyes, and we will do it this year,\u201d Mayor Ann Cole said. "
        "It was her third term.\n\n"
        "\u201cThe money is there and the crews are ready to start in the spring.\u201d"
    )
    quotes = quotetrack.extract(text, genre="news")
    assert [q.speaker.name for q in quotes] == ["Ann Cole", "Ann Cole"]


def fiction_speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotetrack.extract(text, genre="fiction")]


# Fiction's nameless speakers take a name the story gives them. Each row: a text written for the test and
# the speaker name of every line; every rule has a row where it must not apply.
FICTION_NAMES = [
    pytest.param(
        "I sat by the window with my friend Hale.\n\n"
        "\u201cWell, my dear Ward, what do you make of it?\u201d asked Hale.\n\n"
        "\u201cIt is a walking stick,\u201d I said.\n\n"
        "\u201cQuite so. And the owner?\u201d\n\n"
        "\u201cA doctor, I think.\u201d\n\n"
        "\u201cExcellent, Ward. You are sharper than you look.\u201d",
        ["Hale", "Ward", "Hale", "Ward", "Hale"],
        id="a narrator is who the other voice calls by name",
    ),
    pytest.param(
        "Jane came down to breakfast late.\n\n"
        "\u201cYou are late, Jane,\u201d said her mother.\n\n"
        "\u201cI slept badly.\u201d\n\n"
        "\u201cThen sit down, Jane, and eat.\u201d",
        ["her mother", "Jane", "her mother"],
        id="a described speaker keeps the description: a vocative names the other voice",
    ),
    pytest.param(
        "An old parson rode up the lane.\n\n"
        "\u201cGood night,\u201d said the parson.\n\n"
        "The parson stopped his horse.\n\n"
        "\u201cI am Parson Grey, of Stow,\u201d he said.",
        ["Parson Grey", "Parson Grey"],
        id="a speaker who introduces himself; narration's 'The parson' is the antecedent of 'he'",
    ),
    pytest.param(
        "An old parson rode up the lane.\n\n"
        "\u201cGood night,\u201d said the parson.\n\n"
        "\u201cI am Tom Grey's uncle, and I live at Stow.\u201d",
        ["the parson", "the parson"],
        id="no introduction: a possessive names someone else",
    ),
    pytest.param(
        "Mr. Hale sat by the fire.\n\n"
        "\u201cDo you not want to know?\u201d cried his wife impatiently.\n\n"
        "Mrs. Hale went out, and Miss Hale came in.",
        ["Hale"],
        id="his wife is Mrs. Hale when his is Mr. Hale",
    ),
    pytest.param(
        "Mr. Hale sat by the fire.\n\n\u201cDo you not want to know?\u201d cried his wife.\n\nMiss Hale came in.",
        ["his wife"],
        id="no Mrs. Hale in the story: Miss Hale is not his wife",
    ),
    pytest.param(
        "Mr. Hale and Mrs. Hale sat by the fire with Ann.\n\n"
        "\u201cMay I go to the ball?\u201d asked Ann.\n\n"
        "\u201cYou may not,\u201d said her mother.\n\n"
        "\u201cPlease, mamma.\u201d\n\n"
        "\u201cNo, Ann,\u201d said Mrs. Hale.",
        ["Ann", "Hale", "Ann", "Hale"],
        id="her mother is the Mrs. Hale who speaks in the scene when the story has a Mr. Hale",
    ),
    pytest.param(
        "Mrs. Hale sat by the fire with Ann.\n\n"
        "\u201cMay I go to the ball?\u201d asked Ann.\n\n"
        "\u201cYou may not,\u201d said her mother.\n\n"
        "\u201cPlease, mamma.\u201d\n\n"
        "\u201cNo, Ann,\u201d said Mrs. Hale.",
        ["Ann", "her mother", "Ann", "Hale"],
        id="no Mr. Hale: Mrs. Hale may be anyone's mother",
    ),
    pytest.param(
        "Mr. Hale and Mrs. Hale sat by the fire with Ann.\n\n"
        "\u201cMay I go to the ball?\u201d asked Ann.\n\n"
        "\u201cYou may not,\u201d said her mother.\n\n"
        "\u201cPlease, mamma.\u201d\n\n"
        "\u201cNo, Ann,\u201d said Kate.",
        ["Ann", "her mother", "Ann", "Kate"],
        id="Mrs. Hale does not speak in the scene: her mother stays",
    ),
    pytest.param(
        "Tom came home late, and Polly was waiting.\n\n"
        "\u201cTom, where have you been?\u201d asked Polly.\n\n"
        "\u201cNowhere.\u201d\n\n"
        "\u201cNowhere! Look at your hands, Tom.\u201d",
        ["Polly", "Tom", "Polly"],
        id="a line that calls Tom by name is not his",
    ),
    pytest.param(
        "The two women sat down to tea in the parlour.\n\n"
        "\u201cWho has taken the house?\u201d said Ann.\n\n"
        "\u201cBingley.\u201d\n\n"
        "\u201cIs he rich?\u201d",
        ["Ann", "Ann", "Ann"],
        id="a line that is only a name answers, it calls no one",
    ),
    pytest.param(
        "An old man sat on the stile, and a doctor rode up the lane.\n\n"
        "\u201cGood evening,\u201d said the old man.\n\n"
        "\u201cGood evening,\u201d said the doctor.\n\n"
        "\u201cIs it far to Stow?\u201d\n\n"
        "\u201cThree miles,\u201d said the doctor.\n\n"
        "\u201cThen I shall be late.\u201d\n\n"
        "\u201cYou will,\u201d the doctor said.\n\n"
        "\u201cI am always late,\u201d said Hobbs.",
        ["Hobbs", "the doctor", "Hobbs", "the doctor", "Hobbs", "the doctor", "Hobbs"],
        id="a description is the name tagged on its turns while one other voice takes the rest",
    ),
    pytest.param(
        "An old man sat on the stile, and a doctor rode up the lane.\n\n"
        "\u201cGood evening,\u201d said the old man.\n\n"
        "\u201cGood evening,\u201d said the doctor.\n\n"
        "\u201cIs it far to Stow?\u201d\n\n"
        "\u201cThree miles,\u201d said a boy.\n\n"
        "\u201cThen I shall be late.\u201d\n\n"
        "\u201cYou will,\u201d the doctor said.\n\n"
        "\u201cI am always late,\u201d said Hobbs.",
        ["the old man", "the doctor", "the old man", "a boy", "the doctor", "the doctor", "Hobbs"],
        id="no such naming when a third voice comes between",
    ),
    pytest.param(
        "An old man sat on the stile, and a doctor rode up the lane.\n\n"
        "\u201cGood evening,\u201d said the old man.\n\n"
        "\u201cGood evening,\u201d said the doctor.\n\n"
        "\u201cIs it far to Stow?\u201d\n\n"
        "\u201cThree miles.\u201d\n\n"
        "\u201cThen I shall be late,\u201d said Hobbs.",
        ["the old man", "the doctor", "the old man", "the doctor", "Hobbs"],
        id="nor when a single tagged turn between shows the two voices",
    ),
    pytest.param(
        "A lad came up the lane, and a doctor rode beside him.\n\n"
        "\u201cGood evening,\u201d said the lad.\n\n"
        "\u201cGood evening,\u201d said the doctor.\n\n"
        "\u201cIs it far to Stow?\u201d\n\n"
        "\u201cThree miles,\u201d said the doctor.\n\n"
        "\u201cThen I shall be late.\u201d\n\n"
        "\u201cYou will,\u201d the doctor said.\n\n"
        "\u201cI am always late,\u201d said Hobbs.",
        ["Hobbs", "the doctor", "Hobbs", "the doctor", "Hobbs", "the doctor", "Hobbs"],
        id="a person noun fiction tags with ('the lad') names the speaker too",
    ),
    pytest.param(
        "Hobbs was asleep in the inn. A lad came up the lane, and a doctor rode beside him.\n\n"
        "\u201cGood evening,\u201d said the lad.\n\n"
        "\u201cGood evening,\u201d said the doctor.\n\n"
        "\u201cIs it far to Stow?\u201d\n\n"
        "\u201cThree miles,\u201d said the doctor.\n\n"
        "\u201cThen I shall be late.\u201d\n\n"
        "\u201cYou will,\u201d the doctor said.\n\n"
        "\u201cI am always late,\u201d said Hobbs.",
        ["the lad", "the doctor", "the lad", "the doctor", "the lad", "the doctor", "Hobbs"],
        id="not a name the story gave before the description: the description would have used it",
    ),
    pytest.param(
        "An officer came to the door. The officer, whose name was Blakeney, knocked twice.\n\n"
        "\u201cIs the captain in?\u201d said the officer.",
        ["Blakeney"],
        id="'the officer, whose name was Blakeney,': the description is the name",
    ),
    pytest.param(
        "The old man sat down on the bank. His name was Durbeyfield.\n\n"
        "\u201cI am tired,\u201d said the old man.\n\n"
        "\u201cThen rest,\u201d said Fred.",
        ["Durbeyfield", "Fred"],
        id="'His name was Durbeyfield' names the man the narration just described",
    ),
    pytest.param(
        "The old man sat down on the bank. Her name was Joan.\n\n"
        "\u201cI am tired,\u201d said the old man.\n\n"
        "\u201cThen rest,\u201d said Fred.",
        ["The old man", "Fred"],
        id="'Her name' does not name a man",
    ),
    pytest.param(
        "\u201cThe old man sat down. His name was Durbeyfield,\u201d said Tom.\n\n"
        "\u201cI am tired,\u201d said the old man.",
        ["Tom", "The old man"],
        id="a naming inside a line is a story told, not the narration's",
    ),
    pytest.param(
        "The girls stared at the fire. Ann said only, \u201cNonsense, nonsense!\u201d\n\n"
        "\u201cWhat can you mean by that?\u201d cried he.\n\n"
        "\u201cNonsense! I mean nothing.\u201d",
        ["Ann", "he", "Ann"],
        id="a word the text also writes in lower case is no vocative: 'he' is not named 'Nonsense'",
    ),
    pytest.param(
        "The girls stared at the fire. Ann said only, \u201cNonsense, Bingley!\u201d\n\n"
        "\u201cWhat can you mean by that?\u201d cried he.\n\n"
        "\u201cBingley! I mean nothing.\u201d",
        ["Ann", "Bingley", "Ann"],
        id="a name the text writes only capitalised still names him",
    ),
]

# Fiction's pronoun tags and turn-taking. Same form: a text and the speaker name of every line.
FICTION_TURNS = [
    pytest.param(
        '"Where were you all morning?" asked Ruth.\n\n'
        '"Down by the river," said Owen.\n\n'
        '"\'Tis a grand day, Ruth, and you slept through it."',
        ["Ruth", "Owen", "Owen"],
        id="an elision opening a line is no inner quotation: the name after it is still called",
    ),
    pytest.param(
        "Mr. Grey rode up to the gate, where Tom stood waiting.\n\n"
        "\u201cHow long have you known, Mr. Grey?\u201d said Tom.\n\n"
        "The old man explained that Tom had asked him once before.\n\n"
        "\u201cSince the spring,\u201d said he.",
        ["Tom", "Grey"],
        id="'said he' answers the man the line before called by name",
    ),
    pytest.param(
        "I walked with my cousin along the shore.\n\n"
        "\u201cWhere are we going?\u201d I asked.\n\n"
        "\u201cTo the lighthouse,\u201d he said.",
        ["I", "he"],
        id="'he' is never the narrator",
    ),
    pytest.param(
        "The ladies sat by the fire, and Mr. Lowe stood at the door.\n\n"
        "\u201cIt is cold,\u201d said one of the women.\n\n"
        "\u201cThen close the door,\u201d he said.",
        ["one of the women", "Lowe"],
        id="one of the women is a woman",
    ),
    pytest.param(
        "\u201cMy dear Mr. Hale,\u201d said his lady to him one day, \u201chave you heard the news?\u201d\n\n"
        "Mr. Hale replied that he had not.\n\n"
        "\u201cBut it is true,\u201d returned she.",
        ["his lady", "his lady", "his lady"],
        id="'to him' after 'his lady' is someone else: she is his lady",
    ),
    pytest.param(
        "Ann, Mary and Kate sat at the table.\n\n"
        "\u201cIs it raining?\u201d asked Ann.\n\n"
        "\u201cNot yet,\u201d said Mary.\n\n"
        "\u201cIt will soon.\u201d\n\n"
        "\u201cNot so, Kate. The sky is clear.\u201d",
        ["Ann", "Mary", "Kate", "Mary"],
        id="the line after calls the speaker by name",
    ),
    pytest.param(
        "Emma was a tall woman. She came from Devonshire and kept her accent.\n\n\u201cRun upstairs,\u201d she said.",
        ["Emma"],
        id="a name after 'from' is a place, not 'she'",
    ),
    pytest.param(
        "\u201cCome in,\u201d said Tom.\n\nThe door closed.\n\nThe night passed.\n\nThe rain fell.\n\n"
        "Morning came.\n\nJack Hale came down to the yard. The barn was empty. The rain had stopped.\n\n"
        "\u201cWhere is everyone?\u201d he said.",
        ["Tom", "Jack Hale"],
        id="the speaker of an earlier scene is no antecedent",
    ),
    pytest.param(
        "\u201cI miss her,\u201d said Jack.\n\n"
        "\u201cSo do I.\u201d Locking his hands behind his head, he said, \u201cShe was brave.\u201d",
        ["Jack", "Jack", "Jack"],
        id="a participle opening the narration after a line is no name",
    ),
    pytest.param(
        "\u201cCome here, boy,\u201d said Tom.\n\n"
        "\u201cWhat for?\u201d\n\n"
        "\u201cTo carry this basket.\u201d\n\n"
        "\u201cIt is too heavy.\u201d\n\n"
        "\u201cNonsense, it is light.\u201d\n\n"
        "Ned lifted the basket and groaned.\n\n"
        "\u201cHere is a penny for you,\u201d said Tom.\n\n"
        "\u201cThank you,\u201d said Ned.",
        ["Tom", "Ned", "Tom", "Ned", "Tom", "Tom", "Ned"],
        id="turns keep the phase of their own run of lines: Tom goes on after the narration",
    ),
    pytest.param(
        "\u201cIs it far?\u201d asked Ann.\n\n"
        "\u201cTwo miles,\u201d said Ned.\n\n"
        "They walked on in silence.\n\n"
        "\u201cShall we rest?\u201d\n\n"
        "\u201cNot yet.\u201d",
        ["Ann", "Ned", "Ann", "Ned"],
        id="a run with no known speaker takes its phase across the narration",
    ),
    pytest.param(
        "Mr. Grey rode up to the gate, where Tom stood waiting.\n\n"
        "\u201cHow long have you known, Mr. Grey?\u201d said Tom.\n\n"
        "The old man looked at the sky.\n\n"
        "\u201cSince the spring,\u201d said he. \u201cI told you so at the fair.\u201d",
        ["Tom", "Grey", "Grey"],
        id="two pieces of one line share their tag's 'he', so their speaker",
    ),
    pytest.param(
        "\u201cWhere is Ann?\u201d said Tom.\n\n"
        "Ann came in from the garden.\n\n"
        "\u201cHere I am,\u201d said she.\n\n"
        "\u201cGood,\u201d said he.",
        ["Tom", "Ann", "Tom"],
        id="each line's own pronoun tag is resolved on its own",
    ),
    pytest.param(
        "Kitty and Lizzy sat with their father.\n\n"
        "\u201cI do not cough for fun,\u201d replied Kitty. \u201cWhen is your next ball to be, Lizzy?\u201d\n\n"
        "\u201cTo-morrow fortnight.\u201d\n\n"
        "\u201cSo soon!\u201d",
        ["Kitty", "Kitty", "Lizzy", "Kitty"],
        id="the name called in the last piece of a paragraph answers next",
    ),
    pytest.param(
        "Kitty and Lizzy sat with their father.\n\n"
        "\u201cI do not cough for fun,\u201d replied Kitty. \u201cWhen is Lizzy's ball to be?\u201d\n\n"
        "\u201cTo-morrow fortnight.\u201d\n\n"
        "\u201cSo soon!\u201d said Kitty.\n\n"
        "\u201cYes,\u201d said Mary.",
        ["Kitty", "Kitty", "Mary", "Kitty", "Mary"],
        id="a possessive name in that piece calls no one",
    ),
    pytest.param(
        "Ann, Tom and Kate sat by the fire.\n\n"
        "\u201cGood night, all,\u201d said Kate.\n\n"
        "\u201cIs it late?\u201d asked Ann.\n\n"
        "\u201cNot yet.\u201d\n\n"
        "\u201cIt feels late.\u201d\n\n"
        "\u201cIt is only nine,\u201d said Tom.",
        ["Kate", "Ann", "Tom", "Ann", "Tom"],
        id="three voices: the lines between Ann and Tom alternate between those two",
    ),
    pytest.param(
        "Ann and Kate sat by the fire.\n\n"
        "\u201cGood night, all,\u201d said Kate.\n\n"
        "\u201cIs it late?\u201d asked Ann.\n\n"
        "\u201cNot yet.\u201d\n\n"
        "\u201cIt feels late.\u201d\n\n"
        "\u201cIt is only nine,\u201d said the girl.",
        ["Kate", "Ann", "Kate", "Ann", "the girl"],
        id="not when one of the two is a description that may be the other: 'the girl' may be Ann",
    ),
    pytest.param(
        "Nell passed the letter to her aunt.\n\n"
        "\u201cI can tell you nothing, Kate. I know no more than you.\u201d She laughed.\n\n"
        "\u201cIt is too sudden.\u201d\n\n"
        "\u201cWho knows!\u201d\n\n"
        "\u201cBut Nell dear--\u201d\n\n"
        "\u201cI shall fetch the letters,\u201d said Nell.\n\n"
        "\u201cI still feel uneasy, Nell.\u201d",
        ["Nell", "Kate", "Nell", "Kate", "Nell", "Kate"],
        id="the only known voice talks with the one it calls by name elsewhere: that one takes the other turns",
    ),
    pytest.param(
        "Nell passed the letter to her aunt.\n\n"
        "\u201cI can tell you nothing. I know no more than you.\u201d She laughed.\n\n"
        "\u201cIt is too sudden.\u201d\n\n"
        "\u201cWho knows!\u201d\n\n"
        "\u201cBut Nell dear--\u201d\n\n"
        "\u201cI shall fetch the letters,\u201d said Nell.\n\n"
        "\u201cI still feel uneasy, Nell.\u201d",
        ["Nell", "Nell", "Nell", "Nell", "Nell", "Nell"],
        id="not when no line of hers calls anyone: no other voice is known",
    ),
    pytest.param(
        "Jack met a thin lad on the road.\n\n"
        "\u201cGood day, Fred,\u201d said Jack.\n\n"
        "\u201cGood day,\u201d said the thin lad.\n\n"
        "\u201cIs it far to the fair?\u201d asked Jack.\n\n"
        "\u201cTwo miles.\u201d\n\n"
        "\u201cThen we shall be late.\u201d",
        ["Jack", "the thin lad", "Jack", "Fred", "Jack"],
        id="when only a description is the other known voice, the name the speaker calls takes its turns",
    ),
    pytest.param(
        "Jack met a thin lad on the road.\n\n"
        "\u201cGood day, Fred,\u201d said Jack.\n\n"
        "\u201cGood day,\u201d said Tom.\n\n"
        "\u201cIs it far to the fair?\u201d asked Jack.\n\n"
        "\u201cTwo miles.\u201d\n\n"
        "\u201cThen we shall be late.\u201d",
        ["Jack", "Tom", "Jack", "Tom", "Jack"],
        id="not when the other known voice has a name",
    ),
    pytest.param(
        "Tom hid under the table. A hand pulled the cloth away.\n\n"
        "\u201cYou bad boy, you will catch it.\u201d\n\n"
        "\u201cHello, Emma!\u201d he said.",
        ["Emma", "Tom"],
        id="the narration names Tom, but Tom's tagged line next to it calls Emma: the line is hers",
    ),
    pytest.param(
        "Tom hid under the table. A hand pulled the cloth away.\n\n"
        "\u201cYou bad boy, you will catch it.\u201d\n\n"
        "\u201cHello!\u201d he said.",
        ["Tom", "Tom"],
        id="not when that line calls no one",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FICTION_NAMES + FICTION_TURNS)
def test_fiction_speakers_take_the_names_the_story_gives(text: str, expected: list[str]) -> None:
    assert fiction_speakers(text) == expected


def test_spouses_are_two_speakers_sharing_a_surname() -> None:
    """ "his wife" joins Mrs. Hale, not Mr. Hale, though both are called Hale."""
    text = (
        "Mr. Hale sat by the fire.\n\n"
        "\u201cDo you not want to know?\u201d cried his wife.\n\n"
        "\u201cYou want to tell me,\u201d said Mr. Hale.\n\n"
        "Mrs. Hale went out."
    )
    wife, husband = (q.speaker for q in quotetrack.extract(text, genre="fiction"))
    assert wife is not husband
    assert wife is not None
    assert wife.name == "Mrs. Hale"
    assert husband is not None
    assert husband.name == "Mr. Hale"


# Speakers whose canonical names are the same keep the honorific that tells them apart. Each row: a text
# written for the test, its genre and the speaker name of every line.
HONORIFIC_NAMES = [
    pytest.param(
        "Mr. Hale and Mrs. Hale sat by the fire.\n\n"
        "\u201cIt is late,\u201d said Mrs. Hale.\n\n"
        "\u201cSo it is,\u201d said Mr. Hale.",
        "fiction",
        ["Mrs. Hale", "Mr. Hale"],
        id="husband and wife",
    ),
    pytest.param(
        "\u201cThe talks failed,\u201d Mr. Park said on Monday.\n\n\u201cWe will try again,\u201d said Ms. Park, his sister.",
        "news",
        ["Mr. Park", "Ms. Park"],
        id="news: two people of one surname",
    ),
    pytest.param(
        "Mr. Hale and Mrs. Hale sat by the fire.\n\n"
        "\u201cIt is late,\u201d said Mrs. Hale.\n\n"
        "\u201cSo it is,\u201d said Mrs. Hale again.",
        "fiction",
        ["Hale", "Hale"],
        id="only one of them speaks: the plain name",
    ),
]


@pytest.mark.parametrize(("text", "genre", "expected"), HONORIFIC_NAMES)
def test_speakers_sharing_a_name_keep_their_honorifics(text: str, genre: str, expected: list[str]) -> None:
    """Two speakers both called "Hale" are shown as "Mr. Hale" and "Mrs. Hale"; one alone stays "Hale"."""
    assert [q.speaker.name if q.speaker else None for q in quotetrack.extract(text, genre=genre)] == expected


def test_a_dash_is_no_part_of_a_name() -> None:
    """ "Tom--a touch of doubt": the name is Tom; a hyphen inside a word stays ("Al-Assad")."""
    from quotetrack.entities import _TOKEN

    assert [m.group() for m in _TOKEN.finditer("Tom--a Al-Assad")] == ["Tom", "-", "-", "a", "Al-Assad"]
