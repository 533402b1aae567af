"""Tests for quotetrack.lexicons: the packaged word lists load, resolve and validate."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotetrack
from quotetrack.errors import LexiconError
from quotetrack.lexicons import CueEntry, Lexicons, default_lexicons, load_lexicons


@pytest.fixture(scope="module")
def lexicons() -> Lexicons:
    """The packaged lexicons, loaded once for the module."""
    return default_lexicons()


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("say", "say"),
        ("said", "say"),
        ("says", "say"),
        ("saying", "say"),
        ("told", "tell"),
        ("telling", "tell"),
        ("wrote", "write"),
        ("written", "write"),
        ("tweeted", "tweet"),
        ("warned", "warn"),
        ("insisted", "insist"),
        ("admitted", "admit"),
        ("spoken", "speak"),
        ("thought", "think"),
        ("shown", "show"),
        ("denies", "deny"),
        ("emphasised", "emphasise"),
    ],
)
def test_inflected_forms_resolve_to_their_lemma(lexicons: Lexicons, form: str, lemma: str) -> None:
    """Each inflected form of a reporting verb maps to its lemma."""
    assert lexicons.cue_verbs[form].lemma == lemma


@pytest.mark.parametrize(
    ("form", "cue_class"),
    [
        ("said", "speech"),
        ("thinks", "thought"),
        ("believed", "thought"),
        ("showed", "evidence"),
        ("found", "evidence"),
        ("wrote", "writing"),
        ("tweeting", "writing"),
    ],
)
def test_verb_classes(lexicons: Lexicons, form: str, cue_class: str) -> None:
    """Verbs carry the class of content they report."""
    assert lexicons.cue_verbs[form].cue_class == cue_class
    assert lexicons.cue_verbs[form].role == "verb"


def test_every_verb_form_is_lowercase_and_single_token(lexicons: Lexicons) -> None:
    """Verb keys are lowercase single tokens, so a token's lowercase form can be looked up directly."""
    bad = [form for form in lexicons.cue_verbs if form != form.lower() or " " in form]
    assert bad == []


@pytest.mark.parametrize(
    ("phrase", "cue_class", "role"),
    [
        ("according to", "speech", "object"),
        ("in a statement", "writing", "channel"),
        ("told reporters", "speech", "subject"),
        ("pointed out", "speech", "subject"),
        ("was quoted as saying", "speech", "subject"),
        ("on x", "writing", "channel"),
        ("at a news conference", "speech", "channel"),
        ("attacks on", "stance", "possessor"),
    ],
)
def test_phrases_load_as_token_tuples(lexicons: Lexicons, phrase: str, cue_class: str, role: str) -> None:
    """Multiword cues are keyed by their whitespace-split tokens and keep class and role."""
    assert lexicons.cue_phrases[tuple(phrase.split())] == CueEntry(phrase, cue_class, role)


@pytest.mark.parametrize(
    "forms",
    [
        ("talk up", "talks up", "talked up", "talking up"),
        ("refer to", "refers to", "referred to", "referring to"),
        ("allude to", "alludes to", "alluded to", "alluding to"),
        ("dwell on", "dwells on", "dwelled on", "dwelt on", "dwelling on"),
    ],
)
def test_forms_of_one_phrase_share_its_class(lexicons: Lexicons, forms: tuple[str, ...]) -> None:
    """Every form of a phrase reports the same class of content ("dwelt on" as "dwell on")."""
    classes = {lexicons.cue_phrases[tuple(form.split())].cue_class for form in forms}
    assert len(classes) == 1


def test_titles_honorifics_and_org_words(lexicons: Lexicons) -> None:
    """Titles give kind and gender; honorifics resolve dotted and undotted; org words are lowercase keys."""
    assert lexicons.titles["prime minister"] == ("person", "-")
    assert lexicons.titles["spokeswoman"] == ("person", "f")
    assert lexicons.titles["kremlin"] == ("organization", "-")
    assert lexicons.honorifics["mr."] == lexicons.honorifics["mr"] == "m"
    assert lexicons.honorifics["mrs."] == "f"
    assert lexicons.org_words["ministry"] == "ministry"
    assert lexicons.org_words["reuters"] == "media"


def test_countries_and_demonyms(lexicons: Lexicons) -> None:
    """Countries map to demonyms and each demonym maps back to the first country listed with it."""
    assert lexicons.countries["Ukraine"] == "Ukrainian"
    assert lexicons.countries["U.S."] == "American"
    assert lexicons.demonyms["ukrainian"] == "Ukraine"
    assert lexicons.demonyms["american"] == "United States"


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Volodymyr", "m"), ("Hillary", "f"), ("James", "m"), ("Mary", "f"), ("Kim", "u")],
)
def test_first_names(lexicons: Lexicons, name: str, gender: str) -> None:
    """First names carry a gender, with ambiguous names marked u."""
    assert lexicons.first_names[name] == gender


@pytest.mark.parametrize(
    ("form", "features"),
    [
        ("he", ("m", "sg", "3")),
        ("she", ("f", "sg", "3")),
        ("they", ("-", "pl", "3")),
        ("its", ("n", "sg", "3")),
        ("we", ("-", "pl", "1")),
    ],
)
def test_pronoun_features(lexicons: Lexicons, form: str, features: tuple[str, str, str]) -> None:
    """Pronouns map to (gender, number, person)."""
    assert lexicons.pronouns[form] == features


def test_default_lexicons_is_cached() -> None:
    """default_lexicons loads once and returns the same object afterwards."""
    assert default_lexicons() is default_lexicons()


def test_lexicons_are_read_only(lexicons: Lexicons) -> None:
    """The mappings cannot be mutated by a caller."""
    with pytest.raises(TypeError):
        lexicons.cue_verbs["blurted"] = CueEntry("blurt", "speech")  # type: ignore[index]


def test_replacement_directory_overrides_one_file_and_falls_back(tmp_path: Path) -> None:
    """A file in the given directory replaces the packaged one; the others still come from the package."""
    (tmp_path / "cues.tsv").write_text(
        "# a tiny replacement\nblurt\tspeech\tblurt,blurts,blurted,blurting\n", encoding="utf-8"
    )
    loaded = load_lexicons(tmp_path)
    assert loaded.cue_verbs["blurted"] == CueEntry("blurt", "speech")
    assert "said" not in loaded.cue_verbs
    assert loaded.cue_phrases == default_lexicons().cue_phrases
    assert loaded.first_names["Volodymyr"] == "m"


@pytest.mark.parametrize(
    ("file_name", "content", "message"),
    [
        ("cues.tsv", "# header\nsay\tspeech\tsay,said\nshout\tspeech\n", "expected 3"),
        ("cues.tsv", "say\tgossip\tsay,said\n", "unknown cue class 'gossip'"),
        ("cues.tsv", "say\tspeech\tsay,said\n\nsaid\tspeech\tsaid\n", "duplicate entry 'said'"),
        ("cue_phrases.tsv", "according to\tspeech\tbefore\n", "unknown phrase role"),
        ("titles.tsv", "mayor\t\t-\n", "kind column is empty"),
        ("pronouns.tsv", "he\tm\tsg\n", "expected 4"),
        ("first_names.tsv", "Anna\tx\n", "unknown gender"),
    ],
)
def test_malformed_file_names_file_and_line(tmp_path: Path, file_name: str, content: str, message: str) -> None:
    """A malformed line raises LexiconError naming the file, the line number and the problem."""
    (tmp_path / file_name).write_text(content, encoding="utf-8")
    bad_line = len(content.rstrip("\n").split("\n"))
    with pytest.raises(LexiconError) as raised:
        load_lexicons(tmp_path)
    text = str(raised.value)
    assert str(tmp_path / file_name) in text
    assert f"line {bad_line}:" in text
    assert message in text


def test_lexicon_error_is_a_value_error(tmp_path: Path) -> None:
    """LexiconError can be caught as ValueError."""
    (tmp_path / "honorifics.tsv").write_text("Mr\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"honorifics\.tsv, line 1"):
        load_lexicons(tmp_path)


def test_custom_lexicons_read_mentions_afresh_after_the_default_ones(tmp_path: Path) -> None:
    """Mention readings are cached across documents per lexicons: other lexicons must not reuse them."""
    text = "Senator Jane Roe said the bill would pass."
    assert quotetrack.extract(text)[0].speaker.name == "Jane Roe"  # "Senator" is a title by default
    (tmp_path / "titles.tsv").write_text("# no titles at all\nmayor\tperson\t-\n", encoding="utf-8")
    custom = load_lexicons(tmp_path)
    assert quotetrack.extract(text, lexicons=custom)[0].speaker.name == "Senator Jane Roe"
    assert quotetrack.extract(text)[0].speaker.name == "Jane Roe"
