"""Spec table for fiction's dialogue tags and beats (`quotetrack.dialogue`), read with ``genre="fiction"``.

Each row is ``(text, expected)``: one ``(content, speaker mention, cue)`` per quote, in document order. The
texts are written for these tests and the expected values worked out by hand. A line's content leaves out
the comma that stands for its full stop, as in news.
"""

from __future__ import annotations

import pytest

import quotetrack


def lines(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = quotetrack.extract(text, genre="fiction")
    return [
        (
            q.content.text,
            q.speaker_mention.text if q.speaker_mention else None,
            q.cue.text if q.cue else None,
        )
        for q in quotes
    ]


TAGS = [
    # inverted tags with verbs no reporting lexicon lists
    ('"I love common workmen," glowed Carol.', [("I love common workmen", "Carol", "glowed")]),
    (
        '"Surely she could learn Persian," broke in a thin, elderly gentleman.',
        [("Surely she could learn Persian", "a thin, elderly gentleman", "broke")],
    ),
    # a described speaker ends before a preposition
    ('"Good night," said the man with the basket.', [("Good night", "the man", "said")]),
    # a noun ending in -ly is the speaker's noun, not the manner of speaking
    ('"We are ready to go," said the whole family.', [("We are ready to go", "the whole family", "said")]),
    # subject first, with an adverb, a name of two words, an irregular verb
    ('"Sure there are!" Big Medicine bellowed unexpectedly.', [("Sure there are!", "Big Medicine", "bellowed")]),
    ('"I know," the old man replied with a smile.', [("I know", "the old man", "replied")]),
    ('"By gosh, a man might do worse," Cal began, eyeing him.', [("By gosh, a man might do worse", "Cal", "began")]),
    # a tag before the line, also opening its sentence with the verb
    ('Then says I, "Not one step further."', [("Not one step further.", "I", "says")]),
    (
        'All day she had asked him questions. Said she:\n\n"Was it warm in school?"',
        [("Was it warm in school?", "she", "Said")],
    ),
    # the manner after an inverted tag is no part of the speaker; an -ly adjective before a noun is
    ('"In short," concluded the parson, decisively smacking his leg.', [("In short", "the parson", "concluded")]),
    ('"Go away," glowered the boy sullenly.', [("Go away", "the boy", "glowered")]),
    ('"Sit down," beckoned the elderly man.', [("Sit down", "the elderly man", "beckoned")]),
    # a line resuming in lower case after its tag and an adjunct goes on with the same speaker, whatever follows
    (
        '"Are you for a walk," said Tom to his friend, as they rose from the table; "or shall we ride?" Ned '
        "preferred the former.",
        [("Are you for a walk", "Tom", "said"), ("or shall we ride?", "Tom", "said")],
    ),
    # ... and a tag read in the adjunct between ("a voice like thunder") is not the resumed line's
    (
        '"Tell me when dinner is ready," he said, in a voice like thunder; "and if she wants a fire, light it."',
        [("Tell me when dinner is ready", "he", "said"), ("and if she wants a fire, light it.", "he", "said")],
    ),
    # ... but a tag of its own, in the lexicon, names its own speaker
    (
        '"Are you for a walk," said Tom to his friend, as they rose from the table; "or shall we ride?" Ned asked.',
        [("Are you for a walk", "Tom", "said"), ("or shall we ride?", "Ned", "asked")],
    ),
    # ... and so does a line opening in capitals after a full stop
    (
        '"Tell me when dinner is ready," he said, in a voice like thunder. "If she wants a fire," cried the maid, '
        '"light it."',
        [
            ("Tell me when dinner is ready", "he", "said"),
            ("If she wants a fire", "the maid", "cried"),
            ("light it.", "the maid", "cried"),
        ],
    ),
    # a verb of hearing tags the listener: the one heard saying the line speaks it
    ('"Go home," Tom heard the old man mutter.', [("Go home", "the old man", "mutter")]),
    (
        'Men came in. "What desolation!" she heard one voice say. "That poor woman!"',
        [("What desolation!", "one voice", "say"), ("That poor woman!", "one voice", "say")],
    ),
    # ... but with no one heard speaking after it, the tag stays as it is
    ('"Go home," Tom heard.', [("Go home", "Tom", "heard")]),
]

BEATS = [
    # a name the text uses inside a sentence may open a beat
    (
        'They sent for Harriet. Harriet laughed at them. "You are all of you quite mad."',
        [("You are all of you quite mad.", "Harriet", None)],
    ),
    # a beat after the line, in the same paragraph, with no cue
    ('"Nothing but the impression"--he tapped his heart.', [("Nothing but the impression", "he", None)]),
    ('"It is in old ink." He hung fire again.', [("It is in old ink.", "He", None)]),
    # a beat before the line
    ('He looked at me. "You are very acute indeed."', [("You are very acute indeed.", "He", None)]),
    # a described subject reaches its person noun, not only an adjective
    ('"Very well, sir." The little boy was taken away.', [("Very well, sir.", "The little boy", None)]),
    # ... and a person noun fiction uses that the news titles lack ("stripling")
    ('The lath-like stripling frowned. "Who be you, then?"', [("Who be you, then?", "The lath-like stripling", None)]),
]

NO_SPEAKER = [
    # a beat whose subject stops at an adjective before a noun for no person ("stick") has no speaker
    ('The lath-like stick snapped. "Who be you, then?"', [("Who be you, then?", None, None)]),
    # narration that begins a new paragraph is not a beat
    ('"Are you coming?"\n\nHe went out.', [("Are you coming?", None, None)]),
    # a word that opens sentences is not a name ("Then", "This")
    ('"It is very late now." Then the clock struck.', [("It is very late now.", None, None)]),
    ('"Good evening, doctor." This was said gravely.', [("Good evening, doctor.", None, None)]),
    # a capitalised word that is no name of the text, and a base-form verb after a singular subject
    ('"Come here at once!" No answer came.', [("Come here at once!", None, None)]),
    ('With a sigh the day ended. "We must go now, all of us."', [("We must go now, all of us.", None, None)]),
    # a capitalised verb opening a sentence tags a line only with a pronoun right after it
    (
        'The coat was dear. Said to be the best in town, it hung alone:\n\n"I will take it at once."',
        [("I will take it at once.", None, None)],
    ),
    # an -ed word of narration after a line is not a tag verb
    ('"Yes," seemed the answer.', [("Yes", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), TAGS + BEATS + NO_SPEAKER)
def test_fiction_lines_take_their_speaker_from_tags_and_beats(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert lines(text) == expected


def test_news_does_not_read_tags_with_unlisted_verbs() -> None:
    quotes = quotetrack.extract('"I love common workmen," glowed Carol.', genre="news")
    assert all(q.cue is None or q.cue.text != "glowed" for q in quotes)


def test_an_attributed_line_keeps_its_attribution() -> None:
    # the reporting rules already found "said Jane"; the tag reader does not second-guess them
    assert lines('"We must go," said Jane. She rose.') == [("We must go", "Jane", "said")]
