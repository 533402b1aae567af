"""Load the word lists quotetrack's rules consult: reporting verbs and phrases, titles, names, pronouns.

The lists are plain tab-separated files in ``quotetrack/data`` (see the header comment of each for its
format and source). They are validated strictly on load, so a bad edit fails at once with the file and line
rather than as a silently missing cue later.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

import attrs

from quotetrack.errors import LexiconError

__all__ = ["CueEntry", "Lexicons", "default_lexicons", "load_lexicons"]

CUE_CLASSES = frozenset({"speech", "writing", "thought", "evidence", "stance"})
PHRASE_ROLES = frozenset({"object", "subject", "channel", "possessor", "agent", "target", "reason"})
TITLE_KINDS = frozenset({"person", "organization", "group"})
TITLE_GENDERS = frozenset({"m", "f", "-"})
NAME_GENDERS = frozenset({"m", "f", "u"})
PRONOUN_GENDERS = frozenset({"m", "f", "n", "-"})
PRONOUN_NUMBERS = frozenset({"sg", "pl", "-"})
PRONOUN_PERSONS = frozenset({"1", "2", "3"})

_V = TypeVar("_V")


@attrs.frozen
class CueEntry:
    """One reporting cue: the verb lemma or phrase it stands for, its class and where its speaker is.

    Attributes:
        lemma: the verb lemma ("say") or, for a phrase, the phrase itself ("according to").
        cue_class: "speech", "writing", "thought", "evidence" or "stance" (a position taken towards its
            object: "endorsed Cruz", "criticized the plan").
        role: "verb" for single verbs; for phrases "object" (speaker follows), "subject" (speaker
            precedes, as with a verb), "channel" (the medium: "in a statement"), "possessor" (a noun of
            stance whose owner is the speaker: "his attacks on"), "target" (the subject is what is criticised, the
            speaker follows "from": "the plan drew criticism from unions"), "reason" (what follows the phrase is
            the content, no one its speaker: "faced criticism for") or "agent" (a noun for one who holds the
            stance, said of the speaker: "Lee is a critic of", "Lee, a supporter of").
    """

    lemma: str
    cue_class: str
    role: str = "verb"


@attrs.frozen
class Lexicons:
    """Every word list, as read-only mappings keyed for lookup.

    Attributes:
        cue_verbs: lowercase inflected form -> entry ("said" -> say/speech).
        cue_phrases: lowercase token tuple -> entry (("according", "to") -> object/speech).
        titles: lowercase role word or multiword ("prime minister") -> (kind, gender).
        honorifics: lowercase form, dotted and undotted as listed ("mr.", "mr") -> gender.
        first_names: title-cased first name -> "m", "f" or "u" (ambiguous).
        pronouns: lowercase form -> (gender, number, person).
        org_words: lowercase word ending or heading an organisation name -> organisation type.
        countries: country name as written ("Ukraine") -> demonym ("Ukrainian").
        demonyms: lowercase demonym -> the first country listed with it ("american" -> "United States").
        phrase_openers: the first words of the cue phrases (derived).
        cue_openers: every word that may begin a cue: a cue verb form or a phrase's first word (derived, so
            the finders do not rebuild it for each document).
    """

    cue_verbs: Mapping[str, CueEntry]
    cue_phrases: Mapping[tuple[str, ...], CueEntry]
    titles: Mapping[str, tuple[str, str]]
    honorifics: Mapping[str, str]
    first_names: Mapping[str, str]
    pronouns: Mapping[str, tuple[str, str, str]]
    org_words: Mapping[str, str]
    countries: Mapping[str, str]
    demonyms: Mapping[str, str]
    phrase_openers: frozenset[str] = attrs.field(init=False)
    cue_openers: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        phrase_openers = frozenset(key[0] for key in self.cue_phrases)
        object.__setattr__(self, "phrase_openers", phrase_openers)  # frozen: set once, here
        object.__setattr__(self, "cue_openers", frozenset(self.cue_verbs) | phrase_openers)


@attrs.frozen
class _Row:
    """One data line of a lexicon file, already split into its stripped, non-empty fields."""

    source: str
    line_number: int
    fields: tuple[str, ...]

    def fail(self, problem: str) -> LexiconError:
        """Build the error for this line, naming the file and line number."""
        return LexiconError(f"{self.source}, line {self.line_number}: {problem}")

    def choice(self, index: int, allowed: frozenset[str], what: str) -> str:
        """Return field ``index`` if it is one of ``allowed``, else raise naming the choices."""
        value = self.fields[index]
        if value not in allowed:
            raise self.fail(f"unknown {what} {value!r}; expected one of {', '.join(sorted(allowed))}")
        return value


def _read_text(name: str, directory: Path | None) -> tuple[str, str]:
    """Return (label, text) of lexicon file ``name``: the caller's copy if present, else the package's."""
    if directory is not None:
        candidate = directory / name
        if candidate.is_file():
            return str(candidate), candidate.read_text(encoding="utf-8")
    packaged = resources.files("quotetrack").joinpath("data", name)
    return f"quotetrack/data/{name}", packaged.read_text(encoding="utf-8")


def _rows(name: str, directory: Path | None, columns: tuple[str, ...]) -> Iterator[_Row]:
    """Yield the data lines of ``name``, checking each has exactly ``columns`` non-empty fields."""
    source, text = _read_text(name, directory)
    for line_number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fields = tuple(field.strip() for field in raw.split("\t"))
        row = _Row(source, line_number, fields)
        if len(fields) != len(columns):
            raise row.fail(
                f"expected {len(columns)} tab-separated columns ({', '.join(columns)}), got {len(fields)}: "
                f"{raw!r}; separate columns with one tab, or start the line with # to comment it out"
            )
        for column, field in zip(columns, fields, strict=True):
            if not field:
                raise row.fail(f"the {column} column is empty: {raw!r}")
        yield row


def package_rows(name: str, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The validated rows of the packaged data file ``name``, for stages that keep their own small tables
    (abbreviations, sentence starters, word classes) but want the same format and errors as the lexicons."""
    return [row.fields for row in _rows(name, None, columns)]


def _add(table: dict[str, _V], key: str, value: _V, row: _Row) -> None:
    """Insert ``key``, refusing a duplicate so that no entry silently shadows another."""
    if key in table:
        raise row.fail(f"duplicate entry {key!r}; each key may appear once in the file")
    table[key] = value


def _load_cue_verbs(directory: Path | None) -> dict[str, CueEntry]:
    table: dict[str, CueEntry] = {}
    for row in _rows("cues.tsv", directory, ("lemma", "class", "forms")):
        entry = CueEntry(lemma=row.fields[0].lower(), cue_class=row.choice(1, CUE_CLASSES, "cue class"))
        for form in row.fields[2].split(","):
            cleaned = form.strip().lower()
            if not cleaned:
                raise row.fail(f"empty form in {row.fields[2]!r}; list forms as a,b,c with no empty items")
            _add(table, cleaned, entry, row)
    return table


def _load_cue_phrases(directory: Path | None) -> dict[tuple[str, ...], CueEntry]:
    table: dict[tuple[str, ...], CueEntry] = {}
    for row in _rows("cue_phrases.tsv", directory, ("phrase", "class", "role")):
        phrase = " ".join(row.fields[0].lower().split())
        entry = CueEntry(
            lemma=phrase,
            cue_class=row.choice(1, CUE_CLASSES, "cue class"),
            role=row.choice(2, PHRASE_ROLES, "phrase role"),
        )
        key = tuple(phrase.split())
        if key in table:
            raise row.fail(f"duplicate entry {phrase!r}; each phrase may appear once in the file")
        table[key] = entry
    return table


def _load_pairs(
    name: str, directory: Path | None, columns: tuple[str, str], normalise: Callable[[str], str]
) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _rows(name, directory, columns):
        _add(table, normalise(row.fields[0]), row.fields[1], row)
    return table


def _load_gendered(
    name: str, directory: Path | None, allowed: frozenset[str], normalise: Callable[[str], str]
) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _rows(name, directory, ("form", "gender")):
        _add(table, normalise(row.fields[0]), row.choice(1, allowed, "gender"), row)
    return table


def _load_titles(directory: Path | None) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for row in _rows("titles.tsv", directory, ("word", "kind", "gender")):
        word = " ".join(row.fields[0].lower().split())
        value = (row.choice(1, TITLE_KINDS, "kind"), row.choice(2, TITLE_GENDERS, "gender"))
        _add(table, word, value, row)
    return table


def _load_pronouns(directory: Path | None) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for row in _rows("pronouns.tsv", directory, ("form", "gender", "number", "person")):
        value = (
            row.choice(1, PRONOUN_GENDERS, "gender"),
            row.choice(2, PRONOUN_NUMBERS, "number"),
            row.choice(3, PRONOUN_PERSONS, "person"),
        )
        _add(table, row.fields[0].lower(), value, row)
    return table


def _keep(text: str) -> str:
    return text


def load_lexicons(directory: str | os.PathLike[str] | None = None) -> Lexicons:
    """Read and validate every lexicon file.

    With ``directory``, a file present there replaces the packaged copy of the same name and any file
    missing from it falls back to the package. Raises LexiconError naming the file and line of the first
    malformed entry (wrong column count, empty field, unknown class or gender, duplicate key).
    """
    folder = None if directory is None else Path(directory)
    countries = _load_pairs("countries.tsv", folder, ("name", "demonym"), _keep)
    demonyms: dict[str, str] = {}
    for country, demonym in countries.items():
        # The first country listed for a demonym is its canonical one ("American" -> United States).
        demonyms.setdefault(demonym.lower(), country)
    return Lexicons(
        cue_verbs=MappingProxyType(_load_cue_verbs(folder)),
        cue_phrases=MappingProxyType(_load_cue_phrases(folder)),
        titles=MappingProxyType(_load_titles(folder)),
        honorifics=MappingProxyType(_load_gendered("honorifics.tsv", folder, TITLE_GENDERS, str.lower)),
        first_names=MappingProxyType(_load_gendered("first_names.tsv", folder, NAME_GENDERS, _keep)),
        pronouns=MappingProxyType(_load_pronouns(folder)),
        org_words=MappingProxyType(_load_pairs("org_words.tsv", folder, ("word", "type"), str.lower)),
        countries=MappingProxyType(countries),
        demonyms=MappingProxyType(demonyms),
    )


@functools.cache
def default_lexicons() -> Lexicons:
    """Return the packaged lexicons, loaded on first use and shared afterwards."""
    return load_lexicons()
